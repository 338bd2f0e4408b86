"""Seeded sample of a hundred-and-first held-out half (`heldout101`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 29 in
parallel with `heldout100` and `heldout102` (no treaty) and `heldout103` (treaties whose BWBV
number ends in an odd digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- a United Nations convention on privileges and immunities: the Convention on the Privileges and
  Immunities of the Specialized Agencies (New York, 1947), whole as the reader gives it (its
  English text ends with section 41; the file prints no annex in English);
- a UNIDROIT protocol of private law: the Protocol to the Convention on International Interests
  in Mobile Equipment on Matters specific to Aircraft Equipment (Cape Town, 2001), **through its
  signature clause** (without its Annex, the form of an irrevocable de-registration and export
  request authorisation);
- a UNECE agreement on vehicle regulations: the Agreement concerning the Establishing of Global
  Technical Regulations for Wheeled Vehicles, Equipment and Parts (Geneva, 1998), whole, with its
  Annexes A (definitions, text) and B (the Executive Committee's composition and rules of
  procedure, text);
- a development bank's constituent instrument: the Agreement Establishing the Asian Development
  Bank (Manila, 1965), **through its signature clause** (without Annexes A and B, the tables of
  subscriptions and of constituencies);
- an IMO convention on liability and compensation: the International Convention on the
  Establishment of an International Fund for Compensation for Oil Pollution Damage, 1992 (the
  1992 Fund Convention), whole (it ends with its signature clause);
- a protocol of international humanitarian law: the Protocol additional to the Geneva
  Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem
  (Protocol III, Geneva, 2005), **before its Annex** (the emblem: a picture and image numbers,
  no text);
- an ILO convention: the Certification of Ships' Cooks Convention, 1946 (No. 69), whole;
- a Council of Europe convention: the European Convention for the Peaceful Settlement of
  Disputes (ETS 23, Strasbourg, 1957), whole (it ends with its signature clause).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`
and `gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS101` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u17800 … u17927, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold101.py /tmp/src101
(/tmp/src101 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout101-v1"
N = 16
FIRST_ID = 17800
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the Aircraft Equipment Protocol and the ADB Agreement through their
# signature clauses (what the files print after them: the Protocol's Annex, a form; the ADB's
# Annexes A and B, tables of subscriptions and constituencies); Protocol III before its Annex
# (locators "Protocol, …": the emblem, a picture and image numbers); the other five whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS101 = {
    "un-specialized-agencies-1947": (_md("un-specialized-agencies-1947.md"), "convention",
                                     "binding", "United Nations"),
    "unidroit-aircraft-protocol-2001": (through_signature(
                                            _md("unidroit-aircraft-protocol-2001.md")),
                                        "protocol", "binding",
                                        "International Institute for the Unification of Private "
                                        "Law (UNIDROIT)"),
    "unece-gtr-1998": (_md("unece-gtr-1998.md"), "treaty", "binding",
                       "UN Economic Commission for Europe"),
    "adb-agreement-1965": (through_signature(_md("adb-agreement-1965.md")), "treaty", "binding",
                           "Asian Development Bank"),
    "imo-fund-1992": (_md("imo-fund-1992.md"), "convention", "binding",
                      "International Maritime Organization"),
    "geneva-ap3-2005": (before("Protocol", _md("geneva-ap3-2005.md")), "protocol", "binding",
                        "Diplomatic Conference (Geneva, 2005)"),
    "ilo-c069-1946": (_md("ilo-c069-1946.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets23-1957": (_md("coe-ets23-1957.md"), "convention", "binding", "Council of Europe"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS101.items()}, units34, N)


if __name__ == "__main__":
    main()
