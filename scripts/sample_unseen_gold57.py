"""Seeded sample of a fifty-seventh held-out half (`heldout57`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout56` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, UN agencies' and UN regional commissions' instruments,
a UNESCO regional convention, a protocol of humanitarian law and a treaty of governments), and
no general comment, declaration, national law, EU act or judgment, of eight issuers:

- an ILO convention: the Minimum Age (Non-Industrial Employment) Convention, 1932 (No. 33);
- a Council of Europe protocol on social rights: the Additional Protocol to the European Social
  Charter (ETS 128, Strasbourg, 1988), with its appendix;
- a UNEP-administered protocol on biodiversity: the Nagoya Protocol on Access to Genetic
  Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization to the
  Convention on Biological Diversity (2010), without its annex (a list of monetary and
  non-monetary benefits);
- a UNECE protocol on the environment: the Protocol on Pollutant Release and Transfer Registers
  (Kiev, 2003), without its annexes (tables of activities and pollutants, and lists);
- an ITU convention: the Tampere Convention on the Provision of Telecommunication Resources for
  Disaster Mitigation and Relief Operations (1998);
- a protocol of international humanitarian law: the Protocol Additional to the Geneva Conventions
  of 12 August 1949, and relating to the Protection of Victims of Non-International Armed
  Conflicts (Protocol II, 1977);
- a treaty of governments: the Antarctic Treaty (Washington, 1959);
- a UNESCO regional convention: the Regional Convention on the Recognition of Studies, Diplomas
  and Degrees in Higher Education in Latin America and the Caribbean (Mexico City, 1974).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS57` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u9000 … u9127, in the
order printed (`FIRST_ID`; `heldout56`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold57.py /tmp/src57
(/tmp/src57 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout57-v1"
N = 16
FIRST_ID = 9000
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts: the Nagoya Protocol's annex (a list of monetary and non-monetary benefits) and the
# PRTR Protocol's annexes (tables of activities and pollutants, lists of data and methods).
# Every other part stays in its pool (the preambles, the final clauses, the signature clauses,
# the appendix of the Additional Protocol to the European Social Charter).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS57 = {
    "ilo-c033-1932": (_md("ilo-c033-1932.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets128-1988": (_md("coe-ets128-1988.md"), "protocol", "binding", "Council of Europe"),
    "unep-nagoya-2010": (before("Annex", _md("unep-nagoya-2010.md")), "protocol", "binding",
                         "United Nations Environment Programme"),
    "unece-prtr-2003": (before("Annex", _md("unece-prtr-2003.md")), "protocol", "binding",
                        "UN Economic Commission for Europe"),
    "itu-tampere-1998": (_md("itu-tampere-1998.md"), "convention", "binding",
                         "International Telecommunication Union"),
    "geneva-ap2-1977": (_md("geneva-ap2-1977.md"), "protocol", "binding",
                        "Diplomatic Conference on the Reaffirmation and Development of "
                        "International Humanitarian Law Applicable in Armed Conflicts"),
    "antarctic-treaty-1959": (_md("antarctic-treaty-1959.md"), "treaty", "binding",
                              "Governments of Argentina, Australia, Belgium, Chile, France, "
                              "Japan, New Zealand, Norway, South Africa, the USSR, the United "
                              "Kingdom and the United States"),
    "unesco-recognition-lac-1974": (_md("unesco-recognition-lac-1974.md"), "convention",
                                    "binding", "UNESCO"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS57.items()}, units7, N)


if __name__ == "__main__":
    main()
