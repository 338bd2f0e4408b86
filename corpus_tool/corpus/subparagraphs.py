"""Sub-paragraphs numbered in parentheses inside a numbered paragraph, for `segment`: an ILO
Recommendation's "2. (1) For the purpose of this Recommendation, …" / "(2) The definition
contained in sub-paragraph (1) …", cited Paragraph 2(1) and 2(2) (`para. 2(1)`, `para. 2(2)`,
and the items under them `para. 5(2)(a)`). Read as paragraphs of their own, the "(2)" was a
second "para. 2" ("para. 2 ¶ 2") and a "(2)" under paragraph 5 a "para. 2" ("Part II, para. 2
¶ 2" for Recommendation No. 150's Paragraph 5(2): found by the unplaced-items warning a
researcher's trial 34 asked for). Articles have their own levels (`notations.section_unit`)."""
from __future__ import annotations

import re

from corpus_tool.corpus.statute_items import RE_UPPER_ITEM

RE_FIRST = re.compile(r"^\(1\)\s*")
RE_MARK = re.compile(r"\((\d{1,3})\)\s*")


def opens_subparagraphs(st, rest: str) -> None:     # st: segment._State
    """After a paragraph's number: its text opens sub-paragraph (1) ("2. (1) For …"), or a
    statute's subparagraph (A) ("(1) (A) It shall not be …", the paragraph's mark on a line of
    its own above it: 29 U.S.C. 623(l)(1)(A) was cited 623(l)(1), its clauses (l)(1)(i))."""
    if not st.article and RE_FIRST.match(rest):
        st.item = "1"
    elif st.unit == "s." and st.article and (m := RE_UPPER_ITEM.match(rest)) \
            and len(m.group(1)) == 1:
        st.item = m.group(1)


def next_subparagraph(st, mark: str) -> bool:     # st: segment._State
    """A paragraph mark "(k)" (`mark`, as matched) that continues the paragraph's sub-paragraphs
    ("(2)" after "2. (1) …"): it is sub-paragraph k of that paragraph (set in `st`), not
    paragraph k."""
    m = RE_MARK.fullmatch(mark)
    if st.article or not m or not (st.item or "").isdigit() or \
            int(m.group(1)) != int(st.item) + 1:
        return False
    st.item, st.sub = m.group(1), None
    return True



def quoted_number(st, number: str) -> bool:     # st: segment._State
    """A paragraph number "N." far below the last one read in its turn (6 after 37), outside
    articles: a quoted text's own paragraph, set as a block in the paragraph that quotes it, not
    paragraph N (the UN Permanent Forum's study E/C.19/2010/13 quotes Story's Commentaries "6.
    The principle, then, …" in its para. 37: cited "para. 6 ¶ 2", a researcher's trial 44,
    P4). A number read in its turn (N + 1), a new run ("1.") and a jump ahead are paragraphs, as
    before; only those in turn count as the last, so that a quoted "97." (a recital a judgment
    quotes) does not make its next paragraphs quotations."""
    if st.article or not number.isdigit():
        return False
    n = int(number)
    if n == 1 or n == st.in_turn + 1:
        st.in_turn = n
    return n != 1 and n < st.in_turn - 1
