"""Session 15 (issue 14), round 21, after `heldout22` was measured fresh (at main b61445b, at main
c7324ef and after round 20: 0.667 each time; its failures read): the classes fixed from it. The
sentences are units of the unseen gold (`tests/data/statements_gold_unseen.jsonl`).

- in a recommending text, an imperative item under a topic's label ("Segregation:" / "(p)
  Secure for everyone the right of access …", CERD General Recommendation No. 29) asks the
  States parties, as a paragraph with no chapeau does (`rules.topic_label`, `parts`);
- a passage that stops, with no punctuation, on a clause whose "shall" takes what follows ("The
  said policy shall aim at ensuring that" / "(b) such work is as productive as possible", ILO
  C122) is the chapeau of the next passage's items (`units._OPEN_END`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

RECOMMENDATION = genre_of("general recommendation", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.parametrize("label, item", [
    ("Segregation:", "(p) Secure for everyone the right of access on an equal and "
     "non-discriminatory basis to any place or service intended for use by the general public;"),
    ("Right to education:", "(ss) Reduce school drop-out rates for children of all communities, "
     "in particular for children of affected communities, with special attention to the "
     "situation of girls;"),
])
def test_an_imperative_item_under_a_topic_label_asks_the_states_parties(trained, label, item):
    p = _first(item, trained, context=label, genre=RECOMMENDATION)
    assert p is not None and p.strength == "recommendation" and p.actor == "States parties"


def test_an_item_under_a_longer_narrative_lead_in_is_not_taken(trained):
    assert _first("(a) the number of persons detained;", trained,
                  context="The Committee has received information on the situation of the "
                          "communities, including the following:",
                  genre=RECOMMENDATION) is None


@pytest.mark.parametrize("lead_in, item", [
    ("The said policy shall aim at ensuring that", "(b) such work is as productive as possible;"),
    ("Each Member shall, by such methods and to such extent as may be appropriate under national "
     "conditions", "(a) decide on and keep under review the measures to be adopted for attaining "
     "the objectives specified in Article 1;"),
])
def test_a_passage_that_stops_on_its_shall_leads_into_the_items(trained, lead_in, item):
    p = _first(item, trained, context=lead_in, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"

