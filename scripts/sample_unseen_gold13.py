"""Seeded sample of a thirteenth held-out half (`heldout13`) for
tests/data/statements_gold_unseen.jsonl.

`heldout12` is measured and seen in session 13; a fresh half is drawn from eight documents that
are neither in the reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among
the 96 documents already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight
different issuers (heldout12 was seven of eight from one company), on topics no half holds,
labelled under the protocol in the README beside the gold file, its amendment of 2 Dec 2026 and
the amendment's scope (`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on redress for torture: CAT General Comment No. 3 (2012);
- a treaty body's general comment on fair trial: Human Rights Committee General Comment No. 32
  (2007);
- a treaty body's general comment on disability: CRPD General Comment No. 5 (2017), living
  independently and being included in the community;
- a treaty body's general comment on water: CESCR General Comment No. 15 (2002);
- a court judgment: CJEU, C-807/21 Deutsche Wohnen (Grand Chamber, 5 December 2023), from the
  legal context to the operative part;
- a national statute on housing: the Fair Housing Act, 42 U.S.C. ch. 45, subchapter I
  (§§ 3601-3619);
- a bilateral treaty: the Agreement between the Kingdom of the Netherlands and Japan on Social
  Security (2008);
- a head of State's proclamation: President Biden's Proclamation on National Child Abuse
  Prevention Month, 2021.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), except the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`) and the US
Code chunks (`sample_unseen_gold4.us_code_sections`). The proclamation's YAML front matter is
dropped before it is read. Units are cut by `sample_unseen_gold7.units7`; N units per document
are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS13` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold13.py /tmp/src13
(/tmp/src13 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import english, us_code_sections  # noqa: E402
from sample_unseen_gold7 import starting_at, units7  # noqa: E402
from sample_unseen_gold12 import FRONT_MATTER  # noqa: E402

SEED = "issue14-heldout13-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src13")


def proclamation() -> list[tuple[str, str]]:
    """The proclamation without its YAML front matter, read by corpus-tool."""
    name = "us-proc-child-abuse-2021.md"
    text = FRONT_MATTER.sub("", (SRC / name).read_text(encoding="utf-8"), count=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text.replace("\u00a0", " "), encoding="utf-8")
        return english(path)


def cjeu_c807() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in starting_at(english(SRC / "cjeu-c807-21.md"), "Legal context")
            if t not in ("[Signatures]", "…") and not t.startswith("( *")]


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS13 = {
    "cat-gc3-2012": (lambda: tb_paragraphs(SRC / "CAT_GC3_art.14.json"), "general comment",
                     "non-binding", "UN Committee against Torture"),
    "ccpr-gc32-2007": (lambda: tb_paragraphs(SRC / "CCPR_GC32_article14.json"),
                       "general comment", "non-binding", "UN Human Rights Committee"),
    "crpd-gc5-2017": (lambda: tb_paragraphs(SRC / "CRPD_GC5_living_independently.json"),
                      "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "cescr-gc15-2002": (lambda: tb_paragraphs(SRC / "ESCR-GC15-Water.json"), "general comment",
                        "non-binding", "UN Committee on Economic, Social and Cultural Rights"),
    "cjeu-c807-21": (cjeu_c807, "judgment", "binding", "Court of Justice of the European Union"),
    "us-fha-42usc45": (lambda: us_code_sections(SRC / "us-fha-42usc45.md", 42), "statute",
                       "binding", "United States Congress"),
    "nl-jp-social-security-2008": (lambda: english(SRC / "nl-jp-social-security.md"), "treaty",
                                   "binding", "Kingdom of the Netherlands; Japan"),
    "us-proc-child-abuse-2021": (proclamation, "proclamation", "non-binding",
                                 "President of the United States"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS13.items()}, units7, N)


if __name__ == "__main__":
    main()
