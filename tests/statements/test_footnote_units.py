"""A footnote's unit with no deontic of its own is a note, not a norm. The UN Declaration on the
Rights of Indigenous Peoples' footnotes ("See resolution 2200 A (XXI), annex.", "A/CONF.157/24
(Part I), chap.") were read as the declaration's own commitments ("will (commitment)") and made
a cluster of their own (a researcher's trial 26, P6)."""
from __future__ import annotations

import pytest

from corpus_tool.statements.stage import extract

NOTES = ["See resolution 2200 A (XXI), annex.", "A/CONF.157/24 (Part I), chap."]


@pytest.mark.parametrize("locator", ["fn. 2", "p. 4 fn. 12"])
def test_a_footnote_without_a_deontic_is_no_statement(locator):
    for text in NOTES:
        assert extract(text, locator=locator, genre="declaring") == [], text
    # a footnote that does state a norm is read as one
    (d,) = extract("States shall take effective measures to ensure this right.",
                   locator=locator, genre="declaring")
    assert d.parts.strength == "obligation"
