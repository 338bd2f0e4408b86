"""The rows the statements stage stores for one document, and their writing.

`doc_rows` turns a document's drafts into the rows of `statements` and `statement_passages`
(and the new offsets of the statements of its unchanged passages, when text moved them); it
only reads the index, so a Dask worker computes them with its own read-only connection and
sends back plain tuples. `write_doc_rows` is the writer's side: a few `executemany`, inside
the caller's transaction. What a strategy commits its issuer to ("… we will:" / "Invest in care
infrastructure …") with no actor named (`genre.ISSUER`) is the document's manifest `issuer`'s
(`with_issuer`)."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from corpus_tool.inline_items import cited_in
from corpus_tool.statements.genre import ISSUER
from corpus_tool.store.db import document_text, page_runs, quote_page


def with_issuer(actor: str, issuer: str) -> str:
    """The stored actor: the document's `issuer` in place of `ISSUER`, else `actor` itself; a
    manifest's issuers of a joint text ("United States; Colombia") read as one actor ("United
    States and Colombia")."""
    if actor != ISSUER:
        return actor
    names = [n.strip() for n in issuer.split(";") if n.strip()]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else issuer.strip()


@dataclass(frozen=True, slots=True)
class DocRows:
    """What replaces a document's statements: computed anywhere, written by the one writer."""
    doc_id: str
    n_passages: int                       # its English passages
    changed: tuple[str, ...]              # ids of the passages whose statements are replaced
    statements: list[tuple]               # rows of `statements`
    passages: list[tuple]                 # rows of `statement_passages`
    moved: list[tuple[int, int, str]]     # (start, end, id) of kept statements that moved


def doc_rows(conn: sqlite3.Connection, doc_id: str, passages: list, keys: list[str],
             changed: set[int], results: dict, name: str) -> DocRows:
    """The rows for a document whose passages `changed` (indices) were analysed into `results`
    (passage index → drafts); reads the document's text and its stored statements."""
    doc_text, _ = document_text(conn, doc_id)
    issuer = document_issuer(conn, doc_id) if any(
        d.parts.actor == ISSUER for pi in changed for d in results[pi]) else ""
    rows, prow, runs = [], [], page_runs(conn, doc_id)
    for pi in sorted(changed):
        p = passages[pi]
        for n, d in enumerate(results[pi], 1):
            s, e = doc_offsets(doc_text, p, d)      # its page: where its words are
            rows.append((f"{p.id}:s{n}", doc_id, p.id, n, quote_page(runs, s, p.page),
                         cited_in(p.locator, p.text, d.start, d.end), s, e,
                         p.text[d.start:d.end], with_issuer(d.parts.actor, issuer),
                         d.parts.deontic,
                         d.parts.strength, d.parts.aim, d.parts.object, d.parts.condition,
                         json.dumps(list(d.parts.beneficiaries), ensure_ascii=False)))
        prow.append((p.id, doc_id, keys[pi], len(results[pi]), name))
    unchanged = [p for pi, p in enumerate(passages) if pi not in changed]
    moved = rebased(conn, doc_text, unchanged) if unchanged else []
    return DocRows(doc_id, len(passages), tuple(passages[pi].id for pi in sorted(changed)),
                   rows, prow, moved)


def document_issuer(conn: sqlite3.Connection, doc_id: str) -> str:
    """The document's manifest issuer ("" when it has none)."""
    row = conn.execute("SELECT issuer FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else ""


def write_doc_rows(conn: sqlite3.Connection, rows: DocRows, doc_key: str) -> None:
    """Replace the statements of a document's changed passages and move those of its unchanged
    ones (inside the caller's transaction); record what they were extracted from."""
    conn.executemany('UPDATE statements SET start = ?, "end" = ? WHERE id = ?', rows.moved)
    conn.executemany("DELETE FROM statements WHERE passage_id = ?",
                     [(pid,) for pid in rows.changed])
    conn.executemany("INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     rows.statements)
    conn.executemany("INSERT OR REPLACE INTO statement_passages VALUES (?,?,?,?,?)",
                     rows.passages)
    conn.execute("INSERT OR REPLACE INTO statement_docs VALUES (?, ?)", (rows.doc_id, doc_key))


def rebased(conn: sqlite3.Connection, doc_text: str, unchanged: list
            ) -> list[tuple[int, int, str]]:
    """(start, end, id) for the stored statements of unchanged passages that moved in a changed
    document (text inserted or deleted before them): their place inside the passage is the same,
    the passage's place in the document is not. Without this, they would be cut from the new
    text at their old offsets."""
    out = []
    for p in unchanged:
        in_place = doc_text[p.start:p.end] == p.text
        pos = 0
        for sid, s, e, text in conn.execute('SELECT id, start, "end", text FROM statements '
                                           'WHERE passage_id = ? ORDER BY seq', (p.id,)):
            i = p.text.find(text, pos) if in_place else -1
            if i >= 0:
                new = (p.start + i, p.start + i + len(text))
                pos = i + 1
            else:
                j = doc_text.find(text, max(0, p.start - 200))
                if j < 0:
                    continue
                new = (j, j + len(text))
            if new != (s, e):
                out.append((new[0], new[1], sid))
    return out


def doc_offsets(doc_text: str, p, d) -> tuple[int, int]:
    """Offsets into the document text of draft `d` of passage `p`: the passage's own when its
    text is the slice there; else the unit found near the passage; else the passage span."""
    if doc_text[p.start:p.end] == p.text:
        return p.start + d.start, p.start + d.end
    unit = p.text[d.start:d.end]
    i = doc_text.find(unit, max(0, p.start - 200))
    if i >= 0:
        return i, i + len(unit)
    return p.start, p.end
