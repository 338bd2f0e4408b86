"""Consistency checks of a framework beyond its schema: unique ids, weights, lookup tables,
rules that fit the nodes they aggregate."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from corpus_tool.formats import fmt_number
from corpus_tool.framework.model import (Aggregation, Area, Dimension, Framework, Indicator,
                                         Overall, fmt_list, walk)


@dataclass(frozen=True, slots=True)
class Problem:
    loc: tuple[str | int, ...]
    message: str
    fix: str = ""


def check_framework(fw: Framework) -> list[Problem]:
    """Checks beyond the schema: unique ids, weights, lookup tables, overall variants."""
    problems: list[Problem] = []
    seen: dict[str, tuple] = {}
    for ref in walk(fw):
        if ref.id in seen:
            problems.append(Problem((*ref.loc, "id"), f"duplicate id '{ref.id}' (also at "
                                    f"{fmt_loc(seen[ref.id])})", "give every node its own id"))
        else:
            seen[ref.id] = ref.loc
    area_ids = {a.id for a in fw.areas}
    for ref in walk(fw):
        node = ref.node
        if isinstance(node, Overall):
            for j, aid in enumerate(node.areas):
                if aid not in area_ids:
                    problems.append(Problem((*ref.loc, "areas", j), f"unknown area '{aid}'",
                                            f"use one of {fmt_list(sorted(area_ids))}"))
            kids = [a for a in fw.areas if a.id in node.areas]
            problems += _check_aggregation(fw, node.aggregation, kids, ref.loc)
        elif isinstance(node, (Area, Dimension)):
            if not node.children:
                problems.append(Problem(ref.loc, f"{ref.kind} '{node.id}' has no indicators",
                                        "add indicators or remove it"))
            problems += _check_aggregation(fw, node.aggregation, node.children, ref.loc)
        elif isinstance(node, Indicator) and node.sub_indicators and node.aggregation:
            problems += _check_aggregation(fw, node.aggregation, node.sub_indicators, ref.loc)
    return problems


def _check_aggregation(fw: Framework, agg: Aggregation, kids: list, loc: tuple) -> list[Problem]:
    out: list[Problem] = []
    aloc = (*loc, "aggregation")
    ids = [k.id for k in kids]
    if agg.weights is not None:
        for k in agg.weights:
            if k not in ids:
                out.append(Problem((*aloc, "weights", k), f"weight for '{k}', which is not a child",
                                   f"children are {fmt_list(ids)}"))
    if agg.rule == "weighted_mean":
        missing = [k.id for k in kids
                   if (agg.weights or {}).get(k.id) is None and getattr(k, "weight", None) is None]
        if missing:
            out.append(Problem(aloc, f"weighted_mean without a weight for {fmt_list(missing)}",
                               "add them under 'weights' or give each child a 'weight'"))
    if agg.rule == "lookup":
        subs = [k for k in kids if isinstance(k, Indicator)]
        if not subs or len(subs) != len(kids) or len(kids) > 6:
            out.append(Problem(aloc, "rule 'lookup' is for indicators with 1 to 6 sub-indicators",
                               "use another rule"))
            return out
        for ri, row in enumerate(agg.table or []):
            for child, cond in row.when.items():
                if child not in ids:
                    out.append(Problem((*aloc, "table", ri, "when", child),
                                       f"lookup row names '{child}', which is not a sub-indicator",
                                       f"sub-indicators are {fmt_list(ids)}"))
                elif cond != "*":
                    levels = fw.scale_of(next(k for k in subs if k.id == child)).scores
                    for v in (cond if isinstance(cond, list) else [cond]):
                        if not any(abs(v - s) < 1e-9 for s in levels):
                            out.append(Problem((*aloc, "table", ri, "when", child),
                                               f"{fmt_number(v)} is not a level of '{child}'",
                                               f"its levels are {fmt_list(levels)}"))
        if out:
            return out
        gaps, clashes = [], []
        for combo in itertools.product(*[fw.scale_of(k).scores for k in subs]):
            values = dict(zip(ids, combo))
            hits = {row.score for row in agg.table or [] if row.matches(values)}
            label = ", ".join(f"{k}={fmt_number(v)}" for k, v in values.items())
            if not hits:
                gaps.append(label)
            elif len(hits) > 1:
                clashes.append(f"{label} → {fmt_list(sorted(hits))}")
        if gaps:
            out.append(Problem((*aloc, "table"), f"lookup table does not cover {len(gaps)} "
                               f"combination(s) of the sub-indicators' levels: {'; '.join(gaps)}",
                               "add a row for each (use '*' for any level)"))
        if clashes:
            out.append(Problem((*aloc, "table"), "lookup rows disagree on: " + "; ".join(clashes),
                               "make the rows exclusive"))
    return out


def fmt_loc(loc: tuple) -> str:
    return " -> ".join(str(k) for k in loc) if loc else "(top level)"
