"""The numbered units of soft-law instruments, for `segment`: Rules (the Nelson Mandela, Bangkok,
Beijing, Havana and Tokyo Rules), Principles (the Guiding Principles on Internal Displacement,
the Yogyakarta Principles, the UN Principles for Older Persons) and Guidelines (the FAO Right to
Food Guidelines). Each is cited as an article is, with its paragraphs and items: `Rule 61(1)(a)`,
`Principle 2(1)`, `Principle 2(A)`, `Guideline 8`, and its points numbered after it as they are
printed (`Guideline 8.1`, `Rule 2.2(a)`); its passages get ids such as `rule-61-1-a`.

A unit starts at its heading ("Principle 2", "RULE 61", "GUIDELINE 8 ACCESS TO RESOURCES AND
ASSETS"), also where a reader left that heading a paragraph of its own (a plain-text or PDF
line alone), or where its number opens its first paragraph ("Rule 61. 1. Prisoners shall …").
A sentence that names a unit ("Rule 61 of the Mandela Rules provides …", "Rules 1–5 apply …",
"Principles of …") starts none (`textclean.unit_heading`, `textclean.RE_UNIT_INLINE`)."""
from __future__ import annotations

import re
from dataclasses import replace

from corpus_tool.corpus.notations import RE_ARTICLE_INLINE, start_article
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.textclean import RE_ARTICLE_OF_ANOTHER, RE_UNIT_INLINE, unit_heading

SOFT_UNITS = frozenset({"Rule", "Principle", "Guideline"})
# the lettered obligations inside a unit: the Yogyakarta Principles' "States shall: A. Embody …;
# B. Amend …", cited Principle 2(A), 2(B)
RE_CAPITAL_ITEM = re.compile(r"^([A-Z])\.\s+(?=\S)")
# a unit's points numbered after it: the Beijing and Tokyo Rules' "2.1 The following …", the
# Right to Food Guidelines' "8.1 States should …", cited Rule 2.1, Guideline 8.1
RE_POINT = re.compile(r"^(\d{1,3})\.(\d{1,2})\.?\s+(?=\S)")
RE_SENTENCE_END = re.compile(r"[.;:!?][’”\"')\]]*$")


def start_unit(st, heading: str) -> bool:       # st: segment._State
    """A soft-law unit starts at `heading`; False when `heading` is none."""
    found = unit_heading(heading)
    if found is None:
        return False
    unit, number, title = found
    start_article(st, number)
    st.unit, st.article_title = unit, title or None
    st.after_article_heading = True      # "PRINCIPLE 1" / "THE RIGHT TO …": its title
    return True


def inline_unit(st, body: str) -> str | None:       # st: segment._State
    """The rest of `body` when an article's or a unit's number opens it ("Article 5. The …",
    "Rule 61. 1. Prisoners …"), the article or unit started; None when neither does."""
    if (m := RE_ARTICLE_INLINE.match(body)) and not RE_ARTICLE_OF_ANOTHER.match(body):
        start_article(st, m.group(1))
    elif m := RE_UNIT_INLINE.match(body):
        start_article(st, m.group(2))
        st.unit = m.group(1).capitalize()
    else:
        return None
    return body[m.end():]


def unit_part(st, body: str) -> bool:       # st: segment._State
    """Inside a unit, a point numbered after it ("8.1 States should …" in Guideline 8) or a
    capital letter in sequence ("A.", then "B.") opens a part of it; False when `body` opens
    with neither."""
    if st.unit not in SOFT_UNITS:
        return False
    if (m := RE_POINT.match(body)) and m.group(1) == st.article.split(".")[0]:
        st.article = f"{m.group(1)}.{m.group(2)}"         # the point is cited as the unit is
        st.para = st.item = st.sub = None
        return True
    if not (m := RE_CAPITAL_ITEM.match(body)):
        return False
    letter = m.group(1)
    if letter != "A" and not (st.item and len(st.item) == 1
                              and ord(letter) == ord(st.item) + 1):
        return False
    st.item, st.sub = letter, None
    return True


def unit_headings(blocks: list[Block]) -> list[Block]:
    """`blocks` with a unit's heading that a reader left a paragraph of its own ("Rule 61", "RULE
    61", "Principle 2 Non-discrimination", a line alone in a text or PDF file) made a heading;
    not a unit's short text run in after its number ("Principle 8 Persons in detention are
    entitled to counsel.": a sentence, which stays a passage)."""
    return [replace(b, kind="heading") if b.kind == "para" and not b.locator and not b.note
            and _heading_alone(b.text) else b for b in blocks]


def _heading_alone(text: str) -> bool:
    found = unit_heading(text) if "\n" not in text else None
    if found is None:
        return False
    title = found[2]
    return not title or title.isupper() or not RE_SENTENCE_END.search(text.strip())
