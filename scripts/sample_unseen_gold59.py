"""Seeded sample of a fifty-ninth held-out half (`heldout59`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout58` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, United Nations, IMO, IAEA, ICAO, UNESCO instruments
and a regional protocol of the Wider Caribbean), and no general comment, declaration, national
law, EU act or judgment, of eight issuers:

- an ILO convention: the Weekly Rest (Commerce and Offices) Convention, 1957 (No. 106);
- a Council of Europe protocol on human rights: Protocol No. 4 to the Convention for the
  Protection of Human Rights and Fundamental Freedoms (ETS 46, Strasbourg, 1963);
- a United Nations convention on health and drugs: the Convention on Psychotropic Substances
  (Vienna, 1971), without its Schedules (lists of substances);
- an IMO convention on crime at sea: the Convention for the Suppression of Unlawful Acts against
  the Safety of Maritime Navigation, as amended by its Protocol of 2005 (the consolidated text),
  without its annex (a list of treaties);
- an IAEA convention: the Convention on the Physical Protection of Nuclear Material (Vienna and
  New York, 1980), without its annexes (levels of protection and a table of categories);
- an ICAO convention: the Convention on the Marking of Plastic Explosives for the Purpose of
  Detection (Montreal, 1991), without its technical annex (descriptions of explosives, detection
  agents and their concentrations);
- a regional protocol on the environment, under UNEP's Caribbean Environment Programme: the
  Protocol concerning Specially Protected Areas and Wildlife to the Convention for the Protection
  and Development of the Marine Environment of the Wider Caribbean Region (Kingston, 1990),
  without its annexes (lists of species);
- a UNESCO agreement: the Agreement on the Importation of Educational, Scientific and Cultural
  Materials (the Florence Agreement, Lake Success, 1950), without its annexes (lists of
  materials) and the protocol printed after them.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS59` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u9400 … u9527, in the
order printed (`FIRST_ID`; `heldout58`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold59.py /tmp/src59
(/tmp/src59 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout59-v1"
N = 16
FIRST_ID = 9400
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts: the Schedules of the Psychotropic Substances Convention (lists of substances, which
# the reader numbers "Art. 33 ¶ 2" on, after the signature clause), the annexes of the SUA
# Convention (a list of treaties), of the Physical Protection Convention (levels of protection
# and a table of categories), of the Plastic Explosives Convention (its technical annex:
# descriptions, detection agents, concentrations), of the SPAW Protocol (lists of species) and of
# the Florence Agreement (lists of materials, and the protocol printed after them). Every other
# part stays in its pool (the preambles, the final clauses, the signature clauses).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS59 = {
    "ilo-c106-1957": (_md("ilo-c106-1957.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets46-1963": (_md("coe-ets46-1963.md"), "protocol", "binding", "Council of Europe"),
    "un-psychotropic-1971": (before("Art. 33 ¶", _md("un-psychotropic-1971.md")), "convention",
                             "binding", "United Nations"),
    "imo-sua-2005": (before("Annex", _md("imo-sua-2005.md")), "convention", "binding",
                     "International Maritime Organization"),
    "iaea-cppnm-1980": (before("Annex", _md("iaea-cppnm-1980.md")), "convention", "binding",
                        "International Atomic Energy Agency"),
    "icao-plastic-explosives-1991": (before("Part I", _md("icao-plastic-explosives-1991.md")),
                                     "convention", "binding",
                                     "International Civil Aviation Organization"),
    "unep-spaw-1990": (before("Annex", _md("unep-spaw-1990.md")), "protocol", "binding",
                       "United Nations Environment Programme"),
    "unesco-florence-1950": (before("Annex", _md("unesco-florence-1950.md")), "treaty",
                             "binding", "UNESCO"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS59.items()}, units7, N)


if __name__ == "__main__":
    main()
