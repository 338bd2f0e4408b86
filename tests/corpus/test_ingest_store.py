"""The ingest's SQLite write: the full-text index is written in one statement per document
(no per-row trigger), stays consistent through re-ingests and deletions, and an index made by
an older version (with the per-row trigger) is upgraded on open, without double entries."""
from __future__ import annotations

import sqlite3

from corpus_tool.pipeline import ingest
from corpus_tool.store import db as store

from tests.conftest import REPO, make_project

CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
GC = REPO / "corpus" / "general-comments" / "Annotated_ESCR-GC11-PrimEducation.json"
ROWS = [{"id": "un-crc-1989", "title": "CRC", "issuer": "UN", "year": "1989", "path": "crc.md"},
        {"id": "cescr-gc11-1999", "title": "GC 11", "issuer": "CESCR", "year": "1999",
         "path": "gc11.json"}]

OLD_TRIGGER = """CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text, locator, doc_id)
    VALUES (new.rowid, new.text, new.locator, new.doc_id);
END;"""


def _fts_ok(db) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        # raises sqlite3.DatabaseError when the FTS index and the passages disagree
        conn.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES('integrity-check', 1)")
        return (conn.execute("SELECT COUNT(*) FROM passages_fts").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0])
    finally:
        conn.close()


def _hits(project, query, doc_id=None):
    conn = store.connect(project.db_path)
    try:
        return [p.id for p, _s, _snip in store.search_passages(conn, query, doc_id=doc_id)]
    finally:
        conn.close()


def test_fts_index_matches_passages_through_reingest_and_removal(tmp_path):
    project = make_project(tmp_path / "p", ROWS, {"crc.md": CRC, "gc11.json": GC})
    assert not ingest(project, workers=1)["failed"]
    n_fts, n = _fts_ok(project.db_path)
    assert n_fts == n > 300
    assert "un-crc-1989:art-28-1" in _hits(project, "right of the child to education")
    ingest(project, workers=1, force=True)                     # every document rewritten
    assert _fts_ok(project.db_path) == (n, n)
    assert _hits(project, "right of the child to education").count("un-crc-1989:art-28-1") == 1
    project.manifest_path.write_text(
        project.manifest_path.read_text(encoding="utf-8").replace(
            "cescr-gc11-1999,GC 11,CESCR,1999", "x-removed,GC 11,CESCR,1999"), encoding="utf-8")
    rep = ingest(project, workers=1)
    assert rep["removed"] == ["cescr-gc11-1999"] and rep["ingested"] == ["x-removed"]
    assert _fts_ok(project.db_path)[0] == _fts_ok(project.db_path)[1]
    assert _hits(project, "plan of action", doc_id="cescr-gc11-1999") == []
    assert _hits(project, "plan of action", doc_id="x-removed")


def test_an_index_from_an_older_version_is_upgraded_without_double_entries(tmp_path):
    project = make_project(tmp_path / "p", ROWS[:1], {"crc.md": CRC})
    store.connect(project.db_path).close()
    conn = sqlite3.connect(project.db_path)
    conn.executescript(OLD_TRIGGER)                            # what older versions created,
    conn.execute("DROP TABLE _migrations")                     # without recording migrations
    conn.close()
    assert not ingest(project, workers=1)["failed"]
    conn = sqlite3.connect(project.db_path)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert "passages_ai" not in triggers
    n_fts, n = _fts_ok(project.db_path)
    assert n_fts == n
    assert _hits(project, "right of the child to education").count("un-crc-1989:art-28-1") == 1
