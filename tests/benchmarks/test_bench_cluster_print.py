"""The cluster bench prints its tables whatever sections the run filled (a run with the
directly judged coherence figures once failed on them after the tables: KeyError)."""
from __future__ import annotations

from benchmarks import bench_cluster


def test_the_tables_print_beside_the_coherence_sections(capsys):
    cols = {"clusters": 1, "outliers": 1, "share_3plus_instruments": 0.0,
            "share_dominated": 1.0, "largest_share": 0.667}
    res = {"reference": {"statements": 3, "minilm/sentence": cols,
                         "minilm/requirement": cols},
           "coherence_direct": {"agreement": {}, "auc": {}}}
    bench_cluster._print(res)
    out = capsys.readouterr().out
    assert "reference: 3 statements" in out and "requirement" in out
    assert out.rstrip().endswith("66.7%")
