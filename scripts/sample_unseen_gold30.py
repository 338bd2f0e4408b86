"""Seeded sample of a thirtieth held-out half (`heldout30`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers:

- CRC General Comment No. 26 (2023) on children's rights and the environment, with a special
  focus on climate change (lettered lists);
- CESCR General Comment No. 3 (1990), the nature of States parties' obligations (art. 2, para. 1,
  of the Covenant);
- Human Rights Committee General Comment No. 22 (1993), the right to freedom of thought,
  conscience and religion (article 18);
- an ILO convention: the Employment Injury Benefits Convention, 1964 (No. 121);
- a Council of Europe convention: the European Convention on Recognition and Enforcement of
  Decisions concerning Custody of Children and on Restoration of Custody of Children (ETS 105,
  Luxembourg, 1980);
- a United Nations protocol: the Protocol to Prevent, Suppress and Punish Trafficking in Persons,
  especially Women and Children, supplementing the United Nations Convention against
  Transnational Organized Crime (New York, 2000);
- a Hague Conference convention: the Convention on International Access to Justice (The Hague,
  1980);
- a national law: the Constitution of Malta, Chapter IV (fundamental rights and freedoms of the
  individual), as republished in Markdown by alexportelli12/constitution-explained.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
and from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`.
Units are cut by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS30` below), and `preamble`, true where the reader's
locator marks the passage as a preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold30.py /tmp/src30
(/tmp/src30 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout30-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS30 = {
    "crc-gc26-2023": (_tb("CRC-GC26-Climate.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cescr-gc3-1990": (_tb("ESCR-GC3-Obligations.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "ccpr-gc22-1993": (_tb("CCPR_GC22_freedom_of_thought.json"), "general comment",
                       "non-binding", "UN Human Rights Committee"),
    "ilo-c121-1964": (_md("ilo-c121-1964.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets105-1980": (_md("coe-ets105-1980.md"), "convention", "binding", "Council of Europe"),
    "un-trafficking-protocol-2000": (_md("un-trafficking-protocol-2000.md"), "protocol",
                                     "binding", "UN General Assembly"),
    "hcch-access-to-justice-1980": (_md("hcch-access-to-justice-1980.md"), "convention",
                                    "binding", "Hague Conference on Private International Law"),
    "mt-constitution-1964-ch4": (_md("mt-constitution-ch4.md"), "constitution", "binding",
                                 "Republic of Malta"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS30.items()}, units7, N)


if __name__ == "__main__":
    main()
