"""A document that cannot be read stays said until it is fixed (a researcher's trial, session 43):
- a typo in its manifest row ("20011" for a year) removed it from the index and from `docs
  list`, orphaned its annotations, and `annotations check` advised coding them again and
  removing the old ones, which would lose the coder's work;
- a later `build` (ingest skipped) exited 0 and no longer named the files it could not read;
- a file read again and failed (`ingest --force` without a PDF's password) stayed "failed" in
  `docs list` while the next ingest counted it unchanged."""
from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from tests.indicators.conftest import copy_project, make_project

runner = CliRunner()
DOC = "un-udhr-1948"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("failed") / "p").root


@pytest.fixture
def project(built, tmp_path):
    return copy_project(built, tmp_path / "p")


def _run(project, *args):
    return runner.invoke(app, [*args, "--project", str(project.root)])


def _set_year(project, doc_id, year):
    path = project.manifest_path
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    for r in rows:
        if r["id"] == doc_id:
            r["year"] = year
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def _docs(project):
    return {d["id"]: d for d in json.loads(_run(project, "docs", "list", "--json").stdout)}


def test_a_typo_in_a_manifest_row_fails_the_document_and_removes_nothing(project):
    passages = _docs(project)[DOC]["passages"]
    _set_year(project, DOC, "20011")
    r = _run(project, "ingest")
    assert r.exit_code == 1 and "year '20011' is not a year" in r.stderr
    assert "1 removed" not in r.stdout and "0 removed" in r.stdout
    d = _docs(project)[DOC]
    assert d["status"] == "failed" and "20011" in d["error"] and d["passages"] == passages
    check = _run(project, "annotations", "check")
    assert check.exit_code == 0 and " 0 orphaned" in check.stdout, check.output   # still indexed
    _set_year(project, DOC, "1948")
    assert _run(project, "ingest").exit_code == 0
    assert _docs(project)[DOC]["status"] == "ingested"


def test_an_annotation_whose_document_is_gone_is_not_to_be_coded_again(project):
    manifest = project.manifest_path.read_text(encoding="utf-8")
    project.manifest_path.write_text(
        "\n".join(x for x in manifest.splitlines() if not x.startswith(DOC + ",")) + "\n",
        encoding="utf-8")
    assert _run(project, "ingest").exit_code == 0
    r = _run(project, "annotations", "check")
    assert r.exit_code == 1
    assert "whose document is not in the index" in r.stderr and "do not code them again" in r.stderr
    assert "code the passage again" not in r.stderr


def test_every_build_names_the_files_it_cannot_read_and_fails(project):
    bad = project.corpus_dir / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    r = _run(project, "add", str(bad), "--title", "A broken file", "--issuer", "Nobody",
             "--year", "2020")
    # `add` leaves nothing of a file it cannot read, and never the researcher's own file
    assert r.exit_code == 1 and "was not added" in r.stderr and bad.exists()
    # a password only where one is asked for (trial 39, P9: a JSON file was told to give one;
    # trial 40, P14: a text file named .pdf): not for a broken PDF
    assert "--password" not in " ".join(r.stderr.split())
    empty = project.corpus_dir / "empty.json"
    empty.write_text("{\"paragraphs\": [", encoding="utf-8")
    r = _run(project, "add", str(empty), "--title", "An empty file", "--issuer", "Nobody")
    said = " ".join(r.stderr.split())
    assert "was not added" in said and "--password" not in said
    assert "malformed JSON (Expecting value at the end of the line: a closing } or ] " in said
    assert "broken" not in project.manifest_path.read_text(encoding="utf-8")
    from corpus_tool.corpus.manifest import add_document       # a row written by hand, say
    add_document(project, bad, title="A broken file", issuer="Nobody", year=2020)
    first = _run(project, "build", "-q", "--backend", "hash")
    assert first.exit_code == 1 and "broken" in first.stderr
    again = _run(project, "build", "-q", "--backend", "hash")      # ingest skipped this time
    assert "ingest      skipped" in again.stdout
    assert again.exit_code == 1, again.output
    assert "broken.pdf: damaged or truncated PDF" in again.stderr
    assert "1 document(s) could not be ingested" in again.stderr
    report = (project.build_dir / "report" / "index.html").read_text(encoding="utf-8")
    assert "could not read corpus/added/broken.pdf" in report


def test_docs_list_says_why_a_row_cannot_be_read_before_any_ingest(project):
    """A researcher's trial 35 (P10): with a bad year, `docs list` showed the document as "not
    in manifest"; only `ingest` said why."""
    _set_year(project, DOC, "twenty")
    d = _docs(project)[DOC]
    assert d["status"] == "failed" and "year 'twenty' is not a year" in d["error"]


def test_a_failed_row_removed_by_hand_is_no_longer_listed(project):
    """Trial 35 (P10): a failed row the researcher removed stayed "failed" until the next
    `ingest`."""
    _set_year(project, DOC, "20011")
    assert _run(project, "ingest").exit_code == 1
    path = project.manifest_path
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(ln for ln in lines if not ln.startswith(DOC + ",")),
                    encoding="utf-8")
    d = _docs(project)[DOC]          # still indexed (its annotations keep their anchors)
    assert d["status"] == "not in manifest" and "error" not in d


def test_a_misplaced_quote_in_a_row_is_said_not_read_into_other_fields(project):
    """A researcher's trial 36 (P7): '…older persons,"UN Committee on Economic, Social and
    Cultural Rights",1995' (the title's closing quote moved) made the title "… older persons,UN
    Committee on Economic" and the issuer 'Social and Cultural Rights"', in silence."""
    path = project.manifest_path
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    k = next(i for i, ln in enumerate(lines) if ln.startswith(DOC + ","))
    fields = lines[k].rstrip("\n").split(",")
    moved = [DOC, f'"{fields[1]} of 1948,"UN General', ' Assembly"', *fields[3:]]
    lines[k] = ",".join(moved) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    r = _run(project, "ingest")
    assert r.exit_code == 1 and f"line {k + 1}" in r.stderr and "malformed CSV" in r.stderr, \
        r.stderr
    d = _docs(project)[DOC]
    assert d["status"] == "failed" and "quoted whole" in d["error"]
    assert d["passages"] > 0                       # failed, not removed: its codings stay


def test_a_build_after_the_row_is_put_back_reads_the_document_again(project):
    """A researcher's trial 43 (P6): `ingest` failed a document whose manifest row a researcher
    broke; with the row put back as the last build had it, `build` took the ingest for up to
    date and went on saying the document could not be ingested until a plain `ingest`."""
    manifest = project.manifest_path.read_text(encoding="utf-8")
    assert _run(project, "build", "--json").exit_code == 0
    _set_year(project, DOC, "20011")
    assert _run(project, "ingest").exit_code == 1
    project.manifest_path.write_text(manifest, encoding="utf-8")
    r = _run(project, "build", "--json")
    assert r.exit_code == 0 and "could not be ingested" not in r.output, r.output
    assert _docs(project)[DOC]["status"] == "ingested"
