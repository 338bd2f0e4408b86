"""Seeded sample of a thirty-ninth held-out half (`heldout39`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout38` (another helper): this half takes its eight documents
from ILO, Council of Europe, UN agencies' (UNESCO, IMO, FAO, ICAO) and private-international-law
(Hague Conference, UNIDROIT) instruments, and no general comment, of eight issuers:

- an ILO convention: the Night Work of Young Persons (Industry) Convention (Revised), 1948
  (No. 90);
- a Council of Europe convention: the European Convention on Extradition (ETS 24, Paris, 1957);
- a UNESCO protocol: the Second Protocol to the Hague Convention of 1954 for the Protection of
  Cultural Property in the Event of Armed Conflict (The Hague, 1999);
- an IMO convention: the Nairobi International Convention on the Removal of Wrecks, 2007
  (cut before its annex, the model certificate of insurance and its explanatory notes: a form);
- a Hague Conference convention: the Convention on the Recognition and Enforcement of Foreign
  Judgments in Civil and Commercial Matters (The Hague, 1971) (cut before the Supplementary
  Protocol of the same day printed after it: another instrument, which the reader's locators
  take for a preamble);
- an FAO convention: the International Plant Protection Convention (new revised text, Rome,
  1997) (cut before its annex, the model phytosanitary certificates: forms);
- an ICAO convention: the Convention on International Civil Aviation (Chicago, 1944), as
  amended;
- a UNIDROIT convention: the Convention on International Interests in Mobile Equipment (Cape
  Town, 2001).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS39` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u5400 … u5527, in the
order printed (`FIRST_ID`; `heldout38`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold39.py /tmp/src39
(/tmp/src39 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout39-v1"
N = 16
FIRST_ID = 5400
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts (`before`): the Nairobi Convention's and the IPPC's annexes ("Annex …": a
# model certificate and its notes, model phytosanitary certificates) are forms, not text; the Hague
# Convention's file goes on with the Supplementary Protocol of 1 February 1971 ("Protocol, …"), a
# separate instrument.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS39 = {
    "ilo-c090-1948": (_md("ilo-c090-1948.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets24-1957": (_md("coe-ets24-1957.md"), "convention", "binding", "Council of Europe"),
    "unesco-hague-second-protocol-1999": (_md("unesco-hague-second-protocol-1999.md"),
                                          "protocol", "binding", "UNESCO"),
    "imo-wreck-removal-2007": (before("Annex", _md("imo-wreck-removal-2007.md")), "convention",
                               "binding", "International Maritime Organization"),
    "hcch-foreign-judgments-1971": (before("Protocol", _md("hcch-foreign-judgments-1971.md")),
                                    "convention", "binding",
                                    "Hague Conference on Private International Law"),
    "fao-ippc-1997": (before("Annex", _md("fao-ippc-1997.md")), "convention", "binding",
                      "Food and Agriculture Organization of the United Nations"),
    "icao-chicago-1944": (_md("icao-chicago-1944.md"), "convention", "binding",
                          "International Civil Aviation Organization"),
    "unidroit-cape-town-2001": (_md("unidroit-cape-town-2001.md"), "convention", "binding",
                                "International Institute for the Unification of Private Law "
                                "(UNIDROIT)"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS39.items()}, units7, N)


if __name__ == "__main__":
    main()
