"""Describing clusters: ids from their members, a 2-D layout for the map, phrase labels,
representative members, silhouette."""
from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict

import numpy as np

from corpus_tool.errors import NotFoundError
from corpus_tool.ligatures import unligature
from corpus_tool.formats import sha256_text
from corpus_tool.models import STRENGTHS, Cluster
from corpus_tool.semantic.group import normalise, pca
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.labels import requirement_labels
from corpus_tool.semantic.terms import N_TERMS, label_terms

N_REPRESENTATIVES = 3



def _by_share(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct non-empty values, the most frequent first, then by name: a body behind one
    statement of a cluster does not lead it."""
    counts = Counter(v for v in values if v)
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))

def cluster_id(member_ids: Sequence[str]) -> str:
    return "c-" + sha256_text("\n".join(sorted(member_ids)))[:8]


@dataclass(frozen=True, slots=True)
class Point:
    """Where one item ended up: for the map and for `which cluster is statement X in`."""
    item_id: str
    cluster_id: str              # '' for an unassigned outlier
    role: str                    # core / assigned / outlier
    similarity: float
    x: float
    y: float
    doc_id: str = ""
    locator: str = ""
    page: int | None = None
    text: str = ""

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class ClusterResult:
    clusters: tuple[Cluster, ...]
    outliers: tuple[str, ...]    # item ids left unassigned
    points: tuple[Point, ...]
    model_id: str
    method: str
    params: dict = field(default_factory=dict)
    quality: dict = field(default_factory=dict)

    def to_dict(self, *, points: bool = False) -> dict:
        d = {"model_id": self.model_id, "method": self.method, "params": self.params,
             "quality": self.quality, "n_clusters": len(self.clusters),
             "n_items": len(self.points), "outliers": list(self.outliers),
             "clusters": [c.to_dict() for c in self.clusters]}
        if points:
            d["points"] = [p.to_dict() for p in self.points]
        return d


CLUSTER_REPORT_FIELDS = ("id", "label", "terms", "size", "members", "representatives", "doc_ids",
                         "issuers", "strength_mix", "earliest_year", "assigned", "area")


class ClusteringReport(TypedDict):
    """`cluster --json`: the run's model, method, options and quality, and each cluster's
    `CLUSTER_REPORT_FIELDS` (no map points)."""
    model_id: str
    method: str
    params: dict[str, Any]
    quality: dict[str, Any]
    n_clusters: int
    n_items: int
    outliers: list[str]
    clusters: list[dict[str, Any]]


def clustering_report(result: ClusterResult) -> ClusteringReport:
    d = result.to_dict()
    d["clusters"] = [{k: c[k] for k in CLUSTER_REPORT_FIELDS} for c in d["clusters"]]
    return d


def _pca2(x: np.ndarray) -> np.ndarray:
    return pca(x, 2)


def layout(x: np.ndarray, labels: np.ndarray, cents: np.ndarray, *, random_state: int = 0
           ) -> np.ndarray:
    """2-D map coordinates: cluster centroids placed by seeded metric MDS of their cosine
    distances (so related clusters sit near each other), each member around its centroid by
    its own PCA offsets (radius grows with √size); outliers ring their nearest centroid.
    Deterministic; O(n) beyond the k×k centroid distances."""
    if len(x) == 0:
        return np.zeros((0, 2))
    if len(cents) < 2:
        return _pca2(x)
    return place(_pca2(x), np.argmax(x @ cents.T, axis=1), labels, cents,
                 random_state=random_state)


def place(local: np.ndarray, nearest: np.ndarray, labels: np.ndarray, cents: np.ndarray, *,
          random_state: int = 0) -> np.ndarray:
    """`layout` from each item's PCA offsets `local` (n × 2) and its `nearest` centroid (of
    two or more): what needs no item vector, for a caller that computed those chunk by
    chunk."""
    n = len(local)
    g = len(cents)
    from sklearn.manifold import MDS
    d = np.clip(1.0 - cents.astype(np.float64) @ cents.astype(np.float64).T, 0.0, 2.0)
    np.fill_diagonal(d, 0.0)
    d = (d + d.T) / 2
    try:
        pos = MDS(n_components=2, metric="precomputed", random_state=random_state, n_init=1,
                  max_iter=300, init="random").fit_transform(d)
    except TypeError:            # older scikit-learn: dissimilarity= instead of metric=
        pos = MDS(n_components=2, dissimilarity="precomputed", random_state=random_state,
                  n_init=1, max_iter=300).fit_transform(d)
    pos = pos - pos.mean(axis=0)
    span = float(np.abs(pos).max()) or 1.0
    pos = pos / span                                     # centroids within [-1, 1]
    home = np.where(labels >= 0, labels, nearest)
    sizes = np.bincount(home, minlength=g).astype(np.float64)
    radius = 0.045 + 0.11 * np.sqrt(sizes / max(1.0, sizes.max()))
    out = np.zeros((n, 2))
    for c in range(g):
        idx = np.nonzero(home == c)[0]
        if not len(idx):
            continue
        off = local[idx] - local[idx].mean(axis=0)
        scale = float(np.percentile(np.linalg.norm(off, axis=1), 90)) or 1.0
        off = off / scale * radius[c]
        norms = np.linalg.norm(off, axis=1, keepdims=True)
        off = np.where(norms > radius[c] * 1.15, off / np.maximum(norms, 1e-9) * radius[c] * 1.15,
                       off)
        out_mask = labels[idx] < 0
        if np.any(out_mask):                             # outliers on a ring just outside
            o = off[out_mask]
            on = np.linalg.norm(o, axis=1, keepdims=True)
            ang = np.where(on > 1e-9, o / np.maximum(on, 1e-9), np.array([[1.0, 0.0]]))
            off[out_mask] = ang * radius[c] * 1.35
        out[idx] = pos[c] + off
    return out


def describe(items: Sequence[Item], x: np.ndarray, labels: np.ndarray, *, model_id: str,
             method: str, assign_outliers: bool = False, n_representatives: int = N_REPRESENTATIVES,
             n_terms: int = N_TERMS, area_vectors: np.ndarray | None = None,
             area_ids: Sequence[str] = (), coords: np.ndarray | None = None,
             cents: np.ndarray | None = None, sims=None
             ) -> tuple[list[Cluster], list[str], list[Point]]:
    """Turn group labels into described clusters (sorted by size, then id) and points.
    `coords`, `cents` (the clusters' normalised centroids) and `sims` (what is read of the
    item × cluster cosines: `stream.NearestSims`) may come precomputed, and `x` is then not
    read (`stream.cluster_streamed` computes them chunk by chunk)."""
    n_groups = int(labels.max()) + 1 if len(labels) and labels.max() >= 0 else 0
    core = [np.nonzero(labels == g)[0] for g in range(n_groups)]
    if cents is None:
        cents = normalise(np.vstack([x[idx].mean(axis=0) for idx in core])) if core else \
            np.zeros((0, x.shape[1] if x.ndim == 2 else 0), dtype=np.float32)
    if sims is None:
        sims = x @ cents.T if n_groups else np.zeros((len(items), 0))
    members = [list(idx) for idx in core]
    assigned: list[list[int]] = [[] for _ in core]
    outliers = [i for i in range(len(items)) if labels[i] < 0]
    if assign_outliers and n_groups:
        for i in outliers:
            g = int(np.argmax(sims[i]))
            members[g].append(i)
            assigned[g].append(i)
        outliers = []
    terms = label_terms([[items[i].text for i in m] for m in members], top_n=n_terms)
    coords = layout(x, labels, cents) if coords is None else coords
    gid = {g: cluster_id([items[i].id for i in core[g]]) for g in range(n_groups)}
    nearest = [sorted(members[g], key=lambda i: (-round(float(sims[i, g]), 6), items[i].id))
               for g in range(n_groups)]
    big_first = sorted(range(n_groups), key=lambda g: (-len(members[g]), gid[g]))
    labels_of = dict(zip(big_first, map(unligature, requirement_labels(
        [[items[i] for i in nearest[g]] for g in big_first], [terms[g] for g in big_first],
        [fallback_label(terms[g], items, nearest[g]) for g in big_first]))))
    clusters: list[Cluster] = []
    role = {}
    for g in range(n_groups):
        cid = gid[g]
        reps = sorted(core[g], key=lambda i: (-round(float(sims[i, g]), 6), items[i].id))
        mem = members[g]
        strengths = Counter(items[i].strength for i in mem if items[i].strength)
        order = {s: k for k, s in enumerate(STRENGTHS)}
        mix = tuple(sorted(strengths.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99), kv[0])))
        years = [items[i].year for i in mem if items[i].year]
        area = ""
        if area_vectors is not None and len(area_vectors):
            area = area_ids[int(np.argmax(area_vectors @ cents[g]))]
        clusters.append(Cluster(
            id=cid, label=labels_of[g], terms=tuple(map(unligature, terms[g])),
            size=len(mem), members=tuple(sorted(items[i].id for i in mem)),
            representatives=tuple(items[i].id for i in reps[:n_representatives]),
            doc_ids=tuple(sorted({items[i].doc_id for i in mem if items[i].doc_id})),
            issuers=_by_share(items[i].issuer for i in mem),
            strength_mix=mix, earliest_year=min(years) if years else None, model_id=model_id,
            method=method, assigned=tuple(sorted(items[i].id for i in assigned[g])), area=area))
        for i in core[g]:
            role[i] = ("core", g)
        for i in assigned[g]:
            role[i] = ("assigned", g)
    clusters.sort(key=lambda c: (-c.size, c.id))
    points = []
    for i, it in enumerate(items):
        r, g = role.get(i, ("outlier", -1))
        if g >= 0:
            sim = float(sims[i, g])
        else:
            sim = float(sims[i].max()) if n_groups else 0.0
        points.append(Point(item_id=it.id, cluster_id=gid.get(g, ""), role=r,
                            similarity=round(sim, 4), x=round(float(coords[i, 0]), 5),
                            y=round(float(coords[i, 1]), 5), doc_id=it.doc_id, locator=it.locator,
                            page=it.page, text=it.text))
    return clusters, sorted(items[i].id for i in outliers), points


def fallback_label(terms: Sequence[str], items: Sequence[Item], nearest: Sequence[int]) -> str:
    """A label without noun phrases: the top terms, or the nearest statement quoted."""
    if terms:
        return ", ".join(terms[:3])
    first = " ".join(items[nearest[0]].text.split()) if nearest else ""
    return "“" + (first if len(first) <= 40 else first[:39].rstrip() + "…") + "”"


def silhouette(x: np.ndarray, labels: np.ndarray, *, random_state: int = 0,
               sample_size: int = 2000) -> float | None:
    """Cosine silhouette over the clustered (non-outlier) items; None if undefined."""
    from sklearn.metrics import silhouette_score
    keep = labels >= 0
    lab = labels[keep]
    if len(set(lab.tolist())) < 2 or len(lab) <= len(set(lab.tolist())):
        return None
    xs = x[keep]
    kw = {}
    if len(xs) > sample_size:
        kw = {"sample_size": sample_size, "random_state": random_state}
    return round(float(silhouette_score(xs, lab, metric="cosine", **kw)), 4)


def no_cluster(cid: str, ids: Sequence[str] = ()) -> NotFoundError:
    """No cluster of that id; a statement's id given as a cluster's is said so (trial 27: `cluster
    exclude crc-gc26-2023:para-5:s1` was answered "no cluster" alone), and an id one slip from a
    cluster's (`c-6d96d82`, a character short: trial 48, P10) is named."""
    if ":" in cid:
        return NotFoundError(f"no cluster {cid!r}: that is a statement's id (give a statement "
                             f"with --statement: `-s {cid}`)")
    near = difflib.get_close_matches(cid, sorted(ids), n=1, cutoff=0.8)
    return NotFoundError(f"no cluster {cid!r}" + (f" (did you mean {near[0]!r}?)" if near else
                                                  " (`corpus-tool cluster --json` lists them)"))
