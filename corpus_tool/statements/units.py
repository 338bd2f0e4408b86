"""Units of statement extraction: length-preserving normalisation and the split of a passage
into sentences and enumeration items (offsets stay valid)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

_TRANS = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\u00ad": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\t": " ", "\r": " ", "\x0b": " ", "\x0c": " ", "\u2028": "\n", "\u2029": "\n",
    # every other control character (but the newline) is a space: one table, one pass
    **{chr(c): " " for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c"},
})


# a resolution's operative verb set in capitals at the start of a line or an item ("CALLS on
# …", "(a) URGES States …", "NOTING …"), before a word that is not in capitals; a verb's third
# person or participle (not an acronym: "UNESCO shall …")
_CAPS_VERB = re.compile(r"(?m)^(\W*(?:[a-z0-9]{1,3}[.)]\s+)?)([A-Z])([A-Z]{2,}(?:S|ING))"
                        r"(?=\s+(?:[a-z]|[A-Z][a-z]))")

# a list item that opens on its modal, capitalised, under a lead-in that names who acts ("1.
# Each Party:" / "a) Shall apply the provisions of this article …", "c) May decide …", Aarhus
# Art. 6(1)); not a sentence's conditional ("Should legislation be enacted …": "Should" only
# after an item's mark) nor a month ("May 2020")
_ITEM_MODAL = re.compile(r"(?m)^(\W*(?:(?:\(?[a-zA-Z0-9]{1,4}[.)]|[-•*])\s*)?)(Shall|Must|May|"
                         r"(?<=[.)•*-] )Should)"
                         r"(?=\s+(?!(?:the|a|an|any|such|this|that|these|those|it|they|he|she|"
                         r"there|we|you|one|no|either|neither|each|every|all|both|his|her|its|"
                         r"their|our|of)\b)(?:not\s+)?[a-z]|,)")

# a hyphen glued to a word at the end of a line: a flattened dash or a word broken there; after
# a prefix that takes a hyphen ("self-", "co-", "non-") it is a word broken, never a dash
_FLAT_DASH = re.compile(r"(?m)(?<=[a-z])(?<!\bself)(?<!\bco)(?<!\bnon)(?<!\bre)(?<!\bpre)"
                        r"(?<!\bpost)(?<!\banti)(?<!\binter)(?<!\bmulti)(?<!\bsocio)(?<!\bsemi)"
                        r"(?<!\bsub)(?<!\bex)(?<!\bcross)(?<!\bcounter)(?<!\bquasi)(?<!\bmid)"
                        r"(?<!\btrans)-(?=[ \t]*$)")


# an item's mark with a space before its parenthesis, as some conversions print it ("(c ) Have
# the immigration proceedings conducted …", Joint General Comment No. 4/23 para. 17): the item
# ran into the one before ("(b) …; (c ) Have …" one unit)
_SPACED_MARK = re.compile(r"(?<![\w)])\(([a-z]{1,2}) \)(?=\s)")


@functools.lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Same length as `text`: odd spaces, dashes and quotes mapped to ASCII; control characters
    to spaces; an item's mark "(c )" closed up, "(c) "; a line's first word in capitals before
    a word that is not (a resolution's operative verb, "CALLS on …") in sentence case, and an
    item's opening modal ("a) Shall apply …") in lower case, as the cues and the parser know
    them. Used for matching only; stored text is always the original. Remembered: the stage
    normalises a unit's text at each of its steps."""
    text = _CAPS_VERB.sub(lambda m: m.group(1) + m.group(2) + m.group(3).lower(),
                          _FLAT_DASH.sub(" ", text).translate(_TRANS))
    text = _SPACED_MARK.sub(r"(\1) ", text)
    return _ITEM_MODAL.sub(lambda m: m.group(1) + m.group(2).lower(), text)


@dataclass(frozen=True, slots=True)
class Unit:
    start: int          # offsets into the passage text (marker included)
    end: int
    body: int           # where the text after the item marker starts
    item: bool          # an enumeration item ("a) …", "(ii) …", "- …", "1. to …", "(A) …", "IV - …")
    colon: bool         # ends with ":" or a dash -> a chapeau for the items that follow


_ABBREV = {"art", "arts", "para", "paras", "no", "nos", "e.g", "i.e", "etc", "cf", "mr", "mrs",
           "ms", "dr", "st", "vol", "p", "pp", "ibid", "op", "v", "vs", "inc", "co", "ltd", "rev",
           "add", "corr", "doc", "res", "gen", "sess", "suppl", "sect", "sec", "ch", "fig",
           "approx", "u.n", "u.s", "a", "b", "c", "d", "e", "f", "g", "h", "i", "ii", "iii", "iv",
           # a statute's citations ("42 U.S.C. 2000e–16b", "29 C.F.R. 1625", "Pub. L. 110-233",
           # "et seq.")
           "u.s.c", "c.f.r", "pub", "l", "stat", "seq"}


_MARKER = re.compile(
    r"[ ]*(?:\((?:[a-z]{1,2}|[ivxlc]{1,5})\)|(?:[a-z]|[ivxlc]{1,5})\)|[a-z]\.(?=\s*\S)|[-•*–]\s|"
    r"\d{1,2}\.\s+(?=[a-z])|"
    # the other renderings of a list: "(A) …" (a statute's subparagraph), and roman numerals
    # in capitals before a dash or a lower-case item ("IV - the expression of thought is
    # free;", "XIX. the State shall …"; not a heading "II. Background"). Not "1)": a footnote
    # call in PDF text ("1)1) The texts referred to …")
    r"\([A-Z]\)|[IVXLC]{1,6}\s*-\s|[IVXLC]{1,6}\.\s+(?=[a-z]))[ ]*")


# "12. The Committee …", and a subsection number in brackets, also glued to its text as some
# readers give it ("(2)Everyone has the right to leave the Republic.", "12.Operators of lifting
# appliances should check …"); a decimal number before a capital ("1.1 Commit to adopt …",
# "2.3.4. The Parties …", "115.17 Accede to …"), not a figure ("1.5 million …")
_PARA_NUM = re.compile(r"[ ]*(?:\d{1,3}\.(?:\s+|(?=[A-Z][a-z]))|\(\d{1,3}[A-Z]?\)\s*|"
                       r"\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Z]))(?=\S)")


# a provision's own number set before its first words, as some readers run it in ("Section 3
# The Agency, its property and assets … shall enjoy immunity", "Article 12 Each State Party
# …"): not the sentence's subject, which a reference is ("Section 18C does not render unlawful
# …", "Section 650 of the Criminal Code applies …": a lower-case word follows)
_OWN_NUMBER = re.compile(r"(?:Section|Article|Art\.|Rule|Regulation)\s+"
                         r"(?:\d{1,3}[A-Z]?|[IVXLC]{1,6})\.?\s+(?=[A-Z][a-z]|[A-Z]\s)")


# "2." or "2.3.4." opening a paragraph is not a sentence
_BARE_NUMBER = re.compile(r"\s*\(?\d{1,3}(?:\.\d{1,3})*[.)]\s*")


# a side heading run into its section, as the Indian Constitution and Commonwealth statutes print
# them ("Fundamental duties.—It shall be the duty of every citizen of India—", "Short title.—(1)
# This Act may be called …"): a capitalised phrase closed by a full stop and a dash set close;
# its words are the section's title, not the sentence's subject
_SIDE_HEADING = re.compile(r"[A-Z][^.;:!?\n\u2014\u2013]{1,150}\.[\u2014\u2013]\s*(?=[A-Z(\[\"'])")


# (an item marker after a full stop also starts a unit: a lettered list run into one paragraph,
# "… practice. (b) Conducting …", "… health goods. (f) conducting …", CERD GR 37 para. 51)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|(?<=[:;])\s+(?=\(?[a-z]{1,3}\)\s*\S)"
                       r"|(?<=:)\s+(?=[A-Z])|(?<=[.!?])\s+(?=\([a-z]{1,3}\)\s*\S)")


# the items of a lead-in run into its paragraph with semicolons, as some sources print a list
# ("… and, to this end, should: Consider … ratifying …; Refrain from engaging in violence against
# women; Exercise due diligence …", the Declaration on the Elimination of Violence against Women,
# art. 4): after a colon that opens a capitalised item, each "; " before a capitalised word
# starts the next item (not a clause in lower case: "…; women who are subjected to violence
# should be provided …" goes on the item before)
_COLON_ITEM = re.compile(r":\s+(?=[A-Z])")
_RUN_IN_ITEM = re.compile(r";\s+(?=[A-Z][a-z])")


# a passage that stops mid-clause on words that take a complement is the chapeau of the items
# in the next passage ("Any person charged with an offence has the right" / "(a) to be informed";
# "… all measures compatible with national conditions … shall be taken" / "(b) to take account";
# "The said policy shall aim at ensuring that" / "(b) such work is as productive as possible")
_OPEN_END = re.compile(r"\b(?:has|have)\s+the\s+right\s*$|\b(?:shall|must|should|may)\s*$|"
                       r"\b(?:shall|should)\b[^.;:!?\"')\]]*[a-z]\s*$")


# a unit that introduces items: it ends in a colon, or in a dash after a space ("Everyone has
# the right to freedom and security of the person, which includes the right -", "—" normalised)
_CHAPEAU_END = re.compile(r"(?::|\s-)\s*$")
# or in a dash set close to its last word, as the ILO prints its lead-ins ("Declarations
# communicated to the Director-General … shall indicate—"); a hyphen there is no dash, except
# where the dash was flattened to one (texts converted to plain ASCII: "consultations may be
# undertaken-" / "(a) through a committee …"): a hyphen closing a word at the end of a line
# (normalised to a space, so the parser reads the word), a chapeau at the end of the passage or
# before an item, never before more running text (a word broken at a line's end)
_DASHES = "\u2014\u2013"


def split_units(text: str) -> list[Unit]:
    """Sentences and enumeration items of a passage, in order."""
    norm = normalise(text)
    units: list[Unit] = []
    pos = 0
    for block in re.finditer(r"[^\n]+", norm):
        b0, b1 = block.start(), block.end()
        if not block.group().strip():
            continue
        starts = [b0] + [m.end() for m in _BOUNDARY.finditer(norm, b0, b1)
                         if not _is_abbrev(norm, m.start())
                         and not _BARE_NUMBER.fullmatch(norm, b0, m.start())]
        lead_in = _COLON_ITEM.search(norm, b0, b1)
        if lead_in is not None:
            starts = sorted({*starts, *(m.end() for m in _RUN_IN_ITEM.finditer(
                norm, lead_in.end(), b1))})
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else b1
            seg = norm[s:e]
            lead = len(seg) - len(seg.lstrip())
            s += lead
            e = s + len(seg.strip())
            if e <= s:
                continue
            m = _MARKER.match(norm, s, e)
            item = False
            body = s
            if m and m.end() < e:
                item, body = True, m.end()
            else:
                pm = _PARA_NUM.match(norm, s, e) or _OWN_NUMBER.match(norm, s, e)
                if pm and pm.end() < e:
                    body = pm.end()
            heading = _SIDE_HEADING.match(text, body, e)
            if heading and heading.end() < e:
                body = heading.end()
                pm = _PARA_NUM.match(norm, body, e)
                if pm and pm.end() < e:
                    body = pm.end()
            if not norm[body:e].strip(" .;:,-"):
                continue
            units.append(Unit(s, e, body, item, bool(_CHAPEAU_END.search(norm, s, e)) or (
                text[e - 1] in _DASHES) or (
                e == len(norm.rstrip()) and bool(_OPEN_END.search(norm, s, e)))))
        pos = b1
    del pos
    return [_flat_dash(u, units[i + 1] if i + 1 < len(units) else None, text)
            for i, u in enumerate(units)]


def _flat_dash(u: Unit, after: Unit | None, text: str) -> Unit:
    """A unit that ends in a flattened dash is a chapeau when nothing but items follow it."""
    if u.colon or not _FLAT_DASH.match(text, u.end) or (after and not after.item):
        return u
    return replace(u, colon=True)


def _is_abbrev(norm: str, dot_pos: int) -> bool:
    """Is the full stop before `dot_pos` part of an abbreviation ("Art. 28", "e.g.", "No. 3")?"""
    j = dot_pos
    while j > 0 and norm[j - 1] in "\"')]":
        j -= 1
    if j == 0 or norm[j - 1] not in ".":
        return False
    k = j - 1
    w = k
    while w > 0 and (norm[w - 1].isalpha() or norm[w - 1] == "."):
        w -= 1
    word = norm[w:k].lower()
    return word in _ABBREV
