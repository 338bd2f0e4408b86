"""Seeded sample of a twenty-seventh held-out half (`heldout27`) for
tests/data/statements_gold_unseen.jsonl.

`heldout26` is fresh; a further fresh half is drawn from eight documents that are neither in the
reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among the 208 documents
already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight different issuers,
of the kinds a policy index starts from, labelled under the protocol in the README beside the
gold file, its amendment of 2 Dec 2026 and the amendment's scope (`statements evaluate
--structure` is the figure of record):

- a treaty body's general comment on business: CRC General Comment No. 16 (2013), State
  obligations regarding the impact of the business sector on children's rights (lettered lists);
- a treaty body's general recommendation with a lettered list: CERD General Recommendation
  No. 33 (2009), follow-up to the Durban Review Conference;
- a treaty body's general comment on science: CESCR General Comment No. 25 (2020), science and
  economic, social and cultural rights;
- a treaty body's general comment on the Covenant's general obligation: Human Rights Committee
  General Comment No. 31 (2004), the nature of the general legal obligation on States parties;
- an ILO recommendation: the Occupational Safety and Health (Dock Work) Recommendation, 1979
  (No. 160), printed after Convention No. 152 in its source (`numbered_recommendation` keeps the
  Recommendation alone);
- a Council of Europe convention: the Civil Law Convention on Corruption (ETS 174, 1999);
- UNESCO's founding instrument: the Constitution of the United Nations Educational, Scientific
  and Cultural Organization (London, 1945, as amended);
- a League of Nations convention: the International Convention for the Suppression of the
  Traffic in Women of Full Age (Geneva, 1933, as amended by the Protocol of 1947).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body JSON
(`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS27` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold27.py /tmp/src27
(/tmp/src27 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402
from sample_unseen_gold18 import numbered_recommendation  # noqa: E402

SEED = "issue14-heldout27-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS27 = {
    "crc-gc16-2013": (_tb("CRC-GC16-Business.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cerd-gr33-2009": (_tb("CERD_GR33_durban_review.json"), "general recommendation",
                       "non-binding", "UN Committee on the Elimination of Racial Discrimination"),
    "cescr-gc25-2020": (_tb("ESCR-GC25-Science.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "ccpr-gc31-2004": (_tb("CCPR_GC31_nature_of_obligations.json"), "general comment",
                       "non-binding", "UN Human Rights Committee"),
    "ilo-r160-1979": (lambda: numbered_recommendation(SRC / "ilo-c152-r160-1979.md"),
                      "recommendation", "non-binding", "International Labour Organization"),
    "coe-ets174-1999": (_md("coe-ets174-1999.md"), "convention", "binding", "Council of Europe"),
    "unesco-constitution-1945": (_md("unesco-constitution-1945.md"), "treaty", "binding",
                                 "UNESCO"),
    "lon-traffic-women-full-age-1933": (_md("lon-traffic-women-full-age-1933.md"), "convention",
                                        "binding", "League of Nations"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS27.items()}, units7, N)


if __name__ == "__main__":
    main()
