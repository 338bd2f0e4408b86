"""Seeded sample of a seventy-first held-out half (`heldout71`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout70` (another helper), this half takes **treaties only**,
of eight issuers:

- an ILO convention on compensation: the Workmen's Compensation (Accidents) Convention, 1925
  (No. 17);
- a Council of Europe convention on animal welfare in science: the European Convention for the
  Protection of Vertebrate Animals used for Experimental and other Scientific Purposes (ETS 123,
  Strasbourg, 1986, as amended by its Protocol), through its signature clause (without its
  Appendices A and B: guidelines for accommodation and care, and statistical tables);
- a United Nations treaty on outer space: the Agreement governing the Activities of States on the
  Moon and other Celestial Bodies (New York, 1979);
- a Customs Co-operation Council convention on education: the Customs Convention on the Temporary
  Importation of Pedagogic Material (Brussels, 1970), through its signature clause (without its
  Annex, the list of pedagogic material);
- an IMO convention on maritime liability: the International Convention on Liability and
  Compensation for Damage in connection with the Carriage of Hazardous and Noxious Substances by
  Sea (HNS, London, 1996), without its Annexes (model certificate, rules of the HNS Fund's
  accounts and what follows them);
- a UNECE customs convention: the Customs Convention on the International Transport of Goods
  under cover of TIR Carnets (TIR Convention, Geneva, 1975), through its signature clause
  (without its Annexes: the carnet model, technical regulations, explanatory notes);
- a treaty of the Energy Charter Conference: the Energy Charter Treaty (Lisbon, 1994), through its
  signature clause (without its annexes, the Final Act's understandings, decisions and the
  Protocol on Energy Efficiency printed after it);
- a WIPO treaty: the Patent Cooperation Treaty (Washington, 1970), through its signature clause
  (without the Regulations under the PCT printed after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed, but one: the Slavery Convention (League
of Nations, Geneva, 1926), first chosen, printed a draw whose units were the names of the heads of
State and plenipotentiaries its preamble lists (82 of its 105 units are preamble), and was
replaced, before any unit was labelled, by the pedagogic-material convention (a first run of this
sampler, discarded).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS71` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u11800 … u11927, in the
order printed (`FIRST_ID`, set so as not to clash with `heldout70`, drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold71.py /tmp/src71
(/tmp/src71 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout71-v1"
N = 16
FIRST_ID = 11800
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: after the signature clause of ETS 123 (its Appendices A and B: guidelines for the
# accommodation and care of animals, and statistical tables), of the TIR Convention (its annexes:
# the carnet model, technical regulations for road vehicles and containers, explanatory notes), of
# the Energy Charter Treaty (its annexes, lists of goods and of reservations, the Final Act's
# understandings and the Protocol on Energy Efficiency), of the PCT (the Regulations under the
# Treaty) and of the pedagogic-material convention (its Annex: the list of material); before the
# HNS Convention's Annexes (the model certificate of insurance and what the file prints after it).
# Every other part stays in its pool (the preambles, the final clauses, the signature clauses).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS71 = {
    "ilo-c017-1925": (_md("ilo-c017-1925.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets123-1986": (through_signature(_md("coe-ets123-1986.md")), "convention", "binding",
                        "Council of Europe"),
    "un-moon-agreement-1979": (_md("un-moon-agreement-1979.md"), "treaty", "binding",
                               "United Nations"),
    "wco-pedagogic-material-1970": (through_signature(_md("wco-pedagogic-material-1970.md")),
                                    "convention", "binding", "Customs Co-operation Council"),
    "imo-hns-1996": (before("Annex", _md("imo-hns-1996.md")), "convention", "binding",
                     "International Maritime Organization"),
    "unece-tir-1975": (through_signature(_md("unece-tir-1975.md")), "convention", "binding",
                       "UN Economic Commission for Europe"),
    "ect-1994": (through_signature(_md("ect-1994.md")), "treaty", "binding",
                 "Energy Charter Conference"),
    "wipo-pct-1970": (through_signature(_md("wipo-pct-1970.md")), "treaty", "binding",
                      "World Intellectual Property Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS71.items()}, units7, N)


if __name__ == "__main__":
    main()
