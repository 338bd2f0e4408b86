"""The build lock's fingerprints of the index's rows (`lock.query_fp`): hashed as the rows are
read, the same digest as the JSON of the whole list, so locks written before still match; and
taken once per query while a build reads its stages' inputs (`Context.query_fp`)."""
from __future__ import annotations

import json
import sqlite3
from types import SimpleNamespace

from corpus_tool.formats import sha256_bytes
from corpus_tool.pipeline import lock
from corpus_tool.pipeline.lock import query_fp
from corpus_tool.pipeline.context import BuildOptions, Context


def test_rows_are_hashed_as_they_are_read_to_the_digest_of_the_whole_list():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id TEXT, text TEXT, n INTEGER, x REAL)")
    rows = [("a:1", "États parties « shall »", 3, 0.25), ("b:2", "", None, -1.5),
            ("c:3", 'quote " and \\ slash\nnew line', 0, None)]
    conn.executemany("INSERT INTO t VALUES (?,?,?,?)", rows)
    whole = lambda rs: sha256_bytes(json.dumps([tuple(r) for r in rs],   # noqa: E731
                                               ensure_ascii=False).encode())
    assert query_fp(conn, "SELECT * FROM t ORDER BY id") == whole(rows)
    assert query_fp(conn, "SELECT * FROM t WHERE n > 99") == whole([])
    assert query_fp(conn, "SELECT id FROM t ORDER BY id") == whole([(r[0],) for r in rows])
    assert query_fp(conn, "SELECT * FROM missing") == "none"
    assert query_fp(conn, "SELECT * FROM t ORDER BY id") != query_fp(
        conn, "SELECT * FROM t ORDER BY id DESC")


def test_rows_hashed_a_chunk_at_a_time_give_the_digest_of_the_whole_list(monkeypatch):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id TEXT, n INTEGER)")
    rows = [(f"d:{i}", i if i % 3 else None) for i in range(7)]
    conn.executemany("INSERT INTO t VALUES (?,?)", rows)
    whole = sha256_bytes(json.dumps(rows, ensure_ascii=False).encode())
    for chunk in (1, 2, 3, 7, 100):        # chunks that cut the rows anywhere, or not at all
        monkeypatch.setattr(lock, "QUERY_FP_CHUNK", chunk)
        assert query_fp(conn, "SELECT * FROM t ORDER BY id") == whole


def test_a_build_fingerprints_a_query_once_until_its_connection_closes(tmp_path):
    db = tmp_path / "corpus.sqlite"
    with sqlite3.connect(db) as other:
        other.execute("CREATE TABLE statements (id TEXT, text TEXT, strength TEXT)")
        other.execute("INSERT INTO statements VALUES ('d:p1:s1', 'States shall', 'obligation')")
    ctx = Context(SimpleNamespace(db_path=db), BuildOptions())
    sql = "SELECT id, text, strength FROM statements ORDER BY id"
    first = ctx.query_fp(sql)
    with sqlite3.connect(db) as other:           # a stage writes through its own connection
        other.execute("INSERT INTO statements VALUES ('d:p1:s2', 'may', 'permission')")
    assert ctx.query_fp(sql) == first            # taken once while the stage's inputs are read
    ctx.close()                                  # what the build does after a stage runs
    assert ctx.query_fp(sql) == query_fp(sqlite3.connect(db), sql) != first
    ctx.close()
