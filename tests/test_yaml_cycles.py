"""A YAML alias used inside its own anchor makes a cyclic document. Every reader of a framework
(or codebook) refuses it with one line naming the file, the alias's line and the fix — no
RecursionError, no 2,000-line traceback."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app

CYCLIC = """\
id: cyclic
title: A framework whose area contains itself
scale:
  levels:
  - {score: 100, label: high, description: Full access.}
  - {score: 0, label: low, description: No access.}
areas:
- &area
  id: access
  title: Access to education
  indicators:
  - id: acc-free
    title: Free primary education
  - *area
"""
ALIAS_LINE = CYCLIC.splitlines().index("  - *area") + 1


@pytest.fixture
def project(tmp_path):
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "proj")
    (project.indicators_dir / "framework.yaml").write_text(CYCLIC, encoding="utf-8")
    return project


def expected(path: str) -> str:
    return (f"Error: {path}, line {ALIAS_LINE}: the YAML alias *area refers to a node that "
            "contains it (a cycle) (write the content out instead of the alias *area)")


def test_indicators_validate_refuses_a_cyclic_framework_in_one_line(project):
    result = CliRunner().invoke(app, ["indicators", "validate", "--project", str(project.root)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output[:2000]
    assert lines[0] == expected(str(project.indicators_dir / "framework.yaml"))
    assert "Recursion" not in result.output


@pytest.mark.parametrize("args", [["provenance"], ["provenance", "--format", "xlsx"],
                                  ["indicators", "list"]])
def test_every_framework_command_refuses_it(project, args):
    result = CliRunner().invoke(app, [*args, "--project", str(project.root)])
    assert result.exit_code == 1 and "Recursion" not in result.output
    assert expected(str(project.indicators_dir / "framework.yaml")) in result.output


def test_score_refuses_a_cyclic_framework(project, tmp_path):
    answers = tmp_path / "answers.csv"
    answers.write_text("country,year,indicator,score\nNL,2020,acc-free,100\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(answers), "--framework",
                                      str(project.indicators_dir / "framework.yaml"),
                                      "--project", str(project.root)])
    assert result.exit_code == 1 and "Recursion" not in result.output
    assert "the YAML alias *area refers to a node that contains it" in result.output


def test_library_readers_raise_input_error(project):
    from corpus_tool.errors import InputError
    from corpus_tool.framework import load_framework
    from corpus_tool.formats import load_yaml
    path = project.indicators_dir / "framework.yaml"
    for reader in (load_framework, load_yaml):
        with pytest.raises(InputError) as e:
            reader(path)
        assert e.value.line == ALIAS_LINE and "*area" in e.value.message


def test_a_cyclic_codebook_is_refused_too(project):
    from corpus_tool.codebook import load_codebook
    from corpus_tool.errors import InputError
    project.codebook_path.write_text(
        "areas:\n- &a\n  id: access\n  name: Access\n  examples:\n  - *a\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_codebook(project)
    assert e.value.line == 6 and "cycle" in e.value.message


def test_shared_aliases_without_a_cycle_still_load(tmp_path):
    """An alias to a node elsewhere (the usual use of anchors) is no cycle."""
    from corpus_tool.formats import load_yaml
    path = tmp_path / "shared.yaml"
    path.write_text("scale: &s {levels: [1, 2]}\na: {scale: *s}\nb: [*s, *s]\n", encoding="utf-8")
    data = load_yaml(path)
    assert data["a"]["scale"] is data["scale"] and data["b"] == [{"levels": [1, 2]}] * 2
