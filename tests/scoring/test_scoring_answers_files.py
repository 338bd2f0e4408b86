"""Answers files that would lose answers without a word are refused with file, row and fix: an
XLSX formula cell without a saved value, a CSV row shorter (or longer) than its header, and a
file separated by bars (semicolons and tabs are read as commas are)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.framework import load_framework
from corpus_tool.scoring import read_answers

MINI = Path(__file__).resolve().parents[1] / "data" / "framework" / "education-mini.yaml"
HEADER = ["country", "year", "indicator", "score", "expert"]


@pytest.fixture(scope="module")
def mini():
    return load_framework(MINI)


def write_xlsx(path: Path, rows: list[list]) -> Path:
    """A workbook as a program that does not compute formulas writes it (openpyxl stores the
    formula and no value)."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "answers"
    for row in [HEADER, *rows]:
        ws.append(row)
    wb.save(path)
    return path


def test_a_formula_cell_without_a_saved_value_is_refused(tmp_path, mini):
    path = write_xlsx(tmp_path / "answers.xlsx", [["BE", 2019, "acc1", 100, "A"],
                                                  ["BE", 2019, "acc2", "=50+50", "A"],
                                                  ["BE", 2019, "acc3", 0, "A"]])
    with pytest.raises(CheckFailed) as e:
        read_answers(path, mini)
    assert e.value.problems == [
        f"{path}, line 3: cell D3 holds the formula =50+50 without a computed value (open the "
        "workbook in a spreadsheet program and save it (to store the values), or type the "
        "values instead of formulas)"]


def test_plain_values_in_a_workbook_are_read(tmp_path, mini):
    path = write_xlsx(tmp_path / "answers.xlsx", [["BE", 2019, "acc1", 100, "A"],
                                                  ["BE", 2019, "acc2", 50, "A"]])
    answers, _ = read_answers(path, mini)
    assert [(a.indicator, a.score, a.line) for a in answers] == [("acc1", 100, 2), ("acc2", 50, 3)]


def test_a_short_csv_row_is_refused_with_its_line(tmp_path, mini):
    path = tmp_path / "answers.csv"
    path.write_text("country,year,indicator,score,expert\nBE,2019,acc1,100,A\n"
                    "BE,2019,acc2\nBE,2019,acc3,0,A,extra\n", encoding="utf-8")
    with pytest.raises(CheckFailed) as e:
        read_answers(path, mini)
    assert e.value.problems == [
        f"{path}, line 3: short row: 3 field(s), the header has 5 (fill in every column "
        "(leave a cell empty with two commas: ,,))",
        f"{path}, line 4: long row: 6 fields, the header has 5 (quote values that contain "
        "commas with double quotes)"]


def test_a_quote_left_open_is_refused_at_its_line(tmp_path, mini):
    path = tmp_path / "answers.csv"
    path.write_text("country,year,indicator,score,comment\nBE,2019,acc1,100,\"only in Flanders\n"
                    "BE,2019,acc2,50,\"in all regions\"\n", encoding="utf-8")
    with pytest.raises(CheckFailed) as e:
        read_answers(path, mini)
    assert e.value.problems == [
        f"{path}, line 2: a double quote opened on this line is not closed, so the cell runs on "
        "and takes line 3 as its text: close the quote (line 3 was not read "
        "either)"]


def test_a_semicolon_or_tab_separated_file_is_read_and_a_barred_one_refused(tmp_path, mini):
    """A spreadsheet in a European locale saves semicolons; such a file was refused whole
    (trial 21), though the annotations' CSV reads them. Bars are still refused."""
    path = tmp_path / "answers.csv"
    for sep in (";", "\t"):
        path.write_text(sep.join(HEADER) + "\n" + sep.join(["BE", "2019", "acc1", "100", "A"])
                        + "\n" + sep.join(["BE", "2019", "acc2", "50,0", "B"]) + "\n",
                        encoding="utf-8")
        answers, _ = read_answers(path, mini)
        assert [(a.indicator, a.score, a.expert) for a in answers] == [("acc1", 100, "A"),
                                                                        ("acc2", 50, "B")]
    path.write_text("country|year|indicator|score\nBE|2019|acc1|100\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_answers(path, mini)
    assert e.value.line == 1 and "separated by bars" in e.value.message


def test_the_score_command_prints_each_problem_and_exits_1(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("country,year,indicator,score\nBE,2019,acc1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(path), "--framework", str(MINI),
                                      "--project", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{path}, line 2: short row: 3 field(s), the header has 4" in result.output
    assert "nothing was scored" in result.output
