"""Seeded sample of a hundred-and-eleventh held-out half (`heldout111`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 30 in
parallel with `heldout108` and `heldout110` (no treaty) and `heldout109` (treaties whose BWBV
number ends in an even digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of eight
issuers:

- a WIPO classification agreement: the Vienna Agreement Establishing an International
  Classification of the Figurative Elements of Marks (Vienna, 1973), whole (it ends with its
  signature clause);
- a Council of Europe convention on animal welfare: the European Convention for the Protection
  of Animals kept for Farming Purposes (ETS 87, Strasbourg, 1976), whole (it ends with its
  signature clause);
- a United Nations disarmament convention: the Convention on the Prohibition of Military or Any
  Other Hostile Use of Environmental Modification Techniques (ENMOD, 1976), with its Annex on the
  Consultative Committee of Experts (text, kept);
- an IMO protocol on marine pollution: the Protocol on Preparedness, Response and Co-operation to
  Pollution Incidents by Hazardous and Noxious Substances, 2000 (OPRC-HNS Protocol), with its
  Annex on the reimbursement of costs of assistance (text, kept);
- a NATO agreement: the NATO Agreement on the Communication of Technical Information for Defence
  Purposes (Brussels, 1970), whole (it ends with its signature clause);
- a bilateral agreement on prisons: the Agreement between the Kingdom of the Netherlands and the
  Kingdom of Norway on the use of a prison in the Netherlands for the purpose of the execution of
  Norwegian sentences (Veenhuizen, 2015), whole (it ends with its signature clause);
- a trade-facilitation convention of the GATT Contracting Parties: the International Convention to
  facilitate the Importation of Commercial Samples and Advertising Material (Geneva, 1952), whole
  (it ends with its signature clause);
- a UNECE convention on frontier crossings: the International Convention to facilitate the
  Crossing of Frontiers for Passengers and Baggage carried by Rail (Geneva, 1952), **through its
  signature clause** (without its Annex, the standard customs declaration form, which the file
  prints as image numbers).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).
One document of the first choice was replaced after the draw was printed and before any unit was
labelled, because its draw was unusable as text: the League of Nations Convention on the Stamp
Laws in connection with Bills of Exchange and Promissory Notes (Geneva, 1930), whose long
preamble is the list of plenipotentiaries (9 of its 16 drawn units were fragments of that list);
the Commercial Samples Convention took its place (the other seven documents' draws, seeded by
their own doc_id, are unchanged).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS111` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u19800 … u19927, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold111.py /tmp/src111
(/tmp/src111 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout111-v1"
N = 16
FIRST_ID = 19800
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the rail-frontiers convention through its signature clause (what
# the file prints after it: the Annex, a customs declaration form given as image numbers); ENMOD
# and the OPRC-HNS Protocol with their annexes (text); the other five whole (the Commercial
# Samples Convention replacing the stamp-laws convention, see above).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS111 = {
    "wipo-vienna-figurative-1973": (_md("wipo-vienna-figurative-1973.md"), "treaty", "binding",
                                    "World Intellectual Property Organization"),
    "coe-ets087-1976": (_md("coe-ets087-1976.md"), "convention", "binding", "Council of Europe"),
    "un-enmod-1976": (_md("un-enmod-1976.md"), "convention", "binding", "United Nations"),
    "imo-oprc-hns-2000": (_md("imo-oprc-hns-2000.md"), "protocol", "binding",
                          "International Maritime Organization"),
    "nato-technical-information-1970": (_md("nato-technical-information-1970.md"), "treaty",
                                        "binding", "North Atlantic Treaty Organization"),
    "nl-no-prison-2015": (_md("nl-no-prison-2015.md"), "treaty", "binding",
                          "Kingdom of the Netherlands; Kingdom of Norway"),
    "gatt-commercial-samples-1952": (_md("gatt-commercial-samples-1952.md"), "convention",
                                     "binding", "Contracting Parties to the General Agreement on "
                                     "Tariffs and Trade"),
    "unece-rail-frontiers-passengers-1952": (through_signature(
        _md("unece-rail-frontiers-passengers-1952.md")), "convention", "binding",
        "UN Economic Commission for Europe"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS111.items()}, units34, N)


if __name__ == "__main__":
    main()
