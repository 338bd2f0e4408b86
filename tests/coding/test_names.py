"""Names and ids are checked wherever they enter: a control or invisible character in a coder
name, or an indicator id that is not an id, is refused by the CLI and the web API with a clear
message; one already on disk (an annotation line, the framework file) is reported as bad input
naming the file and line, and `provenance --format xlsx` / `build` say so instead of crashing."""
from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from corpus_tool.cli import app
from tests.web.conftest import TOKEN, UDHR, annotation_records, build_project

QUOTE = "Everyone has the right to life, liberty and security of person."
MINI = "tests/data/framework/education-mini.yaml"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return build_project(tmp_path_factory.mktemp("names") / "proj")


def cli(project, *args: str):
    return CliRunner().invoke(app, [*args, "--project", str(project.root)])


@pytest.mark.parametrize("coder, shown", [("ann\x07", "U+0007"), ("a\u202eb", "U+202E"),
                                          ("line\nbreak", "U+000A"), ("\u200b", "U+200B")])
def test_the_cli_refuses_a_coder_name_with_a_control_character(project, coder, shown):
    before = annotation_records(project)
    result = cli(project, "annotations", "add", "--doc", UDHR, "--quote", QUOTE, "--area",
                 "access", "--coder", coder)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: the coder name {coder!r} holds a control or "
                                    f"invisible character ({shown})")
    assert annotation_records(project) == before


@pytest.mark.parametrize("indicator", ["acc free", "acc\tfree", "x/../y", "-lead", "é-id"])
def test_the_cli_refuses_an_indicator_id_that_is_not_an_id(project, indicator):
    result = cli(project, "annotations", "add", "--doc", UDHR, "--quote", QUOTE, "--area",
                 "access", "--indicator", indicator, "--coder", "ann")
    assert result.exit_code == 1 and f"Error: bad indicator id {indicator!r}" in result.output


@pytest.fixture(scope="module")
def client(project):
    from corpus_tool.web.app import build_app
    from corpus_tool.web.workbench import Workbench
    wb = Workbench(project=project, port=8765, token=TOKEN, backend="hash")
    return TestClient(build_app(wb), base_url="http://127.0.0.1:8765",
                      headers={"X-Corpus-Token": TOKEN})


@pytest.mark.parametrize("field, value, message", [
    ("coder", "web\x1bcoder", "`coder` holds a control character (U+001B)"),
    ("coder", "a\u202eb", "the coder name 'a\\u202eb' holds a control or invisible character"),
    ("indicator", "acc\nfree", "bad indicator id 'acc\\nfree' (it holds U+000A)"),
    ("indicator", "acc free", "bad indicator id 'acc free'"),
    ("memo", "bell\x07", "`memo` holds a control character (U+0007)"),
])
def test_the_web_api_refuses_them_and_writes_nothing(project, client, field, value, message):
    before = annotation_records(project)
    body = {"doc": UDHR, "quote": QUOTE, "area": "access", "coder": "web", field: value}
    r = client.post("/api/annotations", json=body)
    assert r.status_code == 400 and message in r.json()["error"], r.text
    assert annotation_records(project) == before


def test_a_bad_name_on_disk_is_reported_with_file_and_line(project):
    from corpus_tool.coding import add_annotation, annotation_to_record, read_annotations
    ann = add_annotation(project, doc_id=UDHR, quote=QUOTE, area="access", coder="disk")
    path = project.annotations_dir / "disk.jsonl"
    rec = annotation_to_record(ann)
    rec["creator"] = "disk\x07"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    try:
        found = read_annotations(project)
        assert ann.id not in {a.id for a in found.annotations}
        assert found.problems == ["annotations/disk.jsonl, line 1: the coder name 'disk\\x07' "
                                  "holds a control or invisible character (U+0007) (use "
                                  "letters, digits, spaces and punctuation)"]
    finally:
        path.unlink()


@pytest.fixture
def bad_framework(project, repo_root):
    """The test framework with the control character of a web-typed coder name in a source."""
    text = (repo_root / MINI).read_text(encoding="utf-8")
    assert "          by: researcher\n" in text
    path = project.indicators_dir / "framework.yaml"
    path.write_text(text.replace("          by: researcher\n", '          by: "resear\\acher"\n',
                                 1), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index('          by: "resear\\acher"') + 1
    yield path, line
    path.unlink()


def test_provenance_xlsx_reports_a_control_character_in_the_framework(project, bad_framework):
    path, line = bad_framework
    result = cli(project, "provenance", "--format", "xlsx")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"Error: {path}, line {line}: " in result.output
    assert "'resear\\x07cher' holds a control character (U+0007)" in result.output
    assert not list((project.build_dir / "provenance").glob("*.xlsx")) \
        if (project.build_dir / "provenance").exists() else True


def test_build_reports_it_as_bad_input(project, bad_framework):
    path, line = bad_framework
    result = cli(project, "build", "--only", "provenance", "--backend", "hash")
    assert result.exit_code == 1 and "Traceback" not in result.output
    out = " ".join(result.output.split())
    assert "provenance failed" in out and f"line {line}" in out and "U+0007" in out
