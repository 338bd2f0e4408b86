"""A statute's definitions, cited by the term they define. Canada's acts define their terms one
paragraph each in a section of definitions ("**food commodity** means" / "(a) any food …;" /
"(b) any animal or plant …"), and a lawyer cites "paragraph (a) of the definition *food
commodity* in section 2": here `s. 2, “food commodity” (a)`, the definition itself
`s. 2, “food commodity”`. Read by position, the definitions were "s. 2 ¶ 3" and their items
"s. 2(a)", then "s. 2(a) ¶ 2" for the next definition's (a) (a researcher's trials 38 and 39).
A quoted term ("“child” means …") is a definition in any section; an unquoted one only in a
section headed as definitions or interpretation."""
from __future__ import annotations

import re

# "food commodity means", "advertisement includes", "person has the same meaning as in …",
# "federal work, undertaking or business means", "2012 Act means", "“child” means"; a term
# and what qualifies it ("personal health information, with respect to an individual, whether
# living or deceased, means"; "adult sentence, in the case of a young person who is found guilty
# of an offence, means"; "“automated” in relation to data, means"); not "This Act applies …"
_QUALIFIER = (r"(?:,?\s(?:with respect to|in respect of|in relation to|in the case of|for the "
              r"purposes? of|whether|when|where|as regards)\b[^.;:“”\"]{0,120}?,?)?")
RE_DEFINED = re.compile(
    r"^(?:[“\"]([^”\"]{1,80})[”\"]|"
    r"(?!(?:The|This|These|That|It|In|For|An?|Each|Every|Any|No)\b)"
    r"((?:\d{4} )?[^\W\d][^\s.;:(),]*(?:,? [^\s.;:(),]+){0,7}?))"
    + _QUALIFIER + r"\s+(?:means|includes|has the (?:same )?meaning)\b")
RE_DEFINITIONS = re.compile(r"(?i)\b(?:definitions?|interpretation)\b")


def is_term(part: str | None) -> bool:
    """Is a locator part a defined term (`“food commodity”`)?"""
    return bool(part) and part.startswith("“")


def defining(st, body: str, numbered: bool, item: bool) -> None:   # st: segment._State
    """Set the term whose definition `body` opens in a statute's section (`st.defined`), which
    its items `item` keep; a numbered subsection or any other paragraph ends it."""
    if item and st.defined:
        return
    st.defined = None
    if numbered or item or st.unit != "s." or not st.article:
        return
    m = RE_DEFINED.match(body)
    if m and (m.group(1) or RE_DEFINITIONS.search(f"{st.article_title} {st.section}")):
        st.defined = f"“{(m.group(1) or m.group(2)).strip()}”"
        st.item = st.sub = None
