"""The draw shared by the unseen-gold samplers (`scripts/sample_unseen_gold*.py`).

Each sampler reads its own sources and cuts them into units with its own splitter; this module
holds the one step they have in common: a seeded draw of N units per document, printed as JSONL
candidates (`doc_id`, `pool`, `index` and the unit's `locator`/`context`/`text`) for labelling
by hand.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable

Reader = Callable[[], list[tuple[str, str]]]


def print_sample(seed: str, docs: dict[str, Reader | tuple[Reader, int]],
                 units: Callable[[list[tuple[str, str]]], list[dict]], n: int) -> None:
    """For each document (reader, or (reader, N) to override `n`), cut its passages into units
    and print a sorted draw of N of them made with random.Random(seed + ":" + doc_id)."""
    for doc_id, spec in docs.items():
        read, k = spec if isinstance(spec, tuple) else (spec, n)
        us = units(read())
        rng = random.Random(f"{seed}:{doc_id}")
        pick = sorted(rng.sample(range(len(us)), min(k, len(us))))
        for i in pick:
            print(json.dumps({"doc_id": doc_id, "pool": len(us), "index": i, **us[i]},
                             ensure_ascii=False))
