"""Seeded sample of a hundred-and-eighth held-out half (`heldout108`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 30 in parallel with
`heldout110` (another helper, also no treaty) and `heldout109` and `heldout111` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Elimination of Violence against Women
  (A/RES/48/104, 20 December 1993), whole as the repository's file holds it (the resolution's
  preambular paragraphs and the Declaration's articles); the Declaration on the Rights of
  Disabled Persons (A/RES/3447 (XXX), 1975), first chosen, was set aside before the draw was
  printed, because the file runs its paragraphs into one node and the reader located the whole
  of it in its preamble;
- an EU act: Commission Implementing Regulation (EU) 2025/1945 of 29 September 2025 (rules for
  the validation of qualified electronic signatures and seals and of advanced electronic
  signatures and seals based on qualified certificates, under Regulation (EU) No 910/2014; the
  repository files it under "Wallet_Attributes"), its citations, recitals and articles, without
  its annex (the list of standards: `before("Annex")`);
- a court judgment: Public Prosecutor v Ng Jui Chuan [2011] SGHC 90 (High Court of Singapore,
  11 April 2011, a magistrate's appeal on sentence for a road-traffic offence), whole as the
  repository's report prints it;
- a national statute: New Zealand's Energy Efficiency and Conservation Act 2000, its enacting
  words and body without its schedules (`gold_readers.nz_act_xml`); the Public Records Act 2005,
  first chosen, was set aside before the draw was printed, because the reader kept only its
  sections 1-2 and 43-50 (Parts 1, 2 and 4 came out as bare headings);
- a national constitution's chapter: the Basic Law for the Federal Republic of Germany, Chapter VII
  (Federal Legislation and Legislative Procedures, Articles 70-82), as the page `chapter-07.md`
  of pantrypoints/sp holds it (sampler 54's `_germany` makes its article lines headings);
- a municipal ordinance: City of Rivergrove (Oregon), Ordinance No. 57-93 (Manufactured Homes,
  1993), whole as the repository's page prints it;
- a government strategy: the Department of Energy and Climate Change's Open Data Strategy (2012),
  as the PDF prints it;
- a government's guidelines to its agencies: the Federal Data Strategy's Practices (Office of
  Management and Budget, M-19-18, 2019), the forty Practices "Agencies shall:" as
  GSA/data-strategy's page `pages/practices.md` prints them (its front matter left out by
  `gold_readers.pantrypoints_page`, as sampler 90 read that repository's action plan); CESCR
  General Comment No. 18 (2005, the right to work), first chosen, was set aside after the first
  draw was printed and before any unit was labelled, because it is in
  `examples/labour-market/corpus` (the draw of the other seven documents is unchanged: each
  document's draw is seeded by its own doc_id).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, `gold_readers.before` over the plain
reader for the implementing regulation, `gold_readers.nz_act_xml` for the Act,
`gold_readers.pantrypoints_page` for the chapter (with sampler 54's `_germany`) and for the
Practices, and the plain reader (`gold_readers.markdown`) for the judgment, the ordinance and
the PDF. No reader was added. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed (the Practices,
chosen after the first draw, as said above, before any unit was labelled).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS108` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u19200 … u19327, in the
order printed (FIRST_ID 19200, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold108.py /tmp/src108
(/tmp/src108 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, markdown, nz_act_xml, pantrypoints_page,  # noqa: E402
                          source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold54 import _germany  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout108-v1"
N = 16
FIRST_ID = 19200
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS108: dict[str, tuple[Reader, str, str, str]] = {
    "un-devaw-1993": (
        webizen_n3("declaration-elimination-violence-against-women.n3", "un-devaw-1993.md",
                   "Declaration on the Elimination of Violence against Women", "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1945": (before("Annex", _md("eu-impl-reg-2025-1945.md")), "regulation",
                              "binding", "European Commission"),
    "sghc-2011-90": (_md("sghc-2011-90.md"), "judgment", "binding", "High Court of Singapore"),
    "nz-energy-efficiency-conservation-act-2000": (
        nz_act_xml(SRC, "Energy_Efficiency_and_Conservation_Act_2000.xml.act",
                   "nz-energy-efficiency-conservation-act-2000.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "de-basic-law-ch7": (
        pantrypoints_page(SRC, "de-chapter-07-source.md", "de-basic-law-ch7.md",
                          "VII. FEDERAL LEGISLATION AND LEGISLATIVE PROCEDURES", _germany),
        "constitution", "binding", "Federal Republic of Germany"),
    "us-or-rivergrove-ordinance-57-93": (_md("rivergrove-ordinance-57-93.md"), "by-law",
                                         "binding", "City of Rivergrove"),
    "uk-decc-open-data-strategy-2012": (
        _md("uk-decc-open-data-strategy-2012.pdf"), "strategy", "non-binding",
        "Department of Energy and Climate Change"),
    "us-federal-data-strategy-practices-2019": (
        pantrypoints_page(SRC, "us-federal-data-strategy-practices-source.md",
                          "us-federal-data-strategy-practices-2019.md",
                          "Federal Data Strategy — Practices"),
        "strategy", "non-binding", "Office of Management and Budget"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS108.items()}, units34, N)


if __name__ == "__main__":
    main()
