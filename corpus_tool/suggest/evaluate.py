"""How well area suggestions work: against the annotations (`evaluate_suggestions`: zero-shot
accuracy and the supervised model by cross-validation) and against a labelled set of questions,
sentences and negatives (`evaluate_eval_set`; JSONL: id, kind = question | sentence | negative,
area = an area id or "none", half = dev | heldout, text; see tests/data/areas_eval.README.md).

For each method (few-shot, zero-shot, supervised) and each half: top-1 accuracy on the questions
and on the sentences, once by the best area alone and once with "none of these areas" (a
positive judged off-topic counts as wrong), and the share of negatives that get "none". The
relevance that decides "none" is the one of `suggest.fewshot`, the same for every
method; the zero-shot and supervised models of before had no "none" at all.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

import numpy as np

from corpus_tool.codebook import load_codebook
from corpus_tool.errors import InputError
from corpus_tool.formats import read_jsonl, sha256_text
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.suggest.areas import suggestions_for
from corpus_tool.suggest.model import (MIN_PER_AREA, classifier, training_data, build_area_model,
                                       classifier_scores, combine, enough_annotations)

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
    pairs = [(t, a) for t, a in training_data(project) if a in ids]
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


class AreasEvaluation(TypedDict, total=False):
    """`areas evaluate`: zero-shot accuracy on the annotations and the supervised model's
    cross-validated accuracy (None without annotations; a note when there are too few), and,
    added by the caller, the few-shot model's cross-validated figures (`crossval`) and the
    labelled evaluation set's results."""
    annotations: int
    per_area: dict[str, int]
    embedder: str
    zero_shot: dict[str, Any] | None
    supervised: dict[str, Any] | None
    note: str
    few_shot: dict[str, Any] | None
    eval_set: dict[str, Any]


def evaluate_suggestions(project: Project, *, backend: str = "minilm", folds: int = 5,
                         random_state: int = 0, progress: Progress | None = None) -> AreasEvaluation:
    """How well suggestions match the human annotations: the zero-shot model's accuracy on all of
    them, and the supervised model's accuracy by stratified cross-validation grouped by text (the
    same quote coded by two coders never sits in both a training and a test fold)."""
    from sklearn.metrics import accuracy_score, f1_score, log_loss
    from sklearn.model_selection import StratifiedGroupKFold
    areas = load_codebook(project)
    ids = {a.id for a in areas}
    pairs = [(t, a) for t, a in training_data(project) if a in ids]
    model, vecs = build_area_model(project, backend=backend, method="zero-shot",
                                   extra_texts=[t for t, _ in pairs], progress=progress)
    y = np.array([a for _, a in pairs])
    gold: dict[str, set[str]] = {}
    for t, a in pairs:
        gold.setdefault(t, set()).add(a)
    out: AreasEvaluation = {"annotations": len(pairs), "per_area": dict(Counter(y.tolist())),
                 "embedder": model.model_id.split(":", 1)[1]}
    if not pairs:
        return out | {"zero_shot": None, "supervised": None}
    zs = suggestions_for(model, list(pairs), vecs)
    zs_pred = np.array([s.area for s in zs])
    examples = {" ".join(e.quote.split()) for a in areas for e in a.examples}
    not_ex = np.array([t not in examples for t, _ in pairs])
    out["zero_shot"] = {"accuracy": round(float(accuracy_score(y, zs_pred)), 4),
                        "accuracy_without_codebook_examples": round(float(
                            accuracy_score(y[not_ex], zs_pred[not_ex])), 4) if not_ex.any()
                        else None,
                        "accuracy_any_coder": round(float(np.mean(
                            [p in gold[t] for (t, _), p in zip(pairs, zs_pred)])), 4),
                        "macro_f1": round(float(f1_score(y, zs_pred, average="macro")), 4),
                        "model_id": model.model_id, "model_version": model.model_version}
    counts = Counter(y.tolist())
    n_splits = min(folds, min(counts.values())) if len(counts) == len(ids) else 0
    if n_splits < 2 or not enough_annotations(areas, pairs):
        out["supervised"] = None
        out["note"] = f"supervised needs ≥ {MIN_PER_AREA} annotations per area"
        return out
    groups = np.array([sha256_text(t) for t, _ in pairs])
    ids_list = [a.id for a in areas]
    ids_arr = np.array(ids_list)
    y_idx = np.array([ids_list.index(a) for a in y])
    zs_scores = model.scores(vecs)
    p_alone = np.zeros((len(y), len(ids_list)))
    p_pool = np.zeros((len(y), len(ids_list)))
    cv = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    for tr, te in cv.split(vecs, y, groups):
        clf = classifier(min(Counter(y[tr].tolist()).values())).fit(vecs[tr], y[tr])
        p_alone[te] = classifier_scores(clf, areas, vecs[te])
        p_pool[te] = combine(p_alone[te], zs_scores[te])
    pred, alone = ids_arr[p_pool.argmax(axis=1)], ids_arr[p_alone.argmax(axis=1)]
    labels = list(range(len(ids_list)))
    out["zero_shot"]["log_loss"] = round(float(log_loss(y_idx, zs_scores, labels=labels)), 4)
    out["supervised"] = {
        "cv_accuracy": round(float(accuracy_score(y, pred)), 4),
        "cv_accuracy_classifier_alone": round(float(accuracy_score(y, alone)), 4),
        "cv_accuracy_any_coder": round(float(np.mean(
            [p in gold[t] for (t, _), p in zip(pairs, pred)])), 4),
        "cv_macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
        "cv_log_loss": round(float(log_loss(y_idx, p_pool, labels=labels)), 4),
        "cv_log_loss_classifier_alone": round(float(log_loss(y_idx, p_alone, labels=labels)), 4),
        "folds": n_splits, "grouped_by": "quote text",
        "model": f"LogisticRegression + CalibratedClassifierCV(sigmoid) on {out['embedder']}, "
                 "pooled with the zero-shot scores (geometric mean)"}
    return out
