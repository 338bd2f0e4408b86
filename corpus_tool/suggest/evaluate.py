"""Area suggestions against a labelled set of questions, sentences and negatives (JSONL: id,
kind = question | sentence | negative, area = an area id or "none", half = dev | heldout, text;
see tests/data/areas_eval.README.md).

For each method (few-shot, zero-shot, supervised) and each half: top-1 accuracy on the questions
and on the sentences, once by the best area alone and once with "none of these areas" (a
positive judged off-topic counts as wrong), and the share of negatives that get "none". The
relevance that decides "none" is the calibrated one of `suggest.fewshot`, the same for every
method; the zero-shot and supervised models of before had no "none" at all.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.formats import read_jsonl
from corpus_tool.project import Project
from corpus_tool.codebook import load_codebook
from corpus_tool.suggest.areas import _training_data, build_area_model, enough_annotations

KINDS = ("question", "sentence", "negative")


def read_eval_set(path: Path, area_ids: Sequence[str]) -> list[dict]:
    recs = []
    for line, rec in read_jsonl(Path(path)):
        if isinstance(rec, InputError):
            raise rec
        missing = [k for k in ("id", "kind", "area", "half", "text") if k not in rec]
        if missing:
            raise InputError(f"evaluation record lacks {', '.join(missing)}", path=path,
                             line=line, fix="each line needs id, kind, area, half, text")
        if rec["kind"] not in KINDS:
            raise InputError(f"unknown kind {rec['kind']!r}", path=path, line=line,
                             fix="use question, sentence or negative")
        if rec["area"] != "none" and rec["area"] not in area_ids:
            raise InputError(f"unknown area {rec['area']!r}", path=path, line=line,
                             fix="use an area id of the codebook or none")
        recs.append(rec)
    if not recs:
        raise InputError("evaluation set is empty", path=path, fix="one JSON object per line")
    return recs


def _r(x: float) -> float:
    return round(float(x), 3)


def score_eval_set(items: Sequence[dict], areas: np.ndarray, fits: np.ndarray) -> dict:
    """Figures per half and overall for one method's best areas and fits (aligned with items)."""
    out: dict = {}
    halves = sorted({it["half"] for it in items})
    for half in ["all", *halves]:
        sel = [k for k, it in enumerate(items) if half == "all" or it["half"] == half]
        res: dict = {}
        pos = [k for k in sel if items[k]["kind"] != "negative"]
        for kind in ("question", "sentence"):
            ks = [k for k in sel if items[k]["kind"] == kind]
            if ks:
                res[kind] = {"n": len(ks),
                             "top1": _r(np.mean([areas[k] == items[k]["area"] for k in ks])),
                             "top1_with_none": _r(np.mean([bool(fits[k]) and
                                                           areas[k] == items[k]["area"]
                                                           for k in ks]))}
        if pos:
            res["questions_and_sentences"] = {
                "n": len(pos), "top1": _r(np.mean([areas[k] == items[k]["area"] for k in pos])),
                "top1_with_none": _r(np.mean([bool(fits[k]) and areas[k] == items[k]["area"]
                                              for k in pos]))}
        neg = [k for k in sel if items[k]["kind"] == "negative"]
        if neg:
            res["negative"] = {"n": len(neg), "none_rate": _r(np.mean([not fits[k] for k in neg]))}
        out[half] = res
    return out


def evaluate_eval_set(project: Project, path: Path, *, backend: str = "minilm",
                      methods: Sequence[str] = ("few-shot", "zero-shot", "supervised")) -> dict:
    areas = load_codebook(project)
    ids = [a.id for a in areas]
    items = read_eval_set(path, ids)
    out: dict = {"eval_set": str(path), "n": len(items), "methods": {}}
    pairs = [(t, a) for t, a in _training_data(project) if a in ids]
    for method in methods:
        if method == "supervised" and not enough_annotations(areas, pairs):
            out["methods"][method] = {"available": False}
            continue
        model, vecs = build_area_model(project, backend=backend, method=method,
                                       extra_texts=[it["text"] for it in items])
        best = np.array(ids)[model.scores(vecs).argmax(axis=1)]
        fits = model.relevance(vecs) >= model.none_below
        out["methods"][method] = {"available": True, "model_id": model.model_id,
                                  "model_version": model.model_version,
                                  "none_below": model.none_below,
                                  **score_eval_set(items, best, fits)}
    return out
