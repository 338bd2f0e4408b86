"""Carrying a curation over to a new clustering run, and building the curated view.

A re-run (same corpus, grown corpus, another embedding backend) gives clusters with new ids.
Each curated cluster remembers the run clusters it was made of (`parts`, as member lists, less
what was split off or pinned elsewhere since: `own_statements`); they are found again by
membership overlap (Jaccard), assigned one to one with the Hungarian method
(`scipy.optimize.linear_sum_assignment`). Where overlap cannot decide (the part's statements
now spread over two clusters, or one cluster that grew well beyond it), meaning decides: the
cosine between the part's centroid and each candidate's. What still cannot be carried is
reported with the reason and marked `unresolved` in the file, never dropped:
a part whose members scattered, a cluster that split, a pinned or excluded statement that no
longer exists, two curated clusters that the run put together.

Then the curated view: the run's groups with the curated ones under their stable ids, split-off
statements and pins moved, excluded clusters and statements set aside (role `excluded`; an
excluded cluster's own statements stay aside where the run put them), each
cluster described again (`describe`: terms, representatives, metadata), the researcher's label
in place of the tool's where there is one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from corpus_tool.semantic.curation import CuratedCluster, Curation
from corpus_tool.semantic.describe import ClusterResult, Point, cluster_id, describe
from corpus_tool.semantic.group import normalise
from corpus_tool.semantic.items import Item

JACCARD_MIN = 0.5      # overlap that decides on its own
SHARE_MIN = 0.25       # a run cluster holding this share of a part's statements is a candidate
MAJORITY = 0.5         # ... and this share, with the meaning agreeing, carries the part
SECOND_MAX = 0.34      # a second candidate above this share makes it a split, unless meaning
COS_MARGIN = 0.05      # ... prefers the first by this margin
LONE_MIN = 0.4         # a lone candidate below the majority share carries with this share ...
COS_MIN = 0.7          # ... and a centroid this similar
KINDS = ("rename", "merge", "split", "pin", "exclude")
# a pinned or excluded statement this run does not hold: gone with its text, or an id mistyped
# in the file by hand (trial 19 was told a typo "no longer exists")
NOT_IN_RUN = "no statement of this run has that id (its text changed or went, or it is mistyped)"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one curation on this run."""
    kind: str                # rename / merge / split / pin / exclude
    target: str              # curated cluster id, or statement id (pin, excluded statement)
    carried: bool
    detail: str              # how it was found again, or why it could not be carried
    review: str = ""         # carried onto a cluster mostly of statements the curation never saw

    def to_dict(self) -> dict:
        return {"kind": self.kind, "target": self.target, "carried": self.carried,
                "detail": self.detail, "review": self.review}


@dataclass(frozen=True, slots=True)
class Moved:
    """Where a curated cluster went: the run clusters it was found in."""
    cluster: str
    run_clusters: tuple[str, ...]
    how: str                 # overlap / meaning / listed / not found

    def to_dict(self) -> dict:
        return {"cluster": self.cluster, "run_clusters": list(self.run_clusters), "how": self.how}


@dataclass(frozen=True, slots=True)
class CarryReport:
    outcomes: tuple[Outcome, ...] = ()
    moved: tuple[Moved, ...] = ()

    def counts(self) -> dict[str, dict[str, int]]:
        out = {k: {"carried": 0, "not_carried": 0} for k in KINDS}
        for o in self.outcomes:
            out[o.kind]["carried" if o.carried else "not_carried"] += 1
        return out

    def not_carried(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.carried]

    def to_review(self) -> list[Outcome]:
        """Names carried onto clusters that are now mostly statements the curation never saw."""
        return [o for o in self.outcomes if o.carried and o.review
                and o.kind in ("rename", "merge")]

    def warnings(self) -> list[str]:
        return [f"annotations/clusters.yaml: {o.kind} of {o.target} not carried over: {o.detail} "
                "(see `corpus-tool cluster history`; redo it on the new clusters, or "
                f"`corpus-tool cluster forget {o.target}`)" for o in self.not_carried()] + [
            f"annotations/clusters.yaml: {o.kind} of {o.target} carried over, but {o.review}: "
            "check that its label and description still name what its statements require "
            f"(`corpus-tool cluster --json`; `corpus-tool cluster rename {o.target}` if not)"
            for o in self.to_review()]

    def to_dict(self) -> dict:
        return {"counts": self.counts(), "not_carried": [o.to_dict() for o in self.not_carried()],
                "to_review": [o.to_dict() for o in self.to_review()],
                "outcomes": [o.to_dict() for o in self.outcomes],
                "moved": [m.to_dict() for m in self.moved]}

    @classmethod
    def from_dict(cls, d: dict) -> "CarryReport":
        return cls(outcomes=tuple(Outcome(**o) for o in d.get("outcomes", [])),
                   moved=tuple(Moved(cluster=m["cluster"], run_clusters=tuple(m["run_clusters"]),
                                     how=m["how"]) for m in d.get("moved", [])))


@dataclass(frozen=True, slots=True)
class CuratedView:
    result: ClusterResult
    report: CarryReport
    curation: Curation               # the file's curation with this run's `unresolved` marks
    notes: dict = field(default_factory=dict)   # cluster id → {description, curated, kinds}


def _centroid(x: np.ndarray, rows: list[int]) -> np.ndarray:
    return normalise(x[rows].mean(axis=0, keepdims=True))[0]


def _pct(a: float) -> str:
    return f"{round(100 * a)}%"


def own_statements(cur: Curation, ci: int, pi: int) -> set[str]:
    """The statements part `pi` of curated cluster `ci` still stands for: the run cluster's
    members it was made of, less those the researcher moved out since (split off into another
    curated cluster, or pinned to one). A split leaves the part as it was; what stayed is what
    a re-run must find again, not the statements that left with the split."""
    return set(cur.clusters[ci].parts[pi]) - _moved_out(cur, cur.clusters[ci])


def _moved_out(cur: Curation, c: CuratedCluster) -> set[str]:
    """The statements the curation puts in a curated cluster other than `c`: listed by one
    (split off) or pinned to one."""
    gone = {s for other in cur.clusters if other is not c for s in other.statements}
    return gone | {p.statement for p in cur.pins if p.cluster != c.id}


def _match(cur: Curation, raw: dict[str, set[str]], alive: set[str], x: np.ndarray,
           row_of: dict[str, int]) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """(part → run cluster id with how, part → reason not found) for every part of every
    curated cluster; part = (cluster index, part index)."""
    cols = sorted(raw)
    gone = [_moved_out(cur, c) for c in cur.clusters]
    rows = [(ci, pi, (set(p) - gone[ci]) & alive) for ci, c in enumerate(cur.clusters)
            for pi, p in enumerate(c.parts)]
    found: dict[tuple[int, int], str] = {}
    how: dict[tuple[int, int], str] = {}
    lost: dict[tuple[int, int], str] = {}
    if not rows:
        return found, lost
    jac = np.zeros((len(rows), len(cols)))
    for r, (ci, _, s) in enumerate(rows):
        for k, col in enumerate(cols):
            inter = len(s & raw[col])
            if inter:       # against what the run cluster would hold for it after the moves
                jac[r, k] = inter / len(s | (raw[col] - gone[ci]))
    owner: dict[str, int] = {}
    if cols:
        from scipy.optimize import linear_sum_assignment   # where used: commands start faster
        for r, k in zip(*linear_sum_assignment(jac, maximize=True)):
            if jac[r, k] >= JACCARD_MIN:
                ci, pi, _ = rows[r]
                found[(ci, pi)] = cols[k]
                how[(ci, pi)] = f"overlap {jac[r, k]:.2f}"
                owner[cols[k]] = ci
    cents = {}
    for r, (ci, pi, s) in enumerate(rows):
        if (ci, pi) in found:
            continue
        n_all = len(set(cur.clusters[ci].parts[pi]) - gone[ci])
        if not s:
            lost[(ci, pi)] = f"none of its {n_all} statements exist any more"
            continue
        share = {col: len(s & raw[col]) / len(s) for col in cols}
        cands = sorted((col for col in cols if share[col] >= SHARE_MIN),
                       key=lambda col: (-share[col], col))
        if not cands:
            top = max(share.values(), default=0.0)
            lost[(ci, pi)] = (f"its {len(s)} statements scattered (no run cluster holds more "
                              f"than {_pct(top)} of them)" if top else
                              f"none of its {len(s)} statements is in a cluster of this run")
            continue
        taken = [col for col in cands if owner.get(col, ci) != ci]
        free = [col for col in cands if col not in taken]
        if not free:
            other = cur.clusters[owner[taken[0]]].id
            lost[(ci, pi)] = (f"the run put its statements together with curated cluster {other} "
                              f"(in {taken[0]}): merge the two to keep both")
            continue
        v = _centroid(x, [row_of[i] for i in sorted(s)])
        for col in free:
            if col not in cents:
                cents[col] = _centroid(x, [row_of[i] for i in sorted(raw[col])])
        cos = {col: float(v @ cents[col]) for col in free}
        best = max(free, key=lambda col: (share[col] >= MAJORITY, cos[col], col))
        others = [col for col in free if col != best]
        second = max((share[o] for o in others), default=0.0)
        margin = cos[best] - max((cos[o] for o in others), default=-1.0)
        if share[best] >= MAJORITY and (second < SECOND_MAX or margin >= COS_MARGIN):
            ok = True
        else:
            ok = share[best] >= LONE_MIN and second < SHARE_MIN and cos[best] >= COS_MIN
        if ok:
            found[(ci, pi)] = best
            how[(ci, pi)] = f"meaning: cosine {cos[best]:.2f}, {_pct(share[best])} of its statements"
            owner.setdefault(best, ci)
        elif len(free) >= 2:
            lost[(ci, pi)] = "it split: " + ", ".join(f"{_pct(share[col])} in {col}"
                                                      for col in free)
        else:
            lost[(ci, pi)] = (f"its statements scattered ({_pct(share[best])} in {best}, "
                              f"cosine {cos[best]:.2f})")
    return {k: f"{found[k]}\t{how[k]}" for k in found}, lost


def curate_view(raw: ClusterResult, items: Sequence[Item], x: np.ndarray, cur: Curation, *,
                assign_outliers: bool = False) -> CuratedView:
    """The curated view of a run (`raw`, its `items` sorted by id and their vectors `x`, the
    ones the run clustered) under the curation `cur`."""
    cur = cur.copy()
    row_of = {it.id: i for i, it in enumerate(items)}
    alive = set(row_of)
    raw_by_id = {c.id: c for c in raw.clusters}
    raw_members = {c.id: set(c.members) for c in raw.clusters}
    found, lost = _match(cur, raw_members, alive, x, row_of)
    outcomes: list[Outcome] = []
    moved: list[Moved] = []
    # 1. groups: run clusters, under the curated cluster that found them
    entry_of_raw: dict[str, int] = {}
    for (ci, _pi), v in sorted(found.items()):
        entry_of_raw.setdefault(v.split("\t")[0], ci)
    owner: dict[str, tuple[str, str]] = {}          # item → ("e", id) / ("r", run id)
    for c in sorted(raw.clusters, key=lambda c: c.id):
        key = ("e", cur.clusters[entry_of_raw[c.id]].id) if c.id in entry_of_raw else ("r", c.id)
        for m in sorted(set(c.members) - set(c.assigned)):
            owner[m] = key
    # 2. listed statements (split-off clusters), then pins, override the run
    for c in cur.clusters:
        for s in sorted(set(c.statements) & alive):
            owner[s] = ("e", c.id)
    present = {k[1] for k in owner.values() if k[0] == "e"}
    pin_lost: dict[str, str] = {}
    for p in cur.pins:
        if p.statement not in alive:
            pin_lost[p.statement] = NOT_IN_RUN
        elif p.cluster not in present:
            pin_lost[p.statement] = f"its cluster {p.cluster} could not be carried over"
        else:
            owner[p.statement] = ("e", p.cluster)
    # 3. exclusions
    excluded: set[str] = set()
    excl_lost: dict[str, str] = {}
    for e in cur.excluded_statements:
        if e.statement in alive:
            excluded.add(e.statement)
        else:
            excl_lost[e.statement] = NOT_IN_RUN
    dropped = {c.id for c in cur.clusters if c.excluded}
    excluded |= {i for i, k in owner.items() if k[0] == "e" and k[1] in dropped}
    elsewhere: dict[str, int] = {}     # an excluded cluster's statements the run put elsewhere
    for ci, c in enumerate(cur.clusters):
        if c.excluded and c.id in present:      # they stay set aside with it
            own = set().union(*(own_statements(cur, ci, pi) for pi in range(len(c.parts))))
            moved_out = (own & alive) - excluded - {p.statement for p in cur.pins}
            elsewhere[c.id] = len(moved_out)
            excluded |= moved_out
    for i in excluded:
        owner.pop(i, None)
    # 4. outcomes per curated cluster
    sizes: dict[tuple[str, str], int] = {}
    for k in owner.values():
        sizes[k] = sizes.get(k, 0) + 1
    for ci, c in enumerate(cur.clusters):
        review = _drift(cur, ci, owner, alive)
        parts = [found.get((ci, pi)) for pi in range(len(c.parts))]
        runs = tuple(sorted({p.split("\t")[0] for p in parts if p}))
        reasons = [f"part {pi + 1} of {len(c.parts)}: {lost[(ci, pi)]}" if len(c.parts) > 1
                   else lost[(ci, pi)] for pi in range(len(c.parts)) if (ci, pi) in lost]
        listed = set(c.statements) & alive
        if c.statements and not listed:
            reasons.append(f"none of its {len(c.statements)} listed statements exist any more")
        in_view = bool(runs or listed)
        hows = sorted({p.split("\t")[1] for p in parts if p})
        moved.append(Moved(cluster=c.id, run_clusters=runs,
                           how="; ".join(hows + (["listed statements"] if listed else []))
                           or "not found"))
        c.unresolved = "; ".join(reasons)
        for kind in cur.kinds_of(c):
            ok = in_view and not (kind == "merge" and reasons)
            found_in = ", ".join(runs) + (f" ({'; '.join(hows)})" if hows else "")
            if listed:
                found_in += ("; " if found_in else "") + f"its {len(listed)} listed statements"
            detail = found_in if ok else c.unresolved or "its statements are in no cluster"
            if ok and kind != "merge" and reasons:
                detail += f" (but {c.unresolved})"
            if ok and kind == "exclude" and elsewhere.get(c.id):
                detail += (f" (and {elsewhere[c.id]} of its statements the run put in other "
                           "clusters, still set aside)")
            outcomes.append(Outcome(kind=kind, target=c.id, carried=ok, detail=detail,
                                    review=review if ok else ""))
    for p in cur.pins:
        p.unresolved = pin_lost.get(p.statement, "")
        outcomes.append(Outcome(kind="pin", target=p.statement, carried=not p.unresolved,
                                detail=p.unresolved or f"in {p.cluster}"))
    for e in cur.excluded_statements:
        e.unresolved = excl_lost.get(e.statement, "")
        outcomes.append(Outcome(kind="exclude", target=e.statement, carried=not e.unresolved,
                                detail=e.unresolved or "set aside"))
    result, notes = _describe_view(raw, items, x, owner, excluded, cur, raw_by_id, entry_of_raw,
                                   assign_outliers=assign_outliers)
    return CuratedView(result=result, report=CarryReport(tuple(outcomes), tuple(moved)),
                       curation=cur, notes=notes)


def _drift(cur: Curation, ci: int, owner: dict[str, tuple[str, str]], alive: set[str]) -> str:
    """How a curated cluster changed under a run, when most of its statements now are ones the
    curation never saw in it (trial 19: a label made for 52 statements stood over 127, 82 of
    them new, among them another cluster's freedoms of expression and assembly); else ''."""
    c = cur.clusters[ci]
    seen = set(c.statements).union(*(own_statements(cur, ci, pi) for pi in range(len(c.parts))))
    now = {i for i, k in owner.items() if k == ("e", c.id)}
    new = now - seen
    if not now or len(new) <= len(now) / 2:
        return ""
    return (f"{len(new)} of its {len(now)} statements are new to it (it held "
            f"{len(seen & alive)})")


def _describe_view(raw: ClusterResult, items: Sequence[Item], x: np.ndarray,
                   owner: dict[str, tuple[str, str]], excluded: set[str], cur: Curation,
                   raw_by_id: dict, entry_of_raw: dict[str, int], *, assign_outliers: bool
                   ) -> tuple[ClusterResult, dict]:
    keys = sorted(set(owner.values()))
    g_of = {k: g for g, k in enumerate(keys)}
    keep = [i for i, it in enumerate(items) if it.id not in excluded]
    kept = [items[i] for i in keep]
    labels = np.array([g_of[owner[it.id]] if it.id in owner else -1 for it in kept],
                      dtype=np.int64)
    raw_pts = {p.item_id: p for p in raw.points}
    coords = np.array([[raw_pts[it.id].x, raw_pts[it.id].y] if it.id in raw_pts else [0.0, 0.0]
                       for it in kept], dtype=np.float64).reshape(len(kept), 2)
    clusters, outliers, points = describe(kept, x[keep] if len(keep) else x[:0], labels,
                                          model_id=raw.model_id, method=raw.method,
                                          assign_outliers=assign_outliers, coords=coords)
    entries = {c.id: c for c in cur.clusters}
    entry_ids = set(entries)
    core = {k: [] for k in keys}
    for it_id, k in owner.items():
        core[k].append(it_id)
    final: dict[str, str] = {}
    for k in keys:
        fid = k[1] if k[0] == "e" or k[1] not in entry_ids else f"{k[1]}-run"
        final[cluster_id(core[k])] = fid
    by_raw_area = {}
    for rid, ci in entry_of_raw.items():
        by_raw_area.setdefault(cur.clusters[ci].id, []).append(raw_by_id[rid])
    out, notes = [], {}
    for c in clusters:
        fid = final[c.id]
        e = entries.get(fid)
        area = c.area
        if fid in raw_by_id and not e:
            area = raw_by_id[fid].area
        elif e and by_raw_area.get(fid):
            area = max(by_raw_area[fid], key=lambda r: (r.size, r.id)).area
        out.append(replace(c, id=fid, label=e.label if e and e.label else c.label, area=area))
        notes[fid] = {"description": e.description if e else "", "curated": bool(e),
                      "kinds": cur.kinds_of(e) if e else []}
    out.sort(key=lambda c: (-c.size, c.id))
    pts = [replace(p, cluster_id=final.get(p.cluster_id, p.cluster_id)) for p in points]
    for it in items:
        if it.id in excluded:
            rp = raw_pts.get(it.id)
            pts.append(Point(item_id=it.id, cluster_id="", role="excluded",
                             similarity=rp.similarity if rp else 0.0, x=rp.x if rp else 0.0,
                             y=rp.y if rp else 0.0, doc_id=it.doc_id, locator=it.locator,
                             page=it.page, text=it.text))
    pts.sort(key=lambda p: p.item_id)
    quality = {**raw.quality, "n_clusters": len(out), "n_outliers": len(outliers),
               "n_excluded": len(excluded)}
    return ClusterResult(clusters=tuple(out), outliers=tuple(outliers), points=tuple(pts),
                         model_id=raw.model_id, method=raw.method, params=raw.params,
                         quality=quality), notes
