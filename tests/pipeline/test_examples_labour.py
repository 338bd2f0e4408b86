"""The labour-market example project (examples/labour-market: 23 public instruments on migrant
workers, a four-area codebook, codings by two coders) built end to end with the fast components
(hash embeddings, rules-only statements): it has no topics file, so its drafts come from its
own corpus and codebook, and they must read as labour-market indicators, not education ones."""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from corpus_tool.coding import read_annotations
from corpus_tool.cli import app
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_indicators
from corpus_tool.indicators.evidence import collect_evidence
from corpus_tool.naming import question_problem
from corpus_tool.pipeline.stages import load_saved_suggestions
from corpus_tool.project import open_project
from corpus_tool.store.db import connect

from tests.indicators.conftest import REPO

runner = CliRunner()
EXAMPLE = REPO / "examples" / "labour-market"
FAST = ["--backend", "hash", "--statements", "rules"]
SCHOOLING = re.compile(r"(?i)\b(school\w*|pupils?|education\w*|curricul\w*|teachers?)\b")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("labour") / "labour-market"
    for d in ("corpus", "annotations"):
        shutil.copytree(EXAMPLE / d, root / d)
    # the global option, before the command, as the examples' README shows it
    r = runner.invoke(app, ["--project", str(root), "build", *FAST, "--json"])
    data = json.loads(r.stdout)
    assert r.exit_code == 0, (r.stderr, data)
    return root, {s["stage"]: s for s in data["stages"]}


def test_labour_example_builds_and_validates(built):
    root, stages = built
    assert {s["status"] for s in stages.values()} == {"ran"}, stages
    assert not (root / "indicators" / "topics.yaml").exists()
    assert stages["validate"]["summary"]["ok"] is True


def test_labour_drafts_keep_every_coders_indicator_and_no_schooling_words(built):
    root, _ = built
    fw = load_framework(root / "indicators" / "drafts" / "framework.draft.yaml")
    inds = fw.indicators()
    coded = {a.indicator for a in read_annotations_of(root) if a.indicator}
    assert coded <= {i.id for i in inds}
    assert [a.id for a in fw.areas] == ["access", "general-support", "targeted-support",
                                        "workers-rights"]
    for ind in inds:
        wording = " ".join([ind.title, ind.question, ind.rationale or ""]
                           + [lv.description for lv in ind.scale.levels])
        for m in SCHOOLING.finditer(wording):
            # a word of schooling only where the indicator's own sources use it
            assert any(m.group(1).lower()[:6] in s.quote.lower() for s in ind.sources), \
                (ind.id, m.group(1), wording)
        assert question_problem(ind.question) is None, ind.question
        assert not re.search(r"\{|\}|  |\s[,.?]", ind.title + ind.question), ind.id
        assert len(ind.scale.levels) == 3


def test_labour_draft_titles_are_not_the_old_education_templates(built):
    root, _ = built
    fw = load_framework(root / "indicators" / "drafts" / "framework.draft.yaml")
    titles = [i.title for i in fw.indicators()]
    assert not any("right to education" in t.lower() for t in titles), titles
    assert not any(t.lower() in ("worker", "workers") for t in titles), titles


def read_annotations_of(root):
    return read_annotations(open_project(root)).annotations


def test_indicators_draft_writes_the_draft_build_wrote(built):
    """One way to draft: `indicators draft` (suggestions computed by the model) and `build`'s
    draft stage (the suggestions the suggest stage saved) filter the same suggestions alike,
    so the two write the same file (they once differed by the relevance filter)."""
    root, _ = built
    path = root / "indicators" / "drafts" / "framework.draft.yaml"
    by_build = path.read_bytes()
    r = runner.invoke(app, ["--project", str(root), "indicators", "draft", "--backend", "hash"])
    assert r.exit_code == 0, r.stderr
    assert path.read_bytes() == by_build


def test_an_irrelevant_suggestion_is_left_out_however_the_suggestions_arrive(built):
    """The relevance filter (no topics file) sees the suggestions whether the suggest stage saved
    them or the model is asked during drafting: one confident suggestion made irrelevant is left
    out of both drafts, which are the same."""
    root, _ = built
    project = open_project(root)
    saved = load_saved_suggestions(project)
    conn = connect(project.db_path)
    try:
        ev, _ = collect_evidence(project, conn, suggestions=saved)
    finally:
        conn.close()
    path = root / "indicators" / "drafts" / "framework.draft.yaml"
    draft_indicators(project, backend="hash", suggestions=saved)
    drafted = {s.anchor.exact for i in load_framework(path).indicators() for s in i.sources}
    target = next(e for e in ev if e.kind == "suggestion" and e.quote in drafted)
    # just relevant enough to fit an area, less so than any coded statement (in both readings:
    # drafting's floor reads the learnt one, `relevance_learned`)
    low = [replace(s, relevance=s.none_below + 1e-4, relevance_learned=s.none_below + 1e-4)
           if s.id == target.statement_id else s for s in saved]
    assert next(s for s in low if s.id == target.statement_id).fits
    drafts = []
    for kwargs in ({"suggestions": low}, {"suggest": lambda _project, **_kw: low}):
        draft_indicators(project, backend="hash", **kwargs)
        drafts.append(path.read_bytes())
    assert drafts[0] == drafts[1]
    quotes = {s.anchor.exact for i in load_framework(path).indicators() for s in i.sources}
    assert target.quote not in quotes
