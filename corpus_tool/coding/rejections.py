"""Rejected area suggestions: a person's decision that an area does not fit a statement.

A rejection is researcher-made data, so it lives beside the codings in the coder's own
`annotations/<coder>.jsonl`, written through the same locked atomic writer. It is a W3C Web
Annotation with motivation `assessing` (the marker every reader keys on) and one `assessing`
body naming the rejected area; `origin` keeps the model id, version and score of the suggestion
that was turned down:

    {"body": [{"area": "access", "purpose": "assessing", "type": "TextualBody",
               "value": "rejected: access"}],
     "created": "…", "creator": "coder-a", "id": "un-crc-1989:coder-a:…", "modified": "…",
     "motivation": "assessing",
     "origin": {"model_id": "…", "model_version": "…", "score": 0.41, "type": "suggestion"},
     "target": {"passage": "…", "selector": […], "source": "un-crc-1989",
                "statement": "un-crc-1989:art-28-1-a:s1", "text_sha256": "…"},
     "type": "Annotation"}

Rejections are never codings: `read_annotations(...).annotations` does not hold them, so they do
not count in agreement, in the supervised classifier's training set or in indicator drafts.
They only take (statement, area) pairs out of suggestions and the annotation queue."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.models import Anchor, Origin
from corpus_tool.project import Project

REJECTION_MOTIVATION = "assessing"
__all__ = ["REJECTION_MOTIVATION", "Rejection", "rejection_to_record", "record_to_rejection",
           "load_rejections", "rejected_pairs", "reject_suggestion", "without_rejected"]


@dataclass(frozen=True, slots=True)
class Rejection:
    """A person's `no` to one area for one statement (or passage)."""
    id: str
    anchor: Anchor
    area: str
    creator: str
    created: str
    modified: str
    origin: Origin = field(default_factory=lambda: Origin(type="suggestion"))
    memo: str = ""
    file: str = ""               # relative path of the file it is stored in

    @property
    def doc_id(self) -> str:
        return self.anchor.doc_id

    @property
    def unit(self) -> str:
        """The statement (or, before statements were extracted, the passage) rejected."""
        return self.anchor.statement_id or self.anchor.passage_id or ""


def rejection_id(creator: str, doc_id: str, unit: str, area: str) -> str:
    """`<doc>:<coder>:<10 hex>` (the annotation id format), from who rejected what."""
    from corpus_tool.coding.annotations import slug
    h = sha256_text(f"rejected\n{creator}\n{unit}\n{area}")[:10]
    return f"{doc_id}:{slug(creator)}:{h}"


def rejection_to_record(r: Rejection) -> dict:
    from corpus_tool.coding.annotations import _sorted, anchor_target
    body = [{"type": "TextualBody", "purpose": "assessing", "value": f"rejected: {r.area}",
             "area": r.area}]
    if r.memo:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": r.memo})
    return _sorted({
        "id": r.id, "type": "Annotation", "motivation": REJECTION_MOTIVATION,
        "creator": r.creator, "created": r.created, "modified": r.modified, "body": body,
        "origin": {k: v for k, v in r.origin.to_dict().items() if v is not None},
        "target": anchor_target(r.anchor)})


def record_to_rejection(rec: dict, *, file: str = "") -> Rejection:
    """Parse one stored `assessing` record; raises ValueError naming the field."""
    from corpus_tool.coding.annotations import _bodies
    for key in ("id", "creator", "target"):
        if not rec.get(key):
            raise ValueError(f"missing `{key}`")
    area = next((b.get("area") for b in _bodies(rec) if b.get("purpose") == "assessing"
                 and isinstance(b.get("area"), str) and b.get("area")), None)
    if not area:
        raise ValueError("a rejection (`motivation: assessing`) needs a body "
                         "{\"purpose\": \"assessing\", \"area\": AREA}")
    memo = next((b["value"] for b in _bodies(rec) if b.get("purpose") == "commenting"
                 and isinstance(b.get("value"), str)), "")
    tgt = rec["target"]
    if not isinstance(tgt, dict) or not tgt.get("source"):
        raise ValueError("`target.source` (the document id) is missing")
    if not (tgt.get("statement") or tgt.get("passage")):
        raise ValueError("a rejection needs `target.statement` or `target.passage`")
    sels = tgt.get("selector") or []
    if isinstance(sels, dict):
        sels = [sels]
    quote = next((s for s in sels if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"),
                 {})
    pos = next((s for s in sels if isinstance(s, dict)
                and s.get("type") == "TextPositionSelector"), {})
    o = rec.get("origin") if isinstance(rec.get("origin"), dict) else {}
    origin = Origin(type=o.get("type", "suggestion"), model_id=o.get("model_id"),
                    model_version=o.get("model_version"), score=o.get("score"),
                    accepted_by=o.get("accepted_by"), source=o.get("source"))
    anchor = Anchor(doc_id=tgt["source"], text_sha256=tgt.get("text_sha256") or "",
                    exact=quote.get("exact") or "", prefix=quote.get("prefix") or "",
                    suffix=quote.get("suffix") or "", start=pos.get("start"), end=pos.get("end"),
                    passage_id=tgt.get("passage"), statement_id=tgt.get("statement"))
    created = rec.get("created") or ""
    return Rejection(id=rec["id"], anchor=anchor, area=area, creator=str(rec["creator"]),
                     created=created, modified=rec.get("modified") or created, origin=origin,
                     memo=memo, file=file)


# --- reading ----------------------------------------------------------------------------------

def load_rejections(project: Project, *, creator: str | None = None) -> list[Rejection]:
    """Every rejection of the project, sorted by id (malformed lines: see read_annotations)."""
    from corpus_tool.coding.annotations import read_annotations
    return [r for r in read_annotations(project).rejections
            if creator is None or r.creator == creator]


def rejected_pairs(project: Project) -> set[tuple[str, str]]:
    """(statement or passage id, area) pairs some person rejected."""
    return {(r.unit, r.area) for r in load_rejections(project) if r.unit}


def without_rejected(suggestions: Iterable, pairs: set[tuple[str, str]]) -> list:
    """Suggestions minus the rejected areas of each unit (the next area moves up); a unit whose
    every area was rejected is left out."""
    if not pairs:
        return list(suggestions)
    out = []
    for s in suggestions:
        scores = tuple((a, v) for a, v in s.scores if (s.id, a) not in pairs)
        if len(scores) == len(s.scores):
            out.append(s)
        elif scores:
            out.append(replace(s, scores=scores))
    return out


# --- writing ----------------------------------------------------------------------------------

def reject_suggestion(project: Project, *, statement_id: str, area: str | None = None,
                      coder: str | None = None, memo: str = "", backend: str = "minilm",
                      method: str = "auto") -> dict:
    """Record that `coder` rejects `area` (default: the area now suggested first) for a statement
    (or a passage, before statements were extracted). Kept in `annotations/<coder>.jsonl` with
    the suggesting model's id, version and score. Rejecting the same pair twice changes nothing.
    Returns {"rejection": record, "already": bool, "file": relative path}."""
    from corpus_tool.coding.annotations import (_connect, annotations_lock, coder_file, default_coder, locate, now_iso, read_annotations, _write_files)
    from corpus_tool.suggest.areas import STATEMENT_ID_RE, get_area, suggest_areas
    creator = coder or default_coder()
    if area is not None:
        get_area(project, area)
    sugg = suggest_areas(project, statement_ids=[statement_id], backend=backend, method=method,
                         skip_rejected=False)
    if not sugg:
        raise InputError(f"no suggestion for {statement_id!r}")
    s = sugg[0]
    scores = dict(s.scores)
    if area is None:
        gone = {a for u, a in rejected_pairs(project) if u == s.id}
        left = [a for a, _ in s.scores if a not in gone]
        if not left:
            raise InputError(f"every area is already rejected for {s.id}")
        area = left[0]
    is_statement = bool(STATEMENT_ID_RE.search(s.id))
    conn = _connect(project)
    try:
        anchor = locate(conn, statement_id=s.id) if is_statement else \
            replace(locate(conn, passage_id=s.id), statement_id=None)
    finally:
        conn.close()
    ts = now_iso()
    rej = Rejection(id=rejection_id(creator, anchor.doc_id, s.id, area), anchor=anchor,
                    area=area, creator=creator, created=ts, modified=ts, memo=memo or "",
                    origin=Origin(type="suggestion", model_id=s.model_id,
                                  model_version=s.model_version, score=scores.get(area)))
    rel = coder_file(project, creator)
    with annotations_lock(project):
        cur = read_annotations(project)
        old = next((r for r in cur.rejections if r.id == rej.id), None)
        if old is not None:
            return {"rejection": rejection_to_record(old), "already": True, "file": old.file}
        if any(a.id == rej.id for a in cur.annotations):
            raise InputError(f"id {rej.id!r} is already used by an annotation")
        rej = replace(rej, file=rel)
        _write_files(project, cur, {rel: [a for a in cur.annotations if a.file == rel]},
                     rejections={rel: [r for r in cur.rejections if r.file == rel] + [rej]})
    return {"rejection": rejection_to_record(rej), "already": False, "file": rel}

