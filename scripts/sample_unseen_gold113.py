"""Seeded sample of a hundred-and-thirteenth held-out half (`heldout113`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 31 in
parallel with `heldout112` and `heldout114` (no treaty) and `heldout115` (treaties whose BWBV
number ends in an odd digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- an ILO convention on social security for seafarers: the Seafarers' Pensions Convention, 1946
  (No. 71), whole;
- a Council of Europe convention on higher education: the European Convention on the General
  Equivalence of Periods of University Study (ETS 138, Rome, 1990), whole (it ends with its
  signature clause);
- a United Nations convention on commercial arbitration: the Convention on the Recognition and
  Enforcement of Foreign Arbitral Awards (New York, 1958), whole;
- a Universal Postal Union agreement: the Postal Payment Services Agreement (Doha, 2012), whole
  (it ends with its signature clause);
- an international organisation's founding agreement: the Agreement on the Establishment of the
  International Vaccine Institute (New York, 1996), with the Constitution appended to it (text,
  kept), **without the three amendments** the file prints after the Constitution (later
  instruments of the Institute's Board, not of the Agreement as signed);
- a World Bank Group convention: the Convention Establishing the Multilateral Investment
  Guarantee Agency (Seoul, 1985), with its Annex I (sponsorship) and Annex II (settlement of
  disputes) (text, kept), **without Schedules A and B** (Schedule A the table of members and
  their subscriptions, Schedule B the election of Directors printed after it);
- an IMO convention on marine pollution: the International Convention relating to Intervention
  on the High Seas in Cases of Oil Pollution Casualties (Brussels, 1969), with its Annex on
  conciliation and arbitration (text, kept);
- a bilateral agreement on tax information: the Agreement between the Kingdom of the Netherlands
  and Samoa on the exchange of information on tax matters (Mexico City and Apia, 2009), with its
  Protocol (personal data; text, kept), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS113` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u20200 … u20327, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold113.py /tmp/src113
(/tmp/src113 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout113-v1"
N = 16
FIRST_ID = 20200
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the IVI Agreement with its Constitution, before the amendments the
# file prints after it ("Amend. I" …); the MIGA Convention with Annexes I and II, before Schedule A
# (a table of subscriptions) and Schedule B; the other six whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS113 = {
    "ilo-c071-1946": (_md("ilo-c071-1946.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets138-1990": (_md("coe-ets138-1990.md"), "convention", "binding", "Council of Europe"),
    "un-new-york-arbitral-awards-1958": (_md("un-new-york-arbitral-awards-1958.md"),
                                         "convention", "binding", "United Nations"),
    "upu-postal-payment-2012": (_md("upu-postal-payment-2012.md"), "treaty", "binding",
                                "Universal Postal Union"),
    "ivi-establishment-1996": (before("Amend.", _md("ivi-establishment-1996.md")), "treaty",
                               "binding", "International Vaccine Institute"),
    "miga-convention-1985": (before("Schedule A", _md("miga-convention-1985.md")), "convention",
                             "binding", "Multilateral Investment Guarantee Agency"),
    "imo-intervention-1969": (_md("imo-intervention-1969.md"), "convention", "binding",
                              "International Maritime Organization"),
    "nl-ws-tiea-2009": (_md("nl-ws-tiea-2009.md"), "treaty", "binding",
                        "Kingdom of the Netherlands; Samoa"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS113.items()}, units34, N)


if __name__ == "__main__":
    main()
