"""Each framework source checked against the corpus as it is now, for the provenance tables.

The framework file records a status per source (`ok`, `new`, `suspect`, `stale`) as of its last
merge; a document re-ingested since may have lost the quoted sentence or moved it. The tables
must not print `ok` for a sentence that is gone: `source_statuses` re-anchors every live source
in the current text and says `orphaned` (quote no longer found, or document no longer ingested)
or `suspect` (found, but the text changed around it since the link was made). A link whose
passage the index knows to be unchanged word for word since the link was made is not suspect,
however the rest of its document changed (`unchanged_passage`).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial

from corpus_tool.coding.anchoring import reanchor
from corpus_tool.coding.lookup import passage_at
from corpus_tool.errors import InputError
from corpus_tool.framework.model import Framework, Source, walk
from corpus_tool.models import Anchor
from corpus_tool.project import Project
from corpus_tool.statements.coverage import unread
from corpus_tool.store.db import cited_passage_unchanged, connect, passage_covering

SourceKey = tuple[str, int]          # (indicator id, index of the source in its list)
Kept = Callable[[Anchor], bool]      # is the passage a link cites unchanged since it was made?
# the language of the passage a link cites when the statements stage does not read it, else ""
Unread = Callable[[Anchor], str]


def unchanged_passage(conn: sqlite3.Connection) -> Kept:
    """Whether the passage an anchor was made on is still in the index word for word (the
    document may have changed elsewhere): `store.db.cited_passage_unchanged`."""
    return lambda a: cited_passage_unchanged(conn, a.doc_id, a.text_sha256, a.start, a.end)


def unread_language(conn: sqlite3.Connection) -> Unread:
    """The language of an anchor's passage in the index when the statements stage does not
    read it ("" when it does, or the passage is not known)."""
    def lang(a: Anchor) -> str:
        row = passage_covering(conn, a.doc_id, a.start, a.end) if a.start is not None else None
        return row["lang"] if row and row["lang"] and unread(row["lang"]) else ""
    return lang


@contextmanager
def passages_kept(project: Project) -> Iterator[tuple[Kept, Unread]]:
    """`unchanged_passage` and `unread_language` over the project's index, for as long as the
    block runs (nothing is known unchanged, and every passage read, when there is no index)."""
    if not project.db_path.exists():
        yield (lambda a: False), (lambda a: "")
        return
    conn = connect(project.db_path)
    try:
        yield unchanged_passage(conn), unread_language(conn)
    finally:
        conn.close()


def _anchor(s: Source) -> Anchor:
    a = s.anchor
    return replace(a, exact=a.exact or s.quote)


def source_status(conn: sqlite3.Connection, s: Source, texts: dict[str, tuple[str, str] | None]
                  ) -> tuple[str, str] | None:
    """(status, why) when the current corpus contradicts the source's recorded status, else
    None. `texts` caches document texts by id."""
    if s.status == "stale":
        return None
    a = s.anchor
    if a.doc_id not in texts:
        row = conn.execute("SELECT text, text_sha256 FROM documents WHERE id = ?",
                           (a.doc_id,)).fetchone()
        texts[a.doc_id] = (row[0], row[1]) if row else None
    got = texts[a.doc_id]
    if got is None:
        return "orphaned", f"document {a.doc_id} is not in the index"
    text, sha = got
    exact = a.exact or s.quote
    if a.text_sha256 == sha and a.start is not None and text[a.start:a.end] == exact:
        return None
    res = reanchor(_anchor(s), text, passage_of=partial(passage_at, conn, a.doc_id))
    if res.status == "orphaned":
        return "orphaned", res.reason or "the quote is no longer in the document"
    if res.status == "exact" and a.text_sha256 == sha:
        return None
    if not a.text_sha256 and res.status in ("exact", "moved"):
        return None         # added by hand, with no text or place recorded: its words are found
    if s.status == "suspect":
        return None
    if res.status in ("exact", "moved") and unchanged_passage(conn)(a):
        return None
    return "suspect", f"the document text changed since the link was made (quote {res.status})"


def source_statuses(conn: sqlite3.Connection, fw: Framework) -> dict[SourceKey, tuple[str, str]]:
    """For every source the current corpus contradicts: (indicator id, index) -> (status, why)."""
    out: dict[SourceKey, tuple[str, str]] = {}
    texts: dict[str, tuple[str, str] | None] = {}
    for ref in walk(fw):
        if ref.kind not in ("indicator", "sub-indicator"):
            continue
        for i, s in enumerate(ref.node.sources):
            got = source_status(conn, s, texts)
            if got is not None:
                out[(ref.node.id, i)] = got
    return out


def edited_anchors(conn: sqlite3.Connection, fw: Framework) -> dict[SourceKey, str]:
    """The live sources whose anchor was edited by hand: recorded on the document's text as it
    is now (same text_sha256), yet its words, or the passage it names, are not what that text
    holds there. An anchor is the tool's record of where a link points: such an edit cannot be
    honoured, and a regeneration would put the recorded place back (a researcher's trial,
    session 43: build did so, and blamed the document)."""
    out: dict[SourceKey, str] = {}
    texts: dict[str, tuple[str, str] | None] = {}
    for ref in walk(fw):
        for i, s in enumerate(ref.node.sources if ref.kind in ("indicator", "sub-indicator")
                              else ()):
            a = s.anchor
            if s.status == "stale" or not a.text_sha256 or a.start is None or a.end is None:
                continue
            if a.doc_id not in texts:
                row = conn.execute("SELECT text, text_sha256 FROM documents WHERE id = ?",
                                   (a.doc_id,)).fetchone()
                texts[a.doc_id] = (row[0], row[1]) if row else None
            got = texts[a.doc_id]
            if got is None or got[1] != a.text_sha256:
                continue                # the document changed: the tool re-anchors it
            where = f"{ref.node.id}: source {a.doc_id} {s.locator}".rstrip()
            if a.exact and got[0][a.start:a.end] != a.exact:
                words = " ".join(got[0][a.start:a.end].split())[:60]
                out[(ref.node.id, i)] = (f"{where}: anchor.exact is not the document's words at "
                                         f"{a.start}-{a.end} (\"{words}\")")
            elif a.passage_id and (p := passage_at(conn, a.doc_id, a.start, a.end)) \
                    and p != a.passage_id and _is_passage(conn, a.doc_id, a.passage_id):
                out[(ref.node.id, i)] = (f"{where}: anchor.passage_id {a.passage_id} is not the "
                                         f"passage its words are in ({p})")
    return out


def _is_passage(conn: sqlite3.Connection, doc_id: str, passage_id: str) -> bool:
    """Does the document have this passage now? An anchor naming another passage of it than the
    one its words are in was moved by hand; one naming a passage the document no longer has
    was cut by another version of the readers (or in an index built since), and the merge takes
    the new one (two researchers' trials, session 44: once Spanish articles were read as
    articles, every build of a project, and every build of a fresh clone, was refused)."""
    return conn.execute("SELECT 1 FROM passages WHERE doc_id = ? AND id = ?",
                        (doc_id, passage_id)).fetchone() is not None


EDITED_ANCHOR_FIX = ("an anchor is the tool's record of where a link points: put it back as it "
                     "was (e.g. `git checkout -p indicators/framework.yaml`); to change what a "
                     "source quotes, edit its `quote:` (an omission marked […]) or the annotation")


def refuse_edited_anchors(project: Project, fw: Framework | None, path) -> None:
    """InputError naming each source whose anchor was edited by hand (`edited_anchors`), before
    a merge would overwrite the edit."""
    if fw is None or not project.db_path.exists():
        return
    conn = connect(project.db_path)
    try:
        edited = edited_anchors(conn, fw)
    finally:
        conn.close()
    if edited:
        raise InputError(f"{len(edited)} source anchor(s) edited by hand: "
                         + "; ".join(edited.values()),
                         path=path, fix=EDITED_ANCHOR_FIX)


def _checked(ind, checks: dict[SourceKey, tuple[str, str]], docs: dict[str, dict]):
    sources = []
    for i, s in enumerate(ind.sources):
        got = checks.get((ind.id, i))
        if got is not None:
            s = s.model_copy(update={"status": got[0], "note": got[1]})
        if not s.document_title and s.anchor.doc_id in docs:     # a source added by hand
            d = docs[s.anchor.doc_id]
            s = s.model_copy(update={"document_title": d["title"], "issuer": d["issuer"],
                                     "year": d["year"], "instrument_type": d["type"],
                                     "legal_force": d["legal_force"]})
        sources.append(s)
    subs = [_checked(sub, checks, docs) for sub in ind.sub_indicators]
    return ind.model_copy(update={"sources": sources, "sub_indicators": subs})


def checked_framework(conn: sqlite3.Connection, fw: Framework) -> Framework:
    """A copy of `fw` for display (never saved) whose sources carry the status the current
    corpus gives them: `orphaned` where the quote is gone, `suspect` where the text changed;
    a source added by hand with no document facts gets them from the index."""
    checks = source_statuses(conn, fw)
    docs = {r["id"]: dict(r) for r in conn.execute(
        "SELECT id, title, issuer, year, type, legal_force FROM documents")}
    areas = []
    for area in fw.areas:
        dims = [d.model_copy(update={"indicators": [_checked(i, checks, docs)
                                                    for i in d.indicators]})
                for d in area.dimensions]
        areas.append(area.model_copy(update={
            "dimensions": dims, "indicators": [_checked(i, checks, docs)
                                               for i in area.indicators]}))
    return fw.model_copy(update={"areas": areas})
