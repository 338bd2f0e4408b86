"""What is clustered: statements (or passages) with their document's issuer and year, and the
statement's Institutional-Grammar parts (for requirement clustering and for labels)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from corpus_tool.statements.stage import iter_statements
from corpus_tool.store import db as store


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


def statement_items(conn) -> list[Item]:
    """Every statement in the index, with its document's issuer and year."""
    docs = {d.id: d for d in store.list_documents(conn)}
    out: list[Item] = []
    try:
        for s in iter_statements(conn):       # read as the items are made, not listed first
            d = docs.get(s.doc_id)
            out.append(Item(id=s.id, text=s.text, doc_id=s.doc_id,
                            issuer=d.issuer if d else "", year=d.year if d else None,
                            strength=s.strength, locator=s.locator, page=s.page, actor=s.actor,
                            aim=s.aim, object=s.object, condition=s.condition,
                            beneficiaries=tuple(s.beneficiaries)))
    except sqlite3.OperationalError:  # the statements table is not there yet
        return []
    return out


def passage_items(conn, *, lang: str | None = "en") -> list[Item]:
    docs = {d.id: d for d in store.list_documents(conn)}
    out = []
    for p in store.iter_passages(conn, lang=lang):
        d = docs.get(p.doc_id)
        out.append(Item(id=p.id, text=p.text, doc_id=p.doc_id, issuer=d.issuer if d else "",
                        year=d.year if d else None, locator=p.locator, page=p.page))
    return out
