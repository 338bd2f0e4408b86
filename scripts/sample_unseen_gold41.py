"""Seeded sample of a forty-first held-out half (`heldout41`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout40` (another helper): this half takes its eight documents
from ILO, Council of Europe, United Nations, UN agencies' (WHO, UNEP, IMO, UNESCO) and regional
treaties, and no general comment, of eight issuers:

- an ILO convention: the Vocational Rehabilitation and Employment (Disabled Persons) Convention,
  1983 (No. 159);
- a Council of Europe convention: the European Convention for the Prevention of Torture and
  Inhuman or Degrading Treatment or Punishment (ETS 126, Strasbourg, 1987), as amended by its
  Protocols No. 1 and No. 2, with its annex on privileges and immunities (text, kept);
- a United Nations convention on crime: the United Nations Convention against Transnational
  Organized Crime (New York, 2000);
- a WHO protocol: the Protocol to Eliminate Illicit Trade in Tobacco Products (Seoul, 2012), to
  the WHO Framework Convention on Tobacco Control;
- a UNEP convention on the environment: the Basel Convention on the Control of Transboundary
  Movements of Hazardous Wastes and their Disposal (1989), as amended (cut before its annexes:
  lists of wastes, characteristics and operations, and the arbitration and other annexes after
  them);
- an IMO convention: the International Convention on Oil Pollution Preparedness, Response and
  Co-operation, 1990 (OPRC), with its annex on the reimbursement of costs of assistance (cut
  before the Conference's resolution and its list of references printed after the annex: other
  texts);
- a regional treaty: the Treaty for the Prohibition of Nuclear Weapons in Latin America
  (Tlatelolco, 1967);
- a UNESCO convention: the Universal Copyright Convention as revised at Paris on 24 July 1971
  (cut before the appended Declaration relating to Article XVII and the Resolution concerning
  Article XI, which the reader's locators give as "Annex, Preamble, para. N").

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS41` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u5800 … u5927, in the
order printed (`FIRST_ID`; `heldout40`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold41.py /tmp/src41
(/tmp/src41 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout41-v1"
N = 16
FIRST_ID = 5800
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts (`before`): the Basel Convention's annexes ("Annex …": lists of wastes,
# characteristics and disposal operations); what the OPRC file prints after its annex ("Annex,
# para. 4 ¶ 2" on: the heading of a list of references, the Conference's resolution adopting it,
# and the list); the Universal Copyright Convention's appended Declaration and Resolution ("Annex,
# Preamble, …").
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS41 = {
    "ilo-c159-1983": (_md("ilo-c159-1983.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets126-1987": (_md("coe-ets126-1987.md"), "convention", "binding", "Council of Europe"),
    "un-untoc-2000": (_md("un-untoc-2000.md"), "convention", "binding", "United Nations"),
    "who-itp-2012": (_md("who-itp-2012.md"), "protocol", "binding", "World Health Organization"),
    "unep-basel-1989": (before("Annex", _md("unep-basel-1989.md")), "convention", "binding",
                        "United Nations Environment Programme"),
    "imo-oprc-1990": (before("Annex, para. 4 ¶ 2", _md("imo-oprc-1990.md")), "convention",
                      "binding", "International Maritime Organization"),
    "opanal-tlatelolco-1967": (_md("opanal-tlatelolco-1967.md"), "treaty", "binding",
                               "Agency for the Prohibition of Nuclear Weapons in Latin America "
                               "and the Caribbean (OPANAL)"),
    "unesco-ucc-1971": (before("Annex", _md("unesco-ucc-1971.md")), "convention", "binding",
                        "UNESCO"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS41.items()}, units7, N)


if __name__ == "__main__":
    main()
