"""`indicators validate`: a framework file against its schema and against the current corpus.

Errors (exit 1): the file breaks the schema (JSON Schema and the model's own checks), duplicate
ids, a scale that is not usable (fewer than three levels, scores outside 0–100, no 0 or no 100),
an indicator without any live source, a source whose document is not in the corpus or whose
quote cannot be found there any more (orphaned).
Contested (listed, never an error): sources whose text coders coded to different areas or
indicators, with every coding (`Source.contested`).
Quality (warnings; errors with `strict`): near-duplicate indicators by meaning, titles that are
no whole noun phrase or name a bare subject or people, questions without '?', sources sharing
no key term with the indicator, indicators resting on one source (`phrasing.quality`).
Suspect (reported per indicator; an error only with `strict`): the source's document text changed
since the link was made, unless the index knows its passage unchanged word for word (or a
regeneration marked the source `suspect` for that reason and nobody has cleared it yet), or its
quote was found only approximately or elsewhere.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypedDict

from corpus_tool.codebook import area_ids, load_codebook
from corpus_tool.coding.anchoring import find_quote, reanchor
from corpus_tool.coding.lookup import passage_at
from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.formats import load_yaml, yaml_lines_of
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import SCHEMA_PATH, Framework, walk
from corpus_tool.indicators.draft import edited_fields, framework_path
from corpus_tool.indicators.phrasing import framework_quality
from corpus_tool.progress import Progress, counted
from corpus_tool.project import Project
from corpus_tool.semantic import embed_texts
from corpus_tool.statements.coverage import unread
from corpus_tool.store.db import connect, document_versions, passage_covering
from corpus_tool.indicators.contested import contested_sources
from corpus_tool.indicators.source_check import (EDITED_ANCHOR_FIX, edited_anchors,
                                                  unchanged_passage)


def _schema_problems(path: Path) -> list[tuple[int | None, str]]:
    """(line, message) of each place the file breaks the JSON Schema: the branch of a `oneOf`
    that failed ("'full' is not of type 'number'"), not the whole value it was given (a scale's
    three levels printed in full, before the model's own line-numbered message: a researcher's
    trial 43, P11a)."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is a dependency
        return []
    data = load_yaml(path)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    v = jsonschema.Draft202012Validator(schema)
    found: list[tuple[list, str]] = []     # (key path, message)
    for err in sorted(v.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        err = jsonschema.exceptions.best_match([err])
        where = list(err.absolute_path)
        known = err.schema.get("properties", {}) if isinstance(err.schema, dict) else {}
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            found += [([*where, k], "unknown key") for k in err.instance if k not in known]
        else:
            msg = err.message
            found.append((where, msg if len(msg) <= 160 else msg[:159] + "…"))
    out = []
    for (where, msg), line in zip(found, yaml_lines_of(path, [w for w, _ in found])):
        loc = " -> ".join(str(k) for k in where) or "(top level)"
        out.append((line, f"{path}{f', line {line}' if line else ''}: {loc}: {msg} "
                          "(JSON Schema)"))
    return out


class ValidationReport(TypedDict):
    """`indicators validate --json` on a valid framework."""
    path: str
    indicators: int
    suspect: int
    orphaned: int
    withdrawn: int          # the drafts no longer propose them, and no source is left
    errors: list[str]
    warnings: list[str]
    per_indicator: list[dict[str, Any]]
    contested: list[dict[str, Any]]
    ok: bool


class ValidationFailure(TypedDict):
    """`indicators validate --json` when `validate_framework` raised `CheckFailed`."""
    ok: bool
    errors: list[str]
    message: str


def _unread(conn: sqlite3.Connection | None, anchor) -> bool:
    """Is the source's passage in a language other than the one the wording and the statements
    are in? Its words share no key term with an English title: not a sign of a wrong source."""
    if conn is None or anchor.start is None:
        return False
    row = passage_covering(conn, anchor.doc_id, anchor.start, anchor.end or anchor.start + 1)
    return bool(row and unread(row["lang"]))


def uncounted_areas(fw: Framework, path: Path) -> list[str]:
    """An area that no overall score counts: its indicators are left out of the country's
    headline score, which looks complete."""
    counted = {a for ov in fw.overall for a in ov.areas}
    scores = ", ".join(repr(ov.id) for ov in fw.overall)
    return [f"{path}: area {a.id!r} counts in no overall score ({scores}): add it to an overall "
            "score's `areas`, or remove the area" for a in fw.areas
            if fw.overall and a.id not in counted]


def areas_off_codebook(project: Project, fw: Framework, path: Path) -> list[str]:
    """An area of the project's framework that the codebook no longer has (renamed there): the
    drafts go to the new id while the framework keeps the old one, and its indicators' codings
    are filed under an area the study no longer has (a researcher's trial, session 45)."""
    if path != framework_path(project) or not project.codebook_path.exists():
        return []                           # another framework (a published index) is its own
    ids = area_ids(project)
    return [f"{path}: area {a.id!r} is not in the codebook ({', '.join(ids)}): if the codebook "
            f"renamed it, give the area its new id here and in the overall scores' `areas`"
            for a in fw.areas if a.id not in ids]


def validate_framework(project: Project, *, path: Path | None = None, strict: bool = False,
                       require_sources: bool = True, backend: str | None = "minilm",
                       progress: Progress | None = None) -> ValidationReport:
    """Check a framework file; returns the report, raises `CheckFailed` (exit 1) on any error.
    Quality warnings (`phrasing.quality`: near-duplicates by meaning with the `backend`
    embeddings, titles that are no whole noun phrase, questions without '?', sources sharing no
    key term, indicators on one source) for frameworks with sources; errors with `strict`."""
    path = Path(path) if path else framework_path(project)
    if not path.exists():
        raise InputError("no framework file", path=path,
                         fix="run `corpus-tool indicators draft` then `indicators promote`")
    schema = _schema_problems(path)
    try:
        fw = load_framework(path)
    except InputError as e:
        # the model's problems first, in the researcher's words; the schema's at other lines
        problems = getattr(e, "problems", None) or [str(e)]
        said = " ".join(problems)
        raise CheckFailed(f"{path}: the framework does not pass its schema", problems + [
            m for line, m in schema if not line or f", line {line}:" not in said]) from None
    errors: list[str] = [m for _, m in schema]
    warnings: list[str] = []
    ids: dict[str, str] = {}
    for ref in walk(fw):
        if ref.id in ids:
            errors.append(f"{path}: {ref.kind} id {ref.id!r} is used twice (also a {ids[ref.id]})")
        ids.setdefault(ref.id, ref.kind)
    warnings += uncounted_areas(fw, path) + areas_off_codebook(project, fw, path)
    indicators = [r for r in walk(fw) if r.kind in ("indicator", "sub-indicator")]
    per_indicator: list[dict] = []
    # each indicator named with its line in the file: where to look (a researcher's trial)
    where = {r.node.id: f"{r.node.id} (line {n})" if n else r.node.id for r, n in
             zip(indicators, yaml_lines_of(path, [list(r.loc) for r in indicators]))}
    conn = _connect(project)
    try:
        docs = _doc_versions(conn)
        kept = unchanged_passage(conn)
        edited = edited_anchors(conn, fw)
        errors += [f"{e} ({EDITED_ANCHOR_FIX})" for e in edited.values()]
        texts: dict[str, str] = {}
        foreign: set[tuple[str, int]] = set()   # sources in a language the wording is not in
        for ref in counted(indicators, progress):
            ind = ref.node
            rep = {"id": ind.id, "area": _area_of(fw, ref), "sources": len(ind.sources),
                   "ok": 0, "suspect": [], "orphaned": [], "stale": 0, "errors": []}
            scale = fw.scale_of(ind)
            scores = scale.scores
            if any(s < 0 or s > 100 for s in scores):
                rep["errors"].append(f"scale scores must lie within 0–100, got {scores}")
            if min(scores) != 0 or max(scores) != 100:
                rep["errors"].append("a scale runs from 0 (no provision) to 100 (full provision)")
            live = [s for s in ind.sources if s.status != "stale"]
            rep["stale"] = len(ind.sources) - len(live)
            if require_sources and not ind.sub_indicators and not live and not ind.basis.strip():
                if ind.generated is not None and ind.generated.withdrawn:
                    # the drafts moved on, the researcher did nothing wrong: said, not fatal
                    (errors if strict else warnings).append(f"{ind.id}: {_no_source(ind)}")
                else:
                    rep["errors"].append(_no_source(ind))
            for k, s in enumerate(ind.sources):
                if (ind.id, k) in edited:
                    continue            # said above: its anchor, not the document, changed
                label = f"{s.anchor.doc_id} {s.locator}".strip()
                a = s.anchor
                if _unread(conn, a):
                    foreign.add((ind.id, k))
                if a.doc_id not in docs:
                    rep["errors"].append(f"source {label}: document {a.doc_id!r} is not in the "
                                         "corpus (ingest it, or remove the source)")
                    continue
                if a.doc_id not in texts:
                    texts[a.doc_id] = conn.execute("SELECT text FROM documents WHERE id = ?",
                                                   (a.doc_id,)).fetchone()[0]
                status = _reanchor_status(s, texts[a.doc_id], conn)
                if s.status != "stale" and not _quoted(s, texts[a.doc_id]):
                    rep["errors"].append(f"source {label}: the quote is not the document's words "
                                         f"(\"{_short(s.quote)}\"); give them as the document "
                                         "has them (an omission marked […] or …)")
                changed = bool(a.text_sha256) and a.text_sha256 != docs[a.doc_id] and \
                    not kept(a)
                if status in ("orphaned",):
                    msg = (f"source {label}: quote no longer found in {a.doc_id} "
                           f"(\"{_short(a.exact or s.quote)}\")")
                    if s.status == "stale":
                        warnings.append(f"{ind.id}: stale {msg}")
                    else:
                        rep["orphaned"].append(label)
                        rep["errors"].append(msg)
                elif s.status == "stale":
                    continue        # no longer a link (counted in `stale`): its text is history
                elif changed or status in ("fuzzy", "ambiguous") or s.status == "suspect":
                    why = ("the document text changed since it was linked" if changed or
                           s.status == "suspect" else "")
                    if status in ("fuzzy", "ambiguous", "moved"):
                        why = (why + "; " if why else "") + f"quote found {status}"
                    rep["suspect"].append(f"{label}: {why}")
                else:
                    rep["ok"] += 1
            if rep["suspect"]:
                msg = f"{ind.id}: {len(rep['suspect'])} suspect link(s): " + "; ".join(rep["suspect"])
                (errors if strict else warnings).append(msg)
            errors += [f"{where[ind.id]}: {e}" for e in rep["errors"]]
            per_indicator.append(rep)
    finally:
        if conn is not None:
            conn.close()
    if require_sources:
        # the codebook's names for its indicators are a researcher's words too
        named = {i.name for a in (load_codebook(project) if project.codebook_path.exists()
                                  else []) for i in a.indicators if i.name}
        quality = framework_quality(
            [(r.node.id, r.node.title, r.node.question,
              [(f"{s.anchor.doc_id} {s.locator}".strip(),
                None if (r.node.id, k) in foreign else s.anchor.exact or s.quote)
               for k, s in enumerate(r.node.sources) if s.status != "stale"])
             for r in indicators],
            _embedder(project, backend),
            written={r.node.id for r in indicators if r.node.generated is None
                     or "title" in edited_fields(r.node) or r.node.title in named})
        for r in indicators:    # a reworded title over the drafts' question (trial 27, P12)
            if (e := edited_fields(r.node)) and "title" in e and "question" not in e:
                quality.setdefault(r.node.id, []).append(
                    "title reworded by hand, but the question is still the drafts', phrased from "
                    f"their title: check that {r.node.question!r} asks what the title says")
            # … and over the drafts' levels, which the drafts no longer reword (trial 44, P6)
            if ("title" in e or "question" in e) and "scale" not in e and r.node.scale:
                top = max(r.node.scale.levels, key=lambda lv: lv.score)
                what = " and ".join(f for f in ("title", "question") if f in e)
                quality.setdefault(r.node.id, []).append(
                    "the levels are still the drafts', phrased for the title they drafted, though "
                    f"the {what} {'were' if ' and ' in what else 'was'} reworded by hand: check "
                    f"that {top.description or top.label!r} says what a country must have")
        for rep in per_indicator:
            rep["quality"] = quality.get(rep["id"], [])
            rep["where"] = where[rep["id"]]
            (errors if strict else warnings).extend(f"{rep['where']}: {m}"
                                                    for m in rep["quality"])
    report: ValidationReport = {
        "path": str(path), "indicators": len(indicators),
        "suspect": sum(bool(r["suspect"]) for r in per_indicator),
        "withdrawn": sum(1 for r in indicators if r.node.generated is not None
                         and r.node.generated.withdrawn
                         and all(s.status == "stale" for s in r.node.sources)),
        "orphaned": sum(len(r["orphaned"]) for r in per_indicator),
        "errors": errors, "warnings": warnings, "per_indicator": per_indicator,
        "contested": contested_sources(fw), "ok": not errors}
    if errors:
        raise CheckFailed(f"{path}: {len(errors)} problem(s) in the framework", errors + warnings)
    return report


def _embedder(project: Project, backend: str | None):
    if not backend:
        return None
    def embed(texts: list[str]):
        return embed_texts(project, texts, backend=backend)
    return embed


def _reanchor_status(source, text: str, conn: sqlite3.Connection) -> str:
    a = source.anchor
    anchor = replace(a, exact=a.exact or source.quote)
    return reanchor(anchor, text, passage_of=partial(passage_at, conn, a.doc_id)).status


RE_OMISSION = re.compile(r"\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*")


def _quoted(source, text: str) -> bool:
    """Is the quote a source shows the document's words (as its anchor's, or found in the
    text, an omission marked […] or … between pieces that are)?"""
    q = (source.quote or "").strip()
    if not q or q == source.anchor.exact:
        return True
    pieces = [p for p in RE_OMISSION.split(q) if p.strip()]
    return bool(pieces) and all(find_quote(text, p) for p in pieces)


def _short(text: str, n: int = 60) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _area_of(fw: Framework, ref) -> str:
    area = ref.loc[1] if len(ref.loc) > 1 else None
    return fw.areas[area].id if isinstance(area, int) and area < len(fw.areas) else ""


def _no_source(ind) -> str:
    """Why an indicator with no live source fails, and what to do (trial 21 was not told how to
    give a source to an indicator it added): one the drafts no longer propose (its evidence
    under another id, when a coder's new id named its group) is removed or given a source by
    the researcher."""
    if not ind.sources:
        return ("no source: every indicator rests on at least one passage; code one under it "
                f"(`corpus-tool annotations add … --indicator {ind.id}`), write a source into "
                "the framework by hand, or remove it; an indicator of a national condition that "
                "no international instrument sets says so in `basis: …` instead")
    if ind.generated is not None and ind.generated.withdrawn:
        return ("no source left: the drafts no longer propose this indicator and all its sources "
                "are stale (its evidence may now stand under a draft of another id, when a "
                "coder's indicator id named its group: `corpus-tool indicators diff` shows it); "
                "remove it from the framework, or give it a source")
    return ("no source left: all its sources are stale (no longer linked by any annotation or "
            "confident suggestion); give it a source, or remove it from the framework")


def _connect(project: Project):
    if not project.db_path.exists():
        raise InputError("the corpus is not ingested yet", path=project.db_path,
                         fix="run `corpus-tool ingest` (or `corpus-tool build`)")
    return connect(project.db_path)


def _doc_versions(conn: sqlite3.Connection) -> dict[str, str]:
    return document_versions(conn)
