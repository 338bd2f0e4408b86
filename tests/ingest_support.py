"""Helpers for the ingest tests: a throw-away project holding copies of real documents."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

from corpus_tool.project import MANIFEST_FIELDS, Project, init_project

REPO = Path(__file__).resolve().parent.parent
PDFS = Path(__file__).resolve().parent / "pdfs"


def make_project(root: Path, rows: list[dict], files: dict[str, Path | bytes]) -> Project:
    """A project at `root` whose corpus/ holds `files` (relative path → source file or bytes)
    and whose manifest has `rows` (missing columns filled)."""
    project = init_project(root)
    for rel, src in files.items():
        dest = project.corpus_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(src, bytes):
            dest.write_bytes(src)
        else:
            shutil.copyfile(src, dest)
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in MANIFEST_FIELDS})
    return project


def reference_project(root: Path) -> Project:
    """A copy of the repository's reference corpus (corpus/ and its manifest)."""
    project = init_project(root)
    shutil.rmtree(project.corpus_dir)
    shutil.copytree(REPO / "corpus", project.corpus_dir)
    return project
