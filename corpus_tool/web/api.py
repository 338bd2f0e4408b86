"""The workbench's JSON API: documents, passages, statements, search, and the project status.

Every handler opens the index for the request only and re-reads files through the library, so
edits made by the CLI meanwhile are always seen. Feature modules written by other stages are
imported lazily: when one is missing, the API says which command to run instead of failing.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from corpus_tool.coding.files import default_coder
from corpus_tool.errors import CorpusToolError, InputError
from corpus_tool.formats import sha256_text
from corpus_tool.semantic.backends import BACKENDS, DEFAULT_BACKEND
from corpus_tool.statements.query import passage_of
from corpus_tool.store.db import (count_passages_matching, get_document, get_passage,
                                  iter_passages, list_documents, match_page, search_passages)
from corpus_tool.web.api_annotations import load_annotation_dicts
from corpus_tool.web.args import (STAGES, feature, has_feature, int_arg, need,  # noqa: F401
                                  text_arg)
from corpus_tool.web.workbench import Request, Unavailable, Workbench, router


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


# --- status -----------------------------------------------------------------------------------

@router.add("GET", "/status")
def status(wb: Workbench, req: Request) -> dict:
    with closing(wb.connect()) as conn:
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_passages = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        n_statements = (conn.execute("SELECT count(*) FROM statements").fetchone()[0]
                        if _table_exists(conn, "statements") else None)
    coder = default_coder()
    return {"project": wb.project.root.name, "root": str(wb.project.root), "default_coder": coder,
            "documents": n_docs, "passages": n_passages, "statements": n_statements,
            "features": {name: has_feature(name) for name in STAGES},
            "report": sorted(p.name for p in wb.project.report_dir.glob("*.html"))
            if wb.project.report_dir.is_dir() else []}


@router.add("GET", "/stamp")
def stamp(wb: Workbench, req: Request) -> dict:
    """A fingerprint of the files researchers' work lives in (annotations/, indicators/, the
    manifest, answers/), from their sizes and modification times: the page polls it to say when
    a command or another tab changed them while it was open."""
    root = wb.project.root
    files = [wb.project.manifest_path]
    for d in (wb.project.annotations_dir, wb.project.indicators_dir, root / "answers"):
        if d.is_dir():
            files += [p for p in d.rglob("*") if p.is_file() and not p.name.startswith(".")]
    parts = []
    for p in sorted(files):
        try:
            st = p.stat()
        except OSError:
            continue
        parts.append(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}")
    return {"stamp": sha256_text("\n".join(parts))[:16]}


# --- documents --------------------------------------------------------------------------------

@router.add("GET", "/docs")
def docs(wb: Workbench, req: Request) -> dict:
    with closing(wb.connect()) as conn:
        counts = dict(conn.execute("SELECT doc_id, count(*) FROM passages GROUP BY doc_id"))
        pages = dict(conn.execute("SELECT id, n_pages FROM documents"))
        docs = [{**d.to_dict(), "passages": counts.get(d.id, 0), "pages": pages.get(d.id)}
                for d in list_documents(conn)]
    ann_counts: dict[str, int] = {}
    try:
        for a in load_annotation_dicts(wb):
            ann_counts[a["doc_id"]] = ann_counts.get(a["doc_id"], 0) + 1
    except Unavailable:
        pass
    for d in docs:
        d["annotations"] = ann_counts.get(d["id"], 0)
    return {"documents": docs}


@router.add("GET", "/docs/{doc_id}")
def doc(wb: Workbench, req: Request) -> dict:
    doc_id = req.params["doc_id"]
    with closing(wb.connect()) as conn:
        d = get_document(conn, doc_id)
        row = conn.execute("SELECT n_pages, text_sha256, reader, warnings, ingested_at "
                           "FROM documents WHERE id = ?", (doc_id,)).fetchone()
        passages = [p.to_dict() for p in iter_passages(conn, doc_id)]
        statements, statements_note = doc_statements(conn, doc_id)
    try:
        annotations = load_annotation_dicts(wb, doc_id)
        annotations_note = None
    except Unavailable as e:
        annotations, annotations_note = [], str(e)
    return {"document": {**d.to_dict(), "pages": row["n_pages"], "text_sha256": row["text_sha256"],
                         "reader": row["reader"], "ingested_at": row["ingested_at"]},
            "passages": passages, "statements": statements, "statements_note": statements_note,
            "annotations": annotations, "annotations_note": annotations_note}


def doc_statements(conn: sqlite3.Connection, doc_id: str) -> tuple[list[dict], str | None]:
    try:
        mod = feature("statements")
    except Unavailable as e:
        return [], str(e)
    if not _table_exists(conn, "statements"):
        return [], "no statements yet: run `corpus-tool statements`"
    try:
        found = need(mod, "list_statements", "corpus-tool statements")(conn, doc_id=doc_id)
    except Unavailable as e:
        return [], str(e)
    return [s.to_dict() for s in found], None if found else "no statements found in this document"


# --- search -----------------------------------------------------------------------------------

@router.add("GET", "/search")
def search(wb: Workbench, req: Request) -> dict:
    q = text_arg(req, "q", required=True, max_len=500)
    mode = text_arg(req, "mode", default="text")
    limit = int_arg(req, "limit", default=30, lo=1, hi=200)
    doc_id = text_arg(req, "doc", max_len=200)
    if mode == "text":
        # `total` and `offset`: the page says "30 of 137" and fetches the next ones
        offset = int_arg(req, "offset", default=0, lo=0, hi=10**9)
        with closing(wb.connect()) as conn:
            hits = search_passages(conn, q, limit=limit, doc_id=doc_id, offset=offset)
            total = count_passages_matching(conn, q, doc_id=doc_id)
            titles = dict(conn.execute("SELECT id, title FROM documents"))
            # a hit is cited by the page its matched words are on (`match_page`)
            results = [{"passage": p.to_dict() | {"page": match_page(conn, p, snip)},
                        "score": round(score, 4), "snippet": snip,
                        "title": titles.get(p.doc_id, p.doc_id)} for p, score, snip in hits]
        return {"mode": mode, "query": q, "total": total, "offset": offset, "results": results}
    if mode == "semantic":
        return semantic(wb, q, limit=limit, doc_id=doc_id, backend=text_arg(req, "backend"))
    raise InputError(f"unknown search mode {mode!r}", fix="use `text` or `semantic`")


def configured_backend(wb: Workbench, asked: str | None) -> str:
    """The embedding backend a request may use: the server's own (`serve --backend`) or one
    of the library's built-in names. Any other name or path is refused before anything is
    loaded: a page (or another site) must not make the server load or fetch a model."""
    if not asked:
        return wb.backend or DEFAULT_BACKEND
    allowed = sorted(set(BACKENDS) | ({wb.backend} if wb.backend else set()))
    if asked not in allowed:
        raise InputError(f"unknown embedding backend {asked!r} for this workbench",
                         fix="use one of " + ", ".join(allowed) + " (other models: start "
                             "`corpus-tool serve --backend NAME`)")
    return asked


def semantic(wb: Workbench, q: str, *, limit: int, doc_id: str | None,
             backend: str | None) -> dict:
    """`corpus-tool search --semantic`: passages and statements ranked by meaning."""
    mod = feature("embed")
    fn = need(mod, "semantic_search", "corpus-tool search --semantic")
    kwargs: dict[str, Any] = {"limit": limit, "doc_id": doc_id}
    if backend or wb.backend:
        kwargs["backend"] = configured_backend(wb, backend)
    hits = fn(wb.project, q, **kwargs)
    results = []
    with closing(wb.connect()) as conn:
        titles = dict(conn.execute("SELECT id, title FROM documents"))
        for h in hits:
            pid = h.id if h.kind == "passage" else passage_of(h.id)
            try:
                passage = get_passage(conn, pid).to_dict()
            except CorpusToolError:
                continue
            results.append({"passage": passage, "score": h.score, "snippet": h.text,
                            "kind": h.kind, "id": h.id, "model_id": h.model_id,
                            "title": titles.get(h.doc_id, h.doc_id)})
    return {"mode": "semantic", "query": q, "results": results,
            "model_id": hits[0].model_id if hits else None}


# the annotation adapters live in api_annotations; imported here so `docs` can count them
