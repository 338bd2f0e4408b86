"""Splitting over-large clusters: a cluster holding more than `max_share` of all items (on a new
study one cluster held 22 % of the statements: "child, separated children, unaccompanied") is
re-clustered at a tighter threshold until no part exceeds the cap or the threshold reaches
`floor`. Members of parts below the minimum size join the nearest part, so no member of a
cluster becomes an outlier. Deterministic: the rows keep their order, parts are renumbered by
first appearance."""
from __future__ import annotations

import numpy as np

from corpus_tool.semantic.group import _canonical_labels, _normalise, group

MAX_SHARE = 0.08
STEP = 0.9                       # each round multiplies the threshold by this
FLOOR = 0.3


def split_large(x: np.ndarray, labels: np.ndarray, *, threshold: float, min_cluster_size: int,
                max_share: float = MAX_SHARE, step: float = STEP, floor: float = FLOOR,
                random_state: int = 0) -> np.ndarray:
    """Labels where every group above `max_share` of the rows is split (see the module)."""
    n = len(labels)
    cap = max(int(max_share * n), 2 * min_cluster_size)
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
    return _canonical_labels(out)


def _attach(x: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """Rows left out (-1) join the part with the nearest centroid."""
    k = int(parts.max()) + 1
    cents = _normalise(np.vstack([x[parts == p].mean(axis=0) for p in range(k)]))
    out = parts.copy()
    loose = out < 0
    if loose.any():
        out[loose] = np.argmax(x[loose] @ cents.T, axis=1)
    return out
