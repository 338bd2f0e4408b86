"""How coherent a cluster is: candidate figures that might tell a researcher which clusters mix
requirements (issue 16, h16o).

A benchmark, not a feature: none of them separated the clusters the readers found mixed from the
others on held-out clusters (ROC-AUC < 0.65; `python -m benchmarks cluster --coherence-only`,
benchmarks/coherence_judged.py), so the report and the CLI show no coherence flag. Each is a
function of what a clustering already has:

- `centroid_cohesion`: the mean cosine of the members' vectors to their centroid;
- `split_silhouette`: the silhouette (cosine) of the best 2-split of the members' vectors
  (seeded k-means, k = 2): high when the cluster falls into two groups;
- `head_share`: the share of members whose object's head noun is the cluster's most common one;
- `instrument_share`: the share of members from the cluster's most common instrument;
- `wording_gap`: cohesion of the members' sentences minus that of their requirements (high when
  the members share an instrument's wording but not what they require);
- `isolated_share`: the share of members whose nearest other member is less similar than `sim`
  (a cluster of list items, each its own requirement).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

from corpus_tool.semantic.group import normalise

_CUT = re.compile(r"\b(?:of|for|to|in|on|with|by|from|at|as|under|within|without|against|"
                  r"between|among|into|through|during|that|which|who|whose|where|and|or)\b")
_WORD = re.compile(r"[a-z][a-z'-]+")


def centroid_cohesion(x: np.ndarray) -> float:
    """Mean cosine of the rows (L2-normalised vectors) to their normalised mean; 1.0 for one."""
    if len(x) < 2:
        return 1.0
    c = normalise(x.mean(axis=0, keepdims=True))[0]
    return float(np.mean(x @ c))


def split_silhouette(x: np.ndarray, random_state: int = 0) -> float:
    """Silhouette (cosine) of a seeded k-means 2-split of the rows; 0.0 below four rows or when
    the split leaves a part empty."""
    if len(x) < 4:
        return 0.0
    labels = KMeans(n_clusters=2, n_init=4, random_state=random_state).fit_predict(x)
    if len(set(labels.tolist())) < 2:
        return 0.0
    return float(silhouette_score(x, labels, metric="cosine"))


def object_head(obj: str) -> str:
    """The head noun of an object phrase, crudely: its last word before the first preposition,
    relative or conjunction, lower-cased, a plural 's' dropped ('' when there is none)."""
    words = _WORD.findall(_CUT.split(obj.lower(), maxsplit=1)[0])
    if not words:
        return ""
    w = words[-1]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def head_share(objects: Sequence[str]) -> float:
    """Share of the members whose object's head is the most common head among them (members
    without an object count against it); 1.0 for an empty cluster."""
    if not objects:
        return 1.0
    heads = [object_head(o) for o in objects]
    counts = Counter(h for h in heads if h)
    return counts.most_common(1)[0][1] / len(heads) if counts else 0.0


def instrument_share(doc_ids: Sequence[str]) -> float:
    """Share of the members from the most common instrument among them."""
    return Counter(doc_ids).most_common(1)[0][1] / len(doc_ids) if doc_ids else 1.0


def wording_gap(x_sentence: np.ndarray, x_requirement: np.ndarray) -> float:
    """`centroid_cohesion` of the sentences minus that of the requirements (same rows)."""
    return centroid_cohesion(x_sentence) - centroid_cohesion(x_requirement)


def isolated_share(x: np.ndarray, sim: float = 0.5) -> float:
    """Share of the rows whose most similar other row has a cosine below `sim`; 0.0 for one."""
    if len(x) < 2:
        return 0.0
    s = x @ x.T
    np.fill_diagonal(s, -np.inf)
    return float(np.mean(s.max(axis=1) < sim))
