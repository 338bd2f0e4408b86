"""Build times, kept apart from what was built.

`build/build.json` and `build/build.lock.json` depend on content alone; when each stage ran and
for how long goes to `build/times.json`. `NOT_REPRODUCIBLE` declares the files of `build/` that
two identical builds do not write byte for byte, and why.
"""
from __future__ import annotations

import json
from pathlib import Path

from corpus_tool.corpus.filehash import CACHE_NAME as FILE_HASHES
from corpus_tool.project import Project

TIMES_NAME = "times.json"
# Files of build/ that two identical builds do not write byte for byte, and why. Everything else
# (build.json, the lock, reports, provenance, scores, caches of JSON) is the same bytes.
NOT_REPRODUCIBLE = {
    TIMES_NAME: "when each stage last ran and how long it took",
    "corpus.sqlite": "SQLite index: ingest times per document; page layout and full-text row "
                     "ids follow the order in which the worker processes finish",
    "cache/embeddings.sqlite": "SQLite cache: page layout follows the order of cache writes",
    f"cache/{FILE_HASHES}": "when each corpus file was hashed, with its inode and modification "
                            "time (what lets an unchanged file go unread)",
}


def times_path(project: Project) -> Path:
    return project.build_dir / TIMES_NAME


def read_times(project: Project) -> dict:
    """When each stage last ran and for how long: kept apart from the lock and build.json so
    that those depend on content alone."""
    try:
        data = json.loads(times_path(project).read_text(encoding="utf-8"))
        if isinstance(data.get("stages"), dict):
            return data
    except (OSError, ValueError):
        pass
    return {"stages": {}}
