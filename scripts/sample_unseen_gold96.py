"""Seeded sample of a ninety-sixth held-out half (`heldout96`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
`heldout98` (another helper, also no treaty) and `heldout97` and `heldout99` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Rights of Persons Belonging to
  National or Ethnic, Religious and Linguistic Minorities (A/RES/47/135, 1992), whole;
- a government's release announcing its national strategy: the White House, "Biden-Harris
  Administration Releases First-Ever U.S. National Strategy to Counter Islamophobia and
  Anti-Arab Hate" (12 December 2024), whole, without the briefing page's front matter (it
  replaces the CESCR's General Comment No. 5, first chosen, whose file in
  lszoszk/UN-TreatyBodiesDocSearch holds the text of General Comment No. 20, already in the
  gold: seen in the draw's first units and replaced before any unit was labelled);
- an EU directive: Directive (EU) 2019/882 of the European Parliament and of the Council of 17
  April 2019 on the accessibility requirements for products and services (the European
  Accessibility Act), its citations, recitals and articles as stalev/from-jus-to-algorithm holds
  them (the file has none of its Annexes);
- a court judgment: UJH v UJI [2018] SGHCF 4 (High Court of Singapore, Family Division, 8
  February 2018), the report as the repository prints it (its case header included);
- a national statute: New Zealand's Dog Control Act 1996 (the reprint the repository holds),
  its enacting words and body, without its Schedules, endnotes and history notes (the shared
  reader `gold_readers.nz_act_xml`);
- a national constitution's chapter: the Constitution of Malta, Chapter X (The Public Service),
  whole;
- a municipal by-law: Bergrivier Municipality, By-law relating to Roads and Streets, 2009, its
  body (sampler 56's `openbylaws_page`: without the page's table of contents and cover notices);
- a government department's strategy: the Department for Environment, Food and Rural Affairs'
  Open Data Strategy (2012), whole as the PDF prints it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, `gold_readers.pantrypoints_page` for the
release (front matter dropped), `gold_readers.jus_to_algorithm_eu` for the directive, `gold_readers.nz_act_xml` for the
Act, sampler 56's `openbylaws_page` for the by-law, and the plain reader (`gold_readers.markdown`)
for the judgment, the chapter and the PDF. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS96` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u16800 … u16927, in the
order printed (FIRST_ID 16800, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold96.py /tmp/src96
(/tmp/src96 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (jus_to_algorithm_eu, markdown, nz_act_xml,  # noqa: E402
                          pantrypoints_page, source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout96-v1"
N = 16
FIRST_ID = 16800
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS96: dict[str, tuple[Reader, str, str, str]] = {
    "un-minorities-declaration-1992": (
        webizen_n3("declaration-rights-persons-belonging-national-or-ethnic.n3",
                   "un-minorities-declaration-1992.md",
                   "Declaration on the Rights of Persons Belonging to National or Ethnic, "
                   "Religious and Linguistic Minorities", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "us-wh-islamophobia-strategy-release-2024": (
        pantrypoints_page(SRC, "us-wh-islamophobia-strategy-release-2024-source.md",
                          "us-wh-islamophobia-strategy-release-2024.md",
                          "Biden-Harris Administration Releases First-Ever U.S. National "
                          "Strategy to Counter Islamophobia and Anti-Arab Hate"),
        "press release", "non-binding", "The White House"),
    "eu-dir-2019-882": (
        jus_to_algorithm_eu(SRC, "from-jus-to-algorithm-eu.json", "Directive (EU) 2019/882",
                            "eu-dir-2019-882.md",
                            "DIRECTIVE (EU) 2019/882 OF THE EUROPEAN PARLIAMENT AND OF THE "
                            "COUNCIL of 17 April 2019 on the accessibility requirements for "
                            "products and services"),
        "directive", "binding", "European Parliament and Council of the European Union"),
    "sghcf-2018-4": (_md("sghcf-2018-4.md"), "judgment", "binding",
                     "High Court of Singapore (Family Division)"),
    "nz-dog-control-act-1996": (
        nz_act_xml(SRC, "nz-dog-control-act-1996.xml", "nz-dog-control-act-1996.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "mt-constitution-1964-ch10": (_md("mt-constitution-1964-ch10.md"), "constitution",
                                  "binding", "Republic of Malta"),
    "za-bergrivier-roads-streets-by-law-2009": (
        openbylaws_page("za-wc013-roads-and-streets-by-law-2009-source.md",
                        "za-bergrivier-roads-streets-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Roads and Streets"),
        "by-law", "binding", "Bergrivier Municipality"),
    "uk-defra-open-data-strategy-2012": (_md("uk-defra-open-data-strategy-2012.pdf"),
                                         "strategy", "non-binding",
                                         "Department for Environment, Food and Rural Affairs"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS96.items()}, units34, N)


if __name__ == "__main__":
    main()
