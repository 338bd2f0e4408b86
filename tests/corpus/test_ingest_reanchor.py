"""Re-ingesting a document whose text changed re-anchors its annotations (issue 5): the
position hints move, the quote stays, orphans are reported (never dropped), and the summary
(`--json` and the human line) says what happened."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.annotations import add_annotation
from corpus_tool.coding.files import load_annotations
from corpus_tool.pipeline import ingest
from corpus_tool.store import db as store

from tests.conftest import REPO, make_project

runner = CliRunner()
CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
QUOTE = "States Parties recognize the right of the child to education"
ROW = {"id": "un-crc-1989", "title": "CRC", "issuer": "UN", "year": "1989", "path": "crc.md",
       "language": "en"}


def _project(tmp_path):
    project = make_project(tmp_path / "p", [ROW], {"crc.md": CRC})
    assert ingest(project, workers=1)["ingested"] == ["un-crc-1989"]
    return project


def _anchor(project):
    (ann,) = load_annotations(project)
    return ann.anchor


def _doc_text(project):
    conn = store.connect(project.db_path)
    try:
        return store.document_text(conn, "un-crc-1989")[0]
    finally:
        conn.close()


def test_changed_text_moves_position_hints_and_keeps_the_quote(tmp_path):
    project = _project(tmp_path)
    ann = add_annotation(project, area="access", doc_id="un-crc-1989", quote=QUOTE, coder="t")
    before = _anchor(project)
    assert before.exact == QUOTE and before.start is not None
    src = project.corpus_dir / "crc.md"
    inserted = "This sentence was inserted by the test before the quote. "
    src.write_text(src.read_text(encoding="utf-8").replace(QUOTE, inserted + QUOTE, 1),
                   encoding="utf-8")

    r = runner.invoke(app, ["ingest", "--project", str(project.root), "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert rep["ingested"] == ["un-crc-1989"]
    assert rep["annotations"]["documents"] == ["un-crc-1989"]
    assert rep["annotations"]["moved"] == 1 and rep["annotations"]["orphaned"] == 0

    after = _anchor(project)
    assert after.exact == QUOTE                              # the quote is unchanged
    assert after.start == before.start + len(inserted)       # the position hint moved
    assert _doc_text(project)[after.start:after.end] == QUOTE
    assert after.text_sha256 != before.text_sha256
    assert load_annotations(project)[0].id == ann.id


def test_first_and_unchanged_ingests_do_not_reanchor(tmp_path, monkeypatch):
    calls = []
    import corpus_tool.coding.check as annotations
    monkeypatch.setattr(annotations, "reanchor_document",
                        lambda project, doc_id: calls.append(doc_id) or {})
    project = _project(tmp_path)                             # first-time ingest
    add_annotation(project, area="access", doc_id="un-crc-1989", quote=QUOTE, coder="t")
    assert ingest(project, workers=1)["unchanged"] == ["un-crc-1989"]
    rep = ingest(project, workers=1, force=True)             # re-extracted, same text
    assert rep["ingested"] == ["un-crc-1989"] and rep["annotations"]["documents"] == []
    assert calls == []


def test_orphans_are_reported_never_dropped_and_named_in_the_human_line(tmp_path):
    project = _project(tmp_path)
    quote = "with a view to achieving this right progressively and on the basis of equal"
    add_annotation(project, area="access", doc_id="un-crc-1989", quote=quote, coder="t")
    src = project.corpus_dir / "crc.md"
    lines = src.read_text(encoding="utf-8").split("\n")
    src.write_text("\n".join("1.  Zebras quietly painted violet umbrellas." if QUOTE in line
                             else line for line in lines), encoding="utf-8")
    r = runner.invoke(app, ["ingest", "--project", str(project.root)])
    assert r.exit_code == 0, r.output
    assert "annotations: 1 orphaned" in r.stdout
    assert "corpus-tool annotations check" in r.stdout
    (kept,) = load_annotations(project)
    assert kept.anchor.exact == quote


def test_a_reanchoring_failure_does_not_fail_the_ingest(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p", [ROW, {**ROW, "id": "copy", "path": "copy.md"}],
                           {"crc.md": CRC, "copy.md": CRC})
    ingest(project, workers=1)
    for name in ("crc.md", "copy.md"):
        src = project.corpus_dir / name
        src.write_text("Preface added.\n\n" + src.read_text(encoding="utf-8"), encoding="utf-8")
    import corpus_tool.coding.check as annotations

    def boom(project, doc_id):
        if doc_id == "copy":
            raise RuntimeError("disk on fire")
        return {"checked": 2, "moved": 2, "results": []}
    monkeypatch.setattr(annotations, "reanchor_document", boom)
    rep = ingest(project, workers=1)
    assert rep["ingested"] == ["copy", "un-crc-1989"] and rep["failed"] == []
    assert rep["annotations"]["moved"] == 2
    assert [e["doc_id"] for e in rep["annotations"]["errors"]] == ["copy"]
