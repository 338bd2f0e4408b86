"""`annotations recode`: a code renamed or merged in the codebook moves every coding at once (a
researcher's trial, session 45: 17, 6 and 15 `annotations edit` calls, one per coding, after
an area rename, an indicator rename and a merge)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.annotations import add_annotation, indicator_problems
from corpus_tool.coding.files import load_annotations

from tests.coding.conftest import rename_in_codebook

Q28 = "Make primary education compulsory and available free to all;"

runner = CliRunner()


def run(project, *args):
    return runner.invoke(app, ["annotations", "recode", *args, "-p", str(project.root)])


def test_a_renamed_indicator_moves_every_coding(listed_project):
    project = listed_project
    a = add_annotation(project, area="access", doc_id="un-crc-1989", quote=Q28,
                       indicator="acc-be-heard", coder="coder-a", memo="kept")
    b = add_annotation(project, area="access", doc_id="un-crc-1989", quote=Q28,
                       indicator="acc-be-heard", coder="coder-b")
    rename_in_codebook(project, "acc-be-heard", "acc-participation")
    assert len(indicator_problems(project, load_annotations(project))) == 2
    dry = run(project, "--indicator", "acc-be-heard", "--to", "acc-participation", "--dry-run",
              "--json")
    assert json.loads(dry.stdout)["annotations"] == sorted([a.id, b.id])
    assert {x.indicator for x in load_annotations(project)} == {"acc-be-heard"}  # nothing yet
    res = run(project, "--indicator", "acc-be-heard", "--to", "acc-participation")
    assert res.exit_code == 0, res.output
    assert "Moved 2 coding(s) from indicator acc-be-heard to acc-participation" in res.stdout
    after = {x.id: x for x in load_annotations(project)}
    assert {x.indicator for x in after.values()} == {"acc-participation"}
    assert after[a.id].memo == "kept" and after[a.id].creator == "coder-a"
    assert indicator_problems(project, list(after.values())) == []


def test_a_recode_that_does_not_fit_the_codebook_changes_nothing(listed_project):
    project = listed_project
    add_annotation(project, area="access", doc_id="un-crc-1989", quote=Q28,
                   indicator="acc-free-primary", coder="coder-a")
    res = run(project, "--indicator", "acc-free-primary", "--to", "out-language-support")
    assert res.exit_code == 1
    assert "the codebook lists 'out-language-support' under the area 'outcomes'" in res.output
    assert [x.indicator for x in load_annotations(project)] == ["acc-free-primary"]
    missing = run(project, "--area", "nowhere", "--to", "access")
    assert missing.exit_code == 1 and "no coding has the area 'nowhere'" in missing.output
    moved = run(project, "--area", "access", "--to", "outcomes")   # its indicator is access's
    assert moved.exit_code == 1 and [x.area for x in load_annotations(project)] == ["access"]


@pytest.mark.parametrize("args", [["--to", "x"], ["--area", "a", "--indicator", "b", "--to", "x"]])
def test_recode_names_one_kind_of_code(listed_project, args):
    res = run(listed_project, *args)
    assert res.exit_code == 1 and "--area or with --indicator" in res.output
