"""Named migrations of the index's own tables, in order (the sqlite-utils / llm way): each is a
function `mNNN_what_it_does(conn)`, and the `_migrations` table records which ran, so opening an
index made by an older version brings it to today's schema and a fresh index gets there by the
same steps. Migrations are idempotent (`IF [NOT] EXISTS`): an index from before `_migrations`
existed runs them all, harmlessly. The later stages' own tables (statements, clusters…) are
declared by those stages with `db.ensure_schema`."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next migration (its name is what `_migrations` records)."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    """The first index: documents, pages, passages, failures, and a full-text index kept by
    an insert and a delete trigger."""
    conn.executescript("""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL, issuer TEXT NOT NULL, year INTEGER, type TEXT NOT NULL,
    legal_force TEXT NOT NULL, language TEXT NOT NULL, path TEXT NOT NULL,
    source TEXT NOT NULL, licence TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,       -- of the source file when it was extracted
    text_sha256 TEXT NOT NULL,       -- the document's text version
    reader TEXT NOT NULL,            -- reader name and version, e.g. "pdf-v1"
    text TEXT NOT NULL,              -- the extracted document text that offsets point into
    n_pages INTEGER,
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, page)
);
CREATE TABLE IF NOT EXISTS passages (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, page INTEGER, locator TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    lang TEXT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL,
    text_sha256 TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id, seq);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
    text, locator UNINDEXED, doc_id UNINDEXED, content='passages', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text, locator, doc_id)
    VALUES (new.rowid, new.text, new.locator, new.doc_id);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text, locator, doc_id)
    VALUES ('delete', old.rowid, old.text, old.locator, old.doc_id);
END;
CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY, doc_id TEXT, file_sha256 TEXT, message TEXT NOT NULL, at TEXT NOT NULL
);
""")


@migration
def m002_fts_without_insert_trigger(conn: sqlite3.Connection) -> None:
    """`replace_document_rows` indexes a document's passages in one INSERT … SELECT (about 3x
    faster than a trigger per row): the insert trigger goes."""
    conn.execute("DROP TRIGGER IF EXISTS passages_ai")


@migration
def m003_passage_history(conn: sqlite3.Connection) -> None:
    """The passages of each earlier text of a document (id, span, text hash), kept when its text
    changes, so that a link made on that text can tell whether its passage is still there word
    for word (`db.cited_passage_unchanged`)."""
    conn.executescript("""
CREATE TABLE IF NOT EXISTS passage_history (
    doc_id TEXT NOT NULL, text_sha256 TEXT NOT NULL, passage_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, passage_sha256 TEXT NOT NULL,
    PRIMARY KEY (doc_id, text_sha256, passage_id)
);
""")


@migration
def m004_passage_history_words(conn: sqlite3.Connection) -> None:
    """The hash of each earlier passage's words with its spacing left out (`db.words_sha256`), so
    that a passage whose only change is its spacing (a reader that now spaces "a.To" as "a. To")
    still counts as unchanged for the links made on it."""
    cols = {r[1] for r in conn.execute("PRAGMA table_info(passage_history)")}
    if "words_sha256" not in cols:
        conn.execute("ALTER TABLE passage_history ADD COLUMN words_sha256 TEXT")


@migration
def m005_page_runs(conn: sqlite3.Connection) -> None:
    """Where each page's text is in the document text, run by run (`db.page_runs`): a
    paragraph that runs on over a page break is on two pages, and a quote in it is cited by the
    page its words are on (`pages` keeps one span per page, from its first to its last
    character, which overlap there)."""
    conn.executescript("""
CREATE TABLE IF NOT EXISTS page_runs (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER NOT NULL,
    PRIMARY KEY (doc_id, start)
);
""")


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations this index has run, in the order they ran."""
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    except sqlite3.OperationalError:     # an index from before _migrations
        return []


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Run the migrations this index has not run yet, in order; returns their names."""
    done = set(applied(conn))
    todo = [m for m in MIGRATIONS if m.__name__ not in done]
    if not todo:
        return []
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations "
                 "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for m in todo:
        m(conn)
        conn.execute("INSERT OR IGNORE INTO _migrations (name, applied_at) VALUES (?, ?)",
                     (m.__name__, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return [m.__name__ for m in todo]
