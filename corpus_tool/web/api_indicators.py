"""Indicator drafts and the framework, provenance tables and scores.

Indicators are read from `indicators/framework.yaml` (the researcher's framework) and
`indicators/drafts/framework.draft.yaml` (machine drafts) through `corpus_tool.framework`; edits
are validated by the framework's own pydantic model and written through `update_framework`
(load, apply, save under the file's cross-process lock), so a concurrent CLI edit is kept.
Promoting goes through `indicators.promotion.promote`, exactly as `corpus-tool indicators promote`.

"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from corpus_tool.codebook import load_codebook
from corpus_tool.coding.lookup import passage_at
from corpus_tool.errors import CheckFailed, InputError, NotFoundError
from corpus_tool.report.scores import scores_html
from corpus_tool.web.args import feature, text_arg
from corpus_tool.web.workbench import HTML_PAGES, Request, Unavailable, Workbench, router

DRAFT_PREFIX = "draft:"


# --- indicators -------------------------------------------------------------------------------

def _paths(wb: Workbench) -> tuple[Path, Path]:
    ind = feature("indicators")
    return ind.framework_path(wb.project), ind.draft_path(wb.project)


def _load(path: Path):
    fwmod = feature("framework")
    return fwmod.load_framework(path) if path.is_file() else None


def _rel(wb: Workbench, path: Path) -> str:
    try:
        return str(path.relative_to(wb.project.root))
    except ValueError:
        return path.name


def _summaries(fw, *, draft: bool) -> list[dict]:
    out = []
    area_titles = {a.id: a.title for a in fw.areas}
    for ref in fw.walk():
        if ref.kind not in ("indicator", "sub-indicator"):
            continue
        area = fw.areas[ref.loc[1]].id if len(ref.loc) > 1 and isinstance(ref.loc[1], int) else ""
        ind = ref.node
        out.append({"id": ind.id, "key": (DRAFT_PREFIX if draft else "") + ind.id,
                    "title": ind.title, "status": ind.status, "area": area,
                    "area_title": area_titles.get(area, area), "sources": len(ind.sources),
                    "kind": ref.kind})
    return out


@router.add("GET", "/indicators")
def indicators(wb: Workbench, req: Request) -> dict:
    fpath, dpath = _paths(wb)
    fw, draft = _load(fpath), _load(dpath)
    in_fw = {i.id for i in fw.indicators()} if fw else set()
    every_draft = _summaries(draft, draft=True) if draft else []
    drafts = [d for d in every_draft if d["id"] not in in_fw]
    notes = []
    if fw is None:
        notes.append(f"{_rel(wb, fpath)} does not exist yet: promote a draft to start it")
    if draft is None:
        notes.append("no drafts yet: run `corpus-tool indicators draft`")
    return {"framework": _summaries(fw, draft=False) if fw else [], "drafts": drafts,
            "drafts_in_framework": len(every_draft) - len(drafts),
            "framework_file": _rel(wb, fpath), "drafts_file": _rel(wb, dpath),
            "note": "; ".join(notes) or None}


@router.add("GET", "/indicators/ids")
def indicator_ids(wb: Workbench, req: Request) -> dict:
    """Indicator ids for the annotation form, each with its area where one is known: the
    codebook's (trial 25: the form offered none of the codebook's 17), then the framework's
    and the drafts', then those coders used. Where the codebook lists its indicators
    (`listed`), only those are offered: coding refuses any other."""
    found: dict[str, dict] = {}

    def offer(ind_id: str, title: str, area: str, source: str) -> None:
        if ind_id and ind_id not in found:
            found[ind_id] = {"id": ind_id, "title": title, "area": area, "source": source}
    for a in load_codebook(wb.project):
        for i in a.indicators:
            offer(i.id, i.name or i.definition, a.id, "codebook")
    listed = bool(found)
    if not listed:
        try:
            for path, draft in zip(_paths(wb), (False, True)):
                try:
                    fw = _load(path)
                except InputError:
                    continue
                for s in _summaries(fw, draft=draft) if fw else []:
                    offer(s["id"], s["title"], s["area"], "draft" if draft else "framework")
        except Unavailable:
            pass
        try:
            for ann in feature("annotations").read_annotations(wb.project).annotations:
                offer(ann.indicator or "", "", ann.area, "used")
        except Unavailable:
            pass
    return {"indicators": list(found.values()), "listed": listed}


@router.add("GET", "/indicators-check")
def check(wb: Workbench, req: Request) -> dict:
    """`corpus-tool indicators validate`: schema, ids, scales, sources, and whether every source
    still re-anchors in the current corpus (suspect links reported per indicator)."""
    mod = feature("indicator_check")
    fpath, _ = _paths(wb)
    if not fpath.exists():
        return {"ok": None, "problems": [], "note": f"{_rel(wb, fpath)} does not exist yet"}
    root = str(wb.project.root) + "/"
    try:
        rep = mod.validate_framework(wb.project, path=fpath)
    except CheckFailed as e:
        return {"ok": False, "message": str(e).replace(root, ""),
                "problems": [p.replace(root, "") for p in e.problems]}
    return {"ok": True, "message": f"{rep['indicators']} indicators checked",
            "problems": [w.replace(root, "") for w in rep["warnings"]],
            "suspect": rep["suspect"]}


def _resolve(wb: Workbench, key: str):
    """(framework, NodeRef, path, where) for an indicator key (`id` or `draft:id`)."""
    fpath, dpath = _paths(wb)
    where = "draft" if key.startswith(DRAFT_PREFIX) else "framework"
    ind_id = key[len(DRAFT_PREFIX):] if where == "draft" else key
    path = dpath if where == "draft" else fpath
    fw = _load(path)
    if fw is None:
        raise NotFoundError(f"{_rel(wb, path)} does not exist")
    ref = fw.find(ind_id)
    if ref.kind not in ("indicator", "sub-indicator"):
        raise NotFoundError(f"{ind_id!r} is a {ref.kind}, not an indicator")
    return fw, ref, path, where


@router.add("GET", "/indicators/{key}")
def indicator(wb: Workbench, req: Request) -> dict:
    fw, ref, path, where = _resolve(wb, req.params["key"])
    ind = ref.node
    area = fw.areas[ref.loc[1]] if isinstance(ref.loc[1], int) else None
    scale = fw.scale_of(ind)
    data = {"id": ind.id, "key": req.params["key"], "title": ind.title, "question": ind.question,
            "rationale": ind.rationale, "basis": ind.basis, "status": ind.status, "where": where,
            "area": area.id if area else "", "area_title": area.title if area else "",
            "scale": [{"score": lv.score, "label": lv.label, "description": lv.description}
                      for lv in scale.levels],
            "scale_inherited": ind.scale is None,
            "support": ind.support.model_dump(exclude_none=True) if ind.support else None}
    sources, note = [], None
    try:
        prov = feature("provenance")
        rows = prov.provenance_rows(fw, ind.id)
        for row, src in zip(rows, ind.sources):
            sources.append({**row, "title": row.get("document"),
                            "passage_id": row.get("passage_id") or src.anchor.passage_id
                            or _passage_at(wb, src.anchor)})
    except Unavailable as e:
        note = str(e)
    return {"indicator": data, "sources": sources, "provenance_note": note,
            "file": _rel(wb, path)}


def _passage_at(wb: Workbench, anchor) -> str | None:
    if anchor.start is None:
        return None
    try:
        with closing(wb.connect()) as conn:
            return passage_at(conn, anchor.doc_id, anchor.start, anchor.end or anchor.start)
    except sqlite3.Error:
        return None


def _edits(wb: Workbench, req: Request) -> dict:
    edits: dict[str, Any] = {}
    for name, limit in (("title", 300), ("question", 3000), ("rationale", 20000),
                        ("basis", 3000)):
        if name in req.body:
            value = text_arg(req, name, max_len=limit)
            if name == "title" and not (value or "").strip():
                raise InputError("the title must not be empty")
            edits[name] = (value or "").strip()
    if "status" in req.body:
        status = text_arg(req, "status", max_len=20)
        if status not in ("draft", "reviewed"):
            raise InputError(f"unknown status {status!r}", fix="use draft or reviewed")
        edits["status"] = status
    if "scale" in req.body:
        scale = req.body["scale"]
        if not isinstance(scale, list) or not all(isinstance(x, dict) for x in scale):
            raise InputError("`scale` must be a list of levels {score, description}")
        for lv in scale:
            if not isinstance(lv.get("description", ""), str) or len(lv.get("description", "")) > 3000:
                raise InputError("each level description must be text (at most 3000 characters)")
        edits["scale"] = scale
    return edits


def _apply(fw, ref, edits: dict):
    """A new, validated Framework with `edits` applied to the indicator at `ref`."""
    fwmod = feature("framework")
    data = fw.model_dump(mode="python")
    node = data
    for k in ref.loc:
        node = node[k]
    for k in ("title", "question", "rationale", "basis", "status"):
        if k in edits:
            node[k] = edits[k]
    if "scale" in edits:
        levels = [dict(lv) for lv in fw.scale_of(ref.node).model_dump()["levels"]]
        by_score = {float(lv["score"]): lv for lv in levels}
        for new in edits["scale"]:
            try:
                score = float(new.get("score"))
            except (TypeError, ValueError):
                raise InputError(f"unknown level score {new.get('score')!r}") from None
            if score not in by_score:
                raise InputError(f"the scale has no level with score {score:g}",
                                 fix="edit the descriptions of the existing levels")
            by_score[score]["description"] = " ".join(str(new.get("description", "")).split())
        node["scale"] = {"levels": levels}
    try:
        out = fwmod.Framework.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = " -> ".join(str(x) for x in first["loc"])
        raise InputError(f"{where}: {first['msg']}") from None
    problems = fwmod.check_framework(out)
    if problems:
        raise InputError(f"the edit would make the framework invalid: {problems[0]}")
    return out


@router.add("PUT", "/indicators/{key}")
def edit_indicator(wb: Workbench, req: Request) -> dict:
    """Save title, question, rationale, status and level descriptions into the framework file.
    Editing a draft promotes it first (drafts are regenerated; edits belong in the framework,
    where regeneration keeps them)."""
    edits = _edits(wb, req)
    key = req.params["key"]
    fwmod = feature("framework")
    path, _ = _paths(wb)
    with fwmod.framework_lock(path):                  # promote + edit as one step
        if key.startswith(DRAFT_PREFIX):
            _promote(wb, key[len(DRAFT_PREFIX):])
            key = key[len(DRAFT_PREFIX):]
        _resolve(wb, key)                             # a clear error for an unknown key

        def edit(fw):
            ref = fw.find(key)
            return _apply(fw, ref, edits)

        fwmod.update_framework(path, edit)
    return {"indicator": {"id": key}, "key": key, "file": _rel(wb, path)}


def _promote(wb: Workbench, ind_id: str) -> None:
    """Merge one draft into the framework, refused (StaleInputs, shown with its fix) when the
    drafts cite an older text of a document than the index holds, as the CLI refuses."""
    merge = feature("indicator_merge")
    feature("freshness").prepare_inputs(wb.project, "indicators promote", drafts=True)
    merge.promote(wb.project, ids=[ind_id])


@router.add("POST", "/indicators/{key}/promote")
def promote(wb: Workbench, req: Request) -> dict:
    """`corpus-tool indicators promote ID`: merge one draft into indicators/framework.yaml."""
    key = req.params["key"]
    ind_id = key[len(DRAFT_PREFIX):] if key.startswith(DRAFT_PREFIX) else key
    _promote(wb, ind_id)                              # locked inside (update_framework)
    fpath, _ = _paths(wb)
    return {"indicator": {"id": ind_id}, "key": ind_id, "file": _rel(wb, fpath)}


# --- scores -----------------------------------------------------------------------------------

ANSWER_DIRS = ("answers", "indicators/answers", "data/answers")
ANSWER_SUFFIXES = (".csv", ".xlsx")


def _ours(wb: Workbench, path: Path) -> bool:
    """The file is the project's own (a symlink to a file elsewhere is not offered)."""
    try:
        wb.project.inside(path)
        return True
    except InputError:
        return False


def _choices(wb: Workbench) -> tuple[list[Path], list[Path]]:
    root = wb.project.root
    answers = sorted(p for d in ANSWER_DIRS for p in (root / d).glob("*")
                     if p.suffix.lower() in ANSWER_SUFFIXES and p.is_file() and _ours(wb, p))
    frameworks = sorted(p for p in wb.project.indicators_dir.glob("*.yaml")
                        if p.is_file() and _ours(wb, p))
    return answers, frameworks


def _pick_scores(wb: Workbench, query: dict):
    """(answers path, framework path, their names, all names) chosen by name from the project's
    files (never by path): `answers/<framework stem>*.csv|xlsx` pairs with
    `indicators/<framework stem>.yaml`, as `corpus-tool build` pairs them."""
    answers, frameworks = _choices(wb)
    names_a = [_rel(wb, p) for p in answers]
    names_f = [_rel(wb, p) for p in frameworks]
    if not answers:
        return None, None, None, None, names_a, names_f
    want_a = text_arg(query, "answers", max_len=300) or names_a[0]
    if want_a not in names_a:
        raise InputError(f"unknown answers file {want_a!r}", fix=f"use one of {names_a}")
    apath = answers[names_a.index(want_a)]
    want_f = text_arg(query, "framework", max_len=300) or _guess_framework(apath, frameworks,
                                                                                names_f)
    if want_f not in names_f:
        raise InputError(f"unknown framework {want_f!r}", fix=f"use one of {names_f}")
    return apath, frameworks[names_f.index(want_f)], want_a, want_f, names_a, names_f


@router.add("GET", "/scores")
def scores(wb: Workbench, req: Request) -> dict:
    """`corpus-tool score ANSWERS --framework FILE` on the project's answer files."""
    scoring = feature("scoring")
    apath, fpath, want_a, want_f, names_a, names_f = _pick_scores(wb, req.query)
    base = {"answer_files": names_a, "framework_files": names_f}
    if apath is None:
        return {**base, "rows": [], "note": "no answers yet: put expert answers (CSV or XLSX: "
                "country, year, indicator, score) in answers/, named after their framework "
                "(answers/framework-2024.csv for indicators/framework.yaml), and run "
                "`corpus-tool score`"}
    fw = feature("framework").load_framework(fpath)
    result = scoring.score_answers(fw, apath)
    top = [o.id for o in fw.overall] + [a.id for a in fw.areas]
    titles = {o.id: o.title for o in fw.overall} | {a.id: a.title for a in fw.areas}
    rows = [s.to_dict() for s in result.scores if s.level in ("overall", "area")]
    return {**base, "answers": want_a, "framework": want_f, "rows": rows, "top_nodes": top,
            "node_titles": titles, "warnings": result.warnings[:20],
            "n_warnings": len(result.warnings), "n_answers": result.answers,
            "charts": True}




def scores_page(wb: Workbench, query: dict) -> str:
    """The scores report page (rank table, bars per area, radar per country) of
    `corpus_tool.report.scores`, for the chosen answers and framework."""
    apath, fpath, *_ = _pick_scores(wb, query)
    if apath is None:
        raise NotFoundError("no answers in answers/")
    fw = feature("framework").load_framework(fpath)
    result = feature("scoring").score_answers(fw, apath)
    return scores_html(result, fw)


def _guess_framework(answers: Path, frameworks: list[Path], names: list[str]) -> str:
    for fw, name in sorted(zip(frameworks, names), key=lambda x: -len(x[0].stem)):
        if answers.name.startswith(fw.stem):
            return name
    return "indicators/framework.yaml" if "indicators/framework.yaml" in names else (names or [""])[0]


HTML_PAGES["scores"] = scores_page
