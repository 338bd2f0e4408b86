"""The codebook (annotations/codebook.yaml) and area suggestions for statements or any text.

The default suggestions are few-shot (`suggest.fewshot`): a classifier over the embeddings of
the codebook's own texts (definitions, include/exclude notes, seed terms, examples) and of the
human annotations, and a calibrated relevance that says "none of these areas" for text about
something else. Two earlier models stay selectable for comparison: zero-shot (cosine similarity
to each area's prototypes) and supervised (a calibrated classifier on the annotations alone,
pooled with the zero-shot scores; needs `MIN_PER_AREA` annotations per area). Every suggestion
carries the model id and version that made it and its relevance (`corpus-tool areas evaluate`
compares the three on the annotations and on the questions/sentences/negatives set).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypedDict, TypeVar

import numpy as np

from corpus_tool.codebook import (ID_RE, area_ids, codebook_fingerprint, get_area,  # noqa: F401
                                  load_codebook, parse_codebook)
from corpus_tool.coding.files import load_annotations
from corpus_tool.coding.rejections import rejected_pairs, without_rejected
from corpus_tool.errors import InputError
from corpus_tool.formats import dumps_json, sha256_text
from corpus_tool.models import CodebookArea, Suggestion
from corpus_tool.parallel import Lost, Mapper, partition, serial_map
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.semantic.backends import TfidfEmbedder, get_embedder
from corpus_tool.semantic.embed import cache_missing, cache_texts, cached_chunks, embed_texts
from corpus_tool.statements.stage import (StatementSpan, get_statement, list_statements,
                                          span_texts, statement_spans, statement_texts)
from corpus_tool.store.db import connect, get_passage, iter_passages
from corpus_tool.suggest import fewshot as F

STATEMENT_ID_RE = re.compile(r":s\d+$")
MIN_PER_AREA = 5            # human annotations per area before the supervised model takes over
ZERO_SHOT_TEMPERATURE = 0.05
ZERO_SHOT_VERSION = "zs-v1"
METHODS = ("auto", "few-shot", "zero-shot", "supervised")
SUPERVISED_VERSION = "logreg-cal-zs-v1"
PARTITION_TEXTS = 2000      # texts scored per task (the same partitions here and on Dask)
T = TypeVar("T")


# --- codebook ---------------------------------------------------------------------------------


# --- suggestions ------------------------------------------------------------------------------

def _embed(project: Project, texts: list[str], backend: str,
           progress: Progress | None = None) -> tuple[np.ndarray, str]:
    emb = get_embedder(backend)
    vecs = (embed_texts(project, texts, backend=emb, progress=progress) if texts
            else np.zeros((0, 1), np.float32))
    return np.asarray(vecs, dtype=np.float32), emb.model_id


def area_prototypes(area: CodebookArea) -> list[str]:
    """The texts that stand for an area zero-shot: name + definition, seed terms, examples."""
    out = [f"{area.name}. {area.definition}"]
    if area.seed_terms:
        out.append(f"{area.name}: " + "; ".join(area.seed_terms))
    if area.include:
        out.append("; ".join(area.include))
    out += [ex.quote for ex in area.examples]
    return out


def _softmax(x: np.ndarray, temperature: float) -> np.ndarray:
    z = x / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _centroid(pv: np.ndarray) -> np.ndarray:
    cen = pv.mean(axis=0)
    norm = np.linalg.norm(cen)
    return cen / norm if norm else cen


def zero_shot_scores(areas: Sequence[CodebookArea], vecs: np.ndarray, proto_vecs: list[np.ndarray]
                     ) -> np.ndarray:
    """(n_texts, n_areas) scores: softmax over areas of the mean of (similarity to the area's
    centroid, best similarity to any of its prototypes)."""
    sims = np.zeros((vecs.shape[0], len(areas)), dtype=np.float64)
    for j, pv in enumerate(proto_vecs):
        sims[:, j] = 0.5 * (vecs @ _centroid(pv)) + 0.5 * (vecs @ pv.T).max(axis=1)
    return _softmax(sims, ZERO_SHOT_TEMPERATURE)


def _training_data(project: Project) -> list[tuple[str, str]]:
    """(text, area) pairs from the human annotations (manual or accepted), unique."""
    pairs = {(" ".join(a.anchor.exact.split()), a.area) for a in load_annotations(project)
             if a.motivation in ("classifying", "linking")}
    return sorted(pairs)


def _classifier(n_min: int):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    base = LogisticRegression(max_iter=2000, class_weight="balanced", C=4.0, random_state=0)
    return CalibratedClassifierCV(base, method="sigmoid", cv=max(2, min(3, n_min)))


class AreaModel:
    """What scores texts: zero-shot prototypes or the supervised calibrated classifier."""

    def __init__(self, areas: Sequence[CodebookArea], method: str, model_id: str,
                 model_version: str):
        self.areas = list(areas)
        self.method = method
        self.model_id = model_id
        self.model_version = model_version
        self.classifier_ = None
        self.fewshot_: F.FewShotAreas | None = None
        self.proto_vecs_: list[np.ndarray] = []

    def scores(self, vecs: np.ndarray) -> np.ndarray:
        if self.method == "few-shot":
            return self.fewshot_.scores(vecs)
        zs = zero_shot_scores(self.areas, vecs, self.proto_vecs_)
        if self.method == "supervised":
            return combine(classifier_scores(self.classifier_, self.areas, vecs), zs)
        return zs

    def relevance(self, vecs: np.ndarray) -> np.ndarray:
        """Calibrated probability that each text is about the codebook at all (whatever the
        method ranks the areas with)."""
        return self.fewshot_.relevance(vecs)

    @property
    def none_below(self) -> float:
        return self.fewshot_.none_below


def classifier_scores(clf, areas: Sequence[CodebookArea], vecs: np.ndarray) -> np.ndarray:
    """(n, n_areas) class probabilities in codebook order (0 for classes never trained on)."""
    proba = clf.predict_proba(vecs)
    ids = [a.id for a in areas]
    out = np.zeros((vecs.shape[0], len(ids)))
    for k, cls in enumerate(clf.classes_):
        out[:, ids.index(cls)] = proba[:, k]
    return out


def combine(supervised: np.ndarray, zero_shot: np.ndarray) -> np.ndarray:
    """Logarithmic opinion pool of the classifier's probabilities and the zero-shot scores:
    geometric mean, renormalised. Same ranking as the product, but not overconfident (on the
    reference coding its cross-validated log loss is lower than either model alone)."""
    p = np.sqrt((supervised + 1e-6) * (zero_shot + 1e-6))
    return p / p.sum(axis=1, keepdims=True)


def enough_annotations(areas: Sequence[CodebookArea], pairs: Sequence[tuple[str, str]]) -> bool:
    counts = Counter(a for _, a in pairs)
    return all(counts[a.id] >= MIN_PER_AREA for a in areas)


def build_area_model(project: Project, *, backend: str = "minilm", method: str = "auto",
                     extra_texts: Sequence[str] = (), progress: Progress | None = None
                     ) -> tuple[AreaModel, np.ndarray]:
    """Fit the suggestion model; also embeds `extra_texts` in the same call (returned) so that
    corpus-fitted backends (tfidf) share one space."""
    areas = load_codebook(project)
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}", fix="use " + ", ".join(METHODS))
    pairs = _training_data(project)
    pairs = [(t, a) for t, a in pairs if a in {x.id for x in areas}]
    supervised = method == "supervised"
    if supervised and not enough_annotations(areas, pairs):
        raise InputError(f"the supervised model needs at least {MIN_PER_AREA} annotations per area",
                         fix="annotate more, or use --method few-shot")
    protos = [area_prototypes(a) for a in areas]
    flat = [t for p in protos for t in p]
    cb = F.codebook_texts(areas)
    bg = [b["text"] for b in F.background_sentences()]
    train_texts = [t for t, _ in pairs]
    all_texts = flat + [t for t, _ in cb] + bg + train_texts + list(extra_texts)
    vecs, emb_id = _embed(project, all_texts, backend, progress)
    proto_vecs, k = [], 0
    for p in protos:
        proto_vecs.append(vecs[k:k + len(p)])
        k += len(p)
    cb_vecs, bg_vecs = vecs[k:k + len(cb)], vecs[k + len(cb):k + len(cb) + len(bg)]
    k += len(cb) + len(bg)
    ann_vecs = vecs[k:k + len(train_texts)]
    fewshot = F.FewShotAreas().fit([a.id for a in areas], cb_vecs, [a for _, a in cb], ann_vecs,
                                   [a for _, a in pairs], bg_vecs)
    if supervised:
        X = ann_vecs
        y = [a for _, a in pairs]
        version = sha256_text(emb_id + "\n" + dumps_json(pairs))[:12]
        model = AreaModel(areas, "supervised", f"areas-{SUPERVISED_VERSION}:{emb_id}",
                          f"{SUPERVISED_VERSION}-{version}")
        model.classifier_ = _classifier(min(Counter(y).values())).fit(X, y)
    elif method == "zero-shot":
        model = AreaModel(areas, "zero-shot", f"areas-{ZERO_SHOT_VERSION}:{emb_id}",
                          f"{ZERO_SHOT_VERSION}-{codebook_fingerprint(areas)}")
    else:
        version = sha256_text(emb_id + "\n" + codebook_fingerprint(areas) + "\n" +
                              dumps_json(pairs))[:12]
        model = AreaModel(areas, "few-shot", f"areas-{F.VERSION}:{emb_id}",
                          f"{F.VERSION}-{version}")
    k += len(train_texts)
    model.proto_vecs_ = proto_vecs
    model.fewshot_ = fewshot
    return model, vecs[k:]


def _input_units(project: Project, statement_ids: Sequence[str] | None) -> list:
    """The statements asked for (default: all in their document's language), falling back to
    passages when statements have not been extracted; passage ids are accepted as well. Each has
    .id, .text, .doc_id, .start and .end."""
    if not project.db_path.exists():
        raise InputError("the corpus is not ingested yet", path=project.db_path,
                         fix="run `corpus-tool ingest` first, or pass --text")
    conn = connect(project.db_path)
    try:
        if statement_ids:
            out = []
            for i in statement_ids:
                if STATEMENT_ID_RE.search(i):
                    out.append(get_statement(conn, i))
                else:
                    out.append(get_passage(conn, i))
            return out
        # only text in the document's own language (the reference treaties also carry a Dutch
        # translation, which the codebook's English prototypes cannot score); the statements
        # stage already skips other-language passages
        try:
            sts = list(list_statements(conn))
            if sts:
                return sts
        except ImportError:
            pass
        return list(iter_passages(conn, own_language=True))
    finally:
        conn.close()


def _statement_inputs(project: Project, statement_ids: Sequence[str] | None
                      ) -> list[tuple[str, str]]:
    if not statement_ids and project.db_path.exists():   # every statement: the texts only
        conn = connect(project.db_path)
        try:
            rows = statement_texts(conn)
        finally:
            conn.close()
        if rows:
            return rows
    return [(u.id, u.text) for u in _input_units(project, statement_ids)]


class SuggestionsReport(TypedDict):
    """`areas suggest`: the model that ranked the areas and one suggestion per text."""
    model_id: str | None
    model_version: str | None
    method: str | None
    suggestions: list[dict[str, Any]]


def suggestion_report(sugg: Sequence[Suggestion]) -> SuggestionsReport:
    first = sugg[0] if sugg else None
    return {"model_id": first.model_id if first else None,
            "model_version": first.model_version if first else None,
            "method": first.method if first else None,
            "suggestions": [s.to_dict() for s in sugg]}


def suggest_areas(project: Project, *, texts: Sequence[str] | None = None,
                  statement_ids: Sequence[str] | None = None, backend: str = "minilm",
                  method: str = "auto", skip_rejected: bool = True,
                  progress: Progress | None = None, mapper: Mapper | None = None
                  ) -> list[Suggestion]:
    """Rank the codebook's areas for each text (ids `text-1`, `text-2`…) or statement (default:
    every statement). Zero-shot until there are enough human annotations, then supervised.
    Areas a person rejected for a statement are left out of its ranking (`skip_rejected`).
    The texts are scored in partitions of `PARTITION_TEXTS`, as tasks of `mapper` when given
    (on Dask workers: see `scoring_tasks`)."""
    found = None if texts is not None or statement_ids else statement_scoring_tasks(
        project, backend=backend, method=method, mapper=mapper)
    if found is not None:
        _, parts, fn = found
    else:
        inputs = ([(f"text-{i}", t) for i, t in enumerate(texts, 1)] if texts is not None
                  else _statement_inputs(project, statement_ids))
        _, parts, fn = scoring_tasks(project, inputs, backend=backend, method=method,
                                     progress=progress, mapper=mapper)
    done: dict[int, list[Suggestion]] = {}
    for i, res in (mapper or serial_map)(fn, parts):
        done[i] = scored(res)
    sugg = [s for i in range(len(parts)) for s in done[i]]
    if texts is None and skip_rejected:
        sugg = without_rejected(sugg, rejected_pairs(project))
    return sugg


def scoring_tasks(project: Project, inputs: list[tuple[str, str]], *, backend: str,
                  method: str = "auto", progress: Progress | None = None,
                  mapper: Mapper | None = None) -> tuple[AreaModel, list, Callable]:
    """(the fitted model, the partitions, the function that scores one partition into its
    suggestions) for (id, text) `inputs`: the same partitions of `PARTITION_TEXTS` here and as
    `mapper`'s tasks. The model is fitted here once and sent with each task; the texts are
    embedded into the cache (as tasks with `mapper`) and each task reads its partition's
    vectors from it by text hash, so no vector travels in a task and this process never holds
    them all (except for a backend fitted on the texts, tfidf, whose vectors are made here)."""
    emb = get_embedder(backend)
    if getattr(emb, "cacheable", True) and not isinstance(emb, TfidfEmbedder):
        model, _ = build_area_model(project, backend=backend, method=method)
        cache_texts(project, [t for _, t in inputs], backend=backend, progress=progress,
                    mapper=mapper)
        return (model, partition(inputs, PARTITION_TEXTS),
                partial(suggest_cached, model, project, emb.model_id))
    model, vecs = build_area_model(project, backend=backend, method=method,
                                   extra_texts=[t for _, t in inputs], progress=progress)
    parts = [(inputs[i:i + PARTITION_TEXTS], vecs[i:i + PARTITION_TEXTS])
             for i in range(0, len(inputs), PARTITION_TEXTS)]
    return model, parts, partial(suggest_partition, model)


def statement_scoring_tasks(project: Project, *, backend: str, method: str = "auto",
                            mapper: Mapper | None = None
                            ) -> tuple[AreaModel, list[StatementSpan], Callable] | None:
    """`scoring_tasks` over every stored statement, for a backend whose vectors are cached:
    the partitions are spans of the index (`statement_spans`: the same partitions of
    `PARTITION_TEXTS` statements in document order) that each task reads itself, so no text
    travels in a task and this process never holds them all; it only checks, a chunk of
    texts at a time, that the cache holds their vectors (the embed stage put them there).
    None when there is no statement or the backend is fitted on the texts (tfidf)."""
    emb = get_embedder(backend)
    if not getattr(emb, "cacheable", True) or isinstance(emb, TfidfEmbedder) \
            or not project.db_path.exists():
        return None
    conn = connect(project.db_path)
    try:
        spans = statement_spans(conn, PARTITION_TEXTS)
    finally:
        conn.close()
    if not spans:
        return None
    model, _ = build_area_model(project, backend=backend, method=method)
    cache_missing(project, (t for sp in spans for _, t in span_texts(sp)), backend=backend,
                  mapper=mapper)
    return model, spans, partial(suggest_span, model, project, emb.model_id)


def scored(res: T | Lost) -> T:
    """A scoring task's result, or the error that says its worker died."""
    if isinstance(res, Lost):
        raise InputError(f"{res.message} while scoring a partition of texts",
                         fix="build once without --workers to see the error there")
    return res


def suggest_partition(model: AreaModel, part: tuple[Sequence[tuple[str, str]], np.ndarray]
                      ) -> list[Suggestion]:
    """Suggestions for one partition of (id, text) inputs and their vectors: what a Dask
    worker runs."""
    inputs, vecs = part
    return _suggestions(model, inputs, vecs)


def suggest_cached(model: AreaModel, project: Project, model_id: str,
                   inputs: Sequence[tuple[str, str]]) -> list[Suggestion]:
    """Suggestions for one partition of (id, text) inputs whose vectors (of the embedder
    `model_id`) are read from the project's embedding cache by text hash: what a Dask worker
    runs."""
    if not inputs:
        return []
    shas = [sha256_text(t) for _, t in inputs]
    vecs = np.vstack(list(cached_chunks(project, model_id, shas, len(shas))))
    return _suggestions(model, inputs, vecs)


def suggest_span(model: AreaModel, project: Project, model_id: str, span: StatementSpan
                 ) -> list[Suggestion]:
    """Suggestions for the statements of one span of the index, whose texts it reads and whose
    vectors it reads from the cache: what a Dask worker runs."""
    return suggest_cached(model, project, model_id, span_texts(span))


def _suggestions(model: AreaModel, inputs: Sequence[tuple[str, str]], vecs: np.ndarray
                 ) -> list[Suggestion]:
    if not inputs:
        return []
    scores = model.scores(vecs)
    rel = model.relevance(vecs)
    ids = [a.id for a in model.areas]
    out = []
    for (sid, text), row, r in zip(inputs, scores, rel):
        order = np.argsort(-row, kind="stable")
        out.append(Suggestion(id=sid, text=text,
                              scores=tuple((ids[j], round(float(row[j]), 4)) for j in order),
                              model_id=model.model_id, model_version=model.model_version,
                              method=model.method, relevance=round(float(r), 4),
                              none_below=model.none_below))
    return out


# --- active learning and accepting --------------------------------------------------------------


