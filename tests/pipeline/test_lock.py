"""The build lock's fingerprints of the index's rows (`lock._query_fp`): hashed as the rows are
read, the same digest as the JSON of the whole list, so locks written before still match."""
from __future__ import annotations

import json
import sqlite3

from corpus_tool.formats import sha256_bytes
from corpus_tool.pipeline.lock import _query_fp


def test_rows_are_hashed_as_they_are_read_to_the_digest_of_the_whole_list():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id TEXT, text TEXT, n INTEGER, x REAL)")
    rows = [("a:1", "États parties « shall »", 3, 0.25), ("b:2", "", None, -1.5),
            ("c:3", 'quote " and \\ slash\nnew line', 0, None)]
    conn.executemany("INSERT INTO t VALUES (?,?,?,?)", rows)
    whole = lambda rs: sha256_bytes(json.dumps([tuple(r) for r in rs],   # noqa: E731
                                               ensure_ascii=False).encode())
    assert _query_fp(conn, "SELECT * FROM t ORDER BY id") == whole(rows)
    assert _query_fp(conn, "SELECT * FROM t WHERE n > 99") == whole([])
    assert _query_fp(conn, "SELECT id FROM t ORDER BY id") == whole([(r[0],) for r in rows])
    assert _query_fp(conn, "SELECT * FROM missing") == "none"
    assert _query_fp(conn, "SELECT * FROM t ORDER BY id") != _query_fp(
        conn, "SELECT * FROM t ORDER BY id DESC")
