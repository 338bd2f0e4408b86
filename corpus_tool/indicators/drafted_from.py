"""What the drafts were made from: the coders' files and the codebook as the last drafting read
them (`build/cache/drafted_from.json`, written by every drafting), so that a command showing the
framework's sources can say when codings made since are not in it yet."""
from __future__ import annotations

import json
from pathlib import Path

from corpus_tool.coding.files import annotation_files, rel_path
from corpus_tool.formats import atomic_write_text, dumps_json, sha256_file
from corpus_tool.project import Project


def _record_path(project: Project) -> Path:
    return project.build_dir / "cache" / "drafted_from.json"


def draft_inputs(project: Project) -> dict[str, str]:
    """The coders' files and the codebook as they are now: path → sha256."""
    files = annotation_files(project)
    if project.codebook_path.is_file():
        files.append(project.codebook_path)
    return {rel_path(project, p): sha256_file(p) for p in files}


def record_draft_inputs(project: Project, inputs: dict[str, str]) -> None:
    """Remember the coders' files and the codebook a drafting read (`draft_inputs` taken before
    it read them: a file saved while it drafted then reads as changed since)."""
    atomic_write_text(_record_path(project), dumps_json(inputs) + "\n")


def changed_since_draft(project: Project) -> list[str]:
    """The coders' files (and the codebook) added, changed or removed since the last drafting,
    by path; empty when nothing changed or no drafting was recorded (a fresh clone)."""
    try:
        before = json.loads(_record_path(project).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(before, dict):
        return []
    now = draft_inputs(project)
    return sorted(p for p in before.keys() | now.keys() if before.get(p) != now.get(p))


def behind_annotations_warning(project: Project) -> str | None:
    """The warning a command showing the framework's sources gives when the coders' files
    changed since the indicators were last drafted, else None."""
    changed = changed_since_draft(project)
    if not changed:
        return None
    names = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    return (f"warning: {names} changed since the indicators were last drafted: codings made or "
            "changed since are not in the framework's sources yet (run `corpus-tool build`)")
