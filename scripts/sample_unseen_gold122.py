"""Seeded sample of a hundred-and-twenty-second held-out half (`heldout122`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 31 in parallel with
`heldout120` (another helper, also no treaty) and `heldout121` and `heldout123` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- an EU act: Commission Implementing Regulation (EU) 2025/1943 of 29 September 2025 (reference
  standards and specifications for qualified certificates for electronic signatures and
  electronic seals), whole, with its annexes (the annexes hold the act's operative requirements,
  the adaptations of the ETSI standards; the articles only point to them);
- a court judgment: Orange Romania SA v ANSPDCP, C-61/19 (Court of Justice of the European
  Union, 11 November 2020), from its legal context to its operative part (`cjeu_judgment`);
- a national constitution's chapter: the Constitution of the People's Republic of China (1982,
  as amended), Chapter III Sections 6-8 (autonomous organs of ethnic autonomous areas,
  supervisory commissions, people's courts and procuratorates) and Chapter IV (flag, anthem,
  emblem, capital), Articles 112-143, whole as pantrypoints/sp prints them on one page;
- a municipal by-law: the City of Ottawa's Clothing Donation Box By-law No. 2023-425, whole as
  maruel/citygpt holds it (its recitals included);
- a government department's strategy: the Ministry of Defence's Open Data Strategy (2012),
  whole as the PDF reads;
- a government department's guidance: Guidance on INSPIRE complaints and appeals, version 2.0
  (UK Location Programme, Defra, April 2013), whole as the PDF reads (its change table and
  contents included);
- a presidential executive order: Executive Order 14010 of 2 February 2021 (Creating a
  Comprehensive Regional Framework to Address the Causes of Migration, to Manage Migration
  Throughout North and Central America, and to Provide Safe and Orderly Processing of Asylum
  Seekers at the United States Border), whole as brian14708/wh-briefings holds it;
- a national statute: Canada's Poverty Reduction Act (S.C. 2019, c. 29, s. 315; P-16.81), whole
  (`sample_unseen_gold33.canada_markdown`).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: the plain reader (`gold_readers.markdown`) for the regulation, the by-law (as sampler 86
reads the Ottawa code of conduct) and the two PDFs (as sampler 118 reads the FCO strategy),
`gold_readers.cjeu_judgment` for the judgment, `gold_readers.pantrypoints_page` with sampler
52's `_page` for the constitution's page (as sampler 52 reads Chapter II) and without it for
the executive order's page (its front matter dropped, as sampler 116 reads a White House fact
sheet), and sampler 33's `canada_markdown` for the Act. No reader was added to `gold_readers`.
Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter
narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped as
footnotes); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before the draw
was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS122` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22000 … u22127, in the
order printed (FIRST_ID 22000, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold122.py /tmp/src122
(/tmp/src122 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import cjeu_judgment, markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold52 import _page  # noqa: E402

SEED = "issue14-heldout122-v1"
N = 16
FIRST_ID = 22000
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS122: dict[str, tuple[Reader, str, str, str]] = {
    "eu-impl-reg-2025-1943": (_md("eu-impl-reg-2025-1943.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c61-19": (cjeu_judgment(SRC, "cjeu-c61-19.md"), "judgment", "binding",
                    "Court of Justice of the European Union"),
    "cn-constitution-1982-ch3-s6-8-ch4": (
        pantrypoints_page(SRC, "cn-chapter-2d-source.md", "cn-constitution-1982-ch3-s6-8-ch4.md",
                          "CHAPTER III — THE STRUCTURE OF THE STATE, SECTIONS 6-8, AND CHAPTER IV",
                          _page),
        "constitution", "binding", "People's Republic of China"),
    "ca-ottawa-clothing-donation-box-by-law-2023-425": (
        _md("ottawa-clothing-donation-box-by-law-2023-425.md"), "by-law", "binding",
        "City of Ottawa"),
    "uk-mod-open-data-strategy-2012": (_md("uk-mod-open-data-strategy-2012.pdf"), "strategy",
                                       "non-binding", "Ministry of Defence"),
    "uk-inspire-complaints-guidance-2013": (
        _md("uk-inspire-complaints-guidance.pdf"), "guidelines", "non-binding",
        "Department for Environment, Food and Rural Affairs"),
    "us-eo-14010-2021": (
        pantrypoints_page(SRC, "us-eo-14010-2021-source.md", "us-eo-14010-2021.md",
                          "Executive Order 14010: Creating a Comprehensive Regional Framework to "
                          "Address the Causes of Migration, to Manage Migration Throughout North "
                          "and Central America, and to Provide Safe and Orderly Processing of "
                          "Asylum Seekers at the United States Border"),
        "executive order", "binding", "President of the United States"),
    "ca-poverty-reduction-2019": (
        canada_markdown("ca-poverty-reduction-source.md", "ca-poverty-reduction-2019.md"),
        "statute", "binding", "Parliament of Canada"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS122.items()}, units34, N)


if __name__ == "__main__":
    main()
