"""Seeded sample of a sixty-ninth held-out half (`heldout69`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout68` (another helper), this half takes **treaties only**,
of eight issuers:

- an ILO convention on fishermen's accommodation: the Accommodation of Crews (Fishermen)
  Convention, 1966 (No. 126);
- a Council of Europe agreement on social security: the European Interim Agreement on Social
  Security other than Schemes for Old Age, Invalidity and Survivors (ETS 13, Paris, 1953), through
  its signature clause (cut before its Annexes I–III: lists of each Party's schemes, of the
  agreements Article 3 applies to, and of reservations);
- a United Nations convention on crime: the International Convention for the Suppression of
  Terrorist Bombings (New York, 1997);
- an IMO convention on oil pollution: the International Convention on Civil Liability for Oil
  Pollution Damage, 1992 (the 1969 Convention as amended by its 1992 Protocol, with the
  Protocol's final clauses), without its Annex (the model certificate of insurance);
- an ICAO convention on air carriage: the Convention for the Unification of Certain Rules for
  International Carriage by Air (Montreal, 1999);
- a UNECE convention on road carriage: the Convention on the Contract for the International
  Carriage of Goods by Road (CMR, Geneva, 1956), with its Protocol of Signature;
- an UNCTAD convention on shipping: the Convention on a Code of Conduct for Liner Conferences
  (Geneva, 1974), with its annexed Model Rules of Procedure for International Mandatory
  Conciliation (text, kept);
- an International Energy Agency agreement: the Agreement on an International Energy Program
  (Paris, 1974), through its signature clause (without its Annex: the technical definitions of
  the oil stocks counted towards the emergency reserve).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS69` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u11400 … u11527, in the
order printed (`FIRST_ID`, set so as not to clash with `heldout68`, drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold69.py /tmp/src69
(/tmp/src69 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout69-v1"
N = 16
FIRST_ID = 11400
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: before ETS 13's Annexes I-III (lists of schemes, of agreements and of reservations;
# the reader locates its signature clause as "Art. 16 ¶ 2", so the cut is made at "Annex"), after
# the signature clause of the International Energy Program (its Annex: technical definitions of
# oil stocks), and before the CLC's Annex (the model certificate of insurance, a form). Every other part stays in its pool (the preambles, the final clauses, the signature
# clauses, the CMR's Protocol of Signature, the Liner Code's annexed Model Rules of conciliation).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS69 = {
    "ilo-c126-1966": (_md("ilo-c126-1966.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets13-1953": (before("Annex", _md("coe-ets13-1953.md")), "treaty", "binding",
                       "Council of Europe"),
    "un-terrorist-bombings-1997": (_md("un-terrorist-bombings-1997.md"), "convention", "binding",
                                   "United Nations"),
    "imo-clc-1992": (before("Annex", _md("imo-clc-1992.md")), "convention", "binding",
                     "International Maritime Organization"),
    "icao-montreal-1999": (_md("icao-montreal-1999.md"), "convention", "binding",
                           "International Civil Aviation Organization"),
    "unece-cmr-1956": (_md("unece-cmr-1956.md"), "convention", "binding",
                       "UN Economic Commission for Europe"),
    "unctad-liner-code-1974": (_md("unctad-liner-code-1974.md"), "convention", "binding",
                               "UN Conference on Trade and Development"),
    "iea-iep-1974": (through_signature(_md("iea-iep-1974.md")), "treaty", "binding",
                     "International Energy Agency"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS69.items()}, units7, N)


if __name__ == "__main__":
    main()
