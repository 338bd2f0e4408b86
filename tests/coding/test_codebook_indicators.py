"""A codebook that lists its areas' indicators holds the codings to them. A researcher's trial
(session 45) renamed, merged and split indicator codes in such a codebook: the codings kept
the old ids, drafted indicators of their own, and `add`, `import`, `build --strict` and
`validate` said nothing; a typo'd id was imported without a word; an area changed by `edit`
kept an indicator of another area. Areas were already checked."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.annotations import add_annotation, indicator_problems
from corpus_tool.coding.files import load_annotations
from corpus_tool.errors import InputError

from tests.coding.conftest import rename_in_codebook, small_project

runner = CliRunner()
Q28 = "Make primary education compulsory and available free to all;"


@pytest.fixture()
def project_free(tmp_path):
    """A project whose codebook lists no indicators: the ids are the coders' own."""
    return small_project(tmp_path / "free")


def test_codings_left_on_an_indicator_the_codebook_renamed_are_named(listed_project):
    project = listed_project
    a = add_annotation(project, area="access", doc_id="un-crc-1989", quote=Q28,
                       indicator="acc-be-heard", coder="coder-a")
    assert indicator_problems(project, load_annotations(project)) == []
    rename_in_codebook(project, "acc-be-heard", "acc-participation")
    (problem,) = indicator_problems(project, load_annotations(project))
    assert problem.startswith("annotations/coder-a.jsonl, line 1: annotation " + a.id)
    assert "'acc-be-heard' is not in the codebook" in problem
    assert "the indicators of 'access' are: acc-free-primary, acc-participation" in problem
    assert f"annotations edit {a.id} --indicator" in problem
    rep = runner.invoke(app, ["build", "--only", "ingest", "--json", "-p",
                              str(project.root)])
    assert any("'acc-be-heard' is not in the codebook" in w["message"]
               for w in json.loads(rep.stdout)["warnings"]), rep.stdout


def test_add_import_and_edit_refuse_an_indicator_that_does_not_fit(listed_project):
    project = listed_project
    # an id the codebook does not list is unknown, not a misfit of the area (trial 29, P13)
    with pytest.raises(InputError, match="^unknown indicator 'acc-free-primry': 'acc-free-primry' "
                                         "is not in the codebook \\(did you mean "
                                         "'acc-free-primary'\\?\\)"):
        add_annotation(project, area="access", doc_id="un-crc-1989", quote=Q28,
                       indicator="acc-free-primry", coder="coder-a")
    csv_file = project.root / "codings.csv"
    csv_file.write_text("doc,quote,area,indicator\n"
                        f"un-crc-1989,\"{Q28}\",access,acc-free-primry\n"
                        f"un-crc-1989,\"{Q28}\",access,acc-free-primary\n", encoding="utf-8")
    res = runner.invoke(app, ["annotations", "import", str(csv_file), "--coder", "coder-b",
                              "-p", str(project.root)])
    assert "line 2: not imported: 'acc-free-primry' is not in the codebook" in res.output
    assert [a.indicator for a in load_annotations(project)] == ["acc-free-primary"]
    # an area changed without its indicator: the indicator is the other area's
    (a,) = load_annotations(project)
    res = runner.invoke(app, ["annotations", "edit", a.id, "--area", "outcomes", "--coder",
                              "coder-b", "-p", str(project.root)])
    assert res.exit_code == 1
    assert "the codebook lists 'acc-free-primary' under the area 'access'" in res.output
    assert [x.area for x in load_annotations(project)] == ["access"]       # nothing changed
    ok = runner.invoke(app, ["annotations", "edit", a.id, "--area", "outcomes", "--indicator",
                             "out-language-support", "--coder", "coder-b", "-p",
                             str(project.root)])
    assert ok.exit_code == 0, ok.output


def test_an_area_changed_without_its_indicator_is_named(project_free):
    """A coder moved a coding to another area and kept its indicator, which the other codings
    give the first area: the framework filed the coding under the other area without a word (a
    researcher's trial, session 45)."""
    from corpus_tool.coding.annotations import update_annotation
    a = add_annotation(project_free, area="access", doc_id="un-crc-1989", quote=Q28,
                       indicator="acc-free", coder="coder-a")
    add_annotation(project_free, area="access", doc_id="un-crc-1989",
                   quote="Make higher education accessible to all", indicator="acc-free",
                   coder="coder-a")
    assert indicator_problems(project_free, load_annotations(project_free)) == []
    update_annotation(project_free, a.id, area="outcomes")
    (problem,) = indicator_problems(project_free, load_annotations(project_free))
    assert f"annotation {a.id} is coded to the area 'outcomes', but 1 other coding(s) of the " \
           "indicator 'acc-free' to 'access'" in problem


def test_an_indicator_id_one_slip_from_a_common_one_is_named_by_the_build(project_free):
    """Where the codebook lists no indicators, an id one coding uses, one slip from an id
    several use, is named (a researcher's trial, session 43: 'acc-dismisal-pregnancy')."""
    for quote in (Q28, "Make higher education accessible to all"):
        add_annotation(project_free, area="access", doc_id="un-crc-1989", quote=quote,
                       indicator="acc-free-primary", coder="coder-a")
    slip = add_annotation(project_free, area="access", doc_id="un-crc-1989",
                          quote="Encourage the development of different forms of secondary "
                                "education", indicator="acc-free-primry", coder="coder-a")
    (problem,) = indicator_problems(project_free, load_annotations(project_free))
    assert f"annotation {slip.id} has the indicator id 'acc-free-primry'" in problem
    assert "did you mean 'acc-free-primary'?" in problem
