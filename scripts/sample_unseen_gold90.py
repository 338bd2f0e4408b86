"""Seeded sample of a ninetieth held-out half (`heldout90`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
`heldout88` (another helper, also no treaty) and `heldout89` and `heldout91` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the Code of Conduct for Law Enforcement
  Officials (A/RES/34/169, 1979), whole (its eight articles with their commentaries);
- an EU directive: Directive 2000/31/EC of the European Parliament and of the Council of 8 June
  2000 on electronic commerce, its citations, recitals and articles as stalev/from-jus-to-algorithm
  holds them (the file has no Annex, the derogations from Article 3);
- a court judgment: CJEU, C-268/21 Norra Stockholm Bygg AB, 2 March 2023, from its legal context
  to its operative part (`gold_readers.cjeu_judgment`);
- a national statute: India's Air (Prevention and Control of Pollution) Act, 1981 (Act No. 14 of
  1981), from its long title to the end of section 18 as the file holds it (the repository
  converted the Act's first ten pages only), without the arrangement of sections before it
  (`_air_act`);
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Eleven (Devolved
  Government), whole;
- a municipal by-law: Bergrivier Municipality, By-law relating to Public Buses and Taxis, 2009,
  whole;
- a government's action plan: the Federal Data Strategy 2020 Action Plan (Office of Management
  and Budget), whole as GSA/data-strategy's page prints it, without the page's navigation lists
  of links ("Preamble", "Action Plan Categories", "Conclusion", `_fds_page`);
- a report with hedged language: the Home Office's paper to the Public Sector Transparency Board,
  "Lessons learned on the publication of street level crime and ASB data" (TB(6)2, May 2011),
  whole as the PDF prints it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Code of Conduct, `gold_readers.cjeu_judgment` for the
judgment, `gold_readers.kenya_markdown` for the Kenyan chapter, sampler 56's `openbylaws_page`
for the by-law, `gold_readers.pantrypoints_page` (its writing-out of a page without front matter,
`clean`ed, under a heading) for the Act and the action plan, and the plain reader
(`gold_readers.markdown`) for the PDF; one shared reader is added, `gold_readers.jus_to_algorithm_eu`
for the directive (no other reader reads that repository's JSON). Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's
footnote calls, so that numbered subsections "(1) …" of the statute, the constitution and the
by-law are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS90` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u15600 … u15727, in the
order printed (FIRST_ID 15600, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold90.py /tmp/src90
(/tmp/src90 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, jus_to_algorithm_eu, kenya_markdown,  # noqa: E402
                          markdown, pantrypoints_page, source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout90-v1"
N = 16
FIRST_ID = 15600
SRC = source_folder(__file__)
_md = markdown(SRC)


def _air_act(text: str) -> str:
    """The Act from its own title heading (the file's last "## THE AIR (PREVENTION …" line) on:
    the arrangement of sections printed before it is left out; the text unchanged."""
    return text[text.rindex("## THE AIR (PREVENTION"):]


def _fds_page(text: str) -> str:
    """The action plan's page without its navigation: the lists of links under "## Preamble",
    "## Action Plan Categories" and "## Conclusion" that precede "## Agency Actions" (the
    first heading of the plan's text); the text unchanged."""
    return re.sub(r"^## Preamble\n.*?(?=^## Agency Actions)", "", text, flags=re.S | re.M)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS90: dict[str, tuple[Reader, str, str, str]] = {
    "un-law-enforcement-code-1979": (
        webizen_n3("code-conduct-law-enforcement-officials.n3",
                   "un-law-enforcement-code-1979.md",
                   "Code of Conduct for Law Enforcement Officials", "Article"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-dir-2000-31": (
        jus_to_algorithm_eu(SRC, "from-jus-to-algorithm-eu.json", "Directive 2000/31/EC",
                            "eu-dir-2000-31.md",
                            "DIRECTIVE 2000/31/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL "
                            "of 8 June 2000 on certain legal aspects of information society "
                            "services, in particular electronic commerce, in the Internal Market "
                            "('Directive on electronic commerce')"),
        "directive", "binding", "European Parliament and Council of the European Union"),
    "cjeu-c268-21": (cjeu_judgment(SRC, "cjeu-c268-21.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "in-air-act-1981": (
        pantrypoints_page(SRC, "in-air-act-1981-source.md", "in-air-act-1981.md",
                          "THE AIR (PREVENTION AND CONTROL OF POLLUTION) ACT, 1981", _air_act),
        "statute", "binding", "Parliament of India"),
    "ke-constitution-2010-ch11": (
        kenya_markdown(SRC, "chapter11.ts", "ke-constitution-2010-ch11.md",
                       "CHAPTER ELEVEN — DEVOLVED GOVERNMENT"),
        "constitution", "binding", "Republic of Kenya"),
    "za-bergrivier-public-buses-taxis-by-law-2009": (
        openbylaws_page("za-wc013-public-buses-and-taxis-by-law-2009-source.md",
                        "za-bergrivier-public-buses-taxis-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Public Buses and Taxis"),
        "by-law", "binding", "Bergrivier Municipality"),
    "us-federal-data-strategy-action-plan-2020": (
        pantrypoints_page(SRC, "us-federal-data-strategy-2020-action-plan-source.md",
                          "us-federal-data-strategy-action-plan-2020.md",
                          "Federal Data Strategy — 2020 Action Plan", _fds_page),
        "action plan", "non-binding", "Office of Management and Budget"),
    "uk-home-office-police-data-lessons-2011": (
        _md("uk-home-office-police-data-lessons-2011.pdf"), "report", "non-binding",
        "Home Office"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS90.items()}, units34, N)


if __name__ == "__main__":
    main()
