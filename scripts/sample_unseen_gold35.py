"""Seeded sample of a thirty-fifth held-out half (`heldout35`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers:

- Human Rights Committee General Comment No. 17 (1989), the rights of the child (article 24);
- CRC General Comment No. 2 (2002), the role of independent national human rights institutions
  in the promotion and protection of the rights of the child;
- an ILO convention: the Rural Workers' Organisations Convention, 1975 (No. 141);
- a Council of Europe convention: the Convention on Laundering, Search, Seizure and Confiscation
  of the Proceeds from Crime (ETS 141, Strasbourg, 1990);
- a United Nations convention: the Convention on the Law of the Non-Navigational Uses of
  International Watercourses (New York, 1997), with its annex on arbitration (text, kept);
- a UNESCO convention: the Convention on the Recognition of Studies, Diplomas and Degrees
  concerning Higher Education in the States belonging to the Europe Region (Paris, 1979);
- a Hague Conference convention: the Convention on the Law Applicable to Traffic Accidents
  (The Hague, 1971);
- an international organisation's founding treaty: the Statute of the International Renewable
  Energy Agency (IRENA, Bonn, 2009).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
and from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`.
Units are cut by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and read whole (no annex or appendix cut), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS35` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u4700 … u4827, in the
order printed.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold35.py /tmp/src35
(/tmp/src35 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout35-v1"
N = 16
FIRST_ID = 4700
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS35 = {
    "ccpr-gc17-1989": (_tb("CCPR_GC17_child.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "crc-gc2-2002": (_tb("CRC-GC2-NHRI.json"), "general comment", "non-binding",
                     "UN Committee on the Rights of the Child"),
    "ilo-c141-1975": (_md("ilo-c141-1975.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets141-1990": (_md("coe-ets141-1990.md"), "convention", "binding",
                        "Council of Europe"),
    "un-watercourses-1997": (_md("un-watercourses-1997.md"), "convention", "binding",
                             "United Nations"),
    "unesco-recognition-europe-1979": (_md("unesco-recognition-europe-1979.md"), "convention",
                                       "binding", "UNESCO"),
    "hcch-traffic-accidents-1971": (_md("hcch-traffic-accidents-1971.md"), "convention",
                                    "binding", "Hague Conference on Private International Law"),
    "irena-statute-2009": (_md("irena-statute-2009.md"), "treaty", "binding",
                           "International Renewable Energy Agency"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS35.items()}, units7, N)


if __name__ == "__main__":
    main()
