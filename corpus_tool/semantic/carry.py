"""Carrying a curation over to a new clustering run, and building the curated view.

A re-run (same corpus, grown corpus, another embedding backend) gives clusters with new ids.
Each curated cluster remembers the run clusters it was made of (`parts`); `match` finds them
again, by membership overlap first, then by meaning, and only onto a run cluster that is still
recognisably the same group (what the curation holds is at least a quarter of it; else it is
carved out of that larger group and said for review): the rule and its thresholds are in
`corpus_tool.semantic.match`. What still cannot be carried is reported with the reason and
marked `unresolved` in the file, never dropped: a part whose members scattered, a cluster that
split, a pinned or excluded statement that no longer exists, two curated clusters that the run
put together.

Then the curated view: the run's groups with the curated ones under their stable ids, split-off
statements and pins moved, excluded clusters and statements set aside (role `excluded`; an
excluded cluster's own statements stay aside where the run put them), each cluster described
again (`describe`: terms, representatives, metadata), the researcher's label where there is one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from corpus_tool.semantic.curation import Curation
from corpus_tool.semantic.describe import ClusterResult, Point, cluster_id, describe
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.match import (drift, held_statements, match_parts, moved_out,
                                        own_statements, unlike_held)

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


# what to check when a carried curation changed, by its kind
_CHECK = {"rename": "check that its label and description still name what its statements "
                    "require (`corpus-tool cluster --json`; `corpus-tool cluster rename {}` if "
                    "not)",
          "split": "check that the split still keeps apart what you meant "
                   "(`corpus-tool cluster --json`)",
          "exclude": "check that they are noise too (`corpus-tool cluster --json`; pin those to "
                     "keep to another cluster, or `corpus-tool cluster forget {}`)"}
_CHECK["merge"] = _CHECK["rename"]


@dataclass(frozen=True, slots=True)
class Moved:
    """Where a curated cluster went: the run clusters it was found in, and the statements that
    joined it or left it for other clusters since the researcher curated it (none of their
    doing: not those split off, pinned or set aside by the curation)."""
    cluster: str
    run_clusters: tuple[str, ...]
    how: str                 # overlap / meaning / listed / not found
    joined: tuple[str, ...] = ()
    left: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"cluster": self.cluster, "run_clusters": list(self.run_clusters), "how": self.how,
                "joined": list(self.joined), "left": list(self.left)}


def said_changes(moved: Sequence[dict]) -> str:
    """The curated clusters that took in or lost statements, as `cluster` and `build` say them
    (trial 39, P2: a cluster under the researcher's label took in three unrelated statements
    and lost others, below the thresholds of `match.drift`, and the build said "carried over")."""
    changed = [m for m in moved if m.get("joined") or m.get("left")]
    if not changed:
        return ""
    return (f"{len(changed)} curated cluster(s) took in or lost statements since you curated "
            "them: " + ", ".join(f"{m['cluster']} (+{len(m.get('joined', []))} "
                                 f"-{len(m.get('left', []))})" for m in changed[:8])
            + (", …" if len(changed) > 8 else "")
            + " (which: `corpus-tool cluster --json`, curation.moved)")


def said_counts(counts: dict[str, dict[str, int]]) -> str:
    """A curation's counts as `cluster` and `build` say them: "rename 6/6, merge 1/1 carried
    over" (a build said nothing when all of it carried: a researcher's trial 29)."""
    return ", ".join(f"{k} {v['carried']}/{v['carried'] + v['not_carried']}"
                     for k, v in counts.items() if v["carried"] + v["not_carried"]) + \
        " carried over"


@dataclass(frozen=True, slots=True)
class CarryReport:
    outcomes: tuple[Outcome, ...] = ()
    moved: tuple[Moved, ...] = ()

    def counts(self) -> dict[str, dict[str, int]]:
        out = {k: {"carried": 0, "not_carried": 0} for k in KINDS}
        for o in self.outcomes:
            out[o.kind]["carried" if o.carried else "not_carried"] += 1
        return out

    def said(self) -> str:
        return said_counts(self.counts())

    def not_carried(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.carried]

    def to_review(self) -> list[Outcome]:
        """Curations carried onto clusters that changed under the run: a name onto statements
        the curation never saw, a split whose part took them in, a set-aside cluster that took
        them in (`match.drift`)."""
        named = {o.target for o in self.outcomes if o.carried and o.review
                 and o.kind in ("rename", "merge")}
        return [o for o in self.outcomes if o.carried and o.review
                and (o.kind in ("rename", "merge", "exclude")
                     or o.kind == "split" and o.target not in named)]   # said once

    def warnings(self) -> list[str]:
        return [f"annotations/clusters.yaml: {o.kind} of {o.target} not carried over: {o.detail} "
                "(see `corpus-tool cluster history`; redo it on the new clusters, or "
                f"`corpus-tool cluster forget {o.target}`)" for o in self.not_carried()] + [
            f"annotations/clusters.yaml: {o.kind} of {o.target} carried over, but {o.review}: "
            + _CHECK[o.kind].format(o.target) for o in self.to_review()]

    def to_dict(self) -> dict:
        return {"counts": self.counts(), "not_carried": [o.to_dict() for o in self.not_carried()],
                "to_review": [o.to_dict() for o in self.to_review()],
                "outcomes": [o.to_dict() for o in self.outcomes],
                "moved": [m.to_dict() for m in self.moved]}

    @classmethod
    def from_dict(cls, d: dict) -> "CarryReport":
        return cls(outcomes=tuple(Outcome(**o) for o in d.get("outcomes", [])),
                   moved=tuple(Moved(cluster=m["cluster"], run_clusters=tuple(m["run_clusters"]),
                                     how=m["how"], joined=tuple(m.get("joined", ())),
                                     left=tuple(m.get("left", ()))) for m in d.get("moved", [])))


@dataclass(frozen=True, slots=True)
class CuratedView:
    result: ClusterResult
    report: CarryReport
    curation: Curation               # the file's curation with this run's `unresolved` marks
    notes: dict = field(default_factory=dict)   # cluster id → {description, curated, kinds}


def curate_view(raw: ClusterResult, items: Sequence[Item], x: np.ndarray, cur: Curation, *,
                assign_outliers: bool = False) -> CuratedView:
    """The curated view of a run (`raw`, its `items` sorted by id and their vectors `x`, the
    ones the run clustered) under the curation `cur`."""
    cur = cur.copy()
    row_of = {it.id: i for i, it in enumerate(items)}
    alive = set(row_of)

    def text_of(statement: str) -> str:
        return items[row_of[statement]].text

    raw_by_id = {c.id: c for c in raw.clusters}
    raw_members = {c.id: set(c.members) for c in raw.clusters}
    found, lost, carved = match_parts(cur, raw_members, alive, x, row_of)
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
    # 2. parts carved out of a larger run cluster, listed statements (split-off clusters), then
    # pins, override the run
    owner.update({st: ("e", cur.clusters[ci].id) for (ci, pi), (col, _) in carved.items()
                  for st in own_statements(cur, ci, pi) & raw_members[col]})
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
    # statements the curation never saw that a set-aside cluster took in, unlike those the
    # researcher set aside: kept in view, on their own (`unlike_held`; trial 45, P6)
    unlike: dict[str, list[str]] = {}
    for ci, c in enumerate(cur.clusters):
        if c.excluded:
            held = held_statements(cur, ci)
            new = sorted(i for i, k in owner.items() if k == ("e", c.id) and i not in held)
            if apart := unlike_held(new, held & alive, x, row_of):
                unlike[c.id] = apart
                owner.update({i: ("r", f"{c.id}-new") for i in apart})
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
            went = (own & alive) - excluded - {p.statement for p in cur.pins}
            elsewhere[c.id] = len(went)
            excluded |= went
    # statements the curation never saw that a set-aside cluster took in: set aside with it,
    # said (trial 38, P6: what a curated cluster took in was said of renamed clusters only)
    swept = {c.id: sorted(i for i, k in owner.items() if k == ("e", c.id)
                          and i not in held_statements(cur, ci))
             for ci, c in enumerate(cur.clusters) if c.excluded}
    for i in excluded:
        owner.pop(i, None)
    # 4. outcomes per curated cluster
    sizes: dict[tuple[str, str], int] = {}
    for k in owner.values():
        sizes[k] = sizes.get(k, 0) + 1
    for ci, c in enumerate(cur.clusters):
        review = drift(cur, ci, owner, alive, text_of)
        cut = [carved[(ci, pi)] for pi in range(len(c.parts)) if (ci, pi) in carved]
        parts = [found.get((ci, pi)) for pi in range(len(c.parts))] + [
            f"{col}\tcarved out of {col}" for col, _ in cut]
        runs = tuple(sorted({p.split("\t")[0] for p in parts if p}))
        reasons = [f"part {pi + 1} of {len(c.parts)}: {lost[(ci, pi)]}" if len(c.parts) > 1
                   else lost[(ci, pi)] for pi in range(len(c.parts)) if (ci, pi) in lost]
        listed = set(c.statements) & alive
        if c.statements and not listed:
            reasons.append(f"none of its {len(c.statements)} listed statements is clustered "
                           "any more")
        in_view = bool(runs or listed)
        # a set-aside cluster none of whose statements is clustered any more: nothing is left
        # to set aside (trial 27: the rows of an annex table, no longer clustered, were
        # reported "not carried over")
        vanished = not listed and not any(set(p) & alive for p in c.parts)
        hows = sorted({p.split("\t")[1] for p in parts if p})
        seen = held_statements(cur, ci) & alive
        now = {i for i, k in owner.items() if k == ("e", c.id)}
        kept_out = excluded | moved_out(cur, c)     # the curation's own doing
        moved.append(Moved(cluster=c.id, run_clusters=runs,
                           how="; ".join(hows + (["listed statements"] if listed else []))
                           or "not found",
                           joined=tuple(swept.get(c.id, ())) if c.excluded else
                           tuple(sorted(now - seen)),
                           left=() if c.excluded or not now else tuple(sorted(
                               seen - now - kept_out))))
        kinds = cur.kinds_of(c)
        c.unresolved = "" if vanished and set(kinds) == {"exclude"} else "; ".join(reasons)
        for kind in kinds:
            if kind == "exclude" and vanished:
                outcomes.append(Outcome(kind=kind, target=c.id, carried=True, detail=(
                    "none of its statements is clustered any more: nothing left to set aside")))
                continue
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
            note = "; ".join([why for _, why in cut] + ([review] if review else []))
            if kind == "exclude" and (swept.get(c.id) or unlike.get(c.id)):
                took, kept = swept.get(c.id, []), unlike.get(c.id, [])
                note = "; ".join(
                    ([f"{len(took)} statement(s) new to it are set aside with it ("
                      + _some(took) + ")"] if took else []) +
                    ([f"{len(kept)} statement(s) new to it, unlike those you set aside, are "
                      f"kept in view in cluster {c.id}-new ({_some(kept)})"] if kept else []))
            outcomes.append(Outcome(kind=kind, target=c.id, carried=ok, detail=detail,
                                    review=note if ok else ""))
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


def _some(statements: Sequence[str]) -> str:
    return ", ".join(statements[:3]) + (", …" if len(statements) > 3 else "")
