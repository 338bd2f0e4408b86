"""Seeded sample of a ninety-first held-out half (`heldout91`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout88` and `heldout90` (no treaty) and `heldout89` (treaties whose BWBV number
ends in an even digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an odd digit, of eight issuers, in families the last halves
(`heldout80` … `heldout87`) did not take:

- a Hague Conference convention of private international law: the Convention on the Law
  Applicable to Agency (The Hague, 1978), whole (it ends with its signature clause);
- a convention on investment arbitration: the Convention on the Settlement of Investment Disputes
  between States and Nationals of Other States (ICSID Convention, Washington, 1965), **through its
  signature clause** (without the Report of the Executive Directors printed after it);
- a commodity agreement: the International Tropical Timber Agreement, 2006 (Geneva), **through
  its signature clause** (without its Annexes A and B, lists of members and their votes);
- a regional convention on intellectual property: the Convention on the Grant of European Patents
  (European Patent Convention, Munich, 1973, as revised in 2000), **through its signature
  clause** (without the Implementing Regulations and the Protocols printed after it);
- a regional agreement on aviation safety: the Multilateral Agreement relating to Certificates of
  Airworthiness for Imported Aircraft (Paris, 1960, European Civil Aviation Conference), **through
  its signature clause** (without its Schedule, a list of the documents to accompany an aircraft);
- a regional postal union's constituent instrument: the Convention of the Caribbean Postal Union
  (1997), **through its signature clause** (without the Detailed Regulations and the Protocol on
  privileges and immunities printed after it);
- the constituent instrument of a monetary organisation: the Articles of Agreement of the
  International Monetary Fund (Bretton Woods, 1944, as amended), **through its signature clause**
  (without its Schedules A–M: a table of quotas, transitional and technical rules);
- a bilateral agreement on visas: the Agreement between the Benelux countries and the Republic of
  Korea on the abolition of visas (Seoul, 1970), **through its signature clause** (without the
  exchange of notes printed after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS91` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u15800 … u15927, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold91.py /tmp/src91
(/tmp/src91 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout91-v1"
N = 16
FIRST_ID = 15800
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: all but the Agency Convention through their signature clauses
# (what the files print after them: the ICSID Executive Directors' report, the ITTA's lists of
# members and votes, the EPC's Implementing Regulations and Protocols, the airworthiness
# agreement's Schedule of documents, the CPU's Detailed Regulations and Protocol, the IMF's
# Schedules, the Benelux–Korea exchange of notes); the Agency Convention whole (it ends with its
# signature clause).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS91 = {
    "hcch-agency-1978": (_md("hcch-agency-1978.md"), "convention", "binding",
                         "Hague Conference on Private International Law"),
    "icsid-convention-1965": (through_signature(_md("icsid-convention-1965.md")), "convention",
                              "binding",
                              "International Centre for Settlement of Investment Disputes"),
    "itta-2006": (through_signature(_md("itta-2006.md")), "treaty", "binding",
                  "International Tropical Timber Organization"),
    "epo-epc-1973": (through_signature(_md("epo-epc-1973.md")), "convention", "binding",
                     "European Patent Organisation"),
    "ecac-airworthiness-1960": (through_signature(_md("ecac-airworthiness-1960.md")), "treaty",
                                "binding", "European Civil Aviation Conference"),
    "cpu-convention-1997": (through_signature(_md("cpu-convention-1997.md")), "convention",
                            "binding", "Caribbean Postal Union"),
    "imf-articles-1944": (through_signature(_md("imf-articles-1944.md")), "treaty", "binding",
                          "International Monetary Fund"),
    "benelux-kr-visas-1970": (through_signature(_md("benelux-kr-visas-1970.md")), "treaty",
                              "binding", "Benelux countries; Republic of Korea"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS91.items()}, units7, N)


if __name__ == "__main__":
    main()
