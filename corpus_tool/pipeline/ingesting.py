"""Ingest composed with the re-anchoring of the annotations whose documents changed: what `add`,
`ingest` and the build's ingest stage run. Ingest and coding are separate stages; this composes
them."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypedDict

from contextlib import closing
from pathlib import Path

from corpus_tool.coding.check import reanchor_changed
from corpus_tool.corpus import ingest as ingest_documents
from corpus_tool.corpus.manifest import withdraw_document
from corpus_tool.models import Document
from corpus_tool.project import Project
from corpus_tool.store.db import connect, forget_failure


class IngestRun(TypedDict):
    """`ingest --json`: the ingest report with, in place of `text_changed`, how the annotations
    of those documents re-anchored (`coding.check.reanchor_changed`)."""
    ingested: list[str]
    unchanged: list[str]
    removed: list[str]
    failed: list[dict[str, Any]]
    passages: int
    annotations: dict[str, Any]
    seconds: float


class AddReport(IngestRun):
    """`add --json`: the manifest row added, then the ingest run."""
    added: dict[str, Any]


class ReplaceReport(IngestRun):
    """`add --replace --json`: the old and new manifest rows, the indicator sources marked
    suspect, then the ingest run."""
    replaced: dict[str, Any]
    document: dict[str, Any]
    suspect: list[dict[str, Any]]


class DetailsUpdated(TypedDict):
    """`add --replace --json` given the version already registered with other details: its
    corrected manifest row; no version recorded, nothing ingested."""
    document: dict[str, Any]
    details_only: bool


def ingest(project: Project, *, reanchor: bool = True,
           warn: Callable[[str], None] | None = None, **options) -> IngestRun:
    """Ingest (`corpus.ingest`, same options), then re-anchor the annotations of the documents
    whose text changed (report key `annotations`; `reanchor=False` leaves them for
    `corpus-tool annotations check`). Ingest and coding are separate stages; this composes them."""
    rep = ingest_documents(project, warn=warn, **options)
    annotations = reanchor_changed(project, rep["text_changed"] if reanchor else [], warn=warn)
    return {"ingested": rep["ingested"], "unchanged": rep["unchanged"], "removed": rep["removed"],
            "failed": rep["failed"], "passages": rep["passages"], "annotations": annotations,
            "seconds": rep["seconds"]}


def withdraw_failed(project: Project, doc: Document, report: IngestRun, source: Path) -> bool:
    """After `add` of `source`: when `doc` could not be read, nothing of it stays (its manifest
    row, the copy `add` made in corpus/, its failure in the index), so that it can be added
    again once fixed; a `source` already in its place in corpus/ stays. Returns whether it was
    withdrawn."""
    if not any(f.get("doc_id") == doc.id for f in report["failed"]):
        return False
    copied = (project.corpus_dir / doc.path).resolve() != Path(source).resolve()
    withdraw_document(project, doc, remove_file=copied)
    if project.db_path.exists():
        with closing(connect(project.db_path)) as conn:
            forget_failure(conn, doc.id)
    return True
