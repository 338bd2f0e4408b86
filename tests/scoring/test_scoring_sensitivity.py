"""Sensitivity analysis: seeded Monte Carlo over weights, geometric swap, leave-one-out."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.errors import InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import Aggregation, Area, Framework, Indicator, Overall
from corpus_tool.scoring.answers import read_answers
from corpus_tool.scoring.combine import combine_duplicates
from corpus_tool.scoring.engine import score_values
from corpus_tool.scoring.sensitivity import run_sensitivity, year_ranks

DATA = Path(__file__).parent.parent / "data"
MIPEX_FW = Path(__file__).parent.parent.parent / "indicators" / "mipex-2020.yaml"


def _fw() -> Framework:
    mean = Aggregation(rule="mean")
    return Framework(id="t", title="T",
                     overall=[Overall(id="overall", title="O", aggregation=mean, areas=["a", "b"])],
                     areas=[Area(id="a", title="A", aggregation=mean, indicators=[
                         Indicator(id="i1", title="1"), Indicator(id="i2", title="2")]),
                         Area(id="b", title="B", aggregation=mean, indicators=[
                             Indicator(id="i3", title="3")])])


def _values(rows: dict[str, tuple[float, float, float]], year: int = 2020) -> dict:
    return {(c, year, f"i{k + 1}"): float(v) for c, vs in rows.items() for k, v in enumerate(vs)}


def _row(sens: dict, country: str) -> dict:
    return next(r for r in sens["countries"] if r["country"] == country)


def test_leaving_out_the_deciding_indicator_flips_the_ranks():
    # X: a = 50, overall 50; Y: a = 30, overall 40. Without i1: X 25, Y 55.
    sens = run_sensitivity(_fw(), _values({"X": (100, 0, 50), "Y": (0, 60, 50)}),
                           samples=50, seed=1)
    x, y = _row(sens, "X"), _row(sens, "Y")
    assert (x["rank"], y["rank"]) == (1, 2)
    assert (x["leave_one_out_max_shift"], x["leave_one_out_indicator"]) == (1, "i1")
    assert (y["leave_one_out_max_shift"], y["leave_one_out_indicator"]) == (1, "i1")
    by_ind = {d["indicator"]: d for d in sens["indicators"]}
    assert by_ind["i1"]["mean_abs_rank_shift"] == 1 and by_ind["i2"]["max_abs_rank_shift"] == 0


def test_geometric_aggregation_punishes_an_unbalanced_profile():
    # Z: a = 100, b = 10 → arithmetic 55 (first), geometric 31.6 (last); X: 50/50; Y: 30/50
    sens = run_sensitivity(_fw(), _values({"X": (100, 0, 50), "Y": (0, 60, 50),
                                           "Z": (100, 100, 10)}), samples=20, seed=1)
    assert [_row(sens, c)["rank"] for c in "ZXY"] == [1, 2, 3]
    assert [_row(sens, c)["geometric_rank"] for c in "ZXY"] == [3, 1, 2]
    assert sens["swapped_to"] == "geometric_mean"


def test_a_geometric_mean_zero_for_most_countries_gives_no_ranks_and_says_why():
    # a researcher's trial (session 43): every country had a part at 0, so every geometric mean
    # was 0 and every country "rank 1", shown as a robustness result
    sens = run_sensitivity(_fw(), _values({"X": (100, 0, 0), "Y": (0, 60, 50),
                                           "Z": (100, 100, 0)}), samples=20, seed=1)
    assert all(_row(sens, c)["geometric_rank"] is None for c in "XYZ")
    assert sens["swap_note"] == ("2 of 3 countries score 0 under a geometric mean of overall, "
                                 "since one of its parts is 0 for them: their ranks would tie "
                                 "and are not given")
    # one country at 0 is a finding (a geometric mean does not compensate): ranked, and said
    sens = run_sensitivity(_fw(), _values({"X": (100, 0, 50), "Y": (0, 60, 50),
                                           "Z": (100, 100, 0)}), samples=20, seed=1)
    assert _row(sens, "Z")["geometric_rank"] == 3 and _row(sens, "X")["geometric_rank"] == 1
    assert sens["swap_note"].startswith("1 of 3 countries score 0")


def test_same_seed_same_figures_and_intervals_are_ordered():
    fw = load_framework(MIPEX_FW)
    answers, _ = read_answers(DATA / "mipex" / "answers_2007_2019.csv", fw)
    values, _ = combine_duplicates(answers, "answers")
    a = run_sensitivity(fw, values, samples=120, seed=7)
    b = run_sensitivity(fw, values, samples=120, seed=7, batch=17)   # batching changes nothing
    assert a == b
    c = run_sensitivity(fw, values, samples=120, seed=8)
    assert [r["rank"] for r in a["countries"]] == [r["rank"] for r in c["countries"]]
    assert a["countries"] != c["countries"]          # the Monte Carlo part depends on the seed
    # nominal ranks agree with ranks computed from the scores, year by year
    res = score_values(fw, values)
    for year in (2014, 2019):
        scored = sorted(((s.score, s.country) for s in res.scores
                         if s.year == year and s.node == "overall_without_health"
                         and s.score is not None), reverse=True)
        ranks = {r["country"]: r["rank"] for r in a["countries"] if r["year"] == year}
        assert [ranks[c] for _, c in scored] == list(range(1, len(scored) + 1))
    for r in a["countries"]:
        assert 1 <= r["rank_p05"] <= r["rank_median"] <= r["rank_p95"]
        assert r["score_p05"] <= r["score_p95"]
    assert any(r["rank_p95"] > r["rank_p05"] for r in a["countries"])


def test_tiny_spread_keeps_every_rank():
    fw = _fw()
    values = _values({"X": (100, 0, 50), "Y": (0, 60, 50), "Z": (100, 100, 10)})
    sens = run_sensitivity(fw, values, samples=100, seed=3, spread=0.001)
    assert all(r["rank_p05"] == r["rank_p95"] == r["rank"] for r in sens["countries"])
    assert all(abs(r["score_p95"] - r["score_p05"]) < 0.1 for r in sens["countries"])
    wide = run_sensitivity(fw, values, samples=300, seed=3, method="dirichlet", spread=0.9)
    assert any(r["rank_p05"] != r["rank_p95"] for r in wide["countries"])


def test_ranks_are_per_year_and_ties_share_the_better_rank():
    import numpy as np
    scores = np.array([10.0, 30.0, 30.0, 5.0, 7.0])
    groups = [np.array([0, 1, 2]), np.array([3, 4])]
    assert year_ranks(scores, groups).tolist() == [3, 1, 1, 2, 1]


def test_bad_sensitivity_settings():
    fw, values = _fw(), _values({"X": (1, 2, 3)})
    with pytest.raises(InputError, match="at least 1"):
        run_sensitivity(fw, values, samples=0)
    with pytest.raises(InputError, match="unknown perturbation"):
        run_sensitivity(fw, values, samples=5, method="normal")
    with pytest.raises(InputError, match="unknown target 'zz'"):
        run_sensitivity(fw, values, samples=5, target="zz")
    with pytest.raises(InputError, match="single indicator"):
        run_sensitivity(fw, values, samples=5, target="i1")
