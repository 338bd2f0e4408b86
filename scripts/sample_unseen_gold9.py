"""Seeded sample of a ninth held-out half (`heldout9`) for tests/data/statements_gold_unseen.jsonl.

`heldout8` was measured, reported and its failures read; a fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 64 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, of genres a user brings and earlier halves hold little or none of,
measured under the protocol in the README beside the gold file (`statements evaluate
--structure` is the figure of record):

- a national strategy: the White House fact sheet on the US National Strategy on Gender Equity
  and Equality (22 October 2021), a government's summary of its own strategy;
- a national action plan: the White House fact sheet on the US National Action Plan to Combat
  Human Trafficking (3 December 2021);
- a political declaration of heads of State with commitments: the Los Angeles Declaration on
  Migration and Protection (10 June 2022);
- an ILO recommendation: the Paid Educational Leave Recommendation, 1974 (R148), printed after
  its Convention (C140), of which only the Recommendation is read;
- an EU regulation with recitals: the General Data Protection Regulation (Regulation (EU)
  2016/679), Official Journal XHTML;
- a court judgment: CJEU, C-311/18 Facebook Ireland and Schrems ("Schrems II", Grand
  Chamber, 16 July 2020), from the legal context to the operative part;
- a treaty body's general comment: CRC General Comment No. 25 (2021) on children's rights in
  relation to the digital environment;
- a scholarly article with hedged language: P. d'Errico, "Indigenous Lèse-majesté: Questioning
  U.S. Federal Indian Law", New Diversities 19(2), 2017 (PDF).

No Council of Europe monitoring report (ECRI, GREVIO, GRETA, the Advisory Committee) and no
treaty body's concluding observations on a State were found in full text in a stored repository;
the general comment and the article stand for a treaty body's advice and for hedged prose.

Passages come from corpus-tool's own readers (`corpus.extract_document`: ingest only, no
statements stage), except R148 (read here: numbered paragraphs whose items are lines of their
own) and the CRC JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by
`sample_unseen_gold7.units7`. N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of
each unit from its document: the manifest type and legal force a user would give the document
(`doc_type`, `legal_force`: `DOCS9` below), and `preamble`, true where the reader's locator marks
the passage as a recital or preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold9.py /tmp/src9
(/tmp/src9 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import starting_at, units7  # noqa: E402

SEED = "issue14-heldout9-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src9")

R148_PARA = re.compile(r"^(\d{1,2})\.\s*(\S.*)?$")
R148_NUMBERED = re.compile(r"^(\d{1,2}\.|\(\w{1,4}\))(?=\S)")


def ilo_r148() -> list[tuple[str, str]]:
    """The Recommendation printed after Convention 140 (from its "###Recommendation 148"
    heading to its authentic-text line): the preamble, then one passage per numbered paragraph
    ("para. 8"), its items on lines of their own; part headings ("###II", "####Financing")
    dropped; a space after an item's number ("1.In" → "1. In")."""
    text = (SRC / "ilo-c140-r148.md").read_text(encoding="utf-8")
    text = text.split("###Recommendation 148", 1)[1].split("The foregoing is the authentic", 1)[0]
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # Markdown links to their text
    out: list[list[str]] = []
    for ln in text.splitlines():
        s = ln.strip()
        if not s or s.startswith("#"):
            continue
        s = R148_NUMBERED.sub(r"\1 ", s)
        if m := R148_PARA.match(s):
            out.append([f"para. {m.group(1)}", s])
        elif not out:
            out.append(["Preamble", s])
        else:
            out[-1].append(s)
    return [(p[0], "\n".join(p[1:])) for p in out if len(p) > 1]


def eu_gdpr() -> list[tuple[str, str]]:
    return starting_at(english(SRC / "eu-gdpr-2016.html"), "Recital")


def cjeu_c311() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in starting_at(english(SRC / "cjeu-c311-18.md"), "Legal context")
            if t not in ("[Signatures]", "…") and not t.startswith("( *")]


# doc_id → (reader, manifest type, legal force); the type is what a user would write in the
# manifest (the legal force is the manifest's default for that type)
DOCS9 = {
    "us-gender-strategy-2021": (lambda: english(SRC / "us-gender-strategy-2021.md"), "strategy",
                                "non-binding"),
    "us-nap-trafficking-2021": (lambda: english(SRC / "us-nap-trafficking-2021.md"),
                                "action plan", "non-binding"),
    "la-declaration-2022": (lambda: english(SRC / "la-declaration-2022.md"), "declaration",
                            "non-binding"),
    "ilo-r148-1974": (ilo_r148, "recommendation", "non-binding"),
    "eu-gdpr-2016": (eu_gdpr, "regulation", "binding"),
    "cjeu-c311-18": (cjeu_c311, "judgment", "binding"),
    "crc-gc25-2021": (lambda: tb_paragraphs(SRC / "crc-gc25.json"), "general comment",
                      "non-binding"),
    "errico-lese-majeste-2017": (lambda: english(SRC / "2017_19-02_06_Errico.pdf"), "article",
                                 "non-binding"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS9.items()}, units7, N)


if __name__ == "__main__":
    main()
