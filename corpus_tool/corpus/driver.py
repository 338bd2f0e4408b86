"""The ingest run: manifest → (unchanged files skipped by sha256) → readers in a process pool →
one transaction per document. One bad file never stops the others; each failure is recorded
(table `failures`) and reported in one line."""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypedDict

from corpus_tool.corpus.copies import copy_warnings
from corpus_tool.corpus.splitwords import split_words_warning
from corpus_tool.corpus.unplaced import unplaced_items_warning
from corpus_tool.corpus.filehash import FileHashes
from corpus_tool.corpus.manifest import ManifestRow, read_manifest
from corpus_tool.corpus.readers import ReadOptions, reader_for
from corpus_tool.corpus.segment import Segment, segment
from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.models import Document, Passage
from corpus_tool.parallel import Lost, Mapper, batches
from corpus_tool.project import Project
from corpus_tool.store import db as store

LABELS_SCHEMA = """
CREATE TABLE IF NOT EXISTS passage_labels (
    passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    PRIMARY KEY (passage_id, label)
);
CREATE INDEX IF NOT EXISTS passage_labels_label ON passage_labels(label);
"""


def _code_fingerprint() -> str:
    """A short hash of the ingest code: a change in the readers or the segmentation makes the
    next run re-extract every document (stored in documents.reader)."""
    import hashlib
    h = hashlib.sha256()
    for f in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:8]


CODE_VERSION = _code_fingerprint()


@dataclass(slots=True)
class ExtractResult:
    text: str
    segments: list[Segment]
    pages: list[tuple[int, int, int]]
    n_pages: int | None
    reader: str
    warnings: list[str] = field(default_factory=list)


def extract_document(path: Path, *, language: str = "en", password: str | None = None
                     ) -> ExtractResult:
    """Read and segment one file (no database): what a worker process runs."""
    path = Path(path)
    info = reader_for(path)
    if not path.exists():
        raise InputError("file not found", path=path, fix="restore the file or fix its manifest row")
    if path.stat().st_size == 0:
        raise InputError("the file is empty (0 bytes)", path=path,
                         fix="replace it with the real document")
    ex = info.read(path, ReadOptions(password=password))
    text, segs, pages = segment(ex.blocks, language=language,
                                layout=info.name.startswith("pdf"))
    if not segs:
        raise InputError("no passages found in the file", path=path, fix="check its content")
    # (items of a second language's half are not counted: the statements stage does not read it)
    found = [w for w in (split_words_warning(text, language), unplaced_items_warning(
        [s for s in segs if s.lang == language])) if w]
    return ExtractResult(text, segs, pages, ex.n_pages, f"{info.name}+{CODE_VERSION}",
                         list(ex.warnings) + found)


def _work(path: str, language: str, password: str | None) -> ExtractResult | str:
    try:
        return extract_document(Path(path), language=language, password=password)
    except InputError as e:
        return e.message + (f" ({e.fix})" if e.fix else "")
    # The reader boundary, kept on purpose: it runs in a worker process over third-party
    # parsers (pdfplumber/pdfminer, html5lib, …) that raise exceptions of their own kinds; one
    # document's failure is reported for that document and must not stop the others.
    except Exception as e:  # noqa: BLE001
        return f"could not read the file: {type(e).__name__}: {e}"


ReadTask = tuple[str, str, str | None]        # path, language, password
# files per task when a mapper runs ingest: consecutive by id up to this many bytes (a larger file
# alone). About 0.7 s of reading for the recombined General Comments of the scale corpus (~35 kB
# each; 8 files a task, as before 1 Dec 2026, were 0.2 s tasks whose round trips to the
# scheduler cost more), one or two PDFs
PARTITION_BYTES = 1_000_000


def extract_partition(tasks: list[ReadTask]) -> list[ExtractResult | str]:
    """Read and segment a partition of files (no database): one result or failure message
    each, in order. What a Dask worker runs."""
    return [_work(path, language, password) for path, language, password in tasks]


def _mapped(mapper: Mapper, todo: list[tuple[Document, Path, str]], password: str | None
            ) -> Iterator[tuple[tuple[Document, Path, str], ExtractResult | str]]:
    """(document, result) as the mapper's partitions finish; a partition whose worker died is
    read again one document per task, so the one that kills its worker is named."""
    def tasks(part: list[tuple[Document, Path, str]]) -> list[ReadTask]:
        return [(str(fpath), doc.language, password) for doc, fpath, _ in part]

    # (a file deleted since it was hashed weighs nothing: its task reports it)
    sizes = {doc.id: fpath.stat().st_size if fpath.is_file() else 0 for doc, fpath, _ in todo}
    parts = batches(sorted(todo, key=lambda t: t[0].id), lambda t: sizes[t[0].id],
                    PARTITION_BYTES)
    # the biggest partitions first, as the local pool takes the biggest files first: no idle tail
    parts.sort(key=lambda part: -sum(sizes[doc.id] for doc, _, _ in part))
    retry: list[list[tuple[Document, Path, str]]] = []
    for i, res in mapper(extract_partition, [tasks(p) for p in parts]):
        if isinstance(res, Lost):
            retry.extend([t] for t in parts[i])
            continue
        yield from zip(parts[i], res)
    if not retry:
        return
    for i, res in mapper(extract_partition, [tasks(p) for p in retry]):
        if isinstance(res, Lost):
            yield retry[i][0], (f"the reader crashed on this file ({res.message}); "
                                "check that it opens in a PDF viewer, or convert it")
        else:
            yield retry[i][0], res[0]


def _ensure_labels(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                    "'passage_labels'").fetchone() is None:
        store.ensure_schema(conn, LABELS_SCHEMA)


def passage_labels(conn: sqlite3.Connection, doc_id: str | None = None) -> dict[str, list[str]]:
    """passage id → sorted labels carried by the source (the General Comments' `Labels`)."""
    _ensure_labels(conn)
    sql = "SELECT l.passage_id, l.label FROM passage_labels l"
    args: list = []
    if doc_id:
        sql += " JOIN passages p ON p.id = l.passage_id WHERE p.doc_id = ?"
        args.append(doc_id)
    out: dict[str, list[str]] = {}
    for r in conn.execute(sql + " ORDER BY l.passage_id, l.label", args):
        out.setdefault(r[0], []).append(r[1])
    return out


def write_extracted(conn: sqlite3.Connection, doc: Document, res: ExtractResult) -> int:
    """Replace the document in one transaction (passages, pages, labels): all or nothing."""
    passages = [Passage(id=f"{doc.id}:{s.slug}", doc_id=doc.id, seq=i, page=s.page,
                        locator=s.locator, start=s.start, end=s.end, lang=s.lang,
                        heading=s.heading, text=s.text) for i, s in enumerate(res.segments)]
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    _ensure_labels(conn)
    with store.transaction(conn):
        store.replace_document_rows(
            conn, doc, text=res.text, text_sha256=sha256_text(res.text), reader=res.reader,
            n_pages=res.n_pages, pages=res.pages, passages=passages,
            passage_hashes=[sha256_text(p.text) for p in passages], warnings=res.warnings,
            ingested_at=now)
        conn.executemany("INSERT OR IGNORE INTO passage_labels VALUES (?, ?)",
                         [(p.id, lab) for p, s in zip(passages, res.segments) for lab in s.labels])
    return len(passages)


def _record_failure(conn: sqlite3.Connection, path: str, doc_id: str | None, sha: str | None,
                    message: str) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    conn.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?)",
                 (path, doc_id, sha, message, now))


def _select(rows: list[ManifestRow], project: Project, paths: list[Path] | None
            ) -> tuple[list[ManifestRow], list[str]]:
    if not paths:
        return rows, []
    chosen: list[ManifestRow] = []
    unknown: list[str] = []
    by_path = {(project.corpus_dir / r.doc.path).resolve(): r for r in rows}
    for p in paths:
        rp = Path(p).resolve()
        hits = [r for fp, r in by_path.items() if fp == rp or rp in fp.parents]
        hits += [r for r in rows if r.doc.id == str(p)]
        if not hits:
            unknown.append(str(p))
        for r in hits:
            if r not in chosen:
                chosen.append(r)
    return chosen, unknown


class IngestReport(TypedDict):
    """`ingest`: document ids ingested, unchanged and removed, the failures (path, line,
    message), passages written, the documents whose text changed, and the time taken."""
    ingested: list[str]
    unchanged: list[str]
    removed: list[str]
    failed: list[dict[str, Any]]
    passages: int
    text_changed: list[str]
    seconds: float


def ingest(project: Project, *, paths: list[Path] | None = None, password: str | None = None,
           workers: int | None = None, force: bool = False,
           progress: Callable[..., None] | None = None,
           warn: Callable[[str], None] | None = None, mapper: Mapper | None = None) -> IngestReport:
    """Ingest the manifest's documents (or those under `paths`) into build/corpus.sqlite.

    Unchanged files (same sha256, same reader version, same manifest row) are skipped.
    Returns a report: ingested / unchanged / removed ids, failures (path, doc_id, line,
    message) and counts. Never raises for a bad document: that is a failure in the report.
    `text_changed` lists the documents re-extracted with a changed text: their annotations need
    re-anchoring, which the caller composes (`pipeline.ingest`); ingest itself knows nothing of
    annotations. `mapper` runs the reading in partitions (on Dask workers, for `build
    --workers`); without it a local process pool of `workers` reads the files."""
    t0 = time.perf_counter()
    rows, problems = read_manifest(project)
    conn = store.connect(project.db_path)
    _ensure_labels(conn)
    failures: list[dict] = []
    if not paths:           # a whole ingest states every failure anew: none outlives its cause
        conn.execute("DELETE FROM failures")
    for e in problems:
        msg = e.message + (f" ({e.fix})" if e.fix else "")
        doc_id = getattr(e, "doc_id", "") or None
        failures.append({"path": e.path, "doc_id": doc_id, "line": e.line, "message": msg})
        _record_failure(conn, f"corpus/manifest.csv, line {e.line}", doc_id, None, msg)
    selected, unknown = _select(rows, project, paths)
    for u in unknown:
        failures.append({"path": u, "doc_id": None, "line": None,
                         "message": "not in corpus/manifest.csv (add it with `corpus-tool add`)"})

    existing = {r["id"]: r for r in conn.execute(
        "SELECT id, title, issuer, year, type, legal_force, language, path, source, licence, "
        "file_sha256, text_sha256, reader FROM documents")}
    todo: list[tuple[Document, Path, str]] = []
    unchanged: list[str] = []
    hashes = FileHashes(project)
    for row in selected:
        doc = row.doc
        fpath = project.corpus_dir / doc.path
        rel = f"corpus/{doc.path}"
        try:
            project.inside(fpath, what=rel)
            info = reader_for(fpath)
            if not fpath.is_file():
                raise InputError("file not found", fix=f"restore it or fix line {row.line} "
                                 "of corpus/manifest.csv")
            sha = hashes.sha256(fpath)
        except InputError as e:
            msg = e.message + (f" ({e.fix})" if e.fix else "")
            failures.append({"path": rel, "doc_id": doc.id, "line": row.line, "message": msg})
            _record_failure(conn, rel, doc.id, None, msg)
            continue
        if doc.sha256 and doc.sha256 != sha and warn:
            warn(f"{rel}: sha256 differs from corpus/manifest.csv line {row.line} "
                 "(the file changed since it was added); ingesting the file as it is now. "
                 f"If it is a new version, register it: `corpus-tool add {rel} --id {doc.id} "
                 "--replace` (records the old sha256 in corpus/manifest.history.csv)")
        doc = replace(doc, sha256=sha)
        old = existing.get(doc.id)
        if old is not None and not force and old["file_sha256"] == sha \
                and old["reader"] == f"{info.name}+{CODE_VERSION}":
            conn.execute("DELETE FROM failures WHERE doc_id = ?", (doc.id,))   # read as it is
            if _same_meta(old, doc):
                unchanged.append(doc.id)
                continue
            conn.execute("UPDATE documents SET title=?, issuer=?, year=?, type=?, legal_force=?, "
                         "path=?, source=?, licence=? WHERE id=?",
                         (doc.title, doc.issuer, doc.year, doc.type, doc.legal_force, doc.path,
                          doc.source, doc.licence, doc.id))
            if old["language"] == doc.language:
                unchanged.append(doc.id)
                continue
        todo.append((doc, fpath, rel))
    hashes.save()

    removed: list[str] = []
    if not paths:
        keep = {r.doc.id for r in rows} | {getattr(e, "doc_id", "") for e in problems}
        for doc_id in sorted(set(existing) - keep):
            store.delete_document(conn, doc_id)
            removed.append(doc_id)

    ingested: list[str] = []
    text_changed: list[str] = []      # re-extracted documents whose text differs: re-anchor
    n_passages = 0
    if progress:
        progress(0, total=len(todo))

    def done(doc: Document, rel: str, res: ExtractResult | str) -> None:
        nonlocal n_passages
        if isinstance(res, str):
            failures.append({"path": rel, "doc_id": doc.id, "line": None, "message": res})
            _record_failure(conn, rel, doc.id, doc.sha256, res)
        else:
            try:
                old = existing.get(doc.id)
                n_passages += write_extracted(conn, doc, res)
                if old is not None and old["text_sha256"] != sha256_text(res.text):
                    text_changed.append(doc.id)
            except sqlite3.Error as e:
                msg = f"could not store the document: {e}"
                failures.append({"path": rel, "doc_id": doc.id, "line": None, "message": msg})
                _record_failure(conn, rel, doc.id, doc.sha256, msg)
                return
            ingested.append(doc.id)
            if warn:
                for w in res.warnings:
                    warn(f"warning: {rel}: {w}")
        if progress:
            progress(1)

    n_workers = workers if workers is not None else min(len(todo), os.cpu_count() or 1, 4)
    import multiprocessing as mp
    import threading

    # A process pool forks workers: fast, but unsafe from a process that runs threads (the web
    # workbench, a notebook); there, and for one document, read in this process.
    can_fork = "fork" in mp.get_all_start_methods() and threading.active_count() == 1
    if mapper is not None:
        for (doc, _fpath, rel), res in _mapped(mapper, todo, password):
            done(doc, rel, res)
    elif n_workers <= 1 or len(todo) <= 1 or not can_fork:
        for doc, fpath, rel in todo:
            done(doc, rel, _work(str(fpath), doc.language, password))
    else:
        ctx = mp.get_context("fork")
        todo.sort(key=lambda t: -t[1].stat().st_size)   # biggest first: no idle tail
        retry: list[tuple[Document, Path, str]] = []
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx) as pool:
            futs = {pool.submit(_work, str(fpath), doc.language, password): (doc, fpath, rel)
                    for doc, fpath, rel in todo}
            for fut in as_completed(futs):
                doc, fpath, rel = futs[fut]
                try:
                    res = fut.result()
                except BrokenProcessPool:            # a worker died: which document did it?
                    retry.append((doc, fpath, rel))
                    continue
                done(doc, rel, res)
        for doc, fpath, rel in retry:                # one by one, each in its own process
            with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as single:
                try:
                    res = single.submit(_work, str(fpath), doc.language, password).result()
                except BrokenProcessPool as e:
                    res = (f"the reader crashed on this file ({type(e).__name__}); "
                           "check that it opens in a PDF viewer, or convert it")
            done(doc, rel, res)
    if warn:
        for w in copy_warnings(conn, only=set(ingested) if paths else None):
            warn(f"warning: {w}")
    conn.close()
    failures.sort(key=lambda f: (str(f["path"]), f["line"] or 0))
    report: IngestReport = {"ingested": sorted(ingested), "unchanged": sorted(unchanged),
                            "removed": removed, "failed": failures, "passages": n_passages,
                            "text_changed": sorted(text_changed),
                            "seconds": round(time.perf_counter() - t0, 3)}
    return report


def _same_meta(old: sqlite3.Row, doc: Document) -> bool:
    return (old["title"], old["issuer"], old["year"], old["type"], old["legal_force"],
            old["language"], old["path"], old["source"], old["licence"]) == (
        doc.title, doc.issuer, doc.year, doc.type, doc.legal_force, doc.language, doc.path,
        doc.source, doc.licence)
