"""Seeded sample of a sixty-sixth held-out half (`heldout66`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout67`; this half takes **no treaty of any
kind**: two national statutes, five national constitutions' chapters and a municipal by-law):

- a national statute: An Act respecting the mandatory reporting of Internet child sexual abuse
  and exploitation material by persons who provide an Internet service (Canada, S.C. 2011, c. 4),
  consolidated;
- a national statute: the Worker Adjustment and Retraining Notification Act as codified in
  29 U.S.C. ch. 23 (§§ 2101-2109);
- a national constitution's article: the Constitution of the Philippines, 1987, Article XIV
  (Education, Science and Technology, Arts, Culture and Sports), as the site prints it (a
  "simplified" page in two parts);
- a national constitution's chapter: the Constitution of the Bolivarian Republic of Venezuela,
  1999, Title VI, Chapter I (the socio-economic regime and the function of the State in the
  economy, articles 299-310);
- a national constitution's chapter: the Constitution of the People's Republic of China, 1982
  (as amended to 2018), Chapter I, General Principles;
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Three,
  Citizenship (Articles 12-18);
- a national constitution's chapters: the Constitution of Uganda, 1995, Chapters One (The
  Constitution) and Two (The Republic), articles 1-8;
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), By-law relating to
  Sporting Facilities, 2009, in Laws.Africa's Akoma Ntoso HTML.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`): the Canadian Act through sampler 33's
`canada_markdown`; the US Code chunks concatenated in order, one passage per subsection
(`sample_unseen_gold4.us_code_sections`); the two Philippine pages, each without its front
matter, joined in order, their "Section N." lines made headings and their HTML comments dropped
(`philippine_pages66`); the Venezuelan and Chinese pages through `gold_readers.pantrypoints_page`
with sampler 52's `_page`; the Kenyan chapter's TypeScript data through
`gold_readers.kenya_markdown` (which skips this chapter's empty part title); the two Ugandan
chapters joined in order as the repository prints them; the by-law's Akoma Ntoso HTML through sampler 56's
`openbylaws_page`. Units are cut by sampler 34's `units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen
before the draw was printed; nothing was cut from them.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS66` below), and `preamble`, true where the reader's
locator marks the passage as a preamble or recital. The labelled rows take the ids u10800 …
u10927, in the order printed (`FIRST_ID`; `heldout67`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold66.py /tmp/src66
(/tmp/src66 holds the files named below, copied from the repositories listed in the README; the
files the readers write are written there on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import kenya_markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english, us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold52 import _HTML_COMMENT, _page  # noqa: E402
from sample_unseen_gold54 import _FRONT_MATTER  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402

SEED = "issue14-heldout66-v1"
N = 16
FIRST_ID = 10800
SRC = source_folder(__file__)

_PH_SECTION = re.compile(r"^Section (\d+)\.?\s*(.*)$")


def warn() -> list[tuple[str, str]]:
    """29 U.S.C. ch. 23, §§ 2101-2109, one passage per subsection (chunks 1875-1888,
    concatenated)."""
    return us_code_sections(SRC / "us-warn-29usc23.md", 29)


def philippine_pages66() -> list[tuple[str, str]]:
    """Article XIV of the 1987 Philippine Constitution: the site's two pages (article-14,
    article-14b), each without its front matter and HTML comments, joined in order and written
    once as Markdown, each "Section N" (alone on its line or opening its first paragraph) made a
    heading "### Section N" so that it is not read as a passage."""
    md = SRC / "ph-constitution-1987-art14.md"
    if not md.exists():
        out = ["# ARTICLE XIV — EDUCATION, SCIENCE AND TECHNOLOGY, ARTS, CULTURE, AND SPORTS", ""]
        for page in ("ph-1987-article-14-source.md", "ph-1987-article-14b-source.md"):
            text = _FRONT_MATTER.sub("", (SRC / page).read_text(encoding="utf-8"), count=1)
            for line in _HTML_COMMENT.sub("", text).splitlines():
                stripped = line.strip()
                if m := _PH_SECTION.match(stripped):
                    out += [f"### Section {m.group(1)}", ""]
                    if m.group(2):
                        out += [m.group(2), ""]
                else:
                    out += [line.rstrip()]
            out += [""]
        md.write_text(re.sub(r"\n{3,}", "\n\n", "\n".join(out)), encoding="utf-8")
    return english(md)


def uganda_chapters66() -> list[tuple[str, str]]:
    """Chapters One and Two of the Constitution of Uganda (luigimorel/ugandaconstitution.com),
    joined in order as the repository prints them."""
    md = SRC / "ug-constitution-1995-ch1-2.md"
    if not md.exists():
        md.write_text("\n\n".join((SRC / f"ug-chapter-{n}-source.md").read_text(encoding="utf-8")
                                  for n in "12"), encoding="utf-8")
    return english(md)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS66: dict[str, tuple[Reader, str, str, str]] = {
    "ca-csaem-reporting-2011": (
        canada_markdown("ca-csaem-reporting-source.md", "ca-csaem-reporting-2011.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-warn-29usc23": (warn, "statute", "binding", "United States Congress"),
    "ph-constitution-1987-art14": (philippine_pages66, "constitution", "binding",
                                   "Republic of the Philippines"),
    "ve-constitution-1999-t6-ch1": (
        pantrypoints_page(SRC, "ve-title-6-chapter-1-source.md", "ve-constitution-1999-t6-ch1.md",
                          "TITLE VI — THE SOCIO-ECONOMIC SYSTEM, CHAPTER I", _page),
        "constitution", "binding", "Bolivarian Republic of Venezuela"),
    "cn-constitution-1982-ch1": (
        pantrypoints_page(SRC, "cn-chapter-1-source.md", "cn-constitution-1982-ch1.md",
                          "CHAPTER I — GENERAL PRINCIPLES", _page),
        "constitution", "binding", "People's Republic of China"),
    "ke-constitution-2010-ch3": (
        kenya_markdown(SRC, "chapter3.ts", "ke-constitution-2010-ch3.md",
                       "CHAPTER THREE — CITIZENSHIP"),
        "constitution", "binding", "Republic of Kenya"),
    "ug-constitution-1995-ch1-2": (uganda_chapters66, "constitution", "binding",
                                   "Republic of Uganda"),
    "za-bergrivier-sporting-facilities-by-law-2009": (
        openbylaws_page("za-wc013-sporting-facilities-by-law-2009-source.md",
                        "za-bergrivier-sporting-facilities-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Sporting Facilities"),
        "by-law", "binding", "Bergrivier Municipality"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS66.items()}, units34, N)


if __name__ == "__main__":
    main()
