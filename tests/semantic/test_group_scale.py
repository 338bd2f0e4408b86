"""Clustering that scales: above `max_direct` items a seeded mini-batch k-means makes
micro-clusters and the method groups their centroids; the result does not depend on the order
the items come in (nor, in a build, on the workers that embedded them)."""
from __future__ import annotations

import random

import numpy as np

from corpus_tool.project import Project
from corpus_tool.semantic.cluster import cluster_items
from corpus_tool.semantic.group import _normalise, group, micro_centroids

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
    x = _normalise(rng.normal(size=(400, 16)))
    runs = {tuple(group(x, method="hdbscan", max_direct=100, random_state=s).tolist())
            for s in (0, 0, 1)}
    assert len(runs) == 2                      # same seed, same labels; another seed differs
