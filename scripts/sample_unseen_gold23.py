"""Seeded sample of a twenty-third held-out half (`heldout23`) for
tests/data/statements_gold_unseen.jsonl.

`heldout19` … `heldout22` wait for their measurement; a further fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 176 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, of the kinds a policy index starts from,
labelled under the protocol in the README beside the gold file, its amendment of 2 Dec 2026 and
the amendment's scope (`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on the right to life: CCPR General Comment No. 36 (2018) on
  article 6;
- a treaty body's general comment on legal capacity: CRPD General Comment No. 1 (2014) on
  article 12, equal recognition before the law;
- a treaty body's general comment on food: CESCR General Comment No. 12 (1999), the right to
  adequate food;
- a treaty body's general comment on implementation: CRC General Comment No. 5 (2003), general
  measures of implementation;
- an ILO convention: the Collective Bargaining Convention, 1981 (No. 154);
- a Council of Europe convention: the Convention on the Transfer of Sentenced Persons (ETS 112,
  1983);
- a UN General Assembly convention: the Convention on the Safety of United Nations and
  Associated Personnel (1994);
- a Hague Conference convention: the Convention on the Recognition of Divorces and Legal
  Separations (1970).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS23` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold23.py /tmp/src23
(/tmp/src23 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout23-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS23 = {
    "ccpr-gc36-2018": (_tb("CCPR_GC36_life.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "crpd-gc1-2014": (_tb("CRPD_GC1_equal.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "cescr-gc12-1999": (_tb("ESCR-GC12-Food.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "crc-gc5-2003": (_tb("CRC-GC5-Implementation.json"), "general comment", "non-binding",
                     "UN Committee on the Rights of the Child"),
    "ilo-c154-1981": (_md("ilo-c154-1981.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets112-1983": (_md("coe-ets112-1983.md"), "convention", "binding", "Council of Europe"),
    "un-personnel-safety-1994": (_md("un-personnel-safety-1994.md"), "convention", "binding",
                                 "United Nations"),
    "hcch-divorces-1970": (_md("hcch-divorces-1970.md"), "convention", "binding",
                           "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS23.items()}, units7, N)


if __name__ == "__main__":
    main()
