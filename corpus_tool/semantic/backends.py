"""Embedding backends behind one small protocol (`Embedder`), registered by name: `minilm`
(sentence-transformers), `static` (distilled from MiniLM), `tfidf` (LSA) and `hash` (the fast
deterministic one for tests); `register_backend` adds more."""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.model_files import (MINILM_NAME, MINILM_SHA256, STATIC_PCA_DIMS,
                                              offline, minilm_path, static_path)

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


# texts in every batch a sentence-transformers model encodes (`SentenceTransformerEmbedder`)
BATCH_ROWS = 2


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded offline on first use."""

    def __init__(self, name_or_path: str, *, model_id: str | None = None,
                 path_fn: Callable[[], Path] | None = None, rows: int = BATCH_ROWS):
        self.name = name_or_path
        self.model_id = model_id or name_or_path
        self._path_fn = path_fn
        self.rows = rows
        self._model = None

    @property
    def model(self):
        if self._model is None:
            offline()
            from sentence_transformers import SentenceTransformer
            target = str(self._path_fn()) if self._path_fn else self.name
            try:
                self._model = SentenceTransformer(target, device="cpu")
            except (OSError, ValueError, RuntimeError) as e:   # missing/corrupt model files
                raise InputError(f"cannot load sentence-transformers model {self.name!r} "
                                 f"offline: {e.__class__.__name__}: {e}",
                                 fix="use a local model path or a model already in the "
                                     "Hugging Face cache; nothing is downloaded") from e
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """One vector per text that depends on that text alone, not on the texts encoded with
        it, so that a build which embeds a few new texts gets the vectors a build from scratch
        gets. A batch mixing token lengths pads the shorter ones, and padding moves the last
        bits of a vector; so each batch holds texts of one token length (no padding). The
        number of texts in a batch moves them too (the matrix kernels chosen depend on its
        shape: a text encoded alone and among four of its length differed by 1e-7 on an
        AVX-512 machine), so every batch holds `rows` texts, the last of a length filled with
        copies of its first. Dropping the padding is also faster."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        texts = list(texts)
        # `preprocess` is sentence-transformers 6's name for the older `tokenize`
        tokenize = getattr(self.model, "preprocess", None) or self.model.tokenize
        lengths = tokenize(texts)["attention_mask"].sum(dim=1).tolist()
        by_length: dict[int, list[int]] = {}
        for i, n in enumerate(lengths):
            by_length.setdefault(n, []).append(i)
        out: np.ndarray | None = None
        for idx in by_length.values():
            for start in range(0, len(idx), self.rows):
                part = idx[start:start + self.rows]
                batch = [texts[i] for i in part]
                batch += batch[:1] * (self.rows - len(batch))
                vecs = self.model.encode(batch, batch_size=self.rows, convert_to_numpy=True,
                                         normalize_embeddings=True, show_progress_bar=False)
                if out is None:
                    out = np.empty((len(texts), vecs.shape[1]), dtype=np.float32)
                out[part] = vecs[:len(part)]
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
            offline()
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
