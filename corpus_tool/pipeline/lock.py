"""The build lock (build/build.lock.json): per stage, the fingerprint of its inputs and code
(weasel-style content hashes), so an unchanged stage is skipped."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from corpus_tool.formats import atomic_write_text, dumps_json, sha256_file, sha256_text
from corpus_tool.project import Project

LOCK_NAME = "build.lock.json"


LOCK_VERSION = 1


def files_fp(paths: list[Path], root: Path,
             digest: Callable[[Path], str] = sha256_file) -> str:
    h = []
    for p in sorted(paths):
        if p.is_file():
            h.append(f"{p.relative_to(root)}={digest(p)}")
    return sha256_text("\n".join(h))


QUERY_FP_CHUNK = 5_000      # rows hashed per json.dumps


def query_fp(conn: sqlite3.Connection, sql: str) -> str:
    """The sha256 of the query's rows as one JSON list (`json.dumps` of the list of rows,
    "none" when the query fails), hashed a chunk of rows at a time as they are read: a million
    statements' rows, and their JSON, are never held (one `json.dumps` per chunk, not per row:
    the same bytes, a quarter less CPU on the reference statements)."""
    h = hashlib.sha256(b"[")
    try:
        cur = conn.execute(sql)
        sep = ""
        while rows := cur.fetchmany(QUERY_FP_CHUNK):
            # a list's JSON without its brackets: its rows joined by ", ", as in the whole list
            h.update((sep + json.dumps([tuple(r) for r in rows],
                                       ensure_ascii=False)[1:-1]).encode())
            sep = ", "
    except sqlite3.Error:
        return "none"
    h.update(b"]")
    return h.hexdigest()


def parts_fp(*parts: object) -> str:
    return sha256_text(dumps_json([str(p) for p in parts]))


def lock_path(project: Project) -> Path:
    return project.build_dir / LOCK_NAME


def read_lock(project: Project) -> dict:
    p = lock_path(project)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("version") == LOCK_VERSION:
            return data
    except (OSError, ValueError):
        pass
    return {"version": LOCK_VERSION, "stages": {}}


def write_lock(project: Project, lock: dict) -> None:
    atomic_write_text(lock_path(project), json.dumps(lock, indent=2, sort_keys=True) + "\n")


def save_json(path: Path, data) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def jsonable(x):
    try:
        json.dumps(x)
        return x
    except TypeError:
        return json.loads(json.dumps(x, default=str))
