"""Seeded sample of a thirty-first held-out half (`heldout31`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers:

- CRC General Comment No. 17 (2013) on the right of the child to rest, leisure, play,
  recreational activities, cultural life and the arts (art. 31);
- Human Rights Committee General Comment No. 20 (1992), the prohibition of torture or other
  cruel, inhuman or degrading treatment or punishment (article 7);
- CESCR General Comment No. 9 (1998), the domestic application of the Covenant;
- an ILO convention: the Right to Organise and Collective Bargaining Convention, 1949 (No. 98);
- a Council of Europe convention: the Convention on the Conservation of European Wildlife and
  Natural Habitats (ETS 104, Bern, 1979), its text up to the signature clause (`before`:
  the appendices, lists of species names and of prohibited means, are left out of the pool);
- an environmental treaty of the United Nations: the Convention on Biological Diversity (Rio de
  Janeiro, 1992);
- a Hague Conference convention: the Convention on the Service Abroad of Judicial and
  Extrajudicial Documents in Civil or Commercial Matters (The Hague, 1965);
- a national law: the Constitution of Kenya (2010), Chapter Four (the Bill of Rights), whose text
  kipkechem/kenya-yetu-gamma holds in a TypeScript data file (`data/chapter4.ts`):
  `kenya_markdown` writes it out as Markdown (a heading per part and article, each line of an
  article's text a paragraph, the text unchanged) for corpus-tool's reader.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
and from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`.
Units are cut by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS31` below), and `preamble`, true where the reader's
locator marks the passage as a preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold31.py /tmp/src31
(/tmp/src31 holds the files named below, copied from the repositories listed in the README;
ke-constitution-2010-ch4.md is written there from chapter4.ts on the first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, kenya_markdown, markdown, source_folder,  # noqa: E402
                          treaty_body)
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout31-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS31 = {
    "crc-gc17-2013": (_tb("CRC-GC17-Leisure.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "ccpr-gc20-1992": (_tb("CCPR_GC20_art.7.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "cescr-gc9-1998": (_tb("ESCR-GC9-DomesticApp.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "ilo-c098-1949": (_md("ilo-c098-1949.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets104-1979": (before("Appendix", _md("coe-ets104-1979.md")), "convention", "binding",
                        "Council of Europe"),
    "un-cbd-1992": (_md("un-cbd-1992.md"), "convention", "binding",
                    "United Nations Environment Programme"),
    "hcch-service-1965": (_md("hcch-service-1965.md"), "convention", "binding",
                          "Hague Conference on Private International Law"),
    "ke-constitution-2010-ch4": (kenya_markdown(SRC, "chapter4.ts", "ke-constitution-2010-ch4.md",
                                                 "CHAPTER FOUR — THE BILL OF RIGHTS"),
                                 "constitution", "binding",
                                 "Republic of Kenya"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS31.items()}, units7, N)


if __name__ == "__main__":
    main()
