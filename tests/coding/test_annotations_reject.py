"""Rejected area suggestions: kept as researcher-made data in annotations/ (motivation
`assessing`), skipped by suggestions and the queue, never counted as a coding."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.agreement import agreement
from corpus_tool.coding.annotations import add_annotation, update_annotation
from corpus_tool.coding.check import check_annotations
from corpus_tool.coding.files import load_annotations, read_annotations
from corpus_tool.coding.rejections import load_rejections
from corpus_tool.suggest.areas import suggest_areas
from corpus_tool.suggest.model import training_data
from corpus_tool.suggest.review import annotation_queue, reject_suggestion

from tests.coding.conftest import small_project

runner = CliRunner()
Q28 = "Make primary education compulsory and available free to all;"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    p = small_project(tmp_path_factory.mktemp("reject") / "p")
    for coder, area in (("coder-a", "access"), ("coder-b", "outcomes")):
        add_annotation(p, doc_id="un-crc-1989", quote=Q28, area=area, coder=coder)
    return p


def _lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _queue(project):
    return annotation_queue(project, backend="hash", limit=100000, min_relevance=-1)


def test_a_rejection_is_kept_in_annotations_and_never_counts_as_a_coding(project):
    before_agreement = agreement(project)
    before_training = training_data(project)
    before_anns = load_annotations(project)
    target = _queue(project)[0]
    res = reject_suggestion(project, statement_id=target["id"], coder="coder-b", backend="hash",
                            memo="about health care, not schooling")
    assert not res["already"]
    assert res["file"] == "annotations/coder-b.jsonl"
    recs = _lines(project.root / res["file"])
    rec = next(r for r in recs if r["id"] == res["rejection"]["id"])
    assert rec["motivation"] == "assessing"
    body = next(b for b in rec["body"] if b["purpose"] == "assessing")
    assert body["area"] == target["area"]                    # default: the area suggested first
    assert rec["creator"] == "coder-b" and rec["created"]
    assert rec["origin"]["model_id"] == target["model_id"]
    assert rec["origin"]["model_version"] == target["model_version"]
    assert rec["origin"]["score"] == pytest.approx(target["score"])
    assert target["id"] in (rec["target"]["statement"], rec["target"]["passage"])
    assert rec["target"]["selector"][0]["exact"]
    # not a coding anywhere
    assert load_annotations(project) == before_anns
    assert agreement(project) == before_agreement
    assert training_data(project) == before_training
    assert [r.id for r in load_rejections(project)] == [rec["id"]]
    assert not read_annotations(project).problems
    assert check_annotations(project)["checked"] == len(before_anns)
    # the pair is gone from suggestions and the queue; the statement's other areas stay
    s = suggest_areas(project, statement_ids=[target["id"]], backend="hash")[0]
    assert target["area"] not in dict(s.scores) and len(s.scores) == len(target["scores"]) - 1
    full = suggest_areas(project, statement_ids=[target["id"]], backend="hash",
                         skip_rejected=False)[0]
    assert full.area == target["area"]
    again = [d for d in _queue(project) if d["id"] == target["id"]]
    assert again and again[0]["area"] != target["area"]
    assert target["area"] not in {x["area"] for x in again[0]["scores"]}
    # rejecting the same pair twice changes nothing
    text = (project.root / res["file"]).read_text(encoding="utf-8")
    twice = reject_suggestion(project, statement_id=target["id"], area=target["area"],
                              coder="coder-b", backend="hash")
    assert twice["already"] and twice["rejection"]["id"] == rec["id"]
    assert (project.root / res["file"]).read_text(encoding="utf-8") == text
    # editing a coding in the same file keeps the rejection
    ann = next(a for a in before_anns if a.creator == "coder-b")
    update_annotation(project, ann.id, memo="edited")
    assert rec in _lines(project.root / res["file"])
    assert not (project.build_dir / "workbench" / "rejected-suggestions.json").exists()


def test_every_area_rejected_leaves_the_queue(project):
    target = _queue(project)[1]
    for _ in target["scores"]:
        reject_suggestion(project, statement_id=target["id"], coder="coder-c", backend="hash")
    assert target["id"] not in {d["id"] for d in _queue(project)}
    assert not suggest_areas(project, statement_ids=[target["id"]], backend="hash")
    with pytest.raises(Exception, match="every area is already rejected"):
        reject_suggestion(project, statement_id=target["id"], coder="coder-c", backend="hash")


def test_evidence_for_drafts_ignores_rejections(project):
    from corpus_tool.indicators.evidence import collect_evidence
    from corpus_tool.store.db import connect
    rej = {r.id for r in load_rejections(project)}
    assert rej
    conn = connect(project.db_path)
    try:
        ev, _ = collect_evidence(project, conn, use_suggestions=False)
    finally:
        conn.close()
    assert ev and not {e.annotation_id for e in ev} & rej


def test_a_malformed_rejection_is_reported_with_file_and_line(tmp_path):
    p = small_project(tmp_path / "p", ("un-crc-1989",))
    f = p.annotations_dir / "coder-x.jsonl"
    f.write_text(json.dumps({"id": "x", "creator": "coder-x", "motivation": "assessing",
                             "target": {"source": "un-crc-1989", "statement": "s"},
                             "body": []}) + "\n", encoding="utf-8")
    res = read_annotations(p)
    assert not res.rejections and not res.annotations
    assert res.problems and res.problems[0].startswith("annotations/coder-x.jsonl, line 1: ")
    assert "assessing" in res.problems[0]


def test_cli_reject(project):
    q = _queue(project)
    target = q[2]
    other = next(s["area"] for s in target["scores"] if s["area"] != target["area"])
    res = runner.invoke(app, ["annotations", "reject", "--statement", target["id"], "--area",
                              other, "--coder", "coder-d", "--backend", "hash", "--json",
                              "--project", str(project.root)])
    assert res.exit_code == 0, (res.stdout, res.stderr)
    out = json.loads(res.stdout)
    assert out["file"] == "annotations/coder-d.jsonl" and not out["already"]
    body = next(b for b in out["rejection"]["body"] if b["purpose"] == "assessing")
    assert body["area"] == other
    assert out["rejection"]["origin"]["score"] == pytest.approx(
        next(s["score"] for s in target["scores"] if s["area"] == other))
    res = runner.invoke(app, ["annotations", "reject", "--statement", target["id"], "--area",
                              "nonsense", "--backend", "hash", "--project", str(project.root)])
    assert res.exit_code == 1 and res.stderr.startswith("Error: ")
    assert "nonsense" in res.stderr
    res = runner.invoke(app, ["annotations", "reject", "--help"])
    assert "Example: corpus-tool annotations reject --statement" in res.output
