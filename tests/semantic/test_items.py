"""The cluster stage's items as rows (`items.ItemRows`): the same items as one object per
statement, at a fraction of the memory, sharing their strings with every item made of them."""
from __future__ import annotations

import sys
import tracemalloc

import pytest

from corpus_tool.formats import sha256_text
from corpus_tool.semantic.items import Item, ItemRows, by_id, passage_items, statement_items
from corpus_tool.semantic.stream import Digests
from corpus_tool.statements.stage import iter_statements, update_statements
from corpus_tool.store import db as store

from tests.semantic.conftest import gc_project


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    project = gc_project(tmp_path_factory.mktemp("items") / "p",
                         files=["Annotated_CEDAW-GR26-migrants.json",
                                "Annotated_ESCR-GC11-PrimEducation.json"])
    c = store.connect(project.db_path)
    update_statements(c, pipeline="rules")
    yield c
    c.close()


def _one_object_each(conn) -> list[Item]:
    """The items as they were made before the rows: one `Item` per statement read."""
    docs = {d.id: d for d in store.list_documents(conn)}
    return [Item(id=s.id, text=s.text, doc_id=s.doc_id, issuer=docs[s.doc_id].issuer,
                 year=docs[s.doc_id].year, strength=s.strength, locator=s.locator, page=s.page,
                 actor=s.actor, aim=s.aim, object=s.object, condition=s.condition,
                 beneficiaries=tuple(s.beneficiaries)) for s in iter_statements(conn)
            if s.strength != "none"]


def test_rows_hold_the_same_items_in_document_order(conn):
    rows = statement_items(conn)
    old = _one_object_each(conn)
    assert isinstance(rows, ItemRows) and len(rows) == len(old) > 100
    assert list(rows) == old and rows[5] == old[5] and rows[-1] == old[-1]
    assert rows[3:7] == old[3:7] and rows.ids == [it.id for it in old]
    assert [it.key() for it in rows] == [it.key() for it in old]    # the same fingerprint
    with pytest.raises(IndexError):
        rows[len(rows)]


def test_items_made_from_rows_share_their_strings(conn):
    rows = statement_items(conn)
    a, b = rows[0], rows[1]
    assert a.doc_id == b.doc_id and a.doc_id is b.doc_id      # one string per document
    assert a.text is rows.texts[0] and rows[0].text is a.text    # made again: the same text
    same = [i for i in range(1, len(rows)) if rows.locators[i] == rows.locators[0]]
    assert all(rows.locators[i] is rows.locators[0] for i in same)
    assert len({id(s) for s in rows.strengths}) == len(set(rows.strengths))


def test_sorted_by_id_keeps_rows_and_leaves_sorted_ones_as_they_are(conn):
    rows = statement_items(conn)
    assert rows.ids != sorted(rows.ids)                         # document order first
    ordered = by_id(rows)
    assert isinstance(ordered, ItemRows) and ordered.ids == sorted(rows.ids)
    assert list(ordered) == sorted(rows, key=lambda it: it.id)
    assert by_id(ordered) is ordered
    plain = list(rows)
    assert by_id(plain) == list(ordered)


def test_rows_take_a_fraction_of_the_memory_of_one_object_per_item(conn):
    # measured: allocations still alive after each is made; the ids and texts are held either
    # way, so what is compared is what the items cost beyond them
    def kept(make):
        tracemalloc.start()
        try:
            held = make()
            return tracemalloc.get_traced_memory()[0], held
        finally:
            tracemalloc.stop()
    objects, old = kept(lambda: _one_object_each(conn))
    del old
    rows_bytes, rows = kept(lambda: statement_items(conn))
    both = sum(sys.getsizeof(s) for s in rows.ids) + sum(sys.getsizeof(t) for t in rows.texts)
    assert rows_bytes - both < 0.6 * (objects - both), (rows_bytes, objects, both, len(rows))


def test_passages_as_rows(conn):
    rows = passage_items(conn)
    assert isinstance(rows, ItemRows) and len(rows) > 30
    assert all(it.year in (1999, 2008) and it.issuer for it in rows)
    assert any(it.locator for it in rows) and any(it.page is None for it in rows)
    assert all(it.actor == it.aim == "" and it.beneficiaries == () for it in rows)


def test_digests_give_the_cache_keys_of_the_texts():
    texts = ["a", "b c", "é", ""]
    d = Digests(texts)
    assert len(d) == 4 and list(d) == [sha256_text(t) for t in texts]
    assert d[1:3] == [sha256_text("b c"), sha256_text("é")] and d[-1] == sha256_text("")


def test_rows_keep_pages_and_documents_and_take_any_order():
    rows = ItemRows({"d1": ("Issuer", 2001)})
    rows.append("b", "second", doc_id="d1", page=7, beneficiaries=("children",))
    rows.append("a", "first", doc_id="gone", page=None)
    assert rows[0] == Item(id="b", text="second", doc_id="d1", issuer="Issuer", year=2001,
                           page=7, beneficiaries=("children",))
    assert rows[1].page is None and rows[1].issuer == "" and rows[1].year is None
    flipped = rows.take([1, 0])
    assert [it.id for it in flipped] == ["a", "b"] and flipped[1] == rows[0]
    assert list(by_id(rows)) == list(flipped)


def test_a_kept_item_that_requires_nothing_is_no_item(conn):
    # a researcher's trial 27 (P5): 104 rows of a treaty's annex table, kept as list items with
    # strength "none", filled 7 of 48 clusters
    kept = [s.id for s in iter_statements(conn) if s.strength == "none"]
    assert kept, "the fixture's corpus holds such items"
    assert not set(kept) & set(statement_items(conn).ids)
