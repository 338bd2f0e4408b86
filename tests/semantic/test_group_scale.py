"""Clustering that scales: above `max_direct` items a seeded mini-batch k-means makes
micro-clusters and the method groups their centroids; the result does not depend on the order
the items come in (nor, in a build, on the workers that embedded them)."""
from __future__ import annotations

import random

import numpy as np

from corpus_tool.project import Project
from corpus_tool.semantic.cluster import cluster_items
from corpus_tool.semantic.group import normalise, group, micro_centroids

from tests.semantic.conftest import gc_items


def test_micro_centroids_are_the_sums_of_their_members():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(50, 8)).astype(np.float32)
    micro = rng.integers(0, 7, size=50)
    micro[micro == 5] = 6                     # micro-cluster 5 is empty
    got = micro_centroids(x, micro, 7)
    want = np.vstack([x[micro == c].sum(axis=0, dtype=np.float64) for c in range(7)])
    assert got.shape == (7, 8)
    assert np.allclose(got, want)
    assert not got[5].any()


def test_micro_clustered_assignments_do_not_depend_on_the_order_of_the_items(tmp_path):
    items = gc_items()
    assert len(items) > 100
    shuffled = list(items)
    random.Random(7).shuffle(shuffled)
    project = Project(tmp_path)
    a = cluster_items(items, project=project, backend="hash", max_direct=60, threshold=0.4)
    b = cluster_items(shuffled, project=project, backend="hash", max_direct=60, threshold=0.4)
    direct = cluster_items(items, project=project, backend="hash", threshold=0.4)
    assert a.points == b.points and a.clusters == b.clusters
    assert len(a.clusters) >= 3
    # the micro-cluster step is a real approximation, not the direct clustering again
    assert {p.item_id: p.cluster_id for p in a.points} != {
        p.item_id: p.cluster_id for p in direct.points}


def test_micro_clusters_are_seeded():
    rng = np.random.default_rng(0)
    x = normalise(rng.normal(size=(400, 16)))
    runs = {tuple(group(x, method="hdbscan", max_direct=100, random_state=s).tolist())
            for s in (0, 0, 1)}
    assert len(runs) == 2                      # same seed, same labels; another seed differs


def test_a_large_run_streamed_from_the_cache_clusters_as_the_vectors_in_memory(tmp_path,
                                                                              monkeypatch):
    """Above `max_direct` the run's vectors are read from the embedding cache chunk by chunk
    (`stream.cluster_streamed`); given the same vectors whole (`vectors=`), the in-memory path
    runs the same micro-cluster step over slices of them: same clusters, labels, members,
    representatives and roles, the same similarities and map up to float rounding."""
    from corpus_tool.semantic import group as G
    from corpus_tool.semantic import stream
    from corpus_tool.semantic.embed import embed_texts

    items = sorted(gc_items(), key=lambda it: it.id)
    project = Project(tmp_path)
    monkeypatch.setattr(G, "CHUNK_ROWS", 32)        # chunks of 60 (4 × 15 micro-clusters)
    seen = []
    real = stream.cached_chunks

    def spy(*a, **kw):
        for c in real(*a, **kw):
            seen.append(len(c))
            yield c
    monkeypatch.setattr(stream, "cached_chunks", spy)
    streamed = cluster_items(items, project=project, backend="hash", max_direct=60,
                             threshold=0.25, assign_outliers=True)
    assert seen and max(seen) == 60 < len(items)   # read in chunks, never whole
    x = embed_texts(project, [it.text for it in items], backend="hash")
    whole = cluster_items(items, project=project, backend="hash", max_direct=60,
                          threshold=0.25, assign_outliers=True, vectors=x)
    assert len(streamed.clusters) >= 3
    assert streamed.clusters == whole.clusters
    assert streamed.outliers == whole.outliers
    for a, b in zip(streamed.points, whole.points, strict=True):
        assert (a.item_id, a.cluster_id, a.role) == (b.item_id, b.cluster_id, b.role)
        assert abs(a.similarity - b.similarity) <= 1e-4
        assert abs(a.x - b.x) <= 1e-3 and abs(a.y - b.y) <= 1e-3
    assert streamed.quality == whole.quality
