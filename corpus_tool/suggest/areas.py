"""Area suggestions for statements or any text: the inputs (every statement, some statements or
passages, or texts), cut into partitions of `PARTITION_TEXTS` that are scored as tasks (here, or
on Dask workers with `build --workers`) by the model `suggest.model` fits once. Every suggestion
carries the model id and version that made it and its relevance (`corpus-tool areas evaluate`
compares the models on the annotations and on the questions/sentences/negatives set). The
codebook's functions are reachable from here too, as the commands import them."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, TypedDict, TypeVar

import numpy as np

from corpus_tool.coding.rejections import rejected_pairs, without_rejected
from corpus_tool.corpus.lang import detect_language
from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.models import Suggestion
from corpus_tool.parallel import Lost, Mapper, partition, serial_map, warm
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.semantic.backends import TfidfEmbedder, get_embedder
from corpus_tool.semantic.embed import cache_missing, cache_texts
from corpus_tool.semantic.vector_cache import cached_chunks
from corpus_tool.statements.coverage import unread
from corpus_tool.statements.stage import (StatementSpan, get_statement, list_statements,
                                          span_texts, statement_spans, statement_texts)
from corpus_tool.store.db import connect, get_passage, iter_passages
from corpus_tool.suggest.model import AreaModel, build_area_model

STATEMENT_ID_RE = re.compile(r":s\d+$")
PARTITION_TEXTS = 2000      # texts scored per task (the same partitions here and on Dask)
T = TypeVar("T")


def input_units(project: Project, statement_ids: Sequence[str] | None) -> list:
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


def statement_inputs(project: Project, statement_ids: Sequence[str] | None
                     ) -> list[tuple[str, str]]:
    if not statement_ids and project.db_path.exists():   # every statement: the texts only
        conn = connect(project.db_path)
        try:
            rows = statement_texts(conn)
        finally:
            conn.close()
        if rows:
            return rows
    return [(u.id, u.text) for u in input_units(project, statement_ids)]


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
                  else statement_inputs(project, statement_ids))
        _, parts, fn = scoring_tasks(project, inputs, backend=backend, method=method,
                                     progress=progress, mapper=mapper)
    done: dict[int, list[Suggestion]] = {}
    for i, res in span_progress((mapper or serial_map)(fn, parts), parts, progress):
        done[i] = scored(res)
    sugg = [s for i in range(len(parts)) for s in done[i]]
    if texts is not None:
        sugg = [_language_checked(s) for s in sugg]
    if texts is None and skip_rejected:
        sugg = without_rejected(sugg, rejected_pairs(project))
    return sugg


def _language_checked(s: Suggestion) -> Suggestion:
    """A free text in a language other than the one the area model reads (its embeddings are
    English): marked, and no area fits. A Spanish sentence on the capital of Spain had a
    relevance of 0.90 (a researcher's trial, session 44). Statements are English already."""
    lang = detect_language(s.text)
    return replace(s, unread=lang) if unread(lang or "") else s


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
    warm(mapper, scoring_ready)
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
    warm(mapper, scoring_ready)
    model, _ = build_area_model(project, backend=backend, method=method)
    cache_missing(project, (t for sp in spans for _, t in span_texts(sp)), backend=backend,
                  mapper=mapper)
    return model, spans, partial(suggest_span, model, project, emb.model_id)


def scoring_ready() -> None:
    """Nothing: sent to the workers ahead of the scoring tasks (`parallel.warm`), it has each
    import this module and what a task uses while the area model is fitted here."""


def span_progress(results: Iterator[tuple[int, T]], parts: Sequence, progress: Progress | None
                  ) -> Iterator[tuple[int, T]]:
    """A mapper's `results` over `parts`, telling `progress` of each span's statements as its
    result comes (`statement_scoring_tasks`'s partitions; the partitions of `scoring_tasks`
    report their progress while their texts are embedded)."""
    sizes = [p.count for p in parts if isinstance(p, StatementSpan)]
    if progress and sizes:
        progress(0, total=sum(sizes))
    for i, res in results:
        yield i, res
        if progress and sizes:
            progress(sizes[i])


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
    return suggestions_for(model, inputs, vecs)


def suggest_cached(model: AreaModel, project: Project, model_id: str,
                   inputs: Sequence[tuple[str, str]]) -> list[Suggestion]:
    """Suggestions for one partition of (id, text) inputs whose vectors (of the embedder
    `model_id`) are read from the project's embedding cache by text hash: what a Dask worker
    runs."""
    if not inputs:
        return []
    shas = [sha256_text(t) for _, t in inputs]
    vecs = np.vstack(list(cached_chunks(project, model_id, shas, len(shas))))
    return suggestions_for(model, inputs, vecs)


def suggest_span(model: AreaModel, project: Project, model_id: str, span: StatementSpan
                 ) -> list[Suggestion]:
    """Suggestions for the statements of one span of the index, whose texts it reads and whose
    vectors it reads from the cache: what a Dask worker runs."""
    return suggest_cached(model, project, model_id, span_texts(span))


def suggestions_for(model: AreaModel, inputs: Sequence[tuple[str, str]], vecs: np.ndarray
                    ) -> list[Suggestion]:
    if not inputs:
        return []
    scores = model.scores(vecs)
    rel, learned = model.relevance_readings(vecs)
    ids = [a.id for a in model.areas]
    out = []
    for (sid, text), row, r, lr in zip(inputs, scores, rel, learned):
        order = np.argsort(-row, kind="stable")
        out.append(Suggestion(id=sid, text=text,
                              scores=tuple((ids[j], round(float(row[j]), 4)) for j in order),
                              model_id=model.model_id, model_version=model.model_version,
                              method=model.method, relevance=round(float(r), 4),
                              none_below=model.none_below,
                              relevance_learned=round(float(lr), 4)))
    return out



