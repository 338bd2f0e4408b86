"""Loose annotations are grouped by what they mean and the words they use (issue 15: passages of
one provision in different instruments share its terms where their sentences differ in meaning).

Texts: the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md):
the CoE Convention on the Legal Status of Migrant Workers (ETS 93), Art. 7; ILO C181, Art. 8(2);
the European Social Charter (1961), Part I, 12. Their meaning vectors are set by hand (a fake
embedder: every pair at cosine 0.4, under the bar of meaning alone), so that only the words can
group them."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.words import loose_vectors, words_of

ETS93 = ("coe-migrant-workers-1977", "The arrangements for payment shall be determined under "
         "bilateral agreements, which may also extend these measures to families and to workers "
         "recruited individually.")
C181 = ("ilo-c181-1997", "Where workers are recruited in one country for work in another, the "
        "Members concerned shall consider concluding bilateral agreements to prevent abuses and "
        "fraudulent practices in recruitment, placement and employment.")
ESC = ("coe-esc-1961", "All workers and their dependents have the right to social security.")

_C = 0.4      # the meaning cosine of every pair: 0.4 × 0.4 + 0.6 × words
_B = np.sqrt(_C)
VECTORS = {ETS93[1]: [_B, np.sqrt(1 - _C), 0.0, 0.0], C181[1]: [_B, 0.0, np.sqrt(1 - _C), 0.0],
           ESC[1]: [_B, 0.0, 0.0, np.sqrt(1 - _C)]}


def _embed(texts):
    return np.asarray([VECTORS.get(t, [0.0] * 4) for t in texts], dtype=np.float64)


def _coded(case, k: int) -> Evidence:
    doc, text = case
    return Evidence(area="recruitment", doc_id=doc, quote=text, text=text, start=0,
                    end=len(text), strength="obligation", indicator=f"lab-id-{k}",
                    creator="coder-l", annotation_id=f"{doc}:coder-l:{k}",
                    statement_id=f"{doc}:s{k}")


def test_the_cosine_is_meaning_and_words_weighed():
    texts = [ETS93[1], C181[1], ESC[1]]
    words = words_of(texts)
    w = np.asarray(words.transform(texts).toarray())
    w = w / np.linalg.norm(w, axis=1, keepdims=True)
    v = loose_vectors(list(_embed(texts)), texts, words, words_weight=0.6)
    assert np.allclose(v @ v.T, 0.4 * (_embed(texts) @ _embed(texts).T) + 0.6 * (w @ w.T))
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0)
    assert (w @ w.T)[0, 1] > (w @ w.T)[0, 2]      # 'bilateral agreements', 'recruited'


def test_passages_sharing_a_provisions_terms_group_by_them():
    ev = [_coded(ETS93, 1), _coded(C181, 2), _coded(ESC, 3)]
    docs = lambda gs: sorted(sorted(e.doc_id for e in g.items) for g in gs)  # noqa: E731
    by_meaning = group_by_meaning(ev, _embed, use_hints=False, cover=False, words_weight=None)
    assert docs(by_meaning) == sorted([[ETS93[0]], [C181[0]], [ESC[0]]])
    both = group_by_meaning(ev, _embed, use_hints=False, cover=False)
    assert docs(both) == sorted([sorted([ETS93[0], C181[0]]), [ESC[0]]])


def test_no_words_at_all_leaves_meaning_alone():
    assert words_of(["", "the of"]) is None
    v = np.asarray([[1.0, 0.0], [0.0, 1.0]])
    assert np.array_equal(loose_vectors(list(v), ["", ""], None), v)
