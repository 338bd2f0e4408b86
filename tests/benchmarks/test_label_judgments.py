"""The cluster label judgments (benchmarks/data/cluster_label_judgments.csv): each draw's halves,
a new draw never repeats a cluster judged before, every judgment has a verdict and a reason, and
the benchmark's shares are computed from them."""
from __future__ import annotations

import csv

import pytest

from benchmarks.bench_cluster import JUDGMENTS, LATEST, SAMPLES, label_judgments


def _rows() -> list[dict]:
    with open(JUDGMENTS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _held_out_draw(rows: list[dict], sample: str, rejudged: tuple[str, ...] = ()) -> list[dict]:
    """The rows of a held-out draw of 25 clusters, none of them judged in another sample (but
    the passes in `rejudged`, which judge some of its clusters anew)."""
    new = [r for r in rows if r["sample"] == sample]
    assert len(new) == 25 and {r["half"] for r in new} == {"held-out"}
    earlier = {r["cluster_id"] for r in rows if r["sample"] not in (sample, *rejudged)}
    assert not {r["cluster_id"] for r in new} & earlier
    return new


def test_every_row_has_a_known_sample_a_verdict_and_a_reason():
    names = dict(SAMPLES)
    for r in _rows():
        assert r["sample"] in names and r["half"] in ("dev", "held-out")
        # a re-judgment of clusters a pass changed (r1617-again) has a before and an after only
        skip = r["sample"].endswith("-again") and not any(
            r[f"{k}_first_pass"] for k in ("label", "acceptable", "reason"))
        for col in ("before", "after") if skip else ("before", "first_pass", "after"):
            assert r[f"acceptable_{col}"] in ("yes", "no"), (r["cluster_id"], col)
            assert r[f"reason_{col}"].strip(), (r["cluster_id"], col)


def test_the_third_draw_has_two_halves_of_25_and_no_cluster_judged_before():
    rows = _rows()
    new = [r for r in rows if r["sample"] == "r1616"]
    assert [sum(r["half"] == h for r in new) for h in ("dev", "held-out")] == [25, 25]
    before = {r["cluster_id"] for r in rows if r["sample"] in ("r16", "r161")}
    assert not {r["cluster_id"] for r in new} & before
    for sample in {r["sample"] for r in rows}:                  # one judgment per draw each
        ids = [r["cluster_id"] for r in rows if r["sample"] == sample]
        assert len(ids) == len(set(ids)), sample
    again = {r["cluster_id"] for r in rows if r["sample"] == "r1617-again"}
    earlier = {r["cluster_id"] for r in rows if r["sample"] in LATEST[:3]}
    assert again and again <= earlier                   # a re-judgment of a cluster judged before


def test_the_shares_are_the_verdicts_counted():
    rows = [r for r in _rows() if r["sample"] == "r1616" and r["half"] == "held-out"]
    res = label_judgments({})
    got = res["samples"]["r1616/held-out"]
    assert got["n"] == 25
    assert got["first_pass"] == round(sum(r["acceptable_first_pass"] == "yes"
                                          for r in rows) / 25, 2)
    assert res["all"]["n"] == 0 and not res["not_judged"]   # no clustering given: none today
    last = {r["cluster_id"]: r for r in _rows()                             # the last row counts
            if r["sample"] in LATEST and r["project"] == "reference"}
    current = {cid: r["label_after"] for cid, r in last.items()}
    changed, gone = sorted(current)[:2]
    current[changed] += " (renamed)"
    del current[gone]
    res = label_judgments(current)
    assert res["all"]["n"] == len(last) - 2
    assert res["not_judged"] == [changed] and res["gone"] == [gone]
    kept = [r for cid, r in last.items() if cid not in (changed, gone)]
    assert res["all"]["after"] == round(sum(r["acceptable_after"] == "yes" for r in kept)
                                        / len(kept), 2)


def test_the_fifth_draw_holds_out_a_whole_project_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = [r for r in rows if r["sample"] == "e1618"]
    halves = {(r["half"], r["project"]) for r in new}
    assert halves == {("dev", "labour-market"), ("held-out", "anti-discrimination")}
    assert [sum(r["half"] == h for r in new) for h in ("dev", "held-out")] == [25, 25]
    assert not {r["cluster_id"] for r in new} & {r["cluster_id"] for r in rows
                                                 if r["sample"] not in ("e1618", "h16j-dev",
                                                                        "h16m-dev")}
    examples = ("e1618", "e1619", "e1620", "e1619-again", "e1621", "h16j-again", "h16j-dev",
                "e1622", "h16k-again", "h16k-dev", "e1623", "h16l-again", "h16l-dev", "e1624",
                "h16m-dev", "e1625", "h16n-dev", "h16n-again", "e1633", "e1634", "e1637")
    assert {r["project"] for r in rows if r["sample"] not in examples} == {"reference"}
    ids = {r["cluster_id"] for r in new}
    last = {r["cluster_id"]: r for r in rows if r["cluster_id"] in ids}    # the last row counts
    res = label_judgments({c: r["label_after"] for c, r in last.items()}, "labour-market")
    assert res["all"]["n"] == 25                       # only the labour-market project's rows
    assert res["all"]["after"] == round(sum(r["acceptable_after"] == "yes" for r in last.values()
                                            if r["project"] == "labour-market") / 25, 2)


def test_the_sixth_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = _held_out_draw(rows, "e1619", ("e1619-again", "h16j-again", "h16k-again", "h16l-again"))
    assert [sum(r["project"] == p for r in new) for p in ("anti-discrimination",
                                                          "labour-market")] == [13, 12]


def test_the_seventh_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = _held_out_draw(rows, "e1620", ("h16j-again", "h16k-again", "h16l-again",
                                         "h16n-again"))
    assert [sum(r["project"] == p for r in new) for p in ("anti-discrimination",
                                                          "labour-market")] == [5, 20]
    again = [r for r in rows if r["sample"] == "e1619-again"]     # judged anew in this pass
    assert {r["cluster_id"] for r in again} <= {r["cluster_id"] for r in rows
                                                if r["sample"] == "e1619"}
    assert all(r["acceptable_before"] in ("yes", "no") and r["reason_before"] for r in new)


def test_the_eighth_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = _held_out_draw(rows, "e1621", ("h16k-again", "h16l-again"))
    assert [sum(r["project"] == p for r in new) for p in ("anti-discrimination",
                                                          "labour-market")] == [3, 22]
    again = [r for r in rows if r["sample"] == "h16j-again"]      # judged anew in this pass
    assert again and {r["cluster_id"] for r in again} <= {
        r["cluster_id"] for r in rows if r["sample"] in ("e1619", "e1620")}


def test_the_ninth_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = _held_out_draw(rows, "e1622", ("h16l-again", "h16n-again"))
    assert {r["project"] for r in new} == {"labour-market"}   # anti-discrimination: none left
    again = [r for r in rows if r["sample"] == "h16k-again"]      # judged anew in this pass
    assert again and {r["cluster_id"] for r in again} <= {
        r["cluster_id"] for r in rows if r["sample"] in ("e1619", "e1620", "e1621")}
    assert all(r["label_before"] != r["label_after"] for r in again)


def test_the_tenth_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = [r for r in rows if r["sample"] == "e1623"]
    # 20 never-judged labour clusters, 8 of the anti-discrimination --on requirement clustering
    assert len(new) == 28 and {r["half"] for r in new} == {"held-out"}
    assert [sum(r["project"] == p for r in new) for p in ("anti-discrimination",
                                                          "labour-market")] == [8, 20]
    earlier = {r["cluster_id"] for r in rows
               if r["sample"] not in ("e1623", "h16l-again", "h16m-dev", "h16n-dev")}
    assert not {r["cluster_id"] for r in new} & earlier
    again = [r for r in rows if r["sample"] == "h16l-again"]      # judged anew in this pass
    assert {r["cluster_id"] for r in again} <= {
        r["cluster_id"] for r in rows if r["sample"] in ("e1619", "e1620", "e1621", "e1622")}
    assert all(r["label_before"] != r["label_after"] for r in again)


def test_the_eleventh_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = _held_out_draw(rows, "e1624", ("h16n-dev",))
    assert {r["project"] for r in new} == {"labour-market"}   # its --on requirement clustering
    dev = [r for r in rows if r["sample"] == "h16m-dev"]      # judged anew in this pass
    assert dev and not {r["cluster_id"] for r in dev} & {r["cluster_id"] for r in new}
    assert all(r["label_before"] != r["label_after"] for r in dev)


def test_the_twelfth_draw_is_held_out_whole_and_repeats_no_cluster_judged_before():
    rows = _rows()
    new = _held_out_draw(rows, "e1625")
    assert {r["project"] for r in new} == {"labour-market"}   # its --on requirement clustering
    assert all(r["acceptable_before"] in ("yes", "no") and r["reason_before"] for r in new)
    dev = [r for r in rows if r["sample"] == "h16n-dev"]      # judged anew in this pass
    assert dev and not {r["cluster_id"] for r in dev} & {r["cluster_id"] for r in new}
    assert all(r["label_before"] != r["label_after"] for r in dev)


@pytest.mark.parametrize("sample, project", [("e1633", "housing"),
                                             ("e1634", "detention-expulsion"),
                                             ("e1637", "trafficking")])
def test_the_fresh_draws_of_sessions_33_and_37_are_held_out_whole(sample, project):
    rows = _rows()
    new = [r for r in rows if r["sample"] == sample]
    assert len(new) == 25 and {(r["half"], r["project"]) for r in new} == {
        ("held-out", project)}
    before = {r["cluster_id"] for r in rows if r["sample"] != sample}
    assert not {r["cluster_id"] for r in new} & before
    # judged once at the freeze: one label and one verdict in every column
    for r in new:
        assert r["label_before"] == r["label_first_pass"] == r["label_after"]
        assert r["acceptable_before"] == r["acceptable_first_pass"] == r["acceptable_after"]


def test_the_plain_draw_of_session_37_is_fifty_reference_clusters_each_judged_once():
    rows = [r for r in _rows() if r["sample"] == "r37"]
    assert len(rows) == 50 and len({r["cluster_id"] for r in rows}) == 50
    assert {(r["half"], r["project"]) for r in rows} == {("dev", "reference")}
    for r in rows:      # judged once: one label and one verdict in every column
        assert r["label_before"] == r["label_first_pass"] == r["label_after"]
        assert r["acceptable_before"] == r["acceptable_first_pass"] == r["acceptable_after"]
    shares = label_judgments({r["cluster_id"]: r["label_after"] for r in rows})
    assert shares["samples"]["r37/dev"] == {"before": 0.42, "first_pass": 0.42, "after": 0.42,
                                            "n": 50}
