"""Where a coding points in the index: the document text, the passage and statement covering
an offset range, and `locate` (a quote, offsets or a statement id → an anchor)."""
from __future__ import annotations

import sqlite3

from corpus_tool.coding.anchoring import find_quote, make_anchor, nearest
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.models import Anchor
from corpus_tool.project import Project
from corpus_tool.statements.query import statement_at
from corpus_tool.statements.stage import get_statement
from corpus_tool.store.db import (connect, document_text, document_versions, get_passage,
                                  nearest_document, passage_covering)


def connect_index(project: Project) -> sqlite3.Connection:
    if not project.db_path.exists():
        raise InputError("the corpus is not ingested yet", path=project.db_path,
                         fix="run `corpus-tool ingest` first")
    return connect(project.db_path)


def doc_text(conn: sqlite3.Connection, doc_id: str) -> tuple[str, str]:
    try:
        return document_text(conn, doc_id)
    except NotFoundError:
        close = nearest_document(doc_id, document_versions(conn))
        raise NotFoundError(f"unknown document {doc_id!r}" + (f" (did you mean {close!r}?)"
                                                              if close else "")
                            + ": annotations can only point into ingested documents "
                            "(`corpus-tool docs list` shows them)") from None


def passage_at(conn: sqlite3.Connection, doc_id: str, start: int, end: int) -> str | None:
    """The id of the passage holding [start, end) (or, failing that, holding `start`)."""
    row = passage_covering(conn, doc_id, start, end)
    return row["id"] if row else None


def statements_extracted(conn: sqlite3.Connection) -> bool:
    """Whether the statements stage has run (its table exists and has rows)."""
    try:
        return conn.execute("SELECT 1 FROM statements LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _statement_span(conn: sqlite3.Connection, statement_id: str) -> tuple[str, int, int]:
    st = get_statement(conn, statement_id)
    return st.doc_id, st.start, st.end


def locate(conn: sqlite3.Connection, *, doc_id: str | None = None, quote: str | None = None,
           statement_id: str | None = None, passage_id: str | None = None,
           occurrence: int | None = None) -> Anchor:
    """Resolve what a person points at (doc + quote, a statement, a passage, or a quote inside a
    passage or statement) to an anchor in the current document text."""
    lo = hi = None
    if statement_id:
        sdoc, lo, hi = _statement_span(conn, statement_id)
        if doc_id and doc_id != sdoc:
            raise InputError(f"statement {statement_id!r} is in {sdoc!r}, not {doc_id!r}")
        doc_id = sdoc
    elif passage_id:
        p = get_passage(conn, passage_id)
        if doc_id and doc_id != p.doc_id:
            raise InputError(f"passage {passage_id!r} is in {p.doc_id!r}, not {doc_id!r}")
        doc_id, lo, hi = p.doc_id, p.start, p.end
    if not doc_id:
        raise InputError("say what to annotate: --doc with --quote, or --statement, or --passage")
    text, sha = doc_text(conn, doc_id)
    if quote is not None and quote.strip():
        region_lo = lo or 0
        region = text[region_lo:hi] if hi is not None else text[region_lo:]
        spans = [(s + region_lo, e + region_lo) for s, e in find_quote(region, quote)]
        where = f"{statement_id or passage_id or doc_id}"
        if not spans:
            near = nearest(region, quote)
            said = (f"; the document says there: {region[near[0]:near[1]]!r}" if near else "")
            raise InputError(f"the quote is not in {where}: {quote[:80]!r}{said}",
                             fix="copy the words exactly from the document: the amount of "
                                 "whitespace, the kind of quote marks and dashes may differ, but "
                                 "a space may not be added or left out ('expression,teaching' "
                                 "does not match 'expression, teaching')")
        if len(spans) > 1 and occurrence is None:
            raise InputError(f"the quote occurs {len(spans)} times in {where}: {quote[:60]!r}",
                             fix="quote more words, narrow with --passage/--statement, or "
                                 "take one with --occurrence N (1 = the first)")
        k = (occurrence or 1) - 1
        if not 0 <= k < len(spans):
            raise InputError(f"occurrence {occurrence} asked, the quote occurs {len(spans)} times")
        lo, hi = spans[k]
    elif lo is None:
        raise InputError("--doc needs --quote (or use --statement / --passage)")
    # trim surrounding whitespace of passage/statement spans
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    pid = passage_id or passage_at(conn, doc_id, lo, hi)
    sid = statement_id or statement_at(conn, doc_id, lo, hi)
    return make_anchor(text, lo, hi, doc_id=doc_id, text_sha256=sha, passage_id=pid,
                       statement_id=sid)
