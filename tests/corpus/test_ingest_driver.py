"""The ingest driver (`corpus.ingest`) itself, on real documents: what it skips, re-extracts,
updates in place, removes and reports as failed, and what it tells its progress callback. (It
knows nothing of annotations: `pipeline.ingest` composes the re-anchoring.)"""
from __future__ import annotations

import csv
import sqlite3

from corpus_tool.corpus import ingest
from corpus_tool.corpus.docs import list_docs, show_doc
from corpus_tool.project import MANIFEST_FIELDS

from tests.conftest import REPO, make_project

CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
GC11 = REPO / "corpus" / "general-comments" / "Annotated_ESCR-GC11-PrimEducation.json"
GC1 = REPO / "corpus" / "general-comments" / "Annotated_CRC-GC1-AimsEd.json"
ROWS = [{"id": "un-crc-1989", "title": "Convention on the Rights of the Child",
         "issuer": "UN General Assembly", "year": "1989", "type": "convention",
         "legal_force": "binding", "language": "en", "path": "crc.md"},
        {"id": "cescr-gc11-1999", "title": "General Comment No. 11", "issuer": "CESCR",
         "year": "1999", "type": "general comment", "legal_force": "non-binding",
         "language": "en", "path": "gc11.json"}]


def _project(tmp_path, rows=ROWS, files=None):
    return make_project(tmp_path / "p", rows, files or {"crc.md": CRC, "gc11.json": GC11})


def _rewrite_manifest(project, rows):
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in MANIFEST_FIELDS})


def test_the_report_lists_each_document_once_and_counts_the_passages(tmp_path):
    project = _project(tmp_path)
    calls = []
    rep = ingest(project, workers=1, progress=lambda n=0, total=None: calls.append((n, total)))
    assert sorted(rep["ingested"]) == ["cescr-gc11-1999", "un-crc-1989"]
    assert rep["unchanged"] == [] and rep["removed"] == [] and rep["failed"] == []
    assert rep["text_changed"] == []                   # new documents: nothing to re-anchor
    conn = sqlite3.connect(project.db_path)
    n = conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    conn.close()
    assert rep["passages"] == n > 200
    assert calls[0] == (0, 2) and calls[1:] == [(1, None), (1, None)]


def test_an_unchanged_file_is_skipped_and_force_re_extracts_it(tmp_path):
    project = _project(tmp_path)
    ingest(project, workers=1)
    again = ingest(project, workers=1)
    assert again["ingested"] == [] and sorted(again["unchanged"]) == [
        "cescr-gc11-1999", "un-crc-1989"] and again["passages"] == 0
    forced = ingest(project, workers=1, force=True)
    assert sorted(forced["ingested"]) == ["cescr-gc11-1999", "un-crc-1989"]
    assert forced["text_changed"] == []                # same files, same text


def test_a_new_title_in_the_manifest_updates_the_row_without_re_extracting(tmp_path):
    project = _project(tmp_path)
    ingest(project, workers=1)
    rows = [dict(ROWS[0], title="UN Convention on the Rights of the Child (1989)"), ROWS[1]]
    _rewrite_manifest(project, rows)
    rep = ingest(project, workers=1)
    assert rep["ingested"] == [] and "un-crc-1989" in rep["unchanged"]
    assert show_doc(project, "un-crc-1989")["title"] == \
        "UN Convention on the Rights of the Child (1989)"


def test_an_edited_file_is_re_extracted_and_listed_as_text_changed(tmp_path):
    project = _project(tmp_path)
    ingest(project, workers=1)
    crc = project.corpus_dir / "crc.md"
    crc.write_text(crc.read_text(encoding="utf-8").replace(
        "compulsory and available free to all", "compulsory and free to all", 1),
        encoding="utf-8")
    rep = ingest(project, workers=1)
    assert rep["ingested"] == ["un-crc-1989"] and rep["text_changed"] == ["un-crc-1989"]
    assert rep["unchanged"] == ["cescr-gc11-1999"]


def test_a_row_dropped_from_the_manifest_is_removed_but_not_when_ingesting_some_paths(tmp_path):
    project = _project(tmp_path)
    ingest(project, workers=1)
    _rewrite_manifest(project, ROWS[:1])
    some = ingest(project, workers=1, paths=[project.corpus_dir / "crc.md"])
    assert some["removed"] == []                       # a partial ingest removes nothing
    assert {d["id"]: d["status"] for d in list_docs(project)}["cescr-gc11-1999"] == \
        "not in manifest"
    rep = ingest(project, workers=1)
    assert rep["removed"] == ["cescr-gc11-1999"]
    assert [d["id"] for d in list_docs(project)] == ["un-crc-1989"]


def test_a_missing_file_fails_with_its_manifest_line_and_the_others_still_ingest(tmp_path):
    rows = [*ROWS, {"id": "crc-gc1-2001", "title": "General Comment No. 1", "issuer": "CRC",
                    "year": "2001", "type": "general comment", "legal_force": "non-binding",
                    "language": "en", "path": "gone.json"}]
    project = _project(tmp_path, rows)
    rep = ingest(project, workers=1)
    assert sorted(rep["ingested"]) == ["cescr-gc11-1999", "un-crc-1989"]
    [fail] = rep["failed"]
    assert fail["path"] == "corpus/gone.json" and fail["doc_id"] == "crc-gc1-2001"
    assert fail["line"] == 4 and "file not found" in fail["message"]
    assert "line 4 of corpus/manifest.csv" in fail["message"]
    assert {d["id"]: d["status"] for d in list_docs(project)}["crc-gc1-2001"] == "failed"
    # restored: the failure is gone and the document is in
    (project.corpus_dir / "gone.json").write_bytes(GC1.read_bytes())
    again = ingest(project, workers=1)
    assert again["ingested"] == ["crc-gc1-2001"] and again["failed"] == []
    assert {d["id"]: d["status"] for d in list_docs(project)}["crc-gc1-2001"] == "ingested"


def test_a_path_outside_the_manifest_is_a_failure_naming_the_fix(tmp_path):
    project = _project(tmp_path, files={"crc.md": CRC, "gc11.json": GC11, "extra.json": GC1})
    rep = ingest(project, workers=1, paths=[project.corpus_dir / "extra.json"])
    assert rep["ingested"] == []
    [fail] = rep["failed"]
    assert fail["doc_id"] is None and "corpus-tool add" in fail["message"]
