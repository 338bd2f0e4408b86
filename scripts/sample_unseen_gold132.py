"""Seeded sample of a hundred-and-thirty-second held-out half (`heldout132`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, nor in the session's list of used or claimed
documents, each of a different issuer, of the kinds a policy index starts from where the pool
allows, labelled under the protocol in the README beside the gold file, its amendment of 2 Dec
2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as drawn;
`statements evaluate --structure` is the figure of record). Drawn in session 39 in parallel with
`heldout131` (treaties whose BWBV number ends in an even digit), this half takes **treaties
only**, from `statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of
eight issuers:

- an ILO protocol on forced labour: the Protocol of 2014 to the Forced Labour Convention, 1930
  (Geneva, 2014), whole (it ends with its Article 12);
- a Council of Europe convention on social security: the European Convention on Social Security
  (ETS 78, Paris, 1972), **through its signature clause** (without Annexes I-VII, the lists of
  legislation, of bilateral conventions and of special provisions for the application of
  national laws);
- a UN human-rights protocol: the Second Optional Protocol to the International Covenant on
  Civil and Political Rights, aiming at the abolition of the death penalty (New York, 1989),
  whole (it ends with its Article 11);
- an IMO convention on passengers at sea: the Athens Convention relating to the Carriage of
  Passengers and their Luggage by Sea, 2002 (the consolidated text of the 1974 Convention and its
  2002 Protocol), **through its signature clause** (without its Annex, the model certificate of
  insurance);
- the constituent instrument of a development bank: the Articles of Agreement of the
  International Bank for Reconstruction and Development (Bretton Woods, 1944, as amended),
  **through its signature clause** (without Schedule A, subscriptions, and Schedule B, election
  of executive directors);
- a UNEP regional-seas convention: the Convention for the Protection and Development of the
  Marine Environment of the Wider Caribbean Region (Cartagena de Indias, 1983), **through its
  signature clause** (without its Annex on arbitration);
- a bilateral agreement on education exchanges: the Agreement between the Kingdom of the
  Netherlands and the United States of America for the financing of certain education exchange
  programs (The Hague, 1972), whole (it ends with its signature clause);
- a bilateral social-security agreement: the Agreement between the Government of the Kingdom of
  the Netherlands and the Government of the Republic of South Africa on Social Security (The
  Hague, 2001), **through its signature clause** (one passage the reader locates after it left
  out).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS132` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23424 … u23551, in the
order printed (`FIRST_ID`, set so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold132.py /tmp/src132
(/tmp/src132 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout132-v1"
N = 16
FIRST_ID = 23424
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: ETS 78, the Athens Convention, the IBRD Articles, the Cartagena
# Convention and the Netherlands-South Africa agreement through their signature clauses (annexes,
# schedules and a stray passage after them); the other three whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS132 = {
    "ilo-p029-2014": (_md("ilo-p029-2014.md"), "protocol", "binding",
                      "International Labour Organization"),
    "coe-ets78-1972": (through_signature(_md("coe-ets78-1972.md")), "convention", "binding",
                       "Council of Europe"),
    "un-iccpr-op2-1989": (_md("un-iccpr-op2-1989.md"), "protocol", "binding",
                          "UN General Assembly"),
    "imo-athens-2002": (through_signature(_md("imo-athens-2002.md")), "convention", "binding",
                        "International Maritime Organization"),
    "ibrd-articles-1944": (through_signature(_md("ibrd-articles-1944.md")), "treaty", "binding",
                           "International Bank for Reconstruction and Development"),
    "unep-wider-caribbean-1983": (through_signature(_md("unep-wider-caribbean-1983.md")),
                                  "convention", "binding",
                                  "United Nations Environment Programme"),
    "nl-us-education-exchange-1972": (_md("nl-us-education-exchange-1972.md"), "treaty",
                                      "binding",
                                      "Kingdom of the Netherlands; United States of America"),
    "nl-za-social-security-2001": (through_signature(_md("nl-za-social-security-2001.md")),
                                   "treaty", "binding",
                                   "Kingdom of the Netherlands; Republic of South Africa"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS132.items()}, units34, N)


if __name__ == "__main__":
    main()
