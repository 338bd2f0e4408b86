"""When a confident suggestion joins a group of coded passages (`meaning.group_by_meaning`,
step 3): how near it must come to the group (`join_bars`), how its nearness to each group is
ranked (`join_rank`), with the codebook's description of the group where there is one, and
which of those that joined a group it takes (`pick_suggested`).

Both were chosen on development halves (`benchmarks/join_calibration.py`): the bars on the
reference project's and the labour example's, the descriptions' weight (0.5, 1 and 2 tried) on
the labour example's, the reference codebook describing no indicator. On the held-out halves
the descriptions raised join precision from 0.41 to 0.66 (labour), 0.54 to 0.75 (the
anti-discrimination example) and 0.37 to 0.67 and 0.39 to 0.64 (researchers' trials 32 and 33,
whose suggestions joined the wrong indicator), recall rising a little.
"""
from __future__ import annotations

import re
from collections import Counter
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
    it: as near as the group's own annotations come to the rest of it. Each annotation, read as a suggestion is read (its
    statement alone, `probe_of`), is compared with the centre of the group's other annotations
    (`member_of`, those of the same statement left out); the bar is the `quantile` of these
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


def item_order(e) -> tuple:
    """Evidence in a stable order: area, document, place, quote, annotation."""
    return (e.area, e.doc_id, e.start if e.start is not None else -1, e.quote, e.annotation_id)


def overlaps(x, e) -> bool:
    """Do two pieces of evidence overlap in one document?"""
    return (x.doc_id == e.doc_id and x.start is not None and e.start is not None
            and x.start < e.end and e.start < x.end)


def _wording(e) -> frozenset[str]:
    """A statement's words, its mark, punctuation and a closing "or"/"and" aside."""
    words = re.findall(r"[a-z0-9]+", RE_LEADING_MARK.sub("", (e.text or e.quote).lower()))
    while words and words[-1] in ("or", "and"):      # an item's "; or" as one edition ends it
        words.pop()
    return frozenset(words)


RE_LEADING_MARK = re.compile(r"^\W*(?:\(\w{1,4}\)|\w{1,4}[.)])\s*")
ALIKE = 0.9         # statements sharing this much of their words (Jaccard) are worded alike


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Worded alike: C102 Art. 9(c) "(c) … 50 per cent, of all residents; or" and the European
    Code of Social Security's "(c) … 50 per cent of all residents."; not C102 Art. 21(a), "…
    of all employees" (0.85)."""
    return len(a) >= 5 and len(b) >= 5 and len(a & b) >= ALIKE * len(a | b)


def pick_suggested(cands: Sequence[tuple[float, object]], items: Sequence, limit: int,
                   coded: Counter | None = None) -> list:
    """The suggestions a group takes of those that joined it ((nearness, statement) pairs): at
    most `limit`, those of documents the group does not cite first, each the nearest first, none
    overlapping what it holds. Of statements worded alike (`_alike`: a treaty and the code that
    copies it, one clause repeated in several articles) it takes one: of a document the group
    cites if there is one, else of the one the coders cite most (`coded`: passages coded per
    document). A code copying a convention, added to a project, took the slots of the
    convention's statements in three indicators, which went stale (the European Code of Social
    Security and ILO Convention No. 102, a researcher's trial 34, P5). One worded as a statement
    the group holds may still join it: another instrument saying the same (a General Comment
    repeating its treaty's article)."""
    have = {x.doc_id for x in items}
    ranked = sorted(cands, key=lambda c: (c[1].doc_id in have, -round(c[0], 6), item_order(c[1])))
    kept: list[frozenset[str]] = []
    unlike: set[int] = set()
    for c in sorted(ranked, key=lambda c: (c[1].doc_id not in have,
                                           -(coded or Counter())[c[1].doc_id])):
        w = _wording(c[1])
        if not any(_alike(w, k) for k in kept):
            kept.append(w)
            unlike.add(id(c))
    added: list = []
    for c in ranked:
        e = c[1]
        if len(added) >= limit:
            break
        if id(c) not in unlike or any(x.key == e.key or overlaps(x, e) for x in [*items, *added]):
            continue
        added.append(e)
    return added
