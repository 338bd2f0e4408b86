"""Seeded sample of a forty-third held-out half (`heldout43`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout42` (another helper): this half takes its eight documents
from ILO, Council of Europe, United Nations and UN agencies' (UNECE, UNEP, IMO, UNCITRAL)
conventions and one other multilateral convention, and no general comment, of eight issuers:

- an ILO convention: the Labour Inspection (Agriculture) Convention, 1969 (No. 129);
- a Council of Europe convention: the European Convention on the Protection of the
  Archaeological Heritage (Revised) (ETS 143, Valletta, 1992);
- a United Nations convention on the environment: the United Nations Framework Convention on
  Climate Change (New York, 1992) (cut before its Annexes I and II, lists of Parties);
- a UNECE convention on transport: the Convention on Road Traffic (Vienna, 1968), as amended
  (cut before its annexes: signs, registration, distinguishing signs, technical conditions of
  vehicles and the model driving permits);
- a UNEP convention on the environment: the Stockholm Convention on Persistent Organic
  Pollutants (2001), as amended (cut before its annexes: lists of chemicals, exemptions, source
  categories and procedures);
- an IMO convention: the International Convention on Salvage, 1989, with the common
  understanding of the Conference printed after it (text, kept);
- a UNCITRAL convention: the United Nations Convention on Contracts for the International Sale
  of Goods (Vienna, 1980);
- a multilateral convention on wildlife trade: the Convention on International Trade in
  Endangered Species of Wild Fauna and Flora (CITES, Washington, 1973), as amended (cut after its
  signature clause: the Appendices I, II and III with their interpretation, and Appendix IV, are
  lists; the reader's locators give Articles XVI–XXV as "Appendix III, …").

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS43` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u6200 … u6327, in the
order printed (`FIRST_ID`; `heldout42`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold43.py /tmp/src43
(/tmp/src43 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout43-v1"
N = 16
FIRST_ID = 6200
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts: the annexes ("Annex …") of the UNFCCC (lists of Parties), of the Convention on Road
# Traffic (signs, registration, technical conditions, model permits) and of the Stockholm
# Convention (lists of chemicals, source categories, procedures) (`before`); CITES after its
# signature clause, whose Appendices (their interpretation and the lists of species) and
# Appendix IV follow it (`through_signature`).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS43 = {
    "ilo-c129-1969": (_md("ilo-c129-1969.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets143-1992": (_md("coe-ets143-1992.md"), "convention", "binding", "Council of Europe"),
    "unfccc-1992": (before("Annex", _md("unfccc-1992.md")), "convention", "binding",
                    "United Nations"),
    "unece-road-traffic-1968": (before("Annex", _md("unece-road-traffic-1968.md")), "convention",
                                "binding", "UN Economic Commission for Europe"),
    "unep-stockholm-2001": (before("Annex", _md("unep-stockholm-2001.md")), "convention",
                            "binding", "United Nations Environment Programme"),
    "imo-salvage-1989": (_md("imo-salvage-1989.md"), "convention", "binding",
                         "International Maritime Organization"),
    "uncitral-cisg-1980": (_md("uncitral-cisg-1980.md"), "convention", "binding",
                           "United Nations Commission on International Trade Law (UNCITRAL)"),
    "cites-1973": (through_signature(_md("cites-1973.md")), "convention", "binding",
                   "Convention on International Trade in Endangered Species of Wild Fauna and "
                   "Flora (CITES)"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS43.items()}, units7, N)


if __name__ == "__main__":
    main()
