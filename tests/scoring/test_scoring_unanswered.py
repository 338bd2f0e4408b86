"""What the answers leave out is said (a researcher's trial, session 43): a country missing half
its answers was scored and ranked with "0 warning(s)", and an indicator no country could answer
(withdrawn by the drafts) lowered every coverage without a word."""
from __future__ import annotations

from corpus_tool.framework.model import (Aggregation, Area, Framework, Generated, Indicator,
                                         Overall)
from corpus_tool.scoring.run import run_scoring


def _fw() -> Framework:
    mean = Aggregation(rule="mean")
    gone = Indicator(id="i4", title="4", generated=Generated(withdrawn=True))
    return Framework(id="t", title="T",
                     overall=[Overall(id="overall", title="O", aggregation=mean, areas=["a", "b"])],
                     areas=[Area(id="a", title="A", aggregation=mean, indicators=[
                         Indicator(id="i1", title="1"), Indicator(id="i2", title="2")]),
                         Area(id="b", title="B", aggregation=mean, indicators=[
                             Indicator(id="i3", title="3"), gone])])


def test_unanswered_indicators_and_country_years_are_warned(tmp_path):
    answers = tmp_path / "answers.csv"
    answers.write_text("country,year,indicator,score\n"
                       "AT,2024,i1,100\nAT,2024,i2,50\nAT,2024,i3,0\n"
                       "GH,2024,i1,100\n", encoding="utf-8")
    said: list[str] = []
    run_scoring(answers=answers, framework=_fw(), warn=said.append)
    assert ("warning: no country answered i4 (withdrawn by the drafts): counted as missing in "
            "every coverage; answer it, or take it out of the framework") in said
    gaps = next(w for w in said if "country-year(s) left indicators unanswered" in w)
    assert "1 of 2 country-year(s)" in gaps and "GH 2024: 2 of 4 (i2, i3)" in gaps
    assert "AT 2024" not in gaps


def test_complete_answers_warn_of_nothing(tmp_path):
    fw = _fw()
    fw.areas[1].indicators.pop()
    answers = tmp_path / "answers.csv"
    answers.write_text("country,year,indicator,score\nAT,2024,i1,100\nAT,2024,i2,50\n"
                       "AT,2024,i3,0\n", encoding="utf-8")
    said: list[str] = []
    run_scoring(answers=answers, framework=fw, warn=said.append)
    assert not [w for w in said if "unanswered" in w or "no country answered" in w]
