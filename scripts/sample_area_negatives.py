"""Draw the background sentences that teach the area-relevance model what is *not* about a
codebook: corpus_tool/data/area_negatives.jsonl (issue 14).

Non-education texts, none of them in the reference corpus nor among the negatives of
tests/data/areas_eval.jsonl (that set's documents are UNCLOS, the tax-assistance convention, the
WTO agreement, CESCR GC 14, 25 and 26 U.S.C. and McGirt v. Oklahoma):
- UN treaty-body general comments on other rights, `lszoszk/UN-TreatyBodiesDocSearch`
  `json_data/` at commit 869b9cede9e99fa1bc006c4674f9b27e60d35b4e (MIT; UN texts freely
  reproducible);
- three treaties of other domains, English half, `statengeneraal/laws-markdown` at commit
  91556a80a25a3da4234c8039945c6aeef4108d00 (treaty texts, not subject to copyright, Dutch
  Auteurswet art. 11).

Seeded (`random.Random("issue14-area-negatives-v1:" + document)`); sentences of 70–350
characters that mention none of the education words below. Run with the two repositories'
git directories (from the `fetch` tool) as arguments:

    python scripts/sample_area_negatives.py GCS_GIT_DIR TREATIES_GIT_DIR > corpus_tool/data/area_negatives.jsonl
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys

GCS = {
    "ccpr-gc36-2018": ("json_data/Annotated_CCPR_GC36_life.json", "CCPR General Comment 36, right to life"),
    "ccpr-gc37-2020": ("json_data/Annotated_CCPR_GC37_assembly.json", "CCPR General Comment 37, peaceful assembly"),
    "ccpr-gc34-2011": ("json_data/Annotated_CCPR_GC34_expression.json", "CCPR General Comment 34, freedom of expression"),
    "cescr-gc15-2002": ("json_data/Annotated_ESCR-GC15-Water.json", "CESCR General Comment 15, right to water"),
    "cescr-gc12-1999": ("json_data/Annotated_ESCR-GC12-Food.json", "CESCR General Comment 12, right to adequate food"),
    "cescr-gc23-2016": ("json_data/Annotated_ESCR-GC23-CondWork.json", "CESCR General Comment 23, just and favourable conditions of work"),
    "cedaw-gr37-2018": ("json_data/Annotated_CEDAW-GC37-Climate.json", "CEDAW General Recommendation 37, disaster risk and climate change"),
    "cat-gc4-2017": ("json_data/Annotated_CAT_GC4_art.3.json", "CAT General Comment 4, non-refoulement"),
}
TREATIES = {
    "cbd-1992": ("verdrag/convention/on/biological/diversity/BWBV0001136/README.md", "Convention on Biological Diversity"),
    "icao-chicago-1944": ("verdrag/convention/on/international/civil/aviation/BWBV0005507/README.md", "Convention on International Civil Aviation"),
    "vcdr-1961": ("verdrag/vienna/convention/on/diplomatic/relations/BWBV0004345/README.md", "Vienna Convention on Diplomatic Relations"),
}
PER_DOC = 15
EDUCATION = re.compile(r"educat|school|teach|train|pupil|student|child|minorit|migra|languag|"
                       r"cultur|learn|literacy|curricul", re.I)
DUTCH = re.compile(r"\b(de|het|een|van|voor|zijn|wordt|artikel|verdrag)\b", re.I)
SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")


def show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout


def candidates(paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for loc, text in paragraphs:
        for s in SPLIT.split(" ".join(text.split())):
            s = s.strip()
            if 70 <= len(s) <= 350 and not EDUCATION.search(s) and not DUTCH.search(s) \
                    and s[0].isupper() and re.search(r"[a-z]{3}", s):
                out.append((loc, s))
    return out


def gc_paragraphs(git_dir: str, path: str) -> list[tuple[str, str]]:
    return [(f"para. {str(p.get('ID', '')).strip().strip('.')}", p.get("Text", "")) for p in
            json.loads(show(git_dir, path))]


def treaty_paragraphs(git_dir: str, path: str) -> list[tuple[str, str]]:
    paras, art = [], ""
    for line in show(git_dir, path).splitlines():
        if re.match(r"#+\s*Artikel\b", line):
            break          # the Dutch half begins
        m = re.match(r"#+\s*Article\s+(\w+)", line)
        if m:
            art = f"Art. {m.group(1)}"
        elif line.strip() and not line.startswith("#") and art:
            paras.append((art, re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)))
    return paras


def main(gcs_git: str, treaties_git: str) -> None:
    rows = []
    for doc, (path, title) in GCS.items():
        cand = candidates(gc_paragraphs(gcs_git, path))
        for loc, s in random.Random("issue14-area-negatives-v1:" + doc).sample(cand, PER_DOC):
            rows.append({"doc": doc, "title": title, "locator": loc, "text": s})
    for doc, (path, title) in TREATIES.items():
        cand = candidates(treaty_paragraphs(treaties_git, path))
        for loc, s in random.Random("issue14-area-negatives-v1:" + doc).sample(cand, PER_DOC):
            rows.append({"doc": doc, "title": title, "locator": loc, "text": s})
    for i, r in enumerate(rows, 1):
        print(json.dumps({"id": f"bg{i:03d}", **r}, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:3])
