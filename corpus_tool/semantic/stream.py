"""Clustering a large run from the embedding cache, chunk by chunk.

Above `max_direct` items (`cluster_items`), the run's vectors are never held whole: the texts
are embedded into the cache first (`embed.cache_texts`, the same batches as `embed_texts`, so the
same vectors), then read back `chunk_rows` rows at a time, in item-id order, as often as the
steps need them:

1. (centred backends) the mean of the rows;
2. the micro-cluster k-means (`group.micro_group`: `partial_fit` passes, then the assigning
   pass, which also sums what the clusters' centroids and the map's PCA need);
3. one pass for each item's cosine to its cluster's centroid and to the nearest one, its 2-D
   PCA offsets for the map and the rows of the silhouette's sample.

What stays in this process is O(items) (labels, similarities, map coordinates) plus one chunk,
the micro-cluster and cluster centroids and a dim × dim matrix: the labels, representatives
and the rest of the description come from `describe.describe`, given those instead of the
vectors. The chunks depend on the items only (not on the workers that embedded them), so a
serial and a distributed build cluster alike."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from corpus_tool.formats import sha256_text
from corpus_tool.models import Cluster
from corpus_tool.project import Project
from corpus_tool.semantic.backends import Embedder, ProgressFn
from corpus_tool.semantic.describe import Point, describe, place, silhouette
from corpus_tool.semantic.embed import cache_texts
from corpus_tool.semantic.group import (MAX_DIRECT, normalise, chunk_rows, finish_labels,
                                        micro_group)
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.requirement import texts_on
from corpus_tool.semantic.vector_cache import cached_chunks

SILHOUETTE_SAMPLE = 2000


class Digests(Sequence[str]):
    """The sha256 of each text (`formats.sha256_text`, the cache's key), kept as 32 bytes
    each rather than as a 64-character string: the hex is made for the rows read."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._raw = bytearray()
        for t in texts:
            self._raw += bytes.fromhex(sha256_text(t))

    def __len__(self) -> int:
        return len(self._raw) // 32

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        k = range(len(self))[i]
        return self._raw[32 * k:32 * k + 32].hex()


class RunChunks:
    """The run vectors of `items` (sorted by id) from the embedding cache, `size` rows at a
    time, L2-normalised and, with `center`, centred on their mean first (as `run_vectors`)."""

    def __init__(self, project: Project, items: Sequence[Item], emb: Embedder, *, center: bool,
                 on: str, size: int, progress: ProgressFn | None = None) -> None:
        texts = texts_on(items, on)
        cache_texts(project, texts, backend=emb, progress=progress)
        self.project, self.model_id, self.size = project, emb.model_id, size
        self.shas = Digests(texts)
        del texts
        self.mean: np.ndarray | None = None
        if center and self.shas:
            total = None
            for c in self._raw():
                s = c.sum(axis=0, dtype=np.float64)
                total = s if total is None else total + s
            self.mean = (total / len(self.shas)).astype(np.float32)

    def _raw(self) -> Iterator[np.ndarray]:
        return cached_chunks(self.project, self.model_id, self.shas, self.size)

    def __call__(self) -> Iterator[np.ndarray]:
        for c in self._raw():
            yield c if self.mean is None else normalise(c - self.mean)


class NearestSims:
    """What `describe` reads of the item × cluster cosines, without the matrix: `[i, g]` for
    the item's own cluster or its nearest one, and `[i]` as a row whose `max()` and `argmax()`
    are the nearest's."""

    def __init__(self, labels: np.ndarray, own: np.ndarray, best: np.ndarray,
                 nearest: np.ndarray) -> None:
        self.labels, self.own, self.best, self.nearest = labels, own, best, nearest

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, g = key
            if g == self.labels[i]:
                return self.own[i]
            if g == self.nearest[i]:
                return self.best[i]
            raise KeyError(f"item {i} has no stored cosine to cluster {g}")
        return _Row(float(self.best[key]), int(self.nearest[key]))


@dataclass(frozen=True, slots=True)
class _Row:
    best: float
    nearest: int

    def max(self) -> float:
        return self.best

    def argmax(self, axis=None, out=None) -> int:
        return self.nearest


@dataclass(frozen=True, slots=True)
class StreamedRun:
    labels: np.ndarray
    clusters: list[Cluster]
    outliers: list[str]
    points: list[Point]
    silhouette: float | None


def _pca_comps(total: np.ndarray, gram: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(mean, the two leading principal axes) from the sums of the rows and of their outer
    products (`group.pca`'s eigendecomposition of the centred scatter matrix)."""
    mean = total / n
    scatter = gram - n * np.outer(mean, mean)
    _, vecs = np.linalg.eigh(scatter)
    return mean, vecs[:, ::-1][:, :2]


def _fix_signs(s: np.ndarray) -> np.ndarray:
    """`group.pca`'s sign convention: each axis points to its largest coordinate."""
    if not len(s):
        return s
    signs = np.sign(s[np.argmax(np.abs(s), axis=0), range(s.shape[1])])
    return s * np.where(signs == 0, 1, signs)


def cluster_streamed(project: Project, items: Sequence[Item], emb: Embedder, *, method: str,
                     threshold: float, k: int | None, min_cluster_size: int,
                     random_state: int, center: bool, on: str, model_id: str, desc: str,
                     assign_outliers: bool, max_direct: int = MAX_DIRECT,
                     progress: ProgressFn | None = None) -> StreamedRun:
    """Cluster and describe `items` (sorted by id, more than `max_direct`) from the cache, as
    `cluster_items` does in memory for fewer items."""
    n = len(items)
    chunks = RunChunks(project, items, emb, center=center, on=on, size=chunk_rows(max_direct),
                       progress=progress)
    sums = {"total": None, "gram": None}

    def add(c: np.ndarray, _micro: np.ndarray) -> None:
        c64 = c.astype(np.float64)
        t, g = c64.sum(axis=0), c64.T @ c64
        sums["total"] = t if sums["total"] is None else sums["total"] + t
        sums["gram"] = g if sums["gram"] is None else sums["gram"] + g

    raw, micro_sums = micro_group(
        chunks, n, method=method, threshold=threshold,
        k=k if k is not None else max(2, int(round(np.sqrt(n / 2)))),
        min_cluster_size=min_cluster_size, random_state=random_state, max_direct=max_direct,
        each=add)
    labels = finish_labels(raw, method=method, min_cluster_size=min_cluster_size)
    n_groups = int(labels.max()) + 1 if n and labels.max() >= 0 else 0
    dim = micro_sums.shape[1]
    cents = _cluster_centroids(chunks, labels, n_groups, dim)
    mean, comps = _pca_comps(sums["total"], sums["gram"], n)
    keep = np.nonzero(labels >= 0)[0]
    sample = keep
    if len(keep) > SILHOUETTE_SAMPLE:        # sklearn's own draw in `silhouette_score`
        rs = np.random.RandomState(random_state)
        sample = keep[rs.permutation(len(keep))[:SILHOUETTE_SAMPLE]]
    slot = np.full(n, -1, dtype=np.int64)   # row → its place in the sample
    slot[sample] = np.arange(len(sample))
    sample_x = np.zeros((len(sample), dim), dtype=np.float32)
    own = np.zeros(n, dtype=np.float32)
    best = np.zeros(n, dtype=np.float32)
    nearest = np.zeros(n, dtype=np.int64)
    local = np.zeros((n, 2))
    pos = 0
    for c in chunks():
        rows = np.arange(pos, pos + len(c))
        if n_groups:
            s = c @ cents.T
            nearest[rows] = np.argmax(s, axis=1)
            best[rows] = s[np.arange(len(c)), nearest[rows]]
            lab = labels[rows]
            inside = lab >= 0
            own[rows[inside]] = s[np.nonzero(inside)[0], lab[inside]]
        local[rows] = (c.astype(np.float64) - mean) @ comps
        picked = slot[rows] >= 0
        sample_x[slot[rows][picked]] = c[picked]
        pos += len(c)
    local = _fix_signs(local)
    coords = (place(local, nearest, labels, cents, random_state=0) if n_groups >= 2
              else local)
    sims = NearestSims(labels, own, best, nearest)
    clusters, outliers, points = describe(
        items, None, labels, model_id=model_id, method=desc, assign_outliers=assign_outliers,
        coords=coords, cents=cents, sims=sims)
    score = (silhouette(sample_x, labels[sample], random_state=random_state,
                        sample_size=SILHOUETTE_SAMPLE)
             if len(set(labels[keep].tolist())) >= 2 else None)
    return StreamedRun(labels, clusters, outliers, points, score)


def _cluster_centroids(chunks: RunChunks, labels: np.ndarray, n_groups: int, dim: int
                       ) -> np.ndarray:
    """The normalised mean of each cluster's core rows, summed chunk by chunk."""
    from scipy.sparse import csr_matrix
    out = np.zeros((n_groups, dim))
    pos = 0
    for c in chunks():
        lab = labels[pos:pos + len(c)]
        inside = np.nonzero(lab >= 0)[0]
        member = csr_matrix((np.ones(len(inside)), (lab[inside], inside)),
                            shape=(n_groups, len(c)))
        out += member @ c.astype(np.float64)
        pos += len(c)
    return normalise(out)
