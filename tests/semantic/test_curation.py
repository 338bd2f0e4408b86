"""The curation file (annotations/clusters.yaml) and `corpus-tool cluster rename|merge|split|pin|
exclude|forget|history` on real General Comment paragraphs (tests/data/general_comments)."""
from __future__ import annotations

import json
import shutil
from contextlib import closing

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.project import open_project
from corpus_tool.semantic.cluster import load_clusters, load_points, run_clustering
from corpus_tool.semantic.curation import (curation_path, curation_text, load_curation,
                                           parse_curation)
from corpus_tool.store.db import connect

from tests.semantic.conftest import gc_project

runner = CliRunner()
OPTS = ["--backend", "hash", "--unit", "passages", "--threshold", "0.5"]


@pytest.fixture(scope="module")
def clustered(tmp_path_factory):
    p = gc_project(tmp_path_factory.mktemp("cur") / "p")
    run_clustering(p, backend="hash", unit="passages", threshold=0.5)
    return p


@pytest.fixture
def project(clustered, tmp_path):
    shutil.copytree(clustered.root, tmp_path / "p")
    return open_project(tmp_path / "p")


def cli(project, *args):
    r = runner.invoke(app, ["cluster", *args, "-p", str(project.root), "--coder", "ana",
                            "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def _view(project):
    with closing(connect(project.db_path)) as conn:
        return ({c.id: c for c in load_clusters(conn)},
                {p.item_id: p for p in load_points(conn)})


def test_every_operation_from_the_cli(project):
    view, _ = _view(project)
    a, b, c, d, e = list(view)[:5]
    r = cli(project, "rename", a, "--label", "Inclusive education for learners with "
            "disabilities", "--description", "Mainstream schools, reasonable accommodation")
    assert r["op"] == "rename" and r["event"]["coder"] == "ana"
    assert r["clusters"] == [{"id": a, "label": "Inclusive education for learners with "
                              "disabilities", "description": "Mainstream schools, reasonable "
                              "accommodation", "size": view[a].size, "excluded": False}]
    r = cli(project, "merge", b, c, "--label", "Migrant women workers")
    assert r["clusters"][0]["id"] == b
    assert r["clusters"][0]["size"] == view[b].size + view[c].size
    r = cli(project, "split", d, "--propose")
    part2 = r["parts"][1]["statements"]
    assert r["cluster"] == d and sum(p["size"] for p in r["parts"]) == view[d].size
    # the table shows each part's statements, not one example (a researcher's trial 28, P13:
    # accepting a proposal was blind)
    shown = runner.invoke(app, ["cluster", "split", d, "--propose", "-p", str(project.root),
                                "--wide"]).stdout
    assert all(sid in shown for part in r["parts"] for sid in part["statements"][:8])
    # and which part --label will name (trial 30, P8)
    assert "part 2 becomes a new cluster, named by --label" in " ".join(shown.split())
    # and what becomes of part 1's label (trial 35, P7): the tool's, made anew for what it keeps
    assert f"part 1 stays {d}, labelled anew from the statements it keeps" in " ".join(
        shown.split())
    renamed = runner.invoke(app, ["cluster", "split", a, "--propose", "-p", str(project.root),
                                  "--wide"]).stdout
    assert f"part 1 stays {a}, with your label" in " ".join(renamed.split())
    r = cli(project, "split", d, "--accept", "--label", "Split off")
    assert [x["id"] for x in r["clusters"]][0] == d and r["event"]["statements"] == part2
    moved = view[e].members[0]
    r = cli(project, "pin", moved, "--cluster", a)
    assert r["clusters"][0]["size"] == view[a].size + 1
    cli(project, "exclude", e)
    gone = sorted(set(view[e].members) - {moved})
    now, points = _view(project)
    assert e not in now and c not in now
    assert {points[m].role for m in gone} == {"excluded"}
    assert moved in now[a].members and set(part2) <= {m for x in now.values() for m in x.members}
    hist = cli(project, "history")["history"]
    assert [h["op"] for h in hist] == ["rename", "merge", "split", "pin", "exclude"]
    # the plain command still runs the stage, and shows the curated view
    r = runner.invoke(app, ["cluster", *OPTS, "-p", str(project.root), "--json",
                            "--no-report"])
    d_ = json.loads(r.stdout)
    by = {x["id"]: x for x in d_["clusters"]}
    assert by[a]["description"] == "Mainstream schools, reasonable accommodation"
    assert by[a]["curated"] and by[b]["label"] == "Migrant women workers"
    assert d_["curation"]["counts"]["merge"] == {"carried": 1, "not_carried": 0}
    assert d_["curation"]["not_carried"] == []
    cli(project, "forget", e)
    assert e in _view(project)[0]


def test_the_file_is_canonical_and_round_trips(project):
    view, _ = _view(project)
    a, b = list(view)[:2]
    cli(project, "merge", b, a)
    cli(project, "rename", b, "--label", "Ünïcode label: «quoted»")
    path = curation_path(project)
    text = path.read_text(encoding="utf-8")
    assert curation_text(load_curation(project)) == text
    assert text.startswith("version: 1\nclusters:\n- id: ")
    entry = load_curation(project).clusters[0]
    assert entry.parts == sorted(entry.parts) and all(p == sorted(p) for p in entry.parts)
    # the run's marks and history never change the decisions a build depends on
    assert "Ünïcode label: «quoted»" in text


@pytest.mark.parametrize("text, where", [
    ("clusters:\n- id: C_1\n", "[clusters -> 0 -> id]"),
    ("clusters:\n- id: c-1\n  colour: red\n", "[clusters -> 0 -> colour]"),
    ("clusters:\n- id: c-1\n  label: x\n", "[clusters -> 0] cluster 'c-1' has neither"),
    ("clusters:\n- id: c-1\n  statements: [s]\npins:\n- statement: s\n  cluster: c-2\n",
     "[pins -> 0 -> cluster]"),
    ("clusters:\n- id: c-1\n  statements: [s]\n- id: c-1\n  statements: [t]\n",
     "[clusters -> 1 -> id]"),
    ("history:\n- at: x\n  coder: me\n  op: recolour\n", "[history -> 0 -> op]"),
])
def test_a_bad_file_names_file_line_and_field(project, text, where):
    curation_path(project).write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_curation(project)
    msg = str(e.value)
    assert msg.startswith("annotations/clusters.yaml, line ") and where in msg and "(" in msg
    r = runner.invoke(app, ["cluster", "history", "-p", str(project.root)])
    assert r.exit_code == 1 and where in r.stderr


def test_mistakes_are_errors_that_say_what_to_do(project):
    view, _ = _view(project)
    a = next(iter(view))
    for args, message in [(["merge", a], "two or more"),
                          (["rename", "c-00000000", "--label", "x"], "no cluster 'c-00000000'"),
                          # a character short (a researcher's trial 48, P10)
                          (["rename", a[:-1], "--label", "x"], f"did you mean {a!r}?"),
                          (["rename", a], "nothing to rename"),
                          (["split", a], "--propose"),
                          (["split", a, "--statement", "nosuch"], "is not in cluster"),
                          # one label on the parts of a three-part split would name two alike
                          (["split", max(view, key=lambda c: view[c].size), "--accept",
                            "--parts", "3", "--label", "x"], "--label names one cluster"),
                          (["pin", "nosuch", "--cluster", a], "no statement 'nosuch'"),
                          (["exclude"], "one cluster or one statement"),
                          # a statement's id given as a cluster's (a researcher's trial 27)
                          (["exclude", "doc-a:para-5:s1"], "give a statement with --statement"),
                          (["forget", "c-00000000"], "nothing curated")]:
        r = runner.invoke(app, ["cluster", *args, "-p", str(project.root), "--coder", "ana"])
        assert r.exit_code == 1 and message in r.stderr, (args, r.output)
    assert not curation_path(project).exists()       # nothing was written


def test_an_excluded_cluster_is_not_merged_and_a_cleared_label_is_said(project):
    """A merge took an excluded cluster in and lifted its exclusion without a word, and
    `rename --label ""` gave back the tool's label in silence (trial 19)."""
    view, _ = _view(project)
    a, b = list(view)[:2]
    cli(project, "exclude", b)
    r = runner.invoke(app, ["cluster", "merge", a, b, "-p", str(project.root), "--coder", "ana"])
    assert r.exit_code == 1 and f"cluster {b} is excluded as noise" in r.stderr, r.output
    assert f"corpus-tool cluster forget {b}" in r.stderr
    assert "excluded: true" in curation_path(project).read_text(encoding="utf-8")
    cli(project, "rename", a, "--label", "Free primary education")
    r = runner.invoke(app, ["cluster", "rename", a, "--label", "", "-p", str(project.root),
                            "--coder", "ana"])
    assert r.exit_code == 0 and "your label is cleared; the tool's label shows again" in r.stderr


def test_curating_before_any_clustering_says_to_cluster(tmp_path):
    p = gc_project(tmp_path / "p", files=["Annotated_CCPR_GC23_minorities.json"])
    r = runner.invoke(app, ["cluster", "rename", "c-00000000", "--label", "x", "-p", str(p.root)])
    assert r.exit_code == 1 and "run `corpus-tool cluster` first" in r.stderr


def test_the_curated_view_is_the_same_whatever_the_run(project):
    view, _ = _view(project)
    a, b = list(view)[:2]
    cli(project, "merge", a, b)
    first = curation_path(project).read_text(encoding="utf-8")
    with closing(connect(project.db_path)) as conn:
        dump = [c.to_dict() for c in load_clusters(conn)]
    run_clustering(project, backend="hash", unit="passages", threshold=0.5, force=True)
    with closing(connect(project.db_path)) as conn:
        assert [c.to_dict() for c in load_clusters(conn)] == dump
    assert curation_path(project).read_text(encoding="utf-8") == first


def test_parse_of_an_absent_or_empty_file_is_an_empty_curation(tmp_path):
    assert parse_curation(tmp_path / "none.yaml").is_empty()
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    assert parse_curation(tmp_path / "empty.yaml").is_empty()


def test_what_cannot_be_carried_is_said_marked_and_reported(project):
    view, _ = _view(project)
    a = next(iter(view))
    cli(project, "rename", a, "--label", "Inclusive education")
    path = curation_path(project)        # a hand edit: a statement no run has (any more)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "excluded_statements: []", "excluded_statements:\n- statement: crpd-gc4-2016:para-999"),
        encoding="utf-8")
    r = runner.invoke(app, ["cluster", *OPTS, "-p", str(project.root)])
    assert r.exit_code == 0, r.output
    assert "rename 1/1, exclude 0/1 carried over" in r.stdout, r.stdout[-400:]
    assert ("warning: annotations/clusters.yaml: exclude of crpd-gc4-2016:para-999 not carried "
            "over: no statement of this run has that id") in r.stderr
    assert "unresolved: no statement of this run has that id" in curation_path(project).read_text(
        encoding="utf-8")
    html = (project.report_dir / "clusters.html").read_text(encoding="utf-8")
    assert "<h2>Curation</h2>" in html and "crpd-gc4-2016:para-999" in html
    assert "Inclusive education" in html and " · curated" in html


def test_the_history_table_summarises_a_long_list_of_statements():
    """An accepted split's 95 statement ids made every line of `cluster history` thousands of
    characters wide (trial 19); the table names three and counts the rest."""
    from corpus_tool.cli.cluster_curate import _what
    from corpus_tool.semantic.curation import Event
    e = Event(at="2026-12-06T03:00:00Z", coder="ana", op="split", clusters=("c-1a2b3c4d",),
              statements=tuple(f"doc:p{k}:s1" for k in range(95)))
    assert _what(e) == "c-1a2b3c4d, doc:p0:s1, doc:p1:s1, doc:p2:s1 and 92 more statement(s)"


def test_a_pin_into_an_excluded_cluster_is_said_to_set_the_statement_aside(project):
    """Trial 45 (P11): `cluster pin STATEMENT --cluster C` into a cluster excluded as noise said
    only "pin: C (excluded)"; a core bargaining norm was set aside from every draft without a
    warning."""
    view, _ = _view(project)
    a, b = list(view)[:2]
    cli(project, "exclude", a)
    moved = next(s for s in view[b].members)
    r = runner.invoke(app, ["cluster", "pin", moved, "--cluster", a, "-p", str(project.root),
                            "--coder", "ana"])
    assert r.exit_code == 0, r.output
    said = " ".join(r.stderr.split())
    assert f"{moved} is now set aside with the excluded cluster {a}: it feeds no draft" in said
    r = runner.invoke(app, ["cluster", "pin", moved, "--cluster", b, "-p", str(project.root),
                            "--coder", "ana"])
    assert "set aside" not in r.stderr


def test_an_exclusion_says_how_many_statements_it_sets_aside(project):
    """Trial 48 (P9): `cluster exclude C` printed "(excluded)" alone; it set aside substantive
    statements without a word of how many."""
    view, _ = _view(project)
    a = next(iter(view))
    r = runner.invoke(app, ["cluster", "exclude", a, "-p", str(project.root), "--coder", "ana"])
    assert r.exit_code == 0, r.output
    said = " ".join(r.stdout.split())
    assert f"its {view[a].size} statement(s) are set aside and feed no draft" in said
    assert f"cluster forget {a}" in said
    assert cli(project, "forget", a)["op"] == "forget"
    assert cli(project, "exclude", a)["clusters"][0]["size"] == view[a].size
