"""Embedding backends, the (model id, text hash) cache and semantic search."""
from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.project import Project
from corpus_tool import model_files
from corpus_tool.semantic import backends, embed
from corpus_tool.semantic.backends import (HashEmbedder, TfidfEmbedder, get_embedder,
                                           register_backend)
from corpus_tool.semantic.embed import EmbedStats, embed_texts, semantic_search

from tests.semantic.conftest import gc_paragraphs, gc_project

runner = CliRunner()


@pytest.fixture(scope="module")
def paras():
    return gc_paragraphs()


class CountingEmbedder:
    """A fake registered like any backend: counts every text it is asked to embed."""

    def __init__(self, model_id="counting-v1"):
        self.model_id = model_id
        self.seen: list[str] = []
        self._inner = HashEmbedder(64)

    def encode(self, texts):
        self.seen.extend(texts)
        return self._inner.encode(texts)


@pytest.fixture
def counting():
    fake = CountingEmbedder()
    register_backend("counting", lambda: fake)
    backends._instances.pop("counting", None)
    yield fake
    backends.BACKENDS.pop("counting", None)
    backends._instances.pop("counting", None)


def test_hash_backend_is_deterministic_normalised_float32(paras):
    texts = [p["text"] for p in paras[:20]]
    a = get_embedder("hash").encode(texts)
    b = HashEmbedder().encode(list(texts))
    assert a.dtype == np.float32 and a.shape == (20, backends.HASH_DIM)
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)


def test_hash_backend_puts_texts_sharing_words_closer(paras):
    e = get_embedder("hash")
    q = e.encode(["free and compulsory primary education for every child"])[0]
    prim = [p["text"] for p in paras if p["doc_id"] == "cescr-gc11-1999"][:10]
    other = [p["text"] for p in paras if p["doc_id"] == "cedaw-gr26-2008"][:10]
    assert (e.encode(prim) @ q).mean() > (e.encode(other) @ q).mean()


def test_empty_text_gives_zero_row_not_nan():
    m = get_embedder("hash").encode(["", "education"])
    assert not np.isnan(m).any()
    assert np.linalg.norm(m[0]) == 0.0 and abs(np.linalg.norm(m[1]) - 1) < 1e-5


def test_unknown_backend_names_the_choices():
    with pytest.raises(InputError) as e:
        get_embedder("nonsense")
    assert "unknown embedding backend 'nonsense'" in str(e.value)
    assert "minilm" in str(e.value) and "hash" in str(e.value)


def test_local_path_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(InputError) as e:
        get_embedder(str(tmp_path))
    assert "not a sentence-transformers model folder" in str(e.value)


def test_unknown_hub_name_fails_offline_with_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    e = get_embedder("nobody-here/not-a-model-xyz")
    backends._instances.pop("nobody-here/not-a-model-xyz", None)
    with pytest.raises(InputError) as err:
        e.encode(["x"])
    assert "offline" in str(err.value) and "nothing is downloaded" in str(err.value)


def test_cache_never_embeds_an_unchanged_text_twice(tmp_path, counting, paras):
    project = Project(tmp_path)
    texts = [p["text"] for p in paras[:30]]
    stats: list[EmbedStats] = []
    first = embed_texts(project, texts, backend="counting", stats=stats)
    assert len(counting.seen) == 30 and stats[-1].n_embedded == 30
    again = embed_texts(project, texts, backend="counting", stats=stats)
    assert len(counting.seen) == 30, "cached texts were embedded again"
    assert stats[-1].n_cached == 30 and stats[-1].n_embedded == 0
    assert np.array_equal(first, again)
    changed = texts[:29] + [texts[29] + " (amended)"]
    embed_texts(project, changed, backend="counting", stats=stats)
    assert counting.seen[30:] == [texts[29] + " (amended)"]
    assert stats[-1].model_id == "counting-v1"
    assert (tmp_path / "build" / "cache" / "embeddings.sqlite").is_file()


def test_duplicates_are_embedded_once_and_rows_follow_input_order(tmp_path, counting):
    project = Project(tmp_path)
    m = embed_texts(project, ["alpha beta", "gamma delta", "alpha beta"], backend="counting")
    assert sorted(counting.seen) == ["alpha beta", "gamma delta"]
    assert np.array_equal(m[0], m[2]) and not np.array_equal(m[0], m[1])


def test_cache_is_keyed_by_model_id(tmp_path, counting):
    project = Project(tmp_path)
    embed_texts(project, ["the right to education"], backend="counting")
    other = CountingEmbedder("counting-v2")
    embed_texts(project, ["the right to education"], backend=other)
    assert other.seen == ["the right to education"]


def test_progress_counts_every_text(tmp_path, counting):
    project = Project(tmp_path)
    from corpus_tool.progress import Tally
    first, second = Tally(), Tally()
    embed_texts(project, ["x y", "y z", "x y"], backend="counting", progress=first)
    embed_texts(project, ["x y", "y z", "new"], backend="counting", progress=second)
    assert (first.done, first.total) == (second.done, second.total) == (3, 3)
    assert first.history[0] == (0, 3)                    # the total comes first


def test_tfidf_is_fitted_on_the_given_texts_and_not_cached(tmp_path, paras):
    project = Project(tmp_path)
    texts = [p["text"] for p in paras]
    stats: list[EmbedStats] = []
    a = embed_texts(project, texts, backend="tfidf", stats=stats)
    b = embed_texts(project, texts, backend="tfidf")
    assert a.shape == (len(texts), min(backends.TFIDF_DIM, len(texts) - 1)) and np.allclose(a, b, atol=1e-5)
    assert stats[0].model_id.startswith("tfidf-lsa") and stats[0].n_cached == 0
    # the model id names the fitted corpus
    other = TfidfEmbedder().fit(texts[:10])
    assert other.model_id != stats[0].model_id


def test_semantic_search_ranks_passages_by_meaning(tmp_path):
    project = gc_project(tmp_path / "p")
    hits = semantic_search(project, "free compulsory primary education plan of action",
                           backend="hash", limit=5)
    assert len(hits) == 5
    assert hits[0].doc_id == "cescr-gc11-1999"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.model_id == "hash-v1-512" and h.kind == "passage" for h in hits)
    assert set(hits[0].to_dict()) >= {"id", "doc_id", "locator", "page", "text", "score"}
    only = semantic_search(project, "minorities language", backend="hash", limit=3,
                           doc_id="ccpr-gc23-1994")
    assert only and all(h.doc_id == "ccpr-gc23-1994" for h in only)


def test_semantic_search_shows_the_embedding_of_a_corpus_not_yet_cached(tmp_path):
    # a researcher's trial (session 43): the first semantic search of 176 treaties embedded
    # them for 226 s without a word
    project = gc_project(tmp_path / "p")
    calls: list[tuple] = []
    semantic_search(project, "education", backend="hash", limit=1,
                    progress=lambda n=1, total=None, description=None: calls.append(
                        (n, total, description)))
    total = calls[0][1]
    assert total and sum(c[0] for c in calls) == total
    # the first batches (the longest texts) take longest: the bar says what it does meanwhile
    assert any(c[2] and c[2].endswith("texts to embed, the longest first") for c in calls)


def test_semantic_search_errors(tmp_path):
    from corpus_tool.project import init_project
    empty = init_project(tmp_path / "e")
    with pytest.raises(InputError, match="nothing to search"):
        semantic_search(empty, "education", backend="hash")
    with pytest.raises(InputError, match="empty search query"):
        semantic_search(empty, "  ", backend="hash")


def test_embed_cli_reports_cached_on_second_run(tmp_path):
    project = gc_project(tmp_path / "p")
    r1 = runner.invoke(app, ["embed", "--backend", "hash", "-p", str(project.root), "--json"])
    assert r1.exit_code == 0, r1.output
    d1 = json.loads(r1.stdout)
    assert d1["passages"] == 129 and d1["embedded"] == d1["unique_texts"] > 0
    assert d1["model_id"] == "hash-v1-512"
    r2 = runner.invoke(app, ["embed", "--backend", "hash", "-p", str(project.root), "--json"])
    d2 = json.loads(r2.stdout)
    assert d2["embedded"] == 0 and d2["cached"] == d1["unique_texts"]


def test_embed_cli_bad_backend_is_an_error(tmp_path):
    project = gc_project(tmp_path / "p", files=["Annotated_CCPR_GC23_minorities.json"])
    r = runner.invoke(app, ["embed", "--backend", "nope", "-p", str(project.root)])
    assert r.exit_code == 1
    assert "Error: unknown embedding backend 'nope'" in r.stderr


# --- the real models (installed package; nothing downloaded) ----------------------------------

@pytest.mark.integration
def test_minilm_unpacks_verified_and_ranks_by_meaning():
    path = model_files.minilm_path()
    assert (path / ".verified").read_text().strip() == model_files.MINILM_SHA256
    e = get_embedder("minilm")
    assert model_files.MINILM_SHA256[:12] in e.model_id
    m = e.encode(["Primary education shall be compulsory and available free to all.",
                  "Every child has the right to free schooling at the elementary level.",
                  "The Committee shall elect its officers for a term of two years."])
    assert m.shape == (3, 384)
    assert m[0] @ m[1] > m[0] @ m[2] + 0.2


@pytest.mark.integration
def test_static_is_distilled_from_minilm_and_agrees_roughly():
    e = get_embedder("static")
    m = e.encode(["free primary education", "compulsory schooling for children",
                  "election of committee officers"])
    assert m.shape == (3, model_files.STATIC_PCA_DIMS)
    assert m[0] @ m[1] > m[0] @ m[2]
    cfg = json.loads((model_files.static_path() / "config.json").read_text())
    assert cfg["base_sha256"] == model_files.MINILM_SHA256


def _sentences(paras, n):
    """Real sentences of many token lengths (some lengths shared, some alone)."""
    out = [s.strip() for p in paras for s in p["text"].split(". ") if len(s.split()) > 2]
    return list(dict.fromkeys(out))[:n]


@pytest.mark.integration
def test_minilm_vector_depends_on_its_text_alone(paras):
    """Alone, among all, or in another mix: the same text gets the same bits, so a build that
    embeds a few new statements gets the vectors a build from scratch gets."""
    e = get_embedder("minilm")
    texts = _sentences(paras, 120)
    together = e.encode(texts)
    alone = np.vstack([e.encode([t]) for t in texts[:40]])
    mixed = e.encode(texts[90:] + texts[20:60][::-1])
    assert np.array_equal(alone, together[:40])
    assert np.array_equal(mixed[:30], together[90:])
    assert np.array_equal(mixed[30:], together[20:60][::-1])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


@pytest.mark.integration
def test_minilm_incremental_cache_equals_a_build_from_scratch(tmp_path, paras):
    texts = _sentences(paras, 80)
    grown = Project(tmp_path / "grown")
    embed_texts(grown, texts[:50], backend="minilm")
    scratch = Project(tmp_path / "scratch")
    assert np.array_equal(embed_texts(grown, texts, backend="minilm"),
                          embed_texts(scratch, texts, backend="minilm"))


def test_a_cache_of_batch_dependent_vectors_is_emptied_once(tmp_path):
    """Version-1 vectors moved with their batch; they are dropped, and version-2 ones kept."""
    from corpus_tool.semantic import vector_cache
    project = Project(tmp_path)
    conn = vector_cache.connect_cache(project)
    vector_cache.put_vectors(conn, "m", [("a" * 64, np.ones(4, dtype=np.float32))])
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    conn = vector_cache.connect_cache(project)
    assert vector_cache.cached_shas(conn, "m", ["a" * 64]) == set()
    vector_cache.put_vectors(conn, "m", [("b" * 64, np.ones(4, dtype=np.float32))])
    conn.close()
    conn = vector_cache.connect_cache(project)
    assert vector_cache.cached_shas(conn, "m", ["b" * 64]) == {"b" * 64}
    conn.close()


@pytest.mark.integration
def test_unpack_refuses_weights_with_a_wrong_sha256(tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_TOOL_CACHE", str(tmp_path))
    monkeypatch.setattr(model_files, "MINILM_SHA256", "0" * 64)
    with pytest.raises(InputError, match="sha256 mismatch"):
        model_files.minilm_path()
    assert [p.name for p in tmp_path.iterdir()] == []    # nothing half-made left behind


def test_semantic_search_shows_a_statement_equal_to_its_passage_once(tmp_path, monkeypatch):
    from corpus_tool.models import Statement
    from corpus_tool.store import db as store
    project = gc_project(tmp_path / "p", files=["Annotated_CCPR_GC23_minorities.json"])
    conn = store.connect(project.db_path)
    p = next(store.iter_passages(conn))
    conn.close()
    st = Statement(id=p.id + ":s1", doc_id=p.doc_id, passage_id=p.id, page=None,
                   locator=p.locator, start=p.start, end=p.end, text=p.text, actor="",
                   deontic="", strength="none", aim="", object="", condition="")
    monkeypatch.setattr(embed, "_statements_or_empty", lambda conn: [st])
    hits = semantic_search(project, p.text, backend="hash", limit=3)
    assert [h.id for h in hits].count(p.id) + [h.id for h in hits].count(st.id) == 1
    assert hits[0].score > 0.99
