"""Scoring: answers → every node's score and coverage; bad input; MIPEX reproduced exactly."""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import Aggregation, Area, Framework, Indicator, Overall
from corpus_tool.scoring.answers import read_answers
from corpus_tool.scoring.combine import combine_duplicates
from corpus_tool.scoring.engine import score_values
from corpus_tool.scoring.published import check_against
from corpus_tool.scoring.run import run_scoring, score_answers

DATA = Path(__file__).parent.parent / "data"
MINI = DATA / "framework" / "education-mini.yaml"
MIPEX_FW = Path(__file__).parent.parent.parent / "indicators" / "mipex-2020.yaml"
MIPEX_ANSWERS = DATA / "mipex" / "answers_2007_2019.csv"
MIPEX_PUBLISHED = DATA / "mipex" / "published_aggregates_2007_2019.csv"

BASE = """country,year,indicator,score,answer,expert,comment
BE,2019,acc1,100,,A,
BE,2019,acc2,67,,A,
BE,2019,acc3,0,,A,
BE,2019,tar1a,100,,A,
BE,2019,tar1b,,partial,A,named level
BE,2019,tar2a,0,,A,
BE,2019,tar2b,100,,A,
"""


def _answers(tmp_path: Path, text: str, name: str = "answers.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def mini():
    return load_framework(MINI)


def _by_node(result, country="BE", year=2019):
    return {s.node: s for s in result.scores if s.country == country and s.year == year}


# --- the rules, computed by hand ------------------------------------------------------------------

def test_every_node_is_scored_by_its_rule(tmp_path, mini):
    res = score_answers(mini, _answers(tmp_path, BASE))
    s = _by_node(res)
    assert set(s) == {r.id for r in mini.walk()}            # every node, once
    assert s["acc2"].score == 67 and s["tar1b"].score == 50  # named level 'partial'
    assert s["access-compulsory"].score == pytest.approx((100 + 67) / 2)
    assert s["access-higher"].score == 0                     # a 0 is a score, not missing
    assert s["access"].score == pytest.approx((100 + 67 + 0) / 3)   # mean_of_leaves
    assert s["tar1"].score == pytest.approx(75)              # mean of sub-indicators
    assert s["tar2"].score == 67                             # lookup: b = 100, a = 0
    assert s["tar3"].score is None and s["tar3"].coverage == 0
    assert s["targeting"].score == pytest.approx((75 + 67) / 2)     # available-case mean
    assert s["targeting"].coverage == pytest.approx(2 / 3)
    assert s["overall"].score == pytest.approx(((100 + 67) / 3 + 71) / 2)
    assert s["overall_weighted"].score == pytest.approx((2 * 167 / 3 + 71) / 3)
    assert s["overall"].coverage == pytest.approx((1 + 2 / 3) / 2)
    assert s["tar1a"].level == "sub-indicator" and s["access"].level == "area"
    assert s["overall"].level == "overall" and s["access-higher"].level == "dimension"
    # nothing to warn of but what the answers leave out: tar3, which nobody answered
    assert res.warnings == ["warning: no country answered tar3: counted as missing in every "
                            "coverage; answer it, or take it out of the framework"]


@pytest.mark.parametrize("a,b,expected", [(0, 0, 0), (100, 0, 0), (0, 50, 33), (0, 100, 67),
                                          (50, 50, 100), (100, 50, 100), (50, 100, 100)])
def test_lookup_rule(tmp_path, mini, a, b, expected):
    text = f"country,year,indicator,score\nX,2020,tar2a,{a}\nX,2020,tar2b,{b}\n"
    s = _by_node(score_answers(mini, _answers(tmp_path, text)), "X", 2020)
    assert s["tar2"].score == expected


def test_lookup_needs_every_sub_indicator(tmp_path, mini):
    s = _by_node(score_answers(mini, _answers(tmp_path, "country,year,indicator,score\n"
                                                        "X,2020,tar2b,100\n")), "X", 2020)
    assert s["tar2"].score is None and s["tar2"].coverage == 0.5


def test_indicator_ids_match_whatever_their_case(tmp_path, mini):
    res = score_answers(mini, _answers(tmp_path, BASE.replace(",acc1,", ",ACC1,")))
    assert res.value("BE", 2019, "acc1") == 100


def test_an_answer_for_a_composite_stands_for_it(tmp_path, mini):
    res = score_answers(mini, _answers(tmp_path, BASE + "BE,2019,tar1,0,,B,\n"))
    s = _by_node(res)
    assert s["tar1"].score == 0 and s["tar1"].coverage == 1
    assert s["tar1a"].score == 100          # the sub-indicators are still reported


def test_min_coverage_makes_thin_scores_missing(tmp_path, mini):
    res = score_answers(mini, _answers(tmp_path, BASE), min_coverage=0.8)
    s = _by_node(res)
    assert s["targeting"].score is None and s["targeting"].coverage == pytest.approx(2 / 3)
    # the overall is then the mean of what remains (coverage 0.83 >= 0.8)
    assert s["overall"].score == pytest.approx(167 / 3)
    with pytest.raises(InputError, match="between 0 and 1"):
        score_answers(mini, _answers(tmp_path, BASE), min_coverage=80)


def _tiny(rule: str, **agg) -> Framework:
    inds = [Indicator(id="i1", title="one"), Indicator(id="i2", title="two")]
    return Framework(id="t", title="T", areas=[
        Area(id="a", title="A", aggregation=Aggregation(rule=rule, **agg), indicators=inds)])


@pytest.mark.parametrize("rule,agg,expected", [
    ("mean", {}, 62.5),
    ("geometric_mean", {}, 50.0),                      # sqrt(100 * 25)
    ("min", {}, 25.0),
    ("weighted_mean", {"weights": {"i1": 3, "i2": 1}}, (300 + 25) / 4),
])
def test_aggregation_rules(rule, agg, expected):
    res = score_values(_tiny(rule, **agg), {("X", 2020, "i1"): 100.0, ("X", 2020, "i2"): 25.0})
    assert res.value("X", 2020, "a") == pytest.approx(expected)


def test_geometric_mean_of_a_zero_is_zero_and_complete_case_needs_all():
    res = score_values(_tiny("geometric_mean"), {("X", 2020, "i1"): 100.0,
                                                 ("X", 2020, "i2"): 0.0})
    assert res.value("X", 2020, "a") == 0
    res = score_values(_tiny("mean", missing="complete_case"), {("X", 2020, "i1"): 100.0})
    assert res.value("X", 2020, "a") is None
    res = score_values(_tiny("mean"), {("X", 2020, "i1"): 100.0})
    assert res.value("X", 2020, "a") == 100


def test_xlsx_answers_score_like_csv(tmp_path, mini):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    for row in csv.reader(BASE.splitlines()):
        ws.append([int(v) if v.isdigit() else (v or None) for v in row])
    p = tmp_path / "answers.xlsx"
    wb.save(p)
    from_xlsx = score_answers(mini, p)
    from_csv = score_answers(mini, _answers(tmp_path, BASE))
    assert [s.to_dict() for s in from_xlsx.scores] == [s.to_dict() for s in from_csv.scores]


# --- duplicates ---------------------------------------------------------------------------------

def test_answers_that_disagree_leave_the_indicator_unanswered_unless_averaged(tmp_path, mini):
    # a researcher's trial 25: "full" and "none" were averaged to 50, a "partial" nobody gave
    p = _answers(tmp_path, BASE + "BE,2019,acc3,100,,B,second expert\n")
    res = score_answers(mini, p)
    assert res.value("BE", 2019, "acc3") is None
    assert any("lines 4, 9" in w and "left unanswered" in w and "--duplicates mean" in w
               for w in res.warnings)
    assert not [w for w in res.warnings if "no country answered" in w and "acc3" in w]
    res = score_answers(mini, p, duplicates="mean")
    assert res.value("BE", 2019, "acc3") == 50
    assert any("lines 4, 9" in w and "averaged to 50" in w for w in res.warnings)
    with pytest.raises(CheckFailed) as e:
        score_answers(mini, p, strict=True)
    assert "lines 4, 9" in e.value.problems[0]


def test_agreeing_duplicates_are_fine_unless_refused(tmp_path, mini):
    p = _answers(tmp_path, BASE + "BE,2019,acc3,0,,B,\n")
    assert [w for w in score_answers(mini, p, strict=True).warnings
            if "answered" not in w] == []
    with pytest.raises(CheckFailed, match="duplicate"):
        score_answers(mini, p, duplicates="error")


# --- bad input: file, line and fix ------------------------------------------------------------------

@pytest.mark.parametrize("row,message,fix", [
    ("BE,2019,acc9,50,,,", "unknown indicator 'acc9'", "did you mean acc"),
    ("BE,2019,acc1,lots,,,", "score 'lots' for acc1 is not a number", "between 0 and 100"),
    ("BE,2019,acc1,120,,,", "score 120 for acc1 is outside its scale (0–100)",
     "levels are 0, 50, 100"),
    ("BE,2019,acc1,-5,,,", "score -5 for acc1 is outside its scale", "between 0 and 100"),
    ("BE,2019,acc1,,maybe,,", "answer 'maybe' is not a level of acc1", "full, partial, none"),
    ("BE,last year,acc1,50,,,", "year 'last year' is not a year", "2019"),
    ("BE,2019.5,acc1,50,,,", "year '2019.5' is not a year", "2019"),
])
def test_bad_rows_are_refused_with_file_line_and_fix(tmp_path, mini, row, message, fix):
    p = _answers(tmp_path, BASE + row + "\n")
    with pytest.raises(CheckFailed) as e:
        read_answers(p, mini)
    (problem,) = e.value.problems
    assert problem.startswith(f"{p}, line 9: {message}")
    assert fix in problem


def test_every_bad_row_is_listed(tmp_path, mini):
    p = _answers(tmp_path, BASE + "BE,2019,acc9,50,,,\nBE,2019,acc1,x,,,\n")
    with pytest.raises(CheckFailed, match="2 bad row"):
        read_answers(p, mini)


def test_between_level_score_warns_then_fails_under_strict(tmp_path, mini):
    p = _answers(tmp_path, BASE.replace("BE,2019,acc3,0", "BE,2019,acc3,40"))
    answers, warnings = read_answers(p, mini)
    assert warnings == [f"warning: {p}, line 4: score 40 for BE 2019 acc3 lies between the "
                        "levels of its scale (0, 50, 100)"]
    assert score_answers(mini, p).value("BE", 2019, "acc3") == 40   # it still scores
    with pytest.raises(CheckFailed) as e:
        read_answers(p, mini, strict=True)
    assert e.value.problems[0].startswith(f"{p}, line 4: score 40")


def test_missing_columns_and_files(tmp_path, mini):
    with pytest.raises(InputError, match="line 1: missing column.*score"):
        read_answers(_answers(tmp_path, "country,year,indicator\nBE,2019,acc1\n"), mini)
    with pytest.raises(InputError, match="not found"):
        read_answers(tmp_path / "none.csv", mini)
    with pytest.raises(InputError, match="unsupported answers format"):
        read_answers(_answers(tmp_path, "x", "answers.ods"), mini)


# --- MIPEX: every published strand and overall score, to 0.01 -------------------------------------

@pytest.fixture(scope="module")
def mipex():
    return load_framework(MIPEX_FW)


@pytest.fixture(scope="module")
def mipex_run(mipex):
    return run_scoring(answers=MIPEX_ANSWERS, framework=mipex,
                       check_against_path=MIPEX_PUBLISHED)


def _published_cells() -> int:
    with open(MIPEX_PUBLISHED, encoding="utf-8") as f:
        return sum(1 for row in csv.DictReader(f)
                   for k, v in row.items() if k not in ("country", "year") and v.strip())


def test_mipex_reproduces_every_published_score(mipex_run):
    check = mipex_run.check
    assert check["ignored_columns"] == []
    assert check["compared"] == _published_cells() > 5000
    assert check["differences"] == []
    assert check["matching"] == check["compared"]


def test_mipex_spot_values_match_the_workbook(mipex_run):
    # published in the workbook: Belgium 2019 education 73.857…, family reunion 47.944…
    r = mipex_run.result
    assert r.value("BE", 2019, "c") == pytest.approx(73.857142857, abs=1e-6)
    assert r.value("BE", 2019, "b") == pytest.approx(47.944444444, abs=1e-6)
    assert r.value("BE", 2019, "cc59cd64") == 67
    # AR 2014 education: a missing answer is left out, not counted as 0
    s = {x.node: x for x in r.scores if (x.country, x.year) == ("AR", 2014)}
    assert s["cd60"].score is None
    assert s["c"].coverage == pytest.approx(6 / 7)


def test_mipex_between_level_answers_are_warnings_naming_the_rows(mipex_run):
    warns = [w for w in mipex_run.result.warnings if "between the levels" in w]
    assert warns and all(" BE " in w and (" cb50 " in w or " cb53 " in w) for w in warns)


def test_mipex_composites_recomputed_from_sub_indicators(tmp_path, mipex):
    """Leave out the composites' own answers: their rules rebuild every published value."""
    rules = ["cb51", "gb", "fb_new", "cc59cd64", "bb30bb31"]
    with open(MIPEX_ANSWERS, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    published = {(r["country"], int(r["year"]), r["indicator"]): float(r["score"])
                 for r in rows if r["indicator"] in rules}
    kept = [r for r in rows if r["indicator"] not in rules]
    p = tmp_path / "subs-only.csv"
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["country", "year", "indicator", "score"])
        w.writeheader()
        w.writerows(kept)
    run = run_scoring(answers=p, framework=mipex, check_against_path=MIPEX_PUBLISHED)
    assert len(published) > 2000
    for (c, y, code), value in published.items():
        assert run.result.value(c, y, code) == pytest.approx(value, abs=0.01), (c, y, code)
    assert run.check["differences"] == []


def test_answered_composite_without_its_answer_is_missing_with_a_warning(tmp_path, mipex):
    p = _answers(tmp_path, "country,year,indicator,score\nXX,2019,bb28a,100\nXX,2019,bb28b,0\n")
    res = score_answers(mipex, p)
    assert res.value("XX", 2019, "bb28") is None
    assert any("bb28 has no rule" in w for w in res.warnings)


def test_check_against_lists_every_difference(tmp_path, mipex_run, mipex):
    text = MIPEX_PUBLISHED.read_text(encoding="utf-8").splitlines(keepends=True)
    header = text[0].strip().split(",")
    col = header.index("strand_c_education")
    for i, line in enumerate(text):
        cells = line.rstrip("\n").split(",")
        if cells[:2] == ["BE", "2019"]:
            cells[col] = "50"
            text[i] = ",".join(cells) + "\n"
            line_no = i + 1
    p = tmp_path / "published.csv"
    p.write_text("".join(text), encoding="utf-8")
    check = check_against(mipex_run.result, mipex, p)
    (d,) = check["differences"]
    assert (d["country"], d["year"], d["node"], d["published"], d["line"]) == \
        ("BE", 2019, "c", 50.0, line_no)
    assert math.isclose(d["computed"], 73.857142857, abs_tol=1e-6)


def test_check_against_long_format_and_unknown_nodes(tmp_path, mipex_run, mipex):
    p = _answers(tmp_path, "country,year,node,score\nBE,2019,c,73.86\nBE,2019,h,10\n",
                 "long.csv")
    check = check_against(mipex_run.result, mipex, p)
    assert check["compared"] == 2 and [d["node"] for d in check["differences"]] == ["h"]
    p = _answers(tmp_path, "country,year,node,score\nBE,2019,zz,1\n", "bad.csv")
    with pytest.raises(CheckFailed) as e:
        check_against(mipex_run.result, mipex, p)
    assert e.value.problems[0].startswith(f"{p}, line 2: unknown node 'zz'")


def test_duplicate_combination_keeps_one_value_per_key(mini, tmp_path):
    answers, _ = read_answers(_answers(tmp_path, BASE), mini)
    values, warnings = combine_duplicates(answers, "x")
    assert len(values) == 7 and warnings == []


def test_overall_variants_over_areas_or_their_indicators():
    leaves = Aggregation(rule="mean_of_leaves")
    fw = Framework(id="t", title="T", overall=[
        Overall(id="o", title="O", areas=["b"]),
        Overall(id="all", title="All", areas=["a", "b"]),
        Overall(id="flat", title="Flat", areas=["a", "b"], aggregation=leaves)], areas=[
        Area(id="a", title="A", indicators=[Indicator(id="i1", title="1"),
                                            Indicator(id="i3", title="3")]),
        Area(id="b", title="B", indicators=[Indicator(id="i2", title="2")])])
    res = score_values(fw, {("X", 2020, "i1"): 100.0, ("X", 2020, "i3"): 40.0,
                            ("X", 2020, "i2"): 20.0})
    assert res.value("X", 2020, "o") == 20
    assert res.value("X", 2020, "all") == pytest.approx((70 + 20) / 2)
    assert res.value("X", 2020, "flat") == pytest.approx((100 + 40 + 20) / 3)


def test_scores_resting_on_little_are_named_unless_a_minimum_coverage_is_asked(tmp_path, mini):
    # a researcher's trial 25: an overall score on 12 % of the framework read as any other
    p = _answers(tmp_path, "country,year,indicator,score\nBE,2019,acc1,100\n")
    [thin] = [w for w in score_answers(mini, p).warnings if "rest on less than" in w]
    assert thin.startswith("warning: ") and "BE 2019 " in thin and "--min-coverage 0.5" in thin
    assert not [w for w in score_answers(mini, p, min_coverage=0.2).warnings
                if "rest on less than" in w]
    full = _answers(tmp_path, BASE, "full.csv")
    assert not [w for w in score_answers(mini, full).warnings if "rest on less than" in w]
