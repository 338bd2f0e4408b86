"""Seeded sample of a ninety-seventh held-out half (`heldout97`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout96` and `heldout98` (no treaty) and `heldout99` (treaties whose BWBV number
ends in an odd digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an even digit, of eight issuers:

- a Customs Co-operation Council convention: the Customs Convention concerning Facilities for the
  Importation of Goods for Display or Use at Exhibitions, Fairs, Meetings or Similar Events
  (Brussels, 1961), whole (it ends with its signature clause);
- an IAEA protocol on nuclear liability: the Joint Protocol relating to the Application of the
  Vienna Convention and the Paris Convention (Vienna, 1988), whole (it ends with its signature
  clause);
- an agreement on an international tribunal's immunities: the Agreement on the Privileges and
  Immunities of the International Tribunal for the Law of the Sea (New York, 1997), whole (it
  ends with its signature clause);
- a scientific organisation's founding agreement: the Agreement establishing the European
  Molecular Biology Conference (Geneva, 1969), **through its signature clause** (without its
  Annex, a scale of contributions);
- a Council of Europe agreement on health: the European Agreement on the Exchange of Therapeutic
  Substances of Human Origin (ETS 26, Paris, 1958), with its Protocol (rules of labelling,
  packing and the substances' definitions and requirements), **before its Annexes** (model
  labels and forms) and Appendix;
- a League of Nations convention: the International Convention for the Suppression of
  Counterfeiting Currency (Geneva, 1929), whole (it ends with its signature clause);
- an ILO convention: the Night Work (Women) Convention (Revised), 1948 (No. 89), whole;
- a regional development bank's constituent agreement: the Agreement Establishing the Bank for
  Economic Cooperation and Development in the Middle East and North Africa (1996), **before its
  Schedule A** (initial subscriptions, a table, and their payment) and the Annex A on
  arbitration printed after it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items such as the Counterfeiting Convention's "(1)" …
"(5)" of Article 3 are not dropped); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS97` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u17000 … u17127, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold97.py /tmp/src97
(/tmp/src97 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout97-v1"
N = 16
FIRST_ID = 17000
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the EMBC agreement through its signature clause (its Annex, a
# scale of contributions, left out); ETS 26 with its Protocol, before its Annexes (model labels
# and forms) and Appendix; the MENA Bank agreement before its Schedule A (subscriptions, a table,
# and their payment) and the Annex A on arbitration after it; the other five whole (four end with
# their signature clauses, the ILO convention with its Article 20).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS97 = {
    "wco-exhibitions-1961": (_md("wco-exhibitions-1961.md"), "convention", "binding",
                             "Customs Co-operation Council"),
    "iaea-joint-protocol-1988": (_md("iaea-joint-protocol-1988.md"), "protocol", "binding",
                                 "International Atomic Energy Agency"),
    "itlos-privileges-1997": (_md("itlos-privileges-1997.md"), "treaty", "binding",
                              "International Tribunal for the Law of the Sea"),
    "embc-agreement-1969": (through_signature(_md("embc-agreement-1969.md")), "treaty", "binding",
                            "European Molecular Biology Conference"),
    "coe-ets26-1958": (before("Annex", _md("coe-ets26-1958.md")), "treaty", "binding",
                       "Council of Europe"),
    "lon-counterfeiting-1929": (_md("lon-counterfeiting-1929.md"), "convention", "binding",
                                "League of Nations"),
    "ilo-c089-1948": (_md("ilo-c089-1948.md"), "convention", "binding",
                      "International Labour Organization"),
    "menabank-1996": (before("Schedule A", _md("menabank-1996.md")), "treaty", "binding",
                      "Bank for Economic Cooperation and Development in the Middle East and "
                      "North Africa"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS97.items()}, units34, N)


if __name__ == "__main__":
    main()
