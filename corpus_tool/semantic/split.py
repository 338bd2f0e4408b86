"""Splitting clusters that hold more than one thing.

- Over-large clusters (`split_large`): a cluster holding more than `max_share` of all items (on a
  new study one cluster held 22 % of the statements: "child, separated children,
  unaccompanied") and more than `MIN_CAP` is re-clustered at a tighter threshold until no part
  exceeds the cap or the threshold reaches `floor`. On by default (`MAX_SHARE`): researchers'
  trials 33, 34 and 35 met a cluster of 28 %, 18 % and 22 % of their statements ("social
  security", 188 of 1,042), which names no requirement; split, the anti-discrimination
  example's 186 statements on "elimination of discrimination for girls and women" become the
  requirements they hold ("right to social security", "collection of sex-disaggregated data",
  "right to equal remuneration for work of equal value" …). By the measures of
  `benchmarks/bench_cluster.py`, which a giant cluster flatters (it holds many instruments and
  none dominates it), the share of clusters with ≥ 3 instruments falls (anti-discrimination
  65 % → 58 %); the reference corpus's clustering, whose largest cluster is 8.0 %, is
  unchanged. `max_share=1` splits none.
- Clusters that mix requirements (`split_by_requirement`, `cluster --split-mixed`): a label
  can only name a cluster that holds one requirement. Each cluster of at least twice the
  minimum size is re-clustered on what its statements require (the vectors of
  `requirement.requirement_text`: the aim, object and condition with the people, without the
  actor and the instrument's wording) at `MIXED_RATIO` × the clustering threshold; when it
  falls into two or more parts each holding at least `MIXED_SHARE` of it (and the minimum
  size), each part becomes a cluster. Off by default: measured on the reference corpus it
  split 32 of 126 clusters and lowered the share with ≥ 3 instruments (73 % → 68 %), the AMI
  against the General Comment labels (0.405 → 0.382) and the held-out label judgments.

In both, members of parts below the minimum size join the nearest part, so no member of a
cluster becomes an outlier. Deterministic: the rows keep their order, parts are renumbered by
first appearance."""
from __future__ import annotations

import numpy as np

from corpus_tool.semantic.group import canonical_labels, normalise, group

MAX_SHARE = 0.08
MIN_CAP = 25                     # a cluster this size may hold one requirement in a small study
STEP = 0.9                       # each round multiplies the threshold by this
FLOOR = 0.3
MIXED_RATIO = 0.83               # of the clustering threshold: 0.5 for minilm's 0.6
MIXED_SHARE = 0.2                # of the cluster, for a part to stand as a cluster


def size_cap(n: int, max_share: float, min_cluster_size: int) -> int:
    """The most items a cluster of `n` may hold before `split_large` splits it."""
    return max(int(max_share * n), 2 * min_cluster_size, MIN_CAP)


def split_large(x: np.ndarray, labels: np.ndarray, *, threshold: float, min_cluster_size: int,
                max_share: float = MAX_SHARE, step: float = STEP, floor: float = FLOOR,
                random_state: int = 0) -> np.ndarray:
    """Labels where every group above `size_cap` is split (see the module)."""
    n = len(labels)
    cap = size_cap(n, max_share, min_cluster_size)
    out = labels.copy()
    nxt = int(out.max()) + 1 if n and out.max() >= 0 else 0
    queue = [(g, threshold) for g in range(nxt)]
    while queue:
        g, thr = queue.pop(0)
        idx = np.nonzero(out == g)[0]
        if len(idx) <= cap:
            continue
        t = thr * step
        while t >= floor:
            parts = group(x[idx], method="agglomerative", threshold=t,
                          min_cluster_size=min_cluster_size, random_state=random_state)
            if parts.max() >= 1:
                break
            t *= step
        else:
            continue
        parts = _attach(x[idx], parts)
        for p in range(1, int(parts.max()) + 1):
            out[idx[parts == p]] = nxt
            queue.append((nxt, t))
            nxt += 1
        queue.append((g, t))              # part 0 keeps the group's number
    return canonical_labels(out)


def split_by_requirement(x: np.ndarray, labels: np.ndarray, *, threshold: float,
                         min_cluster_size: int, ratio: float = MIXED_RATIO,
                         share: float = MIXED_SHARE) -> np.ndarray:
    """Labels where every group whose rows (the items' requirement vectors, L2-normalised) fall
    into two or more parts of at least `share` of it is split into those parts (see the
    module); groups of fewer than twice `min_cluster_size` rows are left whole."""
    m = max(2, min_cluster_size)
    out = labels.copy()
    nxt = int(out.max()) + 1 if len(out) and out.max() >= 0 else 0
    for g in range(nxt):
        idx = np.nonzero(labels == g)[0]
        if len(idx) < 2 * m:
            continue
        parts = group(x[idx], method="agglomerative", threshold=ratio * threshold,
                      min_cluster_size=m)
        sizes = np.bincount(parts[parts >= 0]) if parts.max() >= 0 else np.zeros(0, int)
        keep = [p for p in range(len(sizes)) if sizes[p] >= max(m, share * len(idx))]
        if len(keep) < 2:
            continue
        parts = _attach(x[idx], np.array([keep.index(p) if p in keep else -1 for p in parts]))
        for p in range(1, len(keep)):
            out[idx[parts == p]] = nxt
            nxt += 1
    return canonical_labels(out)


def _attach(x: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """Rows left out (-1) join the part with the nearest centroid."""
    k = int(parts.max()) + 1
    cents = normalise(np.vstack([x[parts == p].mean(axis=0) for p in range(k)]))
    out = parts.copy()
    loose = out < 0
    if loose.any():
        out[loose] = np.argmax(x[loose] @ cents.T, axis=1)
    return out
