"""Annotations: adding, storing (canonical, locked, atomic), loading bad files, re-anchoring
after a re-ingest. Real documents of the reference corpus in a throw-away project."""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.annotations import add_annotation, remove_annotations, update_annotation
from corpus_tool.coding.check import check_annotations, reanchor_document
from corpus_tool.coding.files import (annotations_text, get_annotation, load_annotations,
                                      read_annotations)
from corpus_tool.coding.records import annotation_id, annotation_to_record, record_to_annotation
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.pipeline import ingest
from corpus_tool.store.db import connect, document_text

from tests.coding.conftest import small_project
from tests.conftest import REPO

Q28 = "Make primary education compulsory and available free to all;"
Q59 = ("All children in the context of international migration, irrespective of status, shall "
       "have full access to all levels and all aspects of education")


@pytest.fixture()
def project(tmp_path):
    return small_project(tmp_path / "p")


def test_add_by_quote_writes_a_canonical_w3c_record(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access",
                       indicator="acc-free-compulsory-primary", memo="free and compulsory",
                       coder="coder-a")
    assert a.anchor.passage_id == "un-crc-1989:art-28-1-a"
    path = project.annotations_dir / "coder-a.jsonl"
    line = path.read_text(encoding="utf-8")
    assert line.endswith("\n") and line.count("\n") == 1
    rec = json.loads(line)
    assert list(rec) == sorted(rec)                       # sorted keys
    assert rec["type"] == "Annotation" and rec["motivation"] == "classifying"
    assert rec["creator"] == "coder-a" and rec["origin"] == {"type": "manual"}
    quote_sel = [s for s in rec["target"]["selector"] if s["type"] == "TextQuoteSelector"][0]
    pos_sel = [s for s in rec["target"]["selector"] if s["type"] == "TextPositionSelector"][0]
    with connect(project.db_path) as conn:
        text, sha = document_text(conn, "un-crc-1989")
    assert text[pos_sel["start"]:pos_sel["end"]] == quote_sel["exact"] == Q28
    assert rec["target"]["source"] == "un-crc-1989" and rec["target"]["text_sha256"] == sha
    bodies = {b["purpose"]: b["value"] for b in rec["body"]}
    assert bodies == {"classifying": "access", "linking": "acc-free-compulsory-primary",
                      "commenting": "free and compulsory"}
    assert load_annotations(project) == [a]
    assert get_annotation(project, a.id) == a


def test_quote_with_other_whitespace_and_apostrophes_is_found(project):
    a = add_annotation(project, doc_id="cmw-crc-jgc4-23-2017", area="access", coder="x",
                       quote="prohibit the sharing of students' data")
    assert a.anchor.exact == "prohibit the sharing of students’ data"


def test_add_by_passage_and_quote_inside_a_passage(project):
    a = add_annotation(project, passage_id="coe-fcnm-1995:art-14-1", area="diversity", coder="x")
    with connect(project.db_path) as conn:
        from corpus_tool.store.db import get_passage
        passage = get_passage(conn, "coe-fcnm-1995:art-14-1")
    assert a.anchor.exact == passage.text.strip()
    assert "has the right to learn his or her minority language" in a.anchor.exact
    assert a.doc_id == "coe-fcnm-1995"
    b = add_annotation(project, passage_id="un-crc-1989:art-28-1", quote="equal opportunity",
                       area="access", coder="x")
    assert b.anchor.passage_id == "un-crc-1989:art-28-1"


def test_one_quote_coded_to_two_indicators_or_for_and_against_is_two_codings(project):
    # a researcher's trial 45 (P12): the second coding of a quote was refused, "annotation …
    # already exists", so one quote could not back one indicator and weigh against another
    first = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="c",
                           indicator="acc-free-primary")
    other = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="c",
                           indicator="acc-secondary", stance="against")
    assert other.id != first.id and other.id.startswith("un-crc-1989:c:")
    assert {(a.indicator, a.stance) for a in load_annotations(project)} == {
        ("acc-free-primary", "for"), ("acc-secondary", "against")}
    # the first keeps the id it always had; the same coding twice is still refused
    assert first.id == annotation_id("c", "un-crc-1989", first.anchor.start, first.anchor.end,
                                     first.anchor.exact, "access")
    with pytest.raises(InputError, match="already exists"):
        add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="c",
                       indicator="acc-secondary", stance="against")


def test_refusals_name_the_problem(project):
    add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    with pytest.raises(InputError, match="already exists"):
        add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    with pytest.raises(NotFoundError, match="unknown document 'no-such-doc'"):
        add_annotation(project, doc_id="no-such-doc", quote=Q28, area="access", coder="x")
    with pytest.raises(NotFoundError, match=r"unknown document 'un-crc-1998' \(did you mean "
                                            r"'un-crc-1989'\?\)"):
        add_annotation(project, doc_id="un-crc-1998", quote=Q28, area="access", coder="x")
    # as `annotations import` suggests (a researcher's trial 29: 'cescr-gc-6' had none here)
    with pytest.raises(NotFoundError, match=r"did you mean 'un-crc-1989'"):
        add_annotation(project, doc_id="un-crc", quote=Q28, area="access", coder="x")
    # not another issuer's document (a researcher's trial 30: 'uk-defamation-2013' was offered
    # 'ck-defamation-1993', a law of another country)
    with pytest.raises(NotFoundError) as e:
        add_annotation(project, doc_id="uo-crc-1989", quote=Q28, area="access", coder="x")
    assert "did you mean" not in str(e.value)
    with pytest.raises(InputError, match=r"unknown area 'acess' \(did you mean 'access'\?\)"
                                         r".*access, outcomes, diversity"):
        add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="acess", coder="x")
    with pytest.raises(InputError, match="not in un-crc-1989"):
        add_annotation(project, doc_id="un-crc-1989", quote="free tuition for all", area="access")
    with pytest.raises(InputError, match="occurs .* times") as err:
        add_annotation(project, doc_id="un-crc-1989", quote="States Parties shall", area="access")
    assert "--occurrence" in str(err.value.fix)      # the option that takes one (trial 28, P12)
    a = add_annotation(project, doc_id="un-crc-1989", quote="States Parties shall",
                       area="access", occurrence=2, coder="x")
    spans_before = a.anchor.start
    assert spans_before > 0
    # nothing was written by the refused calls
    assert len(load_annotations(project)) == 2


def test_same_quote_other_coder_or_area_is_another_annotation(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    b = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-b")
    c = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="outcomes", coder="coder-a")
    assert len({a.id, b.id, c.id}) == 3
    assert a.id.startswith("un-crc-1989:coder-a:")
    assert sorted(p.name for p in project.annotations_dir.glob("*.jsonl")) == \
        ["coder-a.jsonl", "coder-b.jsonl"]


def test_update_and_remove(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a",
                       created="2026-01-01T00:00:00Z")
    u = update_annotation(project, a.id, area="outcomes", memo="on reflection")
    assert (u.id, u.anchor, u.created) == (a.id, a.anchor, a.created)
    assert u.area == "outcomes" and u.memo == "on reflection" and u.modified > a.modified
    assert load_annotations(project) == [u]
    with pytest.raises(NotFoundError, match="nothing was removed"):
        remove_annotations(project, [a.id, "nope"])
    assert len(load_annotations(project)) == 1
    assert [x.id for x in remove_annotations(project, [a.id])] == [a.id]
    assert load_annotations(project) == []
    # the coder's file, left with nothing, goes (a researcher's trial 24 found it empty)
    assert not (project.annotations_dir / "coder-a.jsonl").exists()


def test_malformed_line_is_reported_and_the_rest_loads(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    path = project.annotations_dir / "coder-a.jsonl"
    good = path.read_text(encoding="utf-8")
    path.write_text(good + '{"id": "broken", \n' + '{"id": "x", "creator": "y"}\n',
                    encoding="utf-8")
    res = read_annotations(project)
    assert [x.id for x in res.annotations] == [a.id]
    assert any(p.startswith("annotations/coder-a.jsonl, line 2: malformed JSON")
               for p in res.problems)
    assert any(p.startswith("annotations/coder-a.jsonl, line 3: missing `target`")
               for p in res.problems)
    # writing into that file is refused (nothing a researcher made is lost) …
    before = path.read_bytes()
    with pytest.raises(InputError, match="line 2"):
        add_annotation(project, doc_id="un-crc-1989", quote="equal opportunity", area="access",
                       coder="coder-a")
    assert path.read_bytes() == before
    # … while other coders' files still work
    add_annotation(project, doc_id="un-crc-1989", quote="equal opportunity", area="access",
                   coder="coder-b")


def test_duplicate_ids_across_files_are_reported(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    src = project.annotations_dir / "coder-a.jsonl"
    (project.annotations_dir / "copy.jsonl").write_text(src.read_text("utf-8"), encoding="utf-8")
    res = read_annotations(project)
    assert [x.id for x in res.annotations] == [a.id]
    assert res.problems == [f"annotations/copy.jsonl, line 1: duplicate annotation id {a.id!r} "
                            "(also in annotations/coder-a.jsonl, line 1; give one of them a new "
                            "id)"]


def test_reference_annotation_files_round_trip_byte_for_byte():
    for path in sorted((REPO / "annotations").glob("*.jsonl")):
        raw = path.read_text(encoding="utf-8")
        anns = [record_to_annotation(json.loads(line)) for line in raw.splitlines()]
        assert annotations_text(anns) == raw, path
        for a, line in zip(anns, raw.splitlines()):
            assert json.loads(line) == annotation_to_record(a)


def _adder(root: str, coder: str, n: int, quotes: list[str]) -> None:
    from corpus_tool.project import Project
    project = Project(Path(root))
    for i in range(n):
        add_annotation(project, doc_id="un-crc-1989", quote=quotes[i % len(quotes)],
                       area=("access", "outcomes", "diversity", "intercultural")[i // len(quotes)],
                       coder=coder)


QUOTES = ["Make primary education compulsory", "Make higher education accessible to all",
          "reduction of drop-out rates", "regular attendance at schools",
          "educational and vocational information"]
QUOTES2 = ["school discipline is administered", "elimination of ignorance and illiteracy",
           "respect for the natural environment", "to enjoy his or her own culture",
           "freedom of thought, conscience and religion"]


def test_two_processes_adding_at_once_lose_nothing(project):
    ctx = mp.get_context("fork")
    # the same coder file from both processes: the lock serialises read-modify-write
    procs = [ctx.Process(target=_adder, args=(str(project.root), "coder-a", 10, QUOTES)),
             ctx.Process(target=_adder, args=(str(project.root), "coder-a", 10, QUOTES2))]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    res = read_annotations(project)
    assert res.problems == []
    assert len(res.annotations) == 20


def test_killed_writer_leaves_a_valid_file(project):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from corpus_tool.project import Project\n"
        "from corpus_tool.coding.annotations import add_annotation\n"
        "p = Project(Path(sys.argv[1]))\n"
        "i = 0\n"
        "while True:\n"
        "    add_annotation(p, doc_id='un-crc-1989', quote='Make primary education compulsory',"
        " area='access', coder=f'c{i}', memo='x' * 20000)\n"
        "    i += 1\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(project.root)],
                            cwd=REPO, stderr=subprocess.PIPE)
    deadline = time.time() + 20
    while time.time() < deadline and len(list(project.annotations_dir.glob("c*.jsonl"))) < 3:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    res = read_annotations(project)
    assert res.problems == []
    assert len(res.annotations) >= 3
    assert all(p.suffix == ".jsonl" for p in project.annotations_dir.glob("c*.jsonl"))


def _reingest_with(project, rel: str, old: str, new: str) -> None:
    path = project.corpus_dir / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    # keep the manifest's sha256 consistent with the edited file
    from corpus_tool.formats import sha256_file
    m = project.manifest_path.read_text(encoding="utf-8")
    lines = [ln if f",{rel}," not in ln else ln.rsplit(",", 1)[0] + "," + sha256_file(path)
             for ln in m.splitlines()]
    project.manifest_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = ingest(project, workers=1, reanchor=False)   # re-anchored by the checks below
    assert not rep.get("failures"), rep


def test_reingest_of_a_changed_document_reanchors_and_keeps_orphans(project):
    rel = "treaties/un_crc_1989__nl-treatydb.md"
    keep = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="a")
    fuzzy = add_annotation(project, doc_id="un-crc-1989", area="access", coder="a",
                           quote="Make higher education accessible to all on the basis of capacity "
                                 "by every appropriate means;")
    gone = add_annotation(project, doc_id="un-crc-1989", area="outcomes", coder="a",
                          quote="Take measures to encourage regular attendance at schools and the "
                                "reduction of drop-out rates.")
    other = add_annotation(project, doc_id="coe-fcnm-1995", area="diversity", coder="a",
                           quote="has the right to learn his or her minority language")
    _reingest_with(project, rel, "Preamble", "Preamble\n\nA note added by the editors.\n\n")
    _reingest_with(project, rel, "on the basis of capacity by every appropriate means",
                   "on the basis of capacity by all appropriate means")
    _reingest_with(project, rel, "Take measures to encourage regular attendance at schools and "
                   "the reduction of drop-out rates.", "Publish school statistics yearly.")
    rep = reanchor_document(project, "un-crc-1989")
    status = {r["id"]: r["status"] for r in rep["results"]}
    assert rep["checked"] == 3                     # only that document's annotations
    assert status == {keep.id: "moved", fuzzy.id: "fuzzy", gone.id: "orphaned"}
    assert rep["orphaned"] == 1 and rep["updated"] == 2
    anns = {a.id: a for a in load_annotations(project)}
    assert set(anns) == {keep.id, fuzzy.id, gone.id, other.id}     # the orphan is kept
    with connect(project.db_path) as conn:
        text, sha = document_text(conn, "un-crc-1989")
    moved = anns[keep.id].anchor
    assert text[moved.start:moved.end] == Q28 and moved.text_sha256 == sha
    assert anns[fuzzy.id].anchor.exact == fuzzy.anchor.exact      # the quote is never rewritten
    assert "all appropriate" in text[anns[fuzzy.id].anchor.start:anns[fuzzy.id].anchor.end]
    assert anns[gone.id].anchor == gone.anchor                     # orphan untouched
    again = check_annotations(project)
    assert again["moved"] == 0 and again["fuzzy"] == 1 and again["orphaned"] == 1
    assert again["exact"] == 2


def test_check_reports_annotations_of_documents_not_in_the_index(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="a")
    with connect(project.db_path) as conn:
        conn.execute("DELETE FROM passages WHERE doc_id = 'un-crc-1989'")
        conn.execute("DELETE FROM documents WHERE id = 'un-crc-1989'")
    rep = check_annotations(project)
    assert rep["orphaned"] == 1
    assert rep["results"][0]["reason"] == "document not in the index"
    assert load_annotations(project)[0].id == a.id


def _fake_statement(project, sid: str, passage_id: str) -> tuple[int, int]:
    """Insert one statement row the way the statements stage stores it (its own DDL)."""
    from corpus_tool.statements.stage import DDL
    from corpus_tool.store.db import ensure_schema, get_passage
    with connect(project.db_path) as conn:
        ensure_schema(conn, DDL)
        p = get_passage(conn, passage_id)
        text, _ = document_text(conn, p.doc_id)
        start = p.start + p.text.index("Make")
        end = p.end
        conn.execute('INSERT INTO statements (id, doc_id, passage_id, seq, page, locator, start, '
                     '"end", text, actor, deontic, strength, aim, object, condition) '
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (sid, p.doc_id, p.id, 1, None, p.locator, start, end, text[start:end],
                      "States Parties", "shall", "obligation", "make", "primary education", ""))
    return start, end


def _texts_as_extracted(conn) -> None:
    """Each statement row's text the document's words at its place, as the stage stores them
    after a test moved its offsets (rows whose text is not are of an earlier text)."""
    conn.execute('UPDATE statements SET text = (SELECT substr(d.text, statements.start + 1, '
                 'statements."end" - statements.start) FROM documents d '
                 'WHERE d.id = statements.doc_id)')


def test_statement_ids_are_hints_and_targets(project):
    sid = "un-crc-1989:art-28-1-a:s1"
    start, end = _fake_statement(project, sid, "un-crc-1989:art-28-1-a")
    a = add_annotation(project, doc_id="un-crc-1989", quote="primary education compulsory",
                       area="access", coder="x")
    assert a.anchor.statement_id == sid and a.anchor.passage_id == "un-crc-1989:art-28-1-a"
    b = add_annotation(project, statement_id=sid, area="outcomes", coder="x")
    assert (b.anchor.start, b.anchor.end, b.anchor.statement_id) == (start, end, sid)
    assert b.anchor.exact.startswith("Make primary education")
    with pytest.raises(NotFoundError, match="no statement"):
        add_annotation(project, statement_id="un-crc-1989:art-28-1-a:s9", area="access",
                       coder="x")


def test_check_fills_statement_hints_once_statements_exist(project):
    a = add_annotation(project, doc_id="un-crc-1989", quote="primary education compulsory",
                       area="access", coder="x")
    assert a.anchor.statement_id is None
    sid = "un-crc-1989:art-28-1-a:s1"
    _fake_statement(project, sid, "un-crc-1989:art-28-1-a")
    rep = check_annotations(project)
    assert rep["exact"] == 1 and rep["updated"] == 1
    [b] = load_annotations(project)
    assert b.anchor.statement_id == sid
    assert (b.id, b.anchor.exact, b.anchor.start, b.modified) == \
        (a.id, a.anchor.exact, a.anchor.start, a.modified)


def test_check_keeps_the_coded_statement_while_it_still_covers_the_quote(project):
    # a coder codes statement s1; the statements are extracted again and s1 now covers less of
    # the quote than a new s2 does: the check keeps s1 (as the drafts' evidence does), and
    # moves the hint only once s1 no longer covers the quote at all
    sid = "un-crc-1989:art-28-1-a:s1"
    start, end = _fake_statement(project, sid, "un-crc-1989:art-28-1-a")
    a = add_annotation(project, statement_id=sid, area="access", coder="x")
    assert (a.anchor.start, a.anchor.end, a.anchor.statement_id) == (start, end, sid)
    mid = start + (end - start) // 3
    with connect(project.db_path) as conn:
        conn.execute('UPDATE statements SET "end" = ? WHERE id = ?', (mid, sid))
        conn.execute("INSERT INTO statements SELECT ? AS id, doc_id, passage_id, 2, page, "
                     "locator, ?, \"end\", text, actor, deontic, strength, aim, object, "
                     "condition, beneficiaries FROM statements WHERE id = ?",
                     ("un-crc-1989:art-28-1-a:s2", mid, sid))
        conn.execute('UPDATE statements SET "end" = ? WHERE id = ?',
                     (end, "un-crc-1989:art-28-1-a:s2"))
        _texts_as_extracted(conn)
    rep = check_annotations(project)
    assert rep["exact"] == 1 and rep["updated"] == 0
    assert load_annotations(project)[0].anchor.statement_id == sid
    with connect(project.db_path) as conn:
        conn.execute("DELETE FROM statements WHERE id = ?", (sid,))
    rep = check_annotations(project)
    assert rep["updated"] == 1
    assert load_annotations(project)[0].anchor.statement_id == "un-crc-1989:art-28-1-a:s2"


def test_check_reports_a_coded_statement_that_is_no_longer_extracted(project):
    # the statement a coder coded is gone (a statements stage that reads the passage otherwise):
    # the check says so by name, drops the link only when it writes, and keeps the coding
    sid = "un-crc-1989:art-28-1-a:s1"
    _fake_statement(project, sid, "un-crc-1989:art-28-1-a")
    a = add_annotation(project, statement_id=sid, area="access", coder="x")
    with connect(project.db_path) as conn:     # another statement stays, far from the quote
        conn.execute('UPDATE statements SET start = 0, "end" = 5 WHERE id = ?', (sid,))
        _texts_as_extracted(conn)
    rep = check_annotations(project, update=False)
    assert [(u["id"], u["statement"]) for u in rep["unlinked"]] == [(a.id, sid)]
    assert load_annotations(project)[0].anchor.statement_id == sid
    res = CliRunner().invoke(app, ["annotations", "check", "--dry-run", "--project",
                                   str(project.root)])
    assert res.exit_code == 0 and f"{a.id}: its statement {sid} is no longer extracted there; " \
        "the link would be dropped" in " ".join(res.stdout.split())
    rep = check_annotations(project)
    assert rep["unlinked"][0]["statement"] == sid and rep["updated"] == 1
    [b] = load_annotations(project)
    assert b.anchor.statement_id is None
    assert (b.id, b.anchor.exact, b.area, b.creator, b.modified) == \
        (a.id, a.anchor.exact, a.area, a.creator, a.modified)
    assert check_annotations(project)["unlinked"] == []


def test_check_leaves_a_file_with_a_bad_line_alone(project):
    add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    _reingest_with(project, "treaties/un_crc_1989__nl-treatydb.md", "Preamble",
                   "Preamble\n\nAn added paragraph.\n\n")
    path = project.annotations_dir / "coder-a.jsonl"
    path.write_text(path.read_text("utf-8") + "{oops\n", encoding="utf-8")
    before = path.read_bytes()
    rep = check_annotations(project)
    assert rep["moved"] == 1 and rep["updated"] == 0
    assert rep["not_updated_files"] == ["annotations/coder-a.jsonl"]
    assert any("line 2: malformed JSON" in p for p in rep["problems"])
    assert path.read_bytes() == before


def test_a_write_refused_for_a_broken_line_gives_its_advice_once(project):
    # a researcher's trial (session 41): "… (fix or delete this line) (fix or delete that line;
    # nothing was written)"
    add_annotation(project, doc_id="un-crc-1989", quote=Q28, area="access", coder="coder-a")
    f = project.annotations_dir / "coder-a.jsonl"
    f.write_text(f.read_text(encoding="utf-8") + '{"id": "cut in hal\n', encoding="utf-8")
    with pytest.raises(InputError) as e:
        add_annotation(project, doc_id="un-crc-1989", quote="States Parties shall",
                       area="access", occurrence=2, coder="coder-a")
    assert str(e.value).count("fix or delete th") == 1
    assert str(e.value).endswith("(fix or delete that line; nothing was written)")
