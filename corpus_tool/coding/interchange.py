"""Annotations in and out: W3C Web Annotation JSON-LD (as Hypothesis, Recogito and similar tools
export it) and CSV. Imports re-find every quote in the current corpus text; a record that cannot be
placed is reported (file, record/line, reason) and the others are still imported."""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import TypedDict

from corpus_tool.codebook import load_codebook
from corpus_tool.coding.anchoring import make_anchor, reanchor
from corpus_tool.coding.annotations import listed_indicators, new_annotation, off_codebook
from corpus_tool.coding.files import (default_coder, load_annotations, read_annotations,
                                      save_annotations)
from corpus_tool.coding.lookup import doc_text, connect_index, locate, passage_at
from corpus_tool.coding.records import (W3C_CONTEXT, annotation_to_record, differences,
                                        differs_note, now_iso, slug)
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.csv_rows import csv_header, read_csv, runaway_quote
from corpus_tool.formats import CT_NS, json_problem
from corpus_tool.models import STANCES, Anchor, Origin
from corpus_tool.project import Project
from corpus_tool.statements.query import statement_at
from corpus_tool.store.db import nearest_document

# IRIs for what the export names: W3C tools need the target's `source` and every `id` to be IRIs
# (a bare document id makes the target unrecognisable as a Specific Resource). Import accepts
# both these and the bare ids of the annotation files.
DOC_IRI = "urn:corpus-tool:doc:"
ANNOTATION_IRI = "urn:corpus-tool:annotation:"
CODER_IRI = "urn:corpus-tool:coder:"
EXPORT_CONTEXT = [W3C_CONTEXT, {"ct": CT_NS, "origin": "ct:origin",
                                "text_sha256": "ct:textSha256", "passage": "ct:passage",
                                "statement": "ct:statement", "model_id": "ct:modelId",
                                "model_version": "ct:modelVersion", "score": "ct:score",
                                "accepted_by": "ct:acceptedBy"}]
CSV_FIELDS = ["id", "doc", "quote", "area", "indicator", "stance", "memo", "coder", "passage",
              "statement", "start", "end", "created", "modified", "origin"]


# --- export -----------------------------------------------------------------------------------

def export_w3c(project: Project, *, doc_id: str | None = None, creator: str | None = None
               ) -> dict:
    """The annotations as one W3C AnnotationCollection (JSON-LD, with @context)."""
    anns = load_annotations(project, doc_id=doc_id, creator=creator)
    items = [w3c_record(a) for a in anns]
    return {"@context": EXPORT_CONTEXT, "type": "AnnotationCollection",
            "label": f"corpus-tool annotations of {project.root.name}", "total": len(items),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}


def w3c_record(a) -> dict:
    """One annotation as other W3C tools read it: the stored record with IRIs for the annotation,
    its target document and its creator (a Person with the coder's name as nickname); the
    project's own keys (origin, text_sha256, passage, statement) stay under the `ct` context."""
    rec = annotation_to_record(a)
    rec["id"] = ANNOTATION_IRI + a.id
    rec["creator"] = {"id": CODER_IRI + slug(a.creator), "type": "Person", "nickname": a.creator}
    rec["target"] = {k: v for k, v in rec["target"].items() if v is not None} | {
        "source": DOC_IRI + a.doc_id}
    return rec


def export_csv_rows(project: Project, *, doc_id: str | None = None,
                    creator: str | None = None) -> list[dict]:
    rows = []
    for a in load_annotations(project, doc_id=doc_id, creator=creator):
        rows.append({"id": a.id, "doc": a.doc_id, "quote": a.anchor.exact, "area": a.area,
                     "indicator": a.indicator or "", "stance": a.stance, "memo": a.memo,
                     "coder": a.creator,
                     "passage": a.anchor.passage_id or "", "statement": a.anchor.statement_id or "",
                     "start": a.anchor.start, "end": a.anchor.end, "created": a.created,
                     "modified": a.modified, "origin": a.origin.type})
    return rows


# --- import -----------------------------------------------------------------------------------

def _items(data) -> list:
    """Annotations from a single annotation, a list, an AnnotationCollection or a page."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    if data.get("type") in ("AnnotationCollection", "AnnotationPage") or "items" in data \
            or "first" in data or "rows" in data:
        out = []
        first = data.get("first")
        if isinstance(first, dict):
            out += first.get("items") or []
        elif isinstance(first, list):
            out += first
        out += data.get("items") or []
        out += data.get("rows") or []          # Hypothesis search API
        return out
    return [data]


def _doc_for(source: str, doc_ids: set[str]) -> str | None:
    if source in doc_ids:
        return source
    # a URL or URN naming the document: the longest doc id it contains as a path segment
    hits = [d for d in doc_ids if re.search(rf"(^|[/:#=]){re.escape(d)}($|[/?#.])", source)]
    return max(hits, key=len) if hits else None


def _creator(rec: dict) -> str | None:
    c = rec.get("creator")
    if isinstance(c, list) and c:
        c = c[0]
    if isinstance(c, dict):
        c = c.get("nickname") or c.get("name") or c.get("id")
    if not c and isinstance(rec.get("user"), str):          # Hypothesis: acct:name@host
        c = rec["user"].removeprefix("acct:").split("@")[0]
    return str(c) if c else None


def _parse_item(rec: dict, area_ids: dict[str, str]) -> dict:
    """Normalise one foreign W3C/Hypothesis record; raises ValueError with the reason."""
    target = rec.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    if isinstance(target, str) or target is None:
        raise ValueError("no target selector: the annotation must quote the text")
    source = target.get("source") or rec.get("uri") or ""
    sels = target.get("selector") or []
    if isinstance(sels, dict):
        sels = [sels]
    quote = next((s for s in sels if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"),
                 None)
    pos = next((s for s in sels if isinstance(s, dict)
                and s.get("type") == "TextPositionSelector"), None)
    if quote is None or not quote.get("exact"):
        raise ValueError("no TextQuoteSelector with `exact`")
    bodies = rec.get("body") or []
    if isinstance(bodies, (dict, str)):
        bodies = [bodies]
    values: list[tuple[str, str]] = []
    for b in bodies:
        if isinstance(b, str):
            values.append(("tagging", b))
        elif isinstance(b, dict) and isinstance(b.get("value"), str):
            values.append((b.get("purpose") or "commenting", b["value"]))
    for tag in rec.get("tags") or []:                         # Hypothesis
        if isinstance(tag, str):
            values.append(("tagging", tag))
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        values.append(("commenting", rec["text"]))
    area = indicator = None
    stance = "for"
    memo_parts = []
    for purpose, value in values:
        v = value.strip()
        key = v.lower()
        if purpose in ("classifying", "tagging") and area is None and key in area_ids:
            area = area_ids[key]
        elif purpose in ("linking", "identifying") and indicator is None:
            indicator = v
        elif purpose == "tagging" and key.startswith("indicator:") and indicator is None:
            indicator = v.split(":", 1)[1].strip()
        elif purpose == "assessing" and key in STANCES:
            stance = key
        elif purpose in ("commenting", "describing", "replying", "assessing"):
            memo_parts.append(v)
    if area is None:
        raise ValueError("no area: tag or classify it with an area id of the codebook "
                         f"({', '.join(sorted(set(area_ids.values())))})")
    o = rec.get("origin") if isinstance(rec.get("origin"), dict) else None
    rid = rec.get("id") if isinstance(rec.get("id"), str) else None
    return {"id": rid.removeprefix(ANNOTATION_IRI) if rid else None,
            "source": str(source), "exact": quote["exact"], "prefix": quote.get("prefix") or "",
            "suffix": quote.get("suffix") or "",
            "start": pos.get("start") if pos else None, "end": pos.get("end") if pos else None,
            "area": area, "indicator": indicator, "stance": stance,
            "memo": "\n\n".join(memo_parts),
            "creator": _creator(rec), "created": rec.get("created"),
            "modified": rec.get("modified"), "motivation": rec.get("motivation"),
            "origin": o, "passage": target.get("passage"), "statement": target.get("statement")}


class ImportReport(TypedDict):
    """`annotations import`: how many were imported or already there, what could not be
    placed (file, record/line, reason), the new ids."""
    imported: int
    already_present: int
    problems: list[str]
    ids: list[str]


def import_annotations(project: Project, path: str | Path, *, coder: str | None = None,
                       fmt: str = "auto") -> ImportReport:
    """Import annotations from a W3C JSON-LD file (.json/.jsonld/.jsonl) or a CSV file
    (columns doc, quote, area[, indicator, stance, memo, coder, passage, statement]). Ids
    already in the project are skipped; records that cannot be placed are reported and skipped."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path=path)
    if fmt == "auto":
        fmt = "csv" if path.suffix.lower() == ".csv" else "w3c"
    if fmt not in ("csv", "w3c"):
        raise InputError(f"unknown import format {fmt!r}", fix="use w3c or csv")
    areas = load_codebook(project)
    area_ids = {a.id.lower(): a.id for a in areas} | {a.name.lower(): a.id for a in areas}
    listed = listed_indicators(project)
    existing = {a.id: a for a in read_annotations(project).annotations}
    problems: list[str] = []
    new = []
    skipped_existing = 0
    conn = connect_index(project)
    doc_ids = {r[0] for r in conn.execute("SELECT id FROM documents")}
    try:
        if fmt == "csv":
            records = _csv_records(path, problems, area_ids)
        else:
            records = _w3c_records(path, problems, area_ids)
        for where, item in records:
            try:
                ann = _place(conn, item, doc_ids, coder=coder, source=path.name)
            except (ValueError, NotFoundError, InputError) as e:
                problems.append(f"{path}, {where}: {e}")
                continue
            if why := off_codebook(listed, ann.area, ann.indicator):
                problems.append(f"{path}, {where}: not imported: {why}")
                continue
            if ann.id in existing or any(a.id == ann.id for a in new):
                skipped_existing += 1
                if ann.id in existing and (diff := differences(existing[ann.id], ann)):
                    problems.append(f"{path}, {where}: {differs_note(existing[ann.id], diff)}")
                continue
            new.append(ann)
    finally:
        conn.close()
    saved = save_annotations(project, new) if new else []
    return {"imported": len(saved), "already_present": skipped_existing, "problems": problems,
            "ids": [a.id for a in saved]}


def _w3c_records(path: Path, problems: list[str], area_ids: dict[str, str]):
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".jsonl":
        raw = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    raw.append((f"line {n}", json.loads(line)))
                except json.JSONDecodeError as e:
                    problems.append(f"{path}, line {n}: {json_problem(e)}")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(json_problem(e), path=path, line=e.lineno,
                             fix="export the annotations as W3C JSON-LD") from None
        raw = [(f"annotation {i}", rec) for i, rec in enumerate(_items(data), 1)]
    for where, rec in raw:
        if not isinstance(rec, dict):
            problems.append(f"{path}, {where}: not an annotation object")
            continue
        try:
            yield where, _parse_item(rec, area_ids)
        except (ValueError, TypeError, AttributeError) as e:
            problems.append(f"{path}, {where}: {e}")


# the columns of a CSV of codings: the area, and what the coding marks (a quote, a statement or
# a passage id); `doc` names the document a quote is found in
CSV_COLUMNS = "doc, quote, area (and indicator, stance, memo, statement, passage, coder, id)"


def _csv_records(path: Path, problems: list[str], area_ids: dict[str, str]):
    columns = csv_header(path)
    header = {c.lower() for c in columns}
    missing = [c for c, names in (("area", {"area"}), ("quote", {"quote", "statement", "passage"}))
               if not header & names]
    if missing:     # not a line each saying "unknown area None" (a researcher's trial 32, P12)
        raise InputError(f"the header has no {' or '.join(repr(c) for c in missing)} column "
                         f"(its columns: {', '.join(columns) or 'none'})", path=path,
                         line=1, fix=f"name the columns {CSV_COLUMNS}")
    for line, row in read_csv(path):
        if runaway := runaway_quote(row, line):
            problems.append(f"{path}, line {line}: {runaway}")
            continue
        if None in row:             # more cells than the header has columns
            problems.append(f"{path}, line {line}: {len(row) - 1 + len(row[None])} cells for "
                            f"{len(row) - 1} columns (a value holding the delimiter goes in "
                            "double quotes)")
            continue
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not any(row.values()):   # a spreadsheet's empty row
            continue
        area = area_ids.get(row.get("area", "").lower())
        if not area:
            ids = sorted(set(area_ids.values()))
            close = difflib.get_close_matches(row.get("area", "").lower(), ids, n=1, cutoff=0.75)
            problems.append(f"{path}, line {line}: unknown area {row.get('area')!r} ("
                            + (f"did you mean {close[0]!r}? " if close else "")
                            + f"use one of {', '.join(ids)})")
            continue
        doc = row.get("doc") or row.get("doc_id") or ""
        if not (row.get("quote") or row.get("statement") or row.get("passage")):
            problems.append(f"{path}, line {line}: needs a quote (or a statement/passage id)")
            continue
        stance = (row.get("stance") or "for").lower()
        if stance not in STANCES:
            problems.append(f"{path}, line {line}: unknown stance {row.get('stance')!r} (the "
                            "text is evidence `for` its indicator or `against` it; an empty "
                            "cell is `for`)")
            continue
        yield f"line {line}", {
            "id": row.get("id") or None, "source": doc, "exact": row.get("quote", ""),
            "prefix": "", "suffix": "", "start": None, "end": None, "area": area,
            "indicator": row.get("indicator") or None, "stance": stance,
            "memo": row.get("memo", ""), "creator": row.get("coder") or row.get("creator") or None,
            "created": row.get("created") or None, "modified": row.get("modified") or None,
            "motivation": None, "origin": None, "passage": row.get("passage") or None,
            "statement": row.get("statement") or None, "csv": True}


def _place(conn, item: dict, doc_ids: set[str], *, coder: str | None, source: str):
    """Anchor a normalised record in the current text and build the Annotation."""
    creator = coder or item["creator"] or default_coder()
    if item.get("csv"):
        doc = item["source"] or None
        if doc and doc not in doc_ids:
            near = nearest_document(doc, doc_ids)
            raise ValueError(f"unknown document {doc!r} (" + (f"did you mean {near!r}? " if near
                             else "") + "`corpus-tool docs list` gives the ids)")
        try:
            anchor = locate(conn, doc_id=doc, quote=item["exact"] or None,
                            statement_id=item["statement"], passage_id=item["passage"])
        except NotFoundError:
            if not (doc and item["exact"]):
                raise
            # a statement or passage id this index does not have (statements not extracted
            # yet, or numbered otherwise): the document and the quote place the coding
            anchor = locate(conn, doc_id=doc, quote=item["exact"])
    else:
        doc = _doc_for(item["source"], doc_ids)
        if doc is None:
            raise ValueError(f"unknown document {item['source']!r} (target.source must be a "
                             "document id of this corpus, or a URL ending in one)")
        text, sha = doc_text(conn, doc)
        probe = Anchor(doc_id=doc, text_sha256="", exact=item["exact"], prefix=item["prefix"],
                       suffix=item["suffix"], start=item["start"], end=item["end"])
        res = reanchor(probe, text)
        if not res.found:
            raise ValueError(f"the quote is {res.status} in {doc}: {item['exact'][:60]!r}")
        fresh = make_anchor(text, res.start, res.end, doc_id=doc, text_sha256=sha)
        anchor = replace(fresh, exact=item["exact"] if res.status == "fuzzy" else fresh.exact,
                         passage_id=passage_at(conn, doc, res.start, res.end) or item["passage"],
                         statement_id=statement_at(conn, doc, res.start, res.end)
                         or item["statement"])
    o = item.get("origin")
    if o and o.get("type") in ("manual", "suggestion", "import"):
        origin = Origin(type=o["type"], model_id=o.get("model_id"),
                        model_version=o.get("model_version"), score=o.get("score"),
                        accepted_by=o.get("accepted_by"), source=o.get("source"),
                        suggested_area=o.get("suggested_area"))
    else:
        origin = Origin(type="import", source=source)
    motivation = item.get("motivation")
    if motivation not in ("classifying", "linking", "commenting"):
        motivation = None
    ann = new_annotation(anchor, area=item["area"], creator=creator, indicator=item["indicator"],
                         memo=item["memo"], motivation=motivation, origin=origin,
                         created=item["created"] or now_iso(), stance=item["stance"],
                         annotation_id_=item["id"] if _own_id(item["id"], anchor.doc_id) else None)
    if item.get("modified"):
        ann = replace(ann, modified=item["modified"])
    return ann


def _own_id(aid: str | None, doc: str) -> bool:
    """Keep ids in our own format (`<doc>:<coder>:<hex>`) so export → import round-trips."""
    return bool(aid) and aid.startswith(doc + ":") and re.fullmatch(r".+:[a-z0-9-]+:[0-9a-f]{10}",
                                                                    aid) is not None
