"""Seeded sample of an eighty-seventh held-out half (`heldout87`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout84` and `heldout86` (no treaty) and `heldout85` (treaties whose BWBV number
ends in an even digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an odd digit, of eight issuers, in families the last halves
did not take:

- a Council of Europe convention on tax co-operation: the Convention on Mutual Administrative
  Assistance in Tax Matters (ETS 127, Strasbourg, 1988, drawn up with the OECD), as amended by
  its Protocol of 2010, **through its signature clause** (without its Annexes A, B and C: lists
  of the taxes, competent authorities and nationals' definitions the Parties declare);
- a United Nations treaty of international criminal justice: the Rome Statute of the
  International Criminal Court (Rome, 17 July 1998), whole (its preamble, its 128 articles and
  its signature clause);
- the constituent instrument of a nuclear agency: the Statute of the International Atomic Energy
  Agency (New York, 1956, as amended), **through its signature clause** (without its Annex I on
  the Preparatory Commission);
- a UNEP (CMS) agreement on wildlife: the Agreement on the Conservation of Populations of European
  Bats (EUROBATS, London, 1991), **through its signature clause** (without its Annex 1, a list of
  species);
- a regional agreement on aviation: the Air Transport Agreement among the Member States and
  Associate Members of the Association of Caribbean States (Panama City, 2004), whole;
- a bilateral treaty on an international waterway: the Treaty concerning the Permanent
  Neutrality and Operation of the Panama Canal (United States of America and Republic of Panama,
  Washington, 1977), with its Annex A (definitions, text), **cut before its Annex B** (a number,
  no text);
- the constituent instrument of an organisation for democracy: the Agreement Establishing the
  International Institute for Democracy and Electoral Assistance (Stockholm, 1995, as amended),
  whole;
- an ILO convention on migration: the Inspection of Emigrants Convention, 1926 (No. 21), **cut
  before its last passage** ("Art. 15 ¶ 2", the Dutch heading of the translation printed after
  the English text).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.before`,
`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS87` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u15000 … u15127, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold87.py /tmp/src87
(/tmp/src87 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout87-v1"
N = 16
FIRST_ID = 15000
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: ETS 127, the IAEA Statute and EUROBATS through their signature
# clauses (annexes that are lists: taxes and authorities, the Preparatory Commission, species);
# the Panama Canal treaty before its Annex B (a number, no text); C21 before the Dutch heading
# the reader keeps as its last passage; the Rome Statute, the ACS agreement and the IDEA
# agreement whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS87 = {
    "coe-ets127-1988": (through_signature(_md("coe-ets127-1988.md")), "convention", "binding",
                        "Council of Europe"),
    "un-rome-statute-1998": (_md("un-rome-statute-1998.md"), "treaty", "binding",
                             "United Nations"),
    "iaea-statute-1956": (through_signature(_md("iaea-statute-1956.md")), "treaty", "binding",
                          "International Atomic Energy Agency"),
    "unep-eurobats-1991": (through_signature(_md("unep-eurobats-1991.md")), "treaty", "binding",
                           "United Nations Environment Programme"),
    "acs-air-transport-2004": (_md("acs-air-transport-2004.md"), "treaty", "binding",
                               "Association of Caribbean States"),
    "us-pa-panama-neutrality-1977": (before("Annex B", _md("us-pa-panama-neutrality-1977.md")),
                                     "treaty", "binding",
                                     "United States of America; Republic of Panama"),
    "idea-agreement-1995": (_md("idea-agreement-1995.md"), "treaty", "binding",
                            "International Institute for Democracy and Electoral Assistance"),
    "ilo-c021-1926": (before("Art. 15 ¶ 2", _md("ilo-c021-1926.md")), "convention", "binding",
                      "International Labour Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS87.items()}, units7, N)


if __name__ == "__main__":
    main()
