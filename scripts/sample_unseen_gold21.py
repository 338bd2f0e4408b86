"""Seeded sample of a twenty-first held-out half (`heldout21`) for
tests/data/statements_gold_unseen.jsonl.

`heldout19` and `heldout20` wait for their measurement; a further fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 160 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, of the kinds a policy index starts from,
labelled under the protocol in the README beside the gold file, its amendment of 2 Dec 2026 and
the amendment's scope (`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on housing: CESCR General Comment No. 4 (1991) on the right to
  adequate housing (art. 11(1));
- a treaty body's general comment on disability: CRPD General Comment No. 2 (2014) on
  accessibility (art. 9);
- a treaty body's general recommendation on age: CEDAW General Recommendation No. 27 (2010) on
  older women and the protection of their human rights;
- a treaty body's general comment on participation: CRC General Comment No. 12 (2009) on the
  right of the child to be heard;
- an ILO convention: the Workers with Family Responsibilities Convention, 1981 (No. 156);
- a Council of Europe convention on education: the European Convention on the Academic
  Recognition of University Qualifications (ETS 32, 1959);
- a UN convention on the family: the Convention on the Recovery Abroad of Maintenance (New York,
  1956);
- a UNESCO instrument on education: the Protocol to the Agreement on the Importation of
  Educational, Scientific and Cultural Materials (Nairobi, 1976).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS21` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold21.py /tmp/src21
(/tmp/src21 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout21-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS21 = {
    "cescr-gc4-1991": (_tb("ESCR-GC4-Housing.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "crpd-gc2-2014": (_tb("CRPD_GC2_accessibility.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "cedaw-gr27-2010": (_tb("CEDAW-GR27-older_women.json"), "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "crc-gc12-2009": (_tb("CRC-GC12-Heard.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "ilo-c156-1981": (_md("ilo-c156-1981.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets32-1959": (_md("coe-ets32-1959.md"), "treaty", "binding", "Council of Europe"),
    "un-maintenance-abroad-1956": (_md("un-maintenance-abroad-1956.md"), "convention", "binding",
                                   "United Nations"),
    "unesco-nairobi-protocol-1976": (_md("unesco-nairobi-protocol-1976.md"), "protocol",
                                     "binding", "UNESCO"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS21.items()}, units7, N)


if __name__ == "__main__":
    main()
