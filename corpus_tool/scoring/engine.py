"""Expert answers → scores of every node of a framework, per country and year.

Answers come as CSV or XLSX, one row per country × year × indicator (`score`, or `answer` naming a
scale level), with optional `expert`, `comment` and `source`. Several answers for one indicator
count once when they agree; when they disagree the indicator is left unanswered, warned
(`answers.combine_duplicates`: averaged with `duplicates="mean"`, refused with "error"). An answer for an indicator with sub-indicators
stands for it; otherwise it is computed from its sub-indicators by its rule. Means are
available-case: a missing answer is left out, never counted as 0, and every score carries its
coverage (the share of the information under the node that was answered). An answer "n/a" says
the indicator does not apply to that country: it is left out of the score and of the coverage
alike (a missing answer lowers the coverage, an inapplicable one does not), and a node under
which nothing applies has neither score nor coverage (`coverage` None, shown "n/a").

Scoring is vectorised over all country-years (numpy), so the sensitivity analysis
(`sensitivity.py`) can re-run the whole tree thousands of times. The comparison with published
scores is `published.py`."""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_bytes, atomic_write_text, csv_text, dumps_json
from corpus_tool.framework.model import Framework, Indicator, Overall, leaves, walk
from corpus_tool.workbook import Sheet, table_xlsx

LEVEL_ORDER = {"overall": 0, "area": 1, "dimension": 2, "indicator": 3, "sub-indicator": 4}


# --- records ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Score:
    """The score of one node for one country and year (None when missing) and its coverage."""
    country: str
    year: int
    node: str
    level: str                    # overall, area, dimension, indicator, sub-indicator
    score: float | None
    coverage: float | None        # None: nothing under the node applies to the country

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ScoreResult:
    framework: str
    units: list[tuple[str, int]]              # (country, year), sorted
    scores: list[Score]
    warnings: list[str] = field(default_factory=list)
    answers: int = 0
    # the answers scored, each with its expert, source, comment and place in its file: what a
    # country's score rests on (trial 21: no output kept them)
    answer_rows: list[dict] = field(default_factory=list)
    _index: dict = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        return {"scores": [s.to_dict() for s in self.scores], "answers": self.answer_rows}

    def value(self, country: str, year: int, node: str) -> float | None:
        """The score of one node for one country-year (None when missing or unknown)."""
        if len(self._index) != len(self.scores):
            self._index.clear()
            self._index.update({(s.country, s.year, s.node): s for s in self.scores})
        s = self._index.get((country, year, node))
        return s.score if s else None


def coverage_text(coverage: float | None) -> str:
    """A coverage as shown: a percentage, or "n/a" where nothing under the node applies."""
    return "n/a" if coverage is None else f"{coverage:.0%}"


# --- the engine -------------------------------------------------------------------------------

def node_children(node, fw: Framework) -> list:
    """The children a node aggregates (leaves for mean_of_leaves; areas for overall variants)."""
    if isinstance(node, Overall):
        by_id = {a.id: a for a in fw.areas}
        areas = [by_id[a] for a in node.areas if a in by_id]
        if node.rule == "mean_of_leaves":
            return [ind for a in areas for ind in leaves(a)]
        return areas
    if node.rule == "mean_of_leaves" and not isinstance(node, Indicator):
        return leaves(node)
    return list(node.children)


def rules_passed_over(fw: Framework) -> list[str]:
    """Warnings for areas and dimensions whose own rule or weights a `mean_of_leaves` node above
    them passes over: it averages the indicators themselves (trial 21: an area's weight moved
    the area's score, not the overall's, without a word)."""
    by_id = {a.id: a for a in fw.areas}
    out = []

    def groups(node) -> list:
        return [g for g in node.children if not isinstance(g, Indicator)]

    def check(above, node) -> None:
        agg = node.aggregation
        if agg is not None and (agg.rule not in ("mean", "mean_of_leaves") or agg.weights):
            what = f"rule {agg.rule}" + (" and weights" if agg.weights else "")
            out.append(f"warning: {above.id} averages the indicators themselves "
                       f"(mean_of_leaves), so the {what} of {node.id} do not reach it; to count "
                       f"them, give {above.id} the rule mean (or weighted_mean) over its parts")
        for g in groups(node):
            check(above, g)

    for o in fw.overall:
        if o.rule == "mean_of_leaves":
            for a in (by_id[i] for i in o.areas if i in by_id):
                check(o, a)
    for ref in walk(fw):
        if ref.kind in ("area", "dimension") and ref.node.rule == "mean_of_leaves":
            for g in groups(ref.node):
                check(ref.node, g)
    return out


def base_weights(node, kids: list) -> np.ndarray:
    agg = node.aggregation
    given = (agg.weights or {}) if agg else {}
    if node.rule == "weighted_mean":
        return np.array([given.get(k.id, getattr(k, "weight", None)) for k in kids], float)
    return np.array([given.get(k.id, 1.0) for k in kids], float)


@dataclass(slots=True)
class Variation:
    """Changes to the framework for one sensitivity scenario (all optional)."""
    weights: dict[str, np.ndarray] = field(default_factory=dict)   # node id -> (k, S, 1) or (k,)
    rules: dict[str, str] = field(default_factory=dict)             # node id -> rule
    drop: frozenset[str] = frozenset()                              # indicator ids left out


class Engine:
    """Scores every node for all units at once; values are float arrays with NaN for missing."""

    def __init__(self, fw: Framework, answers: dict[str, np.ndarray], n_units: int, *,
                 min_coverage: float | None = None,
                 not_applicable: dict[str, np.ndarray] | None = None):
        self.fw = fw
        self.answers = answers
        self.not_applicable = not_applicable or {}     # indicator id -> units answered "n/a"
        self.n = n_units
        self.min_coverage = min_coverage
        self.warnings: list[str] = []
        self._warned: set[str] = set()

    def run(self, var: Variation | None = None, *, only: list | None = None
            ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """{node id: (scores, coverage)}; with `only`, just those nodes and what they need."""
        var = var or Variation()
        memo: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        targets = only if only is not None else [r.node for r in walk(self.fw)]
        for node in targets:
            self._eval(node, var, memo)
        return memo

    def _eval(self, node, var: Variation, memo: dict) -> tuple[np.ndarray, np.ndarray]:
        if node.id in memo:
            return memo[node.id]
        nan = np.full(self.n, np.nan)
        if isinstance(node, Indicator) and node.id in var.drop:
            res = (nan, np.zeros(self.n))
            memo[node.id] = res
            # still evaluate sub-indicators so that they are reported
            for sub in node.sub_indicators:
                self._eval(sub, var, memo)
            return res
        if isinstance(node, Indicator):
            direct = self.answers.get(node.id, nan)
            if not node.sub_indicators:
                val, cov = direct, (~np.isnan(direct)).astype(float)
            else:
                val, cov = self._aggregate(node, var, memo)
                has = ~np.isnan(direct)
                val, cov = np.where(has, direct, val), np.where(has, 1.0, cov)
            na = self.not_applicable.get(node.id)
            res = (val, cov) if na is None else (np.where(na, np.nan, val),
                                                  np.where(na, np.nan, cov))
        else:
            res = self._aggregate(node, var, memo)
        memo[node.id] = res
        return res

    def _aggregate(self, node, var: Variation, memo: dict) -> tuple[np.ndarray, np.ndarray]:
        kids = node_children(node, self.fw)
        evaluated = [self._eval(k, var, memo) for k in kids]
        agg = node.aggregation
        rule = var.rules.get(node.id, node.rule)
        if not kids:
            return np.full(self.n, np.nan), np.zeros(self.n)
        vals = np.stack(np.broadcast_arrays(*[v for v, _ in evaluated]))
        covs = np.stack(np.broadcast_arrays(*[c for _, c in evaluated]))
        shape = vals.shape[1:]
        applies = ~np.isnan(covs)              # a NaN coverage: the child does not apply
        n_applies = applies.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            cov = np.where(n_applies > 0, np.nansum(covs, axis=0) / n_applies, np.nan)
        avail = ~np.isnan(vals)
        if rule == "answered":
            if node.id not in self._warned and np.any(np.all(avail, axis=0)):
                self._warned.add(node.id)
                self.warnings.append(
                    f"warning: {node.id} has no rule for its sub-indicators (aggregation "
                    "'answered'); it is scored only where it was answered directly")
            return np.full(shape, np.nan), np.zeros(shape)
        if rule == "lookup":
            out = np.full(shape, np.nan)
            ids = [k.id for k in kids]
            full = np.all(avail | ~applies, axis=0)    # "n/a" meets only a "*" condition
            matched = np.zeros(shape, bool)
            for row in agg.table or []:
                m = full.copy()
                for cid, cond in row.when.items():
                    v = vals[ids.index(cid)]
                    if cond == "*":
                        continue
                    allowed = cond if isinstance(cond, list) else [cond]
                    m &= np.any(np.abs(v[None, ...] - np.array(allowed, float).reshape(
                        (-1,) + (1,) * v.ndim)) < 1e-6, axis=0)
                out = np.where(m & ~matched, row.score, out)
                matched |= m
            if np.any(full & ~matched) and node.id not in self._warned:
                self._warned.add(node.id)
                self.warnings.append(
                    f"warning: {node.id}: some sub-indicator scores are not levels of their "
                    "scales (or are n/a where its table wants a level), so the lookup table "
                    "cannot score them (left missing)")
            cov = np.where(full, cov, 0.0) if agg.missing == "complete_case" else cov
            return self._floor(node, out, cov)
        w = var.weights.get(node.id)
        if w is None:
            w = base_weights(node, kids)
        w = np.asarray(w, float)
        if w.ndim == 1:
            w = w.reshape((-1,) + (1,) * len(shape))
        if w.ndim > vals.ndim:                      # varied weights (k, S, 1) over (k, U)
            vals = np.broadcast_to(vals[:, None, :], (vals.shape[0], w.shape[1], vals.shape[-1]))
            avail = ~np.isnan(vals)
            applies = np.broadcast_to(applies[:, None, :], vals.shape)
            cov = np.broadcast_to(cov, vals.shape[1:])
            shape = vals.shape[1:]
        if w.ndim < vals.ndim:
            w = w.reshape(w.shape + (1,) * (vals.ndim - w.ndim))
        wa = np.where(avail, w, 0.0)
        den = wa.sum(axis=0)
        v0 = np.where(avail, vals, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            if rule in ("mean", "weighted_mean", "mean_of_leaves"):
                out = (wa * v0).sum(axis=0) / den
            elif rule == "geometric_mean":
                logs = np.where(avail & (vals > 0), np.log(np.where(vals > 0, vals, 1.0)), 0.0)
                zero = np.any(avail & (vals <= 0) & (w > 0), axis=0)
                out = np.exp((wa * logs).sum(axis=0) / den)
                out = np.where(zero, 0.0, out)
            elif rule == "min":
                out = np.nanmin(np.where(avail, vals, np.inf), axis=0)
                out = np.where(np.isinf(out), np.nan, out)
            else:  # pragma: no cover - the schema allows no other rule
                raise InputError(f"unknown rule '{rule}' at {node.id}")
        out = np.where(den > 0, out, np.nan)
        if agg.missing == "complete_case":
            out = np.where(np.all(avail | ~applies, axis=0), out, np.nan)
        return self._floor(node, out, cov)

    def _floor(self, node, out: np.ndarray, cov: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        floor = node.aggregation.min_coverage if node.aggregation else None
        if self.min_coverage is not None:
            floor = max(floor or 0.0, self.min_coverage)
        if floor:
            out = np.where(cov + 1e-9 >= floor, out, np.nan)
        return out, cov


def build_engine(fw: Framework, values: dict[tuple[str, int, str], float], *,
                 min_coverage: float | None = None) -> tuple[Engine, list[tuple[str, int]]]:
    """The engine over `values` ((country, year, indicator) -> score; NaN: answered "n/a")
    and its units, the country-years in order."""
    units = sorted({(c, y) for c, y, _ in values})
    index = {u: i for i, u in enumerate(units)}
    arrays: dict[str, np.ndarray] = {}
    not_applicable: dict[str, np.ndarray] = {}
    for (c, y, ind), v in values.items():
        if math.isnan(v):
            mask = not_applicable.setdefault(ind, np.zeros(len(units), bool))
            mask[index[(c, y)]] = True
            continue
        arr = arrays.get(ind)
        if arr is None:
            arr = arrays[ind] = np.full(len(units), np.nan)
        arr[index[(c, y)]] = v
    return Engine(fw, arrays, len(units), min_coverage=min_coverage,
                  not_applicable=not_applicable), units


def score_values(fw: Framework, values: dict[tuple[str, int, str], float], *,
                 min_coverage: float | None = None) -> ScoreResult:
    """Score every node for every (country, year) that has answers."""
    engine, units = build_engine(fw, values, min_coverage=min_coverage)
    memo = engine.run()
    scores: list[Score] = []
    refs = list(walk(fw))
    for ui, (country, year) in enumerate(units):
        for ref in refs:
            val, cov = memo[ref.id]
            v, c = float(val[ui]), float(cov[ui])
            scores.append(Score(country, year, ref.id, ref.kind, None if math.isnan(v) else v,
                                None if math.isnan(c) else round(c, 6)))
    return ScoreResult(fw.id, units, scores, list(engine.warnings), len(values))


# --- outputs ----------------------------------------------------------------------------------

SCORE_FIELDS = ["country", "year", "node", "level", "score", "coverage"]
ANSWER_FIELDS = ["country", "year", "indicator", "score", "expert", "source", "comment", "file",
                 "line"]


def score_rows(result: ScoreResult) -> list[dict]:
    return [s.to_dict() for s in result.scores]


def wide_rows(result: ScoreResult, fw: Framework) -> tuple[list[str], list[dict]]:
    """One row per country-year: overall variants and areas side by side."""
    cols = [o.id for o in fw.overall] + [a.id for a in fw.areas]
    by = defaultdict(dict)
    for s in result.scores:
        if s.level in ("overall", "area"):
            by[(s.country, s.year)][s.node] = s.score
    rows = [{"country": c, "year": y, **{k: by[(c, y)].get(k) for k in cols}}
            for c, y in result.units]
    return ["country", "year", *cols], rows


def headline_year(result: ScoreResult, node: str) -> int | None:
    """The latest year in which the most countries have a score for `node` (what to show)."""
    counts: dict[int, int] = defaultdict(int)
    for s in result.scores:
        if s.node == node and s.score is not None:
            counts[s.year] += 1
    if not counts:
        return max((y for _, y in result.units), default=None)
    best = max(counts.values())
    return max(y for y, c in counts.items() if c == best)


def write_scores(path: Path, result: ScoreResult, fw: Framework, *, fmt: str) -> None:
    """Write the scores as csv (long), xlsx (sheets scores + overview) or json."""
    path = Path(path)
    if fmt == "csv":
        atomic_write_text(path, csv_text(SCORE_FIELDS, score_rows(result)))
    elif fmt == "json":
        atomic_write_text(path, dumps_json(result.to_dict(), indent=2) + "\n")
    elif fmt == "xlsx":
        cols, rows = wide_rows(result, fw)
        long = Sheet("scores", SCORE_FIELDS, [[r[k] for k in SCORE_FIELDS]
                                              for r in score_rows(result)],
                     {SCORE_FIELDS.index("score"): "0.00", SCORE_FIELDS.index("coverage"): "0%"})
        wide = Sheet("overview", cols, [[r[k] for k in cols] for r in rows],
                     {i: "0.00" for i in range(2, len(cols))})
        given = Sheet("answers", ANSWER_FIELDS, [[r.get(k) for k in ANSWER_FIELDS]
                                                 for r in result.answer_rows])
        atomic_write_bytes(path, table_xlsx([long, wide, given]))
    else:
        raise InputError(f"unknown format '{fmt}'", fix="use csv, xlsx, json or html")
