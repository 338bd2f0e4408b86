"""A small real project for the indicator, provenance and pipeline tests.

Documents are copied from the reference corpus in the repository's own `corpus/` (its
`corpus/SOURCES.md` gives their origin and licence: UN/UNESCO/CoE treaty texts, freely
reproducible; the Joint General Comment from an MIT-licensed repository). The annotations below
were written for these tests by reading the articles they quote.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

DOCS = ["un-udhr-1948", "un-icescr-1966", "unesco-cade-1960", "coe-echr-p1-1952",
        "cmw-crc-jgc4-23-2017"]

# (area, doc, quote, indicator hint, memo)
ANNOTATIONS = [
    ("access", "un-icescr-1966", "Primary education shall be compulsory and available free to all",
     None, ""),
    ("access", "unesco-cade-1960", "To make primary education free and compulsory", None, ""),
    ("access", "un-udhr-1948", "Elementary education shall be compulsory", None, ""),
    ("access", "cmw-crc-jgc4-23-2017",
     "All children in the context of international migration, irrespective of status, shall have "
     "full access to all levels and all aspects of education", None,
     "the clearest statement that residence status may not bar access"),
    ("access", "unesco-cade-1960",
     "To give foreign nationals resident within their territory the same access to education as "
     "that given to their own nationals", None, ""),
    ("intercultural", "un-udhr-1948",
     "It shall promote understanding, tolerance and friendship among all nations, racial or "
     "religious groups", None, ""),
    ("intercultural", "un-icescr-1966",
     "understanding, tolerance and friendship among all nations and all racial, ethnic or "
     "religious groups", None, ""),
    ("diversity", "unesco-cade-1960",
     "members of national minorities to carry on their own educational activities", None, ""),
    ("intercultural", "coe-echr-p1-1952",
     "in conformity with their own religious and philosophical convictions",
     "parental-convictions", ""),
    ("intercultural", "un-icescr-1966",
     "religious and moral education of their children in conformity with their own convictions",
     "parental-convictions", ""),
]


def make_project(root: Path, *, annotations=ANNOTATIONS, coder: str = "tester",
                 topics: bool = True):
    """A project under `root` with DOCS ingested and `annotations` coded; `topics`: with the
    reference project's wording overlay (`indicators/topics.yaml`)."""
    from corpus_tool.coding.annotations import add_annotation
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import init_project
    project = init_project(root)
    shutil.copyfile(REPO / "annotations" / "codebook.yaml", project.codebook_path)
    if topics:
        project.indicators_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / "indicators" / "topics.yaml", project.indicators_dir / "topics.yaml")
    with open(REPO / "corpus" / "manifest.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = [r for r in reader if r["id"] in DOCS]
    for r in rows:
        dest = project.corpus_dir / r["path"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / "corpus" / r["path"], dest)
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    ingest(project)
    for area, doc, quote, hint, memo in annotations:
        add_annotation(project, area=area, doc_id=doc, quote=quote, indicator=hint, memo=memo,
                       coder=coder, created="2026-01-01T00:00:00Z")
    return project


def copy_project(src: Path, dest: Path):
    from corpus_tool.project import open_project
    shutil.copytree(src, dest)
    return open_project(dest)
