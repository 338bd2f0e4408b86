"""What the CLI prints from the data is plain text: a passage or a title holding Rich markup
(`[/b]`, `[/]`, `[bold]`) or an emoji code (`:x:`) is printed as written, never interpreted (it
crashed `docs list` and `statements`, and `docs show` turned `:x:` into an emoji)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app

TITLE = "Rules [/b] on [bold]schooling[/] :x: 2021"
TEXT = ("# Rules on schooling\n\n## Article 1.\n"
        "States Parties shall make primary education [/b] compulsory and available free to "
        "all [/]. :x: Each child shall be enrolled [red]without delay[/red].\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    from corpus_tool.corpus import ingest
    from corpus_tool.corpus import add_document
    from corpus_tool.project import init_project
    root = tmp_path_factory.mktemp("plain") / "proj"
    project = init_project(root)
    src = root.parent / "rules.md"
    src.write_text(TEXT, encoding="utf-8")
    add_document(project, src, title=TITLE, issuer="Issuer [i]x[/i]", year=2021,
                 doc_id="rules-2021", doc_type="convention", legal_force="binding")
    assert not ingest(project, workers=1)["failed"]
    return project


def run(project, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--project", str(project.root)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())       # compare words


def test_docs_list_prints_a_title_with_markup_as_written(project):
    out = run(project, "docs", "list", "--wide")      # the full title, not cut to the terminal
    for piece in ("[/b]", "[bold]schooling[/]", ":x:"):
        assert piece in out
    assert "❌" not in out


def test_docs_show_prints_passages_as_written(project):
    out = run(project, "docs", "show", "rules-2021")
    assert TITLE in out and "Issuer [i]x[/i]" in out
    assert "education [/b] compulsory" in out and ":x:" in out and "❌" not in out


def test_docs_show_wide_prints_each_passage_whole(project):
    cut = run(project, "docs", "show", "rules-2021")
    whole = run(project, "docs", "show", "rules-2021", "--wide")
    assert "[red]without delay[/red]" in whole      # the passage's end, past 100 characters
    assert "[red]without delay[/red]" not in cut


def test_statements_print_their_text_as_written(project):
    out = run(project, "statements", "--doc", "rules-2021", "--pipeline", "rules", "--wide")
    assert "[/b]" in out and "statement(s)" in out


def test_search_prints_snippets_as_written(project):
    out = run(project, "search", "compulsory")
    assert "[/b]" in out and "❌" not in out


def test_table_cells_and_messages_are_plain_text(capsys):
    from corpus_tool.cli.common import stdout, table
    table([{"a": "[/]", "b": ":x: [bold]"}], ["a", "b"], title="[/b]")
    stdout.print("message with [/] and :x:")
    out = capsys.readouterr().out
    assert "[/]" in out and ":x: [bold]" in out and "[/b]" in out
    assert "message with [/] and :x:" in out and "❌" not in out


def test_provenance_before_any_framework_says_to_build(project):
    # a researcher's trial 32 (P13): "framework file not found (pass the path of an
    # indicators/*.yaml file)", where the fix is to build the framework
    result = CliRunner().invoke(app, ["provenance", "--project", str(project.root)])
    out = " ".join(result.output.split())
    assert result.exit_code != 0
    assert "the project has no indicator framework yet" in out
    assert "run `corpus-tool build`" in out


@pytest.mark.parametrize("relevance, shown", [(0.4995, "0.499"), (0.4949, "0.49"),
                                              (0.5, "0.50"), (0.731, "0.73"), (None, "")])
def test_a_relevance_below_the_bar_is_never_printed_at_it(relevance, shown):
    # trial 32 (P14): "0.50" read "none of these areas" above "below 0.50: none of these areas"
    from corpus_tool.cli.areas import relevance_text
    assert relevance_text(relevance, 0.5) == shown
