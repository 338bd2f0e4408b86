"""Helpers for the annotation/area tests: a small throw-away project holding real documents of
the reference corpus (copied from the repository's corpus/, see corpus/SOURCES.md for their
origin and licences), ingested with the real ingest driver."""
from __future__ import annotations

import csv
from pathlib import Path

from corpus_tool.project import Project

from tests.conftest import REPO, make_project

DOCS = ("un-crc-1989", "coe-fcnm-1995", "cmw-crc-jgc4-23-2017")


def manifest_rows(ids=DOCS) -> list[dict]:
    with open(REPO / "corpus" / "manifest.csv", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["id"] in ids]


def small_project(root: Path, ids=DOCS, *, codebook: bool = True) -> Project:
    """A project with `ids` copied from the reference corpus and ingested."""
    from corpus_tool.pipeline import ingest
    rows = manifest_rows(ids)
    files = {r["path"]: REPO / "corpus" / r["path"] for r in rows}
    project = make_project(root, rows, files)
    report = ingest(project, workers=1)
    assert not report.get("failures"), report
    return project
