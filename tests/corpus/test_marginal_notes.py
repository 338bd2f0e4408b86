"""A statute's marginal notes and amendment history, as a mirror of Canada's consolidated acts
prints them in Markdown (tests/data/markdown/README.md), a researcher's trial 38:

- P1: the marginal note "**Schedule 3**" above s. 7(2) ("The Governor in Council may, by
  order, amend Schedule 3 …") started Schedule 3: 717 of the Impact Assessment Act's 793
  statements were cited "Schedule 3, s. …";
- P2: the marginal notes ("**Mandate**", "**Preliminary consultations**") were passages of
  their own ("s. 58(1) ¶ 2"), and one was read into a statement;
- P5: the historical notes ("<summary>Historical Note</summary>" / "- 2019, c. 28, s. 1 “6”")
  were passages, and a cluster of them was labelled "“2019, c. 28, s.”"."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

IAA = Path(__file__).resolve().parent.parent / "data" / "markdown" / \
    "ca-iaa-2019-ss-6-7-58-excerpt.md"


def _passages():
    return extract_document(IAA).segments


def test_a_marginal_note_naming_a_schedule_starts_no_schedule():
    got = {s.locator: s.text for s in _passages()}
    assert got["s. 7(2)"].startswith("(2) The Governor in Council may, by order, amend Schedule 3")
    assert got["s. 7(3)(c)"].startswith("(c) the Agency permits the proponent")
    assert got["s. 58(2)(a)"].startswith("(a) in the case of an agreement or arrangement")
    assert not any("Schedule" in loc for loc in got)


def test_marginal_notes_and_amendment_history_are_no_passages():
    texts = [s.text for s in _passages()]
    assert not any(t in ("Mandate", "Conditions", "Preliminary consultations") for t in texts)
    assert not any(t.startswith(("2019, c. 28", "2024, c. 17")) for t in texts)
    assert not any("¶" in s.locator for s in _passages() if s.locator.startswith("s. "))
    # the note heads what follows
    s62 = next(s for s in _passages() if s.locator == "s. 6(2)")
    assert "Mandate" in s62.heading
