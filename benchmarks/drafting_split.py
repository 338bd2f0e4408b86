"""The development and held-out halves of a project's coded sources, by document (issue 15).

Grouping is tuned on the development half of the reference project and of the labour example
only; the held-out halves (and the whole anti-discrimination example) are measured, never tuned
on. A half is a set of documents: drafting runs on the evidence of those documents alone (every
coder's annotations and the suggestions in them), and the B-cubed figure counts the one coder's
coded sources in them.

The split: the documents holding the coder's coded sources (annotations naming an indicator),
sorted by id and shuffled with `random.Random(f"{SEED}:{project}")`, the first half (rounded
down) the development half; the shuffle is redrawn until the two halves' numbers of coded
sources differ by at most `TOLERANCE` of the total (at least 2), so that each half holds about
half the sources. Deterministic: the same annotations give the same split on any machine.
"""
from __future__ import annotations

import random
from collections import Counter

SEED = "issue15-bcubed-v1"
TOLERANCE = 0.1
MAX_DRAWS = 10_000


def split_documents(counts: dict[str, int], project: str) -> tuple[list[str], list[str]]:
    """(development documents, held-out documents), each sorted, from the number of coded
    sources per document (see the module doc)."""
    docs = sorted(d for d, n in counts.items() if n > 0)
    total = sum(counts[d] for d in docs)
    allowed = max(2, TOLERANCE * total)
    rng = random.Random(f"{SEED}:{project}")
    for _ in range(MAX_DRAWS):
        order = list(docs)
        rng.shuffle(order)
        dev, held = order[:len(order) // 2], order[len(order) // 2:]
        if abs(sum(counts[d] for d in dev) - sum(counts[d] for d in held)) <= allowed:
            return sorted(dev), sorted(held)
    raise ValueError(f"no balanced split of {len(docs)} documents in {MAX_DRAWS} draws")


def coded_counts(annotations, coder: str) -> Counter:
    """Coded sources per document: the coder's annotations that name an indicator."""
    return Counter(a.doc_id for a in annotations if a.creator == coder and a.indicator)
