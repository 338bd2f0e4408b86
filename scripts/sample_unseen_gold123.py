"""Seeded sample of a hundred-and-twenty-third held-out half (`heldout123`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 31 in
parallel with `heldout120` and `heldout122` (no treaty) and `heldout121` (treaties whose BWBV
number ends in an even digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of eight
issuers:

- an ILO convention: the Workmen's Compensation (Agriculture) Convention, 1921 (No. 12), whole;
- a Council of Europe convention on private law: the Convention on the Establishment of a Scheme
  of Registration of Wills (ETS 77, Basle, 1972), whole (it ends with its signature clause);
- a United Nations outer-space agreement: the Agreement on the Rescue of Astronauts, the Return
  of Astronauts and the Return of Objects Launched into Outer Space (1968), **through its
  signature clause** (the reader lets a few passages of the Dutch translation printed after it
  through, under the locators "Art. 10 ¶ 2" …);
- a UNECE transport agreement: the Agreement on the International Carriage of Perishable
  Foodstuffs and on the Special Equipment to be used for such Carriage (ATP, Geneva, 1970),
  **through its signature clause** (without Annexes 1 to 3, the technical definitions, test
  methods and temperature tables);
- a constituent instrument of a European intergovernmental organisation: the Convention for the
  establishment of a European Organisation for the Exploitation of Meteorological Satellites
  (EUMETSAT, Geneva, 1983, as amended), **through its signature clause** (without Annexes I and
  II);
- a League of Nations convention: the Convention and Statute on the International Regime of
  Maritime Ports (Geneva, 1923), **before its Annex** (the annexed articles of the Statute on the
  International Regime of Railways, another instrument, and the Protocol of Signature);
- a bilateral tax-information agreement: the Agreement between the Kingdom of the Netherlands and
  the Isle of Man for the exchange of information relating to tax matters (2005), whole (it ends
  with its signature clause);
- a bilateral agreement with a UN programme: the Agreement between the Kingdom of the Netherlands
  and the United Nations Environment Programme concerning the Coordination Office of the Global
  Programme of Action for the Protection of the Marine Environment from Land-based Activities
  (The Hague, 2002), **through its signature clause** (without its Annex).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS123` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22200 … u22327, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold123.py /tmp/src123
(/tmp/src123 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout123-v1"
N = 16
FIRST_ID = 22200
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the Rescue Agreement, the ATP, the EUMETSAT Convention and the
# Netherlands-UNEP agreement through their signature clauses (what the reader gives after them:
# Dutch passages, technical annexes, annexes); the Maritime Ports Convention and Statute before
# its Annex (the Railways articles and the Protocol of Signature); the other three whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS123 = {
    "ilo-c12-1921": (_md("ilo-c12-1921.md"), "convention", "binding",
                     "International Labour Organization"),
    "coe-ets77-1972": (_md("coe-ets77-1972.md"), "convention", "binding", "Council of Europe"),
    "un-rescue-agreement-1968": (through_signature(_md("un-rescue-agreement-1968.md")),
                                 "treaty", "binding", "United Nations"),
    "unece-atp-1970": (through_signature(_md("unece-atp-1970.md")), "treaty", "binding",
                       "UN Economic Commission for Europe"),
    "eumetsat-convention-1983": (through_signature(_md("eumetsat-convention-1983.md")),
                                 "convention", "binding",
                                 "European Organisation for the Exploitation of Meteorological "
                                 "Satellites"),
    "lon-maritime-ports-1923": (before("Annex", _md("lon-maritime-ports-1923.md")),
                                "convention", "binding", "League of Nations"),
    "nl-im-tiea-2005": (_md("nl-im-tiea-2005.md"), "treaty", "binding",
                        "Kingdom of the Netherlands; Isle of Man"),
    "nl-unep-gpa-office-2002": (through_signature(_md("nl-unep-gpa-office-2002.md")), "treaty",
                                "binding",
                                "Kingdom of the Netherlands; United Nations Environment Programme"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS123.items()}, units34, N)


if __name__ == "__main__":
    main()
