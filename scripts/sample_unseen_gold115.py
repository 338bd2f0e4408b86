"""Seeded sample of a hundred-and-fifteenth held-out half (`heldout115`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 31 in
parallel with `heldout112` and `heldout114` (no treaty) and `heldout113` (treaties whose BWBV
number ends in an even digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of eight
issuers:

- an ILO convention of the first session: the Unemployment Convention, 1919 (No. 2), whole;
- a Council of Europe convention on associations: the European Convention on the Recognition of
  the Legal Personality of International Non-Governmental Organisations (ETS 124, Strasbourg,
  1986), whole (it ends with its signature clause);
- a United Nations space-law convention: the Convention on International Liability for Damage
  Caused by Space Objects (1972), **through its signature clause** (without the General
  Assembly resolution the file prints after it as an Annex);
- a UNECE customs/tax convention: the Convention on the Taxation of Road Vehicles for Private Use
  in International Traffic (Geneva, 1956), **through its signature clause** (without the Protocol
  of Signature printed after it);
- an IAEA agreement: the Agreement on the Privileges and Immunities of the International Atomic
  Energy Agency (1959), whole (the Board of Governors' approving resolution that opens it, then
  the Agreement);
- an ITU regional agreement: the Regional Agreement for the European Broadcasting Area
  (Stockholm, 1961), whole (the file prints the Agreement's twelve articles, without the plans);
- a fisheries convention of a North Atlantic conference: the Convention on Conduct of Fishing
  Operations in the North Atlantic (London, 1967), **through its signature clause** (without
  Annexes I-VI and their Appendix: the area's co-ordinates, marking, signal and operating rules);
- a European Civil Aviation Conference agreement: the International Agreement on the Procedure
  for the Establishment of Tariffs for Scheduled Air Services (Paris, 1967), **through its
  signature clause** (without what the file prints after it: the Strasbourg conference's 1954
  recommendation establishing ECAC, another instrument).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).
Two documents of the first choice were replaced after the draw was printed and before any unit
was labelled, because they are in the reference corpus (corpus/manifest.csv), which the first
checks (by title in the README and gold) missed: the ILO Equality of Treatment (Social Security)
Convention, 1962 (No. 118, `ilo-c118-1962`) and the European Convention on the Legal Status of
Migrant Workers (ETS 93, `coe-migrant-workers-1977`, also in the reference gold); the Unemployment
Convention, 1919 and ETS 124 took their places (the other six documents' draws, seeded by their
own doc_id, are unchanged).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS115` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u20600 … u20727, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold115.py /tmp/src115
(/tmp/src115 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout115-v1"
N = 16
FIRST_ID = 20600
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the space-liability, road-vehicle-tax, North Atlantic fishing and
# air-tariffs instruments through their signature clauses (what the files print after them: a
# General Assembly resolution, a Protocol of Signature, six technical annexes, an ECAC founding
# recommendation); the other four whole (C2 and ETS 124 replacing C118 and ETS 93, see above).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS115 = {
    "ilo-c002-1919": (_md("ilo-c002-1919.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets124-1986": (_md("coe-ets124-1986.md"), "convention", "binding", "Council of Europe"),
    "un-space-liability-1972": (through_signature(_md("un-space-liability-1972.md")),
                                "convention", "binding", "United Nations"),
    "unece-road-vehicles-private-tax-1956": (through_signature(
        _md("unece-road-vehicles-private-tax-1956.md")), "convention", "binding",
        "UN Economic Commission for Europe"),
    "iaea-privileges-immunities-1959": (_md("iaea-privileges-immunities-1959.md"), "treaty",
                                        "binding", "International Atomic Energy Agency"),
    "itu-european-broadcasting-1961": (_md("itu-european-broadcasting-1961.md"), "treaty",
                                       "binding", "International Telecommunication Union"),
    "north-atlantic-fishing-operations-1967": (through_signature(
        _md("north-atlantic-fishing-operations-1967.md")), "convention", "binding",
        "Conference on Fishing Operations in the North Atlantic (London, 1967)"),
    "ecac-air-tariffs-1967": (through_signature(_md("ecac-air-tariffs-1967.md")), "treaty",
                              "binding", "European Civil Aviation Conference"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS115.items()}, units34, N)


if __name__ == "__main__":
    main()
