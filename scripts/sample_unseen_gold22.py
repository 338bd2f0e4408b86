"""Seeded sample of a twenty-second held-out half (`heldout22`) for
tests/data/statements_gold_unseen.jsonl.

`heldout19` … `heldout21` wait for their measurement; a further fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 168 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, of the kinds a policy index starts from,
labelled under the protocol in the README beside the gold file, its amendment of 2 Dec 2026 and
the amendment's scope (`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on age: CESCR General Comment No. 6 (1995) on the economic,
  social and cultural rights of older persons;
- a treaty body's general comment on early childhood: CRC General Comment No. 7 (2005),
  implementing child rights in early childhood;
- a treaty body's general recommendation on conflict: CEDAW General Recommendation No. 30 (2013)
  on women in conflict prevention, conflict and post-conflict situations;
- a treaty body's general recommendation on descent: CERD General Recommendation No. 29 (2002)
  on article 1, paragraph 1 (descent);
- an ILO convention: the Employment Policy Convention, 1964 (No. 122);
- a Council of Europe agreement on access to justice: the European Agreement on the transmission
  of applications for legal aid (ETS 92, 1977);
- a UN General Assembly convention: the International Convention for the Protection of All
  Persons from Enforced Disappearance (2006);
- a Hague Conference convention: the Convention on the International Protection of Adults
  (2000).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS22` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold22.py /tmp/src22
(/tmp/src22 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout22-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS22 = {
    "cescr-gc6-1995": (_tb("ESCR-GC6-Older.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "crc-gc7-2005": (_tb("CRC-GC7-Childhood.json"), "general comment", "non-binding",
                     "UN Committee on the Rights of the Child"),
    "cedaw-gr30-2013": (_tb("CEDAW-GR30-conflict.json"), "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "cerd-gr29-2002": (_tb("CERD_GR29_descent.json"), "general recommendation", "non-binding",
                       "UN Committee on the Elimination of Racial Discrimination"),
    "ilo-c122-1964": (_md("ilo-c122-1964.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets92-1977": (_md("coe-ets92-1977.md"), "treaty", "binding", "Council of Europe"),
    "un-ced-2006": (_md("un-ced-2006.md"), "convention", "binding", "United Nations"),
    "hcch-adults-2000": (_md("hcch-adults-2000.md"), "convention", "binding",
                         "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS22.items()}, units7, N)


if __name__ == "__main__":
    main()
