"""Can a noun act: a learned reading of what a subject noun means, for the nouns no lexicon names.

The actor of a statement is the party, person, group or body its main deontic binds or empowers,
and nothing when the subject is a thing ("Education shall …"). `statements.nominals.is_actorish`
decides that from lexicons (`cues.ACTOR_HEADS`, offices, organs, the heads of documents and
texts). Each half of issue 14's gold brought agents the lexicons did not know — the seller and
the buyer of a sales convention, the salvor, labour inspectors, performers and producers, a
rescue centre — and the statement lost its actor. Here a noun the lexicons leave undecided is
read by its meaning: the packaged all-MiniLM-L6-v2 embeds the word alone (mean-pooled and
normalised, as sentence-transformers does), and a logistic model says whether it names who can
act. The model learned from the lexicons' own words and from the subjects of the hand-labelled
gold statements (`scripts/train_agentive_nouns.py`); `agentive.json` holds its weights, its
threshold and what it was trained on. Nothing is trained or downloaded at run time; a word is
embedded alone, so its reading never depends on the other words of a run.
"""
from __future__ import annotations

import functools
import json
import threading
from pathlib import Path

import numpy as np

from corpus_tool.errors import InputError
from corpus_tool.model_files import minilm_path, offline

# torch and transformers take seconds to import: they are imported where the encoder is built
# or run, so that a command that reads no actor (`--help`, `annotations add`) starts fast

MODEL = Path(__file__).with_name("agentive.json")


class _Encoder:
    """The packaged MiniLM, embedding one text at a time."""

    def __init__(self):
        from transformers import AutoModel, AutoTokenizer
        path = minilm_path()
        offline()
        self.tokenizer = AutoTokenizer.from_pretrained(str(path))
        self.model = AutoModel.from_pretrained(str(path)).eval()

    def embed(self, text: str) -> np.ndarray:
        import torch
        enc = self.tokenizer([text], return_tensors="pt")
        with torch.inference_mode():
            hidden = self.model(**enc).last_hidden_state[0]
        v = hidden.mean(0).numpy().astype(np.float64)
        return v / (np.linalg.norm(v) or 1.0)


_lock = threading.Lock()
_loaded: dict[str, object] = {}


def _encoder() -> _Encoder:
    with _lock:
        if "encoder" not in _loaded:
            _loaded["encoder"] = _Encoder()
        return _loaded["encoder"]


def embed(word: str) -> np.ndarray:
    """The word's MiniLM vector (the word alone, lower case)."""
    return _encoder().embed(word.lower())


def meta() -> dict:
    """The shipped model (`agentive.json`): weights, threshold, training data."""
    with _lock:
        if "meta" not in _loaded:
            if not MODEL.is_file():
                raise InputError("the agentive-noun model is missing", path=MODEL,
                                 fix="reinstall corpus-tool, or run scripts/train_agentive_nouns.py")
            _loaded["meta"] = json.loads(MODEL.read_text(encoding="utf-8"))
        return _loaded["meta"]


def probability(word: str, model: dict | None = None) -> float:
    """How likely the noun names a party, person, group or body (the shipped model, or `model`
    in `agentive.json`'s form)."""
    m = model or meta()
    z = float(np.dot(embed(word), np.asarray(m["coef"], dtype=np.float64)) + m["intercept"])
    return 1.0 / (1.0 + np.exp(-z))


@functools.lru_cache(maxsize=65536)
def can_act(word: str) -> bool:
    """Does the shipped model read this noun (case aside) as one who can act?"""
    return probability(word.lower()) >= meta()["threshold"]
