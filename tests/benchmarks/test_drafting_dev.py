"""The development-halves-only B-cubed (benchmarks/drafting_dev.py, issue 15) counts the coded
sources of the development half and nothing of the held-out half, and reads its arguments as
`group_by_meaning` keywords."""
from __future__ import annotations

import pytest

from benchmarks.drafting_dev import PROJECTS, dev_gold, parse
from benchmarks.drafting_split import coded_counts, split_with_new
from corpus_tool.coding.annotations import read_annotations
from corpus_tool.project import open_project


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_the_gold_is_the_coders_sources_of_the_development_half_only(name):
    root, coder = PROJECTS[name]
    anns = read_annotations(open_project(root)).annotations
    dev, held, new = split_with_new(coded_counts(anns, coder), name)
    gold = dev_gold(root, coder, name)
    docs = {a.doc_id for a in anns if a.id in gold}
    assert docs == set(dev)                                  # every development document
    assert not docs & (set(held) | set(new))                 # nothing held out or added later
    assert len(gold) == sum(coded_counts(anns, coder)[d] for d in dev)


def test_arguments_are_keywords_with_numbers_or_none():
    assert parse(["sibling_penalty=0", "words_weight=None", "loose_min=0.24"]) == {
        "sibling_penalty": 0.0, "words_weight": None, "loose_min": 0.24}
    with pytest.raises(SystemExit, match="not name=value"):
        parse(["sibling_penalty"])
    with pytest.raises(SystemExit, match="must be a number"):
        parse(["sibling_penalty=high"])
