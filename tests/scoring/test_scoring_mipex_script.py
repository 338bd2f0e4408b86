"""scripts/mipex_answers.py: the long MIPEX table → the answers format."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

from corpus_tool.framework.io import load_framework
from corpus_tool.scoring.run import score_answers

ROOT = Path(__file__).parent.parent.parent
SAMPLE = Path(__file__).parent.parent / "data" / "mipex" / "scores_long_sample.csv"


def _script():
    spec = importlib.util.spec_from_file_location("mipex_answers",
                                                  ROOT / "scripts" / "mipex_answers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_converter_keeps_answers_and_drops_strands_and_empty_cells(tmp_path):
    out = tmp_path / "answers.csv"
    n = _script().convert(SAMPLE, out)
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert n == len(rows) == 12          # 7 indicators + 5 sub-indicators of BE 2019 education
    assert {r["year"] for r in rows} == {"2019"}
    assert {"country", "year", "indicator", "score"} == set(rows[0])
    fw = load_framework(ROOT / "indicators" / "mipex-2020.yaml")
    res = score_answers(fw, out)
    published = next(float(r["score"]) for r in csv.DictReader(open(SAMPLE, encoding="utf-8"))
                     if r["level"] == "strand" and r["year"] == "2019")
    assert abs(res.value("BE", 2019, "c") - published) < 0.01


def test_converter_can_leave_out_composite_answers(tmp_path):
    out = tmp_path / "answers.csv"
    _script().main([str(SAMPLE), str(out), "--drop-parents", "cb51,cc59cd64"])
    codes = {r["indicator"] for r in csv.DictReader(open(out, encoding="utf-8"))}
    assert "cb51" not in codes and "cc59cd64" not in codes and "cb51a" in codes
    res = score_answers(load_framework(ROOT / "indicators" / "mipex-2020.yaml"), out)
    assert res.value("BE", 2019, "cc59cd64") == 67        # lookup: cc59 = 0, cd64 = 100
