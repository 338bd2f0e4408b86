"""Seeded sample of a hundred-and-third held-out half (`heldout103`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 29 in
parallel with `heldout100` and `heldout102` (no treaty) and `heldout101` (treaties whose BWBV
number ends in an even digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of eight
issuers:

- an ILO convention of the League of Nations era: the Equality of Treatment (Accident
  Compensation) Convention, 1925 (No. 19), **up to its Article 12's authentic-text paragraphs**
  (without the Dutch heading "INTERNATIONALE ARBEIDSCONFERENTIE." that the reader keeps after
  them);
- a Council of Europe protocol on criminal justice: the Second Additional Protocol to the
  European Convention on Mutual Assistance in Criminal Matters (ETS 182, Strasbourg, 2001), whole
  (it ends with its signature clause; the reader gives no passage of Chapter I, Articles 1-6,
  which replace articles of the Convention);
- a United Nations disarmament convention: the Convention on the Prohibition of the Development,
  Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their
  Destruction (1972), **through its signature clause** (without the General Assembly resolution
  2826 (XXVI) the file prints after it);
- an IMO convention on ship safety: the International Convention on Load Lines, 1966, **through
  its signature clause** (without Annexes I-III, the technical regulations, zones and model
  certificates);
- a scientific organisation's constituent convention: the Convention for the International
  Council for the Exploration of the Sea (Copenhagen, 1964), whole (it ends with its final
  clause);
- a framework agreement on nuclear environmental co-operation: the Framework Agreement on a
  Multilateral Nuclear Environmental Programme in the Russian Federation (MNEPR, Stockholm, 2003),
  whole (it ends with its signature clause);
- a development bank's fund-administration agreement: the Agreement for the Administration of the
  Multilateral Investment Fund (Inter-American Development Bank, Washington, 1992), whole, with
  its Annex A (the arbitration procedure, text);
- a bilateral social-security agreement: the Agreement between the Kingdom of the Netherlands and
  Belize on the export and enforcement of social security benefits (Belmopan, 2005), whole (it
  ends with its signature clause).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items of the Load Lines Convention are not dropped); N
units per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).
The eight documents were chosen, and their cuts fixed, before the draw was printed
(`gold_readers.before`, `gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS103` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u18200 … u18327, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold103.py /tmp/src103
(/tmp/src103 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout103-v1"
N = 16
FIRST_ID = 18200
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: C19 before the Dutch heading the reader keeps after its Article 12
# ("Art. 12 ¶ 3"); the BWC and the Load Lines Convention through their signature clauses (what
# the files print after them: the BWC's commending General Assembly resolution, Load Lines'
# Annexes I-III of regulations, zones and certificates); the other five whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS103 = {
    "ilo-c019-1925": (before("Art. 12 ¶ 3", _md("ilo-c019-1925.md")), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets182-2001": (_md("coe-ets182-2001.md"), "protocol", "binding", "Council of Europe"),
    "un-bwc-1972": (through_signature(_md("un-bwc-1972.md")), "convention", "binding",
                    "United Nations"),
    "imo-load-lines-1966": (through_signature(_md("imo-load-lines-1966.md")), "convention",
                            "binding", "International Maritime Organization"),
    "ices-convention-1964": (_md("ices-convention-1964.md"), "convention", "binding",
                             "International Council for the Exploration of the Sea"),
    "mnepr-framework-2003": (_md("mnepr-framework-2003.md"), "treaty", "binding",
                             "Multilateral Nuclear Environmental Programme in the Russian "
                             "Federation"),
    "iadb-mif-administration-1992": (_md("iadb-mif-administration-1992.md"), "treaty", "binding",
                                     "Inter-American Development Bank"),
    "nl-bz-social-security-2005": (_md("nl-bz-social-security-2005.md"), "treaty", "binding",
                                   "Kingdom of the Netherlands; Belize"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS103.items()}, units34, N)


if __name__ == "__main__":
    main()
