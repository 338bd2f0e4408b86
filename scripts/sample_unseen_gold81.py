"""Seeded sample of an eighty-first held-out half (`heldout81`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 27 in
parallel with `heldout80` and `heldout82` (no treaty) and `heldout83` (treaties whose BWBV number
ends in an odd digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an even digit, of eight issuers:

- an ILO convention on occupational health: the White Lead (Painting) Convention, 1921 (No. 13);
- a Council of Europe agreement: the Agreement on the Transfer of Corpses (ETS 80, Strasbourg,
  1973), without its Appendix (the model laissez-passer, an image in the source);
- a United Nations convention on outer space: the Convention on Registration of Objects Launched
  into Outer Space (New York, 1975), through its signature clause, without the General Assembly
  resolution 3235 (XXIX) printed after it;
- a WIPO constituent instrument: the Convention Establishing the World Intellectual Property
  Organization (Stockholm, 1967, as amended in 1979);
- a regional development bank's constituent agreement: the Agreement Establishing the African
  Development Bank (Khartoum, 1963, as amended), without its Annex A (a table of subscriptions)
  and what the file prints after it (Annex B on the election of directors, and Board of
  Governors resolutions 06-79 and 07-79 with their appendices of tables);
- a bilateral investment treaty: the Agreement on Encouragement and Reciprocal Protection of
  Investments between the Kingdom of the Netherlands and the Republic of Ghana (1989);
- an IMO convention on navigation: the Convention on the International Regulations for
  Preventing Collisions at Sea, 1972 (COLREG), its articles and the Rules (Parts A-E), without
  the Rules' Annexes I-IV (technical details of lights and shapes, additional signals for fishing
  vessels, technical details of sound-signal appliances, distress signals);
- a UNECE convention on customs and transport: the International Convention on the
  Harmonization of Frontier Controls of Goods (Geneva, 1982), with its Annexes 1-9 and the two
  Appendices of Annex 8 (text, kept).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers` (`markdown`, `before`, `through_signature`; no reader added). Units are cut
by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS81` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u13800 … u13927, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold81.py /tmp/src81
(/tmp/src81 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout81-v1"
N = 16
FIRST_ID = 13800
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts: ETS 80 before its Appendix (the model laissez-passer, an image); the Registration
# Convention through its signature clause (the GA resolution printed after it left out); the
# AfDB Agreement before Annex A (a table of subscriptions; Annex B and the Board of Governors'
# resolutions printed after it left out); COLREG before the Rules' Annex I (technical annexes
# I-IV left out). The other four whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS81 = {
    "ilo-c013-1921": (_md("ilo-c013-1921.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets080-1973": (before("Appendix", _md("coe-ets080-1973.md")), "treaty", "binding",
                        "Council of Europe"),
    "un-registration-1975": (through_signature(_md("un-registration-1975.md")), "convention",
                             "binding", "United Nations"),
    "wipo-convention-1967": (_md("wipo-convention-1967.md"), "convention", "binding",
                             "World Intellectual Property Organization"),
    "afdb-agreement-1963": (before("Annex A", _md("afdb-agreement-1963.md")), "treaty", "binding",
                            "African Development Bank"),
    "nl-gh-bit-1989": (_md("nl-gh-bit-1989.md"), "treaty", "binding",
                       "Kingdom of the Netherlands; Republic of Ghana"),
    "imo-colreg-1972": (before("Annex I", _md("imo-colreg-1972.md")), "convention", "binding",
                        "International Maritime Organization"),
    "unece-frontier-controls-1982": (_md("unece-frontier-controls-1982.md"), "convention",
                                     "binding", "UN Economic Commission for Europe"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS81.items()}, units7, N)


if __name__ == "__main__":
    main()
