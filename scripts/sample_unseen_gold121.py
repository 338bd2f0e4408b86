"""Seeded sample of a hundred-and-twenty-first held-out half (`heldout121`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 31 in
parallel with `heldout120` and `heldout122` (no treaty) and `heldout123` (treaties whose BWBV
number ends in an odd digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- a United Nations convention on the law of the sea: the United Nations Convention on the Law
  of the Sea (Montego Bay, 1982), **through its signature clause** (without Annexes I-IX, which
  the file prints after it: the lists of highly migratory species, the Commissions' and
  Tribunal's statutes and the like, each of which would be a document of its own);
- an IMO protocol: the Protocol of 2003 to the International Convention on the Establishment of
  an International Fund for Compensation for Oil Pollution Damage, 1992 (the Supplementary Fund
  Protocol, London, 2003), whole (it ends with its signature clause);
- an UNCTAD commodity agreement: the Agreement Establishing the Common Fund for Commodities
  (Geneva, 1980), **through its signature clause** (without Schedules A-E: the tables of
  subscriptions and votes, the ICAs' lists and the rules on the Fund's ceiling);
- an Inter-American Development Bank fund agreement: the Agreement Establishing the Multilateral
  Investment Fund (Washington, 1992), **through its signature clause** (without Schedule A, the
  table of contributions);
- a Council of Europe convention on social rights: the European Convention on Social and Medical
  Assistance (ETS 14, Paris, 1953), **before its Annexes** (Annexes I-III are lists of each
  Party's legislation and reservations, and the file prints the Protocol on refugees after them);
  the reader finds no "Signature clause" in this file, so `before("Annex", …)` is its cut;
- a satellite organisation's privileges protocol: the Protocol on the Privileges and Immunities
  of the European Telecommunications Satellite Organization (EUTELSAT) (Paris, 1987), whole;
- a bilateral social-security agreement: the Agreement on Social Security between the Government
  of the Kingdom of the Netherlands and the Government of New Zealand (Wellington, 1990),
  **through its signature clause** (without the Administrative Arrangement, another instrument,
  which the file prints after it);
- a NATO agreement: the Agreement on the Status of Missions and Representatives of Third States
  to the North Atlantic Treaty Organization (Brussels, 1994), whole (19 units: the draw takes 16).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS121` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u21800 … u21927, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold121.py /tmp/src121
(/tmp/src121 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout121-v1"
N = 16
FIRST_ID = 21800
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: UNCLOS, the Common Fund Agreement, the MIF Agreement and the
# Netherlands-New Zealand agreement through their signature clauses (what the files print after
# them: Annexes I-IX, Schedules A-E, Schedule A, the Administrative Arrangement); ETS 14 before
# its Annexes (lists of legislation and reservations, then the Protocol); the other three whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS121 = {
    "un-unclos-1982": (through_signature(_md("unclos-1982.md")), "convention", "binding",
                       "United Nations"),
    "imo-fund-protocol-2003": (_md("imo-fund-protocol-2003.md"), "protocol", "binding",
                               "International Maritime Organization"),
    "unctad-common-fund-1980": (through_signature(_md("common-fund-1980.md")), "treaty",
                                "binding", "UN Conference on Trade and Development"),
    "iadb-mif-1992": (through_signature(_md("iadb-mif-1992.md")), "treaty", "binding",
                      "Inter-American Development Bank"),
    "coe-ets14-1953": (before("Annex", _md("coe-ets14-1953.md")), "convention", "binding",
                       "Council of Europe"),
    "eutelsat-privileges-1987": (_md("eutelsat-privileges-1987.md"), "protocol", "binding",
                                 "European Telecommunications Satellite Organization"),
    "nl-nz-social-security-1990": (through_signature(_md("nl-nz-social-security-1990.md")),
                                   "treaty", "binding", "Kingdom of the Netherlands; New Zealand"),
    "nato-third-states-missions-1994": (_md("nato-third-states-missions-1994.md"), "treaty",
                                        "binding", "North Atlantic Treaty Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS121.items()}, units34, N)


if __name__ == "__main__":
    main()
