"""Which statement covers a span of a document: the one rule used by coding (the statement id
an anchor carries) and by the indicators' evidence (the statement a coded quote stands for)."""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Protocol, TypeVar


class Span(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)

_STATEMENT_ID = re.compile(r":s\d+$")


def is_statement_id(item_id: str) -> bool:
    """Whether an id names a statement (`<passage id>:s<N>`) rather than a passage."""
    return bool(_STATEMENT_ID.search(item_id))


def passage_of(item_id: str) -> str:
    """The passage id of a statement id (`<passage id>:s<N>`), or the passage id itself."""
    return item_id.rsplit(":", 1)[0] if is_statement_id(item_id) else item_id


def document_of(item_id: str) -> str:
    """The document id of a statement or passage id (`<doc id>:<passage slug>[:s<N>]`)."""
    return item_id.split(":", 1)[0]


def statement_covering(statements: Iterable[S], start: int, end: int, *,
                       hint: str | None = None) -> S | None:
    """The statement that best covers the span [start, end) of a document, among `statements`
    (those of that document): the `hint` (the statement id an anchor carries) when it still
    overlaps the span; else the one overlapping the span most, provided the overlap is at least
    half of the statement or half of the span (a quote over two statements goes to the one it
    covers most; a quote touching a statement's edge goes to none). None when no statement
    qualifies."""
    best, best_ov = None, 0
    for st in statements:
        ov = min(st.end, end) - max(st.start, start)
        if ov <= 0:
            continue
        if hint and st.id == hint:
            return st
        if ov > best_ov and (2 * ov >= st.end - st.start or 2 * ov >= end - start):
            best, best_ov = st, ov
    return best


class _Row:
    __slots__ = ("id", "start", "end")

    def __init__(self, id: str, start: int, end: int):
        self.id, self.start, self.end = id, start, end


# a stored statement whose words are not the document's text at its place was extracted from an
# earlier text (the document was read again and the statements stage has not run since)
_OUTDATED = 'substr(d.text, s.start + 1, s."end" - s.start) != s.text'


def statement_at(conn: sqlite3.Connection, doc_id: str, start: int, end: int, *,
                 hint: str | None = None) -> str | None:
    """The id of the statement of the index covering [start, end) by `statement_covering`
    (None when there is none, or the statements stage has not run). Only statements of the
    document's current text count: offsets into a new text never name a statement of the old
    one (a researcher's trial, session 43: a build after `git pull` linked a coding of Art.
    27(1)(a) to a statement of Art. 26)."""
    try:
        rows = conn.execute('SELECT s.id, s.start, s."end" FROM statements s JOIN documents d '
                            'ON d.id = s.doc_id WHERE s.doc_id = ? AND s.start < ? AND '
                            f's."end" > ? AND NOT ({_OUTDATED})', (doc_id, end, start)).fetchall()
    except sqlite3.Error:
        return None
    found = statement_covering((_Row(*r) for r in rows), start, end, hint=hint)
    return found.id if found else None


def statements_current(conn: sqlite3.Connection, doc_id: str, text: str) -> bool:
    """Whether the document's stored statements were extracted from its current `text` (False
    when one of them is not the text at its place, or the statements stage has not run)."""
    try:
        rows = conn.execute('SELECT start, "end", text FROM statements WHERE doc_id = ?',
                            (doc_id,)).fetchall()
    except sqlite3.Error:
        return False
    return bool(rows) and all(text[a:b] == t for a, b, t in rows)
