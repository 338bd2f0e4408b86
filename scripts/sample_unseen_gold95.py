"""Seeded sample of a ninety-fifth held-out half (`heldout95`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout92` and `heldout94` (no treaty) and `heldout93` (treaties whose BWBV number
ends in an even digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an odd digit, of eight issuers:

- a United Nations convention on the law of treaties: the Vienna Convention on the Law of
  Treaties (Vienna, 1969), **through its signature clause** (without the Annex on conciliation
  and the Final Act of the Conference, with its declarations and resolutions, printed after it);
- a disarmament convention founding its organisation: the Convention on the Prohibition of the
  Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction
  (Paris, 1993), **through its signature clause** (without its Annex on Chemicals, Verification
  Annex and Confidentiality Annex);
- a Council of Europe convention on culture: the European Convention on Cinematographic
  Co-production (ETS 147, Strasbourg, 1992), **through its signature clause** (without its
  Appendix I, the documents of an application, and Appendix II, a table of points);
- a convention on trade in precious metals: the Convention on the Control and Marking of Articles
  of Precious Metals (Hallmarking Convention, Vienna, 1972, as amended), **through its signature
  clause** (without its Annexes I and II and their Appendices: technical definitions, standards
  of fineness, test methods, marks);
- a bilateral agreement on tax information: the Agreement between the Kingdom of the Netherlands
  and Belize for the exchange of information on tax matters (2010), **through its signature
  clause** (without the Protocol printed after it);
- a satellite search-and-rescue programme's agreement: the International COSPAS-SARSAT Programme
  Agreement (Paris, 1988), **through its signature clause** (without the model letters of
  notification of association printed after it);
- an agreement on an international court's immunities: the Agreement on the Privileges and
  Immunities of the International Criminal Court (New York, 2002), whole (it ends with its
  signature clause);
- a bilateral agreement on road transport: the Agreement between the Kingdom of the Netherlands
  and Ireland on the international carriage of goods by road (Dublin, 1983), **through its
  signature clause** (without the implementing Protocol printed after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that the Chemical Weapons Convention's numbered items "(1) Any
chemical listed in Schedule 1 …" are not dropped); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS95` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u16600 … u16727, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold95.py /tmp/src95
(/tmp/src95 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout95-v1"
N = 16
FIRST_ID = 16600
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: all but the ICC agreement through their signature clauses (what
# the files print after them: the VCLT's Annex on conciliation and the Conference's Final Act,
# the CWC's three Annexes, ETS 147's Appendices, the Hallmarking Convention's technical Annexes
# and Appendices, the Protocols of the two bilateral agreements, COSPAS-SARSAT's model letters of
# notification); the ICC agreement whole (it ends with its signature clause).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS95 = {
    "un-vclt-1969": (through_signature(_md("un-vclt-1969.md")), "convention", "binding",
                     "United Nations"),
    "opcw-cwc-1993": (through_signature(_md("opcw-cwc-1993.md")), "convention", "binding",
                      "Organisation for the Prohibition of Chemical Weapons"),
    "coe-ets147-1992": (through_signature(_md("coe-ets147-1992.md")), "convention", "binding",
                        "Council of Europe"),
    "hallmarking-1972": (through_signature(_md("hallmarking-1972.md")), "convention", "binding",
                         "Hallmarking Convention"),
    "nl-bz-tiea-2010": (through_signature(_md("nl-bz-tiea-2010.md")), "treaty", "binding",
                        "Kingdom of the Netherlands; Belize"),
    "cospas-sarsat-1988": (through_signature(_md("cospas-sarsat-1988.md")), "treaty", "binding",
                           "International COSPAS-SARSAT Programme"),
    "icc-apic-2002": (_md("icc-apic-2002.md"), "treaty", "binding",
                      "International Criminal Court"),
    "nl-ie-road-goods-1983": (through_signature(_md("nl-ie-road-goods-1983.md")), "treaty",
                              "binding", "Kingdom of the Netherlands; Ireland"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS95.items()}, units34, N)


if __name__ == "__main__":
    main()
