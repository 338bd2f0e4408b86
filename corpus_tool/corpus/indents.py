"""Indents: an article's items set off by a dash ("– to enable elderly persons to remain full
members of society …", the European Social Charter's Art. 23; "— ensure that personal data can
be accessed only by authorised personnel …", an EU directive's Art. 4(1a)), cited by their
ordinal as the Council of Europe and EUR-Lex cite them: `Art. 23, first indent`,
`Art. 4(1), second indent`, and the items under an indent `Art. 23, second indent (a)`. Read
by position, the Charter's two lists "a) … b) …" under its first and second indents were both
"Art. 23(a)", "Art. 23(b)", the second pair "Art. 23(a) ¶ 2" (a researcher's trial 36, P9)."""
from __future__ import annotations

import re

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth")
RE_INDENT = re.compile(r"^[–—-]\s*(?=[^\W\d_])")          # "– to enable", "-to reduce", "— ensure"
RE_LETTER = re.compile(r"^\(?([a-z])(?:\)\s*|\.\s+)")      # "a) provision of …", "a. voldoende"


def is_indent(part: str | None) -> bool:
    return bool(part) and part.endswith(" indent")


def _next(prev: str | None) -> str:
    k = ORDINALS.index(prev.split()[0]) + 1 if is_indent(prev) and \
        prev.split()[0] in ORDINALS else 0
    return f"{ORDINALS[k]} indent" if k < len(ORDINALS) else f"indent {k + 1}"


def indent_part(st, body: str) -> bool:        # st: segment._State
    """Take an indent opening `body` inside an article as its place: the article's or
    paragraph's next indent, or the next indent of the item it stands under ("(a) …" / "— …");
    and an item "a)" under an indent. False when `body` opens with neither."""
    if not st.article or st.unit != "Art.":
        return False
    if RE_INDENT.match(body):
        if st.item and not is_indent(st.item):
            st.sub = _next(st.sub)
        else:
            st.item, st.sub = _next(st.item), None
        return True
    if is_indent(st.item) and (m := RE_LETTER.match(body)):
        st.sub = m.group(1)
        return True
    return False
