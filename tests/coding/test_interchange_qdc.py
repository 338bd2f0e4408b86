"""`import qdc`: a codebook made elsewhere (Taguette exports one) merges into
annotations/codebook.yaml: new codes become areas appended at the end of the list, existing
areas, their definitions and every comment of the file stay as they were."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corpus_tool.codebook import load_codebook
from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.project import init_project
from corpus_tool.coding.qdc_merge import import_qdc

runner = CliRunner()

TAGUETTE = """<?xml version='1.0' encoding='utf-8'?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
  <Codes>
    <Code guid="6e5a4bd0-6c4e-4a8f-8f64-1a2b3c4d5e6f" name="equality of access" isCodable="true"
          color="#7fb4e5"><Description>Getting in.</Description></Code>
    <Code guid="9b3c1f7e-2d4a-4c6b-9e8f-0a1b2c3d4e5f" name="Teacher views" isCodable="true"
          color="#e57f7f"><Description>What teachers say about
      migrant pupils.</Description></Code>
    <Code guid="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" name="Parental involvement" isCodable="true">
      <Code guid="2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" name="Parents' evenings" isCodable="true"/>
    </Code>
    <Code guid="3c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" name="Intercultural education for all"
          isCodable="true"/>
  </Codes>
</CodeBook>
"""


@pytest.fixture()
def project(tmp_path):
    return init_project(tmp_path / "p")


def test_qdc_merges_new_areas_and_keeps_everything_written(project, tmp_path):
    f = tmp_path / "taguette.qdc"
    f.write_text(TAGUETTE, encoding="utf-8")
    before = project.codebook_path.read_text("utf-8")
    r = import_qdc(project, f)
    assert r.added == ["teacher-views", "parental-involvement"]
    assert r.kept_definition == ["access"] and r.unchanged == ["intercultural"]
    assert r.sub_codes == ["Parental involvement / Parents' evenings"] and r.written
    after = project.codebook_path.read_text("utf-8")
    assert after.startswith(before.rstrip("\n") + "\n")
    areas = load_codebook(project)
    assert [a.id for a in areas][-2:] == ["teacher-views", "parental-involvement"]
    assert areas[-2].definition == "What teachers say about migrant pupils."
    assert areas[-1].definition.startswith("(imported from taguette.qdc without a definition")
    assert areas[0].definition.startswith("Whether migrant children")
    again = import_qdc(project, f)
    assert again.added == [] and not again.written
    assert project.codebook_path.read_text("utf-8") == after


def test_areas_before_other_keys_and_comments_survive(project, tmp_path):
    project.codebook_path.write_text(
        "# our codebook\nversion: 1\nareas:\n  # the one area so far\n"
        "  - id: access\n    name: Access\n    definition: Getting in.  # short\n\n"
        "# closing remark\ntitle: Pilot\n", encoding="utf-8")
    f = tmp_path / "taguette.qdc"
    f.write_text(TAGUETTE, encoding="utf-8")
    dry = import_qdc(project, f, dry_run=True)
    assert dry.added == ["equality-of-access", "teacher-views", "parental-involvement",
                         "intercultural-education-for-all"] and not dry.written
    r = import_qdc(project, f)
    text = project.codebook_path.read_text("utf-8")
    assert text.startswith("# our codebook\nversion: 1\nareas:\n  # the one area so far\n"
                           "  - id: access\n    name: Access\n    definition: Getting in.  # short\n"
                           "  - id: equality-of-access\n")
    assert text.endswith("\n\n# closing remark\ntitle: Pilot\n")
    assert [a.id for a in load_codebook(project)] == ["access", *r.added]


def test_a_project_file_is_not_a_codebook(project, tmp_path):
    f = tmp_path / "x.qdc"
    f.write_text('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', encoding="utf-8")
    with pytest.raises(InputError, match=r"x.qdc, line 1: the root element is <Project>"):
        import_qdc(project, f)
    f.write_text("<CodeBook><Codes><Code name='a'></Codes></CodeBook>", encoding="utf-8")
    with pytest.raises(InputError, match=r"x.qdc, line 1: malformed XML \(mismatched tag"):
        import_qdc(project, f)


def test_cli_export_qdc_then_import_it_elsewhere(project, tmp_path):
    out = tmp_path / "codebook.qdc"
    res = runner.invoke(app, ["export", "qdc", "-o", str(out), "--project", str(project.root)])
    assert res.exit_code == 0, res.output
    assert "Wrote" in res.stdout and out.read_bytes().startswith(b"<?xml")
    other = init_project(tmp_path / "other")
    res = runner.invoke(app, ["import", "qdc", str(out), "--json", "--project",
                              str(other.root)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["added"] == [] and len(data["unchanged"]) == 4 and not data["written"]
