"""The direct coherence verdicts (benchmarks/coherence_direct.py, issue 16): every judged cluster
has two readers' verdicts and its full membership; agreement, kappa and the mixed share are
computed from the file (they move when a verdict does)."""
from __future__ import annotations

import csv

import pytest

from benchmarks.coherence_direct import DIRECT, agreement, auc_by_sheet, is_mixed, read_direct

FIELDS = ["sheet", "threshold", "n", "cluster_id", "size", "members", "members_shown", "reader",
          "verdict", "reason"]


def test_every_judged_cluster_has_two_readers_and_its_members():
    clusters = read_direct()
    assert {s for s, _ in clusters} >= {"dev", "held-out"}
    with open(DIRECT, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:                      # what a reader saw is part of the cluster scored
        assert set(r["members_shown"].split(";")) <= set(r["members"].split(";"))
        assert int(r["size"]) == len(r["members"].split(";"))
    for (sheet, n), c in clusters.items():
        assert len(c["verdicts"]) == 2, (sheet, n)
    assert sum(1 for s, _ in clusters if s == "dev") == 40


def _write(path, verdicts):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for n, pair in enumerate(verdicts, 1):
            for reader, v in zip("AB", pair):
                w.writerow({"sheet": "s", "threshold": 0.6, "n": n, "cluster_id": f"c{n}",
                            "size": 2, "members": f"a{n};b{n}", "members_shown": f"a{n}",
                            "reader": reader, "verdict": v, "reason": "r"})


def test_agreement_kappa_and_mixed_share_come_from_the_verdicts(tmp_path):
    path = tmp_path / "d.csv"
    _write(path, [("one", "one"), ("several", "several"), ("one", "several"), ("noise", "one")])
    a = agreement(read_direct(path))["s"]
    assert a["clusters"] == 4 and a["agree"] == 0.5
    # p_o 0.5; p_e = 0.5*0.5 (one) + 0.25*0.5 (several) + 0.25*0 (noise) = 0.375
    assert a["kappa"] == pytest.approx((0.5 - 0.375) / (1 - 0.375), abs=1e-3)
    assert a["judged"] == 3 and a["mixed"] == 2        # a noise verdict leaves the cluster out
    c = read_direct(path)
    scores = {k: {"cohesion_requirement": 0.9 if not is_mixed(v) else 0.5} | {
        cand: 0.0 for cand in ("size", "cohesion_sentence", "split_sentence", "split_requirement",
                               "head_share", "instrument_share", "wording_gap",
                               "isolated_requirement", "isolated_sentence")}
        for k, v in c.items()}
    res = auc_by_sheet(c, scores)["s"]
    assert res["auc"]["cohesion_requirement"] == 1.0          # low cohesion = mixed, perfectly
    assert res["flag"] == {"flagged": 2, "precision": 1.0, "recall": 1.0}


def test_an_unknown_verdict_names_its_line(tmp_path):
    path = tmp_path / "d.csv"
    _write(path, [("one", "maybe")])
    with pytest.raises(ValueError, match=r"d.csv:3: verdict 'maybe'"):
        read_direct(path)
