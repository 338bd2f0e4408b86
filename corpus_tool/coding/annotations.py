"""Annotations: human links from a stretch of a document to an area (and an indicator).

Stored one W3C Web Annotation-compatible JSON object per line in `annotations/<coder>.jsonl`,
keys sorted, records sorted by id, written atomically under a lock so two processes adding at
the same time lose nothing. The quote (TextQuoteSelector: exact, prefix, suffix) is authoritative;
the position (TextPositionSelector), passage and statement ids are hints, refreshed by
`check_annotations` when the document text changed. Orphans are reported, never deleted.

    {"body": [{"purpose": "classifying", "type": "TextualBody", "value": "access"},
              {"purpose": "linking", "type": "TextualBody", "value": "a1-free-primary"},
              {"purpose": "commenting", "type": "TextualBody", "value": "memo…"}],
     "created": "2026-11-25T18:00:00Z", "creator": "coder-a", "id": "un-crc-1989:coder-a:…",
     "modified": "…", "motivation": "classifying", "origin": {"type": "manual"},
     "target": {"passage": "un-crc-1989:art-28-1-a", "selector": [
         {"exact": "…", "prefix": "…", "suffix": "…", "type": "TextQuoteSelector"},
         {"end": 27499, "start": 27441, "type": "TextPositionSelector"}],
       "source": "un-crc-1989", "statement": null, "text_sha256": "…"},
     "type": "Annotation"}
"""
from __future__ import annotations

import getpass
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from corpus_tool.coding.anchoring import (Reanchored, find_quote, make_anchor,  # noqa: F401
                                          moved_anchor, reanchor)
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import atomic_write_text, dumps_json, file_lock, read_jsonl, sha256_text
from corpus_tool.models import Anchor, Annotation, Origin
from corpus_tool.project import Project
from corpus_tool.coding.rejections import (REJECTION_MOTIVATION, Rejection, record_to_rejection, rejection_to_record)

MOTIVATIONS = ("classifying", "linking", "commenting")
ORIGIN_TYPES = ("manual", "suggestion", "import")
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SLUG_RE = re.compile(r"[^a-z0-9]+")

__all__ = ["make_anchor", "reanchor", "find_quote", "load_annotations", "read_annotations",
           "add_annotation", "remove_annotations", "update_annotation", "check_annotations",
           "reanchor_document", "annotation_to_record", "record_to_annotation"]


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def slug(s: str) -> str:
    return SLUG_RE.sub("-", s.lower()).strip("-") or "anonymous"


def default_coder() -> str:
    """`$CORPUS_TOOL_CODER`, else the login name."""
    name = os.environ.get("CORPUS_TOOL_CODER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:
        return "anonymous"


# --- record <-> dataclass ---------------------------------------------------------------------

def _sorted(obj):
    if isinstance(obj, dict):
        return {k: _sorted(obj[k]) for k in sorted(obj)}
    if isinstance(obj, list):
        return [_sorted(x) for x in obj]
    return obj


def annotation_to_record(a: Annotation) -> dict:
    """The W3C-compatible JSON object for one annotation (keys sorted)."""
    body = [{"type": "TextualBody", "purpose": "classifying", "value": a.area}]
    if a.indicator:
        body.append({"type": "TextualBody", "purpose": "linking", "value": a.indicator})
    if a.memo:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.memo})
    origin = {k: v for k, v in a.origin.to_dict().items() if v is not None}
    rec = {
        "id": a.id, "type": "Annotation", "motivation": a.motivation, "creator": a.creator,
        "created": a.created, "modified": a.modified, "body": body, "origin": origin,
        "target": anchor_target(a.anchor),
    }
    return _sorted(rec)


def anchor_target(anc) -> dict:
    """The W3C `target` of an anchor: the quote selector (authoritative), the position selector
    when known, and the passage/statement ids as hints."""
    selectors: list[dict] = [{"type": "TextQuoteSelector", "exact": anc.exact,
                              "prefix": anc.prefix, "suffix": anc.suffix}]
    if anc.start is not None and anc.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": anc.start, "end": anc.end})
    return {"source": anc.doc_id, "text_sha256": anc.text_sha256, "selector": selectors,
            "passage": anc.passage_id, "statement": anc.statement_id}


def _bodies(rec: dict) -> list[dict]:
    body = rec.get("body", [])
    if isinstance(body, dict):
        body = [body]
    if not isinstance(body, list):
        raise ValueError("`body` must be a list of objects")
    return [b for b in body if isinstance(b, dict)]


def record_to_annotation(rec: dict, *, file: str = "") -> Annotation:
    """Parse one stored record; raises ValueError naming the field on a bad record."""
    for key in ("id", "creator", "target"):
        if not rec.get(key):
            raise ValueError(f"missing `{key}`")
    if not isinstance(rec["id"], str):
        raise ValueError("`id` must be a string")
    area = indicator = None
    memo = ""
    for b in _bodies(rec):
        purpose, value = b.get("purpose"), b.get("value")
        if not isinstance(value, str):
            continue
        if purpose == "classifying" and area is None:
            area = value
        elif purpose == "linking" and indicator is None:
            indicator = value
        elif purpose == "commenting" and not memo:
            memo = value
    if not area:
        raise ValueError("no area: `body` needs {\"purpose\": \"classifying\", \"value\": AREA}")
    tgt = rec["target"]
    if not isinstance(tgt, dict) or not tgt.get("source"):
        raise ValueError("`target.source` (the document id) is missing")
    sels = tgt.get("selector") or []
    if isinstance(sels, dict):
        sels = [sels]
    quote = next((s for s in sels if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"),
                 None)
    if quote is None or not quote.get("exact"):
        raise ValueError("`target.selector` needs a TextQuoteSelector with `exact`")
    pos = next((s for s in sels if isinstance(s, dict)
                and s.get("type") == "TextPositionSelector"), {})
    start, end = pos.get("start"), pos.get("end")
    if start is not None and (not isinstance(start, int) or not isinstance(end, int)):
        raise ValueError("TextPositionSelector `start`/`end` must be integers")
    motivation = rec.get("motivation", "classifying")
    if motivation not in MOTIVATIONS:
        raise ValueError(f"`motivation` {motivation!r} is not one of {', '.join(MOTIVATIONS)}")
    o = rec.get("origin") or {"type": "manual"}
    if not isinstance(o, dict) or o.get("type", "manual") not in ORIGIN_TYPES:
        raise ValueError(f"`origin.type` must be one of {', '.join(ORIGIN_TYPES)}")
    origin = Origin(type=o.get("type", "manual"), model_id=o.get("model_id"),
                    model_version=o.get("model_version"), score=o.get("score"),
                    accepted_by=o.get("accepted_by"), source=o.get("source"))
    anchor = Anchor(doc_id=tgt["source"], text_sha256=tgt.get("text_sha256") or "",
                    exact=quote["exact"], prefix=quote.get("prefix") or "",
                    suffix=quote.get("suffix") or "", start=start, end=end,
                    passage_id=tgt.get("passage"), statement_id=tgt.get("statement"))
    created = rec.get("created") or ""
    return Annotation(id=rec["id"], anchor=anchor, area=area, creator=str(rec["creator"]),
                      created=created, modified=rec.get("modified") or created,
                      indicator=indicator, memo=memo, motivation=motivation, origin=origin,
                      file=file)


def annotation_id(creator: str, doc_id: str, start: int | None, end: int | None, exact: str,
                  area: str) -> str:
    """Stable readable id: `<doc>:<coder>:<10 hex>` from what the annotation says."""
    h = sha256_text(f"{creator}\n{doc_id}\n{start}\n{end}\n{exact}\n{area}")[:10]
    return f"{doc_id}:{slug(creator)}:{h}"


# --- files and lock ---------------------------------------------------------------------------

@dataclass
class AnnotationSet:
    annotations: list[Annotation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)      # "file, line N: …"
    bad_files: set[str] = field(default_factory=set)       # files holding a malformed line
    rejections: list = field(default_factory=list)         # rejections.Rejection (`assessing`):
                                                           # kept in the files, never codings


def annotation_files(project: Project) -> list[Path]:
    d = project.annotations_dir
    return sorted(p for p in d.glob("*.jsonl") if not p.name.startswith(".")) if d.is_dir() else []


def _rel(project: Project, path: Path) -> str:
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)


def read_annotations(project: Project) -> AnnotationSet:
    """Every annotation of the project, plus the problems found (malformed lines, duplicate ids):
    a bad line is reported with file and line and the rest still loads."""
    out = AnnotationSet()
    seen: dict[str, str] = {}
    for path in annotation_files(project):
        rel = _rel(project, path)
        for lineno, rec in read_jsonl(path):
            if isinstance(rec, InputError):
                out.problems.append(f"{rel}, line {lineno}: {rec.message} ({rec.fix})")
                out.bad_files.add(rel)
                continue
            try:
                if isinstance(rec, dict) and rec.get("motivation") == REJECTION_MOTIVATION:
                    a = record_to_rejection(rec, file=rel)
                else:
                    a = record_to_annotation(rec, file=rel)
            except (ValueError, TypeError, AttributeError) as e:
                out.problems.append(f"{rel}, line {lineno}: {e} (fix or delete this line)")
                out.bad_files.add(rel)
                continue
            if a.id in seen:
                out.problems.append(f"{rel}, line {lineno}: duplicate annotation id {a.id!r} "
                                    f"(also in {seen[a.id]}; give one of them a new id)")
                out.bad_files.add(rel)
                continue
            seen[a.id] = f"{rel}, line {lineno}"
            (out.rejections if isinstance(a, Rejection) else out.annotations).append(a)
    out.annotations.sort(key=lambda a: a.id)
    out.rejections.sort(key=lambda a: a.id)
    return out


def load_annotations(project: Project, *, doc_id: str | None = None,
                     creator: str | None = None, area: str | None = None) -> list[Annotation]:
    """The project's annotations sorted by id (malformed lines skipped: see read_annotations)."""
    anns = read_annotations(project).annotations
    return [a for a in anns if (doc_id is None or a.doc_id == doc_id)
            and (creator is None or a.creator == creator) and (area is None or a.area == area)]


def get_annotation(project: Project, annotation_id: str) -> Annotation:
    for a in load_annotations(project):
        if a.id == annotation_id:
            return a
    raise NotFoundError(f"no annotation {annotation_id!r} "
                        "(`corpus-tool annotations list` shows them)")


@contextmanager
def annotations_lock(project: Project) -> Iterator[None]:
    """Exclusive lock for read-modify-write of annotation files (fcntl.flock on a lock file
    under build/, which is regenerable and ignored by git)."""
    with file_lock(project.build_dir / "annotations.lock"):
        yield


def annotations_text(annotations: list[Annotation], rejections: list = ()) -> str:
    """The canonical file content for `annotations` (and rejections kept in the same file): one
    sorted-key object per line, by id."""
    recs = sorted([annotation_to_record(a) for a in annotations]
                  + [rejection_to_record(r) for r in rejections], key=lambda r: r["id"])
    return "".join(dumps_json(r) + "\n" for r in recs)


def _write_files(project: Project, current: AnnotationSet, changed: dict[str, list[Annotation]],
                 *, rejections: dict[str, list] | None = None) -> None:
    """Rewrite the files in `changed` (relative path → all annotations it should hold). The
    rejections a file holds are written back as they are, unless `rejections` gives that
    file's new list."""
    for rel in changed:
        if rel in current.bad_files:
            bad = [p for p in current.problems if p.startswith(rel + ",")]
            raise InputError(f"{rel} has problems that must be fixed first: {bad[0]}",
                             fix="fix or delete that line; nothing was written")
    for rel, anns in changed.items():
        rejs = (rejections or {}).get(rel)
        if rejs is None:
            rejs = [r for r in current.rejections if r.file == rel]
        atomic_write_text(project.root / rel, annotations_text(anns, rejs))


def coder_file(project: Project, creator: str) -> str:
    return _rel(project, project.annotations_dir / f"{slug(creator)}.jsonl")


def save_annotations(project: Project, new: list[Annotation], *, replace_ids: bool = False
                     ) -> list[Annotation]:
    """Add `new` annotations (each to its creator's file) under the lock. Duplicate ids are
    refused unless `replace_ids` (then the old record with that id is replaced)."""
    with annotations_lock(project):
        cur = read_annotations(project)
        by_id = {a.id: a for a in cur.annotations}
        by_file: dict[str, list[Annotation]] = {}
        for a in cur.annotations:
            by_file.setdefault(a.file, []).append(a)
        changed: dict[str, list[Annotation]] = {}
        batch_ids: set[str] = set()
        for a in new:
            if a.id in batch_ids:
                raise InputError(f"duplicate annotation id {a.id!r} in this batch",
                                 fix="each annotation needs its own id")
            batch_ids.add(a.id)
            if a.id in by_id:
                if not replace_ids:
                    old = by_id[a.id]
                    raise InputError(f"annotation {a.id!r} already exists ({old.file}: "
                                     f"{old.creator} coded this quote as {old.area!r})",
                                     fix="`corpus-tool annotations list` shows it; remove it first "
                                         "to re-code")
                old = by_id[a.id]
                lst = changed.setdefault(old.file, list(by_file.get(old.file, [])))
                lst[:] = [x for x in lst if x.id != a.id]
            rel = a.file or coder_file(project, a.creator)
            a = replace(a, file=rel)
            changed.setdefault(rel, list(by_file.get(rel, []))).append(a)
        _write_files(project, cur, changed)
    return [replace(a, file=a.file or coder_file(project, a.creator)) for a in new]


# --- the index: document text, passage and statement hints ----------------------------------

def _connect(project: Project) -> sqlite3.Connection:
    from corpus_tool.store.db import connect
    if not project.db_path.exists():
        raise InputError("the corpus is not ingested yet", path=project.db_path,
                         fix="run `corpus-tool ingest` first")
    return connect(project.db_path)


def _doc_text(conn: sqlite3.Connection, doc_id: str) -> tuple[str, str]:
    from corpus_tool.store.db import document_text
    try:
        return document_text(conn, doc_id)
    except NotFoundError:
        raise NotFoundError(f"unknown document {doc_id!r}: annotations can only point into "
                            "ingested documents (`corpus-tool docs list` shows them)") from None


def passage_at(conn: sqlite3.Connection, doc_id: str, start: int, end: int) -> str | None:
    """The id of the passage holding [start, end) (or, failing that, holding `start`)."""
    row = conn.execute('SELECT id FROM passages WHERE doc_id = ? AND start <= ? AND "end" >= ? '
                       'ORDER BY ("end" - start) LIMIT 1', (doc_id, start, end)).fetchone()
    if row is None:
        row = conn.execute('SELECT id FROM passages WHERE doc_id = ? AND start <= ? AND "end" > ? '
                           'ORDER BY ("end" - start) LIMIT 1', (doc_id, start, start)).fetchone()
    return row[0] if row else None


def statement_at(conn: sqlite3.Connection, doc_id: str, start: int, end: int) -> str | None:
    """The id of the statement that best covers [start, end), if statements were extracted."""
    try:
        rows = conn.execute('SELECT id, start, "end" FROM statements WHERE doc_id = ? '
                            'AND start < ? AND "end" > ?', (doc_id, end, start)).fetchall()
    except sqlite3.Error:
        return None
    best, best_ov = None, 0
    for sid, s, e in rows:
        ov = min(e, end) - max(s, start)
        # a statement counts when most of it, or most of the quote, is covered
        if ov > best_ov and (ov >= 0.5 * (e - s) or ov >= 0.5 * (end - start)):
            best, best_ov = sid, ov
    return best


def statements_extracted(conn: sqlite3.Connection) -> bool:
    """Whether the statements stage has run (its table exists and has rows)."""
    try:
        return conn.execute("SELECT 1 FROM statements LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _statement_span(conn: sqlite3.Connection, statement_id: str) -> tuple[str, int, int]:
    try:
        from corpus_tool.statements.stage import get_statement
        st = get_statement(conn, statement_id)
        return st.doc_id, st.start, st.end
    except ImportError:
        pass
    try:
        row = conn.execute('SELECT doc_id, start, "end" FROM statements WHERE id = ?',
                           (statement_id,)).fetchone()
    except sqlite3.Error:
        row = None
    if row is None:
        raise NotFoundError(f"no statement {statement_id!r} (run `corpus-tool statements`)")
    return row[0], row[1], row[2]


# --- adding, editing, removing ----------------------------------------------------------------

def _check_area(project: Project, area: str) -> None:
    from corpus_tool.suggest.areas import area_ids
    ids = area_ids(project)
    if area not in ids:
        raise InputError(f"unknown area {area!r}", path=_rel(project, project.codebook_path),
                         fix=f"use one of: {', '.join(ids)} (or add it to the codebook)")


def locate(conn: sqlite3.Connection, *, doc_id: str | None = None, quote: str | None = None,
           statement_id: str | None = None, passage_id: str | None = None,
           occurrence: int | None = None) -> Anchor:
    """Resolve what a person points at (doc + quote, a statement, a passage, or a quote inside a
    passage or statement) to an anchor in the current document text."""
    from corpus_tool.store.db import get_passage
    lo = hi = None
    if statement_id:
        sdoc, lo, hi = _statement_span(conn, statement_id)
        if doc_id and doc_id != sdoc:
            raise InputError(f"statement {statement_id!r} is in {sdoc!r}, not {doc_id!r}")
        doc_id = sdoc
    elif passage_id:
        p = get_passage(conn, passage_id)
        if doc_id and doc_id != p.doc_id:
            raise InputError(f"passage {passage_id!r} is in {p.doc_id!r}, not {doc_id!r}")
        doc_id, lo, hi = p.doc_id, p.start, p.end
    if not doc_id:
        raise InputError("say what to annotate: --doc with --quote, or --statement, or --passage")
    text, sha = _doc_text(conn, doc_id)
    if quote is not None and quote.strip():
        region_lo = lo or 0
        region = text[region_lo:hi] if hi is not None else text[region_lo:]
        spans = [(s + region_lo, e + region_lo) for s, e in find_quote(region, quote)]
        where = f"{statement_id or passage_id or doc_id}"
        if not spans:
            raise InputError(f"the quote is not in {where}: {quote[:80]!r}",
                             fix="copy the words exactly from the document (whitespace and "
                                 "quote marks may differ)")
        if len(spans) > 1 and occurrence is None:
            raise InputError(f"the quote occurs {len(spans)} times in {where}: {quote[:60]!r}",
                             fix="quote more words, or narrow with --passage/--statement")
        k = (occurrence or 1) - 1
        if not 0 <= k < len(spans):
            raise InputError(f"occurrence {occurrence} asked, the quote occurs {len(spans)} times")
        lo, hi = spans[k]
    elif lo is None:
        raise InputError("--doc needs --quote (or use --statement / --passage)")
    # trim surrounding whitespace of passage/statement spans
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    pid = passage_id or passage_at(conn, doc_id, lo, hi)
    sid = statement_id or statement_at(conn, doc_id, lo, hi)
    return make_anchor(text, lo, hi, doc_id=doc_id, text_sha256=sha, passage_id=pid,
                       statement_id=sid)


def new_annotation(anchor: Anchor, *, area: str, creator: str, indicator: str | None = None,
                   memo: str = "", motivation: str | None = None, origin: Origin | None = None,
                   created: str | None = None, annotation_id_: str | None = None) -> Annotation:
    if motivation is None:
        motivation = "classifying"
    if motivation not in MOTIVATIONS:
        raise InputError(f"unknown motivation {motivation!r}", fix=f"use {', '.join(MOTIVATIONS)}")
    ts = created or now_iso()
    aid = annotation_id_ or annotation_id(creator, anchor.doc_id, anchor.start, anchor.end,
                                          anchor.exact, area)
    return Annotation(id=aid, anchor=anchor, area=area, creator=creator, created=ts, modified=ts,
                      indicator=indicator or None, memo=memo or "", motivation=motivation,
                      origin=origin or Origin())


def add_annotation(project: Project, *, area: str, doc_id: str | None = None,
                   quote: str | None = None, statement_id: str | None = None,
                   passage_id: str | None = None, indicator: str | None = None, memo: str = "",
                   coder: str | None = None, motivation: str | None = None,
                   origin: Origin | None = None, occurrence: int | None = None,
                   created: str | None = None) -> Annotation:
    """Code a stretch of text to an area. Point at it by doc + quote (a quote inside a passage or
    statement with `passage_id`/`statement_id`), or by a whole statement or passage."""
    _check_area(project, area)
    conn = _connect(project)
    try:
        anchor = locate(conn, doc_id=doc_id, quote=quote, statement_id=statement_id,
                        passage_id=passage_id, occurrence=occurrence)
    finally:
        conn.close()
    ann = new_annotation(anchor, area=area, creator=coder or default_coder(), indicator=indicator,
                         memo=memo, motivation=motivation, origin=origin, created=created)
    return save_annotations(project, [ann])[0]


def update_annotation(project: Project, annotation_id: str, *, area: str | None = None,
                      indicator: str | None = None, memo: str | None = None) -> Annotation:
    """Change the area, indicator or memo of an annotation (id and anchor stay)."""
    if area:
        _check_area(project, area)
    with annotations_lock(project):
        cur = read_annotations(project)
        old = next((a for a in cur.annotations if a.id == annotation_id), None)
        if old is None:
            raise NotFoundError(f"no annotation {annotation_id!r}")
        new = replace(old, area=area or old.area,
                      indicator=old.indicator if indicator is None else (indicator or None),
                      memo=old.memo if memo is None else memo, modified=now_iso())
        anns = [new if a.id == annotation_id else a for a in cur.annotations if a.file == old.file]
        _write_files(project, cur, {old.file: anns})
    return new


def remove_annotations(project: Project, ids: list[str]) -> list[Annotation]:
    """Remove annotations by id (all or nothing: an unknown id removes none)."""
    with annotations_lock(project):
        cur = read_annotations(project)
        by_id = {a.id: a for a in cur.annotations}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise NotFoundError(f"no annotation {missing[0]!r} (nothing was removed)")
        gone = [by_id[i] for i in ids]
        files = {a.file for a in gone}
        drop = set(ids)
        changed = {f: [a for a in cur.annotations if a.file == f and a.id not in drop]
                   for f in files}
        _write_files(project, cur, changed)
    return gone


# --- checking anchors -------------------------------------------------------------------------

def check_annotations(project: Project, *, doc_id: str | None = None, update: bool = True
                      ) -> dict:
    """Re-anchor every annotation (or those of one document) against the current corpus text.

    Returns counts per status (exact / moved / fuzzy / ambiguous / orphaned) and one row per
    annotation that is not `exact`. With `update`, position/passage/statement hints and the text
    version of exact, moved and fuzzy anchors are refreshed in the files (the quote, area, memo
    and everything else a person wrote stay as they are). Orphans are kept, never deleted."""
    cur = read_annotations(project)
    anns = [a for a in cur.annotations if doc_id is None or a.doc_id == doc_id]
    counts = {s: 0 for s in ("exact", "moved", "fuzzy", "ambiguous", "orphaned")}
    rows: list[dict] = []
    refreshed: dict[str, Anchor] = {}
    conn = _connect(project) if anns else None
    has_statements = conn is not None and statements_extracted(conn)
    texts: dict[str, tuple[str, str] | None] = {}
    try:
        for a in anns:
            if a.doc_id not in texts:
                try:
                    texts[a.doc_id] = _doc_text(conn, a.doc_id)
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
                    res = reanchor(a.anchor, text)
                reason = {"orphaned": "quote not found", "ambiguous": "quote found in "
                          f"{res.candidates} places"}.get(res.status, "")
                if res.found:
                    anc = moved_anchor(a.anchor, text, res)
                    pid = passage_at(conn, a.doc_id, res.start, res.end) or anc.passage_id
                    sid = statement_at(conn, a.doc_id, res.start, res.end) \
                        if has_statements else anc.statement_id
                    anc = replace(anc, text_sha256=sha, passage_id=pid, statement_id=sid)
                    if anc != a.anchor:
                        refreshed[a.id] = anc
            counts[res.status] += 1
            if res.status != "exact":
                rows.append({"id": a.id, "doc_id": a.doc_id, "status": res.status,
                             "reason": reason, "quote": a.anchor.exact[:120],
                             "old_start": a.anchor.start, "old_end": a.anchor.end,
                             "start": res.start, "end": res.end, "distance": res.distance,
                             "file": a.file, "area": a.area, "creator": a.creator})
    finally:
        if conn is not None:
            conn.close()
    updated = 0
    skipped: list[str] = []
    if update and refreshed:
        with annotations_lock(project):
            cur2 = read_annotations(project)
            # apply only where the quote is still the one checked (not edited meanwhile)
            apply = {a.id for a in cur2.annotations
                     if a.id in refreshed and a.anchor.exact == refreshed[a.id].exact
                     and a.doc_id == refreshed[a.id].doc_id}
            files = {a.file for a in cur2.annotations if a.id in apply}
            changed = {}
            for f in sorted(files):
                if f in cur2.bad_files:
                    skipped.append(f)
                    continue
                changed[f] = [replace(a, anchor=refreshed[a.id]) if a.id in apply else a
                              for a in cur2.annotations if a.file == f]
                updated += sum(1 for a in changed[f] if a.id in apply)
            _write_files(project, cur2, changed)
    return {"checked": len(anns), **counts, "updated": updated, "problems": cur.problems,
            "not_updated_files": skipped, "results": rows}


def reanchor_document(project: Project, doc_id: str) -> dict:
    """Re-anchor the annotations of one document after it was re-ingested (the ingest driver
    calls this when a document's text changed). Never raises for orphans: returns the report."""
    if not annotation_files(project):
        return {"checked": 0, "exact": 0, "moved": 0, "fuzzy": 0, "ambiguous": 0,
                "orphaned": 0, "updated": 0, "problems": [], "not_updated_files": [],
                "results": []}
    return check_annotations(project, doc_id=doc_id, update=True)
