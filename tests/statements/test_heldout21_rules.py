"""Session 15 (issue 14), round 20, after `heldout21` was measured fresh (at main b61445b, after
round 18, after round 19 and at main c7324ef; its failures read): the classes fixed from it. The
sentences are units of the unseen gold (`tests/data/statements_gold_unseen.jsonl`).

- how a text must be read or viewed ("must be read as referring …", "should be viewed … as",
  "should not be underestimated") is a reading, not a norm (`structure.a_reading`);
- "undertake not to" is a prohibition (`cues._CUES`);
- the time at ratification or accession when a duty falls due, set off by commas, does not make
  the duty procedural ("Each Contracting Party shall, at the time when the instrument of
  ratification … is deposited, designate …"); a declaration made then still is
  (`structure.without_due_time`);
- a passage that ends "… shall be taken" with no punctuation is the chapeau of the items in the
  next passage, like one that ends on "shall" (`units._OPEN_END`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

GENERAL_COMMENT = genre_of("general comment", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.parametrize("text", [
    "Secondly, the reference in article 11 (1) must be read as referring not just to housing but "
    "to adequate housing.",                                                             # u2695
    "Nevertheless, the role of formal legislative and administrative measures should not be "
    "underestimated in this context.",                                                  # u2705
    "Accessibility should be viewed not only in the context of equality and non-discrimination, "
    "but also as a way of investing in society.",                                       # u2712
])
def test_how_a_text_must_be_read_is_no_norm(trained, text):
    assert _first(text, trained, genre=GENERAL_COMMENT) is None


def test_a_recommendation_to_read_nothing_stays(trained):
    p = _first("States parties should ensure that housing is affordable and should be seen to "
               "act on it.", trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "recommendation"


def test_undertake_not_to_is_a_prohibition(trained):                                  # u2808
    p = _first("Notwithstanding paragraph 2 (a) of this Protocol, the contracting States undertake "
               "not to levy on the materials listed below any internal taxes or other internal "
               "charges of any kind.", trained, genre=CONVENTION)
    assert p is not None and p.strength == "prohibition"


def test_a_duty_due_at_ratification_is_still_a_duty(trained):                         # u2792
    p = _first("Each Contracting Party shall, at the time when the instrument of ratification or "
               "accession is deposited, designate one or more judicial or administrative "
               "authorities which shall act in its territory as transmitting agencies.", trained,
               genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
    assert _first("Each State Party may, at the time of signature or ratification of the present "
                  "Protocol or accession thereto, declare that it does not recognize the "
                  "competence of the Committee provided for in articles 6 and 7.", trained,
                  genre=CONVENTION) is None                                           # u2380


def test_a_passage_ending_shall_be_taken_leads_into_its_items(trained):              # u2762
    p = _first("(b) to take account of their needs in terms and conditions of employment and in "
               "social security.", trained, genre=CONVENTION,
               context="With a view to creating effective equality of opportunity and treatment "
                       "for men and women workers, all measures compatible with national "
                       "conditions and possibilities shall be taken")
    assert p is not None and p.strength == "obligation"
