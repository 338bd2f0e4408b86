"""The political-participation example project (examples/political-participation: 11 public
instruments on migrants' political participation, a four-area codebook of areas only, codings by
one coder), checked lightly: it loads and ingests, its codebook validates and names no indicators
(drafting must find them), its examples quote its documents, and every coding anchors exactly to
the ingested passages. Nothing slow (no statements, embeddings or drafts)."""
from __future__ import annotations

import csv
import hashlib
import json
import shutil
from collections import defaultdict

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.codebook import load_codebook
from corpus_tool.coding import read_annotations
from corpus_tool.project import open_project
from corpus_tool.store.db import connect

from tests.indicators.conftest import REPO

runner = CliRunner()
EXAMPLE = REPO / "examples" / "political-participation"
AREAS = ["electoral-rights", "political-liberties", "consultative-bodies", "implementation"]
PREFIX = {"electoral-rights": "pol-ele-", "political-liberties": "pol-lib-",
          "consultative-bodies": "pol-con-", "implementation": "pol-imp-"}


def _flat(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("political") / "political-participation"
    for d in ("corpus", "annotations"):
        shutil.copytree(EXAMPLE / d, root / d)
    r = runner.invoke(app, ["--project", str(root), "build", "--only", "ingest", "--json"])
    assert r.exit_code == 0, r.stderr
    stages = {s["stage"]: s for s in json.loads(r.stdout)["stages"]}
    assert stages["ingest"]["status"] == "ran", stages
    assert not stages["ingest"]["summary"]["failed"], stages["ingest"]["summary"]
    project = open_project(root)
    conn = connect(project.db_path)
    try:
        passages = {pid: (doc, text) for pid, doc, text
                    in conn.execute("SELECT id, doc_id, text FROM passages")}
    finally:
        conn.close()
    return root, project, passages


def test_manifest_files_are_the_recorded_copies_and_all_have_a_source():
    rows = list(csv.DictReader((EXAMPLE / "corpus" / "manifest.csv").open(encoding="utf-8")))
    sources = (EXAMPLE / "corpus" / "SOURCES.md").read_text(encoding="utf-8")
    assert len(rows) >= 8
    for row in rows:
        data = (EXAMPLE / "corpus" / row["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["id"]
        assert row["source"].startswith("https://github.com/") and row["licence"], row["id"]
        assert f"| {row['id']} |" in sources, row["id"]


def test_political_codebook_validates_with_four_areas_and_no_indicators(ingested):
    _, project, passages = ingested
    areas = load_codebook(project)
    assert [a.id for a in areas] == AREAS
    by_doc = defaultdict(list)
    for doc, text in passages.values():
        by_doc[doc].append(_flat(text))
    for a in areas:
        assert a.definition and a.include and a.exclude and a.seed_terms, a.id
        assert not a.indicators, f"{a.id}: the codebook must leave the indicators to drafting"
        assert a.examples, a.id
        for ex in a.examples:
            assert any(_flat(ex.quote) in t for t in by_doc[ex.doc]), (a.id, ex.doc, ex.quote)


def test_political_codings_anchor_exactly_to_the_ingested_passages(ingested):
    root, project, passages = ingested
    r = runner.invoke(app, ["--project", str(root), "annotations", "check", "--dry-run",
                            "--json"])
    assert r.exit_code == 0, r.stdout
    rep = json.loads(r.stdout)
    assert rep["problems"] == []
    assert rep["checked"] == rep["exact"] and rep["checked"] >= 40, rep["results"][:3]
    for a in read_annotations(project).annotations:
        doc, text = passages[a.anchor.passage_id]
        assert doc == a.doc_id and _flat(a.quote) in _flat(text), a.id


def test_political_codings_cover_every_area_and_each_id_rests_on_two_instruments(ingested):
    _, project, _ = ingested
    anns = read_annotations(project).annotations
    assert {a.creator for a in anns} == {"coder-h"}
    assert len({a.doc_id for a in anns}) >= 6
    assert {a.area for a in anns} == set(AREAS)
    docs_of = defaultdict(set)
    for a in anns:
        assert a.indicator and a.indicator.startswith(PREFIX[a.area]), (a.id, a.indicator)
        docs_of[a.indicator].add(a.doc_id)
    assert 12 <= len(docs_of) <= 20
    assert all(len(d) >= 2 for d in docs_of.values()), {k: v for k, v in docs_of.items()
                                                        if len(v) < 2}
