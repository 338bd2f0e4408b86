"""The curated view in the index: the run's own clusters kept beside it (so a curation can be
re-applied without clustering again), the view under the curation written to the `clusters`
and `cluster_points` tables, what could not be carried kept with it.

The run is kept as its clusters (one JSON value in `cluster_meta`, without points) and its
points as compact rows (`cluster_run_points`: where each item ended up, nothing the items
already hold), so storing a large run never builds one JSON value with every point.

`settle` is called by `run_clustering` after every run (or reuse) and by every curation
operation (`curate`): the tables always show the clusters as the researcher curated them."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence

import numpy as np

from corpus_tool.models import Cluster
from corpus_tool.project import Project
from corpus_tool.semantic.carry import CarryReport, curate_view
from corpus_tool.semantic.curation import (Curation, curation_lock, curation_path,
                                           decisions_fingerprint, load_curation, parse_curation,
                                           save_curation)
from corpus_tool.semantic.describe import ClusterResult, Point
from corpus_tool.semantic.items import Item, item_ids
from corpus_tool.semantic.match import held_statements
from corpus_tool.store import db as store

SCHEMA = """
CREATE TABLE IF NOT EXISTS cluster_curation (
    id TEXT PRIMARY KEY,                 -- a cluster id of the curated view
    description TEXT NOT NULL,           -- the researcher's short description ('' if none)
    curated INTEGER NOT NULL,            -- 1 = a curated cluster (stable id)
    kinds TEXT NOT NULL                  -- JSON list: rename, merge, split, exclude
);
CREATE TABLE IF NOT EXISTS cluster_run_points (
    seq INTEGER PRIMARY KEY,             -- the point's place in the run (its items sorted by id)
    item_id TEXT NOT NULL,
    cluster_id TEXT NOT NULL,            -- of the run, before any curation ('' = outlier)
    role TEXT NOT NULL,
    similarity REAL NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL
);
"""

Saver = Callable[[sqlite3.Connection, ClusterResult], None]


def _cluster_from_dict(d: dict) -> Cluster:
    return Cluster(**{**d, **{k: tuple(d[k]) for k in ("terms", "members", "representatives",
                                                      "doc_ids", "issuers", "assigned")},
                      "strength_mix": tuple((s, int(n)) for s, n in d["strength_mix"].items())})


def result_from_json(text: str, points: Sequence[Point]) -> ClusterResult:
    """The run stored by `result_to_json`, with its `points` (read from their rows)."""
    d = json.loads(text)
    return ClusterResult(clusters=tuple(_cluster_from_dict(c) for c in d["clusters"]),
                         outliers=tuple(d["outliers"]), points=tuple(points),
                         model_id=d["model_id"], method=d["method"], params=d["params"],
                         quality=d["quality"])


def result_to_json(result: ClusterResult) -> str:
    """The run without its points (they are stored as rows: `_point_rows`)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


def _point_rows(result: ClusterResult):
    """The run's points as `cluster_run_points` rows, made as they are written."""
    return ((i, p.item_id, p.cluster_id, p.role, p.similarity, p.x, p.y)
            for i, p in enumerate(result.points))


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM cluster_meta")}
    except sqlite3.OperationalError:
        return {}


def load_run(conn: sqlite3.Connection, items: Sequence[Item]) -> ClusterResult | None:
    """The last run's own clusters, before any curation, whose items (sorted by id) are `items`:
    each point takes its document, locator, page and text from its item (None when no run is
    stored, or when its points are not those of `items`, one for one in their order)."""
    raw = _meta(conn).get("run")
    if not raw:
        return None
    store.ensure_schema(conn, SCHEMA)
    ids = item_ids(items)
    points = []
    for seq, r in enumerate(conn.execute("SELECT item_id, cluster_id, role, similarity, x, y "
                                         "FROM cluster_run_points ORDER BY seq")):
        if seq >= len(ids) or ids[seq] != r[0]:
            return None
        it = items[seq]
        points.append(Point(item_id=it.id, cluster_id=r[1], role=r[2], similarity=r[3], x=r[4],
                            y=r[5], doc_id=it.doc_id, locator=it.locator, page=it.page,
                            text=it.text))
    if len(points) != len(ids):
        return None
    return result_from_json(raw, points)


def load_carry_report(conn: sqlite3.Connection) -> CarryReport:
    """What the last run (or curation) could and could not carry over."""
    d = _meta(conn).get("curation")
    return CarryReport.from_dict(json.loads(d)) if d else CarryReport()


def load_notes(conn: sqlite3.Connection) -> dict[str, dict]:
    """Cluster id → {description, curated, kinds} for the curated view."""
    store.ensure_schema(conn, SCHEMA)
    return {r["id"]: {"description": r["description"], "curated": bool(r["curated"]),
                      "kinds": json.loads(r["kinds"])}
            for r in conn.execute("SELECT * FROM cluster_curation ORDER BY id")}


def excluded_items(conn: sqlite3.Connection) -> set[str]:
    """The statements (or passages) the curation set aside as noise, alone or with their
    cluster: they feed no indicator draft."""
    try:
        return {r[0] for r in conn.execute(
            "SELECT item_id FROM cluster_points WHERE role = 'excluded'")}
    except sqlite3.OperationalError:         # never clustered
        return set()


def curated_groups(conn: sqlite3.Connection) -> dict[str, str]:
    """Statement id → label, for the statements of the clusters a researcher merged, split or
    renamed: each is one requirement, so its coded statements draft one candidate indicator
    (trial 19: a merged cluster's four coded statements gave three). Only the statements the
    curation holds in the cluster take its label (`match.held_statements`: what it was made
    of, split off into it or pinned to it), not those a later run put beside them: the label
    names what the researcher saw (trial 24: a birth-registration sentence that a run had put in
    a renamed cluster drafted an indicator titled "Accessibility of federal electronic and
    information technology")."""
    try:
        rows = conn.execute("SELECT c.id, c.label, cc.kinds FROM clusters c JOIN "
                            "cluster_curation cc ON cc.id = c.id WHERE cc.curated = 1").fetchall()
    except sqlite3.OperationalError:         # never clustered
        return {}
    labels = {r[0]: r[1] for r in rows if {"merge", "split", "rename"} & set(json.loads(r[2]))}
    stored = _meta(conn).get("held")
    if stored is None:      # a view settled before the held statements were kept: its members
        return {r[0]: labels[r[1]] for r in conn.execute(
            "SELECT item_id, cluster_id FROM cluster_points WHERE role != 'excluded'")
            if r[1] in labels}
    held = json.loads(stored)
    return {s: labels[cid] for cid in sorted(labels) for s in held.get(cid, ())}


def _held(cur: Curation, view: ClusterResult) -> dict[str, list[str]]:
    """Curated cluster id → the statements of the view's cluster that the curation holds in it
    (`held_statements`), for each curated cluster the view shows."""
    members = {c.id: set(c.members) for c in view.clusters}
    return {c.id: sorted(held_statements(cur, ci) & members[c.id])
            for ci, c in enumerate(cur.clusters) if c.id in members}


def settle(project: Project, conn: sqlite3.Connection, run: ClusterResult, items: Sequence[Item],
           *, vectors: Callable[[], np.ndarray], save: Saver,
           stored: Callable[[], ClusterResult | None], fingerprint: str,
           options: dict) -> tuple[ClusterResult, CarryReport]:
    """Write the curated view of `run` (whose items, sorted by id, are `items`; `vectors()` gives
    their run vectors) through `save` (`stored()` reads it back: reused when neither the run nor
the curation's decisions changed), with the run itself and the carry report beside it, and
    mark in the curation file what could not be carried. Returns (view, report)."""
    store.ensure_schema(conn, SCHEMA)
    cur = load_curation(project)
    key = fingerprint + ":" + (decisions_fingerprint(cur) if not cur.is_empty() else "")
    meta = _meta(conn)
    if meta.get("view") == key and meta.get("fingerprint") == fingerprint:
        from_db = stored()
        if from_db is not None:
            return from_db, load_carry_report(conn)
    if cur.is_empty():
        view, report, notes, marked = run, CarryReport(), {}, None
    else:
        v = curate_view(run, items, vectors(), cur, assign_outliers=bool(
            run.params.get("assign_outliers")))
        view, report, notes, marked = v.result, v.report, v.notes, v.curation
    held = _held(marked, view) if marked is not None else {}
    save(conn, view)
    with store.transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO cluster_meta VALUES (?,?)", [
            ("fingerprint", fingerprint), ("run", result_to_json(run)),
            ("options", json.dumps(options, sort_keys=True)),
            ("curation", json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True)),
            ("held", json.dumps(held, ensure_ascii=False, sort_keys=True)), ("view", key)])
        conn.execute("DELETE FROM cluster_run_points")
        conn.executemany("INSERT INTO cluster_run_points VALUES (?,?,?,?,?,?,?)",
                         _point_rows(run))
        conn.execute("DELETE FROM cluster_curation")
        conn.executemany("INSERT INTO cluster_curation VALUES (?,?,?,?)",
                         [(cid, n["description"], int(n["curated"]), json.dumps(n["kinds"]))
                          for cid, n in sorted(notes.items())])
    if marked is not None:
        _mark(project, marked, decisions_fingerprint(cur))
    return view, report


def _mark(project: Project, marked, decisions: str) -> None:
    """Write this run's `unresolved` marks into the curation file, unless its decisions
    changed meanwhile (the operation that changed them settles again)."""
    with curation_lock(project):
        now = parse_curation(curation_path(project))
        if decisions_fingerprint(now) != decisions:
            return
        marks = {c.id: c.unresolved for c in marked.clusters}
        pins = {p.statement: p.unresolved for p in marked.pins}
        excl = {e.statement: e.unresolved for e in marked.excluded_statements}
        for c in now.clusters:
            c.unresolved = marks.get(c.id, c.unresolved)
        for p in now.pins:
            p.unresolved = pins.get(p.statement, p.unresolved)
        for e in now.excluded_statements:
            e.unresolved = excl.get(e.statement, e.unresolved)
        save_curation(project, now)
