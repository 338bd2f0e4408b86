"""Seeded sample of an eighty-eighth held-out half (`heldout88`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
`heldout90` (another helper, also no treaty) and `heldout89` and `heldout91` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration of Basic Principles of Justice for Victims
  of Crime and Abuse of Power (A/RES/40/34, 1985), whole;
- a Commission implementing decision: Commission Implementing Decision (EU) 2025/2164 (the
  version of the standard on which the common template for the trusted lists is based, amending
  Implementing Decision (EU) 2015/1505), whole (its citations, recitals, articles and annex);
- a court judgment: Court of Appeal of Singapore, Re Nalpon, Zero Geraldo Mario [2018] SGCA 71
  (24 October 2018), whole as the Markdown prints it (its header of case details included);
- a national statute of a country no half had taken: New Zealand's Children's Commissioner Act
  2003 (reprint as at 3 September 2007), its enacting words and body, without its three
  Schedules (provisions applying to the Commissioner, the text of the UN Convention on the
  Rights of the Child, consequential amendments), its endnotes and history notes
  (`gold_readers.nz_act_xml`, added for this half: no shared reader read the Act's XML);
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Ten (Judiciary),
  whole (`gold_readers.kenya_markdown`);
- a municipal ordinance: City of Rivergrove (Oregon) Ordinance No. 65-99 (consenting to the
  application and enforcement of Lake Oswego City Code provisions related to sanitary sewer
  services, 1999), whole;
- a government department's strategy: the Department for International Development's Open Data
  Strategy (2012), whole as the PDF prints it;
- an opinion with hedged language and recommendations: the European Data Protection
  Supervisor's Formal comments 1/2021 on the proposal for a European Digital Identity framework
  (eIDAS2), whole as the PDF prints it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration of mediaprophet/Webizen-Charter,
`gold_readers.kenya_markdown` for the Kenyan chapter, `gold_readers.nz_act_xml` (new) for the
Act, and the plain reader (`gold_readers.markdown`) for the EU decision, the judgment's and the
ordinance's Markdown and the two PDFs. Units are cut by `sample_unseen_gold34.units34` (sampler
7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that numbered
subsections "(1) …" of the statute, the constitution and the judgment are not dropped as
footnotes); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed (only the Act's
schedules, endnotes and history notes are left out, by its reader), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS88` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u15200 … u15327, in the
order printed (FIRST_ID 15200, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold88.py /tmp/src88
(/tmp/src88 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import kenya_markdown, markdown, nz_act_xml, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout88-v1"
N = 16
FIRST_ID = 15200
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS88: dict[str, tuple[Reader, str, str, str]] = {
    "un-victims-declaration-1985": (
        webizen_n3("declaration-basic-principles-justice-victims-crime-and-abuse.n3",
                   "un-victims-declaration-1985.md",
                   "Declaration of Basic Principles of Justice for Victims of Crime and Abuse of "
                   "Power", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "eu-impl-dec-2025-2164": (_md("eu-impl-dec-2025-2164.md"), "decision", "binding",
                              "European Commission"),
    "sgca-2018-71": (_md("sgca-2018-71.md"), "judgment", "binding",
                     "Court of Appeal of Singapore"),
    "nz-childrens-commissioner-act-2003": (
        nz_act_xml(SRC, "nz-childrens-commissioner-act-2003.xml",
                   "nz-childrens-commissioner-act-2003.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "ke-constitution-2010-ch10": (
        kenya_markdown(SRC, "kenya-chapter10.ts", "ke-constitution-2010-ch10.md",
                       "CONSTITUTION OF KENYA, 2010 — CHAPTER TEN, JUDICIARY"),
        "constitution", "binding", "Republic of Kenya"),
    "us-or-rivergrove-ordinance-65-99": (_md("rivergrove-ordinance-65-99.md"), "by-law",
                                         "binding", "City of Rivergrove"),
    "uk-dfid-open-data-strategy-2012": (_md("uk-dfid-open-data-strategy-2012.pdf"), "strategy",
                                        "non-binding", "Department for International Development"),
    "edps-formal-comments-2021-eidas2": (_md("edps-formal-comments-2021-eidas2.pdf"), "opinion",
                                         "non-binding", "European Data Protection Supervisor"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS88.items()}, units34, N)


if __name__ == "__main__":
    main()
