"""Where a preamble ends, and how its paragraphs are cited, for `segment`.

Recitals are cited `Preamble, para. N` counted from the first recital, a lettered one by its
letter (`Preamble, para. (a)`); the opening words ("The States Parties to the present
Convention,") are `Preamble, opening words` and the closing ones `Preamble, closing words`
(`preamble_passages`).

A title heading ("Declaration on …", "Convention on …") opens the instrument's preamble, and a
heading ends it: "Article 1", "Part I", "I. Aims". Many declarations and resolutions have no
such heading. The General Assembly's form is recitals ("Noting that …", "Recognizing …"), a
proclaiming lead-in ("Solemnly proclaims that:"), then numbered or unnumbered operative
paragraphs ("1. All States shall promote …"); read by headings alone, every one of those
paragraphs would be preamble, and the statements stage reads no statement in a preamble. So the
preamble also ends (`ends_preamble`), after at least one recital, at:

- its closing words (`RE_AGREED`: "Have agreed as follows:", "Solemnly proclaims that:",
  "And to this end Declares that:", "The Conference consequently solemnly proclaims :", a
  proclamation however long that ends on a colon), which stay the preamble's last passage;
- a numbered paragraph ("1. All States …"; a recital numbered "(1)", as in EU acts, is not one);
- a paragraph opening with an operative verb of a resolution ("Proclaims this Declaration …",
  "Solemnly proclaims the necessity of …", "Calls upon all States …"), where a recital has its
  participle ("Proclaiming");
- a main clause: a short subject and its modal or right ("All States shall …", "Everyone has
  the right …", "No one shall …"), where a recital opens with a participle or an adjective
  ("Noting that States should …", "Persuaded that …", "Conscious …").
"""
from __future__ import annotations

import re
from dataclasses import replace

from corpus_tool.corpus.notations import opens_numbered_unit
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.textclean import RE_ARTICLE, RE_PREAMBLE, split_preamble

RE_AGREED = re.compile(r"^\s*(?:(?:Have agreed|Hereby agree|Agree|Have resolved|Have decided|"
                       r"Adopts|Adopt)\b[^.]{0,80}[:.]?|(?:And\s+(?:to\s+this\s+end\s+)?)?"
                       r"(?:Solemnly\s+)?(?:[Pp]roclaims|[Dd]eclares)\b(?:[^.]{0,80}[:.]?|[^.]*:)"
                       # its body named first: "The Conference consequently solemnly proclaims :"
                       r"|The\s+[A-Z][\w -]{0,60}?\s+(?:(?:consequently|therefore|hereby|solemnly)"
                       r"\s+){0,2}(?:proclaims|declares|adopts)\b[^.]{0,80}:)\s*$")
RECITAL_OPENERS = (
    "Whereas", "Considering", "Recognizing", "Recognising", "Recalling", "Bearing in mind",
    "Convinced", "Noting", "Taking into account", "Taking into consideration", "Taking note",
    "Taking", "Affirming", "Reaffirming", "Desiring", "Emphasizing", "Emphasising", "Concerned",
    "Mindful", "Having", "Believing", "Aware", "Determined", "Being resolved", "Resolved",
    "Deeply", "Stressing", "Acknowledging", "Welcoming", "Observing", "Alarmed", "Expressing",
    "Underlining", "Highlighting", "Agree", "Have agreed", "Hereby agree", "Realizing",
    "Realising", "Noting also", "Considering also", "Recognizing also")
RE_RECITAL_SPLIT = re.compile(
    r"(?<=[,;:])\s*(?=(?:" + "|".join(re.escape(w) for w in
                                        sorted(RECITAL_OPENERS, key=len, reverse=True))
    + r")\b)")
RE_NUMBERED = re.compile(r"^\d{1,3}\.\s+\S")
RE_OPERATIVE_VERB = re.compile(
    r"^(?:(?:Solemnly|Strongly|Further|Also|And(?:\s+to\s+this\s+end)?),?\s+)?(?i:accepts|"
    r"adopts|affirms|appeals|approves|authorizes|authorises|calls|commends|condemns|decides|"
    r"declares|demands|encourages|endorses|invites|proclaims|reaffirms|recommends|requests|"
    r"resolves|supports|urges)\b")
# a subject of at most eight words, with no conjunction or relative, then its modal or right
RE_MAIN_CLAUSE = re.compile(
    r"^(?P<subject>[A-Z][\w'’-]*(?:\s+(?!(?:that|which|who|whereas|as|if|when|while)\b)"
    r"[\w'’()-]+){0,7}?)\s+(?:shall|should|must|will|may|has the right|have the right|"
    r"is entitled|are entitled)\b")
_RECITAL_FORM = re.compile(r"(?:ing|ed|ly)$")       # Noting, Persuaded, Firmly …
# recital openers besides `RECITAL_OPENERS` and the participles and adverbs of `_RECITAL_FORM`
_RECITAL_FIRST = {"also", "further", "furthermore", "moreover", "conscious", "desirous", "anxious",
                  "cognizant", "cognisant", "confident", "hopeful"}


def ends_preamble(body: str) -> bool:
    """Whether a paragraph of a preamble with no heading after it is where the operative part
    begins (see the module doc; the caller asks only after at least one recital)."""
    text = body.strip()
    if RE_NUMBERED.match(text) or RE_OPERATIVE_VERB.match(text):
        return True
    first = text.split(maxsplit=1)[0].strip(",;:") if text else ""
    if not first or first.lower() in _RECITAL_FIRST or _RECITAL_FORM.search(first.lower()) \
            or text.startswith(RECITAL_OPENERS):
        return False
    return bool(RE_MAIN_CLAUSE.match(text))


# a whole preamble in one line: "The States Parties to the present Protocol have agreed as
# follows:" (no opening words)
RE_AGREEING = re.compile(r"\b(?:have|has|hereby)\s+(?:agreed|resolved|decided|adopted)\b|\bagree\b",
                         re.I)
# a recital lettered as the CRPD's are: "a) Recalling …", "(b) Recognizing …", "c. Erkennende …"
RE_RECITAL_LETTER = re.compile(r"^\(?([a-z])[).]\s+(?=\S)")


def opening_words(body: str) -> bool:
    """The words that open a preamble as a paragraph of their own ("The States Parties to the
    present Convention,", "The General Conference of the International Labour Organisation,"):
    short, ending on a comma or colon, no recital's opening word."""
    text = body.strip()
    first = text.split(maxsplit=1)[0].strip(",;:") if text else ""
    return (0 < len(text) < 160 and text.endswith((",", ":")) and text[:1].isupper()
            and not text.startswith(RECITAL_OPENERS) and first.lower() not in _RECITAL_FIRST
            and not _RECITAL_FORM.search(first.lower()) and not RE_AGREED.match(text)
            and not RE_AGREEING.search(text))


def preamble_passages(st, body: str, after: str) -> list[tuple[int, int, str, str]] | None:
    """The passages (start, end, locator, slug) of a paragraph `body` of a preamble, `after`
    the passage with slug `after`; None where the operative part begins (`st.preamble` is then
    false; st: segment._State). The opening words are no recital ("Preamble, opening words"),
    and a lettered recital is cited by its letter ("a) Recalling …" is "Preamble, para. (a)"):
    counted, the CRPD's "a) Recalling …" was "Preamble, para. 2" (a researcher's trial 24, P7)."""
    seen = st.preamble_n or after.endswith("preamble-opening")
    if seen and RE_AGREED.match(body):
        st.preamble = False         # what follows is operative, heading or not
        return [(0, len(body), "Preamble, closing words", "preamble-closing")]
    if seen and ends_preamble(body) or opens_numbered_unit(body):
        st.preamble = False
        return None
    if not seen and opening_words(body):
        return [(0, len(body), "Preamble, opening words", "preamble-opening")]
    pieces, out = split_recitals(body), []
    letter = RE_RECITAL_LETTER.match(body.lstrip())
    for ps, pe in pieces:
        st.preamble_n += 1
        if letter and len(pieces) == 1:
            mark = letter.group(1)
            out.append((ps, pe, f"Preamble, para. ({mark})", f"preamble-{mark}"))
        else:
            out.append((ps, pe, f"Preamble, para. {st.preamble_n}", f"preamble-{st.preamble_n}"))
    return out


def split_recitals(body: str) -> list[tuple[int, int]]:
    """Recitals of a preamble written as one paragraph; the opening words ("The States
    Parties to the present Convention,") stay with the first recital, as cited."""
    cuts = [0] + [m.start() for m in RE_RECITAL_SPLIT.finditer(body) if m.start() > 0] + [len(body)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if body[a:b].strip()]
    if len(pieces) > 1 and pieces[0][1] - pieces[0][0] < 160 and \
            body[pieces[0][0]:pieces[0][1]].rstrip().endswith((",", ":")):
        pieces[0:2] = [(pieces[0][0], pieces[1][1])]
    if len(pieces) > 1 and RE_AGREED.match(body[pieces[-1][0]:pieces[-1][1]]):
        pieces[-2:] = [(pieces[-2][0], pieces[-1][1])]       # "Have agreed as follows:"
    return pieces


def preamble_headings_ahead(blocks: list[Block]) -> list[bool]:
    """For each block: does a "Preamble" heading follow it before the next article heading?"""
    out, ahead = [False] * len(blocks), False
    for i in range(len(blocks) - 1, -1, -1):
        out[i] = ahead
        b = blocks[i]
        if b.kind == "heading":
            h = b.text.strip()
            if RE_PREAMBLE.match(h):
                ahead = True
            elif RE_ARTICLE.match(h):
                ahead = False
    return out


def preamble_in_heading(blocks: list[Block]) -> list[Block]:
    """`blocks` with a heading that holds the preamble's text after its word ("Preamble The
    General Conference … adopts …", a web page's <h3> around the whole preamble) split into the
    heading "Preamble" and a paragraph of that text: kept whole, the heading named every article
    after it (its section), and no statement was read in a document all preamble (a
    researcher's trial, session 43: an ILO convention gave none)."""
    out: list[Block] = []
    for b in blocks:
        got = split_preamble(b.text.strip()) if b.kind == "heading" else None
        if got is None or len(got[1].split()) < 8:
            out.append(b)
            continue
        out += [replace(b, text=got[0], breaks=()),
                replace(b, text=got[1].strip(), kind="para", breaks=())]
    return out
