"""Seeded sample of an eighty-ninth held-out half (`heldout89`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout88` and `heldout90` (no treaty) and `heldout91` (treaties whose BWBV number
ends in an odd digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an even digit, of eight issuers, in families the last halves
did not take:

- an ICAO agreement on the financing of air navigation: the Agreement on the Joint Financing of
  Certain Air Navigation Services in Greenland (Geneva, 1956), **through its signature clause**
  (without its Annexes I-III: the list of services, the inventory of stations in tables and the
  method of assessing costs);
- a WIPO classification agreement: the Nice Agreement Concerning the International Classification
  of Goods and Services for the Purposes of the Registration of Marks (1957, as revised at
  Stockholm in 1967 and at Geneva in 1977, the Geneva Act), whole;
- the constituent instrument of an organisation of a farm sector: the Agreement establishing the
  International Organisation of Vine and Wine (Paris, 2001), **through its signature clause**
  (without its Annexes 1 and 2: the method of determining each member's position in the sector,
  its votes and its contributions);
- a Council of Europe convention on medicines: the Convention on the Elaboration of a European
  Pharmacopoeia (ETS 50, Strasbourg, 1964), whole;
- a bilateral agreement on energy security: the Agreement between the Kingdom of the Netherlands
  and the Republic of Slovenia on the reciprocal holding of stocks of crude oil and/or petroleum
  products (The Hague, 2007), whole;
- the constituent instrument of an organisation for the rule of law: the Agreement regarding the
  International Development Law Organization (Rome, 1988), whole;
- a United Nations convention on the law of treaties: the Vienna Convention on Succession of
  States in respect of Treaties (Vienna, 1978), whole, with its Annex on conciliation (text);
- a convention of private maritime law: the International Convention relating to the Arrest of
  Sea-going Ships (Brussels, 1952), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS89` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u15400 … u15527, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold89.py /tmp/src89
(/tmp/src89 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout89-v1"
N = 16
FIRST_ID = 15400
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the Greenland agreement and the OIV Agreement through their
# signature clauses (annexes that are lists, tables and methods of assessment: services, stations,
# costs; members' positions, votes and contributions); the other six whole (each ends with its
# signature clause or closing formula, the Vienna Convention with its Annex on conciliation).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS89 = {
    "icao-greenland-joint-financing-1956": (
        through_signature(_md("icao-greenland-joint-financing-1956.md")), "treaty", "binding",
        "International Civil Aviation Organization"),
    "wipo-nice-1977": (_md("wipo-nice-1977.md"), "treaty", "binding",
                       "World Intellectual Property Organization"),
    "oiv-agreement-2001": (through_signature(_md("oiv-agreement-2001.md")), "treaty", "binding",
                           "International Organisation of Vine and Wine"),
    "coe-ets050-1964": (_md("coe-ets050-1964.md"), "convention", "binding", "Council of Europe"),
    "nl-si-oil-stocks-2007": (_md("nl-si-oil-stocks-2007.md"), "treaty", "binding",
                              "Kingdom of the Netherlands; Republic of Slovenia"),
    "idlo-agreement-1988": (_md("idlo-agreement-1988.md"), "treaty", "binding",
                            "International Development Law Organization"),
    "un-succession-treaties-1978": (_md("un-succession-treaties-1978.md"), "convention",
                                    "binding", "United Nations"),
    "brussels-arrest-ships-1952": (_md("brussels-arrest-ships-1952.md"), "convention", "binding",
                                   "Diplomatic Conference on Maritime Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS89.items()}, units7, N)


if __name__ == "__main__":
    main()
