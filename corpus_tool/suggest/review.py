"""Reviewing suggestions: the annotation queue (statements the model is least sure of first),
accepting suggestions as annotations and rejecting them. The one module that uses both coding
and the suggestion model."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TypedDict

from corpus_tool.codebook import get_area
from corpus_tool.coding.annotations import new_annotation
from corpus_tool.coding.files import (annotations_lock, coder_file, default_coder,
                                      load_annotations, read_annotations, save_annotations,
                                      write_files)
from corpus_tool.coding.lookup import connect_index, locate
from corpus_tool.coding.records import AnnotationRecord, Rejection, now_iso, rejection_id, rejection_to_record
from corpus_tool.coding.rejections import rejected_pairs, without_rejected
from corpus_tool.errors import InputError
from corpus_tool.models import Annotation, Origin
from corpus_tool.names import check_name
from corpus_tool.project import Project
from corpus_tool.suggest.areas import (STATEMENT_ID_RE, input_units, suggestions_for,
                                       build_area_model, suggest_areas)


class AnnotationQueue(TypedDict):
    """`annotations queue`: suggestions for unannotated statements, least certain first."""
    items: list[dict[str, Any]]


def annotation_queue(project: Project, *, backend: str = "minilm", limit: int = 20,
                     method: str = "auto", min_relevance: float | None = None) -> list[dict]:
    """Statements not yet annotated (no annotation overlaps them), least certain suggestion first
    (smallest margin between the best and second-best area): what to code next. Areas a person
    rejected for a statement are left out (the next area is offered instead). Off-topic
    statements are left out: those whose relevance is below `min_relevance` (default:
    the model's "none of these areas" threshold)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for a in load_annotations(project):
        if a.anchor.start is not None:
            spans.setdefault(a.doc_id, []).append((a.anchor.start, a.anchor.end))

    def annotated(u) -> bool:
        return any(min(e, u.end) > max(s, u.start) for s, e in spans.get(u.doc_id, ()))

    inputs = [(u.id, u.text) for u in input_units(project, None) if not annotated(u)]
    model, v_in = build_area_model(project, backend=backend, method=method,
                                   extra_texts=[t for _, t in inputs])
    if min_relevance is None:
        min_relevance = model.none_below
    sugg = [s for s in without_rejected(suggestions_for(model, inputs, v_in),
                                        rejected_pairs(project))
            if (s.relevance or 0.0) >= min_relevance]
    sugg.sort(key=lambda s: (s.margin, s.id))
    return [s.to_dict() | {"min_relevance": round(min_relevance, 4)} for s in sugg[:limit]]


class AcceptReport(TypedDict):
    """`annotations accept`: the new annotations' ids, and the suggestions scoring below
    --min-score (id, area, score)."""
    accepted: list[str]
    skipped: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ShownSuggestion:
    """The suggestion a coder saw and decided on (the workbench's queue item). The model is
    retrained after every decision, so the statement's suggestion recomputed at accept time
    can name another area or score: an accept of what was shown would then be recorded as a
    correction of a suggestion nobody saw (trial 17). What was shown is what is recorded."""
    area: str
    scores: tuple[tuple[str, float], ...]
    model_id: str
    model_version: str | None = None

    @classmethod
    def from_dict(cls, project: Project, d: Any) -> ShownSuggestion:
        """Checked: known areas, scores between 0 and 1, the suggested area among them."""
        if not isinstance(d, dict):
            raise InputError("`suggestion` must be the suggestion shown (area, scores, model_id)")
        area, model_id, version = d.get("area"), d.get("model_id"), d.get("model_version")
        raw = d.get("scores")
        if not isinstance(area, str) or not isinstance(model_id, str) or not model_id \
                or not (version is None or isinstance(version, str)) \
                or not isinstance(raw, list) or not raw:
            raise InputError("`suggestion` needs the shown area, scores and model_id")
        scores = []
        for item in raw:
            a, v = (item.get("area"), item.get("score")) if isinstance(item, dict) else (None, None)
            if not isinstance(a, str) or isinstance(v, bool) or not isinstance(v, (int, float)) \
                    or not math.isfinite(v) or not 0 <= v <= 1:
                raise InputError("each shown score needs an area and a score between 0 and 1")
            get_area(project, a)
            scores.append((a, float(v)))
        if area not in dict(scores):
            raise InputError(f"the shown suggestion {area!r} is not among its scores")
        return cls(area=area, scores=tuple(scores), model_id=model_id, model_version=version)


def _coded_by(annotations, coder: str, anchor) -> Any:
    """`coder`'s annotation of the same statement (or the same span), if there is one."""
    for a in annotations:
        if a.creator != coder or a.anchor.doc_id != anchor.doc_id:
            continue
        if (anchor.statement_id and a.anchor.statement_id == anchor.statement_id) or \
                (a.anchor.start, a.anchor.end) == (anchor.start, anchor.end):
            return a
    return None


def accept_suggestions(project: Project, *, statement_ids: Sequence[str], coder: str,
                       area: str | None = None, backend: str = "minilm", method: str = "auto",
                       min_score: float | None = None, memo: str = "",
                       shown: ShownSuggestion | None = None) -> AcceptReport:
    """Turn suggestions into annotations: for each statement the suggested area (or `area`),
    keeping the model id, version and score and who accepted it. Statements whose best score is
    below `min_score` are skipped. With `shown` (one statement), the suggestion the coder saw is
    recorded instead of one recomputed now. A statement the coder has already coded is refused:
    a second, different coding would contradict the first (a stale tab, trial 17); in a batch
    of several it is skipped, with the reason, and the others are accepted."""
    if area is not None:
        get_area(project, area)
    if shown is not None:
        if len(statement_ids) != 1:
            raise InputError("a shown suggestion is accepted for one statement at a time")
        decided = [(statement_ids[0], shown)]
    else:
        decided = [(s.id, ShownSuggestion(area=s.area, scores=tuple(s.scores),
                                          model_id=s.model_id, model_version=s.model_version))
                   for s in suggest_areas(project, statement_ids=statement_ids, backend=backend,
                                          method=method, skip_rejected=area is None)]
    conn = connect_index(project)
    new, skipped, reasons = [], [], {}
    try:
        for sid, s in decided:
            chosen = area or s.area
            score = dict(s.scores).get(chosen)
            if score is None:
                raise InputError(f"no score for {chosen!r} in the suggestion for {sid}")
            if min_score is not None and score < min_score:
                skipped.append({"id": sid, "area": chosen, "score": score})
                continue
            anchor = locate(conn, statement_id=sid) if STATEMENT_ID_RE.search(sid) else \
                locate(conn, passage_id=sid)
            a = new_annotation(anchor, area=chosen, creator=coder, memo=memo,
                               origin=Origin(type="suggestion", model_id=s.model_id,
                                             model_version=s.model_version, score=score,
                                             accepted_by=coder,
                                             suggested_area=None if chosen == s.area
                                             else s.area))
            new.append(a)
            reasons[a.id] = (sid, chosen, score)
    finally:
        conn.close()

    def coded_already(a: Annotation, on_file: list[Annotation]) -> bool:
        """Asked under the file lock, so that two tabs cannot both code one statement."""
        if (old := _coded_by(on_file, coder, a.anchor)) is None:
            return False
        sid, chosen, score = reasons[a.id]
        if len(decided) == 1:
            raise InputError(f"{sid} is already coded by you ({coder}) as {old.area!r} "
                             f"({old.id}); nothing was saved",
                             fix="reload to see it; to re-code it, edit or remove that "
                                 "annotation")
        skipped.append({"id": sid, "area": chosen, "score": score,    # a batch goes on
                        "reason": f"already coded by you as {old.area!r} ({old.id})"})
        return True

    saved = save_annotations(project, new, clash=coded_already) if new else []
    return {"accepted": [a.id for a in saved], "skipped": skipped}


class RejectReport(TypedDict):
    """`annotations reject`: the rejection record, whether it was there already, its file."""
    rejection: AnnotationRecord
    already: bool
    file: str


def reject_suggestion(project: Project, *, statement_id: str, area: str | None = None,
                      coder: str | None = None, memo: str = "", backend: str = "minilm",
                      method: str = "auto") -> RejectReport:
    """Record that `coder` rejects `area` (default: the area now suggested first) for a statement
    (or a passage, before statements were extracted). Kept in `annotations/<coder>.jsonl` with
    the suggesting model's id, version and score. Rejecting the same pair twice changes nothing.
    Returns {"rejection": record, "already": bool, "file": relative path}."""
    creator = check_name(coder or default_coder(), what="coder name")
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
    conn = connect_index(project)
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
        write_files(project, cur, {rel: [a for a in cur.annotations if a.file == rel]},
                     rejections={rel: [r for r in cur.rejections if r.file == rel] + [rej]})
    return {"rejection": rejection_to_record(rej), "already": False, "file": rel}
