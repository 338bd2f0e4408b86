"""A conference's Final Act printed after a convention's last article is a part of the file of
its own, as an annex is: its numbered paragraphs are "Final Act, para. 1", not paragraphs of the
last article ("Art. 21(1)"), and its resolutions are no article's. On real documents: the 1961
Convention on the Reduction of Statelessness and the 1951 Refugee Convention, as the Dutch
treaty database's Markdown mirror prints them (examples/citizenship, corpus/treaties)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

REPO = Path(__file__).parents[2]
STATELESSNESS = REPO / "examples" / "citizenship" / "corpus" / "added" / \
    "un_reduction_statelessness_1961__nl-treatydb.md"
REFUGEES = REPO / "corpus" / "treaties" / "un_refugee_convention_1951__nl-treatydb.md"


def test_the_final_act_after_the_last_article_is_no_paragraph_of_it():
    segs = [s for s in extract_document(STATELESSNESS).segments if s.lang == "en"]
    by_loc = {s.locator: s for s in segs}
    assert by_loc["Art. 21"].text.startswith("This Convention shall be registered")
    assert not any(s.locator.startswith("Art. 21(") for s in segs)
    assert by_loc["Final Act, para. 1"].text.startswith(
        "1. The General Assembly of the United Nations, by resolution 896 (IX)")
    resolutions = [s for s in segs
                   if "Recommends that persons who are stateless de facto" in s.text]
    assert resolutions and resolutions[0].locator.startswith("Final Act")


def test_a_final_act_is_named_so_not_annex():
    segs = [s for s in extract_document(REFUGEES).segments if s.lang == "en"]
    first = next(s for s in segs if "by Resolution 429 (V) of 14 December 1950" in s.text)
    assert first.locator.startswith("Final Act")
    # the Convention's own annex (the travel document's specimen) stays its annex
    assert any(s.locator.startswith("Annex") and "booklet form" in s.text for s in segs)
