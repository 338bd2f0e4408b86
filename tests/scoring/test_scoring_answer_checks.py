"""What an expert's filled form says is read as it says it, or refused with its line (blind user
trial 21): a score and a level that disagree, a level copied as the form prints it, a country
spelled in two cases, a country whose form came back empty, and a form whose question or levels
the framework has reworded since it went out."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from corpus_tool.errors import CheckFailed
from corpus_tool.framework.io import load_framework
from corpus_tool.scoring import read_answers
from corpus_tool.scoring.questionnaire import write_questionnaire

MINI = Path(__file__).resolve().parents[1] / "data" / "framework" / "education-mini.yaml"


@pytest.fixture()
def mini():
    return load_framework(MINI)


def form(tmp_path, fw, countries=("AT", "BE")) -> tuple[Path, list[dict]]:
    path = tmp_path / "form.csv"
    write_questionnaire(fw, path, countries=list(countries), year=2025)
    return path, list(csv.DictReader(path.open(encoding="utf-8")))


def save(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_a_score_and_an_answer_that_disagree_are_refused(tmp_path, mini):
    path = tmp_path / "a.csv"
    path.write_text("country,year,indicator,score,answer\nAT,2025,acc1,100,none\n"
                    "AT,2025,acc3,50,partial\n", encoding="utf-8")
    with pytest.raises(CheckFailed) as e:
        read_answers(path, mini)
    assert e.value.problems == [f"{path}, line 2: score 100 and answer 'none' (0) disagree for "
                                "acc1 (keep one of them: clear the score or the answer)"]


def test_a_level_copied_as_the_form_prints_it_is_read(tmp_path, mini):
    path, rows = form(tmp_path, mini, ["AT"])
    assert "full (100)" in rows[0]["levels"]
    other = next(r for r in rows[1:] if "partial (50)" in r["levels"])
    rows[0]["answer"], other["answer"] = "full (100)", "Partial (50)"
    answers, _ = read_answers(save(path, rows), mini)
    assert [a.score for a in answers] == [100, 50]


def test_a_country_in_another_case_is_the_same_country(tmp_path, mini):
    path = tmp_path / "a.csv"
    path.write_text("country,year,indicator,score\nEE,2025,acc1,100\nEE,2025,acc2,50\n"
                    "ee,2025,acc3,0\n", encoding="utf-8")
    answers, warnings = read_answers(path, mini)
    assert {a.country for a in answers} == {"EE"}
    assert f"warning: {path}, line(s) 4: country 'ee' is taken as 'EE' (the same letters in " \
           "another case)" in warnings


def test_a_country_whose_form_came_back_empty_is_named(tmp_path, mini):
    path, rows = form(tmp_path, mini)
    for r in rows:
        if r["country"] == "AT":
            r["answer"] = "0"
    answers, warnings = read_answers(save(path, rows), mini)
    assert {a.country for a in answers} == {"AT"}
    n = sum(r["country"] == "BE" for r in rows)
    assert f"warning: {path}: BE 2025 answered none of its {n} row(s), so it is not scored; " \
           "fill in its answers, or take its rows out" in warnings


def test_a_form_worded_otherwise_than_the_framework_now_is_said(tmp_path, mini):
    path, rows = form(tmp_path, mini, ["AT"])
    for r in rows:
        r["answer"] = "0"
    save(path, rows)
    _, warnings = read_answers(path, mini)
    assert not [w for w in warnings if "otherwise" in w]          # the form as it went out
    mini.find("acc1").node.question = "Do all migrant children have access to compulsory schooling?"
    mini.scale_of(mini.find("acc2").node).levels[1].description = "Only in some regions."
    _, warnings = read_answers(path, mini)
    said = [w for w in warnings if "otherwise" in w]
    assert len(said) == 1 and "acc1 (question)" in said[0] and "acc2 (levels)" in said[0]


def test_weights_an_overall_of_the_leaves_passes_over_are_said(tmp_path, mini):
    """An area's weights moved the area's score but not the overall's, which averages the
    indicators themselves (mean_of_leaves), and nothing said so (trial 21)."""
    from corpus_tool.scoring.engine import rules_passed_over
    assert rules_passed_over(mini) == []
    mini.overall[0].aggregation.rule = "mean_of_leaves"
    assert rules_passed_over(mini) == []       # its areas average their indicators alike
    access = next(a for a in mini.areas if a.id == "access")
    access.aggregation.rule, access.aggregation.weights = "weighted_mean", {"access-compulsory": 3}
    said = rules_passed_over(mini)
    assert said == ["warning: overall averages the indicators themselves (mean_of_leaves), so "
                    "the rule weighted_mean and weights of access do not reach it; to count "
                    "them, give overall the rule mean (or weighted_mean) over its parts"]


def test_an_answer_under_an_indicators_old_id_is_scored_as_it(tmp_path, mini):
    """An indicator renamed with its old id kept in `aliases` took answers under that id only
    for `--check-against`; answers files called it unknown (trial 21)."""
    mini.find("acc1").node.aliases = ["access-compulsory-old"]
    path = tmp_path / "a.csv"
    path.write_text("country,year,indicator,score\nAT,2025,access-compulsory-old,100\n",
                    encoding="utf-8")
    answers, warnings = read_answers(path, mini)
    assert [(a.indicator, a.score) for a in answers] == [("acc1", 100)]
    assert f"warning: {path}, line(s) 2: 'access-compulsory-old' is an old id of acc1; scored " \
           "as acc1" in warnings
