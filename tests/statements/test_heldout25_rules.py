"""Session 16 (issue 14), round 23, after `heldout25` was measured fresh (at main ba60cb4 and
after round 22; its failures read): the classes fixed from it. The sentences are units of the
unseen gold (`tests/data/statements_gold_unseen.jsonl`) or their plain variants.

- "need not" relieves of a duty: a permission ("… the indication … need not appear on the
  foodstuff, provided that …"); "this need not mean that …" and "… need not be citizens" (a
  right's scope) are no norm (`cues._CUES`);
- a deeming in other words: "shall not be considered as being contrary to …", "shall be treated
  … as if it has been committed …" (`clauses.considered_to_be`);
- a recommendation that a thing be done ("The Committee recommends that public denials … should
  be declared as offences …") names no actor; its by-agent, when it has one, is the actor
  (`actors._addressee`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

DIRECTIVE = genre_of("directive", "binding")
CONVENTION = genre_of("convention", "binding")
RECOMMENDATION = genre_of("general recommendation", "non-binding")


def test_need_not_is_a_permission(trained):                                             # u3281
    p = _first("When the date of minimum durability or 'use by' date appears on the label, the "
               "indication referred to in Article 1(1) need not appear on the foodstuff, provided "
               "that the date consists at least of the uncoded indication of the day and the "
               "month in that order.", trained, genre=DIRECTIVE)
    assert p is not None and p.strength == "permission"


@pytest.mark.parametrize("text", [
    "This need not mean that the State has failed in its obligations.",
    "It need not be the case that every measure is legislative.",
    # the scope of a right (CCPR general comment 23, reference corpus), not a relief from a duty
    "Those terms also indicate that the individuals designed to be protected need not be citizens "
    "of the State party.",
])
def test_an_epistemic_or_scoping_need_not_is_no_norm(trained, text):
    assert _first(text, trained, genre=RECOMMENDATION) is None


@pytest.mark.parametrize("text", [
    "Differential rates between workers which correspond, without regard to sex, to differences, "
    "as determined by such objective appraisal, in the work to be performed shall not be "
    "considered as being contrary to the principle of equal remuneration for men and women "
    "workers for work of equal value.",                                                  # u3290
    "Each of the crimes shall be treated, for the purpose of extradition between States Parties, "
    "as if it has been committed not only in the place in which it occurred but also in the "
    "territories of the States required to establish their jurisdiction.",               # u3326
])
def test_a_deeming_in_other_words_binds_no_one(trained, text):
    assert _first(text, trained, genre=CONVENTION) is None


def test_treated_with_humanity_still_binds(trained):
    p = _first("Every person deprived of liberty shall be treated with humanity and with respect "
               "for the inherent dignity of the human person.", trained, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"


@pytest.mark.parametrize("text", [
    "The Committee recommends that public denials or attempts to justify crimes of genocide and "
    "crimes against humanity, as defined by international law, should be declared as offences "
    "punishable by law.",                                                                # u3224
    "The Committee recommends that educational, cultural and informational strategies to combat "
    "racist hate speech should be underpinned by systematic data collection and analysis.",
])
def test_a_thing_recommended_to_be_done_names_no_actor(trained, text):
    p = _first(text, trained, genre=RECOMMENDATION)
    assert p is not None and p.strength == "recommendation" and p.actor == ""


def test_the_addressee_of_a_recommendation_stays_its_actor(trained):
    p = _first("The Committee recommends that States parties adopt legislation declaring hate "
               "speech punishable by law.", trained, genre=RECOMMENDATION)
    assert p is not None and p.actor == "States parties"
    p = _first("The Committee recommends that the curricula be reviewed by the education "
               "authorities.", trained, genre=RECOMMENDATION)
    assert p is not None and p.actor == "education authorities"
