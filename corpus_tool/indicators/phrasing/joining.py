"""When a confident suggestion joins a group of coded passages (`meaning.group_by_meaning`,
step 3): how near it must come to the group (`join_bars`) and how its nearness to each group is
ranked (`join_rank`), with the codebook's description of the group where there is one.

Both were chosen on development halves (`benchmarks/join_calibration.py`): the bars on the
reference project's and the labour example's, the descriptions' weight (0.5, 1 and 2 tried) on
the labour example's, the reference codebook describing no indicator. On data not tuned on, the
descriptions (with the description's terms shared, `suggested.shares_term`) raised join
precision from 0.41 to 0.66 (the labour example's held-out half), 0.54 to 0.75 (the whole
anti-discrimination example) and 0.37 to 0.68, 0.39 to 0.71 and 0.60 to 0.79 (researchers'
trials 32-34, whose suggestions joined the wrong indicator), recall the same or higher.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

JOIN_QUANTILE = 0.25      # a suggestion joins a group as near as its passages' lower quartile,
JOIN_POOLED_QUANTILE = 0.5  # a small group's: the median of all groups' passages
JOIN_MIN_OWN = 3          # passages of a group (of other statements) to measure it on its own
DEFINE_WEIGHT = 1.0       # a suggestion's nearness to a group's codebook description, beside
#                           its nearness to the group's statements


def unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=-1, keepdims=True)
    n[n == 0] = 1.0
    return m / n


def join_rank(near: float | None, meant: float | None, weight: float | None) -> float:
    """How well a suggestion fits a group: its nearness to the group's statements (`near`; none
    for a group nobody coded) plus `weight` times its nearness to the codebook's description of
    the group (`meant`, on the same scale; the statements' again for a group the codebook does
    not describe). `weight=None`: the statements alone (the rule before)."""
    near = meant if near is None else near
    if weight is None:
        return near
    return near + weight * (near if meant is None else meant)


def join_bars(groups: Sequence, member_of: dict[int, np.ndarray],
              probe_of: dict[int, np.ndarray], *, quantile: float = JOIN_QUANTILE,
              pooled_quantile: float = JOIN_POOLED_QUANTILE, min_own: int = JOIN_MIN_OWN,
              floor: float) -> list[float]:
    """How near a statement must come to each group's centre (`meaning.MeaningGroup`) to join
    it: as near as the group's own annotations come to the rest of it. Each annotation, read as
    a suggestion is read (its statement alone, `probe_of`), is compared with the centre of the
    group's other annotations (`member_of`, those of the same statement left out); the bar is
    the `quantile` of these
    cosines. A group with fewer than `min_own` of them takes the `pooled_quantile` of all the
    groups' cosines together (how near this project's coded passages come to their groups); no
    bar is below `floor`. Chosen on the development halves (`benchmarks/join_calibration.py`):
    a coded passage hidden from its group rejoins it a little less often than at a fixed 0.5,
    and one whose whole id is hidden, a provision nobody coded, is taken by another group far
    less often."""
    figures: list[list[float]] = []
    for g in groups:
        coded = [x for x in g.items if x.kind == "annotation"]
        own = []
        for x in coded:
            rest = [member_of[id(y)] for y in coded if statement_key(y) != statement_key(x)]
            if rest:
                own.append(float(probe_of[id(x)] @ unit(np.mean(rest, axis=0))))
        figures.append(own)
    pooled = [c for own in figures for c in own]
    general = float(np.quantile(pooled, pooled_quantile)) if pooled else floor
    return [max(floor, float(np.quantile(own, quantile)) if len(own) >= min_own else general)
            for own in figures]


def statement_key(e) -> str:
    return e.statement_id or e.key
