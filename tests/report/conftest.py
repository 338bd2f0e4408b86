"""Helpers for the report tests."""
from __future__ import annotations

import shutil
from pathlib import Path

from corpus_tool.framework.io import load_framework
from corpus_tool.project import Project

ROOT = Path(__file__).parents[2]


def with_reference_framework(tmp_path):
    """A project holding a copy of the reference framework: (project, its path, the framework)."""
    project = Project(tmp_path)
    project.indicators_dir.mkdir(parents=True)
    path = project.indicators_dir / "framework.yaml"
    shutil.copy(ROOT / "indicators" / "framework.yaml", path)
    return project, path, load_framework(path)
