"""The form national experts answer (a researcher's trial, session 43: nothing produced it, and
the answers file had to be built from the framework by a script): one row per country and
indicator with its question and levels, read back by `score` as it is filled."""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.framework.io import load_framework

runner = CliRunner()
FRAMEWORK = Path(__file__).parents[2] / "indicators" / "framework.yaml"


def test_a_filled_form_is_scored_and_an_empty_row_is_missing(tmp_path):
    form = tmp_path / "form.csv"
    r = runner.invoke(app, ["indicators", "questionnaire", str(form), "--country", "AT",
                            "--country", "GH", "--year", "2025", "-f", str(FRAMEWORK)])
    assert r.exit_code == 0, r.output
    fw = load_framework(FRAMEWORK)
    leaves = [i for i in fw.indicators() if not i.sub_indicators]
    rows = list(csv.DictReader(form.open(encoding="utf-8")))
    assert len(rows) == 2 * len(leaves)
    first = rows[0]
    assert (first["country"], first["year"], first["indicator"]) == ("AT", "2025", leaves[0].id)
    assert first["question"] == leaves[0].question and first["answer"] == ""
    assert "(100)" in first["levels"] and "(0)" in first["levels"]
    # AT answers every question by a level's label, GH only the first by its score
    labels = {i.id: fw.scale_of(i).levels[0].label for i in leaves}
    for row in rows:
        if row["country"] == "AT":
            row["answer"] = labels[row["indicator"]]
    next(x for x in rows if x["country"] == "GH")["answer"] = "0"
    with form.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    scored = runner.invoke(app, ["score", str(form), "-f", str(FRAMEWORK), "--format", "csv"])
    assert scored.exit_code == 0, scored.output
    got = {(x["country"], x["node"]): x for x in csv.DictReader(scored.stdout.splitlines())}
    top = fw.scale_of(leaves[0]).levels[0].score
    assert float(got[("AT", leaves[0].id)]["score"]) == top
    assert float(got[("GH", leaves[0].id)]["score"]) == 0
    assert got[("GH", leaves[1].id)]["score"] == ""            # unanswered: missing, not 0
    assert "left indicators unanswered" in scored.stderr


def test_the_workbook_form_has_an_answers_sheet_and_instructions(tmp_path):
    form = tmp_path / "form.xlsx"
    r = runner.invoke(app, ["indicators", "questionnaire", str(form), "--country", "AT",
                            "--year", "2025", "-f", str(FRAMEWORK)])
    assert r.exit_code == 0, r.output
    wb = load_workbook(form)
    assert wb.sheetnames == ["answers", "how to answer"]
    header = [c.value for c in wb["answers"][1]]
    assert header[:4] == ["country", "year", "area", "indicator"] and "answer" in header
    assert "counts as missing, not as 0" in wb["how to answer"]["A2"].value
    bad = runner.invoke(app, ["indicators", "questionnaire", str(tmp_path / "form.docx"),
                              "--country", "AT", "--year", "2025", "-f", str(FRAMEWORK)])
    assert bad.exit_code == 1 and "name a .csv or .xlsx file" in bad.stderr


def test_the_form_names_its_sources_offers_the_levels_and_needs_no_project(tmp_path):
    """An expert saw none of the instruments a question rests on, could type any answer in the
    workbook, and the form could not be written outside a project folder (trial 21)."""
    form = tmp_path / "form.xlsx"
    r = runner.invoke(app, ["indicators", "questionnaire", str(form), "--country", "AT",
                            "--year", "2025", "-f", str(FRAMEWORK), "--project", str(tmp_path)])
    assert r.exit_code == 0, r.output
    fw = load_framework(FRAMEWORK)
    first = next(i for i in fw.indicators() if not i.sub_indicators)
    ws = load_workbook(form)["answers"]
    header = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(header, ws[2])}
    src = next(s for s in first.sources if s.status != "stale")
    assert f"{src.document_title}, {src.locator}" in row["international sources"]
    from openpyxl.utils import get_column_letter
    cell = f"{get_column_letter(header.index('answer') + 1)}2"
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    offered = next(dv for dv in lists if cell in str(dv.sqref).split())
    labels = [lv.label for lv in sorted(fw.scale_of(first).levels, key=lambda lv: -lv.score)]
    assert offered.formula1 == '"' + ",".join(labels + ["n/a"]) + '"'
    assert ws[cell].value is None                   # offered, not filled in
