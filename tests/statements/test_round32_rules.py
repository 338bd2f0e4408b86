"""Session 18 (issue 14), round 32: errors of `heldout33` (fresh 0.832 before and after round 31;
its errors read now, so it is seen):

- "need(s) to be" + participle is an obligation whose actor is the by-agent or none ("the
  following principles and rules need to be observed in all cases of deprivation of liberty:",
  "Specific, immediate and urgent measures need to be taken …"), as "is / are to be" +
  participle is; not "need to be considered" (a reading). Round 28 tried "need(s) to be" as a
  whole and dropped it (3 units fixed, 4 broken); with the participle, the reading excluded and
  the actor read as for "are to be", no seen unit breaks;
- a notification to the Hague Conference's depositary ("… shall be notified to the Ministry of
  Foreign Affairs of the Netherlands") is machinery;
- "the provisions of article 7 … should be borne in mind" is a reading;
- what States "have recognized" is past ("The Committee wishes to remind States parties that they
  have recognized the right of every child …"), no recognition;
- "Other States parties" are States parties (an actor's leading "other" is dropped like "the").
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

GENERAL_COMMENT = genre_of("general comment", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, actor", [
    ("The Committee wishes to emphasize that, inter alia, the following principles and rules need "
     "to be observed in all cases of deprivation of liberty:", ""),                    # u4243
    ("Specific, immediate and urgent measures need to be taken to protect children in street "
     "situations.", ""),                                                                # u3733
    ("Such programmes need to be evaluated by independent experts.", "independent experts"),
])
def test_what_needs_to_be_done_is_an_obligation(trained, text, actor):
    p = _first(text, trained, genre=GENERAL_COMMENT)
    assert p is not None and (p.strength, p.actor) == ("obligation", actor)


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("These factors need to be considered as a whole.", GENERAL_COMMENT),
    ("In considering this safeguard the provisions of article 7 and article 10, paragraph 1, "
     "should be borne in mind.", GENERAL_COMMENT),                                     # u4259
    ("Any such objection shall be notified to the Ministry of Foreign Affairs of the "
     "Netherlands.", CONVENTION),                                                       # u4320
    ("The Committee wishes to remind States parties that they have recognized the right of every "
     "child alleged as having infringed the penal law to be treated in a manner consistent with "
     "the promotion of the child's sense of dignity.", GENERAL_COMMENT),                # u4235
])
def test_readings_and_the_depositary_bind_no_one(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.integration
def test_other_states_parties_are_states_parties(trained):
    p = _first("Other States parties should benefit from these experiences.", trained,
               genre=GENERAL_COMMENT)                                                   # u4233
    assert p is not None and p.actor == "States parties"
