"""Seeded sample of a seventy-seventh held-out half (`heldout77`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope (`statements evaluate --structure` is the figure of record)
and the floor of statements of 3 Dec 2026 (the half stands as drawn). Drawn in session 26 in
parallel with `heldout76`, `heldout78` (no treaty) and `heldout79` (treaties; other helpers), this
half takes **treaties only**, from `statengeneraal/laws-markdown`'s treaties whose BWBV number
ends in an even digit (`heldout79` takes the odd ones), of eight issuers:

- an ILO convention on seafarers: the Seafarers' Annual Leave with Pay Convention, 1976 (No. 146);
- a Council of Europe agreement: the European Agreement for the Prevention of Broadcasts
  transmitted from Stations outside National Territories (ETS 53, Strasbourg, 1965);
- a United Nations convention on the law of the sea: the Convention on the Continental Shelf
  (Geneva, 1958);
- a protocol of a UNEP regional seas convention: the Protocol concerning Co-operation in Combating
  Oil Spills in the Wider Caribbean Region (Cartagena de Indias, 1983), with its Annex (text, kept);
- a League of Nations convention: the Convention on the Execution of Foreign Arbitral Awards
  (Geneva, 1927), from its Article 1 (without its preamble, the lists of the heads of State and of
  their plenipotentiaries);
- an FAO convention: the Convention placing the International Poplar Commission within the
  framework of the Food and Agriculture Organization of the United Nations (1959);
- the constituent instrument of a UN specialized agency: the Constitution of the International
  Telecommunication Union (Geneva, 1992, as amended to the text the file prints), without its
  Annex (the definitions of terms, and what the file prints after them);
- the constituent agreement of a regional development institution: the Agreement establishing the
  Inter-American Investment Corporation (Washington, 1984), through its signature clause (without
  its Annex A, the table of subscriptions to capital shares).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS77` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u13000 … u13127, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold77.py /tmp/src77
(/tmp/src77 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import starting_at, units7  # noqa: E402

SEED = "issue14-heldout77-v1"
N = 16
FIRST_ID = 13000
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: the Arbitral Awards Convention from its Article 1 (its preamble is the list of the
# heads of State and of their plenipotentiaries, 65 of its 96 units); the ITU Constitution before
# its Annex (definitions of terms, and the passages the file prints after them); the IIC Agreement
# through its signature clause (its Annex A, the table of subscriptions). Every other part stays in
# its pool (the preambles, the final clauses, the signature clauses, the Annex of the oil-spills
# Protocol).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS77 = {
    "ilo-c146-1976": (_md("ilo-c146-1976.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets053-1965": (_md("coe-ets053-1965.md"), "treaty", "binding", "Council of Europe"),
    "un-continental-shelf-1958": (_md("un-continental-shelf-1958.md"), "convention", "binding",
                                  "United Nations"),
    "unep-oil-spills-caribbean-1983": (_md("unep-oil-spills-caribbean-1983.md"), "protocol",
                                       "binding", "United Nations Environment Programme"),
    "lon-arbitral-awards-1927": ((lambda: starting_at(_md("lon-arbitral-awards-1927.md")(),
                                                      "Art. 1")),
                                 "convention", "binding", "League of Nations"),
    "fao-poplar-commission-1959": (_md("fao-poplar-commission-1959.md"), "convention", "binding",
                                   "Food and Agriculture Organization of the United Nations"),
    "itu-constitution-1992": (before("Annex", _md("itu-constitution-1992.md")), "treaty",
                              "binding", "International Telecommunication Union"),
    "iic-agreement-1984": (through_signature(_md("iic-agreement-1984.md")), "treaty", "binding",
                           "Inter-American Investment Corporation"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS77.items()}, units7, N)


if __name__ == "__main__":
    main()
