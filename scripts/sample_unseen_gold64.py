"""Seeded sample of a sixty-fourth held-out half (`heldout64`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout65`; this half takes **no treaty of any
kind**: two national statutes, five national constitutions' chapters and a municipal by-law):

- a national statute: the Personal Information Protection and Electronic Documents Act of
  Canada (S.C. 2000, c. 5), consolidated, with its Schedule 1 (the principles of the CSA model
  code);
- a national statute: the Employee Polygraph Protection Act as codified in 29 U.S.C. ch. 22
  (§§ 2001-2009);
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Seven,
  Representation of the People (Articles 81-92);
- a national constitution's chapter: the Constitution of Malta, 1964, Chapter II, Declaration of
  Principles (articles 7-21);
- a national constitution's chapter: the Constitution of Zimbabwe, 2013, Chapter 3, Citizenship
  (sections 35-43);
- a national constitution's chapters: the Constitution of Indonesia, 1945 (as amended to 2002),
  Chapters XIII-XVI (education and culture, the national economy and social welfare, the flag,
  language, coat of arms and anthem, amendments) with the transitional and additional
  provisions printed after them;
- a national constitution's chapters: the Constitution of Brazil, 1988, Title VIII, Chapters V
  (Social Communication) and VI (Environment);
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), Air Quality By-law,
  2020, in Laws.Africa's Akoma Ntoso HTML.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`): the Canadian Act through sampler 33's
`canada_markdown`; the US Code chunks concatenated in order, one passage per subsection
(`sample_unseen_gold4.us_code_sections`); the Kenyan chapter's TypeScript data through
`gold_readers.kenya_markdown`; the Zimbabwean chapter's Dart data through sampler 62's
`zimbabwe_markdown62`; the Maltese chapter as the repository prints it; the Indonesian and
Brazilian pages through `gold_readers.pantrypoints_page` with sampler 52's `_page` (Indonesia)
and sampler 54's `_brazil` (the two Brazilian pages joined in order, each without its front
matter); the by-law's Akoma Ntoso HTML through sampler 56's `openbylaws_page`. Units are cut by
sampler 34's `units34`; N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The eight documents were chosen before the draw was printed; nothing
was cut from them.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS64` below), and `preamble`, true where the reader's
locator marks the passage as a preamble or recital. The labelled rows take the ids u10400 …
u10527, in the order printed (`FIRST_ID`; `heldout65`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold64.py /tmp/src64
(/tmp/src64 holds the files named below, copied from the repositories listed in the README; the
files the readers write are written there on the first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import kenya_markdown, markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold52 import _page  # noqa: E402
from sample_unseen_gold54 import _FRONT_MATTER, _brazil  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold62 import zimbabwe_markdown62  # noqa: E402

SEED = "issue14-heldout64-v1"
N = 16
FIRST_ID = 10400
SRC = source_folder(__file__)
_md = markdown(SRC)


def eppa() -> list[tuple[str, str]]:
    """29 U.S.C. ch. 22, §§ 2001-2009, one passage per subsection (chunks 1853-1874,
    concatenated)."""
    return us_code_sections(SRC / "us-eppa-29usc22.md", 29)


def brazil_pages64() -> list[tuple[str, str]]:
    """Title VIII, Chapters V-VI of the Brazilian Constitution: the site's two pages (05, 06),
    each without its front matter, joined in order into one source page."""
    joined = SRC / "br-1988-title-08-chapters-05-06-source.md"
    if not joined.exists():
        pages = [_FRONT_MATTER.sub("", (SRC / f"br-1988-title-08-chapter-0{p}-source.md")
                                   .read_text(encoding="utf-8"), count=1) for p in "56"]
        joined.write_text("\n\n".join(pages), encoding="utf-8")
    return pantrypoints_page(SRC, joined.name, "br-constitution-1988-t8-ch5-6.md",
                             "TITLE VIII — SOCIAL ORDER, CHAPTER V — SOCIAL COMMUNICATION, "
                             "CHAPTER VI — ENVIRONMENT", _brazil)()


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS64: dict[str, tuple[Reader, str, str, str]] = {
    "ca-pipeda-2000": (canada_markdown("ca-pipeda-source.md", "ca-pipeda-2000.md"),
                       "statute", "binding", "Parliament of Canada"),
    "us-eppa-29usc22": (eppa, "statute", "binding", "United States Congress"),
    "ke-constitution-2010-ch7": (
        kenya_markdown(SRC, "chapter7.ts", "ke-constitution-2010-ch7.md",
                       "CHAPTER SEVEN — REPRESENTATION OF THE PEOPLE"),
        "constitution", "binding", "Republic of Kenya"),
    "mt-constitution-1964-ch2": (_md("mt-constitution-1964-ch2.md"), "constitution", "binding",
                                 "Republic of Malta"),
    "zw-constitution-2013-ch3": (
        zimbabwe_markdown62("chapter3.dart", "zw-constitution-2013-ch3.md",
                            "CHAPTER 3 — CITIZENSHIP"),
        "constitution", "binding", "Republic of Zimbabwe"),
    "id-constitution-1945-ch13-16": (
        pantrypoints_page(SRC, "id-chapter-13-source.md", "id-constitution-1945-ch13-16.md",
                          "CHAPTER XIII — EDUCATION AND CULTURE", _page),
        "constitution", "binding", "Republic of Indonesia"),
    "br-constitution-1988-t8-ch5-6": (brazil_pages64, "constitution", "binding",
                                      "Federative Republic of Brazil"),
    "za-bergrivier-air-quality-by-law-2020": (
        openbylaws_page("za-wc013-air-quality-by-law-2020-source.md",
                        "za-bergrivier-air-quality-by-law-2020.md",
                        "Bergrivier Municipality: Air Quality By-law"),
        "by-law", "binding", "Bergrivier Municipality"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS64.items()}, units34, N)


if __name__ == "__main__":
    main()
