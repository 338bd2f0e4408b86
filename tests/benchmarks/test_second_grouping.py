"""The reference's second-coder figure (benchmarks/bench_drafting.py, issue 15): the blind second
grouping covers every coding coder-a gave an indicator id, in the same area, and the figure is
computed from the file and the annotations (it moves when either grouping moves)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks.bench_drafting import (SECOND_GROUPING, SECOND_GROUPINGS, _gold, bcubed,
                                       second_grouping, second_grouping_figures)
from corpus_tool.coding.annotations import read_annotations
from corpus_tool.project import open_project

REPO = Path(__file__).resolve().parent.parent.parent


def test_the_second_grouping_covers_every_coder_a_coding_once_in_its_area():
    coded = {a.id: a.area for a in read_annotations(open_project(REPO)).annotations
             if a.creator == "coder-a" and a.indicator}
    with open(SECOND_GROUPING, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(coded) == len(second_grouping())
    assert {r["annotation_id"]: r["area"] for r in rows} == coded
    for r in rows:                        # a group lies within one area and has a name
        assert r["group"].startswith(r["area"] + "/") and r["group_name"].strip()


def test_the_figure_is_computed_on_each_half_from_both_groupings(tmp_path):
    gold = _gold(REPO, "coder-a")
    human = second_grouping()
    figs = second_grouping_figures(dict(gold))          # a draft that is coder-a's own ids
    assert set(figs) == {"development_half", "held_out_half", "whole_project"}
    assert figs["development_half"]["passages"] + figs["held_out_half"]["passages"] \
        == figs["whole_project"]["passages"] == len(gold)
    whole = figs["whole_project"]
    assert whole["ungrouped"] == 0
    assert whole["draft"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert list(whole["second_coder"].values()) == list(bcubed(human, gold))
    assert 0.0 < whole["second_coder"]["f1"] < 1.0         # two humans do not group alike
    # one group per area: recall rises to 1.0 and precision falls; the draft's figure is the
    # second coder's when the draft is the second grouping
    lumped = tmp_path / "lumped.csv"
    with open(SECOND_GROUPING, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(lumped, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["annotation_id", "area", "group", "group_name"])
        w.writeheader()
        w.writerows({**r, "group": r["area"] + "/all"} for r in rows)
    lump = second_grouping_figures(human, path=lumped)["whole_project"]
    assert lump["second_coder"]["recall"] == 1.0
    assert lump["second_coder"]["precision"] < whole["second_coder"]["precision"]
    assert lump["draft"] == whole["second_coder"]


def test_the_family_example_grouping_covers_every_coder_h_coding_once_in_its_area():
    """The blind second grouping of the family-reunification example (held out whole): every
    coding of coder-h once, in its area; the figure is given on the whole project."""
    root = REPO / "examples" / "family-reunification"
    path = SECOND_GROUPINGS["family-reunification"]
    coded = {a.id: a.area for a in read_annotations(open_project(root)).annotations
             if a.creator == "coder-h" and a.indicator}
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["annotation_id"]: r["area"] for r in rows} == coded
    assert all(r["group"].startswith(r["area"] + "-") and r["group_name"].strip() for r in rows)
    gold = _gold(root, "coder-h")
    figs = second_grouping_figures(dict(gold), root, "coder-h", "family-reunification", path,
                                   {"whole project (held out)": None})
    whole = figs["whole_project_(held_out)"]
    assert whole["passages"] == len(coded) and whole["ungrouped"] == 0
    assert whole["draft"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert 0.0 < whole["second_coder"]["f1"] < 1.0


@pytest.mark.parametrize("text, message", [
    ("annotation_id,area\nx,access\n", r":1: no column group"),
    ("annotation_id,group\nx,access/a\n,access/b\n", r":3: an empty annotation_id"),
    ("annotation_id,group\nx,access/a\nx,access/b\n", r":3: x is grouped twice"),
])
def test_a_bad_file_names_its_line_and_the_fix(tmp_path, text, message):
    bad = tmp_path / "second.csv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        second_grouping(bad)
