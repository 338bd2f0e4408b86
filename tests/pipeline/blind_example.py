"""Shared tests for the blind-coded example projects (examples/health,
examples/political-participation, examples/family-reunification): a project folder with a
codebook of areas only and codings by one coder. A test module does `from tests.pipeline.blind_example import *` (the `ingested`
fixture and the four tests below) and sets `case = case_fixture(Case(...))`. Nothing slow (ingest only)."""
from __future__ import annotations

import csv
import hashlib
import json
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.codebook import load_codebook
from corpus_tool.coding import read_annotations
from corpus_tool.project import open_project
from corpus_tool.store.db import connect

runner = CliRunner()

__all__ = ["Case", "case_fixture", "ingested", "test_manifest_files_are_the_recorded_copies_and_have_a_source",
           "test_codebook_validates_with_four_areas_and_no_indicators",
           "test_codings_anchor_exactly_to_the_ingested_passages",
           "test_codings_cover_every_area_and_each_id_rests_on_two_instruments"]


@dataclass(frozen=True)
class Case:
    """One example: its folder, its areas' id prefixes (in codebook order), its coder and the
    minimum counts its brief asked for."""
    example: Path
    prefix: dict[str, str]
    coder: str
    min_docs: int
    min_coded_docs: int
    min_codings: int
    ids: tuple[int, int] = (12, 20)


def case_fixture(case: Case):
    """The module-scoped fixture `case` the shared tests read their example from."""
    @pytest.fixture(scope="module", name="case")
    def _case() -> Case:
        return case
    return _case


def _flat(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def ingested(case, tmp_path_factory):
    """Copy the example's corpus and annotations to a temporary project, ingest them and return
    (root, project, {passage id: (doc id, text)})."""
    example = case.example
    root = tmp_path_factory.mktemp("blind") / example.name
    for d in ("corpus", "annotations"):
        shutil.copytree(example / d, root / d)
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


def test_manifest_files_are_the_recorded_copies_and_have_a_source(case):
    """Every manifest file is the recorded copy (sha256) and has a source and a SOURCES.md row."""
    example, min_docs = case.example, case.min_docs
    rows = list(csv.DictReader((example / "corpus" / "manifest.csv").open(encoding="utf-8")))
    sources = (example / "corpus" / "SOURCES.md").read_text(encoding="utf-8")
    assert len(rows) >= min_docs
    for row in rows:
        data = (example / "corpus" / row["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["id"]
        assert row["source"].startswith("https://github.com/") and row["licence"], row["id"]
        assert f"| {row['id']} |" in sources, row["id"]


def test_codebook_validates_with_four_areas_and_no_indicators(case, ingested):
    """The codebook has the areas in order, each complete, with no indicators, and its examples
    quote the ingested documents."""
    _, project, passages = ingested
    areas_wanted = list(case.prefix)
    areas = load_codebook(project)
    assert [a.id for a in areas] == areas_wanted
    by_doc = defaultdict(list)
    for doc, text in passages.values():
        by_doc[doc].append(_flat(text))
    for a in areas:
        assert a.definition and a.include and a.exclude and a.seed_terms, a.id
        assert not a.indicators, f"{a.id}: the codebook must leave the indicators to drafting"
        assert a.examples, a.id
        for ex in a.examples:
            assert any(_flat(ex.quote) in t for t in by_doc[ex.doc]), (a.id, ex.doc, ex.quote)


def test_codings_anchor_exactly_to_the_ingested_passages(case, ingested):
    """`annotations check` finds every coding exact, and each quote is in its passage."""
    root, project, passages = ingested
    min_codings = case.min_codings
    r = runner.invoke(app, ["--project", str(root), "annotations", "check", "--dry-run",
                            "--json"])
    assert r.exit_code == 0, r.stdout
    rep = json.loads(r.stdout)
    assert rep["problems"] == []
    assert rep["checked"] == rep["exact"] and rep["checked"] >= min_codings, rep["results"][:3]
    for a in read_annotations(project).annotations:
        doc, text = passages[a.anchor.passage_id]
        assert doc == a.doc_id and _flat(a.quote) in _flat(text), a.id


def test_codings_cover_every_area_and_each_id_rests_on_two_instruments(case, ingested):
    """One coder; every area coded; ids carry their area's prefix, number within `case.ids`, and
    each rests on at least two instruments."""
    _, project, _ = ingested
    coder, prefix, min_docs, ids = case.coder, case.prefix, case.min_coded_docs, case.ids
    anns = read_annotations(project).annotations
    assert {a.creator for a in anns} == {coder}
    assert len({a.doc_id for a in anns}) >= min_docs
    assert {a.area for a in anns} == set(prefix)
    docs_of = defaultdict(set)
    for a in anns:
        assert a.indicator and a.indicator.startswith(prefix[a.area]), (a.id, a.indicator)
        docs_of[a.indicator].add(a.doc_id)
    assert ids[0] <= len(docs_of) <= ids[1]
    assert all(len(d) >= 2 for d in docs_of.values()), {k: v for k, v in docs_of.items()
                                                        if len(v) < 2}
