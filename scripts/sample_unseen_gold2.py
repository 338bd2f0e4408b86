"""Seeded sample of a second held-out half (`heldout2`) for tests/data/statements_gold_unseen.jsonl.

The first held-out half was looked at while tuning (its figure was reported and a rule was
written after one of its cases), so a fresh one was drawn from six documents that are neither in
the reference corpus nor already in the gold set (see the README beside the gold file):

- four documents shipped in tests/data/unseen/docs (EU directive, CJEU judgment, Indian
  Constitution Part III, CoE trafficking convention), cut into passages by corpus-tool's own
  readers (`corpus.extract_document`: ingest only, no statements stage); kept: English passages
  with a locator (front matter before the first article/paragraph dropped), without EUR-Lex
  footnotes or the editorial amendment notes of the Indian text;
- CED General Comment No. 1 (JSON paragraphs of lszoszk/UN-TreatyBodiesDocSearch) and the
  OHCHR compilation for Slovenia's 4th UPR cycle (Markdown of
  Tony33344/slovenia-human-rights-tracker), read as in scripts/sample_unseen_gold.py.

Units are cut as in scripts/sample_unseen_gold.py (sentences split on . ; : before a capital or a
bracket; a list item keeps the chapeau that introduces it as `context`), and N units per document
are drawn with random.Random(SEED + ":" + doc_id). Prints JSONL candidates; labels are added by
hand afterwards.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold2.py /tmp/src
(/tmp/src holds ced-gc1.json and upr-svn-compilation-2024.md copied from the repositories.)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from gold_sampling import print_sample

from corpus_tool.corpus import extract_document

SEED = "issue14-heldout2-v1"
N = 21
ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src")

# list items: "(a) …", "a) …", "(iv) …", "(2) …", and the dash items of EUR-Lex ("— ensure …")
ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,2}\)|\([ivx]+\)|[a-z]\.|\(\d{1,2}\)|\([A-Z]\)|[—–]\s)\s*\S")
SPLIT = re.compile(r"(?<=[.;:])\s+(?=[A-Z(\"“‘])")
FOOTNOTE = re.compile(r"^\(\s*\*?\d+\s*\)\s")  # "( 7 ) OJ L 91, …" in the EUR-Lex HTML
# editorial amendment notes of the Indian Constitution ("Ins. by the Constitution (…) Act")
EDITORIAL = re.compile(r"^\d*\s*(?:Ins|Subs|Added|Omitted|Rep)\.? by\b")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def shipped(name: str) -> list[tuple[str, str]]:
    """Passages of a document in tests/data/unseen/docs, as corpus-tool's reader cuts them."""
    res = extract_document(ROOT / "tests" / "data" / "unseen" / "docs" / name)
    return [(s.locator, s.text) for s in res.segments
            if s.lang == "en" and not s.locator.startswith("¶") and not FOOTNOTE.match(s.text)
            and not EDITORIAL.match(s.text)]


def ced_gc1() -> list[tuple[str, str]]:
    out = []
    for rec in json.loads((SRC / "ced-gc1.json").read_text(encoding="utf-8")):
        out.append((f"para. {rec['ID']}", rec["Text"].replace("\r", "")))
    return out


def upr_compilation() -> list[tuple[str, str]]:
    text = (SRC / "upr-svn-compilation-2024.md").read_text(encoding="utf-8")
    text = re.split(r"\n\s*I\.\s+Background\s*\n", text, maxsplit=1)[1]
    text = re.split(r"\n\s*Notes\s*\n", text)[0]
    paras, loc, buf = [], "", []
    for ln in text.splitlines():
        s = ln.strip()
        if not s or re.match(r"^(A/HRC/[\w./]+|\d{1,2}|GE\.[\d-]+\(E\))$", s):
            continue
        m = re.match(r"^(\d{1,3})\.\s+(\S.*)$", s)
        if m:
            if buf:
                paras.append((loc, ws(" ".join(buf))))
            loc, buf = f"para. {m.group(1)}", [m.group(2)]
        elif loc:
            buf.append(s)
    if buf:
        paras.append((loc, ws(" ".join(buf))))
    # footnote call numbers glued to the end of a sentence ("…Slovenia.23 ")
    return [(l, re.sub(r"(?<=[a-z.;,)])\d{1,3}(?=\s|$)", "", t)) for l, t in paras]


DOCS = {
    "ced-gc1-2023": ced_gc1,
    "eu-eprivacy-2002": lambda: shipped("eu-eprivacy-2002-consolidated.html"),
    "cjeu-c245-20": lambda: shipped("cjeu-c245-20.md"),
    "in-constitution-part3": lambda: shipped("in-constitution-part3.md"),
    "coe-trafficking-2005": lambda: shipped("coe-cets197-2005.md"),
    "upr-svn-compilation-2024": upr_compilation,
}


def _article(loc: str) -> str:
    return re.split(r"[ (]¶|\(| ¶", loc)[0]


def units(paras: list[tuple[str, str]]) -> list[dict]:
    """Sentences and list items; an item keeps the last chapeau (a sentence ending in ':' or
    '—') met in the same article/paragraph, also across passages."""
    out, chapeau, art = [], "", None
    for loc, para in paras:
        if _article(loc) != art:
            art, chapeau = _article(loc), ""
        for line in para.split("\n"):
            for s in SPLIT.split(ws(line)):
                s = s.strip()
                item = bool(ITEM.match(s))
                if len(s) < 25 and not item:
                    continue
                if len(s.split()) < 3 or FOOTNOTE.match(s) or EDITORIAL.match(s):
                    continue
                out.append({"locator": loc, "context": chapeau if item else "", "text": s})
                if s.endswith(":") or s.endswith("—"):
                    chapeau = s
                elif not item:
                    chapeau = ""
    return out


def main() -> None:
    print_sample(SEED, DOCS, units, N)


if __name__ == "__main__":
    main()
