"""Seeded sample of a twenty-sixth held-out half (`heldout26`) for
tests/data/statements_gold_unseen.jsonl.

`heldout25` is fresh; a further fresh half is drawn from eight documents that are neither in the
reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among the 200 documents
already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight different issuers,
of the kinds a policy index starts from, labelled under the protocol in the README beside the
gold file, its amendment of 2 Dec 2026 and the amendment's scope (`statements evaluate
--structure` is the figure of record):

- a treaty body's general recommendation on violence: CEDAW General Recommendation No. 19 (1992),
  violence against women (with a lettered list of specific recommendations);
- a treaty body's general comment on violence against children: CRC General Comment No. 13
  (2011), the right of the child to freedom from all forms of violence (lettered lists; it
  replaced CERD General Recommendation No. 23, whose 15 units are fewer than the 16 drawn);
- a treaty body's general comment on non-refoulement communications: Committee against Torture
  General Comment No. 1 (1997), implementation of article 3 in the context of article 22;
- a treaty body's general comment on liberty: Human Rights Committee General Comment No. 35
  (2014), article 9 (liberty and security of person);
- an ILO convention: the Minimum Wage Fixing Convention, 1970 (No. 131);
- a Council of Europe convention on data protection: the Convention for the Protection of
  Individuals with regard to Automatic Processing of Personal Data (ETS 108, 1981);
- a UN General Assembly convention: the United Nations Convention against Corruption (2003);
- a UNESCO convention: the Convention for the Protection of Cultural Property in the Event of
  Armed Conflict (The Hague, 1954).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body JSON
(`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS26` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold26.py /tmp/src26
(/tmp/src26 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout26-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS26 = {
    "cedaw-gr19-1992": (_tb("CEDAW_GR19_violence.json"), "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "crc-gc13-2011": (_tb("CRC-GC13-Violence.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cat-gc1-1997": (_tb("CAT_GC1_art.3_v1.json"), "general comment", "non-binding",
                     "UN Committee against Torture"),
    "ccpr-gc35-2014": (_tb("CCPR_GC35_article9.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "ilo-c131-1970": (_md("ilo-c131-1970.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets108-1981": (_md("coe-ets108-1981.md"), "convention", "binding", "Council of Europe"),
    "un-uncac-2003": (_md("un-uncac-2003.md"), "convention", "binding", "UN General Assembly"),
    "unesco-hague-1954": (_md("unesco-hague-1954.md"), "convention", "binding", "UNESCO"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS26.items()}, units7, N)


if __name__ == "__main__":
    main()
