"""The researcher's curation of the clusters: `annotations/clusters.yaml`.

Researcher data, like the annotation files: plain YAML, canonical (fixed key order, clusters
sorted by id, ids sorted), written atomically under a lock, validated with pydantic (errors name
the file, the line and the `[field -> sub]` path). What it holds:

- `clusters`: curated clusters, each under a stable id (the id the cluster had when first
  curated). A curated cluster is made of `parts` (the run clusters it was built from, each kept
  as its member statements: how a re-run finds it again; two or more after a merge) and/or
  `statements` listed by the researcher (a cluster split off another: `split_from`). It may
  carry a `label` and `description`, or be `excluded` as noise.
- `pins`: a statement placed in a curated cluster whatever the clustering says.
- `excluded_statements`: statements set aside as noise.
- `history`: who did what when, appended to by every operation (never rewritten).

`unresolved` (on a cluster, pin or exclusion) is written by the tool when a re-run could not
carry that curation over; it stays, with the reason, until the curation carries again or the
researcher forgets it (`corpus-tool cluster forget`).
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corpus_tool.errors import InputError
from corpus_tool.formats import (atomic_write_text, dump_yaml, file_lock, load_yaml, sha256_text,
                                 yaml_line_of, yaml_validation_problem)
from corpus_tool.project import Project

FILE_NAME = "clusters.yaml"
VERSION = 1
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
OPS = ("rename", "merge", "split", "pin", "exclude", "forget")


# --- the file's schema (pydantic: people edit this file by hand) -------------------------------

def _check_id(v: str) -> str:
    if not ID_RE.match(v):
        raise ValueError("a cluster id is lowercase letters, digits and hyphens, e.g. `c-1a2b3c4d`")
    return v


class _Cluster(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str = ""
    description: str = ""
    excluded: bool = False
    split_from: str = ""
    statements: list[str] = []
    parts: list[list[str]] = []
    unresolved: str = ""

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        return _check_id(v)

    @field_validator("parts")
    @classmethod
    def _parts(cls, v: list[list[str]]) -> list[list[str]]:
        if any(not p for p in v):
            raise ValueError("a part lists the statement ids of one run cluster (none here)")
        return v


class _Pin(BaseModel):
    model_config = ConfigDict(extra="forbid")
    statement: str = Field(min_length=1)
    cluster: str
    unresolved: str = ""

    @field_validator("cluster")
    @classmethod
    def _id(cls, v: str) -> str:
        return _check_id(v)


class _Excluded(BaseModel):
    model_config = ConfigDict(extra="forbid")
    statement: str = Field(min_length=1)
    unresolved: str = ""


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid")
    at: str = Field(min_length=1)
    coder: str = Field(min_length=1)
    op: str
    clusters: list[str] = []
    statements: list[str] = []
    note: str = ""

    @field_validator("op")
    @classmethod
    def _op(cls, v: str) -> str:
        if v not in OPS:
            raise ValueError("op is one of " + ", ".join(OPS))
        return v


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = VERSION
    clusters: list[_Cluster] = []
    pins: list[_Pin] = []
    excluded_statements: list[_Excluded] = []
    history: list[_Event] = []


# --- in memory ----------------------------------------------------------------------------------

@dataclass(slots=True)
class CuratedCluster:
    id: str
    label: str = ""
    description: str = ""
    excluded: bool = False
    split_from: str = ""
    statements: list[str] = field(default_factory=list)
    parts: list[list[str]] = field(default_factory=list)
    unresolved: str = ""

    def kinds(self) -> list[str]:
        """The kinds of curation this cluster carries (for reports)."""
        out = []
        if self.label or self.description:
            out.append("rename")
        if len(self.parts) + (1 if self.statements else 0) >= 2:
            out.append("merge")
        if self.split_from:
            out.append("split")
        if self.excluded:
            out.append("exclude")
        return out


@dataclass(slots=True)
class Pin:
    statement: str
    cluster: str
    unresolved: str = ""


@dataclass(slots=True)
class ExcludedStatement:
    statement: str
    unresolved: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    at: str
    coder: str
    op: str
    clusters: tuple[str, ...] = ()
    statements: tuple[str, ...] = ()
    note: str = ""

    def to_dict(self) -> dict:
        d = {"at": self.at, "coder": self.coder, "op": self.op}
        if self.clusters:
            d["clusters"] = list(self.clusters)
        if self.statements:
            d["statements"] = list(self.statements)
        if self.note:
            d["note"] = self.note
        return d


@dataclass(slots=True)
class Curation:
    clusters: list[CuratedCluster] = field(default_factory=list)
    pins: list[Pin] = field(default_factory=list)
    excluded_statements: list[ExcludedStatement] = field(default_factory=list)
    history: list[Event] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.clusters or self.pins or self.excluded_statements)

    def get(self, cluster_id: str) -> CuratedCluster | None:
        return next((c for c in self.clusters if c.id == cluster_id), None)

    def kinds_of(self, c: CuratedCluster) -> list[str]:
        """The kinds of curation a cluster carries (for reports): its own, and a split made
        from it (its rest must stay apart from what was split off)."""
        own = c.kinds()
        if "split" not in own and any(o.split_from == c.id for o in self.clusters):
            own.append("split")
        return own

    def copy(self) -> "Curation":
        return copy.deepcopy(self)


def curation_path(project: Project) -> Path:
    return project.annotations_dir / FILE_NAME


def _rel(project: Project, path: Path) -> str:
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)


def parse_curation(path: Path, *, shown: str | None = None) -> Curation:
    """Read and validate a curation file (an absent file is an empty curation). Errors name the
    file (`shown`, else the path), the line and the `field -> sub` path."""
    path = Path(path)
    shown = shown or str(path)
    if not path.exists():
        return Curation()
    try:
        data = load_yaml(path)
    except InputError as e:
        e.path = shown
        e.args = (str(e),)
        raise
    if data is None:
        return Curation()
    if not isinstance(data, dict):
        raise InputError("the cluster curation is a mapping (version, clusters, pins, "
                         "excluded_statements, history)", path=shown, line=1,
                         fix="see `corpus-tool cluster rename --help`; or delete the file")
    try:
        f = _File.model_validate(data)
    except ValidationError as e:
        where, msg, line = yaml_validation_problem(path, e)
        raise InputError(f"[{where}] {msg}", path=shown, line=line,
                         fix="fix this field, or undo the hand edit (`git diff` shows it)") from None
    seen: set[str] = set()
    for i, c in enumerate(f.clusters):
        if not c.parts and not c.statements:
            raise InputError(f"[clusters -> {i}] cluster {c.id!r} has neither `parts` nor "
                             "`statements`: nothing to find it by", path=shown,
                             line=yaml_line_of(path, ["clusters", i, "id"]),
                             fix="curate through `corpus-tool cluster rename|merge|split|…`, "
                                 "which record them, or delete the entry")
        if c.id in seen:
            raise InputError(f"[clusters -> {i} -> id] duplicate cluster id {c.id!r}",
                             path=shown, line=yaml_line_of(path, ["clusters", i, "id"]),
                             fix="merge the two entries into one")
        seen.add(c.id)
    for i, p in enumerate(f.pins):
        if p.cluster not in seen:
            raise InputError(f"[pins -> {i} -> cluster] {p.cluster!r} is not a curated cluster "
                             "of this file", path=shown,
                             line=yaml_line_of(path, ["pins", i, "cluster"]),
                             fix="pin to a cluster listed under `clusters:` or delete the pin")
    return Curation(
        clusters=[CuratedCluster(id=c.id, label=c.label.strip(), description=c.description.strip(),
                                 excluded=c.excluded, split_from=c.split_from,
                                 statements=list(c.statements), parts=[list(p) for p in c.parts],
                                 unresolved=c.unresolved) for c in f.clusters],
        pins=[Pin(p.statement, p.cluster, p.unresolved) for p in f.pins],
        excluded_statements=[ExcludedStatement(x.statement, x.unresolved)
                             for x in f.excluded_statements],
        history=[Event(at=h.at, coder=h.coder, op=h.op, clusters=tuple(h.clusters),
                       statements=tuple(h.statements), note=h.note) for h in f.history])


def load_curation(project: Project) -> Curation:
    path = curation_path(project)
    return parse_curation(path, shown=_rel(project, path))


def _cluster_dict(c: CuratedCluster) -> dict:
    d: dict = {"id": c.id}
    if c.label:
        d["label"] = c.label
    if c.description:
        d["description"] = c.description
    if c.excluded:
        d["excluded"] = True
    if c.split_from:
        d["split_from"] = c.split_from
    if c.statements:
        d["statements"] = sorted(set(c.statements))
    if c.parts:
        d["parts"] = sorted(sorted(set(p)) for p in c.parts)
    if c.unresolved:
        d["unresolved"] = c.unresolved
    return d


def curation_text(cur: Curation) -> str:
    """The canonical file content: fixed key order, clusters by id, pins and exclusions by
    statement, ids sorted; the history in the order it happened."""
    data: dict = {"version": VERSION,
                  "clusters": [_cluster_dict(c) for c in sorted(cur.clusters, key=lambda c: c.id)]}
    data["pins"] = [{"statement": p.statement, "cluster": p.cluster,
                     **({"unresolved": p.unresolved} if p.unresolved else {})}
                    for p in sorted(cur.pins, key=lambda p: p.statement)]
    data["excluded_statements"] = [{"statement": x.statement,
                                    **({"unresolved": x.unresolved} if x.unresolved else {})}
                                   for x in sorted(cur.excluded_statements,
                                                   key=lambda x: x.statement)]
    data["history"] = [h.to_dict() for h in cur.history]
    return dump_yaml(data)


def decisions_fingerprint(cur: Curation) -> str:
    """What the curated view depends on: the decisions, not the tool's marks nor the history."""
    plain = Curation(clusters=[CuratedCluster(**{**{k: getattr(c, k) for k in c.__slots__},
                                                 "unresolved": ""}) for c in cur.clusters],
                     pins=[Pin(p.statement, p.cluster) for p in cur.pins],
                     excluded_statements=[ExcludedStatement(x.statement)
                                          for x in cur.excluded_statements])
    return sha256_text(curation_text(plain))[:16]


@contextmanager
def curation_lock(project: Project) -> Iterator[None]:
    """Exclusive lock for a read-modify-write of the curation file (the same `file_lock` the
    annotation files use, on its own lock file under build/)."""
    with file_lock(project.build_dir / "clusters.lock"):
        yield


def save_curation(project: Project, cur: Curation, *, before: Curation | None = None) -> bool:
    """Write the file if its canonical text changed (atomically; the caller holds the lock).
    The history is append-only: `before`'s history must be the start of `cur`'s."""
    if before is not None and cur.history[:len(before.history)] != before.history:
        raise InputError("the curation history can only grow", path=_rel(project,
                                                                          curation_path(project)),
                         fix="this is a bug in the caller: operations append events")
    path = curation_path(project)
    text = curation_text(cur)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    if cur.is_empty() and not cur.history and not path.exists():
        return False
    atomic_write_text(path, text)
    return True


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
