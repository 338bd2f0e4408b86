"""Helpers for the annotation/area tests: a small throw-away project holding real documents of
the reference corpus (copied from the repository's corpus/, see corpus/SOURCES.md for their
origin and licences), ingested with the real ingest driver."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

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


@pytest.fixture()
def listed_project(tmp_path) -> Project:
    """A small project whose codebook lists indicators: `access` has acc-free-primary and
    acc-be-heard, `outcomes` has out-language-support."""
    project = small_project(tmp_path / "p")
    book = yaml.safe_load(project.codebook_path.read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in book["areas"]}
    by_id["access"]["indicators"] = [
        {"id": "acc-free-primary", "definition": "primary education is free for every child"},
        {"id": "acc-be-heard", "definition": "children are heard in school matters"}]
    by_id["outcomes"]["indicators"] = [
        {"id": "out-language-support", "definition": "support in the language of instruction"}]
    project.codebook_path.write_text(yaml.safe_dump(book, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    return project


def rename_in_codebook(project: Project, old: str, new: str) -> None:
    text = project.codebook_path.read_text(encoding="utf-8")
    project.codebook_path.write_text(text.replace(f"id: {old}", f"id: {new}"), encoding="utf-8")
