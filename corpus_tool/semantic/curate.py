"""Curation operations: rename, merge, split, pin, exclude, forget, history.

Each one reads the clusters the index shows (the curated view of the last run), changes
`annotations/clusters.yaml` under its lock (appending a history event: who, when, what), then
settles the view again, so the index, the report and the drafts see the change at once. The CLI
(`corpus-tool cluster rename|…`) and the workbench's Clusters view both call these."""
from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any, TypedDict

from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.names import check_name
from corpus_tool.project import Project
from corpus_tool.semantic.backends import get_embedder
from corpus_tool.semantic.carry import CarryReport
from corpus_tool.semantic.curated import load_carry_report, load_notes
from corpus_tool.semantic.cluster import load_clusters, load_meta, run_clustering, run_vectors
from corpus_tool.semantic.curation import (CuratedCluster, Curation, Event, ExcludedStatement,
                                           Pin, curation_lock, load_curation, now, save_curation)
from corpus_tool.semantic.describe import (ClusterResult, ClusteringReport, cluster_id,
                                           clustering_report, no_cluster)
from corpus_tool.semantic.group import CENTERED_BACKENDS, group
from corpus_tool.semantic.items import not_an_item, passage_items, statement_items
from corpus_tool.semantic.terms import label_terms
from corpus_tool.store import db as store

MAX_LABEL = 120
MAX_DESCRIPTION = 600


@dataclass(frozen=True, slots=True)
class CurationResult:
    """What an operation did (`--json`): the event recorded, the clusters it touched as the
    view now shows them, and what the view could not carry over."""
    op: str
    event: Event
    clusters: tuple[dict, ...]           # {id, label, description, size, excluded}
    not_carried: tuple[dict, ...]

    def to_dict(self) -> dict:
        return {"op": self.op, "event": self.event.to_dict(), "clusters": list(self.clusters),
                "not_carried": list(self.not_carried)}


SHOWN = 8      # statements of each part a proposal shows (trial 28: one was too few to judge it)


@dataclass(frozen=True, slots=True)
class SplitPart:
    size: int
    terms: tuple[str, ...]
    statements: tuple[str, ...]
    examples: tuple[str, ...]            # the first `SHOWN` statements' texts

    def to_dict(self) -> dict:
        return {"size": self.size, "terms": list(self.terms), "statements": list(self.statements),
                "examples": list(self.examples)}


@dataclass(frozen=True, slots=True)
class SplitProposal:
    """A sub-clustering of one cluster to preview; `split --accept` applies the same one."""
    cluster: str
    parts: tuple[SplitPart, ...]

    def to_dict(self) -> dict:
        return {"cluster": self.cluster, "parts": [p.to_dict() for p in self.parts]}


def _view(project: Project) -> tuple[dict, dict, dict]:
    """(cluster id → Cluster, item id → point role, the run's options) of the stored view."""
    with closing(store.connect(project.db_path)) as conn:
        clusters = {c.id: c for c in load_clusters(conn)}
        meta = load_meta(conn)
        roles = {r["item_id"]: r["role"] for r in conn.execute(
            "SELECT item_id, role FROM cluster_points")} if clusters or meta else {}
    if "options" not in meta:
        raise InputError("no clusters to curate yet", path=project.db_path,
                         fix="run `corpus-tool cluster` first")
    return clusters, roles, json.loads(meta["options"])


def _entry(cur: Curation, view: dict, cid: str) -> CuratedCluster:
    e = cur.get(cid)
    if e is not None:
        return e
    if cid not in view:
        raise no_cluster(cid, view)
    e = CuratedCluster(id=cid, parts=[sorted(view[cid].members)])
    cur.clusters.append(e)
    return e


def _text(value: str | None, what: str, limit: int) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    if len(value) > limit:
        raise InputError(f"the {what} is {len(value)} characters long",
                         fix=f"keep it under {limit} characters")
    return value


def _apply(project: Project, op: str, coder: str, edit, *, clusters: Sequence[str] = (),
           statements: Sequence[str] = (), note: str = "") -> CurationResult:
    """Run `edit(cur, view, roles)` (returns the ids of the clusters it touched) on the file
    under its lock, record the event, then settle the view."""
    check_name(coder, what="coder name")
    view, roles, options = _view(project)
    with curation_lock(project):
        before = load_curation(project)
        cur = before.copy()
        touched = edit(cur, view, roles)
        event = Event(at=now(), coder=coder, op=op, clusters=tuple(clusters),
                      statements=tuple(statements), note=note)
        cur.history.append(event)
        save_curation(project, cur, before=before)
    report = _settle(project, options)
    with closing(store.connect(project.db_path)) as conn:
        after = {c.id: c for c in load_clusters(conn)}
    cur = load_curation(project)
    shown = []
    for cid in touched:
        c, e = after.get(cid), cur.get(cid)
        was = view.get(cid)
        label = c.label if c else (e.label if e and e.label else (was.label if was else ""))
        shown.append({"id": cid, "label": label, "description": e.description if e else "",
                      "size": c.size if c else (was.size if was else 0),
                      "excluded": bool(e and e.excluded)})
    return CurationResult(op=op, event=event, clusters=tuple(shown),
                          not_carried=tuple(o.to_dict() for o in report.not_carried()))


def _settle(project: Project, options: dict) -> CarryReport:
    run_clustering(project, **options)
    return curation_report(project)


def curation_report(project: Project) -> CarryReport:
    """What the last run or operation could and could not carry over."""
    with closing(store.connect(project.db_path)) as conn:
        return load_carry_report(conn)


def cluster_notes(project: Project) -> dict[str, dict]:
    """Cluster id → {description, curated, kinds} for the clusters the index shows."""
    with closing(store.connect(project.db_path)) as conn:
        return load_notes(conn)


class CuratedClusteringReport(ClusteringReport):
    """`cluster --json`: the clustering as the curation made it, each cluster with its
    description and whether a researcher curated it, and what could not be carried over."""
    curation: dict[str, Any]


def curated_clustering_report(project: Project, result: ClusterResult) -> CuratedClusteringReport:
    notes = cluster_notes(project)
    d = clustering_report(result)
    clusters = []
    for c in d["clusters"]:
        note = notes.get(c["id"], {})
        clusters.append({"id": c["id"], "label": c["label"],
                         "description": note.get("description", ""),
                         "curated": note.get("curated", False)}
                        | {k: v for k, v in c.items() if k not in ("id", "label")})
    return {**d, "clusters": clusters, "curation": curation_report(project).to_dict()}


def history(project: Project) -> list[Event]:
    """Every curation event, oldest first."""
    return list(load_curation(project).history)


class CurationHistory(TypedDict):
    """`cluster history --json`: the curation events, oldest first."""
    history: list[dict[str, Any]]


def curation_history(events: Sequence[Event]) -> CurationHistory:
    return {"history": [e.to_dict() for e in events]}


def rename_cluster(project: Project, cluster: str, *, label: str | None = None,
                   description: str | None = None, coder: str) -> CurationResult:
    """Give a cluster a label and/or a short description ('' clears it)."""
    label = _text(label, "label", MAX_LABEL)
    description = _text(description, "description", MAX_DESCRIPTION)
    if label is None and description is None:
        raise InputError("nothing to rename", fix="give --label and/or --description")

    def edit(cur, view, roles):
        e = _entry(cur, view, cluster)
        if label is not None:
            e.label = label
        if description is not None:
            e.description = description
        return [e.id]
    note = "; ".join(f"{k}: {v!r}" for k, v in (("label", label), ("description", description))
                     if v is not None)
    return _apply(project, "rename", coder, edit, clusters=[cluster], note=note)


def merge_clusters(project: Project, clusters: Sequence[str], *, label: str | None = None,
                   coder: str) -> CurationResult:
    """Merge two or more clusters into the first one (its id stays; the others' labels,
    pins and split-offs go to it)."""
    ids = list(dict.fromkeys(clusters))
    if len(ids) < 2:
        raise InputError("a merge needs two or more different clusters",
                         fix="e.g. `corpus-tool cluster merge c-1a2b3c4d c-5e6f7a8b`")
    label = _text(label, "label", MAX_LABEL)

    def edit(cur, view, roles):
        into = _entry(cur, view, ids[0])
        for cid in ids:          # trial 19: a merge lifted an exclusion without a word
            if (e := cur.get(cid)) is not None and e.excluded:
                raise InputError(f"cluster {cid} is excluded as noise; merging it would bring "
                                 "its statements back into the drafts", fix="lift the exclusion "
                                 f"first (`corpus-tool cluster forget {cid}`), then merge")
        for other in ids[1:]:
            o = _entry(cur, view, other)
            into.parts += o.parts
            into.statements += o.statements
            into.label = into.label or o.label
            into.description = into.description or o.description
            cur.clusters.remove(o)
            for p in cur.pins:
                if p.cluster == o.id:
                    p.cluster = into.id
            for c in cur.clusters:
                if c.split_from == o.id:
                    c.split_from = into.id
        if label is not None:
            into.label = label
        return [into.id]
    return _apply(project, "merge", coder, edit, clusters=ids,
                  note=f"into {ids[0]}" + (f"; label: {label!r}" if label else ""))


def propose_split(project: Project, cluster: str, *, parts: int = 2) -> SplitProposal:
    """A sub-clustering of `cluster` into `parts` (seeded k-means on the run's vectors of its
    members), largest part first: to preview before `split_cluster(accept=…)`."""
    if parts < 2:
        raise InputError(f"a split makes two or more parts, not {parts}")
    view, _roles, options = _view(project)
    if cluster not in view:
        raise no_cluster(cluster, view)
    members = sorted(view[cluster].members)
    if len(members) < parts:
        raise InputError(f"cluster {cluster} has {len(members)} statement(s): too few for "
                         f"{parts} parts")
    with closing(store.connect(project.db_path)) as conn:
        items = (statement_items(conn) if options.get("unit", "statements") == "statements"
                 else passage_items(conn))
    items = sorted(items, key=lambda it: it.id)
    backend = options.get("backend") or "minilm"
    center = backend in CENTERED_BACKENDS
    x = run_vectors(project, items, get_embedder(backend), center=center,
                    on=options.get("on") or "sentence")
    row = {it.id: i for i, it in enumerate(items)}
    idx = [row[m] for m in members if m in row]
    labels = group(x[idx], method="kmeans", k=parts, random_state=0)
    groups = [[members[j] for j in range(len(idx)) if labels[j] == g] for g in range(parts)]
    groups = sorted((g for g in groups if g), key=lambda g: (-len(g), g[0]))
    text = {it.id: it.text for it in items}
    terms = label_terms([[text[i] for i in g] for g in groups])
    return SplitProposal(cluster=cluster, parts=tuple(
        SplitPart(size=len(g), terms=tuple(t), statements=tuple(g),
                  examples=tuple(" ".join(text[i].split())[:200] for i in g[:SHOWN]))
        for g, t in zip(groups, terms)))


def split_cluster(project: Project, cluster: str, *, statements: Sequence[str] = (),
                  accept: SplitProposal | None = None, label: str | None = None,
                  coder: str) -> CurationResult:
    """Split `cluster`: the listed `statements` become a cluster of their own (labelled
    `label`), or each part of an accepted proposal but the largest does."""
    label = _text(label, "label", MAX_LABEL)
    if accept is not None:
        if accept.cluster != cluster:
            raise InputError(f"the proposal is for {accept.cluster}, not {cluster}")
        listed = [list(p.statements) for p in accept.parts[1:]]
    else:
        listed = [list(dict.fromkeys(statements))]
    if not listed or not listed[0]:
        raise InputError("nothing to split off", fix="list statements with --statement, or "
                                                     "preview a proposal with --propose")
    if label and len(listed) > 1:      # one label on several clusters would name them alike
        raise InputError(f"--label names one cluster, and this split makes {len(listed)} new "
                         "ones", fix="split without --label, then name each new cluster with "
                                     "`corpus-tool cluster rename`")

    def edit(cur, view, roles):
        if cluster not in view:
            raise no_cluster(cluster, view)
        members = set(view[cluster].members)
        every = [s for lst in listed for s in lst]
        stray = [s for s in every if s not in members]
        if stray:
            raise InputError(f"{stray[0]} is not in cluster {cluster}",
                             fix="list statements of that cluster (`corpus-tool cluster --json`)")
        if len(set(every)) >= len(members):
            raise InputError("a split must leave statements in the cluster",
                             fix="list fewer statements, or exclude the cluster instead")
        _entry(cur, view, cluster)
        new_ids = []
        for lst in listed:
            nid = cluster_id(lst)
            if cur.get(nid) or nid in view:
                raise InputError(f"these statements already form cluster {nid}")
            for c in cur.clusters:
                c.statements = [s for s in c.statements if s not in lst]
            cur.pins[:] = [p for p in cur.pins if p.statement not in lst]
            cur.clusters.append(CuratedCluster(id=nid, statements=sorted(lst),
                                               split_from=cluster, label=label or ""))
            new_ids.append(nid)
        return [cluster, *new_ids]
    every = [s for lst in listed for s in lst]
    return _apply(project, "split", coder, edit, clusters=[cluster], statements=every,
                  note=("accepted proposal" if accept else "listed statements")
                  + (f"; label: {label!r}" if label else ""))


def pin_statement(project: Project, statement: str, cluster: str, *, coder: str
                  ) -> CurationResult:
    """Keep `statement` in `cluster` whatever later runs say, as long as a run finds the cluster
    (`carry`: a pin to a cluster not carried over is reported, not applied)."""
    def edit(cur, view, roles):
        if statement not in roles:
            with closing(store.connect(project.db_path)) as conn:
                raise not_an_item(conn, statement, "pinned")
        e = _entry(cur, view, cluster)
        for c in cur.clusters:
            c.statements = [s for s in c.statements if s != statement]
        cur.pins[:] = [p for p in cur.pins if p.statement != statement]
        cur.excluded_statements[:] = [x for x in cur.excluded_statements
                                      if x.statement != statement]
        cur.pins.append(Pin(statement=statement, cluster=e.id))
        return [e.id]
    return _apply(project, "pin", coder, edit, clusters=[cluster], statements=[statement])


def exclude(project: Project, *, cluster: str | None = None, statement: str | None = None,
            coder: str) -> CurationResult:
    """Set a cluster, or one statement, aside as noise: it feeds no draft."""
    if bool(cluster) == bool(statement):
        raise InputError("exclude one cluster or one statement",
                         fix="give a cluster id, or --statement ID")

    def edit(cur, view, roles):
        if cluster:
            e = _entry(cur, view, cluster)
            e.excluded = True
            return [e.id]
        if statement not in roles:
            with closing(store.connect(project.db_path)) as conn:
                raise not_an_item(conn, statement, "set aside")
        cur.pins[:] = [p for p in cur.pins if p.statement != statement]
        if all(x.statement != statement for x in cur.excluded_statements):
            cur.excluded_statements.append(ExcludedStatement(statement=statement))
        return []
    return _apply(project, "exclude", coder, edit, clusters=[cluster] if cluster else [],
                  statements=[statement] if statement else [])


def forget(project: Project, target: str, *, coder: str) -> CurationResult:
    """Drop a curation: a curated cluster's entry (its label, merge, split, exclusion and the
    pins to it), or a statement's pin or exclusion. Resolves what a re-run could not carry."""
    def edit(cur, view, roles):
        e = cur.get(target)
        if e is not None:
            cur.clusters.remove(e)
            cur.pins[:] = [p for p in cur.pins if p.cluster != target]
            return []
        n = len(cur.pins) + len(cur.excluded_statements)
        cur.pins[:] = [p for p in cur.pins if p.statement != target]
        cur.excluded_statements[:] = [x for x in cur.excluded_statements if x.statement != target]
        if n == len(cur.pins) + len(cur.excluded_statements):
            raise NotFoundError(f"nothing curated under {target!r} "
                                "(`corpus-tool cluster history` shows the curation)")
        return []
    is_cluster = target.startswith("c-") and ":" not in target
    return _apply(project, "forget", coder, edit, clusters=[target] if is_cluster else [],
                  statements=[] if is_cluster else [target])
