"""A new version of a source: `corpus-tool add FILE --id ID --replace`.

The document keeps its id (so annotations and indicator sources keep pointing at it); the new
file takes the old one's place in corpus/ (copied atomically: a reader sees the old file or the
new one, never a truncated copy); its manifest row gets the new sha256; and the version it
replaces is recorded in `corpus/manifest.history.csv`, one row per replaced version:

    id,replaced,sha256,path,text_sha256,new_sha256

(`sha256` and `path`: the replaced file, kept as `corpus/versions/<id>/<sha256[:12]>.<ext>`
so that the text earlier codings were made on can be read again — the manifest names only the
current version, so ingest never reads it; `path` is the document's own when the file was
changed in place, whose earlier bytes are gone; `text_sha256`: its extracted text as last
ingested, which is what anchors record; `replaced`: UTC time). The file is canonical like the
manifest: UTF-8, LF, sorted by id then time, rewritten atomically under a lock. Re-ingesting,
re-anchoring and marking the indicator sources that cite the old text `suspect` are the later
stages' work, composed by the CLI.
"""
from __future__ import annotations

import csv
import difflib
import sqlite3
import time
from dataclasses import dataclass, replace
from pathlib import Path

from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import (atomic_write_bytes, atomic_write_text, csv_text, file_lock,
                                 sha256_file)
from corpus_tool.corpus.manifest import read_manifest, write_manifest
from corpus_tool.corpus.readers import reader_for
from corpus_tool.models import Document
from corpus_tool.project import Project
from corpus_tool.store.db import connect

HISTORY_NAME = "manifest.history.csv"
VERSIONS_DIR = "versions"      # corpus/versions/<id>/<sha256[:12]>.<ext>: replaced files, kept
HISTORY_FIELDS = ["id", "replaced", "sha256", "path", "text_sha256", "new_sha256"]


@dataclass(frozen=True, slots=True)
class Replaced:
    """One replaced version of a document, as recorded in the manifest history."""
    id: str
    replaced: str
    sha256: str
    path: str
    text_sha256: str
    new_sha256: str

    def to_dict(self) -> dict:
        return {f: getattr(self, f) for f in HISTORY_FIELDS}


def history_path(project: Project) -> Path:
    return project.corpus_dir / HISTORY_NAME


def read_history(project: Project) -> list[Replaced]:
    """Every replaced version, oldest first per document (empty when nothing was replaced)."""
    path = history_path(project)
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in HISTORY_FIELDS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"manifest history lacks column(s) {', '.join(missing)}", path=path,
                             line=1, fix="the first line must be: " + ",".join(HISTORY_FIELDS))
        return [Replaced(**{k: (row.get(k) or "") for k in HISTORY_FIELDS}) for row in reader]


def indexed_text_sha256(project: Project, doc_id: str) -> str:
    if not project.db_path.exists():
        return ""
    conn = connect(project.db_path)
    try:
        row = conn.execute("SELECT text_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    return row[0] if row and row[0] else ""


def replace_document(project: Project, file: Path, *, doc_id: str, title: str | None = None,
                     issuer: str | None = None, year: int | None = None,
                     source: str | None = None, licence: str | None = None,
                     language: str | None = None, doc_type: str | None = None,
                     legal_force: str | None = None) -> tuple[Document, Replaced | None]:
    """Register `file` as the new version of document `doc_id`: copy it over the old file (a
    file with another extension goes beside it, and the old one is removed), update the
    manifest row (sha256, path, and any metadata given) and record the replaced version.
    `file` may be the document's own file already changed in place (that records the version
    the manifest knew). Given the version already registered with details that differ from the
    manifest's (a source forgotten at the replacement: trial 22), only the manifest row changes
    and no version is recorded: `(document, None)`. Raises `NotFoundError` for an unknown id and
    `InputError` when the file is the version already registered with nothing else to change."""
    file = Path(file)
    if not file.is_file():
        raise InputError("no such file", path=file, fix="check the path")
    reader_for(file)                                   # unknown extension → clear error now
    with file_lock(project.build_dir / ".manifest.lock"):
        rows, problems = read_manifest(project)
        if problems:
            raise InputError(f"fix the manifest first: {problems[0]}", path=project.manifest_path)
        old = next((r.doc for r in rows if r.doc.id == doc_id), None)
        if old is None:            # a typo of an id is not a new document (trial 22)
            close = difflib.get_close_matches(doc_id, [r.doc.id for r in rows], n=3)
            raise NotFoundError(f"no document {doc_id!r} in corpus/manifest.csv ("
                                + (f"did you mean {', '.join(close)}?" if close else
                                   "a new document is added without --replace") + ")")
        old_path = project.corpus_dir / old.path
        new_sha = sha256_file(file)
        old_sha = old.sha256 or (sha256_file(old_path) if old_path.is_file() else "")
        meta = {k: v for k, v in (("title", title), ("issuer", issuer), ("year", year),
                                  ("source", source), ("licence", licence),
                                  ("language", language), ("type", doc_type),
                                  ("legal_force", legal_force)) if v is not None}
        if new_sha == old_sha:
            if changed := {k: v for k, v in meta.items() if getattr(old, k) != v}:
                doc = replace(old, **changed)
                write_manifest(project, [doc if r.doc.id == doc_id else r.doc for r in rows])
                return doc, None
            raise InputError(f"{file.name} is the version of {doc_id!r} already registered "
                             f"(sha256 {new_sha[:12]}…)", fix="nothing to replace; to correct "
                             "its details, give them with --replace (--source, --title, --issuer, "
                             "--year, --licence, --language, --type, --legal-force)")
        if file.suffix.lower() == old_path.suffix.lower():
            dest = old_path
        else:
            dest = old_path.with_name(old_path.stem + file.suffix.lower())
        try:
            same = dest.resolve() == file.resolve()
        except OSError:
            same = False
        kept = old.path         # where the replaced version can be read again
        if not same and old_path.is_file():
            keep = project.corpus_dir / VERSIONS_DIR / doc_id / f"{old_sha[:12]}{old_path.suffix}"
            if not keep.exists():
                atomic_write_bytes(keep, old_path.read_bytes())
            kept = keep.relative_to(project.corpus_dir).as_posix()
        if not same:
            atomic_write_bytes(dest, file.read_bytes())
        entry = Replaced(id=doc_id, replaced=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                         sha256=old_sha, path=kept,
                         text_sha256=indexed_text_sha256(project, doc_id), new_sha256=new_sha)
        history = [*read_history(project), entry]
        history.sort(key=lambda h: (h.id, h.replaced))
        atomic_write_text(history_path(project),
                          csv_text(HISTORY_FIELDS, [h.to_dict() for h in history]))
        doc = replace(old, sha256=new_sha,
                      path=dest.relative_to(project.corpus_dir).as_posix(), **meta)
        write_manifest(project, [doc if r.doc.id == doc_id else r.doc for r in rows])
        if dest != old_path and old_path.is_file():
            old_path.unlink()
    return doc, entry
