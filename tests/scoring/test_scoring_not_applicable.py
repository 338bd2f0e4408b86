"""An indicator that does not apply to a country ("n/a") is neither a missing answer nor a 0:
it is left out of the score and of the coverage alike (trial 21: an expert's "n/a" could only be
left empty, which lowered the country's coverage as if the expert had not answered)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from corpus_tool.errors import CheckFailed
from corpus_tool.framework.io import load_framework
from corpus_tool.report.scores import scores_html
from corpus_tool.scoring import read_answers
from corpus_tool.scoring.combine import combine_duplicates
from corpus_tool.scoring.engine import score_rows, score_values
from corpus_tool.scoring.questionnaire import write_questionnaire
from corpus_tool.scoring.run import run_scoring

MINI = Path(__file__).resolve().parents[1] / "data" / "framework" / "education-mini.yaml"


@pytest.fixture()
def mini():
    return load_framework(MINI)


def answers_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "answers.csv"
    path.write_text("country,year,indicator,answer,comment\n" + body, encoding="utf-8")
    return path


def scores(result) -> dict[tuple[str, str], tuple[float | None, float | None]]:
    return {(s.country, s.node): (s.score, s.coverage) for s in result.scores}


def test_not_applicable_counts_neither_in_the_score_nor_in_the_coverage(tmp_path, mini):
    path = answers_file(tmp_path, "AT,2025,acc1,full,\nAT,2025,acc2,0,\n"
                                  "AT,2025,acc3,n/a,no higher education system of its own\n"
                                  "BE,2025,acc1,full,\nBE,2025,acc2,0,\n")
    result = run_scoring(answers=path, framework=mini).result
    got = scores(result)
    # both countries score 50 on access; AT answered all that applies, BE left acc3 out
    assert got[("AT", "access")] == (50.0, 1.0)
    assert got[("BE", "access")] == (50.0, pytest.approx(2 / 3, abs=1e-6))
    assert got[("AT", "acc3")] == (None, None)           # does not apply: no coverage at all
    assert got[("BE", "acc3")] == (None, 0.0)            # missing: nothing of it answered
    assert got[("AT", "access-higher")] == (None, None)  # nothing under it applies
    row = next(r for r in result.answer_rows if r["indicator"] == "acc3")
    assert row["score"] == "n/a" and row["comment"] == "no higher education system of its own"


def test_outputs_say_n_a_where_nothing_applies(tmp_path, mini):
    path = answers_file(tmp_path, "AT,2025,acc1,full,\nAT,2025,acc3,N/A,\n")
    result = run_scoring(answers=path, framework=mini).result
    rows = {r["node"]: r for r in score_rows(result)}
    assert rows["acc3"]["coverage"] is None and rows["acc1"]["coverage"] == 1.0
    json.dumps(result.to_dict(), allow_nan=False)        # no NaN reaches the JSON
    page = scores_html(result, mini)
    assert "<td>n/a</td>" in page                        # the answers table shows the answer


def test_n_a_beside_a_level_in_one_row_is_refused(tmp_path, mini):
    path = tmp_path / "a.csv"
    path.write_text("country,year,indicator,score,answer\nAT,2025,acc1,100,n/a\n",
                    encoding="utf-8")
    with pytest.raises(CheckFailed) as e:
        read_answers(path, mini)
    assert e.value.problems == [f"{path}, line 2: 'n/a' and '100' for acc1: the row says both "
                                "that the indicator does not apply and how it is met (keep one "
                                "of them)"]


def test_a_dash_is_refused_with_both_ways_out(tmp_path, mini):
    path = answers_file(tmp_path, "AT,2025,acc1,-,\n")
    with pytest.raises(CheckFailed) as e:
        read_answers(path, mini)
    assert "answer '-' is not a level of acc1" in e.value.problems[0]
    assert "n/a if the indicator does not apply" in e.value.problems[0]
    assert "leave it empty if it was not answered" in e.value.problems[0]


def test_experts_who_disagree_on_whether_it_applies_are_warned(tmp_path, mini):
    path = answers_file(tmp_path, "AT,2025,acc1,n/a,\nAT,2025,acc1,partial,\n")
    answers, _ = read_answers(path, mini)
    values, warnings = combine_duplicates(answers, path)
    assert ("AT", 2025, "acc1") not in values
    assert warnings == [f"warning: {path}, lines 2, 3: 2 answers for AT 2025 acc1 (n/a, 50) "
                        "disagree; left unanswered (reconcile them, or `--duplicates mean` to "
                        "average them)"]
    values, warnings = combine_duplicates(answers, path, duplicates="mean")
    assert values[("AT", 2025, "acc1")] == 50
    assert warnings == [f"warning: {path}, lines 2, 3: 2 answers for AT 2025 acc1 (n/a, 50) "
                        "disagree; averaged to 50 (an n/a is left out of the mean)"]
    agreed = answers_file(tmp_path, "AT,2025,acc1,n/a,\nAT,2025,acc1,na,\n")
    values, warnings = combine_duplicates(read_answers(agreed, mini)[0], agreed)
    assert warnings == [] and values[("AT", 2025, "acc1")] != values[("AT", 2025, "acc1")]


def test_sensitivity_and_complete_case_rules_take_n_a(tmp_path, mini):
    path = answers_file(tmp_path, "".join(
        f"{c},2025,{i},{lv},\n" for c, lv in (("AT", "100"), ("BE", "0"), ("CZ", "100"))
        for i in ("acc1", "acc2", "tar1", "tar3")) + "AT,2025,acc3,n/a,\nBE,2025,acc3,full,\n")
    run = run_scoring(answers=path, framework=mini, sensitivity=20, seed=1)
    assert {r["country"] for r in run.sensitivity["countries"]} == {"AT", "BE", "CZ"}
    values = {("AT", 2025, "acc1"): 100.0, ("AT", 2025, "acc2"): float("nan")}
    mini.areas[0].children[0].aggregation.missing = "complete_case"
    got = scores(score_values(mini, values))
    assert got[("AT", "access-compulsory")] == (100.0, 1.0)   # n/a does not break the case


def test_the_form_offers_n_a(tmp_path, mini):
    path = tmp_path / "form.xlsx"
    write_questionnaire(mini, path, countries=["AT"], year=2025)
    wb = load_workbook(path)
    lists = [dv.formula1 for dv in wb["answers"].data_validations.dataValidation]
    assert lists and all("n/a" in f for f in lists)
    assert "Write n/a when the indicator does not apply" in wb["how to answer"]["A2"].value
    csv_path = tmp_path / "form.csv"
    write_questionnaire(mini, csv_path, countries=["AT"], year=2025)
    assert next(csv.DictReader(csv_path.open(encoding="utf-8")))["answer"] == ""
