"""Read side of the corpus: document list with status, one document with its passages, search."""
from __future__ import annotations

import json
import re
from typing import Any, TypedDict

from corpus_tool.corpus.driver import passage_labels
from corpus_tool.corpus.manifest import RowError, read_manifest
from corpus_tool.errors import InputError
from corpus_tool.project import Project
from corpus_tool.semantic.embed import semantic_search
from corpus_tool.store import db as store


class DocRow(TypedDict, total=False):
    """One row of `docs list` (a document in the index but not in the manifest has only id,
    status and passages; a failed one also has error)."""
    id: str
    title: str
    issuer: str
    year: int | None
    type: str
    legal_force: str
    language: str
    path: str
    status: str
    passages: int
    passages_in_language: int
    pages: int | None
    warnings: list[str]
    error: str


def list_docs(project: Project) -> list[DocRow]:
    """Every manifest row with its status (ingested / stale / failed / not ingested) and
    passage count, a row the manifest cannot read `failed` with the reason; documents still in
    the index but no longer in the manifest are listed as `not in manifest`."""
    rows, problems = read_manifest(project)
    # a row the manifest cannot read now: its document says why (trial 35, P10: a bad year
    # showed the document as "not in manifest", the reason only at the next `ingest`)
    unread = {e.doc_id: str(e) for e in problems if isinstance(e, RowError) and e.doc_id}
    conn = store.connect(project.db_path)
    try:
        info = {r["id"]: r for r in conn.execute(
            "SELECT d.id, d.file_sha256, d.n_pages, d.warnings, "
            "(SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id) AS n, "
            "(SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id AND p.lang = d.language) AS n_lang "
            "FROM documents d")}
        failed = {r["doc_id"]: r["message"] for r in conn.execute(
            "SELECT doc_id, message FROM failures WHERE doc_id IS NOT NULL")}
    finally:
        conn.close()
    out = []
    for row in rows:
        d = row.doc
        i = info.get(d.id)
        status = "not ingested"
        if d.id in failed:
            status = "failed"
        elif i is not None:
            status = "ingested" if not d.sha256 or d.sha256 == i["file_sha256"] else "stale"
        rec: DocRow = {"id": d.id, "title": d.title, "issuer": d.issuer, "year": d.year, "type": d.type,
               "legal_force": d.legal_force, "language": d.language, "path": d.path,
               "status": status, "passages": i["n"] if i else 0,
               "passages_in_language": i["n_lang"] if i else 0,
               "pages": i["n_pages"] if i else None,
               "warnings": json.loads(i["warnings"]) if i else []}
        if status == "failed":
            rec["error"] = failed[d.id]
        out.append(rec)
    known = {r.doc.id for r in rows}
    # a failure whose row is gone from the manifest is no document any more (trial 35, P10:
    # a row removed by hand stayed "failed" until the next `ingest`)
    for doc_id in sorted((set(info) | set(unread)) - known):
        rec = {"id": doc_id, "status": "failed" if doc_id in unread else "not in manifest",
               "passages": info[doc_id]["n"] if doc_id in info else 0}
        out.append({**rec, "error": unread[doc_id]} if doc_id in unread else rec)
    return sorted(out, key=lambda r: r["id"])


class DocDetail(TypedDict):
    """`docs show`: a document's metadata and its passages (each with its labels, if any)."""
    id: str
    title: str
    issuer: str
    year: int | None
    type: str
    legal_force: str
    language: str
    path: str
    source: str
    licence: str
    sha256: str
    text_sha256: str
    reader: str
    pages: int | None
    warnings: list[str]
    ingested_at: str
    passages: list[dict[str, Any]]


def show_doc(project: Project, doc_id: str, *, lang: str | None = None) -> DocDetail:
    conn = store.connect(project.db_path)
    try:
        row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise store.not_ingested(conn, doc_id)
        labels = passage_labels(conn, doc_id)
        passages = []
        for p in store.iter_passages(conn, doc_id, lang=lang):
            d = p.to_dict()
            if p.id in labels:
                d["labels"] = labels[p.id]
            passages.append(d)
        return {"id": row["id"], "title": row["title"], "issuer": row["issuer"],
                "year": row["year"], "type": row["type"], "legal_force": row["legal_force"],
                "language": row["language"], "path": row["path"], "source": row["source"],
                "licence": row["licence"], "sha256": row["file_sha256"],
                "text_sha256": row["text_sha256"], "reader": row["reader"],
                "pages": row["n_pages"], "warnings": json.loads(row["warnings"]),
                "ingested_at": row["ingested_at"], "passages": passages}
    finally:
        conn.close()


class SearchHit(TypedDict, total=False):
    """A search hit: by words (passage_id … text, with a snippet) or by meaning (a
    `SemanticHit`: kind, id, doc_id, locator, page, text, score, model_id, plus passage_id)."""
    passage_id: str
    kind: str
    id: str
    doc_id: str
    locator: str
    page: int | None
    lang: str
    score: float
    snippet: str
    text: str
    model_id: str


def search(project: Project, query: str, *, doc_id: str | None = None, limit: int = 10,
           semantic: bool = False, backend: str = "minilm", progress=None) -> list[SearchHit]:
    """Hits, best first: passage id, document, locator, page, score, snippet, text (`progress`
    follows the embedding of texts not yet cached, for `semantic`)."""
    if not query.strip():
        raise InputError("empty search query", fix="give some words to search for")
    if limit < 1:
        raise InputError(f"--limit {limit}", fix="use a positive number")
    if semantic:
        out = []
        for hit in semantic_search(project, query, backend=backend, limit=limit, doc_id=doc_id,
                                   progress=progress):
            rec = hit.to_dict()
            rec["passage_id"] = (re.sub(r":s\d+$", "", hit.id) if hit.kind == "statement"
                                 else hit.id)
            out.append(rec)
        return out
    conn = store.connect(project.db_path)
    try:
        # the page of a hit is where its matched words are (`store.match_page`)
        return [{"passage_id": p.id, "doc_id": p.doc_id, "locator": p.locator,
                 "page": store.match_page(conn, p, snip), "lang": p.lang,
                 "score": round(score, 4), "snippet": snip, "text": p.text}
                for p, score, snip in store.search_passages(conn, query, limit=limit,
                                                            doc_id=doc_id)]
    finally:
        conn.close()


# a document with at least this share of its text in English is English (a bilingual treaty
# file's Dutch half is its translation); else the language of at least half of it, if any
ENGLISH_SHARE = 0.3


def main_language(project: Project, doc_id: str) -> str | None:
    """The language most of an ingested document's text is in (by its passages' letters), for
    `add` without `--language`; None when no language holds half of it."""
    conn = store.connect(project.db_path)
    try:
        sizes = dict(conn.execute("SELECT lang, SUM(LENGTH(text)) FROM passages WHERE doc_id = ? "
                                  "GROUP BY lang", (doc_id,)).fetchall())
    finally:
        conn.close()
    total = sum(sizes.values())
    if not total or sizes.get("en", 0) >= ENGLISH_SHARE * total:
        return "en" if total else None
    lang, size = max(sizes.items(), key=lambda kv: kv[1])
    return lang if size * 2 >= total else None
