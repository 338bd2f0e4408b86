"""Seeded sample of an eleventh held-out half (`heldout11`) for tests/data/statements_gold_unseen.jsonl.

`heldout10` is measured and tuned on in session 12; a fresh half is drawn from eight documents
that are neither in the reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor
among the 80 documents already in the unseen gold, of domains and genres the earlier halves hold
little of (heldout10 was six of eight on open data), labelled under the protocol in the README
beside the gold file and its amendment of 2 Dec 2026 (`statements evaluate --structure` is the
figure of record):

- health: the WHO Framework Convention on Tobacco Control (2003), a WHO treaty;
- children: the Hague Convention on the Civil Aspects of International Child Abduction (1980),
  a private-international-law treaty whose duties fall on central authorities and courts;
- environment: the Minamata Convention on Mercury (2013), with its annexes;
- climate: US Executive Order 14008, Tackling the Climate Crisis at Home and Abroad (2021);
- housing: the US President's Memorandum on Redressing … Discriminatory Housing Practices and
  Policies (2021), addressed to the Secretary of Housing and Urban Development;
- migration and asylum: US Executive Order 14013, Rebuilding and Enhancing Programs to Resettle
  Refugees and Planning for the Impact of Climate Change on Migration (2021);
- labour: US Executive Order 13999, Protecting Worker Health and Safety (2021);
- a summit communiqué of seven governments: the Carbis Bay G7 Summit Communiqué (2021).

The three treaties are the English half of the Dutch Treaty Database export in
statengeneraal/laws-markdown: `_treaty` keeps the text before the Dutch title, turns its
"### Article N" / "####Title" pairs into one Markdown heading ("## Article N: Title") and its
"### PART N" / "####TITLE" pairs into a part heading, and writes it to a temporary Markdown file
for corpus-tool's reader. The White House texts (brian14708/wh-briefings) are Markdown with YAML
front matter, which `_whitehouse` drops. Units are cut by `sample_unseen_gold7.units7`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type and legal force a user would give the document
(`doc_type`, `legal_force`: `DOCS11` below), and `preamble`, true where the reader's locator or
the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold11.py /tmp/src11
(/tmp/src11 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout11-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src11")

HEAD_PAIR = re.compile(r"^### +(Article|PART|CHAPTER|Annex|ANNEX) +([\w.]+) *\n+####(.*)$", re.M)


def _read_md(name: str, text: str) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        return english(path)


def _treaty(name: str, dutch_title: str) -> list[tuple[str, str]]:
    """The English half of a Dutch Treaty Database export, its article headings made one."""
    text = (SRC / name).read_text(encoding="utf-8")
    text = text.split("####" + dutch_title, 1)[0]
    text = text.split("####", 1)[1].split("\n", 1)[1]  # drop the meta line and both titles
    text = HEAD_PAIR.sub(lambda m: f"## {m.group(1).title()} {m.group(2)}: {m.group(3).strip()}",
                         text)
    text = re.sub(r"^### +(.*?) *$", r"## \1", text, flags=re.M)
    text = re.sub(r"^####(.*)$", r"### \1", text, flags=re.M)
    return _read_md(name, text.replace("``", "\u201c"))


def _whitehouse(name: str) -> list[tuple[str, str]]:
    """A White House text: YAML front matter dropped."""
    text = (SRC / name).read_text(encoding="utf-8").split("---", 2)[2]
    return _read_md(name, text.replace("\u00a0", " "))


# doc_id → (reader, manifest type, legal force); the type is what a user would write in the
# manifest, the legal force the manifest's default for that type, or binding for an order
DOCS11 = {
    "who-fctc-2003": (lambda: _treaty("who-fctc.md", "WHO-Kaderverdrag inzake tabaksontmoediging"),
                      "convention", "binding"),
    "hcch-child-abduction-1980": (
        lambda: _treaty("hcch-abduction.md", "Verdrag betreffende de burgerrechtelijke aspecten van "
                                             "internationale ontvoering van kinderen"),
        "convention", "binding"),
    "minamata-mercury-2013": (lambda: _treaty("minamata.md", "Verdrag van Minamata inzake kwik"),
                              "convention", "binding"),
    "us-eo14008-climate-2021": (lambda: _whitehouse("us-eo14008-climate.md"), "executive order",
                                "binding"),
    "us-housing-memo-2021": (lambda: _whitehouse("us-housing-memo.md"), "memorandum", "binding"),
    "us-eo14013-refugees-2021": (lambda: _whitehouse("us-eo14013-refugees.md"), "executive order",
                                 "binding"),
    "us-eo13999-workers-2021": (lambda: _whitehouse("us-eo13999-workers.md"), "executive order",
                                "binding"),
    "g7-carbis-bay-communique-2021": (lambda: _whitehouse("g7-carbis-bay.md"), "declaration",
                                      "non-binding"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS11.items()}, units7, N)


if __name__ == "__main__":
    main()
