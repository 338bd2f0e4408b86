"""Scoring benchmark: all MIPEX 2007–2019 country-years, and the sensitivity analysis.

`python -m benchmarks scoring`. Medians of several runs; no thresholds (figures, not tests).
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = ROOT / "indicators" / "mipex-2020.yaml"
ANSWERS = ROOT / "tests" / "data" / "mipex" / "answers_2007_2019.csv"
PUBLISHED = ROOT / "tests" / "data" / "mipex" / "published_aggregates_2007_2019.csv"


def _median(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def run() -> dict:
    from corpus_tool.framework.io import load_framework
    from corpus_tool.scoring.answers import read_answers
    from corpus_tool.scoring.combine import combine_duplicates
    from corpus_tool.scoring.engine import score_values
    from corpus_tool.scoring.published import check_against
    from corpus_tool.scoring.sensitivity import run_sensitivity

    t_load, fw = _median(lambda: load_framework(FRAMEWORK), 5)
    t_read, (answers, _) = _median(lambda: read_answers(ANSWERS, fw), 5)
    values, _ = combine_duplicates(answers, ANSWERS)
    t_score, result = _median(lambda: score_values(fw, values), 5)
    t_check, check = _median(lambda: check_against(result, fw, PUBLISHED), 5)
    t_s100, _ = _median(lambda: run_sensitivity(fw, values, samples=100, seed=1), 3)
    t_s1000, sens = _median(lambda: run_sensitivity(fw, values, samples=1000, seed=1), 3)
    figures = {
        "country_years": len(result.units),
        "answers": len(answers),
        "scores": len(result.scores),
        "published_values_reproduced": f"{check['matching']}/{check['compared']}",
        "load_framework_s": round(t_load, 4),
        "read_and_check_answers_s": round(t_read, 4),
        "score_all_country_years_s": round(t_score, 4),
        "check_against_published_s": round(t_check, 4),
        "sensitivity_n100_s": round(t_s100, 3),
        "sensitivity_n1000_s": round(t_s1000, 3),
        "sensitivity_ms_per_sample": round(1000 * t_s1000 / 1000, 3),
        "ratio_n1000_to_n100": round(t_s1000 / t_s100, 2),
        "ratio_sensitivity_n1000_to_one_scoring": round(t_s1000 / t_score, 1),
        "leave_one_out_scenarios": len(sens["indicators"]),
    }
    width = max(map(len, figures))
    for k, v in figures.items():
        print(f"  {k:<{width}}  {v}")
    return figures


if __name__ == "__main__":
    run()
