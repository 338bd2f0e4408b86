"""Passages of one article are kept apart when loose annotations are grouped (issue 15): their
shared context words overstate how alike their provisions are (ICESCR Art. 13(2)(a) and (b),
primary and secondary education, are two indicators for the reference project's coder).

The locators are those of the reference corpus (un-icescr-1966, Art. 13(2)(a) and (b); un-udhr-1948,
Art. 26(1)); the meaning vectors are set by hand so that the cosines are known."""
from __future__ import annotations

import numpy as np
import pytest

from corpus_tool.indicators.phrasing.meaning import _agglomerate
from corpus_tool.indicators.phrasing.structure import article_of, sibling_labels

DOCS = ["un-icescr-1966", "un-icescr-1966", "un-udhr-1948"]
LOCATORS = ["Art. 13(2)(a)", "Art. 13(2)(b)", "Art. 26(1)"]


def _vectors(gram: list[list[float]]) -> np.ndarray:
    """Unit vectors whose cosines are `gram`."""
    return np.linalg.cholesky(np.asarray(gram, dtype=np.float64))


@pytest.mark.parametrize("locator, article", [
    ("Art. 13(2)(a)", "Art. 13"), ("Art. 13", "Art. 13"), ("Art. XI(1) ¶ 2", "Art. XI"),
    ("Preamble, para. 7", "Preamble"), ("para. 59", "para. 59"),
    ("Part I, para. 12", "Part I, para. 12"), ("", "")])
def test_a_locator_belongs_to_its_article(locator, article):
    assert article_of(locator) == article


def test_two_items_of_one_article_stay_apart_where_meaning_alone_joins_them():
    # 13(2)(a)–UDHR 0.35, 13(2)(b)–UDHR 0.30, 13(2)(a)–(b) 0.30: all above the bar of 0.235
    v = _vectors([[1.0, 0.30, 0.35], [0.30, 1.0, 0.30], [0.35, 0.30, 1.0]])
    assert sibling_labels(v, DOCS, LOCATORS, threshold=0.235, penalty=0.0) == [0, 0, 0]
    # lowered by 0.2, the siblings' 0.30 is 0.10: UDHR joins (a), and (b) stays apart
    # (average (0.10 + 0.30) / 2 = 0.20 < 0.235)
    assert sibling_labels(v, DOCS, LOCATORS, threshold=0.235, penalty=0.2) == [0, 1, 0]


def test_the_same_locators_in_two_documents_are_not_siblings():
    v = _vectors([[1.0, 0.30, 0.35], [0.30, 1.0, 0.30], [0.35, 0.30, 1.0]])
    other = ["un-icescr-1966", "coe-esc-revised-1996", "un-udhr-1948"]
    assert sibling_labels(v, other, LOCATORS, threshold=0.235, penalty=0.2) == [0, 0, 0]
    assert sibling_labels(v, DOCS, ["", "", ""], threshold=0.235, penalty=0.2) == [0, 0, 0]


def test_without_a_penalty_it_is_the_clustering_stages_average_linkage():
    rng = np.random.default_rng(15)
    v = rng.normal(size=(40, 8))
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    docs = [f"d{k % 3}" for k in range(40)]
    locs = [f"Art. {k % 5}(1)" for k in range(40)]
    for threshold in (0.1, 0.2, 0.3):
        assert sibling_labels(v, docs, locs, threshold=threshold, penalty=0.0) == \
            _agglomerate(v, threshold)
    assert sibling_labels(v[:1], docs[:1], locs[:1], threshold=0.2) == [0]
