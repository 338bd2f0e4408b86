"""A document with passages and no statements gets a warning naming the likely cause."""
from __future__ import annotations

from typer.testing import CliRunner

from corpus_tool import store
from corpus_tool.cli import app
from corpus_tool.corpus import ingest
from corpus_tool.models import Passage
from corpus_tool.project import init_project
from corpus_tool.statements import update_statements
from corpus_tool.statements.coverage import likely_cause


def _p(i, locator, lang="en", heading="", text="x"):
    return Passage(id=f"d:{i}", doc_id="d", seq=i, page=None, locator=locator, start=0, end=1,
                   lang=lang, heading=heading, text=text)


def test_causes_are_named():
    assert "no passage is in 'en'" in likely_cause([_p(1, "para. 1", "ru"), _p(2, "para. 2", "ru")])
    assert "ru (2)" in likely_cause([_p(1, "para. 1", "ru"), _p(2, "para. 2", "ru")])
    assert "preamble" in likely_cause([_p(1, "Preamble, para. 1"),
                                        _p(2, "Annex, Preamble, para. 2")])
    assert "normative wording" in likely_cause([_p(1, "Preamble, para. 1"), _p(2, "Art. 1")])


def test_a_document_mostly_in_another_language_or_of_final_clauses_is_said_so():
    # a researcher's trial (session 43): a Dutch treaty with 3 English passages in 3,932, and a
    # protocol whose only "shall"s are its final clauses, were said to have no normative wording
    dutch = [_p(i, f"Art. {i}", "nl") for i in range(40)] + [_p(99, "Art. 99")]
    assert "only 1 of 41 passages are in 'en' (found nl (40), en (1))" in likely_cause(dutch)
    final = [_p(1, "Art. 1", text="This Protocol shall enter into force on the first day of "
                                  "the month following the expiration of a period of three "
                                  "months."), _p(2, "Art. 2", text="Done at Strasbourg.")]
    cause = likely_cause(final)
    assert cause.startswith("1 passage(s) have normative wording") and "final clauses" in cause


PREAMBLE_ONLY = ("# Preamble\n\nRecognizing the value of education,\n\nConsidering the need for "
                 "rights,\n")


def _ingested(tmp_path, docs: list[tuple[str, str, str]]):
    """A project of these (id, manifest type, Markdown text) documents, ingested."""
    project = init_project(tmp_path / "p")
    rows = ["id,title,issuer,year,type,legal_force,language,path,source,licence,sha256"]
    for doc_id, kind, text in docs:
        (project.corpus_dir / f"{doc_id}.md").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},A {kind},UN,2000,{kind},,en,{doc_id}.md,,,")
    project.manifest_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest(project, workers=1)
    return project


def test_the_statements_stage_warns_for_an_empty_document(tmp_path):
    project = _ingested(tmp_path, [
        ("doc-a", "declaration", PREAMBLE_ONLY),
        ("doc-b", "convention", "# Article 1\n\nEvery State shall ensure free primary education "
                                "for all children.\n")])
    conn = store.connect(project.db_path)
    try:
        summary = update_statements(conn, pipeline="rules")
    finally:
        conn.close()
    empty = [w for w in summary["warnings"] if "0 statements" in w]
    assert len(empty) == 1 and empty[0].startswith("doc-a: 0 statements in 2 passages")
    assert "preamble" in empty[0]


def test_statements_of_one_document_warn_only_about_it(tmp_path):
    """`statements --doc X` printed the warnings of every document (a researcher's trial,
    session 44)."""
    project = _ingested(tmp_path, [
        ("doc-a", "declaration", PREAMBLE_ONLY),
        ("doc-c", "declaration", "# Preamble\n\nNoting the importance of rights,\n\nRecalling "
                                 "its resolutions,\n")])
    r = CliRunner().invoke(app, ["statements", "--doc", "doc-c", "--pipeline", "rules",
                                 "--project", str(project.root)])
    assert r.exit_code == 0, r.output
    assert "doc-c: 0 statements" in r.stderr and "doc-a" not in r.stderr
