"""Seeded sample of a hundred-and-nineteenth held-out half (`heldout119`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 31 in
parallel with `heldout116` and `heldout118` (no treaty) and `heldout117` (treaties whose BWBV
number ends in an even digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of eight
issuers:

- an ILO convention: the Labour Statistics Convention, 1985 (No. 160), whole (it ends with its
  signature clause);
- a Council of Europe convention on local and regional authorities: the European Outline
  Convention on Transfrontier Co-operation between Territorial Communities or Authorities
  (ETS 106, Madrid, 1980), **through its signature clause** (without the Appendix of model
  inter-state agreements and outline agreements, contracts and statutes, which are drafts
  offered to the Parties, not the Convention's provisions);
- a United Nations law-of-the-sea convention: the Convention on Fishing and Conservation of the
  Living Resources of the High Seas (Geneva, 1958), whole (it ends with its signature clause);
- an FAO constituent instrument: the Constitution of the European Commission for the Control of
  Foot-and-Mouth Disease (Rome, 1953, as amended), **before its Appendix** (the file prints
  under "Appendix I" only the Dutch note that it has lapsed);
- a League of Nations protocol of the Hague codification conference: the Protocol relating to
  Military Obligations in Certain Cases of Double Nationality (The Hague, 1930), whole;
- a UNESCO constituent instrument: the Statutes of the International Centre for the Study of the
  Preservation and Restoration of Cultural Property (ICCROM, adopted by UNESCO's General
  Conference, 1956), whole;
- a World Bank trust-fund agreement: the Onchocerciasis Fund Agreement 1992 (Washington),
  **through its signature clause** (without the Memorandum of Agreement on the Onchocerciasis
  Control Programme and its appendices, which the file prints after it: another instrument);
- a bilateral investment treaty: the Agreement on encouragement and reciprocal protection of
  investment between the Kingdom of the Netherlands and Bosnia and Herzegovina (Sarajevo, 1998),
  **through its signature clause** (without the Protocol printed after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS119` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u21400 … u21527, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold119.py /tmp/src119
(/tmp/src119 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout119-v1"
N = 16
FIRST_ID = 21400
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: ETS 106, the Onchocerciasis Fund Agreement and the Netherlands-
# Bosnia agreement through their signature clauses (what the files print after them: the model
# agreements, the Memorandum of Agreement with its appendices, the Protocol); the foot-and-mouth
# Constitution before its lapsed Appendix; the other four whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS119 = {
    "ilo-c160-1985": (_md("ilo-c160-1985.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets106-1980": (through_signature(_md("coe-ets106-1980.md")), "convention", "binding",
                        "Council of Europe"),
    "un-high-seas-fishing-1958": (_md("un-high-seas-fishing-1958.md"), "convention", "binding",
                                  "United Nations"),
    "fao-foot-and-mouth-commission-1953": (before("Appendix", _md(
        "fao-foot-and-mouth-commission-1953.md")), "treaty", "binding",
        "Food and Agriculture Organization of the United Nations"),
    "lon-double-nationality-military-1930": (_md("lon-double-nationality-military-1930.md"),
                                             "protocol", "binding", "League of Nations"),
    "unesco-iccrom-statutes-1956": (_md("iccrom-statutes-1956.md"), "treaty", "binding",
                                    "UNESCO"),
    "wb-onchocerciasis-fund-1992": (through_signature(_md("onchocerciasis-fund-1992.md")),
                                    "treaty", "binding",
                                    "International Bank for Reconstruction and Development"),
    "nl-ba-bit-1998": (through_signature(_md("nl-ba-bit-1998.md")), "treaty", "binding",
                       "Kingdom of the Netherlands; Bosnia and Herzegovina"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS119.items()}, units34, N)


if __name__ == "__main__":
    main()
