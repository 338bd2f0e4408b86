"""The passages of a document's earlier texts are kept when its text changes, so that a link made
on an earlier text can tell whether its passage is still there word for word. On the CRC as the
reference corpus holds it, changed one article at a time."""
from __future__ import annotations

from corpus_tool.pipeline import ingest
from corpus_tool.store import db as store

from tests.conftest import REPO, make_project

CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
ROW = {"id": "un-crc-1989", "title": "Convention on the Rights of the Child",
       "issuer": "UN General Assembly", "year": "1989", "type": "convention",
       "legal_force": "binding", "language": "en", "path": "crc.md"}
ART_28 = "States Parties recognize the right of the child to education"
ART_31 = "States Parties recognize the right of the child to rest and leisure"


def _link(conn, quote):
    """What a link records of a quote: the text version, its span."""
    text, sha = store.document_text(conn, "un-crc-1989")
    i = text.index(quote)
    return sha, i, i + len(quote)


def _revise(project, old, new):
    path = project.corpus_dir / "crc.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    assert ingest(project, workers=1)["ingested"] == ["un-crc-1989"]


def test_a_link_knows_whether_its_passage_survived_a_new_text(tmp_path):
    project = make_project(tmp_path / "p", [ROW], {"crc.md": CRC})
    ingest(project, workers=1)
    conn = store.connect(project.db_path)
    try:
        on_28, on_31 = _link(conn, ART_28), _link(conn, ART_31)
        # the current text: no earlier text is known, so nothing can be vouched for
        assert not store.cited_passage_unchanged(conn, "un-crc-1989", *on_28)
        _revise(project, ART_31, ART_31 + ", to engage in play")
        assert store.cited_passage_unchanged(conn, "un-crc-1989", *on_28)       # untouched
        assert not store.cited_passage_unchanged(conn, "un-crc-1989", *on_31)   # revised
        # a second revision: a link made on the first text still finds its passage
        _revise(project, ART_31 + ", to engage in play", ART_31)
        assert store.cited_passage_unchanged(conn, "un-crc-1989", *on_28)
        n = conn.execute("SELECT COUNT(DISTINCT text_sha256) FROM passage_history").fetchone()[0]
        assert n == 2
        # a link without positions, or on a text the index never held, is not vouched for
        assert not store.cited_passage_unchanged(conn, "un-crc-1989", on_28[0], None, None)
        assert not store.cited_passage_unchanged(conn, "un-crc-1989", "0" * 64, *on_28[1:])
    finally:
        conn.close()


def test_a_passage_whose_only_change_is_its_spacing_is_unchanged(tmp_path):
    """A reader that now spaces a glued marker ("a.To" → "a. To") changes the passage's text but
    not its words: the links made on it stay vouched for; a changed word is still a change."""
    project = make_project(tmp_path / "p", [ROW], {"crc.md": CRC})
    ingest(project, workers=1)
    conn = store.connect(project.db_path)
    try:
        on_28, on_31 = _link(conn, ART_28), _link(conn, ART_31)
        _revise(project, "to education, and with a view", "to education,and with a view")
        _revise(project, ART_31, ART_31.replace("rest and", "rest or"))
        assert store.cited_passage_unchanged(conn, "un-crc-1989", *on_28)
        assert not store.cited_passage_unchanged(conn, "un-crc-1989", *on_31)
    finally:
        conn.close()
