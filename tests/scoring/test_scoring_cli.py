"""`corpus-tool score`: JSON/CSV/XLSX/HTML outputs, exit codes and `Error:` messages."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app

DATA = Path(__file__).parent.parent / "data"
MINI = DATA / "framework" / "education-mini.yaml"
MIPEX_FW = Path(__file__).parent.parent.parent / "indicators" / "mipex-2020.yaml"
MIPEX_ANSWERS = DATA / "mipex" / "answers_2007_2019.csv"
MIPEX_PUBLISHED = DATA / "mipex" / "published_aggregates_2007_2019.csv"

ANSWERS = """country,year,indicator,score
BE,2019,acc1,100
BE,2019,acc2,67
BE,2019,acc3,0
BE,2019,tar1a,100
BE,2019,tar1b,50
BE,2019,tar2a,0
BE,2019,tar2b,100
NL,2019,acc1,50
NL,2019,acc2,100
NL,2019,acc3,50
NL,2019,tar3,0
FR,2019,acc1,0
FR,2019,tar3,100
"""


def run(*args: str):
    return CliRunner().invoke(app, ["score", *map(str, args)])


@pytest.fixture()
def answers(tmp_path) -> Path:
    p = tmp_path / "answers.csv"
    p.write_text(ANSWERS, encoding="utf-8")
    return p


def test_json_has_every_node_for_every_country_year(answers):
    r = run(answers, "--framework", MINI, "--json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert list(doc) == ["scores", "answers"]
    rows = doc["scores"]
    assert set(rows[0]) == {"country", "year", "node", "level", "score", "coverage"}
    assert len(rows) == 3 * 16                      # 3 countries x 16 nodes
    nl = {x["node"]: x for x in rows if x["country"] == "NL"}
    assert nl["access"]["score"] == pytest.approx(200 / 3)
    assert nl["targeting"]["score"] == 0 and nl["targeting"]["coverage"] == pytest.approx(1 / 3)
    assert nl["tar1"]["score"] is None


def test_a_score_is_traced_to_its_answers_expert_source_and_comment(tmp_path):
    """No output kept the expert, the national source or the comment (trial 21): a country's
    score could not be traced back to what it rests on. JSON and XLSX give every answer scored
    with them and its place in the file; two experts for one indicator are both there."""
    path = tmp_path / "answers.csv"
    path.write_text("country,year,indicator,score,expert,source,comment\n"
                    "BE,2019,acc1,100,A. Peeters,Decree of 25 June 1997 art. 3,\n"
                    "BE,2019,acc1,50,B. Janssens,Decree art. 3,only in Flanders\n", encoding="utf-8")
    doc = json.loads(run(path, "-f", MINI, "--json").stdout)
    assert doc["answers"] == [
        {"country": "BE", "year": 2019, "indicator": "acc1", "score": 100.0,
         "expert": "A. Peeters", "comment": "", "source": "Decree of 25 June 1997 art. 3",
         "line": 2, "file": "answers.csv"},
        {"country": "BE", "year": 2019, "indicator": "acc1", "score": 50.0,
         "expert": "B. Janssens", "comment": "only in Flanders", "source": "Decree art. 3",
         "line": 3, "file": "answers.csv"}]
    out = tmp_path / "scores.xlsx"
    assert run(path, "-f", MINI, "--format", "xlsx", "--out", out).exit_code == 0
    from openpyxl import load_workbook
    ws = load_workbook(out)["answers"]
    assert [c.value for c in ws[1]] == ["country", "year", "indicator", "score", "expert",
                                        "source", "comment", "file", "line"]
    assert [c.value for c in ws[3]][4:7] == ["B. Janssens", "Decree art. 3", "only in Flanders"]
    page = tmp_path / "scores.html"
    assert run(path, "-f", MINI, "--format", "html", "--out", page, "--duplicates",
               "mean").exit_code == 0
    html = page.read_text(encoding="utf-8")
    answers = html[html.index('id="answers"'):]
    assert "BE: 2 answers by A. Peeters, B. Janssens" in answers
    assert re.search(r"<td>75\.0</td><td>partial \(50\)</td><td>B\. Janssens</td><td>Decree art\. 3"
                     r"</td><td>only in Flanders</td><td class=\"muted\">answers\.csv:3</td>",
                     answers), answers[:3000]


def test_csv_to_stdout_and_xlsx_to_file(answers, tmp_path):
    r = run(answers, "-f", MINI, "--format", "csv")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0].keys() == {"country", "year", "node", "level", "score", "coverage"}
    assert {x["country"] for x in rows} == {"BE", "FR", "NL"}
    out = tmp_path / "scores.xlsx"
    r = run(answers, "-f", MINI, "--format", "xlsx", "--out", out)
    assert r.exit_code == 0, r.output
    from openpyxl import load_workbook
    wb = load_workbook(out)
    assert wb.sheetnames == ["scores", "overview", "answers"]
    assert wb["scores"].max_row == 1 + 3 * 16
    assert [c.value for c in wb["overview"][1]][:4] == ["country", "year", "overall",
                                                        "overall_weighted"]
    ws = wb["scores"]
    for row in ws.iter_rows(min_row=2):
        country, year, _, _, score, coverage = (c.value for c in row)
        assert isinstance(year, int) and isinstance(coverage, (int, float))
        assert score is None or isinstance(score, (int, float))
    assert ws.freeze_panes == "A2" and wb["overview"].freeze_panes == "A2"
    again = tmp_path / "again.xlsx"
    assert run(answers, "-f", MINI, "--format", "xlsx", "--out", again).exit_code == 0
    assert again.read_bytes() == out.read_bytes()           # no time stamps inside


def test_html_report_is_self_contained(answers, tmp_path):
    out = tmp_path / "scores.html"
    r = run(answers, "-f", MINI, "--format", "html", "--out", out, "--sensitivity", "50")
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and not re.search(r'(src|href)="https?:', html)
    assert html.count("<svg") >= 2 + 3 + 1          # bars per area, radar per country, ranks
    assert "Rank table, 2019" in html and "Sensitivity of the ranks" in html
    assert "targeting: Targeting needs" in html and ">BE<" in html


def test_human_output_names_the_year_and_counts(answers):
    r = run(answers, "-f", MINI)
    assert r.exit_code == 0
    assert "education-mini: overall and area scores, 2019" in r.stdout
    assert "3 country-years, 13 answers" in r.stdout


def test_sensitivity_json_is_reproducible(answers):
    a = run(answers, "-f", MINI, "--json", "--sensitivity", "200", "--seed", "5")
    b = run(answers, "-f", MINI, "--json", "--sensitivity", "200", "--seed", "5")
    assert a.exit_code == b.exit_code == 0
    da, db = json.loads(a.stdout), json.loads(b.stdout)
    assert da["sensitivity"] == db["sensitivity"]
    assert da["sensitivity"]["target"] == "overall"
    assert {r["country"] for r in da["sensitivity"]["countries"]} == {"BE", "NL", "FR"}


# --- bad input ------------------------------------------------------------------------------------

def test_unknown_indicator_exits_1_with_file_and_line(answers):
    answers.write_text(ANSWERS + "BE,2019,acc7,50\n", encoding="utf-8")
    r = run(answers, "-f", MINI, "--json")
    assert r.exit_code == 1
    assert r.stdout == ""
    assert f"{answers}, line 15: unknown indicator 'acc7'" in r.stderr
    assert "Error: 1 bad row(s)" in r.stderr


def test_between_levels_warns_and_strict_refuses(answers):
    answers.write_text(ANSWERS.replace("NL,2019,acc1,50", "NL,2019,acc1,40"), encoding="utf-8")
    r = run(answers, "-f", MINI, "--json")
    assert r.exit_code == 0
    assert f"warning: {answers}, line 9: score 40 for NL 2019 acc1 lies between" in r.stderr
    json.loads(r.stdout)                           # stdout stays one JSON document
    r = run(answers, "-f", MINI, "--strict")
    assert r.exit_code == 1 and f"{answers}, line 9: score 40" in r.stderr


def test_conflicting_duplicates(answers):
    answers.write_text(ANSWERS + "FR,2019,acc1,100\n", encoding="utf-8")
    r = run(answers, "-f", MINI, "--json")
    assert r.exit_code == 0 and "lines 13, 15" in r.stderr and "left unanswered" in r.stderr
    assert not [x for x in json.loads(r.stdout)["scores"] if x["country"] == "FR"
                and x["node"] == "acc1" and x["score"] is not None]
    r = run(answers, "-f", MINI, "--duplicates", "mean")
    assert r.exit_code == 0 and "averaged to 50" in r.stderr
    assert run(answers, "-f", MINI, "--strict").exit_code == 1
    assert run(answers, "-f", MINI, "--duplicates", "error").exit_code == 1


def test_framework_whose_lookup_misses_a_combination(answers, tmp_path):
    text = MINI.read_text(encoding="utf-8").replace(
        "      - when:\n          tar2a: 0\n          tar2b: 100\n        score: 67\n", "")
    bad = tmp_path / "fw.yaml"
    bad.write_text(text, encoding="utf-8")
    r = run(answers, "-f", bad)
    assert r.exit_code == 1
    assert re.search(rf"Error: {re.escape(str(bad))}, line \d+: areas -> 1 \(targeting\) -> indicators -> 1 \(tar2\) "
                     r"-> aggregation -> table: lookup table does not cover 1 combination",
                     r.stderr)
    assert "tar2a=0, tar2b=100" in r.stderr and "add a row" in r.stderr


@pytest.mark.parametrize("args,message", [
    (["--format", "xlsx"], "--format xlsx needs --out FILE"),
    (["--format", "pdf"], "unknown format 'pdf'"),
    (["--min-coverage", "2"], "not between 0 and 1"),
    (["--sensitivity", "10", "--target", "nope"], "unknown target 'nope'"),
])
def test_bad_options_exit_1(answers, args, message):
    r = run(answers, "-f", MINI, *args)
    assert r.exit_code == 1 and message in r.stderr


def test_missing_answers_file(tmp_path):
    r = run(tmp_path / "nope.csv", "-f", MINI)
    assert r.exit_code == 1 and "nope.csv: answers file not found" in r.stderr


# --- MIPEX through the CLI ------------------------------------------------------------------------

def test_mipex_check_against_published_passes():
    r = run(MIPEX_ANSWERS, "-f", MIPEX_FW, "--check-against", MIPEX_PUBLISHED, "--json")
    assert r.exit_code == 0, r.stderr[-2000:]
    check = json.loads(r.stdout)["check"]
    assert check["differences"] == [] and check["compared"] == check["matching"] > 5000


def test_mipex_check_against_a_changed_file_fails_listing_it(tmp_path):
    text = MIPEX_PUBLISHED.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = text[1].rstrip("\n").split(",")
    i = next(i for i, line in enumerate(text) if line.startswith("FI,2019,"))
    cells = text[i].rstrip("\n").split(",")
    cells[3] = "1.0"                                   # overall_without_health
    text[i] = ",".join(cells) + "\n"
    p = tmp_path / "published.csv"
    p.write_text("".join(text), encoding="utf-8")
    r = run(MIPEX_ANSWERS, "-f", MIPEX_FW, "--check-against", p)
    assert r.exit_code == 1
    assert f"{p}, line {i + 1}: FI 2019 overall_without_health: published 1, computed 87." \
        in r.stderr
    assert "Error: 1 score(s) differ" in r.stderr


def test_framework_defaults_to_the_projects(answers, tmp_path):
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "study")
    r = run(answers, "--project", project.root)
    assert r.exit_code == 1 and "framework.yaml: framework file not found" in r.stderr
    (project.indicators_dir / "framework.yaml").write_text(MINI.read_text(encoding="utf-8"),
                                                           encoding="utf-8")
    r = run(answers, "--project", project.root, "--json")
    assert r.exit_code == 0, r.stderr
    assert len(json.loads(r.stdout)["scores"]) == 3 * 16


def test_a_flood_of_warnings_is_capped(tmp_path):
    rows = ["country,year,indicator,score"] + [f"C{i},2019,acc1,40" for i in range(60)]
    p = tmp_path / "many.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = run(p, "-f", MINI, "--json")
    assert r.exit_code == 0
    # first what the answers leave out (every indicator but acc1: nobody answered them), then
    # the rows' own warnings up to 50 lines in all
    assert r.stderr.index("no country answered") < r.stderr.index("lies between the levels")
    assert r.stderr.count("lies between the levels") == 48     # after the scores on little
    assert "… and 12 more warning(s) (62 in all" in r.stderr


def test_terminal_table_shows_coverage_and_marks_scores_under_min_coverage(answers, tmp_path):
    r = CliRunner().invoke(app, ["score", str(answers), "-f", str(MINI)], env={"COLUMNS": "100"})
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert "coverage" in "".join(lines[:4])
    fr = next(x for x in lines if " FR " in f" {x} ")
    assert "33%" in fr and "*" not in fr                  # shown, not marked without a minimum
    report = tmp_path / "r.html"
    r = CliRunner().invoke(app, ["score", str(answers), "-f", str(MINI), "--min-coverage", "0.5",
                                 "--report", str(report)], env={"COLUMNS": "100"})
    assert r.exit_code == 0, r.output
    rows = {x.split()[0]: x for x in r.stdout.splitlines() if x.split()[:1] in (["BE"], ["FR"],
                                                                                 ["NL"])}
    assert rows["FR"].count("*") == 4                     # every FR score rests on 33 %
    assert rows["NL"].count("*") == 1                     # targeting only (33 %)
    assert "*" not in rows["BE"]
    assert "rest on less than --min-coverage 50%" in r.stdout
    html = report.read_text(encoding="utf-8")
    assert html.count('class="low-cov"') == 5
    assert 'title="coverage 33%, under the minimum 50%"' in html


def test_format_json_to_a_file_writes_what_json_prints(answers, tmp_path):
    out = tmp_path / "scores.json"
    r = run(answers, "--framework", MINI, "--format", "json", "--out", out)
    assert r.exit_code == 0, r.output
    assert f"Wrote 48 scores to {out}" in r.stderr
    printed = run(answers, "--framework", MINI, "--json")
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(printed.stdout)


def test_dirichlet_sensitivity_is_reported_with_its_method_and_differs_from_uniform():
    args = [MIPEX_ANSWERS, "-f", MIPEX_FW, "--sensitivity", "20", "--seed", "2", "--json"]
    dirichlet = json.loads(run(*args, "--perturb", "dirichlet").stdout)["sensitivity"]
    uniform = json.loads(run(*args).stdout)["sensitivity"]
    assert dirichlet["method"] == "dirichlet" and uniform["method"] == "uniform"
    assert dirichlet["samples"] == 20 and dirichlet["target"] == "overall_without_health"
    spread = {(c["country"], c["year"]): (c["score_p05"], c["score_p95"])
              for c in dirichlet["countries"]}
    assert spread != {(c["country"], c["year"]): (c["score_p05"], c["score_p95"])
                      for c in uniform["countries"]}
    assert all(lo <= hi for lo, hi in spread.values())


def test_unknown_perturbation_exits_1_naming_the_choices():
    r = run(MIPEX_ANSWERS, "-f", MIPEX_FW, "--sensitivity", "5", "--perturb", "wobbly")
    assert r.exit_code == 1
    assert "Error: unknown perturbation 'wobbly' (use uniform or dirichlet)" in r.stderr


def test_human_output_shows_the_sensitivity_table_of_the_latest_full_year():
    r = run(MIPEX_ANSWERS, "-f", MIPEX_FW, "--sensitivity", "10", "--seed", "1")
    assert r.exit_code == 0, r.output
    assert re.search(r"Sensitivity of overall_without_health ranks, 2019 \(10 samples, "
                     r"seed 1\)", r.stdout)
    assert "leave-one-out" in r.stdout and "geometric" in r.stdout


def test_a_difference_within_the_tolerance_counts_as_equal(tmp_path):
    text = MIPEX_PUBLISHED.read_text(encoding="utf-8").splitlines(keepends=True)
    i = next(i for i, line in enumerate(text) if line.startswith("FI,2019,"))
    cells = text[i].rstrip("\n").split(",")
    cells[3] = f"{float(cells[3]) + 0.5:.4f}"         # half a point off
    text[i] = ",".join(cells) + "\n"
    p = tmp_path / "published.csv"
    p.write_text("".join(text), encoding="utf-8")
    assert run(MIPEX_ANSWERS, "-f", MIPEX_FW, "--check-against", p).exit_code == 1
    r = run(MIPEX_ANSWERS, "-f", MIPEX_FW, "--check-against", p, "--tolerance", "0.6",
            "--json")
    assert r.exit_code == 0, r.stderr
    check = json.loads(r.stdout)["check"]
    assert check["differences"] == [] and check["tolerance"] == 0.6
