"""The levels of a US-style statute below its section, for `segment`: subsection "(a)",
paragraph "(1)", subparagraph "(A)", clause "(i)" (cited `s. 12182(b)(1)(E)(i)`).

The US Code names many of them: "(A) Activities", "(E) Association", "(i) Denial of
participation" stand alone above the text they head. Read as passages, such a line was a
"statement" of two words (strength none) that formed junk clusters and reached the suggestion
queue, and the text under it was cited by its position ("s. 12182(b)(1) ¶ 15" for (E); a
researcher's trial 24, P7, and trial 25, problem 6). A heading here is a short marked title
(`RE_MARKED_TITLE`: a capital, no sentence end or inner comma) followed by the text it heads
(unmarked, or an item of another kind of mark), not a list of short items ("(A) Health",
"(B) Education"). It sets its level, and the unmarked text under it keeps that level, where
unmarked text after a list of items returns to the paragraph (`after_list`).
"""
from __future__ import annotations

import re

from corpus_tool.amending import amends
from corpus_tool.corpus.notations import ROMAN_MARKS, ROMANS, next_letter, start_section
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.textclean import RE_SCOPE

# with its stop, the US Code's own ("(10) Special rules relating to age.", "(i) In general ."):
# the text under it was cited by position ("s. 623(i)(10) ¶ 5" for (10)(A)(iii): trial 36, P9);
# a sentence is none ("(1) The definitions in this subsection apply in this Part.": `_title`)
RE_MARKED_TITLE = re.compile(r"^\(([A-Z]|[IVX]{2,4}|[ivx]{1,5}|\d{1,3})\)\s+"
                             r"([A-Z][^.;:,!?()]{0,80}?)(\s?\.)?$")
RE_DETERMINER = re.compile(r"^(?:The|A|An|This|These|That|Those|Each|Every|No|Any|All|Such|It|"
                           r"Its|Their|There|Nothing|Where|If|When|Subject)\b")
# a lead-in that runs on into its items, no title: "(2) All citizens are -", "… has the right to"
RE_RUNS_ON = re.compile(r"(?:[-–—]|\b(?:a|an|and|are|by|for|in|includes?|is|means|of|or|that|the|"
                        r"to|with))$")
# a lead-in that says what someone may or must do, no title: "(1) The Governor in Council may
# make regulations" above its items "(a) specifying …" was read as a title and dropped, and
# its items lost their strength and actor (Canada's Privacy Act s. 77(1): trial 28, P3)
RE_STATES = re.compile(r"\b(?:shall|must|may|should|will|can)\b")
# a level's mark alone on its line, its text in the items below ("(E)" / "(i) analyzing …": the
# US Code's 42 U.S.C. 3058g(h)(1); the mark was a "statement" of its own: trial 29)
RE_BARE_MARK = re.compile(r"^\(([A-Z]|[ivx]{1,5}|\d{1,3})\)$")
# "(ii)", "ii)", "ii.", and one inserted later, "(iii.1)" (Canada's Official Languages Act
# s. 41(6)(c): it broke the numbering, and "(v)" after it was cited s. 41(6)(iv)(v), trial 48, P2)
RE_ROMAN_ITEM = re.compile(rf"^\(?((?:{ROMAN_MARKS})(?:\.\d{{1,2}}(?=\)))?)(?:\)|\.(?=\s))\s*")
RE_ANY_MARK = re.compile(r"^\(([A-Za-z]{1,5}|\d{1,3})\)\s")
RE_UPPER_ITEM = re.compile(r"^\(([A-Z]|[IVX]{2,4})\)\s+\S")   # "(A) among the several States;"
UPPER_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")  # subclauses
RE_LETTER = re.compile(r"^\(([a-z])\)\s*")                      # a US subsection: "(b) It is …"
# a subsection's or paragraph's number opening a text: "(a) (1) …", "(2) The Governor …"
RE_NUMBER_OPENS = re.compile(r"^\((\d{1,3}(?:\.\d{1,2})?)\)\s")


def _kind(mark: str) -> str:
    return "number" if mark.isdigit() else "upper" if mark.isupper() else \
        "roman" if mark in ROMANS else "letter"


def _title(block: Block) -> str | None:
    """The mark of a block that reads as a marked title ("(A) Activities"), else None."""
    if block.kind != "para" or block.locator or block.note:
        return None
    if m := RE_BARE_MARK.match(block.text.strip()):
        return m.group(1)
    m = RE_MARKED_TITLE.match(block.text.strip())
    return m.group(1) if m and len(m.group(2).split()) <= 10 \
        and not (m.group(3) and RE_DETERMINER.match(m.group(2))) \
        and not RE_RUNS_ON.search(m.group(2).rstrip()) and not RE_STATES.search(m.group(2)) \
        else None


def item_heading(st, blocks: list[Block], i: int) -> bool:       # st: segment._State
    """Whether `blocks[i]`, in a section of a statute, is a marked heading of the text below
    (see the module doc); if so, its level is set in `st`."""
    if st.unit != "s." or not st.article or (mark := _title(blocks[i])) is None:
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None        # (none: the text's last line)
    if nxt is not None and (nxt.kind != "para" or nxt.note):
        return False
    if nxt is not None and (m := RE_ANY_MARK.match(nxt.text.lstrip())) \
            and _kind(m.group(1)) == _kind(mark):
        return False                       # the first of a list of short items
    if i and (prev := _title(blocks[i - 1])) is not None and _kind(prev) == _kind(mark):
        return False                       # the last of such a list
    if mark.isdigit():
        st.para, st.item, st.sub, st.headed = mark, None, None, "para"
    elif mark in ROMANS and not (st.item and next_letter(st.item.lower(), mark)):
        if st.item:
            st.sub, st.headed = mark, "sub"
        else:
            st.item, st.sub, st.headed = mark, None, "item"
    elif mark.isupper():
        if _subclause(st, mark):                # "(II) Preservation of capital ." under (i)
            st.headed = "sub"
        elif len(mark) > 1:
            return False
        else:
            st.item, st.sub, st.headed = mark, None, "item"
    return True


def marginal_note(st, blocks: list[Block], i: int) -> bool:     # st: segment._State
    """Whether the heading `blocks[i]`, inside a section of a statute, is the marginal note of
    the subsection below it that names a schedule, not that schedule's start: Canada's Impact
    Assessment Act s. 7 sets "**Schedule 3**" above "(2) The Governor in Council may, by order,
    amend Schedule 3 …", and 717 of the Act's 793 statements after it were cited "Schedule 3,
    s. …" (a researcher's trial 38, P1). A schedule opens with its own text, not a
    subsection's number."""
    if st.unit != "s." or not st.article or not RE_SCOPE.match(blocks[i].text.strip()):
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "para" and \
        bool(RE_NUMBER_OPENS.match(nxt.text.lstrip()))


RE_INLINE_NUMBER = re.compile(r"(?<=[\s:;,])\((\d{1,3})\)\s")


def inline_paragraph(st, blocks: list[Block], i: int) -> None:     # st: segment._State
    """After a statute section's lead-in that numbers its paragraphs inline and runs on into
    the last one's items ("… to the fullest extent possible: (1) the policies … shall be
    interpreted …, and (2) all agencies of the Federal Government shall" / "(A) utilize …"):
    the items are that paragraph's (42 U.S.C. 4332(2)(C), NEPA's environmental impact
    statements, was cited "s. 4332(C)": a researcher's trial 38, P7)."""
    b, nxt = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    if st.unit != "s." or not st.article or st.para or st.item or b.kind != "para" \
            or nxt is None or not RE_UPPER_ITEM.match(nxt.text.lstrip()) \
            or RE_ANY_MARK.match(b.text.lstrip()) or b.text.rstrip()[-1:] in ".;:":
        return
    marks = [int(m.group(1)) for m in RE_INLINE_NUMBER.finditer(b.text)]
    if len(marks) >= 2 and marks == list(range(1, len(marks) + 1)):
        st.para = str(marks[-1])


def statute_item(st, body: str, roman: bool = False) -> bool:      # st: segment._State
    """A statute's subparagraph "(A) among the several States;" (`upper_item`), or a US-style
    subsection: "(b)" after the items of subsection (a) ("(a) The Congress … finds" / "(1) …
    (4) …" / "(b) It is therefore the purpose …" was cited s. 621(a)(4)(b)), or "(a)" that
    opens its paragraph "(1)" at once ("(a) (1) The Secretary of Labor is directed …" / "(A) an
    examination …" was cited s. 624(A)): 29 U.S.C. ch. 14, a researcher's trial 36, P9.
    `roman`: an "(i)" after "(h)" that is a sub-item (`notations.romans_ahead`)."""
    if st.unit != "s." or not st.article:
        return False
    if not (m := RE_LETTER.match(body)) or roman:
        return upper_item(st, body)
    letter, rest = m.group(1), body[m.end():]
    if st.subsection and next_letter(st.subsection, letter) \
            and not (st.item and next_letter(st.item, letter)):
        st.subsection, st.para, st.item, st.sub, st.headed = letter, None, None, None, None
    elif st.subsection is None and st.para is None and st.item is None \
            and (m_num := RE_NUMBER_OPENS.match(rest)):
        st.subsection, st.para, st.sub, st.headed = letter, m_num.group(1), None, None
        upper = RE_UPPER_ITEM.match(rest[m_num.end():])
        st.item = upper.group(1) if upper and len(upper.group(1)) == 1 else None
    else:
        return False
    return True


def upper_item(st, body: str) -> bool:          # st: segment._State
    """A subparagraph "(A) among the several States;" of a statute's section: its item (a
    subclause "(I)" under a clause keeps the clause's citation)."""
    if st.unit != "s." or not st.article or not (m := RE_UPPER_ITEM.match(body)):
        return False
    mark = m.group(1)
    if not _subclause(st, mark):
        if len(mark) > 1:
            return False
        st.item, st.sub, st.headed = mark, None, None
    return True


def _subclause(st, mark: str) -> bool:       # st: segment._State
    """A subclause "(I) another such territory; or" under clause (ii): cited (A)(ii)(I)."""
    if not (st.sub and mark in UPPER_ROMANS and not (st.item and next_letter(st.item, mark))):
        return False
    st.sub = f"{st.sub.split(')(')[0]})({mark}"
    return True


def after_list(st) -> None:         # st: segment._State
    """Unmarked text after a list of items belongs to the paragraph, or to the level a heading
    named ("(E) Association" / "It shall be discriminatory …" is (E))."""
    if st.headed == "sub":
        return
    if st.headed == "item":
        st.sub = None
        return
    st.item = st.sub = None


class Insertions:
    """The text an amending Act inserts by quoting it, from the block after its formula
    (`amending.amends`: "3. The following new Part is hereby inserted … :-") that opens a
    quotation mark ("“PART VII A") to the one that closes it ("… such company. ”"), the marks
    counted through the blocks between (“ and ” only: a straight mark says not which it is).
    In a statute whose sections are numbered, the Act's own numbering resumes after it: its s. 4
    follows its s. 3 that inserted ss. 69A-69G ("4. Section 82 of the principal enactment …"
    was cited s. 69F(4), a Sri Lankan Act: trial 32, P4)."""

    def __init__(self, blocks: list[Block], enacting: bool = False) -> None:
        """`enacting`: a statute whose sections are numbered, where an amending formula without
        "hereby" quotes too ("(i) by the repeal of paragraph (b) … and the substitution
        therefor, of the following paragraph : –", under a section "hereby amended")."""
        self.inside: list[bool] = []
        self.outer: tuple | None = None      # where the Act stood when the quotation opened
        depth, after = 0, False
        for b in blocks:
            if depth == 0 and after and b.text.lstrip().startswith("“"):
                depth = b.text.count("“") - b.text.count("”")
                self.inside.append(True)
            elif depth > 0:
                depth += b.text.count("“") - b.text.count("”")
                self.inside.append(True)
            else:
                self.inside.append(False)
            after = depth <= 0 and amends(b.text, enacting)
            depth = max(depth, 0)

    def resume(self, st, i: int) -> None:        # st: segment._State, before block i
        """At the quotation's end, the Act's own numbering where it stood: its section (in a
        statute whose sections are numbered) and its paragraph and items (the Rent (Amendment)
        Act 2002's s. 8(1)(a)(ii), after the paragraph (b) its (i) inserts in quotation marks,
        was cited "s. 8(1)(ii)", and its (iii) "s. 8(1)(ii)(iii)": trial 32, P4)."""
        if not i or self.inside[i] == self.inside[i - 1]:
            return
        if self.inside[i]:
            self.outer = (st.article, st.para, st.item, st.sub, st.roman_items)
        elif self.outer is not None:
            article, st.para, st.item, st.sub, st.roman_items = self.outer
            st.article = article if st.numbered_sections else st.article
            self.outer = None


# the act and section that enact a consolidated act's related provision, as Canada's Justice
# Laws prints them: "— 2024, c. 17, s. 391", "— 1995, c. 42, s 92", "— R.S., 1985, c. 35 (2nd
# Supp.), s. 3", "— 2001, c. 41, s. 94, as amended by 2011, c. 11, s. 13", "— 2022, c. 17, par.
# 77(2)(i)" (its section)
RE_ENACTED_BY = re.compile(r"^[—–-]\s*((?:R\.S\.(?:C\.)?,?\s*)?\d{4},\s*c\.\s*[\w.-]+"
                           r"(?:\s*\(\d+(?:st|nd|rd|th)\s+Supp\.\))?),"
                           r"\s*(?:s|par)\.?\s*(\d+(?:\.\d+)*)")


def related_provision(st, heading: str) -> bool:     # st: segment._State
    """A related provision headed by the act and section that enact it ("— 2024, c. 17, s.
    391"): cited as that act's section, "Related Provisions, 2024, c. 17, s. 391", not as a
    paragraph of the last section before it ("s. 40.1(391)", its text under a bare "### 391":
    Canada's CCRA, a researcher's trial 47, P4)."""
    if not (st.scope or "").startswith("Related Provisions"):
        return False
    if heading.strip(" .") == st.article and st.unit == "s.":
        return True             # its number alone, the heading under it ("### 391")
    if not (m := RE_ENACTED_BY.match(heading)):
        return False
    st.scope = f"Related Provisions, {' '.join(m.group(1).split())}"
    st.section = None           # another act's provision: the headings before it are not its
    start_section(st, m.group(2))
    return True
