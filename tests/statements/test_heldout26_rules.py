"""Session 16 (issue 14), round 24, after `heldout26` was measured fresh (at main 4d5799c and
after round 23; its failures read): the classes fixed from it. The sentences are units of the
unseen gold (`tests/data/statements_gold_unseen.jsonl`) or their plain variants.

- a treaty body that "stresses that States parties shall …" speaks of the States' duty, not of
  its own working (`filters._BODY_ACTOR` stops at a that-clause);
- what a right, a provision or "this" means or implies, and what a sentence of an article
  provides, is an explanation, not the text's own call, unless an agent is the subject of what
  it means ("This obligation implies that States should ensure …", reference gold)
  (`clauses.describes_provision`);
- a report "on the application of the Convention" under the ILO's Constitution is the treaty's
  reporting, now that "which ratifies this Convention" no longer makes the unit procedural
  (`structure.domestic_reporting`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

GENERAL_COMMENT = genre_of("general comment", "non-binding")
CONVENTION = genre_of("convention", "binding")


def test_a_treaty_body_stressing_the_states_duty_is_a_statement(trained):             # u3363
    p = _first("The Committee stresses that States parties shall take adequate measures to assure "
               "to every child the right to protection from all forms of violence.", trained,
               genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "obligation" and p.actor == "States parties"


def test_a_treaty_bodys_own_working_stays_machinery(trained):
    assert _first("The Committee shall meet annually for a period of not more than three weeks.",
                  trained, genre=CONVENTION) is None


@pytest.mark.parametrize("text", [
    "This right implies that the police authorities, the judicial authorities and other public "
    "authorities must be forbidden to express their opinions publicly concerning the guilt of "
    "the accused before the court reaches a decision.",                                  # u3122
    "The third sentence of paragraph 1 of article 9 provides that no one shall be deprived of "
    "liberty except on such grounds and in accordance with such procedure as are established "
    "by law.",                                                                           # u3385
])
def test_an_explanation_of_a_right_or_a_provision_is_no_norm(trained, text):
    assert _first(text, trained, genre=GENERAL_COMMENT) is None


def test_what_an_obligation_implies_the_states_should_do_stays(trained):   # reference gold
    p = _first("This obligation implies that States should ensure equal access to quality and "
               "inclusive education for all migrant children, irrespective of their migration "
               "status.", trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "recommendation" and p.actor == "States"


def test_the_bodys_own_call_after_an_article_stays(trained):
    p = _first("Under article 9, States parties must ensure that no one is deprived of liberty "
               "arbitrarily.", trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "obligation"


def test_an_ilo_report_on_the_application_of_the_convention_is_machinery(trained):      # u3399
    assert _first("Each Member which ratifies this Convention shall list in the first report on "
                  "the application of the Convention submitted under article 22 of the "
                  "Constitution of the International Labour Organisation any groups of wage "
                  "earners which may not have been covered.", trained, genre=CONVENTION) is None
