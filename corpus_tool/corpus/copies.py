"""Documents that hold another document's text: the same instrument under two ids.

`add` refuses the same file twice, but a second download of an instrument is rarely the same
file: a UTF-16 export, a PDF of a web page, a Markdown copy, a page quoting it whole. Under two ids
its evidence counts twice, as two instruments. A document is a copy when most of its passages
(compared with case, spacing and punctuation ignored) are word for word in one other document.

Measured on the reference corpus and the ten examples (Session 44): separate instruments share at
most 39 % of their passages (the ILO's final clauses, the two Social Charters, the 1951 and 1954
conventions); the copies of a trial's project 81–95 % (a PDF of a Markdown text, a UTF-16 and a
Latin-1 export, a web page of a convention, reading notes quoting one)."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

# a passage shorter than this (letters and digits) is a heading or a list item that any
# instrument may share ("Article 1", "(a) the right to work")
MIN_KEY = 60
# a passage found in more documents than this is boilerplate (final clauses), not a copy's mark
MAX_SPREAD = 20
SHARE = 0.6        # of a document's passages, in one other document
MIN_SHARED = 3


@dataclass(frozen=True, slots=True)
class Copy:
    doc_id: str          # the document whose passages are in …
    other_id: str        # … this one
    shared: int
    passages: int        # the document's passages long enough to compare

    @property
    def share(self) -> float:
        return self.shared / self.passages

    def message(self, paths: dict[str, str]) -> str:
        where = paths.get(self.doc_id, self.doc_id)
        other = f"{self.other_id} ({paths[self.other_id]})" if self.other_id in paths \
            else self.other_id
        return (f"corpus/{where} ({self.doc_id}): {self.shared} of its {self.passages} passages "
                f"are word for word in {other}: its evidence counts twice, as two instruments. "
                "If they are one instrument, keep one: remove the other's row from "
                "corpus/manifest.csv")


# the number or mark a passage opens with, which one reader keeps in the text and another takes
# as the passage's locator ("13. Effective monitoring …" in a text file, "Effective monitoring
# …" from a JSON paragraph list: a trial's copy of General Comment 4 shared none of its
# passages, trial 32, P7)
RE_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(\w{1,4}\)|[a-z]\))\s+")


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", RE_NUMBER.sub("", text).casefold())


def find_copies(conn: sqlite3.Connection) -> list[Copy]:
    """Every document most of whose passages are in one other document, by document id. Of two
    documents that are each other's copy, the one with the fewer passages is named."""
    docs: dict[str, set[str]] = defaultdict(set)
    holders: dict[str, set[str]] = defaultdict(set)
    for doc_id, text in conn.execute("SELECT doc_id, text FROM passages"):
        key = _key(text)
        if len(key) >= MIN_KEY:
            docs[doc_id].add(key)
            holders[key].add(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in holders.values():
        if 1 < len(ids) <= MAX_SPREAD:
            for a in ids:
                for b in ids:
                    if a != b:
                        shared[a, b] += 1
    found: dict[frozenset[str], Copy] = {}
    for (a, b), n in sorted(shared.items()):
        c = Copy(a, b, n, len(docs[a]))
        if n < MIN_SHARED or c.share < SHARE:
            continue
        pair = frozenset((a, b))
        have = found.get(pair)
        if have is None or (c.passages, c.doc_id) < (have.passages, have.doc_id):
            found[pair] = c
    return sorted(found.values(), key=lambda c: (c.doc_id, c.other_id))


def copy_warnings(conn: sqlite3.Connection, only: set[str] | None = None) -> list[str]:
    """A warning for each copy (`only`: those involving these documents)."""
    paths = dict(conn.execute("SELECT id, path FROM documents"))
    return [c.message(paths) for c in find_copies(conn)
            if only is None or {c.doc_id, c.other_id} & only]
