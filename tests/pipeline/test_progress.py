"""Progress: the long stages report items done / total through a plain callback (monotone, ending
at the total); the CLI draws it on a terminal only, never with --json or without a TTY."""
from __future__ import annotations

import io
import json
import re
import shutil

import pytest
from rich.console import Console
from typer.testing import CliRunner

import corpus_tool.cli.common as common
from corpus_tool.corpus import ingest
from corpus_tool.semantic import run_clustering
from corpus_tool.suggest import evaluate_suggestions, suggest_areas
from corpus_tool.pipeline import BuildOptions, build
from corpus_tool.progress import Tally
from corpus_tool.statements import update_statements
from corpus_tool.store import connect
from tests.indicators.conftest import make_project

runner = CliRunner()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("progress") / "p")


def _monotone_to_total(t: Tally) -> None:
    assert t.history, "no progress reported"
    done = [d for d, _ in t.history]
    assert done == sorted(done) and all(b >= 0 for b in done)
    assert t.total is not None and t.total > 0
    assert t.done == t.total, t.history[-5:]


def test_stages_report_monotone_counts_that_end_at_the_total(project):
    t = Tally()
    ingest(project, force=True, progress=t)
    _monotone_to_total(t)
    assert t.total == 5                                  # the five documents
    conn = connect(project.db_path)
    try:
        t = Tally()
        update_statements(conn, pipeline="rules", progress=t)
        _monotone_to_total(t)
    finally:
        conn.close()
    t = Tally()
    res = run_clustering(project, backend="hash", force=True, progress=t)
    _monotone_to_total(t)
    assert t.total == sum(c.size for c in res.clusters) + len(res.outliers)
    t = Tally()
    sugg = suggest_areas(project, backend="hash", progress=t)
    _monotone_to_total(t)
    assert t.total == len(sugg)     # the statements (the model's own texts are embedded first)
    t = Tally()
    evaluate_suggestions(project, backend="hash", progress=t)
    _monotone_to_total(t)


class Recorder:
    def __init__(self):
        self.tallies: dict[str, Tally] = {}
        self.finished: list[tuple[str, str]] = []

    def start(self, stage):
        self.tallies[stage] = Tally()
        return self.tallies[stage]

    def finish(self, stage, status, summary):
        self.finished.append((stage, status))


def test_build_reports_each_long_stage_and_how_it_ended(project, tmp_path):
    shutil.rmtree(project.build_dir)
    rec = Recorder()
    rep = build(project, options=BuildOptions(backend="hash", statements="rules"), reporter=rec)
    assert rec.finished == [(s["stage"], s["status"]) for s in rep["stages"]]
    for stage in ("ingest", "statements", "embed", "cluster", "suggest", "draft", "validate",
                  "provenance"):
        _monotone_to_total(rec.tallies[stage])
    again = Recorder()
    build(project, options=BuildOptions(backend="hash", statements="rules"), reporter=again)
    assert again.tallies == {} and {s for _, s in again.finished} == {"skipped"}


def test_cli_draws_nothing_with_json_or_without_a_terminal(project):
    for args in (["areas", "suggest", "--backend", "hash", "--json"],
                 ["areas", "suggest", "--backend", "hash"],
                 ["build", "--backend", "hash", "--statements", "rules", "--force"],
                 ["build", "--backend", "hash", "--statements", "rules", "--force", "--json"]):
        r = runner.invoke(app_(), [*args, "-p", str(project.root)])
        assert r.exit_code == 0, r.output
        # warnings the stages met are reported (one line each); nothing else is drawn
        assert all(line.startswith("warning: ") for line in r.stderr.splitlines()), \
            (args, r.stderr)
        if "--json" in args:
            json.loads(r.stdout)


@pytest.fixture
def terminal(monkeypatch):
    buf = io.StringIO()
    monkeypatch.setattr(common, "stderr", Console(file=buf, force_terminal=True, width=100,
                                                  color_system=None))
    return buf


def test_cli_draws_a_bar_on_a_terminal_and_not_with_quiet(project, terminal):
    r = runner.invoke(app_(), ["areas", "suggest", "--backend", "hash", "-p", str(project.root)])
    assert r.exit_code == 0, r.output
    drawn = terminal.getvalue()
    assert "Embedding" in drawn and "━" in drawn and "left" in drawn
    t = Tally()
    suggest_areas(project, backend="hash", progress=t)
    assert f"{t.total}/{t.total}" in drawn                # done/total, up to the end
    terminal.truncate(0)
    terminal.seek(0)
    r = runner.invoke(app_(), ["areas", "suggest", "--backend", "hash", "--quiet",
                               "-p", str(project.root)])
    assert r.exit_code == 0 and terminal.getvalue() == ""


def test_build_on_a_terminal_leaves_one_summary_line_per_stage(project, terminal):
    r = runner.invoke(app_(), ["build", "--backend", "hash", "--statements", "rules", "--force",
                               "-p", str(project.root)])
    assert r.exit_code == 0, r.output
    # what stays on the screen: each line as last redrawn (after its last carriage return)
    lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", x.split("\r")[-1])
             for x in terminal.getvalue().split("\n")]
    finals = [x for x in lines if x.split()[:1] and x.split()[0] in (
        "ingest", "statements", "embed", "cluster", "suggest", "draft", "validate", "provenance",
        "scores", "report") and " ran " in x]
    assert [x.split()[0] for x in finals] == ["ingest", "statements", "embed", "cluster",
                                              "suggest", "draft", "validate", "provenance",
                                              "scores", "report"]
    assert "passages 283" in next(x for x in finals if x.startswith("statements"))


def app_():
    from corpus_tool.cli import app
    return app
