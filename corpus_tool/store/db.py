"""The SQLite index under build/: documents, pages, passages and a full-text index.

Everything here is derived and regenerable; deleting build/ loses nothing but the passages of
earlier texts, which only spare a person re-reading a link whose passage did not change. The core
tables are made and kept up to date by the named migrations of `store.migrations`; later stages
own their own tables and declare them with `ensure_schema` (statements, embeddings, clusters…).
"""
from __future__ import annotations

import difflib
import hashlib
import json
import re
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from corpus_tool.errors import NotFoundError
from corpus_tool.inline_items import cited_in
from corpus_tool.models import Document, Passage
from corpus_tool.store.migrations import migrate


def connect(db_path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the index. WAL mode: the web workbench and the CLI can read
    while another process writes."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.create_function("words_sha256", 1, words_sha256, deterministic=True)
    migrate(conn)
    return conn


def words_sha256(text: str | None) -> str | None:
    """sha256 of a text's words with every space and line break left out: two texts with the
    same hash differ at most in their spacing, which never changes what a passage says."""
    if text is None:
        return None
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


def ensure_schema(conn: sqlite3.Connection, ddl: str) -> None:
    """Create the tables in `ddl` if they do not exist (idempotent)."""
    conn.executescript(ddl)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing: a crash inside leaves the index as it was before."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- documents --------------------------------------------------------------------------------

def _document_from_row(row: sqlite3.Row) -> Document:
    return Document(id=row["id"], title=row["title"], issuer=row["issuer"], year=row["year"],
                    type=row["type"], legal_force=row["legal_force"], language=row["language"],
                    path=row["path"], source=row["source"], licence=row["licence"],
                    sha256=row["file_sha256"])


def nearest_document(doc_id: str, known) -> str | None:
    """The ingested document id a mistyped one most likely means ('ilo-c128' → 'ilo-c128-1967'),
    one rule for `annotations add`, `annotations import` and a command's unknown `--doc` (they
    suggested differently: a researcher's trial 29; 'crc-1989' → 'un-crc-1989'). Not another
    issuer's, as the id's first part names it: 'uk-defamation-2013' is not 'ck-defamation-1993'
    (trial 30)."""
    first = doc_id.split("-")[0]
    kin = sorted(k for k in known if k.split("-")[0] == first or doc_id in k or k in doc_id)
    close = difflib.get_close_matches(doc_id, kin, n=1, cutoff=0.6)
    # the one id that holds it whole ("crc", "istanbul"), too short a part for the ratio
    whole = [k for k in kin if doc_id.lower() in k.lower()]
    return close[0] if close else whole[0] if len(whole) == 1 else None


def not_ingested(conn: sqlite3.Connection, doc_id: str) -> NotFoundError:
    """The error for a document the index does not hold: why, when its last ingest failed
    (trial 40, P14: after an ingest that failed on a missing file, "run `corpus-tool ingest`")."""
    failed = conn.execute("SELECT path, message FROM failures WHERE doc_id = ?",
                          (doc_id,)).fetchone()
    if failed is not None:
        return NotFoundError(f"document {doc_id!r} could not be ingested: {failed['path']}: "
                             f"{failed['message']}; then run `corpus-tool ingest`")
    near = nearest_document(doc_id, (r[0] for r in conn.execute("SELECT id FROM documents")))
    if near:        # "--doc istanbul" (trial 41, P14: told to run ingest)
        return NotFoundError(f"no ingested document {doc_id!r}; did you mean {near!r}?")
    return NotFoundError(f"no ingested document {doc_id!r} (run `corpus-tool ingest`; "
                         "`corpus-tool docs list` shows what is there)")


def get_document(conn: sqlite3.Connection, doc_id: str) -> Document:
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise not_ingested(conn, doc_id)
    return _document_from_row(row)


def list_documents(conn: sqlite3.Connection) -> list[Document]:
    return [_document_from_row(r) for r in conn.execute("SELECT * FROM documents ORDER BY id")]


def document_text(conn: sqlite3.Connection, doc_id: str) -> tuple[str, str]:
    """(text, text_sha256) of an ingested document: what anchors and offsets point into."""
    row = conn.execute("SELECT text, text_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise not_ingested(conn, doc_id)
    return row["text"], row["text_sha256"]


def document_versions(conn: sqlite3.Connection) -> dict[str, str]:
    """doc id → text sha256, for every ingested document."""
    return {r["id"]: r["text_sha256"] for r in conn.execute("SELECT id, text_sha256 FROM documents")}


# --- passages ---------------------------------------------------------------------------------

def _passage_from_row(row: sqlite3.Row) -> Passage:
    return Passage(id=row["id"], doc_id=row["doc_id"], seq=row["seq"], page=row["page"],
                   locator=row["locator"], start=row["start"], end=row["end"], lang=row["lang"],
                   heading=row["heading"], text=row["text"])


def get_passage(conn: sqlite3.Connection, passage_id: str) -> Passage:
    row = conn.execute("SELECT * FROM passages WHERE id = ?", (passage_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no passage {passage_id!r}")
    return _passage_from_row(row)


def iter_passages(conn: sqlite3.Connection, doc_id: str | None = None, *,
                  lang: str | None = None, own_language: bool = False) -> Iterator[Passage]:
    """Passages in document order. `lang="en"` keeps only passages in that language;
    `own_language=True` keeps only passages in their document's corpus language (what later
    stages read: the other-language halves of bilingual editions are flagged, kept, skipped)."""
    sql, args = "SELECT p.* FROM passages p", []
    where = []
    if own_language:
        sql += " JOIN documents d ON d.id = p.doc_id"
        where.append("p.lang = d.language")
    if doc_id:
        where.append("p.doc_id = ?")
        args.append(doc_id)
    if lang:
        where.append("p.lang = ?")
        args.append(lang)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.doc_id, p.seq"
    for row in conn.execute(sql, args):
        yield _passage_from_row(row)


def page_runs(conn: sqlite3.Connection, doc_id: str) -> list[tuple[int, int, int]]:
    """(start, end, page) of each run of one page's text in the document, in order (none for a
    document without pages, or one ingested before runs were kept)."""
    return [tuple(r) for r in conn.execute('SELECT start, "end", page FROM page_runs WHERE '
                                           "doc_id = ? ORDER BY start", (doc_id,))]


def quote_page(runs: list[tuple[int, int, int]], start: int, default: int | None = None
               ) -> int | None:
    """The page the words at `start` are on (`page_runs`), else `default` (the passage's)."""
    i = bisect_right([s for s, _, _ in runs], start) - 1
    return runs[i][2] if i >= 0 else default


_MARKED = re.compile(r"\[([^\[\]]+)\]")


def match_page(conn: sqlite3.Connection, passage: Passage, snippet: str) -> int | None:
    """The page of a search hit: where the first word the search matched is in `passage` (the
    first word `snippet` marks, at its first place in the passage: the search marks each place
    of a matched word), else the passage's own page. A paragraph running from p. 5 to p. 6 whose
    matched words are on p. 6 was given as p. 5 (trial 24)."""
    m = _MARKED.search(snippet)
    if m is None or passage.page is None:
        return passage.page
    at = re.search(r"(?<!\w)" + re.escape(m.group(1)) + r"(?!\w)", passage.text)
    if at is None:
        return passage.page
    return quote_page(page_runs(conn, passage.doc_id), passage.start + at.start(), passage.page)


def passage_covering(conn: sqlite3.Connection, doc_id: str, start: int,
                     end: int) -> dict | None:
    """The passage (id, locator, page, lang) covering the offsets [start, end): the shortest
    passage holding the whole range or, failing that, the shortest holding `start`. The one rule
    for "which passage is this quote in" (codings, evidence, provenance); its locator names the
    item of a paragraph read whole that the range lies in ("para. 63(g)": `inline_items`)."""
    row = conn.execute('SELECT id, locator, page, lang, start, text FROM passages WHERE '
                       'doc_id = ? AND start <= ? AND "end" >= ? ORDER BY ("end" - start) '
                       'LIMIT 1', (doc_id, start, end)).fetchone()
    if row is None:
        row = conn.execute('SELECT id, locator, page, lang, start, text FROM passages WHERE '
                           'doc_id = ? AND start <= ? AND "end" > ? ORDER BY ("end" - start) '
                           'LIMIT 1', (doc_id, start, start)).fetchone()
    if row is None:
        return None
    at = row["start"]
    return {"id": row["id"], "page": row["page"], "lang": row["lang"],
            "locator": cited_in(row["locator"], row["text"], start - at, end - at)}


def cited_passage_unchanged(conn: sqlite3.Connection, doc_id: str, text_sha256: str | None,
                            start: int | None, end: int | None) -> bool:
    """Is the passage that held `start`–`end` of the document's text `text_sha256` (an earlier
    text, as a link recorded it) still in the index word for word, under the same id? Its
    spacing may differ (`words_sha256`). False when the index does not know that text (an index
    rebuilt since, or a link made elsewhere): a person then looks, as for any change."""
    if not text_sha256 or start is None or end is None:
        return False
    row = conn.execute(
        'SELECT h.passage_sha256 = p.text_sha256 OR h.words_sha256 = words_sha256(p.text) '
        'FROM passage_history h JOIN passages p '
        'ON p.id = h.passage_id WHERE h.doc_id = ? AND h.text_sha256 = ? AND h.start <= ? '
        'AND ? <= h."end" ORDER BY h."end" - h.start LIMIT 1',
        (doc_id, text_sha256, start, end)).fetchone()
    return bool(row and row[0])


def passage_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """passage id → sha256 of its text: later stages recompute only what changed."""
    return {r["id"]: r["text_sha256"] for r in conn.execute("SELECT id, text_sha256 FROM passages")}


def write_document(conn: sqlite3.Connection, doc: Document, *, text: str, text_sha256: str,
                   reader: str, n_pages: int | None, pages: Iterable[tuple[int, int, int]],
                   passages: Iterable[Passage], passage_hashes: Iterable[str],
                   warnings: list[str], ingested_at: str) -> None:
    """Replace one document and its pages and passages in a single transaction."""
    with transaction(conn):
        replace_document_rows(conn, doc, text=text, text_sha256=text_sha256, reader=reader,
                              n_pages=n_pages, pages=pages, passages=passages,
                              passage_hashes=passage_hashes, warnings=warnings,
                              ingested_at=ingested_at)


def replace_document_rows(conn: sqlite3.Connection, doc: Document, *, text: str,
                          text_sha256: str, reader: str, n_pages: int | None,
                          pages: Iterable[tuple[int, int, int]], passages: Iterable[Passage],
                          passage_hashes: Iterable[str], warnings: list[str],
                          ingested_at: str) -> None:
    """The body of `write_document` without its transaction, for callers that write more rows
    (e.g. passage labels) in the same transaction: `with transaction(conn): ...`. When the
    document's text changes, its earlier passages are kept in `passage_history`."""
    conn.execute(
        'INSERT OR IGNORE INTO passage_history (doc_id, text_sha256, passage_id, start, "end", '
        'passage_sha256, words_sha256) SELECT p.doc_id, d.text_sha256, p.id, p.start, p."end", '
        'p.text_sha256, words_sha256(p.text) FROM passages p JOIN documents d ON d.id = p.doc_id '
        "WHERE p.doc_id = ? AND d.text_sha256 != ?", (doc.id, text_sha256))
    conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc.id,))
    conn.execute("DELETE FROM pages WHERE doc_id = ?", (doc.id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
    conn.execute(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc.id, doc.title, doc.issuer, doc.year, doc.type, doc.legal_force, doc.language,
         doc.path, doc.source, doc.licence, doc.sha256, text_sha256, reader, text, n_pages,
         json.dumps(warnings, ensure_ascii=False), ingested_at))
    conn.execute("DELETE FROM page_runs WHERE doc_id = ?", (doc.id,))
    pages = list(pages)
    spans: dict[int, tuple[int, int]] = {}
    for p, s, e in pages:
        spans[p] = (min(s, spans.get(p, (s, e))[0]), max(e, spans.get(p, (s, e))[1]))
    conn.executemany("INSERT INTO pages VALUES (?,?,?,?)",
                     [(doc.id, p, s, e) for p, (s, e) in sorted(spans.items())])
    conn.executemany("INSERT INTO page_runs VALUES (?,?,?,?)",
                     [(doc.id, s, e, p) for p, s, e in pages])
    conn.executemany(
        "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(p.id, p.doc_id, p.seq, p.page, p.locator, p.start, p.end, p.lang, p.heading, p.text, h)
         for p, h in zip(passages, passage_hashes, strict=True)])
    conn.execute("INSERT INTO passages_fts(rowid, text, locator, doc_id) "     # one statement
                 "SELECT rowid, text, locator, doc_id FROM passages WHERE doc_id = ?", (doc.id,))
    conn.execute("DELETE FROM failures WHERE doc_id = ?", (doc.id,))


def failed_files(conn: sqlite3.Connection) -> list[str]:
    """"path: message" of every file (or manifest line) the last ingest could not read."""
    return [f"{p}: {m}" for p, m in conn.execute("SELECT path, message FROM failures "
                                                  "ORDER BY path")]


def forget_failure(conn: sqlite3.Connection, doc_id: str) -> None:
    """A document withdrawn from the manifest is no failure to report."""
    with transaction(conn):
        conn.execute("DELETE FROM failures WHERE doc_id = ?", (doc_id,))


def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM pages WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM page_runs WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def search_passages(conn: sqlite3.Connection, query: str, *, limit: int = 20,
                    doc_id: str | None = None, offset: int = 0
                    ) -> list[tuple[Passage, float, str]]:
    """Full-text search (SQLite FTS5, BM25). Returns (passage, score, snippet), best first,
    from the `offset`-th on. The query is taken as plain words (quoted phrases kept), never as
    FTS syntax."""
    terms = _fts_query(query)
    if not terms:
        return []
    where, args = _fts_where(terms, doc_id)
    sql = ("SELECT p.*, bm25(passages_fts) AS score, "
           "snippet(passages_fts, 0, '[', ']', '…', 16) AS snip " + where +
           " ORDER BY score LIMIT ? OFFSET ?")
    return [(_passage_from_row(r), -r["score"], r["snip"])
            for r in conn.execute(sql, [*args, limit, offset])]


def count_passages_matching(conn: sqlite3.Connection, query: str, *,
                            doc_id: str | None = None) -> int:
    """How many passages `search_passages` finds in all: a page showing the first 30 says
    "30 of 137", not "30 results" (trial 17)."""
    terms = _fts_query(query)
    if not terms:
        return 0
    where, args = _fts_where(terms, doc_id)
    return conn.execute("SELECT count(*) " + where, args).fetchone()[0]


def _fts_where(terms: str, doc_id: str | None) -> tuple[str, list]:
    sql = ("FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid "
           "WHERE passages_fts MATCH ?")
    args: list = [terms]
    if doc_id:
        sql += " AND p.doc_id = ?"
        args.append(doc_id)
    return sql, args


def _fts_query(query: str) -> str:
    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]*"', " ", query)
    words = re.findall(r"\w+", rest)
    parts = ['"' + p.replace('"', "") + '"' for p in phrases if p.strip()]
    parts += ['"' + w + '"' for w in words]
    return " AND ".join(parts)
