"""Several answers → one value per country, year and indicator (`combine_duplicates`: answers
that agree count once; answers that disagree leave the indicator unanswered, or are averaged or
refused on request), and what the answers leave out (`unanswered`)."""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.formats import fmt_number
from corpus_tool.framework.model import Framework, walk
from corpus_tool.scoring.answers import Answer, answer_text

# how several answers for one indicator are taken: see `combine_duplicates`
DUPLICATES = ("agree", "mean", "error")


def combine_duplicates(answers: list[Answer], path: Path | str, *, duplicates: str = "agree",
                       strict: bool = False) -> tuple[dict[tuple[str, int, str], float], list[str]]:
    """One value per (country, year, indicator). Several answers that agree are one; answers
    that disagree (two levels, or "n/a" beside a level) leave the indicator unanswered for that
    country and year, with a warning naming their lines: their mean would be a score no expert
    gave ("full" and "none" → 50, "partial"; a researcher's trial 25). `duplicates="mean"`
    averages them instead (a warning still says so; an "n/a" is left out of the mean);
    `duplicates="error"` refuses any second answer, and `strict` refuses disagreeing ones. NaN
    stands for "n/a"."""
    if duplicates not in DUPLICATES:
        raise InputError(f"unknown duplicates mode '{duplicates}'",
                         fix=f"use {', '.join(DUPLICATES)}")
    groups: dict[tuple[str, int, str], list[Answer]] = defaultdict(list)
    for a in answers:
        groups[(a.country, a.year, a.indicator)].append(a)
    values: dict[tuple[str, int, str], float] = {}
    warnings: list[str] = []
    problems: list[str] = []
    for key, group in groups.items():
        vals = [a.score for a in group]
        scored = [v for v in vals if not math.isnan(v)]
        mean = sum(scored) / len(scored) if scored else math.nan
        conflict = bool(scored) and (max(scored) - min(scored) > 1e-9 or len(scored) < len(vals))
        if not (conflict and duplicates == "agree"):
            values[key] = mean
        if len(group) < 2:
            continue
        lines = ", ".join(str(a.line) for a in group)
        desc = (f"{path}, lines {lines}: {len(group)} answers for {key[0]} {key[1]} {key[2]} "
                f"({', '.join(answer_text(v) for v in vals)})")
        if duplicates == "error":
            problems.append(desc + " (keep one row per country, year and indicator)")
        elif conflict and strict:
            problems.append(desc + " disagree (reconcile them)")
        elif conflict and duplicates == "mean":
            warnings.append(f"warning: {desc} disagree; averaged to {fmt_number(mean)}"
                            + (" (an n/a is left out of the mean)" if len(scored) < len(vals)
                               else ""))
        elif conflict:
            warnings.append(f"warning: {desc} disagree; left unanswered (reconcile them, or "
                            "`--duplicates mean` to average them)")
    if problems:
        raise CheckFailed(f"{len(problems)} duplicate answer(s) in {path}", problems)
    return values, warnings


def unanswered(fw: Framework, values: dict[tuple[str, int, str], float],
               answered: set[tuple[str, int, str]] | None = None) -> list[str]:
    """Warnings on what the answers leave out (a researcher's trial, session 43: a country
    missing half its answers was scored and ranked with "0 warning(s)", and an indicator no
    country could answer lowered every coverage unexplained): the indicators no country-year
    answered, and the country-years that left some out, a few named. `answered`: every
    (country, year, indicator) with an answer row, scored or not (answers that disagree are
    answered, though left out of `values`)."""
    answered = set(values) | (answered or set())
    wanted = [r.node for r in walk(fw) if r.kind in ("indicator", "sub-indicator")
              and not r.node.sub_indicators]
    units = sorted({(c, y) for c, y, _ in values})
    if not units:
        return []
    nobody = [i for i in wanted if not any((c, y, i.id) in answered for c, y in units)]
    out = []
    if nobody:
        names = ", ".join(i.id + (" (withdrawn by the drafts)" if i.generated is not None
                                  and i.generated.withdrawn else "") for i in nobody)
        out.append(f"warning: no country answered {names}: counted as missing in every "
                   "coverage; answer it, or take it out of the framework")
    skip = {i.id for i in nobody}
    gaps = []
    for c, y in units:
        missing = [i.id for i in wanted if i.id not in skip and (c, y, i.id) not in values]
        if missing:
            gaps.append(f"{c} {y}: {len(missing)} of {len(wanted)} ({', '.join(missing[:3])}"
                        + (", …" if len(missing) > 3 else "") + ")")
    if gaps:
        out.append(f"warning: {len(gaps)} of {len(units)} country-year(s) left indicators "
                   f"unanswered, scored on the rest: {'; '.join(gaps[:5])}"
                   + (f"; and {len(gaps) - 5} more" if len(gaps) > 5 else "")
                   + " (coverage is in the scores)")
    return out
