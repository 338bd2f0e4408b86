"""The join figures of `benchmarks/join_calibration.py`: coded passages hidden from their group
(leave one out) or with their whole id hidden (a provision nobody coded), offered back as
suggestions through `group_by_meaning`. Texts from the labour-market example's corpus (see
tests/indicators/test_grouping_join_bars.py); vectors set by hand."""
from __future__ import annotations

import numpy as np

from benchmarks.join_calibration import join_figures, memo_embed
from tests.indicators.test_grouping_join_bars import C097, ESC, ETS93, GC2, GC19, _coded

SOCIAL = {ESC[1]: [1.0, 0.3, 0.0, 0.0], GC19[1]: [1.0, -0.1, 0.0, 0.0],
          GC2[1]: [1.0, 0.0, 0.35, 0.0]}


def _embedder(vectors: dict):
    calls: list[int] = []

    def embed(texts):
        calls.append(len(texts))
        return np.asarray([vectors.get(t, [0.0] * 4) for t in texts], dtype=np.float64)
    return embed, calls


def _passages():
    return [_coded(ESC, 0), _coded(GC19, 1), _coded(GC2, 2),
            _coded(C097, 3, "lab-wr-bilateral"), _coded(ETS93, 4, "lab-wr-bilateral")]


def test_two_distinct_provisions_rejoin_their_own_groups_and_absorb_nothing():
    embed, _ = _embedder({**SOCIAL, C097[1]: [0.0, 0.0, 0.0, 1.0],
                          ETS93[1]: [0.0, 0.1, 0.0, 1.0]})
    fig = join_figures(_passages(), embed, join_quantile=None)
    assert fig == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "absorbed": 0.0,
                   "passages": 5, "left_one_out": 5}


def test_an_id_hidden_is_taken_by_a_group_as_near_at_a_fixed_bar():
    # the second id says the same as the first: hidden, its passages join the other group
    embed, _ = _embedder({**SOCIAL, C097[1]: [1.0, 0.0, 0.1, 0.0],
                          ETS93[1]: [1.0, 0.1, 0.1, 0.0]})
    fig = join_figures(_passages(), embed, join_quantile=None)
    assert fig["absorbed"] == 1.0 and fig["precision"] < 0.6


def test_texts_are_embedded_once():
    embed, calls = _embedder(SOCIAL)
    memo = memo_embed(embed)
    a = memo([ESC[1], GC19[1]])
    b = memo([GC19[1], ESC[1], ESC[1]])
    assert np.array_equal(a[0], b[1]) and np.array_equal(a[1], b[0]) and sum(calls) == 2
