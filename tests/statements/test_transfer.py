"""Forms of the issue-14 follow-up that the reference corpus did not have: subordinate "may",
conjoined verbs sharing a passive subject, liberties stated with "shall be free", courts named
after the cue, passive addressees, impersonal recommendations, qualified rights, chapeau-less
infinitive items read from the parse. Sentences from the dev half of
tests/data/statements_gold_unseen.jsonl or written for the form (none from its heldout half)."""
from __future__ import annotations

import pytest

from corpus_tool.statements import filters as F
from corpus_tool.statements.evaluate import actor_matches

from tests.statements.conftest import parts

pytestmark = pytest.mark.integration

ECN_CHAPEAU = ("Except where a special agreement which has been, or may be, concluded provides "
               "otherwise, the following provisions are applicable to persons possessing the "
               "nationality of two or more States Parties:")


def test_may_in_a_condition_lends_no_permission_to_the_items(trained):
    # the chapeau's "may be, concluded" is not a deontic: the item's own "may choose" is
    p = parts("b) Persons who are habitually resident in the territory of a State Party may "
              "choose to perform their military service in the territory of any State Party of "
              "which they are nationals;", trained, context=ECN_CHAPEAU)
    assert (p.strength, p.actor) == ("permission", "Persons")
    # and a cross-reference that applies another article is machinery
    assert parts("a) Article 21, paragraph 3, sub-paragraph c of this Convention shall apply to "
                 "persons who have been exempted from their military obligations;", trained,
                 context=ECN_CHAPEAU) is None


@pytest.mark.parametrize("text,strength,actor", [
    ("The arts and scientific research shall be free of constraint.", "recognition", ""),
    ("Everyone shall be free to leave any country, including his own.", "recognition",
     "Everyone"),
    # free of charge is not a liberty
    ("Education shall be free, at least in the elementary and fundamental stages.",
     "obligation", ""),
    ("Any citizen of the Union and any natural or legal person residing in a Member State has "
     "the right to refer to the European Ombudsman cases of maladministration, with the "
     "exception of the Court of Justice of the European Union acting in its judicial role.",
     "recognition", "Any citizen of the Union"),
    ("The State party is requested to provide information on the measures taken.",
     "recommendation", "State party"),
    ("States parties are called upon to ensure equal access to education.", "recommendation",
     "States parties"),
    ("It is essential that States parties take measures to protect migrant children.",
     "recommendation", "States parties"),
    # the passive subject of the that-clause is not the one who acts
    ("It is imperative that such children be provided with all relevant information.",
     "recommendation", ""),
    ("It is incumbent on States parties to ensure non-discrimination.", "obligation",
     "States parties"),
    ("Every human being has the inherent right to life.", "recognition", "Every human being"),
    ("To strive for the full participation of migrant parents in school life.",
     "recommendation", "States parties"),
])
def test_transferred_forms(trained, text, strength, actor):
    p = parts(text, trained)
    assert p is not None and p.strength == strength
    assert actor_matches(actor, p.actor) and bool(actor) == bool(p.actor)   # prefix, as scored


@pytest.mark.parametrize("text", [
    "The preamble stresses the equal rights of all and the Covenant expressly recognizes the "
    "rights of everyone to the various Covenant rights.",
    "It is important to note that the right applies to all.",
    "To this end, the Committee adopted a general comment.",
    "Such practices have violated the right to education.",
    "The Court shall consist of a number of judges equal to that of the Parties.",
])
def test_not_statements(trained, text):
    assert parts(text, trained) is None


def test_a_court_named_after_the_cue_is_not_the_actor():
    assert F.filter_reason("Everyone has the right to bring a case before the Court.") is None
    assert F.filter_reason("The Court shall elect its President.") == "procedural"
    assert F.filter_reason("Hearings shall be public unless the Court in exceptional "
                           "circumstances decides otherwise.") == "procedural"
