"""Which statement covers a span: one rule (`statements.query`) for the statement id an
anchor carries (coding) and the statement a coded quote stands for (indicator evidence). On the
real text of CRC art. 28, statements extracted by the rules pipeline."""
from __future__ import annotations

import csv
import shutil

import pytest

from corpus_tool.corpus import ingest
from corpus_tool.project import MANIFEST_FIELDS, init_project
from corpus_tool.statements.query import statement_at, statement_covering
from corpus_tool.statements.stage import list_statements, update_statements
from corpus_tool.store.db import connect, document_text

DOC = "un-crc-1989"


@pytest.fixture(scope="module")
def index(tmp_path_factory, repo_root):
    project = init_project(tmp_path_factory.mktemp("query"))
    with open(repo_root / "corpus" / "manifest.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["id"] == DOC]
    dest = project.corpus_dir / rows[0]["path"]
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(repo_root / "corpus" / rows[0]["path"], dest)
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    assert ingest(project, workers=1)["ingested"] == [DOC]
    conn = connect(project.db_path)
    update_statements(conn, pipeline="rules")
    text, _sha = document_text(conn, DOC)
    statements = list_statements(conn, doc_id=DOC)
    yield conn, text, statements
    conn.close()


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _by_id(statements, suffix: str):
    return next(s for s in statements if s.id.endswith(suffix))


def test_a_quote_inside_one_statement_is_covered_by_that_statement(index):
    conn, text, statements = index
    s, e = _span(text, "primary education compulsory")
    assert statement_covering(statements, s, e).id == f"{DOC}:art-28-1-a:s1"
    assert statement_at(conn, DOC, s, e) == f"{DOC}:art-28-1-a:s1"


def test_a_quote_over_two_statements_goes_to_the_one_it_covers_most(index):
    conn, text, statements = index
    a, b = _by_id(statements, ":art-28-1-a:s1"), _by_id(statements, ":art-28-1-b:s1")
    # the end of (a), whole, and the first words of (b)
    s, e = a.start + 5, b.start + 20
    assert min(a.end, e) - max(a.start, s) > min(b.end, e) - max(b.start, s)
    assert statement_covering(statements, s, e).id == a.id
    assert statement_at(conn, DOC, s, e) == a.id
    # and the other way round: a few words of (a), most of (b)
    s, e = a.end - 10, b.end - 5
    assert statement_covering(statements, s, e).id == b.id


def test_a_hint_that_still_overlaps_the_span_wins(index):
    conn, text, statements = index
    a, b = _by_id(statements, ":art-28-1-a:s1"), _by_id(statements, ":art-28-1-b:s1")
    s, e = a.start + 5, b.start + 20
    assert statement_covering(statements, s, e, hint=b.id).id == b.id
    assert statement_at(conn, DOC, s, e, hint=b.id) == b.id
    # a hint elsewhere in the document is ignored
    far = _by_id(statements, ":art-28-3:s2")
    assert statement_covering(statements, s, e, hint=far.id).id == a.id


def test_a_span_barely_touching_a_long_statement_is_covered_by_none(index):
    conn, text, statements = index
    b = _by_id(statements, ":art-28-1-b:s1")
    # the last 3 characters of (b) and the 2 after it: most of the span is in (b)
    s, e = b.end - 3, b.end + 2
    assert statement_covering(statements, s, e) is b
    # the same 3 characters in a span of 23: neither half of (b) nor half of the span
    s, e = b.end - 3, b.end + 20
    assert statement_covering([b], s, e) is None


def test_a_span_outside_every_statement_is_covered_by_none(index):
    conn, text, statements = index
    assert min(st.start for st in statements) > 10     # the title and preamble come first
    assert statement_covering(statements, 0, 5) is None
    assert statement_at(conn, DOC, 0, 5) is None


def test_without_the_statements_table_there_is_no_statement(tmp_path):
    conn = connect(tmp_path / "empty.sqlite")
    try:
        assert statement_at(conn, DOC, 0, 100) is None
    finally:
        conn.close()
