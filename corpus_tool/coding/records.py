"""The W3C Web Annotation records of coding: annotations (`describing`/`classifying`) and
rejections (`assessing`), to and from the JSON objects stored one per line in
annotations/<coder>.jsonl. Pure conversions: no files, no index."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypedDict

from corpus_tool.formats import sha256_text
from corpus_tool.models import STANCES, Anchor, Annotation, Origin

MOTIVATIONS = ("classifying", "linking", "commenting")
ORIGIN_TYPES = ("manual", "suggestion", "import")
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


SLUG_RE = re.compile(r"[^a-z0-9]+")


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def slug(s: str) -> str:
    return SLUG_RE.sub("-", s.lower()).strip("-") or "anonymous"


def _sorted(obj):
    if isinstance(obj, dict):
        return {k: _sorted(obj[k]) for k in sorted(obj)}
    if isinstance(obj, list):
        return [_sorted(x) for x in obj]
    return obj


class AnnotationRecord(TypedDict):
    """One annotation (or rejection) as a W3C Web Annotation object, keys sorted: the line
    stored in annotations/<coder>.jsonl and what `annotations add|edit --json` print."""
    body: list[dict[str, Any]]
    created: str
    creator: str
    id: str
    modified: str
    motivation: str
    origin: dict[str, Any]
    target: dict[str, Any]
    type: str


class AnnotationListing(TypedDict):
    """`annotations list`: the annotations asked for and the malformed lines met reading them."""
    annotations: list[AnnotationRecord]
    problems: list[str]


def differences(held: Annotation, incoming: Annotation) -> list[str]:
    """What a coding brought in from another file says otherwise than the project's annotation
    of the same id: its area, indicator, stance, memo or quoted words."""
    def words(t: str) -> str:
        return " ".join((t or "").split())
    pairs = {"area": (held.area, incoming.area),
             "indicator": (held.indicator or "", incoming.indicator or ""),
             "stance": (held.stance, incoming.stance),
             "memo": (words(held.memo), words(incoming.memo)),
             "quote": (words(held.quote), words(incoming.quote))}
    return [k for k, (a, b) in pairs.items() if a != b]


def differs_note(held: Annotation, fields: list[str]) -> str:
    """The problem line for an imported coding that differs from the project's."""
    return (f"annotation {held.id} is in the project with another {', '.join(fields)}: not "
            f"changed (an import adds codings; `corpus-tool annotations edit {held.id}` changes "
            "one)")


def annotation_to_record(a: Annotation) -> AnnotationRecord:
    """The W3C-compatible JSON object for one annotation (keys sorted)."""
    body = [{"type": "TextualBody", "purpose": "classifying", "value": a.area}]
    if a.indicator:
        body.append({"type": "TextualBody", "purpose": "linking", "value": a.indicator})
    if a.memo:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.memo})
    if a.stance != "for":       # the coder's assessment of the text against its indicator
        body.append({"type": "TextualBody", "purpose": "assessing", "value": a.stance})
    origin = {k: v for k, v in a.origin.to_dict().items() if v is not None}
    rec = {
        "id": a.id, "type": "Annotation", "motivation": a.motivation, "creator": a.creator,
        "created": a.created, "modified": a.modified, "body": body, "origin": origin,
        "target": anchor_target(a.anchor),
    }
    return _sorted(rec)


def annotation_listing(annotations: list[Annotation], problems: list[str]) -> AnnotationListing:
    return {"annotations": [annotation_to_record(a) for a in annotations],
            "problems": problems}


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
    memo, stance = "", "for"
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
        elif purpose == "assessing":
            if value not in STANCES:
                raise ValueError(f"the `assessing` body says {value!r}: it says how the text "
                                 f"bears on its indicator, {' or '.join(STANCES)}")
            stance = value
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
                    accepted_by=o.get("accepted_by"), source=o.get("source"),
                    suggested_area=o.get("suggested_area"))
    anchor = Anchor(doc_id=tgt["source"], text_sha256=tgt.get("text_sha256") or "",
                    exact=quote["exact"], prefix=quote.get("prefix") or "",
                    suffix=quote.get("suffix") or "", start=start, end=end,
                    passage_id=tgt.get("passage"), statement_id=tgt.get("statement"))
    created = rec.get("created") or ""
    return Annotation(id=rec["id"], anchor=anchor, area=area, creator=str(rec["creator"]),
                      created=created, modified=rec.get("modified") or created,
                      indicator=indicator, memo=memo, motivation=motivation, origin=origin,
                      stance=stance, file=file)


def annotation_id(creator: str, doc_id: str, start: int | None, end: int | None, exact: str,
                  area: str, *, also: str = "") -> str:
    """Stable readable id: `<doc>:<coder>:<10 hex>` from what the annotation says. `also`: what
    tells it from a coding of the same quote it would share its id with (its indicator and
    stance); none for a first coding, whose id stays as it always was."""
    h = sha256_text(f"{creator}\n{doc_id}\n{start}\n{end}\n{exact}\n{area}"
                    + (f"\n{also}" if also else ""))[:10]
    return f"{doc_id}:{slug(creator)}:{h}"


REJECTION_MOTIVATION = "assessing"


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
    h = sha256_text(f"rejected\n{creator}\n{unit}\n{area}")[:10]
    return f"{doc_id}:{slug(creator)}:{h}"


def rejection_to_record(r: Rejection) -> AnnotationRecord:
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
                    accepted_by=o.get("accepted_by"), source=o.get("source"),
                    suggested_area=o.get("suggested_area"))
    anchor = Anchor(doc_id=tgt["source"], text_sha256=tgt.get("text_sha256") or "",
                    exact=quote.get("exact") or "", prefix=quote.get("prefix") or "",
                    suffix=quote.get("suffix") or "", start=pos.get("start"), end=pos.get("end"),
                    passage_id=tgt.get("passage"), statement_id=tgt.get("statement"))
    created = rec.get("created") or ""
    return Rejection(id=rec["id"], anchor=anchor, area=area, creator=str(rec["creator"]),
                     created=created, modified=rec.get("modified") or created, origin=origin,
                     memo=memo, file=file)
