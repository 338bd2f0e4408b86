"""Few-shot area suggestions that know when nothing fits.

Two small models over the same sentence embeddings (MiniLM by default):

- **areas**: a logistic regression trained on the codebook's own text, every piece labelled with
  its area (each sentence of the definition, each include note, each seed term, each example
  quote, each indicator's name and definition, and each exclude note under the area it points
  to: "support once pupils are in school → code `outcomes`" is an `outcomes` example), together
  with the human annotations. Codebook texts weigh `CODEBOOK_WEIGHT` times an annotation: there
  are few of them and they are what the researcher wrote the areas to mean.
- **relevance**: is the text about the codebook at all? The higher of two readings:
  - a logistic regression, sigmoid-calibrated by 5-fold cross-validation, of codebook texts and
    annotations (positives) against background sentences from other domains (negatives:
    `corpus_tool/data/area_negatives.jsonl`, 165 sentences of treaty-body comments on life,
    assembly, expression, water, food, work, climate and non-refoulement and of three treaties on
    biodiversity, civil aviation and diplomatic relations; see its README). It learns what the
    coders coded; before any coding its positives are the codebook's own short texts, against
    negatives in a treaty's words, and it takes a treaty's words for a sign of "none": on fifteen
    codebooks (the reference's, the ten examples', four researchers' trials'), 27 % of the
    passages the coders later coded read "none" before coding (CRPD Art. 5(1) on a disability
    codebook, trial 24); with the reading below, 11 % on the seven codebooks its constants were
    chosen on and 9 % on the eight others (`benchmarks/areas_before_coding.py`).
  - the text's closeness to the codebook's own texts (the mean cosine of its `SIMILAR_K`
    nearest) against the background's: `SIMILAR_QUANTILE` of the background sentences are less
    close. At that floor the reading is 0.5; its log-odds rise by `SIMILAR_SLOPE` per unit of
    cosine above it (a logistic curve: an order, not a probability).
  Background sentences that are close to the codebook's own texts (cosine ≥
  `BACKGROUND_MAX_SIMILARITY`) are dropped first, and so is every sentence of a background
  document that is about the codebook's subject as a whole (the median of its sentences' nearest
  similarity ≥ `BACKGROUND_DOC_MEDIAN`): a project whose codebook is about water and food keeps
  the General Comments on water and food out of its negatives, not only their closest sentences
  (a researcher's trial 23: with the rest of them left in, 82 % of General Comment 12 read "none
  of these areas" on a right-to-food codebook).

A text whose relevance is below `NONE_BELOW` gets "none of these areas". The figures on the
evaluation set (`tests/data/areas_eval.jsonl`) are in `corpus-tool areas evaluate`; the
hyper-parameters were chosen on its dev half only; the closeness reading's on the codebooks of
seven projects (trials 22 and 24, five examples), its held-out figures on eight others
(benchmarks/data/README.md, `areas_before_coding`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

import numpy as np

from corpus_tool.models import CodebookArea

VERSION = "fewshot-v2"
CODEBOOK_WEIGHT = 3.0        # one codebook text weighs as much as three annotations
AREAS_C = 1.0
RELEVANCE_C = 4.0
NONE_BELOW = 0.5             # relevance below this: none of these areas
BACKGROUND_MAX_SIMILARITY = 0.6
SIMILAR_K = 3                # a text's closeness: mean cosine of its 3 nearest codebook texts
SIMILAR_QUANTILE = 0.99      # the closeness floor: above 99 % of the kept background sentences
SIMILAR_SLOPE = 20.0         # 0.5 at the floor, 0.73 at +0.05, 0.88 at +0.1 cosine
# chosen on the codebooks of the reference and the ten examples and trial 23's: it drops no
# background document for the reference codebook, the water and food comments for trial 23's,
# the work comment for the labour example's, the non-refoulement comment for the detention
# example's, the comments on expression and assembly for the political-participation example's
BACKGROUND_DOC_MEDIAN = 0.53
_CODE_REF = re.compile(r"→\s*code\s*`([\w-]+)`")


def background_sentences() -> list[dict]:
    """The packaged negatives: id, doc, title, locator, text (see the data README)."""
    text = resources.files("corpus_tool").joinpath("data/area_negatives.jsonl").read_text(
        encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def codebook_texts(areas: Sequence[CodebookArea]) -> list[tuple[str, str]]:
    """(text, area id) pairs from the codebook: definition sentences, include notes, seed terms,
    example quotes, the indicators' names and definitions, and exclude notes under the area they
    point to."""
    ids = {a.id for a in areas}
    out: list[tuple[str, str]] = []
    for a in areas:
        out += [(s.strip(), a.id) for s in re.split(r"(?<=[.;:])\s+", a.definition)
                if len(s.strip()) > 20]
        out += [(f"{a.name}: {x}", a.id) for x in a.include]
        out += [(t, a.id) for t in a.seed_terms]
        out += [(e.quote, a.id) for e in a.examples]
        out += [(f"{i.name}: {i.definition}" if i.definition else i.name, a.id)
                for i in a.indicators if i.name or i.definition]
        for x in a.exclude:
            m = _CODE_REF.search(x)
            if m and m.group(1) in ids:
                note = x[:m.start()].strip(" ,;")
                if note:
                    out.append((note, m.group(1)))
    return out


class FewShotAreas:
    """Area probabilities and a relevance for embedded texts. `fit` takes the embeddings of
    the codebook texts, the annotations and the background sentences."""

    def __init__(self, *, codebook_weight: float = CODEBOOK_WEIGHT, areas_c: float = AREAS_C,
                 relevance_c: float = RELEVANCE_C, none_below: float = NONE_BELOW,
                 random_state: int = 0):
        self.codebook_weight = codebook_weight
        self.areas_c = areas_c
        self.relevance_c = relevance_c
        self.none_below = none_below
        self.random_state = random_state

    def fit(self, area_ids: Sequence[str], cb_vecs: np.ndarray, cb_labels: Sequence[str],
            ann_vecs: np.ndarray, ann_labels: Sequence[str], bg_vecs: np.ndarray,
            bg_docs: Sequence[str] = ()) -> FewShotAreas:
        """`bg_docs`: the document of each background sentence (none: each on its own)."""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression
        self.area_ids_ = list(area_ids)
        pos = np.vstack([cb_vecs, ann_vecs]) if len(ann_vecs) else cb_vecs
        y = list(cb_labels) + list(ann_labels)
        w = np.r_[np.full(len(cb_labels), self.codebook_weight), np.ones(len(ann_labels))]
        self.areas_ = LogisticRegression(C=self.areas_c, max_iter=3000, class_weight="balanced",
                                         random_state=self.random_state).fit(pos, y,
                                                                             sample_weight=w)
        near = (bg_vecs @ pos.T).max(axis=1) if len(bg_vecs) else np.zeros(0)
        keep = near < BACKGROUND_MAX_SIMILARITY
        docs = np.asarray(bg_docs)
        for doc in set(bg_docs):
            if np.median(near[docs == doc]) >= BACKGROUND_DOC_MEDIAN:
                keep &= docs != doc
        bg = bg_vecs[keep]
        self.n_background_ = int(len(bg))
        self.n_background_dropped_ = int(len(bg_vecs) - len(bg))
        X = np.vstack([pos, bg])
        yr = np.r_[np.ones(len(pos)), np.zeros(len(bg))]
        base = LogisticRegression(C=self.relevance_c, max_iter=3000, class_weight="balanced",
                                  random_state=self.random_state)
        self.relevance_ = CalibratedClassifierCV(base, method="sigmoid", cv=5).fit(X, yr)
        self.codebook_vecs_ = np.asarray(cb_vecs)
        self.closeness_floor_ = (float(np.quantile(self.closeness(bg), SIMILAR_QUANTILE))
                                 if len(bg) else 0.0)
        return self

    def closeness(self, vecs: np.ndarray) -> np.ndarray:
        """(n,) mean cosine of each text to its `SIMILAR_K` nearest codebook texts."""
        sims = vecs @ self.codebook_vecs_.T
        k = min(SIMILAR_K, sims.shape[1])
        return np.sort(sims, axis=1)[:, -k:].mean(axis=1)

    def scores(self, vecs: np.ndarray) -> np.ndarray:
        """(n, n_areas) area probabilities in codebook order."""
        out = np.zeros((vecs.shape[0], len(self.area_ids_)))
        if vecs.shape[0] == 0:
            return out
        proba = self.areas_.predict_proba(vecs)
        for k, cls in enumerate(self.areas_.classes_):
            out[:, self.area_ids_.index(cls)] = proba[:, k]
        return out

    def relevance(self, vecs: np.ndarray) -> np.ndarray:
        """(n,) how surely a text is about one of the areas at all: the higher of the calibrated
        probability and the closeness reading (module doc); under `none_below`, none fits."""
        return self.readings(vecs)[0]

    def readings(self, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(relevance, the calibrated probability alone), each (n,), the classifier run once:
        the second says how much a text is like what the coders coded (drafting's relevance
        floor compares suggestions with the coded statements by it)."""
        if vecs.shape[0] == 0:
            return np.zeros(0), np.zeros(0)
        learned = self.relevance_.predict_proba(vecs)[:, 1]
        close = 1 / (1 + np.exp(-SIMILAR_SLOPE * (self.closeness(vecs) - self.closeness_floor_)))
        return np.maximum(learned, close), learned
