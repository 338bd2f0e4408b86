"""Checking anchors against the current corpus: re-anchor every annotation (exact, moved,
fuzzy, ambiguous, orphaned), update what moved, report the rest; after an ingest, re-anchor
the documents whose text changed."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any, TypedDict

from corpus_tool.coding.anchoring import Reanchored, make_anchor, moved_anchor, reanchor
from corpus_tool.coding.files import (annotation_files, annotations_lock, read_annotations,
                                      write_files)
from corpus_tool.coding.lookup import doc_text, connect_index, passage_at, statements_extracted
from corpus_tool.coding.records import now_iso
from corpus_tool.errors import NotFoundError
from corpus_tool.models import Anchor, Annotation
from corpus_tool.project import Project
from corpus_tool.statements.query import statement_at, statements_current


class CheckReport(TypedDict):
    """`annotations check`: how each annotation re-anchored (counts per status and one result
    per annotation that did not stay exactly in place, with the words a fuzzy anchor found
    (`now_reads`) and its `new_quote` where accepted words replaced the quote), position hints
    refreshed, and the
    annotations whose statement is no longer extracted where they are (`unlinked`: the
    statement stage changed, so the link to it is dropped; the quote and all a coder wrote
    stay)."""
    checked: int
    exact: int
    moved: int
    fuzzy: int
    ambiguous: int
    orphaned: int
    updated: int
    problems: list[str]
    not_updated_files: list[str]
    results: list[dict[str, Any]]
    unlinked: list[dict[str, Any]]


def check_annotations(project: Project, *, doc_id: str | None = None, update: bool = True,
                      accept_fuzzy: bool = False) -> CheckReport:
    """Re-anchor every annotation (or those of one document) against the current corpus text.

    Returns counts per status (exact / moved / fuzzy / ambiguous / orphaned) and one row per
    annotation that is not `exact`. With `update`, position/passage/statement hints and the text
    version of exact, moved and fuzzy anchors are refreshed in the files (the quote, area, memo
    and everything else a person wrote stay as they are). Orphans are kept, never deleted.

    `accept_fuzzy` is a person's decision after reading the fuzzy rows: each fuzzy anchor takes
    the words now at its place as its quote (with their context), and its annotation's
    `modified` time is set; the row keeps the old quote (`quote`) beside the new (`new_quote`)."""
    cur = read_annotations(project)
    anns = [a for a in cur.annotations if doc_id is None or a.doc_id == doc_id]
    counts = {s: 0 for s in ("exact", "moved", "fuzzy", "ambiguous", "orphaned")}
    rows: list[dict] = []
    unlinked: list[dict] = []
    refreshed: dict[str, Anchor] = {}
    conn = connect_index(project) if anns else None
    has_statements = conn is not None and statements_extracted(conn)
    texts: dict[str, tuple[str, str] | None] = {}
    current: dict[str, bool] = {}       # doc id → its statements are of its current text
    try:
        for a in anns:
            if a.doc_id not in texts:
                try:
                    texts[a.doc_id] = doc_text(conn, a.doc_id)
                except NotFoundError:
                    texts[a.doc_id] = None
            got = texts[a.doc_id]
            if got is None:
                res, reason = Reanchored("orphaned", None, None), "document not in the index"
            else:
                text, sha = got
                if a.anchor.text_sha256 == sha and a.anchor.start is not None and \
                        text[a.anchor.start:a.anchor.end] == a.anchor.exact:
                    res = Reanchored("exact", a.anchor.start, a.anchor.end, 0, 1)
                else:
                    res = reanchor(a.anchor, text, passage_of=partial(passage_at, conn, a.doc_id))
                reason = res.reason or {"orphaned": "quote not found", "ambiguous": "quote found in "
                          f"{res.candidates} places"}.get(res.status, "")
                if res.found:
                    anc = moved_anchor(a.anchor, text, res)
                    pid = passage_at(conn, a.doc_id, res.start, res.end) or anc.passage_id
                    # the statement the coder coded stays while it still covers the quote
                    # (the rule the indicators' evidence follows: `statement_covering`); while
                    # the document's statements are of an earlier text, it stays as it is
                    if a.doc_id not in current:
                        current[a.doc_id] = has_statements and \
                            statements_current(conn, a.doc_id, text)
                    sid = statement_at(conn, a.doc_id, res.start, res.end,
                                       hint=anc.statement_id) \
                        if current[a.doc_id] else anc.statement_id
                    if anc.statement_id and not sid:
                        unlinked.append({"id": a.id, "doc_id": a.doc_id, "file": a.file,
                                         "statement": anc.statement_id,
                                         "quote": a.anchor.exact[:120]})
                    anc = replace(anc, text_sha256=sha, passage_id=pid, statement_id=sid)
                    if accept_fuzzy and res.status == "fuzzy":
                        now = make_anchor(text, res.start, res.end)
                        anc = replace(anc, exact=now.exact, prefix=now.prefix, suffix=now.suffix)
                    if anc != a.anchor:
                        refreshed[a.id] = anc
            counts[res.status] += 1
            if res.status != "exact":
                rows.append({"id": a.id, "doc_id": a.doc_id, "status": res.status,
                             "reason": reason, "quote": a.anchor.exact[:120],
                             "old_start": a.anchor.start, "old_end": a.anchor.end,
                             "start": res.start, "end": res.end, "distance": res.distance,
                             "file": a.file, "area": a.area, "creator": a.creator,
                             "passage_id": a.anchor.passage_id,
                             "new_passage_id": res.passage_id or (
                                 refreshed[a.id].passage_id if a.id in refreshed else None),
                             "new_quote": refreshed[a.id].exact[:120]
                             if a.id in refreshed and refreshed[a.id].exact != a.anchor.exact
                             else None,
                             # what the text says where a fuzzy anchor was found, to read
                             # before accepting it (`accept_fuzzy`)
                             "now_reads": text[res.start:res.end][:120]
                             if res.status == "fuzzy" and res.start is not None else None})
    finally:
        if conn is not None:
            conn.close()
    updated = 0
    skipped: list[str] = []
    if update and refreshed:
        with annotations_lock(project):
            cur2 = read_annotations(project)
            # apply only where the quote is still the one checked (not edited meanwhile)
            checked = {a.id: a.anchor.exact for a in anns}
            apply = {a.id for a in cur2.annotations
                     if a.id in refreshed and a.anchor.exact == checked[a.id]
                     and a.doc_id == refreshed[a.id].doc_id}
            stamp = now_iso()
            files = {a.file for a in cur2.annotations if a.id in apply}
            changed = {}
            for f in sorted(files):
                if f in cur2.bad_files:
                    skipped.append(f)
                    continue
                changed[f] = [_refreshed(a, refreshed[a.id], stamp) if a.id in apply else a
                              for a in cur2.annotations if a.file == f]
                updated += sum(1 for a in changed[f] if a.id in apply)
            write_files(project, cur2, changed)
    return {"checked": len(anns), **counts, "updated": updated, "problems": cur.problems,
            "not_updated_files": skipped, "results": rows, "unlinked": unlinked}


def _refreshed(a: Annotation, anchor: Anchor, stamp: str) -> Annotation:
    """`a` at its refreshed anchor; a new quote (accepted words) is an edit, so it is dated."""
    if anchor.exact != a.anchor.exact:
        return replace(a, anchor=anchor, modified=stamp)
    return replace(a, anchor=anchor)


def reanchor_document(project: Project, doc_id: str) -> CheckReport:
    """Re-anchor the annotations of one document after it was re-ingested (the ingest driver
    calls this when a document's text changed). Never raises for orphans: returns the report."""
    if not annotation_files(project):
        return {"checked": 0, "exact": 0, "moved": 0, "fuzzy": 0, "ambiguous": 0,
                "orphaned": 0, "updated": 0, "problems": [], "not_updated_files": [],
                "results": []}
    return check_annotations(project, doc_id=doc_id, update=True)


REANCHOR_COUNTS = ("checked", "exact", "moved", "fuzzy", "ambiguous", "orphaned", "updated")


def reanchor_changed(project: Project, doc_ids: list[str],
                     warn: Callable[[str], None] | None = None) -> dict:
    """Re-anchor the annotations of documents whose text changed (after their transactions
    committed). Orphans are reported, never dropped; a failure on one document is reported and
    does not stop the others (nor the ingest)."""
    out: dict = {"documents": doc_ids, **dict.fromkeys(REANCHOR_COUNTS, 0), "results": [],
                 "errors": []}
    if not doc_ids:
        return out
    for doc_id in doc_ids:
        try:
            rep = reanchor_document(project, doc_id)
        # Kept broad on purpose: re-anchoring runs after the ingest committed, and one
        # document's failure (whatever its kind) is reported and must not lose the others.
        except Exception as e:  # noqa: BLE001
            msg = f"could not re-anchor the annotations: {type(e).__name__}: {e}"
            out["errors"].append({"doc_id": doc_id, "message": msg})
            if warn:
                warn(f"warning: {doc_id}: {msg} (run `corpus-tool annotations check`)")
            continue
        for k in REANCHOR_COUNTS:
            out[k] += int(rep.get(k, 0) or 0)
        out["results"].extend(rep.get("results", []))
    return out


def orphan_advice(rep: CheckReport) -> str:
    """What to do with the orphaned annotations of a check: one whose quote left its document is
    coded again; one whose document is not in the index (a manifest row with a typo) is brought
    back, never coded again, which would lose the coder's annotation (a researcher's trial,
    session 43)."""
    gone = sum(1 for r in rep["results"] if r["status"] == "orphaned"
               and r.get("reason") == "document not in the index")
    why = ([f"{rep['orphaned'] - gone} whose quote is no longer in the document (code the "
            "passage again with `corpus-tool annotations add`, then `corpus-tool annotations "
            "remove` the old one)"] if rep["orphaned"] > gone else []) + (
           [f"{gone} whose document is not in the index (bring it back: `corpus-tool docs list` "
            "shows why, e.g. a manifest row to fix, then `corpus-tool ingest`; do not code them "
            "again)"] if gone else [])
    return f"{rep['orphaned']} orphaned annotation(s), kept in annotations/: " + "; ".join(why)
