"""Seeded sample of a third held-out half (`heldout3`) for tests/data/statements_gold_unseen.jsonl.

`heldout2` was measured, reported and its failures read, so it became tunable ("heldout2
(seen)"); a fresh half was drawn from six documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the 19 documents already in the
unseen gold (see the README beside the gold file):

- four documents shipped in tests/data/unseen/docs (the EU Data Governance Act, an ECtHR
  judgment, the German Basic Law's chapter on basic rights, the Permanent Forum's preliminary
  study on the Doctrine of Discovery), cut into passages by corpus-tool's own readers
  (`corpus.extract_document`: ingest only, no statements stage); kept: English passages with a
  locator (front matter before the first article/paragraph dropped), without footnotes (the
  EUR-Lex note block after the signature, found by its locator, since a "(1) …" pattern would
  also drop the recitals and the Basic Law's numbered paragraphs; "p. N fn. M" passages and footnote bodies that the
  PDF reader attached to a paragraph: a number followed by a capitalised word);
- CEDAW General Recommendation No. 35 (JSON paragraphs of lszoszk/UN-TreatyBodiesDocSearch),
  read like CED GC 1 in scripts/sample_unseen_gold2.py;
- ILO Convention No. 182 (English half of the Dutch Treaty Database export in
  statengeneraal/laws-markdown), cut into articles by its "### Article N" headings.

Units are cut as in scripts/sample_unseen_gold2.py (its `units`), and N units per document are
drawn with random.Random(SEED + ":" + doc_id). Prints JSONL candidates; labels are added by hand
afterwards.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold3.py /tmp/src3
(/tmp/src3 holds cedaw-gr35.json and ilo-c182.md copied from the repositories.)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold2 import EDITORIAL, units  # noqa: E402

from corpus_tool.corpus import extract_document  # noqa: E402

SEED = "issue14-heldout3-v1"
N = 21
ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src3")

# footnote bodies the PDF reader attaches to a paragraph ("1 Judge John Catron for …")
FOOTNOTE_BODY = re.compile(r"^\d{1,3}\s+[A-Z“\"]")
# the EUR-Lex note block after the signature ("Art. 38B(3)")
NOTE_BLOCK = re.compile(r"^Art\. \d+B\b")


def shipped(name: str) -> list[tuple[str, str]]:
    """Passages of a document in tests/data/unseen/docs, as corpus-tool's reader cuts them."""
    res = extract_document(ROOT / "tests" / "data" / "unseen" / "docs" / name)
    return [(s.locator, s.text) for s in res.segments
            if s.lang == "en" and not s.locator.startswith(("¶", "p. "))
            and " fn. " not in s.locator and not NOTE_BLOCK.match(s.locator)
            and not FOOTNOTE_BODY.match(s.text)
            and not EDITORIAL.match(s.text)]


def cedaw_gr35() -> list[tuple[str, str]]:
    return tb_paragraphs(SRC / "cedaw-gr35.json")


def _para_id(rec: dict) -> str:
    if "ID" in rec:
        return str(rec["ID"]).strip().rstrip(".")
    m = re.match(r"\s*(\d+)", rec["Text"])
    return m.group(1) if m else ""


def tb_paragraphs(path: Path) -> list[tuple[str, str]]:
    """The paragraphs of a treaty-body JSON file of lszoszk/UN-TreatyBodiesDocSearch, items
    "(a)Text" given their space; a record without an "ID" (CESCR GC 21's para. 15) takes the
    number its text starts with."""
    recs = json.loads(path.read_text(encoding="utf-8"))
    return [(f"para. {_para_id(rec)}",
             re.sub(r"^\(([a-z]{1,2})\)(?=\S)", r"(\1) ", rec["Text"].replace("\r", ""), flags=re.M))
            for rec in recs]


def ilo_c182() -> list[tuple[str, str]]:
    text = (SRC / "ilo-c182.md").read_text(encoding="utf-8")
    english = text.split("####")[1]  # the English half; the Dutch text follows the next ####
    english = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", english)  # Markdown links to their text
    out, loc = [], "Preamble"
    for block in re.split(r"\n(?=### Article)", english):
        m = re.match(r"### Article\s+(\d+)\s*\n", block)
        if m:
            loc, block = f"Art. {m.group(1)}", block[m.end():]
        else:
            block = block.split("\n", 1)[1] if "\n" in block else ""
        body = "\n".join(ln.strip() for ln in block.splitlines() if ln.strip())
        if body:
            out.append((loc, body))
    return out


DOCS = {
    "cedaw-gr35-2017": cedaw_gr35,
    "eu-dga-2022": lambda: shipped("eu-dga-2022.html"),
    "ecthr-tre-traktorer-1989": lambda: shipped("ecthr-tre-traktorer-1989.pdf"),
    "de-basic-law-ch1": lambda: shipped("de-basic-law-ch1.md"),
    "unpfii-doctrine-discovery-2010": lambda: shipped("un-e-c19-2010-13.pdf"),
    "ilo-c182-1999": ilo_c182,
}


def main() -> None:
    print_sample(SEED, DOCS, units, N)


if __name__ == "__main__":
    main()
