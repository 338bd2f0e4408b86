"""How a place in a document is cited: an article's or a section's parts after its number
(`Art. 28(1)(a)`, `Art. 23, second indent (a)`, `s. 2, “food commodity” (a)`,
`Art. 5, parágrafo único, I`) and the passage id's slug (`art-28-1-a`)."""
from __future__ import annotations

import re

from corpus_tool.corpus.definitions import is_term
from corpus_tool.corpus.indents import is_indent
from corpus_tool.corpus.notations import SOLE_PARAGRAPH


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def cited_parts(parts: list[str]) -> str:
    """An article's parts as cited after its number: "(1)(a)", an indent ", first indent"
    or a defined term ", “food commodity”" and the item under either " (a)", or after a worded
    paragraph ", parágrafo único, I" (a Brazilian lawyer's citation; never "(parágrafo
    único)")."""
    out = ""
    for p in parts:
        if is_indent(p) or is_term(p):
            out += f", {p}"
        elif out.endswith((" indent", "”")):
            out += f" ({p})"
        elif p == SOLE_PARAGRAPH or out.startswith(","):
            out += f", {p}"
        else:
            out += f"({p})"
    return out


def article_locator(st) -> tuple[str, str]:       # st: segment._State
    """The locator and slug of the place the numbering state `st` is at inside an article or a
    section: Refugee Convention "Art. 1A(2)" (its letter apart in a French code's
    "Art. L311-13(A)(1)"); a section's decimal point kept, s. 4(1.1) is not s. 4.1(1)."""
    coded = "-" in st.article
    parts = [p for p in (st.letter if coded else None, st.subsection, st.para, st.defined,
                         st.item, st.sub) if p]
    art = st.article + ("" if coded else st.letter or "")
    loc = f"{st.unit} {art}" + cited_parts(parts)
    slug = "-".join([st.unit.rstrip(".").lower(), art.lower(), *[p.lower() for p in parts]])
    if st.unit == "s.":
        return loc, ".".join(slugify(x) for x in re.split(r"(?<=\d)\.(?=\d)", slug))
    return loc, slugify(slug)
