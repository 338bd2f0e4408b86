"""No command works on stale inputs (issue 11). After a source changed and was re-ingested,
`indicators draft --merge` and `promote` (without running `statements`) used to cite sentences
cut from the new text at old offsets, and `provenance` printed `ok` for a deleted sentence. Now
the drafting and provenance commands bring the statements up to date first, and every command
reading an older stage's output refuses, naming the command that would refresh it."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import walk
from tests.indicators.conftest import copy_project, make_project

runner = CliRunner()
DOC = "cmw-crc-jgc4-23-2017"
JGC = "general-comments/Annotated_CRC-CMW-GC23-Migration.json"
FIRST = ("All children in the context of international migration, irrespective of status, shall "
         "have full access to all levels and all aspects of education")
LAST = (" Migrant children should have access to alternative learning programmes where necessary "
        "and participate fully in examinations and receive certification of their studies.")
ADDED = "States should collect data on school enrolment and completion. "


def _run(project, *args):
    r = runner.invoke(app, [*args, "--project", str(project.root)])
    return r


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("stale") / "p")
    for args in (["statements", "--pipeline", "rules"], ["indicators", "draft", "--no-suggestions"],
                 ["indicators", "promote"]):
        r = _run(p, *args)
        assert r.exit_code == 0, r.output
    return p


@pytest.fixture
def project(drafted, tmp_path):
    return copy_project(drafted.root, tmp_path / "p")


def _edit_para_59(project, fn):
    path = project.corpus_dir / JGC
    paras = json.loads(path.read_text(encoding="utf-8"))
    (para,) = [p for p in paras if p["ID"] == "59."]
    para["Text"] = fn(para["Text"])
    path.write_text(json.dumps(paras, ensure_ascii=False), encoding="utf-8")


def _index(project):
    conn = sqlite3.connect(project.db_path)
    text, sha = conn.execute("SELECT text, text_sha256 FROM documents WHERE id = ?",
                             (DOC,)).fetchone()
    stmts = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        'SELECT id, start, "end", text FROM statements WHERE doc_id = ?', (DOC,))}
    conn.close()
    return text, sha, stmts


def _sources(path):
    fw = load_framework(path)
    return [(ref.node.id, s) for ref in walk(fw) if ref.kind in ("indicator", "sub-indicator")
            for s in ref.node.sources if s.anchor.doc_id == DOC]


def _assert_current(project, sources):
    """Every source cites the current text, and its statement is a current statement that
    covers the quote (no row cut from the new text at old offsets)."""
    text, sha, stmts = _index(project)
    assert sources
    for ind, s in sources:
        a = s.anchor
        if s.status == "stale":
            continue
        assert a.text_sha256 == sha, (ind, s.quote)
        assert text[a.start:a.end] == a.exact, (ind, a.exact)
        if a.statement_id:
            st_start, st_end, st_text = stmts[a.statement_id]
            assert text[st_start:st_end] == st_text, (ind, a.statement_id)
            assert st_start < a.end and st_end > a.start, (ind, a.statement_id, a.exact)


def test_draft_and_promote_after_a_changed_source_cite_only_current_statements(project):
    _edit_para_59(project, lambda t: ADDED + t.replace(LAST, ""))
    assert _run(project, "ingest").exit_code == 0
    text, _, stmts = _index(project)
    assert any(text[s:e] != t for s, e, t in stmts.values())     # the statements went stale

    r = _run(project, "indicators", "draft", "--merge", "--no-suggestions")
    assert r.exit_code == 0, r.output
    assert f"statements brought up to date for 1 document(s): {DOC}" in r.stderr
    text, _, stmts = _index(project)
    assert all(text[s:e] == t for s, e, t in stmts.values())
    assert any(t == ADDED.strip() for _, _, t in stmts.values())
    _assert_current(project, _sources(project.indicators_dir / "drafts" /
                                      "framework.draft.yaml"))
    assert _run(project, "indicators", "promote").exit_code == 0
    _assert_current(project, _sources(project.indicators_dir / "framework.yaml"))


def test_promote_refuses_drafts_made_on_an_older_text(project):
    _edit_para_59(project, lambda t: ADDED + t)
    assert _run(project, "ingest").exit_code == 0
    before = (project.indicators_dir / "framework.yaml").read_bytes()
    r = _run(project, "indicators", "promote")
    assert r.exit_code == 1
    assert "drafts made on an older text of 1 document(s)" in r.stderr
    assert "run `corpus-tool indicators draft` first" in r.stderr
    assert (project.indicators_dir / "framework.yaml").read_bytes() == before
    d = _run(project, "indicators", "diff")
    assert d.exit_code == 1 and "run `corpus-tool indicators draft`" in d.stderr


def test_provenance_marks_a_source_whose_sentence_was_deleted(project):
    _edit_para_59(project, lambda t: t.replace(FIRST, "All children may attend school"))
    assert _run(project, "ingest").exit_code == 0
    r = _run(project, "provenance", "--json")
    assert r.exit_code == 0, r.output
    rows = [x for x in json.loads(r.stdout)["rows"] if x["quote"].startswith(FIRST)]
    assert rows and all(x["status"] == "orphaned" for x in rows)
    others = [x for x in json.loads(r.stdout)["rows"]
              if x["doc_id"] == DOC and not x["quote"].startswith(FIRST)]
    assert all(x["status"] != "ok" for x in others)        # same document, text changed
    csv_rows = list(csv.DictReader(io.StringIO(
        _run(project, "provenance", "--format", "csv").stdout)))
    hits = [x for x in csv_rows if x["quote"].startswith(FIRST)]
    assert hits and {x["status"] for x in hits} == {"orphaned"}


def test_provenance_says_when_codings_changed_since_the_indicators_were_drafted(project):
    assert "changed since the indicators were last drafted" not in _run(project,
                                                                         "provenance").stderr
    r = _run(project, "annotations", "add", "--doc", DOC, "--quote", FIRST, "--area", "access",
             "--coder", "coder-late")
    assert r.exit_code == 0, r.output
    for args in (["provenance"], ["indicators", "list"]):
        r = _run(project, *args)
        assert r.exit_code == 0, r.output
        assert ("warning: annotations/coder-late.jsonl changed since the indicators were last "
                "drafted") in r.stderr, args
        assert "run `corpus-tool build`" in r.stderr
    assert _run(project, "indicators", "draft", "--no-suggestions").exit_code == 0
    assert "changed since" not in _run(project, "provenance").stderr


def test_a_new_text_never_links_an_annotation_to_a_statement_of_the_old_one(project):
    # a researcher's trial (session 43): after `git pull` brought a new version of a document,
    # the build's re-anchoring looked the codings' new offsets up among the statements of the
    # old text and wrote those (another article's) into the annotation files
    from tests.web.conftest import annotation_records
    def statement_of(quote):
        return next(r["target"].get("statement") for r in annotation_records(project)
                    if r["target"]["selector"][0]["exact"] == quote)
    assert _run(project, "annotations", "check").exit_code == 0     # links the statements
    before = statement_of(FIRST)
    assert before and before.startswith(f"{DOC}:para-59")
    path = project.corpus_dir / JGC
    paras = json.loads(path.read_text(encoding="utf-8"))
    at = next(i for i, p in enumerate(paras) if p["ID"] == "59.")
    paras[at:at] = [{"ID": f"{58 + k / 10:.1f}.", "Labels": [], "Text": ADDED * 12}
                    for k in range(1, 4)]           # three new paragraphs: 59 moves far on
    path.write_text(json.dumps(paras, ensure_ascii=False), encoding="utf-8")
    r = _run(project, "ingest")
    assert r.exit_code == 0, r.output
    assert statement_of(FIRST) == before          # the old text's statements are not consulted
    assert _run(project, "statements", "--pipeline", "rules").exit_code == 0
    assert _run(project, "annotations", "check").exit_code == 0
    text, _, stmts = _index(project)
    sid = statement_of(FIRST)
    start, end, stext = stmts[sid]
    assert FIRST in stext and text[start:end] == stext


def test_statements_of_unchanged_passages_follow_their_passage_when_text_is_inserted(project):
    _edit_para_59(project, lambda t: ADDED + t)
    assert _run(project, "ingest").exit_code == 0
    assert _run(project, "statements", "--pipeline", "rules").exit_code == 0
    text, _, stmts = _index(project)
    assert stmts and all(text[s:e] == t for s, e, t in stmts.values())


def test_commands_refuse_an_index_older_than_the_corpus(project):
    _edit_para_59(project, lambda t: ADDED + t)
    for args in (["indicators", "draft", "--no-suggestions"], ["indicators", "validate"],
                 ["provenance"], ["statements"]):
        r = _run(project, *args)
        assert r.exit_code == 1, (args, r.output)
        assert "changed since it was ingested" in r.stderr
        assert "run `corpus-tool ingest` first" in r.stderr


def test_reporting_commands_refuse_statements_older_than_the_passages(project):
    _edit_para_59(project, lambda t: ADDED + t)
    assert _run(project, "ingest").exit_code == 0
    for args in (["cluster", "--backend", "hash"], ["areas", "suggest", "--backend", "hash"],
                 ["search", "education", "--semantic", "--backend", "hash"]):
        r = _run(project, *args)
        assert r.exit_code == 1, (args, r.output)
        assert f"statements older than the passages of 1 document(s) ({DOC})" in r.stderr
        assert "run `corpus-tool statements` first" in r.stderr
    assert _run(project, "statements", "--pipeline", "rules").exit_code == 0
    assert _run(project, "cluster", "--backend", "hash", "--no-report").exit_code == 0


def test_search_and_docs_show_refuse_an_index_older_than_the_corpus(project):
    # a researcher's trial (session 43): after `git pull` brought a new version, `search` and
    # `docs show` answered from the old text, while provenance refused
    _edit_para_59(project, lambda t: ADDED + t)
    for args in (["search", "school enrolment"], ["docs", "show", DOC]):
        r = _run(project, *args)
        assert r.exit_code == 1, (args, r.output)
        assert "would read an index older than corpus/" in r.stderr
        assert "run `corpus-tool ingest` first" in r.stderr
    assert _run(project, "ingest").exit_code == 0
    r = _run(project, "search", "school enrolment")
    assert r.exit_code == 0 and DOC in r.stdout
