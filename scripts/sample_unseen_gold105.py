"""Seeded sample of a hundred-and-fifth held-out half (`heldout105`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 29 in
parallel with `heldout104` and `heldout106` (no treaty) and `heldout107` (treaties whose BWBV
number ends in an odd digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- an ILO convention of the League of Nations era: the Minimum Wage-Fixing Machinery Convention,
  1928 (No. 26), **up to its Article 11** (without the Dutch heading "INTERNATIONALE
  ARBEIDSCONFERENTIE." that the reader keeps after it);
- a Council of Europe agreement on health co-operation: the European Agreement on the Exchange of
  Tissue-Typing Reagents (ETS 84, Strasbourg, 1974), **through its signature clause** (without
  its Protocol and the Protocol's Annex, the technical specifications of the reagents);
- a United Nations disarmament convention: the Convention on Prohibitions or Restrictions on the
  Use of Certain Conventional Weapons which may be deemed to be Excessively Injurious or to have
  Indiscriminate Effects (CCW, Geneva, 1980), whole as the file holds it (the Convention, without
  its annexed Protocols, which the file does not print);
- an ICAO protocol on aviation security: the Protocol for the Suppression of Unlawful Acts of
  Violence at Airports Serving International Civil Aviation (Montreal, 1988), whole (it ends with
  its signature clause);
- a scientific organisation's privileges protocol: the Protocol on the Privileges and Immunities
  of the European Organization for Nuclear Research (CERN, Geneva, 2004), whole (it ends with its
  signature clause);
- a satellite organisation's constituent convention: the Convention establishing the European
  Telecommunications Satellite Organization EUTELSAT (Paris, 1982, as amended 1999), **through
  its signature clause** (without Annexes A and B);
- a court-establishing agreement of EU Member States: the Agreement on a Unified Patent Court
  (Brussels, 2013), **through its signature clause** (without Annex I, the Court's Statute, and
  Annex II);
- a bilateral criminal-justice convention: the Convention on the transfer of sentenced persons
  between the Kingdom of the Netherlands and the Republic of Cuba (Havana, 2013), whole (it ends
  with its signature clause).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.before`,
`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS105` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u18600 … u18727, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold105.py /tmp/src105
(/tmp/src105 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout105-v1"
N = 16
FIRST_ID = 18600
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: C26 before the Dutch heading the reader keeps after its Article 11
# ("Art. 11 ¶ 2"); ETS 84, EUTELSAT and the UPC Agreement through their signature clauses (what
# the files print after them: ETS 84's Protocol and its Annex of reagent specifications,
# EUTELSAT's Annexes A and B, the UPC's Statute and Annex II); the other four whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS105 = {
    "ilo-c026-1928": (before("Art. 11 ¶ 2", _md("ilo-c026-1928.md")), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets084-1974": (through_signature(_md("coe-ets084-1974.md")), "treaty", "binding",
                        "Council of Europe"),
    "un-ccw-1980": (_md("un-ccw-1980.md"), "convention", "binding", "United Nations"),
    "icao-airports-protocol-1988": (_md("icao-airports-protocol-1988.md"), "protocol", "binding",
                                    "International Civil Aviation Organization"),
    "cern-privileges-protocol-2004": (_md("cern-privileges-protocol-2004.md"), "protocol",
                                      "binding", "European Organization for Nuclear Research"),
    "eutelsat-convention-1982": (through_signature(_md("eutelsat-convention-1982.md")),
                                 "convention", "binding",
                                 "European Telecommunications Satellite Organization"),
    "upc-agreement-2013": (through_signature(_md("upc-agreement-2013.md")), "treaty",
                           "binding", "Contracting Member States of the European Union"),
    "nl-cu-sentenced-persons-2013": (_md("nl-cu-sentenced-persons-2013.md"), "convention",
                                     "binding", "Kingdom of the Netherlands; Republic of Cuba"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS105.items()}, units34, N)


if __name__ == "__main__":
    main()
