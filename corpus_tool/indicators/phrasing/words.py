"""Annotations compared by the words they use as well as by what they mean (issue 15).

Passages of one provision in different instruments often share its terms ('bilateral
agreements', 'vocational training') where their sentences differ in meaning; joining the TF-IDF
cosine of the coded words to their MiniLM cosine groups them as the coders do better on the
development halves (`benchmarks/drafting_split.py`) than either alone.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:       # scikit-learn is imported where it is used: every command starts faster
    from sklearn.feature_extraction.text import TfidfVectorizer

WORDS_WEIGHT = 0.6     # the words' share of the similarity (fitted on the development halves)


def words_of(texts: Sequence[str]) -> TfidfVectorizer | None:
    """The TF-IDF word model annotations are compared by, fitted on the project's coded words
    (English stop words left out, sublinear term frequency); None when they hold no word."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    try:
        return TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(list(texts))
    except ValueError:          # no word left (empty texts, stop words only)
        return None


def loose_vectors(vecs: Sequence[np.ndarray], texts: Sequence[str],
                  words: TfidfVectorizer | None, *, words_weight: float = WORDS_WEIGHT
                  ) -> np.ndarray:
    """Unit vectors whose cosine is (1 - `words_weight`) × the cosine of `vecs` (meaning) +
    `words_weight` × the cosine of the texts' TF-IDF vectors (`words_of`): passages of one
    provision often share its terms ('bilateral agreements', 'vocational training') where their
    sentences differ in meaning (see the module doc)."""
    meaning = np.asarray(vecs, dtype=np.float64)
    if words is None:
        return meaning
    terms = np.asarray(words.transform(list(texts)).toarray(), dtype=np.float64)  # unit rows
    return np.hstack([np.sqrt(1.0 - words_weight) * meaning, np.sqrt(words_weight) * terms])
