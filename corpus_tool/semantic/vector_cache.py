"""The embedding cache (build/cache/embeddings.sqlite): one float32 vector per (model id, text
sha256), so that an unchanged text is never embedded twice. What reads and writes it whole is
`embed` (embedding what it lacks); what only reads it a chunk at a time (`cached_chunks`) is the
clustering of many statements and the area suggestions' tasks."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.project import Project

CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model_id TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vec BLOB NOT NULL,                 -- float32 little-endian, L2-normalised
    PRIMARY KEY (model_id, text_sha256)
) WITHOUT ROWID;
"""


# 2: a sentence-transformers vector depends on its text alone (`SentenceTransformerEmbedder`);
# vectors of version 1 moved with the batch they were made in, so they are not kept.
# 3: every batch of one shape (`backends.BATCH_ROWS` texts): version 2 batches of one token
# length but of any number of texts still moved the last bits on some processors.
CACHE_VERSION = 3


def cache_path(project: Project) -> Path:
    return project.cache_dir / "embeddings.sqlite"


def connect_cache(project: Project) -> sqlite3.Connection:
    path = cache_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(CACHE_SCHEMA)
    if conn.execute("PRAGMA user_version").fetchone()[0] < CACHE_VERSION:
        conn.execute("DELETE FROM embeddings")
        conn.execute(f"PRAGMA user_version = {CACHE_VERSION}")
    return conn


def get_vectors(conn: sqlite3.Connection, model_id: str, shas: list[str]) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    uniq = list(dict.fromkeys(shas))
    for i in range(0, len(uniq), 500):
        chunk = uniq[i:i + 500]
        q = ("SELECT text_sha256, vec FROM embeddings WHERE model_id = ? AND text_sha256 IN (" +
             ",".join("?" * len(chunk)) + ")")
        for sha, blob in conn.execute(q, [model_id, *chunk]):
            found[sha] = np.frombuffer(blob, dtype="<f4")
    return found


def put_vectors(conn: sqlite3.Connection, model_id: str, rows: list[tuple[str, np.ndarray]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?,?)",
            [(model_id, sha, int(v.shape[0]), np.ascontiguousarray(v, dtype="<f4").tobytes())
             for sha, v in rows])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def cached_shas(conn: sqlite3.Connection, model_id: str, shas: Sequence[str]) -> set[str]:
    """Which of `shas` the cache holds for `model_id` (no vector is read)."""
    have: set[str] = set()
    uniq = list(dict.fromkeys(shas))
    for i in range(0, len(uniq), 500):
        chunk = uniq[i:i + 500]
        q = ("SELECT text_sha256 FROM embeddings WHERE model_id = ? AND text_sha256 IN (" +
             ",".join("?" * len(chunk)) + ")")
        have.update(sha for (sha,) in conn.execute(q, [model_id, *chunk]))
    return have


def cached_chunks(project: Project, model_id: str, shas: Sequence[str], size: int
                  ) -> Iterator[np.ndarray]:
    """The cached vectors of `shas` (float32 rows, in order), `size` rows at a time: only one
    chunk is held. Every sha must be cached (`cache_texts`)."""
    conn = connect_cache(project)
    try:
        for start in range(0, len(shas), size):
            part = shas[start:start + size]
            found = get_vectors(conn, model_id, list(part))
            missing = [s for s in part if s not in found]
            if missing:
                raise InputError(f"{len(missing)} text(s) are not in the embedding cache",
                                 path=cache_path(project),
                                 fix="rebuild: `corpus-tool build` embeds them first")
            yield np.vstack([found[s] for s in part]).astype(np.float32, copy=False)
    finally:
        conn.close()
