"""Disagreements between coders are shown, not resolved silently (issue 11). The reference
project ships two coders' codings; where they coded the same text to different areas (coder-a
`outcomes`, coder-b `access` for the Joint General Comment's para. 59, …) the draft used to cite
one coding and drop the other. Now the source records every coding (coder, area, indicator,
time) in the framework file, `indicators validate` lists it as contested, and the provenance
tables and the report show it."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.files import load_annotations
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import walk
from corpus_tool.report.index import write_index
from tests.coding.conftest import manifest_rows
from tests.conftest import REPO, make_project

runner = CliRunner()
DOCS = ("cmw-crc-jgc4-23-2017", "cedaw-gr36-2017", "unesco-cade-1960", "un-icescr-1966")
# (document, passage, coder-a's area, coder-b's area), from `annotations agreement` on the
# reference project
DISAGREEMENTS = [("cmw-crc-jgc4-23-2017", "cmw-crc-jgc4-23-2017:para-59", "outcomes", "access"),
                 ("cedaw-gr36-2017", "cedaw-gr36-2017:para-41", "diversity", "outcomes"),
                 ("cedaw-gr36-2017", "cedaw-gr36-2017:para-46", "intercultural", "access"),
                 ("unesco-cade-1960", "unesco-cade-1960:art-4-d", "intercultural", "access"),
                 ("un-icescr-1966", "un-icescr-1966:art-13-2-d", "outcomes", "access")]


def _shipped_codings(project, docs=DOCS):
    """The reference project's own coder-a and coder-b files, for these documents."""
    for coder in ("coder-a", "coder-b"):
        lines = [line for line in (REPO / "annotations" / f"{coder}.jsonl")
                 .read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["target"]["source"] in docs]
        assert lines
        (project.annotations_dir / f"{coder}.jsonl").write_text("\n".join(lines) + "\n",
                                                                encoding="utf-8")


@pytest.fixture(scope="module")
def promoted(tmp_path_factory):
    rows = manifest_rows(DOCS)
    root = tmp_path_factory.mktemp("contested") / "p"
    project = make_project(root, rows, {r["path"]: REPO / "corpus" / r["path"] for r in rows})
    (project.codebook_path).write_text((REPO / "annotations" / "codebook.yaml")
                                       .read_text(encoding="utf-8"), encoding="utf-8")
    # the reference project's own topic overlay, so the drafts group as the reference drafts do
    (project.root / "indicators").mkdir(exist_ok=True)
    (project.root / "indicators" / "topics.yaml").write_text(
        (REPO / "indicators" / "topics.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    _shipped_codings(project)
    for args in (["ingest"], ["indicators", "draft", "--no-suggestions"],
                 ["indicators", "promote"]):
        r = runner.invoke(app, [*args, "--project", str(project.root)])
        assert r.exit_code == 0, r.output
    return project


def _contested(path: Path):
    fw = load_framework(path)
    return {(s.anchor.doc_id, s.anchor.passage_id): (ref.node.id, s)
            for ref in walk(fw) if ref.kind == "indicator" for s in ref.node.sources
            if s.contested}


@pytest.mark.parametrize("path", ["drafts/framework.draft.yaml", "framework.yaml"])
def test_each_disagreement_of_the_shipped_codings_is_recorded_with_both_codings(promoted, path):
    found = _contested(promoted.indicators_dir / path)
    named = {a.id: a.indicator or "" for a in load_annotations(promoted)}
    assert set(found) == {(d, p) for d, p, _, _ in DISAGREEMENTS}
    for doc, passage, area_a, area_b in DISAGREEMENTS:
        ind, s = found[(doc, passage)]
        by_coder = {c.coder: c for c in s.contested}
        assert set(by_coder) == {"coder-a", "coder-b"}
        assert (by_coder["coder-a"].area, by_coder["coder-b"].area) == (area_a, area_b)
        # what each coder chose, never the indicator the draft put a coding in (coder-b named
        # none: its coding was shown as "outcomes → acc-guidance-information", session 45)
        assert {c.indicator for c in s.contested} <= {ind, ""}
        assert all(c.indicator == named[c.annotation_id] for c in s.contested)
        assert by_coder["coder-a"].time == "2026-11-25T18:00:00Z"
        assert by_coder["coder-b"].time == "2026-11-25T18:30:00Z"
        assert {c.annotation_id.split(":")[1] for c in s.contested} == {"coder-a", "coder-b"}
    text = (promoted.indicators_dir / path).read_text(encoding="utf-8")
    assert text.count("contested:") == len(DISAGREEMENTS)


def test_texts_the_coders_agree_on_are_not_contested(promoted):
    anns = load_annotations(promoted)
    a_codes = {(a.anchor.exact, a.area) for a in anns if a.creator == "coder-a"}
    agreed = {a.anchor.exact for a in anns
              if a.creator == "coder-b" and (a.anchor.exact, a.area) in a_codes}
    assert agreed                                     # coder-b agreed with coder-a elsewhere
    fw = load_framework(promoted.indicators_dir / "framework.yaml")
    cited = [s for ref in walk(fw) for s in getattr(ref.node, "sources", [])
             if s.anchor.exact in agreed]
    assert cited and not any(s.contested for s in cited)


def test_validate_lists_contested_sources_and_still_passes(promoted):
    r = runner.invoke(app, ["indicators", "validate", "--project", str(promoted.root), "--json"])
    assert r.exit_code == 0, r.output               # the extended schema accepts the record
    rep = json.loads(r.stdout)
    assert len(rep["contested"]) == len(DISAGREEMENTS)
    para59 = next(c for c in rep["contested"] if c["doc_id"] == "cmw-crc-jgc4-23-2017")
    assert para59["locator"] == "para. 59"
    assert "coder-a: outcomes" in para59["text"] and "coder-b: access" in para59["text"]
    human = runner.invoke(app, ["indicators", "validate", "--project", str(promoted.root)])
    assert f"{len(DISAGREEMENTS)} contested source(s)" in human.stdout
    assert "contested: " in human.stdout and "coder-b: access" in human.stdout


def test_provenance_tables_and_the_report_show_the_disagreement(promoted, tmp_path):
    def prov(*args):
        r = runner.invoke(app, ["provenance", *args, "--project", str(promoted.root)])
        assert r.exit_code == 0, r.output
        return r.stdout

    rows = list(csv.DictReader(io.StringIO(prov("--format", "csv"))))
    hit = [x for x in rows if x["doc_id"] == "cmw-crc-jgc4-23-2017" and x["locator"] == "para. 59"
           and x["contested"]]
    assert hit and "coder-a: outcomes" in hit[0]["contested"]
    assert sum(bool(x["contested"]) for x in rows) == len(DISAGREEMENTS)
    assert "Contested (coders disagree)" in prov("--format", "md")
    assert "status-contested" in prov("--format", "html")
    assert "ct:contested" in prov("--format", "prov")
    out = tmp_path / "p.xlsx"
    prov("--format", "xlsx", "-o", str(out))
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    col = header.index("Contested (coders disagree)")
    assert sum(1 for row in ws.iter_rows(min_row=2, values_only=True) if row[col]) \
        == len(DISAGREEMENTS)
    html = write_index(promoted, stage_names=(), lock={}).read_text(encoding="utf-8")
    assert "Contested: coders disagree on" in html and "coder-b: access" in html
