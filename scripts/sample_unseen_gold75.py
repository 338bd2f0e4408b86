"""Seeded sample of a seventy-fifth held-out half (`heldout75`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in session 25 in parallel with `heldout72`, `heldout73` and `heldout74` (other
helpers), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s treaties whose
BWBV number ends in an odd digit (`heldout73` takes the even ones), of eight issuers:

- an ILO convention on seafarers: the Seamen's Articles of Agreement Convention, 1926 (No. 22);
- a Council of Europe convention on legal co-operation: the European Convention on Information
  on Foreign Law (ETS 62, London, 1968);
- a United Nations human-rights protocol: the Optional Protocol to the International Covenant on
  Economic, Social and Cultural Rights (New York, 2008);
- an IMO convention on the marine environment: the International Convention for the
  Prevention of Pollution from Ships, 1973 (MARPOL, London), through its signature clause
  (without Protocol I on reports of incidents, Protocol II on arbitration and Annexes I–VI with
  their appendices, printed after it);
- the constituent instrument of a UN specialized agency: the Constitution of the United Nations
  Industrial Development Organization (UNIDO, Vienna, 1979), without its Annexes (the lists of
  States for the distribution of seats, the expenses of the regular budget and the conciliation
  procedure for disputes);
- a regional agreement on wildlife concluded under the Convention on Migratory Species (UNEP):
  the Agreement on the Conservation of Small Cetaceans of the Baltic, North East Atlantic, Irish
  and North Seas (ASCOBANS, New York, 1992, in its amended text), with its Annex, the
  conservation and management plan (text, kept);
- a WTO plurilateral agreement: the Agreement on Trade in Civil Aircraft (Geneva, 1979), through
  its signature clause (without its Annex, the list of products by customs tariff heading);
- a bilateral investment treaty: the Agreement on encouragement and reciprocal protection of
  investments between the Kingdom of the Netherlands and the Republic of Namibia (Windhoek,
  2002), with the Protocol printed after it (text, kept).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed, but two: the Convention on the Law
Applicable to Agency (Hague Conference, 1978) and the Convention for the establishment of the
European and Mediterranean Plant Protection Organisation (EPPO, 1951, without its Schedules), first
chosen, printed draws of which no unit was a statement (applicable-law rules, scope, reservations
and final clauses; the organs' composition and functions, finances and final clauses), so that the
half would have held fewer statements than the data tests ask of a half (30); both were replaced,
after their draws were read and before any label was written, by MARPOL 1973 and the Agreement on
Trade in Civil Aircraft (a first run of this sampler, discarded; the other six documents' draws
are the same in both runs, each document having its own `random.Random`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS75` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u12600 … u12727, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold75.py /tmp/src75
(/tmp/src75 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout75-v1"
N = 16
FIRST_ID = 12600
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: before the UNIDO Constitution's Annexes (Annex I: the lists of States for the
# distribution of seats; Annex II: the expenses of the regular budget; Annex III: the conciliation
# procedure for disputes); after the signature clause of MARPOL 1973 (its Protocols I and II and Annexes I–VI with
# their appendices, forms and certificates) and of the Agreement on Trade in Civil Aircraft (its
# Annex, a list of products). Every other part stays in its pool (the preambles, the final clauses,
# the signature clauses, ASCOBANS's Annex on conservation and management, the Protocol to the
# Netherlands–Namibia agreement).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS75 = {
    "ilo-c022-1926": (_md("ilo-c022-1926.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets062-1968": (_md("coe-ets062-1968.md"), "convention", "binding", "Council of Europe"),
    "un-op-icescr-2008": (_md("un-op-icescr-2008.md"), "protocol", "binding", "United Nations"),
    "imo-marpol-1973": (through_signature(_md("imo-marpol-1973.md")), "convention", "binding",
                        "International Maritime Organization"),
    "unido-constitution-1979": (before("Annex", _md("unido-constitution-1979.md")), "treaty",
                                "binding", "United Nations Industrial Development Organization"),
    "ascobans-1992": (_md("ascobans-1992.md"), "treaty", "binding",
                      "United Nations Environment Programme"),
    "wto-civil-aircraft-1979": (through_signature(_md("wto-civil-aircraft-1979.md")), "treaty",
                               "binding", "World Trade Organization"),
    "nl-na-bit-2002": (_md("nl-na-bit-2002.md"), "treaty", "binding",
                       "Kingdom of the Netherlands; Republic of Namibia"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS75.items()}, units7, N)


if __name__ == "__main__":
    main()
