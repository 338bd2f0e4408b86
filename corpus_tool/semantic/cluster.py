"""Cluster statements by meaning, label the clusters, keep them in the index.

The pipeline, one swappable step each (in the spirit of BERTopic):

1. items: statements (or passages) with their document metadata;
2. vectors: `embed.embed_texts` (cached by text hash), optionally pulled towards the codebook's
   areas (guided mode);
3. groups: scikit-learn agglomerative (cosine, average linkage, distance threshold), HDBSCAN or
   k-means, all seeded and deterministic: items are sorted by id first, so input order does not
   matter. Above `max_direct` items, a seeded k-means first groups items into micro-clusters and
   the chosen method clusters those, which keeps time and memory roughly linear;
4. description: stable id from the core member ids, label phrases by class-based TF-IDF,
   representatives nearest the centroid, instruments, issuers, strength mix, earliest year.

Outliers (HDBSCAN noise, agglomerative groups below `min_cluster_size`) are listed, and can be
assigned to the nearest cluster centroid (`assign_outliers`); cluster ids stay those of the core.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from corpus_tool.semantic.embed import DEFAULT_BACKEND, Embedder, TfidfEmbedder, embed_texts, get_embedder
from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.models import STRENGTHS, Cluster
from corpus_tool.project import Project
from corpus_tool.semantic.terms import N_TERMS, STOP_WORDS, label_terms, phrases  # noqa: F401 (re-exported)

METHODS = ("agglomerative", "hdbscan", "kmeans")
# Average-linkage cosine distance thresholds that give topic-sized clusters per backend
# (tuned on the General Comments paragraphs; see benchmarks/bench_embed_cluster.py).
DEFAULT_THRESHOLDS = {"minilm": 0.6, "static": 0.85, "tfidf": 0.9, "hash": 0.7}
FALLBACK_THRESHOLD = 0.6
# Static token-average vectors share one dominant direction (all cosines are high); removing
# the corpus mean before clustering restores contrast ("all-but-the-top").
CENTERED_BACKENDS = frozenset({"static"})
DEFAULT_MIN_CLUSTER_SIZE = {"agglomerative": 3, "hdbscan": 8, "kmeans": 1}
HDBSCAN_DIMS = 10
MAX_DIRECT = 6000
N_REPRESENTATIVES = 3

ProgressFn = Callable[..., None]

SCHEMA = """
CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    rank INTEGER NOT NULL,               -- 1 = largest
    label TEXT NOT NULL, terms TEXT NOT NULL, size INTEGER NOT NULL,
    members TEXT NOT NULL, representatives TEXT NOT NULL, doc_ids TEXT NOT NULL,
    issuers TEXT NOT NULL, strength_mix TEXT NOT NULL, earliest_year INTEGER,
    model_id TEXT NOT NULL, method TEXT NOT NULL, assigned TEXT NOT NULL, area TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_points (
    item_id TEXT PRIMARY KEY,            -- statement (or passage) id
    cluster_id TEXT NOT NULL,            -- '' for an unassigned outlier
    role TEXT NOT NULL,                  -- core / assigned / outlier
    similarity REAL NOT NULL,            -- cosine to the cluster centroid (to the nearest if outlier)
    x REAL NOT NULL, y REAL NOT NULL,    -- 2-D map (PCA of the embeddings)
    doc_id TEXT NOT NULL, locator TEXT NOT NULL, page INTEGER, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# --- items --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Item:
    """One text to cluster, with what the cluster description needs."""
    id: str
    text: str
    doc_id: str = ""
    issuer: str = ""
    year: int | None = None
    strength: str = ""
    locator: str = ""
    page: int | None = None


def statement_items(conn) -> list[Item]:
    """Every statement in the index, with its document's issuer and year."""
    from corpus_tool.store import db as store
    try:
        from corpus_tool.statements.stage import list_statements
    except ImportError:
        return []
    docs = {d.id: d for d in store.list_documents(conn)}
    try:
        stmts = list_statements(conn)
    except Exception as e:  # noqa: BLE001 - statements table not there yet
        if e.__class__.__name__ == "OperationalError":
            return []
        raise
    out = []
    for s in stmts:
        d = docs.get(s.doc_id)
        out.append(Item(id=s.id, text=s.text, doc_id=s.doc_id, issuer=d.issuer if d else "",
                        year=d.year if d else None, strength=s.strength, locator=s.locator,
                        page=s.page))
    return out


def passage_items(conn, *, lang: str | None = "en") -> list[Item]:
    from corpus_tool.store import db as store
    docs = {d.id: d for d in store.list_documents(conn)}
    out = []
    for p in store.iter_passages(conn, lang=lang):
        d = docs.get(p.doc_id)
        out.append(Item(id=p.id, text=p.text, doc_id=p.doc_id, issuer=d.issuer if d else "",
                        year=d.year if d else None, locator=p.locator, page=p.page))
    return out


# --- grouping -----------------------------------------------------------------------------------

def _normalise(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (m / n).astype(np.float32)


def _canonical_labels(raw: np.ndarray) -> np.ndarray:
    """Renumber groups by first appearance; -1 stays -1 (makes results independent of the
    clusterer's internal numbering)."""
    mapping: dict[int, int] = {}
    out = np.full(len(raw), -1, dtype=np.int64)
    for i, r in enumerate(raw):
        if r < 0:
            continue
        if r not in mapping:
            mapping[r] = len(mapping)
        out[i] = mapping[r]
    return out


def _direct(x: np.ndarray, *, method: str, threshold: float, k: int, min_cluster_size: int,
            random_state: int) -> np.ndarray:
    from sklearn.cluster import HDBSCAN, AgglomerativeClustering, KMeans
    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    if method == "agglomerative":
        # cosine distances by one BLAS product (scipy's pdist loop is ~10× slower)
        x64 = x.astype(np.float64)
        d = x64 @ x64.T
        np.subtract(1.0, d, out=d)
        np.clip(d, 0.0, 2.0, out=d)
        np.fill_diagonal(d, 0.0)
        d += d.T                                 # exactly symmetric
        d *= 0.5
        model = AgglomerativeClustering(n_clusters=None, metric="precomputed",
                                        linkage="average", distance_threshold=threshold)
        return model.fit_predict(d)
    if method == "hdbscan":
        # density estimates are unreliable in 384 dimensions: reduce first (deterministic PCA)
        if n <= max(2, min_cluster_size):
            return np.full(n, -1)
        z = _pca(x, min(HDBSCAN_DIMS, x.shape[1], n - 1))
        model = HDBSCAN(min_cluster_size=max(2, min_cluster_size), min_samples=1,
                        allow_single_cluster=False, copy=True)
        return model.fit_predict(z)
    if method == "kmeans":
        model = KMeans(n_clusters=max(1, min(k, n)), n_init=4, random_state=random_state)
        return model.fit_predict(x.astype(np.float64))
    raise InputError(f"unknown clustering method {method!r}", fix="use " + ", ".join(METHODS))


def group(x: np.ndarray, *, method: str = "agglomerative", threshold: float = FALLBACK_THRESHOLD,
          k: int | None = None, min_cluster_size: int = 3, random_state: int = 0,
          max_direct: int = MAX_DIRECT) -> np.ndarray:
    """Group labels for the rows of `x` (L2-normalised), -1 = outlier. Deterministic."""
    if method not in METHODS:
        raise InputError(f"unknown clustering method {method!r}", fix="use " + ", ".join(METHODS))
    nonzero = np.linalg.norm(x, axis=1) > 0
    if not nonzero.all():                # empty texts have no direction: always outliers
        out = np.full(len(x), -1, dtype=np.int64)
        if nonzero.any():
            out[nonzero] = group(x[nonzero], method=method, threshold=threshold, k=k,
                                 min_cluster_size=min_cluster_size, random_state=random_state,
                                 max_direct=max_direct)
        return out
    n = len(x)
    if k is None:
        k = max(2, int(round(np.sqrt(n / 2))))
    if n > max_direct and method != "kmeans":
        from sklearn.cluster import MiniBatchKMeans
        n_micro = max(2, max_direct // 4)
        mb = MiniBatchKMeans(n_clusters=n_micro, random_state=random_state, n_init=1,
                             batch_size=4096, max_iter=20)
        micro = mb.fit_predict(x.astype(np.float64))
        cent = _normalise(np.vstack([x[micro == c].mean(axis=0) if np.any(micro == c)
                                     else np.zeros(x.shape[1]) for c in range(n_micro)]))
        used = np.unique(micro)
        sub = _direct(cent[used], method=method, threshold=threshold, k=k,
                      min_cluster_size=max(2, min_cluster_size // 2), random_state=random_state)
        lut = np.full(n_micro, -1, dtype=np.int64)
        lut[used] = sub
        raw = lut[micro]
    else:
        raw = _direct(x, method=method, threshold=threshold, k=k,
                      min_cluster_size=min_cluster_size, random_state=random_state)
    raw = np.asarray(raw, dtype=np.int64)
    if method != "kmeans":
        sizes = Counter(int(r) for r in raw if r >= 0)
        raw = np.array([r if r >= 0 and sizes[int(r)] >= min_cluster_size else -1 for r in raw],
                       dtype=np.int64)
    return _canonical_labels(raw)


def guide(x: np.ndarray, area_vectors: np.ndarray, *, weight: float = 0.25
          ) -> tuple[np.ndarray, np.ndarray]:
    """Pull each vector towards its most similar area (BERTopic's guided topic modelling): rows
    closer to the corpus mean than to every area stay put. Returns (new vectors, area index per
    row or -1)."""
    if len(area_vectors) == 0 or len(x) == 0:
        return x, np.full(len(x), -1)
    mean = _normalise(x.mean(axis=0, keepdims=True))
    cand = np.vstack([mean, area_vectors])
    best = np.argmax(x @ cand.T, axis=1) - 1
    out = x.copy()
    pulled = best >= 0
    out[pulled] = (1 - weight) * x[pulled] + weight * area_vectors[best[pulled]]
    return _normalise(out), best


# --- description --------------------------------------------------------------------------------

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


def _pca(x: np.ndarray, dims: int) -> np.ndarray:
    """Deterministic PCA (eigendecomposition of the covariance; component signs fixed)."""
    if len(x) < 3 or dims < 1:
        return np.zeros((len(x), max(dims, 0)))
    xc = x.astype(np.float64) - x.mean(axis=0, dtype=np.float64)
    _, vecs = np.linalg.eigh(xc.T @ xc)
    comps = vecs[:, ::-1][:, :dims]
    s = xc @ comps
    signs = np.sign(s[np.argmax(np.abs(s), axis=0), range(s.shape[1])])
    return s * np.where(signs == 0, 1, signs)


def _pca2(x: np.ndarray) -> np.ndarray:
    return _pca(x, 2)


def layout(x: np.ndarray, labels: np.ndarray, cents: np.ndarray, *, random_state: int = 0
           ) -> np.ndarray:
    """2-D map coordinates: cluster centroids placed by seeded metric MDS of their cosine
    distances (so related clusters sit near each other), each member around its centroid by
    its own PCA offsets (radius grows with √size); outliers ring their nearest centroid.
    Deterministic; O(n) beyond the k×k centroid distances."""
    n = len(x)
    if n == 0:
        return np.zeros((0, 2))
    g = len(cents)
    if g < 2:
        return _pca2(x)
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
    local = _pca2(x)
    nearest = np.argmax(x @ cents.T, axis=1)
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
             area_ids: Sequence[str] = (), coords: np.ndarray | None = None
             ) -> tuple[list[Cluster], list[str], list[Point]]:
    """Turn group labels into described clusters (sorted by size, then id) and points."""
    n_groups = int(labels.max()) + 1 if len(labels) and labels.max() >= 0 else 0
    core = [np.nonzero(labels == g)[0] for g in range(n_groups)]
    cents = _normalise(np.vstack([x[idx].mean(axis=0) for idx in core])) if core else \
        np.zeros((0, x.shape[1] if x.ndim == 2 else 0), dtype=np.float32)
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
    clusters: list[Cluster] = []
    role = {}
    gid = {}
    for g in range(n_groups):
        cid = cluster_id([items[i].id for i in core[g]])
        gid[g] = cid
        reps = sorted(core[g], key=lambda i: (-round(float(sims[i, g]), 6), items[i].id))
        mem = members[g]
        strengths = Counter(items[i].strength for i in mem if items[i].strength)
        order = {s: k for k, s in enumerate(STRENGTHS)}
        mix = tuple(sorted(strengths.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99), kv[0])))
        years = [items[i].year for i in mem if items[i].year]
        area = ""
        if area_vectors is not None and len(area_vectors):
            area = area_ids[int(np.argmax(area_vectors @ cents[g]))]
        t = terms[g]
        if t:
            lab = ", ".join(t[:3])
        else:                                    # no shared phrase: quote the representative
            first = " ".join(items[reps[0]].text.split()) if reps else ""
            lab = "“" + (first if len(first) <= 40 else first[:39].rstrip() + "…") + "”"
        clusters.append(Cluster(
            id=cid, label=lab, terms=tuple(t),
            size=len(mem), members=tuple(sorted(items[i].id for i in mem)),
            representatives=tuple(items[i].id for i in reps[:n_representatives]),
            doc_ids=tuple(sorted({items[i].doc_id for i in mem if items[i].doc_id})),
            issuers=tuple(sorted({items[i].issuer for i in mem if items[i].issuer})),
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


# --- whole runs ---------------------------------------------------------------------------------

def _area_vectors(project: Project, emb: Embedder | str) -> tuple[np.ndarray, list[str]]:
    """One vector per codebook area: the mean of its name, seed terms and example quotes."""
    areas = _load_areas(project)
    if not areas:
        return np.zeros((0, 0), dtype=np.float32), []
    vecs, ids = [], []
    for a in areas:
        texts = [a["name"], *a["seed_terms"], *a["examples"]] or [a["name"]]
        v = embed_texts(project, texts, backend=emb)
        vecs.append(v.mean(axis=0))
        ids.append(a["id"])
    return _normalise(np.vstack(vecs)), ids


def _load_areas(project: Project) -> list[dict]:
    try:
        from corpus_tool.suggest.areas import load_codebook
    except ImportError:
        load_codebook = None
    if load_codebook is not None:
        return [{"id": a.id, "name": a.name, "seed_terms": list(a.seed_terms),
                 "examples": [e.quote for e in a.examples]} for a in load_codebook(project)]
    # fallback while corpus_tool.suggest.areas does not exist: read the YAML directly
    from corpus_tool.formats import load_yaml
    if not project.codebook_path.is_file():
        return []
    data = load_yaml(project.codebook_path) or {}
    out = []
    for a in data.get("areas") or []:
        out.append({"id": str(a.get("id")), "name": str(a.get("name") or a.get("id")),
                    "seed_terms": [str(s) for s in a.get("seed_terms") or []],
                    "examples": [str(e.get("quote", "")) for e in a.get("examples") or []
                                 if isinstance(e, dict) and e.get("quote")]})
    return out


def default_threshold(backend: str) -> float:
    return DEFAULT_THRESHOLDS.get(backend, FALLBACK_THRESHOLD)


def cluster_items(items: Sequence[Item], *, project: Project, backend: str = DEFAULT_BACKEND,
                  method: str = "agglomerative", threshold: float | None = None,
                  k: int | None = None, min_cluster_size: int | None = None,
                  guided: bool = False, assign_outliers: bool = False, random_state: int = 0,
                  max_direct: int = MAX_DIRECT, center: bool | None = None, vectors: np.ndarray | None = None,
                  progress: ProgressFn | None = None) -> ClusterResult:
    """Cluster any items (no index writes). `vectors` skips embedding (rows in item order)."""
    if method not in METHODS:
        raise InputError(f"unknown clustering method {method!r}", fix="use " + ", ".join(METHODS))
    if threshold is not None and not 0 < threshold < 2:
        raise InputError(f"threshold {threshold} out of range",
                         fix="a cosine distance between 0 and 2, e.g. 0.6")
    if k is not None and k < 1:
        raise InputError(f"k must be at least 1, not {k}")
    if min_cluster_size is None:
        min_cluster_size = DEFAULT_MIN_CLUSTER_SIZE[method]
    if min_cluster_size < 1:
        raise InputError(f"min cluster size must be at least 1, not {min_cluster_size}")
    order = sorted(range(len(items)), key=lambda i: items[i].id)
    items = [items[i] for i in order]
    if len({it.id for it in items}) != len(items):
        raise InputError("duplicate item ids", fix="each statement id must be unique")
    emb = get_embedder(backend)
    if vectors is None:
        if isinstance(emb, TfidfEmbedder):
            emb.fit([it.text for it in items])
        x = embed_texts(project, [it.text for it in items], backend=emb, progress=progress)
    else:
        x = _normalise(np.asarray(vectors, dtype=np.float32)[order])
    thr = threshold if threshold is not None else default_threshold(backend)
    if center is None:
        center = backend in CENTERED_BACKENDS
    if center and len(x):
        x = _normalise(x - x.mean(axis=0, keepdims=True))
    if method == "agglomerative":
        desc = f"agglomerative(cosine, average, threshold={thr:g})"
    elif method == "hdbscan":
        desc = f"hdbscan(pca{HDBSCAN_DIMS}, min_cluster_size={max(2, min_cluster_size)})"
    else:
        kk = k if k is not None else max(2, int(round(np.sqrt(len(items) / 2))))
        desc = f"kmeans(k={kk}, seed={random_state})"
    if center:
        desc += ", centred"
    area_vecs, area_ids = (np.zeros((0, 0), dtype=np.float32), [])
    xg = x
    if guided:
        area_vecs, area_ids = _area_vectors(project, emb)
        if not area_ids:
            raise InputError("guided mode needs areas with seed terms", path=project.codebook_path,
                             fix="add areas with seed_terms to annotations/codebook.yaml")
        xg, _ = guide(x, area_vecs)
        desc += ", guided"
    labels = group(xg, method=method, threshold=thr, k=k, min_cluster_size=min_cluster_size,
                   random_state=random_state, max_direct=max_direct)
    clusters, outliers, points = describe(
        items, x, labels, model_id=emb.model_id, method=desc, assign_outliers=assign_outliers,
        area_vectors=area_vecs if guided else None, area_ids=area_ids)
    params = {"backend": backend, "method": method, "threshold": thr if method == "agglomerative"
              else None, "k": k, "min_cluster_size": min_cluster_size, "guided": guided,
              "assign_outliers": assign_outliers, "random_state": random_state,
              "centred": bool(center)}
    n_out = sum(1 for p in points if p.role == "outlier")
    quality = {"silhouette": silhouette(x, labels, random_state=random_state),
               "n_items": len(items), "n_clusters": len(clusters), "n_outliers": n_out,
               "outlier_share": round(n_out / len(items), 4) if items else 0.0}
    return ClusterResult(clusters=tuple(clusters), outliers=tuple(outliers), points=tuple(points),
                         model_id=emb.model_id, method=desc, params=params, quality=quality)


def run_clustering(project: Project, *, backend: str = DEFAULT_BACKEND,
                   method: str = "agglomerative", threshold: float | None = None,
                   k: int | None = None, min_cluster_size: int | None = None,
                   guided: bool = False, assign_outliers: bool = False, random_state: int = 0,
                   unit: str = "statements", force: bool = False,
                   progress: ProgressFn | None = None) -> ClusterResult:
    """Cluster the project's statements (or passages with `unit="passages"`) and write the
    clusters into the index, replacing the previous clustering. When the texts, options and
    code are those of the clustering already stored, that one is returned without recomputing
    (`force=True` recomputes)."""
    from corpus_tool.store import db as store
    if unit not in ("statements", "passages"):
        raise InputError(f"unknown unit {unit!r}", fix="use statements or passages")
    conn = store.connect(project.db_path)
    try:
        items = statement_items(conn) if unit == "statements" else passage_items(conn)
        if not items:
            what = ("statements (run `corpus-tool statements`, or cluster passages with "
                    "--unit passages)" if unit == "statements" else
                    "passages (run `corpus-tool ingest`)")
            raise InputError(f"nothing to cluster: the index has no {what}",
                             path=project.db_path)
        options = {"backend": backend, "method": method, "threshold": threshold, "k": k,
                   "min_cluster_size": min_cluster_size, "guided": guided,
                   "assign_outliers": assign_outliers, "random_state": random_state,
                   "unit": unit}
        fp = _fingerprint(project, items, options, guided)
        if not force:
            meta = load_meta(conn)
            if meta.get("fingerprint") == fp:
                stored = load_clusters(conn)
                return ClusterResult(clusters=tuple(stored), outliers=tuple(meta["outliers"]),
                                     points=tuple(load_points(conn)),
                                     model_id=meta["model_id"], method=meta["method"],
                                     params=meta["params"], quality=meta["quality"])
        result = cluster_items(items, project=project, backend=backend, method=method,
                               threshold=threshold, k=k, min_cluster_size=min_cluster_size,
                               guided=guided, assign_outliers=assign_outliers,
                               random_state=random_state, progress=progress)
        result = ClusterResult(clusters=result.clusters, outliers=result.outliers,
                               points=result.points, model_id=result.model_id,
                               method=result.method, params={**result.params, "unit": unit},
                               quality=result.quality)
        save_clusters(conn, result, fingerprint=fp)
    finally:
        conn.close()
    return result


def _fingerprint(project: Project, items: Sequence[Item], options: dict, guided: bool) -> str:
    """What a clustering depends on: the items (ids, texts, metadata), the options, the
    embedding model id, the codebook (guided) and this code."""
    import hashlib
    from pathlib import Path
    h = hashlib.sha256()
    h.update(json.dumps(options, sort_keys=True).encode())
    emb = get_embedder(options["backend"])
    h.update(("" if isinstance(emb, TfidfEmbedder) else emb.model_id).encode())
    for it in sorted(items, key=lambda i: i.id):
        h.update(json.dumps([it.id, it.text, it.doc_id, it.issuer, it.year, it.strength,
                             it.locator, it.page], ensure_ascii=False).encode())
    if guided and project.codebook_path.is_file():
        h.update(project.codebook_path.read_bytes())
    for mod in ("cluster.py", "terms.py", "embed.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.hexdigest()


def _j(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def save_clusters(conn, result: ClusterResult, *, fingerprint: str = "") -> None:
    from corpus_tool.store import db as store
    store.ensure_schema(conn, SCHEMA)
    with store.transaction(conn):
        conn.execute("DELETE FROM clusters")
        conn.execute("DELETE FROM cluster_points")
        conn.execute("DELETE FROM cluster_meta")
        conn.executemany(
            "INSERT INTO clusters VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c.id, rank, c.label, _j(list(c.terms)), c.size, _j(list(c.members)),
              _j(list(c.representatives)), _j(list(c.doc_ids)), _j(list(c.issuers)),
              _j([list(p) for p in c.strength_mix]), c.earliest_year, c.model_id, c.method,
              _j(list(c.assigned)), c.area) for rank, c in enumerate(result.clusters, 1)])
        conn.executemany(
            "INSERT INTO cluster_points VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(p.item_id, p.cluster_id, p.role, p.similarity, p.x, p.y, p.doc_id, p.locator,
              p.page, p.text) for p in result.points])
        conn.executemany("INSERT INTO cluster_meta VALUES (?,?)", [
            ("model_id", result.model_id), ("method", result.method),
            ("params", _j(result.params)), ("quality", _j(result.quality)),
            ("outliers", _j(list(result.outliers))), ("fingerprint", fingerprint)])


def load_clusters(conn) -> list[Cluster]:
    """The clusters of the last run, largest first (empty if never clustered)."""
    from corpus_tool.store import db as store
    store.ensure_schema(conn, SCHEMA)
    out = []
    for r in conn.execute("SELECT * FROM clusters ORDER BY rank"):
        out.append(Cluster(
            id=r["id"], label=r["label"], terms=tuple(json.loads(r["terms"])), size=r["size"],
            members=tuple(json.loads(r["members"])),
            representatives=tuple(json.loads(r["representatives"])),
            doc_ids=tuple(json.loads(r["doc_ids"])), issuers=tuple(json.loads(r["issuers"])),
            strength_mix=tuple((s, int(n)) for s, n in json.loads(r["strength_mix"])),
            earliest_year=r["earliest_year"], model_id=r["model_id"], method=r["method"],
            assigned=tuple(json.loads(r["assigned"])), area=r["area"]))
    return out


def load_points(conn) -> list[Point]:
    from corpus_tool.store import db as store
    store.ensure_schema(conn, SCHEMA)
    return [Point(item_id=r["item_id"], cluster_id=r["cluster_id"], role=r["role"],
                  similarity=r["similarity"], x=r["x"], y=r["y"], doc_id=r["doc_id"],
                  locator=r["locator"], page=r["page"], text=r["text"])
            for r in conn.execute("SELECT * FROM cluster_points ORDER BY item_id")]


def load_meta(conn) -> dict:
    from corpus_tool.store import db as store
    store.ensure_schema(conn, SCHEMA)
    meta = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM cluster_meta")}
    for k in ("params", "quality", "outliers"):
        if k in meta:
            meta[k] = json.loads(meta[k])
    return meta


def cluster_of(conn, item_id: str) -> str | None:
    """The cluster id a statement belongs to ('' if an outlier, None if not clustered)."""
    from corpus_tool.store import db as store
    store.ensure_schema(conn, SCHEMA)
    row = conn.execute("SELECT cluster_id FROM cluster_points WHERE item_id = ?",
                       (item_id,)).fetchone()
    return None if row is None else row["cluster_id"]
