"""Seeded sample of a hundred-and-ninth held-out half (`heldout109`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 30 in
parallel with `heldout108` and `heldout110` (no treaty) and `heldout111` (treaties whose BWBV
number ends in an odd digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- a Council of Europe convention of criminal law: the European Convention on the
  Non-Applicability of Statutory Limitation to Crimes against Humanity and War Crimes (ETS 82,
  Strasbourg, 1974), whole (it ends with its signature clause);
- a customs classification convention: the International Convention on the Harmonized Commodity
  Description and Coding System (Customs Co-operation Council, Brussels, 1983), **through its
  signature clause** (without its Annex, the Nomenclature of sections, chapters, headings and
  notes);
- a development bank's constituent instrument: the Agreement establishing the European Bank for
  Reconstruction and Development (Paris, 1990), **through its signature clause** (without Annex
  A, the initial subscriptions, and Annex B, the election of directors);
- a defence-information agreement: the Agreement between the Parties to the North Atlantic
  Treaty for Cooperation regarding Atomic Information (Paris, 1964), whole (it ends with its
  signature clause);
- a headquarters agreement: the Agreement between the Kingdom of the Netherlands and the European
  Space Agency concerning the European Space Research and Technology Centre (ESTEC, The Hague,
  2008), **through its signature clause** (without the Explanatory note printed after it, the
  Signatories' understandings on Articles 10-18);
- a regional fisheries convention: the Fisheries Convention (London, 1964), **through its
  signature clause** (without Annex I, the coasts to which it applies, and Annex II, the
  arbitration procedure);
- a maritime-safety convention: the International Convention for the Safety of Life at Sea, 1974
  (IMO, London), **through its signature clause** (its Articles, without the Annex of
  regulations printed after them);
- a UNECE customs convention: the Customs Convention on Containers (Geneva, 1956), **through its
  signature clause** (without its Annexes 1 and 2, the technical conditions and the approval of
  containers with the form of certificate, and its Protocol of Signature).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS109` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u19400 … u19527, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold109.py /tmp/src109
(/tmp/src109 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout109-v1"
N = 16
FIRST_ID = 19400
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the HS Convention, the EBRD Agreement, the ESTEC agreement, the
# Fisheries Convention, SOLAS 1974 and the Containers Convention through their signature clauses
# (what the files print after them: the HS Nomenclature; the EBRD's Annexes A and B; the ESTEC
# agreement's Explanatory note; the Fisheries Convention's Annexes I and II; SOLAS' Annex of
# regulations; the Containers Convention's Annexes 1 and 2 and Protocol of Signature); ETS 82 and
# the NATO agreement whole (each ends with its signature clause).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS109 = {
    "coe-ets82-1974": (_md("coe-ets82-1974.md"), "convention", "binding", "Council of Europe"),
    "wco-hs-convention-1983": (through_signature(_md("wco-hs-convention-1983.md")), "convention",
                               "binding", "Customs Co-operation Council"),
    "ebrd-agreement-1990": (through_signature(_md("ebrd-agreement-1990.md")), "treaty", "binding",
                            "European Bank for Reconstruction and Development"),
    "nato-atomic-information-1964": (_md("nato-atomic-information-1964.md"), "treaty", "binding",
                                     "North Atlantic Treaty Organization"),
    "nl-esa-estec-2008": (through_signature(_md("nl-esa-estec-2008.md")), "treaty", "binding",
                          "Kingdom of the Netherlands; European Space Agency"),
    "fisheries-convention-1964": (through_signature(_md("fisheries-convention-1964.md")),
                                  "convention", "binding", "European Fisheries Conference"),
    "imo-solas-1974": (through_signature(_md("imo-solas-1974.md")), "convention", "binding",
                       "International Maritime Organization"),
    "unece-containers-1956": (through_signature(_md("unece-containers-1956.md")), "convention",
                              "binding", "UN Economic Commission for Europe"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS109.items()}, units34, N)


if __name__ == "__main__":
    main()
