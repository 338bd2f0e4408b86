"""Seeded sample of a seventy-ninth held-out half (`heldout79`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 26 in
parallel with `heldout76` and `heldout78` (no treaty) and `heldout77` (treaties whose BWBV number
ends in an even digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an odd digit, of eight issuers:

- an ILO convention on seafarers: the Repatriation of Seamen Convention, 1926 (No. 23);
- a Council of Europe convention on financial markets: the Convention on Insider Trading
  (ETS 130, Strasbourg, 1989);
- a United Nations agreement on the law of the sea: the Agreement for the Implementation of the
  Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating
  to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks
  (New York, 1995), with its Annexes I (data) and II (precautionary reference points) (text, kept);
- a Hague Conference convention: the Convention on the Law Applicable to Maintenance Obligations
  (The Hague, 1973);
- a Customs Co-operation Council convention: the Customs Convention on the Temporary Importation
  of Scientific Equipment (Brussels, 1968);
- an ICAO convention on air law: the Convention, Supplementary to the Warsaw Convention, for the
  Unification of Certain Rules Relating to International Carriage by Air Performed by a Person
  Other than the Contracting Carrier (Guadalajara, 1961);
- a WIPO agreement: the Strasbourg Agreement concerning the International Patent Classification
  (1971);
- a regional constituent instrument: the Convention on the European Forest Institute (Joensuu,
  2003).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed: **no cut** (every part the reader gives
stays in its pool: preambles, final clauses, signature clauses and the Fish Stocks Agreement's two
Annexes, which are text).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS79` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u13400 … u13527, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold79.py /tmp/src79
(/tmp/src79 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout79-v1"
N = 16
FIRST_ID = 13400
SRC = source_folder(__file__)
_md = markdown(SRC)

# no cuts: every part of each file that the reader gives stays in its pool.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS79 = {
    "ilo-c023-1926": (_md("ilo-c023-1926.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets130-1989": (_md("coe-ets130-1989.md"), "convention", "binding", "Council of Europe"),
    "un-fish-stocks-1995": (_md("un-fish-stocks-1995.md"), "treaty", "binding", "United Nations"),
    "hcch-maintenance-law-1973": (_md("hcch-maintenance-law-1973.md"), "convention", "binding",
                                  "Hague Conference on Private International Law"),
    "wco-scientific-equipment-1968": (_md("wco-scientific-equipment-1968.md"), "convention",
                                      "binding", "Customs Co-operation Council"),
    "icao-guadalajara-1961": (_md("icao-guadalajara-1961.md"), "convention", "binding",
                              "International Civil Aviation Organization"),
    "wipo-ipc-strasbourg-1971": (_md("wipo-ipc-strasbourg-1971.md"), "treaty", "binding",
                                 "World Intellectual Property Organization"),
    "efi-convention-2003": (_md("efi-convention-2003.md"), "convention", "binding",
                            "European Forest Institute"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS79.items()}, units7, N)


if __name__ == "__main__":
    main()
