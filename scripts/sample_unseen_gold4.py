"""Seeded sample of a fourth held-out half (`heldout4`) for tests/data/statements_gold_unseen.jsonl.

`heldout3` was measured, reported and its failures read, so it became tunable ("heldout3
(seen)"); a fresh half was drawn from seven documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the 25 documents already in the
unseen gold (see the README beside the gold file), chosen for genres the other halves lack or
hold little of:

- an EU act with recitals and articles: the Digital Markets Act, Regulation (EU) 2022/1925
  (EUR-Lex XHTML of maastrichtlawtech/eur-lex-visualiser), cut by corpus-tool's own reader
  (`corpus.extract_document`: ingest only) into "Recital N" and article passages; the OJ masthead
  before recital 1 is dropped;
- a Council of Europe Committee of Ministers text and a CoE convention: the shipped
  tests/data/unseen/docs/coe-ets116-1983.md holds the European Convention on the Compensation of
  Victims of Violent Crimes (ETS 116) and, after it, Committee of Ministers Resolution (77) 27
  (its "Recommends that the governments of member states …" principles); they are drawn as two
  documents, split where the resolution's adoption line begins;
- a national statute: 42 U.S.C. ch. 126 (Americans with Disabilities Act), §§ 12101–12134 (the
  chunks of codexstanford/markdonw-chunck-of-the-usa-code, one per subsection, concatenated);
- the reasoning and operative part of a judgment: CJEU C-461/22 (shipped), from "Admissibility"
  to the ruling ("On those grounds, the Court … hereby rules: … must be interpreted as meaning");
- a treaty-body text with lettered recommendation lists: CEDAW General Recommendation No. 39
  (2022) on the rights of Indigenous women and girls (JSON of lszoszk/UN-TreatyBodiesDocSearch);
- a UN report with hedged language: E/CN.4/Sub.2/AC.4/2004/4, preliminary working paper on free,
  prior and informed consent (shipped PDF; its first 5 pages).

Units are cut as in scripts/sample_unseen_gold2.py (its `units`), and N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). Prints JSONL
candidates; labels are added by hand afterwards.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold4.py /tmp/src4
(/tmp/src4 holds eu-dma-2022.html, us-ada-42usc126.md and cedaw-gr39.json copied from the
repositories.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold2 import units  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402

from corpus_tool.corpus import extract_document  # noqa: E402

SEED = "issue14-heldout4-v1"
N = 21
ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src4")
DOCS_DIR = ROOT / "tests" / "data" / "unseen" / "docs"


def english(path: Path) -> list[tuple[str, str]]:
    return [(s.locator, s.text) for s in extract_document(path).segments if s.lang == "en"]


def eu_dma() -> list[tuple[str, str]]:
    paras = english(SRC / "eu-dma-2022.html")
    start = next(i for i, (loc, _) in enumerate(paras) if loc.startswith("Recital"))
    return paras[start:]


def _ets116() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    paras = english(DOCS_DIR / "coe-ets116-1983.md")
    cut = next(i for i, (_, t) in enumerate(paras) if t.startswith("(Adopted by the Committee of Ministers"))
    return paras[:cut], paras[cut:]


def us_ada() -> list[tuple[str, str]]:
    return us_code_sections(SRC / "us-ada-42usc126.md", 42)


def us_code_sections(path: Path, title: int) -> list[tuple[str, str]]:
    """Concatenated chunks of one title of codexstanford/markdonw-chunck-of-the-usa-code, one
    passage per subsection (`us_code_text_sections` of the file's text)."""
    return us_code_text_sections(path.read_text(encoding="utf-8"), title)


def first_subsections(text: str) -> str:
    """US Code chunks whose first subsection is printed as a "###### (a) text" line, with that
    line as the "##### (a)" heading `us_code_text_sections` reads and a line of text."""
    return re.sub(r"^######\s+(\([^)]+\))\s+(.+)$", r"##### \1\n\2", text, flags=re.M)


def us_code_text_sections(text: str, title: int,
                          section: str = r"\d+") -> list[tuple[str, str]]:
    """Concatenated chunks of one title of the US Code, one passage per subsection: the
    '#### § N' and '##### (x)' headings give the locator (`section`: the pattern of N, digits
    unless a sampler reads more); a lead-in line that introduces numbered items without a colon
    ("The Congress finds that") gets one, so the items keep it as their chapeau."""
    out, sec, sub = [], "", ""
    for chunk in text.split(f"\n# Title {title}"):
        lines = [ln.strip() for ln in chunk.splitlines()]
        body = []
        for ln in lines:
            if m := re.match(rf"^####\s+§\s*({section})\.", ln):
                sec, sub = m.group(1), ""
            elif m := re.match(r"^#####\s+(\([^)]+\))", ln):
                sub = m.group(1)
            elif ln and not ln.startswith("#") and not ln.startswith("—"):
                body.append(ln)
        for i, ln in enumerate(body[:-1]):
            if (re.search(r"[A-Za-z]$", ln) and not re.match(r"^\(\w{1,3}\)", ln)
                    and re.match(r"^\(\w{1,3}\)", body[i + 1])):
                body[i] = ln + ":"
        if body:
            out.append((f"{title} U.S.C. § {sec}{sub}", "\n".join(body)))
    return out


def cjeu_c461() -> list[tuple[str, str]]:
    paras = english(DOCS_DIR / "cjeu-c461-22.md")
    start = next(i for i, (_, t) in enumerate(paras) if t.startswith("Admissibility of the request"))
    return [(loc, t) for loc, t in paras[start:]
            if t not in ("[Signatures]",) and not t.startswith("( *")]


def cedaw_gr39() -> list[tuple[str, str]]:
    return tb_paragraphs(SRC / "cedaw-gr39.json")


def un_fpic_2004() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in english(DOCS_DIR / "un-e-cn4-sub2-2004-4.pdf")
            if not loc.startswith("p. 1 ")]


DOCS = {
    "eu-dma-2022": eu_dma,
    "coe-ets116-1983": (lambda: _ets116()[0], 16),
    "coe-cm-res77-27": (lambda: _ets116()[1], 14),
    "us-ada-42usc126": us_ada,
    "cjeu-c461-22": (cjeu_c461, 14),
    "cedaw-gr39-2022": cedaw_gr39,
    "un-fpic-wp-2004": un_fpic_2004,
}


def main() -> None:
    print_sample(SEED, DOCS, units, N)


if __name__ == "__main__":
    main()
