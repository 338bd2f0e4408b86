"""Seeded sample of a twenty-ninth held-out half (`heldout29`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers:

- CRC General Comment No. 21 (2017) on children in street situations (lettered lists);
- CESCR General Comment No. 17 (2005), the right of everyone to benefit from the protection of the
  moral and material interests resulting from any scientific, literary or artistic production of
  which he or she is the author (art. 15 (1) (c));
- Human Rights Committee General Comment No. 29 (2001), states of emergency (article 4);
- an ILO convention: the Asbestos Convention, 1986 (No. 162);
- a Council of Europe convention: the Council of Europe Convention on the Prevention of Terrorism
  (CETS 196, Warsaw, 2005);
- an environmental treaty: the Convention on Wetlands of International Importance especially as
  Waterfowl Habitat (Ramsar, 1971);
- a United Nations convention: the United Nations Convention on Jurisdictional Immunities of
  States and Their Property (New York, 2004);
- a Hague Conference convention: the Convention on the Law Applicable to Products Liability
  (The Hague, 1973).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
and from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document
are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS29` below), and `preamble`, true where the reader's
locator marks the passage as a preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold29.py /tmp/src29
(/tmp/src29 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout29-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS29 = {
    "crc-gc21-2017": (_tb("CRC-GC21-Street.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cescr-gc17-2005": (_tb("ESCR-GC17-Author.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "ccpr-gc29-2001": (_tb("CCPR_GC29_emergency.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "ilo-c162-1986": (_md("ilo-c162-1986.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-cets196-2005": (_md("coe-cets196-2005.md"), "convention", "binding", "Council of Europe"),
    "ramsar-wetlands-1971": (_md("ramsar-wetlands-1971.md"), "convention", "binding",
                             "Ramsar Convention on Wetlands"),
    "un-state-immunities-2004": (_md("un-state-immunities-2004.md"), "convention", "binding",
                                 "United Nations"),
    "hcch-products-liability-1973": (_md("hcch-products-liability-1973.md"), "convention",
                                     "binding", "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS29.items()}, units7, N)


if __name__ == "__main__":
    main()
