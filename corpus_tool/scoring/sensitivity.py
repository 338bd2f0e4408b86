"""How robust are the country ranks? Uncertainty and sensitivity analysis of a composite score.

The OECD/JRC composite-indicator practice (as COINr does it), on the scoring engine:
- Monte Carlo over weights: every weight under the target (indicators in dimensions and areas,
  dimensions in areas, areas in the overall score) is perturbed at random — uniformly by ±spread
  around its nominal value, or drawn from a Dirichlet around it — and the whole tree is re-scored
  `samples` times;
- swapping the target's aggregation: arithmetic ↔ geometric mean;
- leaving each indicator out in turn.

Ranks are computed within each year (1 = highest score; ties share the better rank). Per country
and year: nominal rank, median rank and 5–95 % rank interval over the Monte Carlo samples, median
absolute rank shift, 5–95 % score interval, rank under the swapped aggregation and the largest
shift from leaving one indicator out. Seeded: the same seed gives the same figures.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.framework.model import Framework, Indicator, Overall, leaves, walk
from corpus_tool.scoring.engine import Variation, base_weights, build_engine, node_children

MEAN_RULES = ("mean", "weighted_mean", "mean_of_leaves", "geometric_mean")


def pick_target(fw: Framework, target: str | None):
    if target is None:
        if fw.overall:
            return fw.overall[0]
        if len(fw.areas) == 1:
            return fw.areas[0]
        raise InputError(f"framework '{fw.id}' has no overall score to rank countries by",
                         fix="name a node with --target, or add an 'overall' variant")
    for ref in walk(fw):
        if ref.id == target:
            if ref.kind in ("indicator", "sub-indicator") and not ref.node.sub_indicators:
                raise InputError(f"'{target}' is a single indicator; there is nothing to vary",
                                 fix="choose an overall variant, an area or a dimension")
            return ref.node
    raise InputError(f"unknown target '{target}'",
                     fix="use an overall variant, area or dimension id of the framework")


def _under(node, fw: Framework) -> list:
    """Inner nodes at or below `node` whose weights are varied (not inside indicators)."""
    out = []
    stack = [node]
    seen = set()
    while stack:
        n = stack.pop()
        if n.id in seen or isinstance(n, Indicator):
            continue
        seen.add(n.id)
        out.append(n)
        # under mean_of_leaves the area weighs its indicators directly: its dimensions don't count
        stack.extend(c for c in node_children(n, fw) if not isinstance(c, Indicator))
    return out


def _leaf_indicators(node, fw: Framework) -> list[Indicator]:
    if isinstance(node, Overall):
        return [i for a in node_children(node, fw) for i in leaves(a)]
    if isinstance(node, Indicator):
        return list(node.sub_indicators)
    return leaves(node)


def year_ranks(scores: np.ndarray, groups: list[np.ndarray]) -> np.ndarray:
    """Competition ranks (1 = highest) within each group of unit indices; scores (..., U)."""
    ranks = np.full(scores.shape, np.nan)
    for idx in groups:
        s = scores[..., idx]
        s = np.where(np.isnan(s), -np.inf, s)
        better = (s[..., None, :] > s[..., :, None] + 1e-9).sum(axis=-1)
        ranks[..., idx] = 1 + better
    return ranks


def run_sensitivity(fw: Framework, values: dict[tuple[str, int, str], float], *,
                    samples: int = 1000, seed: int = 0, target: str | None = None,
                    method: str = "uniform", spread: float = 0.25,
                    min_coverage: float | None = None, batch: int = 100,
                    progress: Callable[..., None] | None = None) -> dict:
    """Rank intervals and rank shifts per country and year for the target node's score."""
    if samples < 1:
        raise InputError(f"--sensitivity {samples}: the number of samples must be at least 1",
                         fix="e.g. --sensitivity 1000")
    if method not in ("uniform", "dirichlet"):
        raise InputError(f"unknown perturbation '{method}'", fix="use uniform or dirichlet")
    if not 0 < spread < 1:
        raise InputError(f"spread {spread} must be between 0 and 1", fix="e.g. --spread 0.25")
    node = pick_target(fw, target)
    engine, units = build_engine(fw, values, min_coverage=min_coverage)
    nominal = engine.run(only=[node])[node.id][0]
    years = sorted({y for _, y in units})
    groups = [np.array([i for i, (c, y) in enumerate(units) if y == yr and not np.isnan(nominal[i])],
                       int) for yr in years]
    groups = [g for g in groups if len(g)]
    nominal_rank = year_ranks(nominal, groups)

    # -- Monte Carlo over weights --------------------------------------------------------------
    rng = np.random.default_rng(seed)
    varied = [n for n in _under(node, fw) if n.rule in MEAN_RULES and len(node_children(n, fw)) > 1]
    draws: dict[str, np.ndarray] = {}
    for n in sorted(varied, key=lambda n: n.id):
        base = base_weights(n, node_children(n, fw))
        k = len(base)
        if method == "uniform":
            factors = rng.uniform(1 - spread, 1 + spread, size=(k, samples))
            draws[n.id] = base[:, None] * factors
        else:
            p = base / base.sum()
            conc = max((k - 1) / spread ** 2 - 1, 1.0)
            draws[n.id] = rng.dirichlet(p * conc + 1e-9, size=samples).T * base.sum()
    mc_ranks = np.empty((samples, len(units)))
    mc_scores = np.empty((samples, len(units)))
    done = 0
    while done < samples:
        b = min(batch, samples - done)
        var = Variation(weights={nid: w[:, done:done + b, None] for nid, w in draws.items()})
        scores = engine.run(var, only=[node])[node.id][0]
        scores = np.broadcast_to(scores, (b, len(units)))
        mc_ranks[done:done + b] = year_ranks(scores, groups)
        mc_scores[done:done + b] = scores
        done += b
        if progress:
            progress(b)
    valid = ~np.isnan(nominal_rank)
    p05, p50, p95 = (np.percentile(mc_ranks, q, axis=0, method="nearest") for q in (5, 50, 95))
    shift = np.median(np.abs(mc_ranks - nominal_rank[None, :]), axis=0)
    s05, s95 = np.full(len(units), np.nan), np.full(len(units), np.nan)
    if valid.any():
        s05[valid], s95[valid] = np.percentile(mc_scores[:, valid], [5, 95], axis=0)

    # -- arithmetic <-> geometric --------------------------------------------------------------
    swapped = "geometric_mean" if node.rule != "geometric_mean" else "mean"
    geo = engine.run(Variation(rules={node.id: swapped}), only=[node])[node.id][0]
    geo_rank = year_ranks(geo, groups)
    # a geometric mean is 0 whenever one of its parts is: when most countries have a part at 0
    # they all tie at 0, and their ranks say nothing of robustness (a researcher's trial,
    # session 43: every country was "rank 1")
    zero = valid & (np.nan_to_num(geo, nan=1.0) == 0)
    swap_note = ""
    if swapped == "geometric_mean" and zero.any():
        swap_note = (f"{int(zero.sum())} of {int(valid.sum())} countries score 0 under a geometric "
                     f"mean of {node.id}, since one of its parts is 0 for them")
        if 2 * zero.sum() > valid.sum():
            geo_rank = np.full(len(units), np.nan)
            swap_note += ": their ranks would tie and are not given"

    # -- leave one indicator out ---------------------------------------------------------------
    inds = _leaf_indicators(node, fw)
    loo_max = np.zeros(len(units))
    loo_which = [""] * len(units)
    per_indicator = []
    for ind in inds:
        s = engine.run(Variation(drop=frozenset({ind.id})), only=[node])[node.id][0]
        r = year_ranks(s, groups)
        d = np.abs(r - nominal_rank)
        d = np.where(valid, np.nan_to_num(d, nan=0.0), 0.0)
        for i in np.nonzero(d > loo_max)[0]:
            loo_which[i] = ind.id
        loo_max = np.maximum(loo_max, d)
        per_indicator.append({"indicator": ind.id, "mean_abs_rank_shift": _r(d[valid].mean()),
                              "max_abs_rank_shift": int(d[valid].max()) if valid.any() else 0})
    per_indicator.sort(key=lambda x: (-x["mean_abs_rank_shift"], x["indicator"]))

    rows = []
    for i, (country, year) in enumerate(units):
        if not valid[i]:
            continue
        rows.append({"country": country, "year": year, "score": _r(nominal[i]),
                     "rank": int(nominal_rank[i]), "rank_median": int(p50[i]),
                     "rank_p05": int(p05[i]), "rank_p95": int(p95[i]),
                     "median_rank_shift": _r(shift[i]),
                     "score_p05": _r(s05[i]), "score_p95": _r(s95[i]),
                     "geometric_rank": int(geo_rank[i]) if not np.isnan(geo_rank[i]) else None,
                     "leave_one_out_max_shift": int(loo_max[i]),
                     "leave_one_out_indicator": loo_which[i] or None})
    rows.sort(key=lambda r: (r["year"], r["rank"], r["country"]))
    return {"target": node.id, "samples": samples, "seed": seed, "method": method,
            "spread": spread, "swapped_to": swapped, "swap_note": swap_note,
            "weights_varied": sorted(draws), "countries": rows, "indicators": per_indicator}


def _r(x: float) -> float:
    return round(float(x), 4)
