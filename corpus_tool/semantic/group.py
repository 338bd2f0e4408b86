"""Grouping embeddings: agglomerative (cosine threshold), HDBSCAN or k-means behind one
`group()`, optionally guided towards the codebook's areas. Deterministic for a `random_state`."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import numpy as np

from corpus_tool.errors import InputError

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


# the micro-cluster step: rows per chunk (at least) and passes of the mini-batch k-means
CHUNK_ROWS = 8192
MICRO_EPOCHS = 3


ProgressFn = Callable[..., None]
ChunkSource = Callable[[], Iterator[np.ndarray]]


def normalise(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (m / n).astype(np.float32)


def canonical_labels(raw: np.ndarray) -> np.ndarray:
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
        z = pca(x, min(HDBSCAN_DIMS, x.shape[1], n - 1))
        model = HDBSCAN(min_cluster_size=max(2, min_cluster_size), min_samples=1,
                        allow_single_cluster=False, copy=True)
        return model.fit_predict(z)
    if method == "kmeans":
        model = KMeans(n_clusters=max(1, min(k, n)), n_init=4, random_state=random_state)
        return model.fit_predict(x.astype(np.float64))
    raise InputError(f"unknown clustering method {method!r}", fix="use " + ", ".join(METHODS))


def micro_centroids(x: np.ndarray, micro: np.ndarray, n_micro: int) -> np.ndarray:
    """The sum of the rows of each micro-cluster (a zero row for an empty one), in one sparse
    product: linear in the items (a mask per micro-cluster was items × micro-clusters). Sums
    run in row order, so the same rows in the same order give the same bits."""
    from scipy.sparse import csr_matrix
    n = len(x)
    member = csr_matrix((np.ones(n), (micro, np.arange(n))), shape=(n_micro, n))
    return np.asarray(member @ x.astype(np.float64))


def chunk_rows(max_direct: int = MAX_DIRECT) -> int:
    """Rows per chunk of the micro-cluster step: a chunk's mini-batch must seed every
    micro-cluster (at least 4 rows each)."""
    return max(CHUNK_ROWS, 4 * max(2, max_direct // 4))


def micro_group(chunks: ChunkSource, n: int, *, method: str, threshold: float, k: int,
                min_cluster_size: int, random_state: int, max_direct: int = MAX_DIRECT,
                each: Callable[[np.ndarray, np.ndarray], None] | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """Raw group labels (-1 for a zero row) of `n` L2-normalised rows read in chunks: a seeded
    MiniBatchKMeans fitted by `partial_fit` on the chunks in their order (`MICRO_EPOCHS` passes)
    makes `max_direct // 4` micro-clusters, `method` groups their centroids, and each row takes
    its micro-cluster's group. `chunks()` must give the same rows in the same chunks on every
    call: the labels depend on them and on `random_state` only, and only one chunk plus the
    centroids is held at a time. `each(chunk, micro)` sees every chunk with its micro-cluster
    labels in the assigning pass. Returns (raw labels, micro-cluster sums)."""
    from sklearn.cluster import MiniBatchKMeans
    n_micro = max(2, max_direct // 4)
    mb = MiniBatchKMeans(n_clusters=n_micro, random_state=random_state, n_init=1,
                         batch_size=chunk_rows(max_direct))
    for _ in range(MICRO_EPOCHS):
        for c in chunks():
            live = c[np.linalg.norm(c, axis=1) > 0]
            if len(live) >= (1 if hasattr(mb, "cluster_centers_") else n_micro):
                mb.partial_fit(live.astype(np.float64))
    micro = np.full(n, -1, dtype=np.int64)
    sums = None
    pos = 0
    for c in chunks():
        m = np.full(len(c), -1, dtype=np.int64)
        live = np.linalg.norm(c, axis=1) > 0
        if live.any():
            m[live] = mb.predict(c[live].astype(np.float64))
        part = micro_centroids(c[live], m[live], n_micro)
        sums = part if sums is None else sums + part
        micro[pos:pos + len(c)] = m
        if each is not None:
            each(c, m)
        pos += len(c)
    cent = normalise(sums)
    used = np.unique(micro[micro >= 0])
    sub = _direct(cent[used], method=method, threshold=threshold, k=k,
                  min_cluster_size=max(2, min_cluster_size // 2), random_state=random_state)
    lut = np.full(n_micro + 1, -1, dtype=np.int64)         # the last entry: micro = -1
    lut[used] = sub
    return lut[micro], sums


def finish_labels(raw: np.ndarray, *, method: str, min_cluster_size: int) -> np.ndarray:
    """Groups below `min_cluster_size` become outliers (-1, except for k-means), then groups
    are numbered by first appearance."""
    raw = np.asarray(raw, dtype=np.int64)
    if method != "kmeans":
        sizes = Counter(int(r) for r in raw if r >= 0)
        raw = np.array([r if r >= 0 and sizes[int(r)] >= min_cluster_size else -1 for r in raw],
                       dtype=np.int64)
    return canonical_labels(raw)


def group(x: np.ndarray, *, method: str = "agglomerative", threshold: float = FALLBACK_THRESHOLD,
          k: int | None = None, min_cluster_size: int = 3, random_state: int = 0,
          max_direct: int = MAX_DIRECT) -> np.ndarray:
    """Group labels for the rows of `x` (L2-normalised), -1 = outlier. Deterministic for the
    same rows in the same order (`cluster_items` sorts them by item id first): above
    `max_direct` rows the micro-cluster step of `micro_group` runs over chunks of `x` (the
    chunks `cluster_items` streams from the embedding cache for large runs), so time and memory
    grow linearly. The number of workers or the partitions that embedded the rows do not
    enter."""
    if method not in METHODS:
        raise InputError(f"unknown clustering method {method!r}", fix="use " + ", ".join(METHODS))
    n = len(x)
    if n > max_direct and method != "kmeans":
        step = chunk_rows(max_direct)
        raw, _ = micro_group(lambda: (x[i:i + step] for i in range(0, n, step)), n,
                             method=method, threshold=threshold,
                             k=k if k is not None else max(2, int(round(np.sqrt(n / 2)))),
                             min_cluster_size=min_cluster_size, random_state=random_state,
                             max_direct=max_direct)
        return finish_labels(raw, method=method, min_cluster_size=min_cluster_size)
    nonzero = np.linalg.norm(x, axis=1) > 0
    if not nonzero.all():                # empty texts have no direction: always outliers
        out = np.full(len(x), -1, dtype=np.int64)
        if nonzero.any():
            out[nonzero] = group(x[nonzero], method=method, threshold=threshold, k=k,
                                 min_cluster_size=min_cluster_size, random_state=random_state,
                                 max_direct=max_direct)
        return out
    if k is None:
        k = max(2, int(round(np.sqrt(n / 2))))
    raw = _direct(x, method=method, threshold=threshold, k=k,
                  min_cluster_size=min_cluster_size, random_state=random_state)
    return finish_labels(raw, method=method, min_cluster_size=min_cluster_size)


def guide(x: np.ndarray, area_vectors: np.ndarray, *, weight: float = 0.25
          ) -> tuple[np.ndarray, np.ndarray]:
    """Pull each vector towards its most similar area (BERTopic's guided topic modelling): rows
    closer to the corpus mean than to every area stay put. Returns (new vectors, area index per
    row or -1)."""
    if len(area_vectors) == 0 or len(x) == 0:
        return x, np.full(len(x), -1)
    mean = normalise(x.mean(axis=0, keepdims=True))
    cand = np.vstack([mean, area_vectors])
    best = np.argmax(x @ cand.T, axis=1) - 1
    out = x.copy()
    pulled = best >= 0
    out[pulled] = (1 - weight) * x[pulled] + weight * area_vectors[best[pulled]]
    return normalise(out), best


def pca(x: np.ndarray, dims: int) -> np.ndarray:
    """Deterministic PCA (eigendecomposition of the covariance; component signs fixed)."""
    if len(x) < 3 or dims < 1:
        return np.zeros((len(x), max(dims, 0)))
    xc = x.astype(np.float64) - x.mean(axis=0, dtype=np.float64)
    _, vecs = np.linalg.eigh(xc.T @ xc)
    comps = vecs[:, ::-1][:, :dims]
    s = xc @ comps
    signs = np.sign(s[np.argmax(np.abs(s), axis=0), range(s.shape[1])])
    return s * np.where(signs == 0, 1, signs)
