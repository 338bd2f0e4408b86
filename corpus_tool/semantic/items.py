"""What is clustered: statements (or passages) with their document's issuer and year, and the
statement's Institutional-Grammar parts (for requirement clustering and for labels).

The index's items are held as `ItemRows`: one column per field, with the values that recur
across items (documents, strengths, locators, actors, aims, beneficiaries) kept once and shared,
and an `Item` made only when one is read. A million statements cost their ids and texts and a
few references each, not a million objects of thirteen fields with a string of their own for
every field; every `Item` made from the rows shares their strings, so what a step keeps of them
(a cluster's points, its labels' inputs) copies none."""
from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.statements.stage import DOCUMENT_ORDER
from corpus_tool.store import db as store

NO_PAGE = -1          # `ItemRows.pages` for an item without a page


@dataclass(frozen=True, slots=True)
class Item:
    """One text to cluster, with what the cluster description needs."""
    id: str
    text: str
    doc_id: str = ""
    issuer: str = ""
    year: int | None = None
    strength: str = ""
    locator: str = ""
    page: int | None = None
    actor: str = ""                          # statement parts ('' for passages)
    aim: str = ""
    object: str = ""
    condition: str = ""
    beneficiaries: tuple[str, ...] = ()

    def key(self) -> list:
        """Everything a clustering of this item depends on, for fingerprints."""
        return [self.id, self.text, self.doc_id, self.issuer, self.year, self.strength,
                self.locator, self.page, self.actor, self.aim, self.object, self.condition,
                list(self.beneficiaries)]


class _Pool:
    """Equal values stored once: `get` returns the first equal value it was given."""

    def __init__(self) -> None:
        self._seen: dict = {}

    def get(self, value):
        return self._seen.setdefault(value, value)


_COLUMNS = ("ids", "texts", "doc_ids", "strengths", "locators", "actors", "aims", "objects",
            "conditions", "beneficiaries")


class ItemRows(Sequence[Item]):
    """Items as columns (see the module docstring): `rows[i]` makes the i-th `Item`, `ids` and
    `texts` are read without making any. `docs` maps a document id to its (issuer, year)."""

    def __init__(self, docs: dict[str, tuple[str, int | None]]) -> None:
        self.docs = docs
        for name in _COLUMNS:
            setattr(self, name, [])
        self.pages = array("q")
        self._pools = {name: _Pool() for name in ("doc_ids", "strengths", "locators", "actors",
                                                  "aims", "beneficiaries")}

    def append(self, id: str, text: str, *, doc_id: str = "", strength: str = "",
               locator: str = "", page: int | None = None, actor: str = "", aim: str = "",
               object: str = "", condition: str = "",
               beneficiaries: tuple[str, ...] = ()) -> None:
        pool = self._pools
        self.ids.append(id)
        self.texts.append(text)
        self.doc_ids.append(pool["doc_ids"].get(doc_id))
        self.strengths.append(pool["strengths"].get(strength))
        self.locators.append(pool["locators"].get(locator))
        self.pages.append(NO_PAGE if page is None else page)
        self.actors.append(pool["actors"].get(actor))
        self.aims.append(pool["aims"].get(aim))
        self.objects.append(object)
        self.conditions.append(condition)
        self.beneficiaries.append(pool["beneficiaries"].get(beneficiaries))

    def __len__(self) -> int:
        return len(self.ids)

    def _item(self, i: int) -> Item:
        doc = self.doc_ids[i]
        issuer, year = self.docs.get(doc, ("", None))
        page = self.pages[i]
        return Item(id=self.ids[i], text=self.texts[i], doc_id=doc, issuer=issuer, year=year,
                    strength=self.strengths[i], locator=self.locators[i],
                    page=None if page == NO_PAGE else page, actor=self.actors[i],
                    aim=self.aims[i], object=self.objects[i], condition=self.conditions[i],
                    beneficiaries=self.beneficiaries[i])

    @overload
    def __getitem__(self, i: int) -> Item: ...

    @overload
    def __getitem__(self, i: slice) -> list[Item]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._item(k) for k in range(*i.indices(len(self)))]
        return self._item(range(len(self))[i])

    def __iter__(self) -> Iterator[Item]:
        return (self._item(i) for i in range(len(self)))

    def take(self, order: Sequence[int]) -> ItemRows:
        """The rows in `order` (indices into these rows), sharing their values."""
        out = ItemRows(self.docs)
        for name in _COLUMNS:
            col = getattr(self, name)
            setattr(out, name, [col[i] for i in order])
        out.pages = array("q", (self.pages[i] for i in order))
        out._pools = self._pools
        return out


def item_ids(items: Sequence[Item]) -> Sequence[str]:
    """The items' ids, in their order (without making the items of `ItemRows`)."""
    return items.ids if isinstance(items, ItemRows) else [it.id for it in items]


def id_order(items: Sequence[Item]) -> list[int] | None:
    """The order that sorts `items` by id (None when they are sorted already)."""
    ids = item_ids(items)
    if all(a <= b for a, b in zip(ids, ids[1:])):
        return None
    return sorted(range(len(ids)), key=ids.__getitem__)


def take(items: Sequence[Item], order: Sequence[int]) -> Sequence[Item]:
    """`items` in `order` (indices into them): `ItemRows` stay rows."""
    return items.take(order) if isinstance(items, ItemRows) else [items[i] for i in order]


def by_id(items: Sequence[Item]) -> Sequence[Item]:
    """`items` sorted by id: `items` itself when already sorted, `ItemRows` kept as rows."""
    order = id_order(items)
    return items if order is None else take(items, order)


def _documents(conn) -> dict[str, tuple[str, int | None]]:
    return {d.id: (d.issuer, d.year) for d in store.list_documents(conn)}


def statement_items(conn) -> ItemRows:
    """Every statement in the index that states a requirement (in document order), with its
    document's issuer and year, read row by row into `ItemRows`. A list item kept with
    strength "none" (no deontic, no lead-in that lends one: the rows of a treaty's annex table,
    "(v) Non-metals, metal oxides …") requires nothing: clustered, 104 such rows of one annex
    filled 7 of 48 clusters (a researcher's trial 27)."""
    rows = ItemRows(_documents(conn))
    sql = ("SELECT s.id, s.text, s.doc_id, s.strength, s.locator, s.page, s.actor, s.aim, "
           "s.object, s.condition, s.beneficiaries FROM statements s "
           "LEFT JOIN passages p ON p.id = s.passage_id WHERE s.strength != 'none'"
           + DOCUMENT_ORDER)
    try:
        cursor = conn.execute(sql)
    except sqlite3.OperationalError:  # the statements table is not there yet
        return rows
    benef: dict[str, tuple[str, ...]] = {}
    for (sid, text, doc_id, strength, locator, page, actor, aim, obj, condition,
         ben) in cursor:
        if ben not in benef:
            benef[ben] = tuple(json.loads(ben))
        rows.append(sid, text, doc_id=doc_id, strength=strength, locator=locator, page=page,
                    actor=actor, aim=aim, object=obj, condition=condition,
                    beneficiaries=benef[ben])
    return rows


def passage_items(conn, *, lang: str | None = "en") -> ItemRows:
    rows = ItemRows(_documents(conn))
    for p in store.iter_passages(conn, lang=lang):
        rows.append(p.id, p.text, doc_id=p.doc_id, locator=p.locator, page=p.page)
    return rows


def not_an_item(conn, statement: str, what: str) -> InputError | NotFoundError:
    """Why `statement` cannot be `what` ("pinned", "set aside"): it is no statement, or one that
    states no requirement (strength none: the clustering and the drafts leave it out already;
    `cluster exclude -s` of such a line, "- GOV.UK", was answered "no statement … in the
    clustering", a researcher's trial 46, P9), or one the last clustering run did not see."""
    try:
        row = conn.execute("SELECT strength FROM statements WHERE id = ?",
                           (statement,)).fetchone()
        own = [r[0] for r in conn.execute("SELECT id FROM statements WHERE id LIKE ? ORDER BY id",
                                          (statement.replace("%", "") + ":s%",))]
    except sqlite3.OperationalError:        # no statements yet
        row, own = None, []
    if row is None:
        return NotFoundError(f"no statement {statement!r}" + (
            f": that is a passage's id; its statements are {', '.join(own[:4])}"
            + (f" and {len(own) - 4} more" if len(own) > 4 else "") if own else
            " (`corpus-tool statements` lists them)"))     # a passage's id: trial 48, P10
    if row[0] == "none":
        return InputError(f"statement {statement!r} states no requirement (strength none): the "
                          f"clustering leaves it out and it feeds no indicator draft, so it "
                          f"cannot be {what}", fix="nothing to do; if it does say something "
                          "your framework needs, code it (`corpus-tool annotations add`)")
    return InputError(f"statement {statement!r} is not in the last clustering run, so it "
                      f"cannot be {what}", fix="run `corpus-tool cluster` (or `build`) first")
