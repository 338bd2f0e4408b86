"""When a statement joins a coded group, measured on the coders' own passages (issue 15).

Drafting from the corpus lets a confident suggestion join the coded group nearest in meaning
(`phrasing.meaning`, step 3); what joins none may found a candidate indicator of its own (step
4). Whether a statement belongs to a group is measured here on the coded passages of one coder
(those naming an indicator, in the given documents), each read as a suggestion is read (its
statement alone, no id or memo), through `group_by_meaning` itself:

- **leave one out**: the passage (with any passage of the same statement) is hidden from the
  coded groups and offered as a suggestion of its area: it joins its own id's group (right),
  another group (wrong) or none (missed);
- **leave its id out**: the passage's whole id is hidden, as a provision nobody coded yet: it
  joins another group (wrong: `absorbed`) or none (right).

Join precision = right / every join made in both runs; recall = right / passages whose group
has another statement left; `absorbed` = share of passages taken by another group when their
own id is hidden. Given for a fixed bar (`join_quantile=None`, the rule before: cosine ≥ 0.5)
and for the calibrated `meaning.join_bars`. The rule (a group's lower quartile, a small group
the median of all groups', against fixed bars 0.4–0.7, margins over the second group, nearest
members instead of the centre, other quantiles) was chosen on the development halves of the
reference project and the labour example (`drafting_split.py`); the held-out halves were read
once, after that (commit 132efb1).

Where the codebook describes its indicators (name and definition), a suggestion is ranked by
its nearness to each group's statements plus `meaning.DEFINE_WEIGHT` times its nearness to the
group's description, and one nearest the description of an indicator nobody coded joins no
other group (the rule of a researcher's trials 32-34, whose suggestions joined the wrong
indicator). The weight (0.5, 1, 2 tried) was chosen on the labour example's development half
(the reference codebook describes no indicator); its held-out half, the anti-discrimination
example and trials 32 and 33 were measured after.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from corpus_tool.indicators.phrasing.meaning import group_by_meaning

Embed = Callable[[list[str]], np.ndarray]


def memo_embed(embed: Embed) -> Embed:
    """`embed` with its vectors kept in memory (the same texts are asked for in every run)."""
    seen: dict[str, np.ndarray] = {}

    def inner(texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in seen})
        if todo:
            seen.update(zip(todo, np.asarray(embed(todo), dtype=np.float64)))
        return np.stack([seen[t] for t in texts]) if texts else np.zeros((0, 1))
    return inner


def _statement(e) -> str:
    return e.statement_id or e.key


def _joined(coded: Sequence, probe, embed: Embed, options: dict) -> str | None:
    """The id of the group `probe` (a suggestion) joins among the groups of `coded`, or None."""
    for g in group_by_meaning(list(coded) + [probe], embed, cover=False, **options):
        if any(x is probe or (x.kind != "annotation" and x.key == probe.key) for x in g.items):
            return g.hint or None
    return None


def join_figures(coded: Sequence, embed: Embed, *, join_quantile: float | None,
                 defined: Sequence[tuple[str, str, str]] = (),
                 define_weight: float | None = None) -> dict:
    """Join precision, recall and `absorbed` (see the module doc) over `coded`: one coder's
    annotations naming an indicator. `defined` and `define_weight` as `group_by_meaning` takes
    them (the codebook's descriptions of its indicators, and how much they count; by default
    none, the rule before)."""
    options = {"join_quantile": join_quantile, "defined": defined, "define_weight": define_weight}
    right = wrong = missed = absorbed = 0
    for e in coded:
        probe = replace(e, kind="suggestion", indicator="", memo="", annotation_id="",
                        creator="", quote=e.text or e.quote, score=1.0)
        others = [x for x in coded if _statement(x) != _statement(e)]
        if any(x.indicator == e.indicator for x in others):
            got = _joined(others, probe, embed, options)
            if got == e.indicator:
                right += 1
            elif got is None:
                missed += 1
            else:
                wrong += 1
        got = _joined([x for x in others if x.indicator != e.indicator], probe, embed, options)
        absorbed += got is not None
    joins = right + wrong + absorbed
    n_loo = right + wrong + missed
    p = right / joins if joins else 0.0
    r = right / n_loo if n_loo else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "absorbed": round(absorbed / len(coded), 3) if coded else 0.0,
            "passages": len(coded), "left_one_out": n_loo}
