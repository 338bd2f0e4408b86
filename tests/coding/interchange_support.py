"""The reference project (corpus/, annotations/ and codebook of this repository) copied into a
temporary folder and ingested, for the interchange tests (W3C, REFI-QDA)."""
from __future__ import annotations

import shutil
from pathlib import Path

from corpus_tool.pipeline import ingest
from corpus_tool.project import Project

from tests.conftest import REPO


def reference_copy(root: Path, *, annotations: bool = True) -> Project:
    """A copy of the reference project at `root`, ingested; without `annotations` the coder
    files are left out (the codebook stays)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "corpus", root / "corpus")
    (root / "annotations").mkdir()
    shutil.copyfile(REPO / "annotations" / "codebook.yaml", root / "annotations" / "codebook.yaml")
    if annotations:
        for f in (REPO / "annotations").glob("*.jsonl"):
            shutil.copyfile(f, root / "annotations" / f.name)
    shutil.copytree(REPO / "indicators", root / "indicators")
    project = Project(root)
    report = ingest(project, workers=1)
    assert not report.get("failed"), report
    return project
