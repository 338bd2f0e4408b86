"""The index: later stages read only passages in their document's own language."""
from __future__ import annotations

from corpus_tool.pipeline import ingest
from corpus_tool.semantic.embed import semantic_search
from corpus_tool.store import db as store

from tests.conftest import REPO, make_project

CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"


def _crc_project(tmp_path):
    project = make_project(tmp_path / "p", [{
        "id": "un-crc-1989", "title": "Convention on the Rights of the Child",
        "issuer": "UN General Assembly", "year": "1989", "type": "convention",
        "legal_force": "binding", "language": "en", "path": "crc.md"}], {"crc.md": CRC})
    ingest(project)
    return project


def test_own_language_skips_the_dutch_half_but_keeps_it_stored(tmp_path):
    project = _crc_project(tmp_path)
    conn = store.connect(project.db_path)
    try:
        every = list(store.iter_passages(conn, "un-crc-1989"))
        own = list(store.iter_passages(conn, "un-crc-1989", own_language=True))
    finally:
        conn.close()
    assert {p.lang for p in every} >= {"en", "nl"}
    assert own and {p.lang for p in own} == {"en"}
    assert [p.id for p in own] == [p.id for p in every if p.lang == "en"]


def test_semantic_search_never_returns_the_other_language(tmp_path):
    project = _crc_project(tmp_path)
    hits = semantic_search(project, "onderwijs kinderen recht", backend="hash", limit=50,
                           doc_id="un-crc-1989")
    assert hits
    assert not any(":nl-" in h.id for h in hits)
