"""Named index migrations: a fresh index and an index left at an older step both end at the
same schema, each migration runs once, and an index from before `_migrations` is upgraded."""
from __future__ import annotations

import sqlite3

from corpus_tool.pipeline import ingest
from corpus_tool.store import db as store
from corpus_tool.store.migrations import MIGRATIONS, applied, migrate

from tests.conftest import REPO, make_project

CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
NAMES = [m.__name__ for m in MIGRATIONS]


def _schema(path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted((t, n, " ".join((sql or "").split())) for t, n, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def _older(path, steps: int) -> None:
    """An index as a version with only the first `steps` migrations left it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for m in MIGRATIONS[:steps]:
        m(conn)
        conn.execute("INSERT INTO _migrations VALUES (?, '2026-01-01T00:00:00+00:00')",
                     (m.__name__,))
    conn.close()


def test_the_migrations_have_ordered_unique_names():
    assert NAMES == sorted(NAMES) and len(set(NAMES)) == len(NAMES)
    assert NAMES[:2] == ["m001_initial", "m002_fts_without_insert_trigger"]
    assert all(n[:1] == "m" and n[1:4].isdigit() for n in NAMES)


def test_a_fresh_index_runs_every_migration_once(tmp_path):
    conn = store.connect(tmp_path / "fresh.sqlite")
    try:
        assert applied(conn) == NAMES
        assert migrate(conn) == []                       # nothing left to do
        assert applied(conn) == NAMES
    finally:
        conn.close()
    conn = store.connect(tmp_path / "fresh.sqlite")      # opening again runs nothing
    try:
        assert applied(conn) == NAMES
    finally:
        conn.close()


def test_an_index_at_an_older_step_ends_at_the_fresh_schema(tmp_path):
    store.connect(tmp_path / "fresh.sqlite").close()
    _older(tmp_path / "old.sqlite", 1)
    old = _schema(tmp_path / "old.sqlite")
    assert "passages_ai" in {n for _t, n, _s in old}     # the step-1 insert trigger
    conn = store.connect(tmp_path / "old.sqlite")
    try:
        assert applied(conn) == NAMES
    finally:
        conn.close()
    assert _schema(tmp_path / "old.sqlite") == _schema(tmp_path / "fresh.sqlite")
    assert "passages_ai" not in {n for _t, n, _s in _schema(tmp_path / "old.sqlite")}


def test_an_index_from_before_the_migrations_table_is_upgraded_and_keeps_its_rows(tmp_path):
    project = make_project(tmp_path / "p", [{
        "id": "un-crc-1989", "title": "Convention on the Rights of the Child",
        "issuer": "UN General Assembly", "year": "1989", "type": "convention",
        "legal_force": "binding", "language": "en", "path": "crc.md"}], {"crc.md": CRC})
    assert ingest(project, workers=1)["ingested"] == ["un-crc-1989"]
    conn = sqlite3.connect(project.db_path)
    n = conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    conn.execute("DROP TABLE _migrations")               # as an index made before them
    conn.commit()
    conn.close()
    conn = store.connect(project.db_path)
    try:
        assert applied(conn) == NAMES
        assert conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0] == n > 100
        hits = store.search_passages(conn, "right of the child to education", limit=5)
        assert "un-crc-1989:art-28-1" in [p.id for p, _score, _snip in hits]
    finally:
        conn.close()
