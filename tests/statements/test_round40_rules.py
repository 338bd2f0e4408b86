"""Session 23 (issue 14), round 40: errors of `heldout54` and `heldout55` (fresh 0.814 and 0.815
at a12a22a; their errors read now, so they are seen):

- a duty named by its holder without a modal ("it is also the duty of public authorities to
  ensure …") is an obligation of that holder, as "It shall be the duty of X to …" already was;
  in both, what the duty is to do is the aim ("make recommendations", not "be");
- "It shall be the endeavour of every State … to provide …": an endeavour is such a duty too;
- "shall continue to enjoy" and "shall have, under that Part, the same rights as …" state
  entitlements (recognition), as "shall enjoy" and "shall have the same rights" did;
- a duty laid in a relative clause whose main clause lays none ("… distributed to state bodies,
  which shall coordinate with and control one another …") falls on the relative pronoun's
  antecedent.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")
LAW = genre_of("law", "binding")
GENERAL_COMMENT = genre_of("general-comment", "non-binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, actor, aim", [
    ("Finally, it is also the duty of public authorities to ensure protection by the law against "
     "such treatment even when committed by private individuals.", GENERAL_COMMENT,
     "public authorities", "ensure"),                                                   # u6011
    ("Without prejudice to their privileges and immunities, it is the duty of all persons "
     "enjoying such privileges and immunities to respect the laws and regulations of the "
     "receiving State.", TREATY,
     "all persons enjoying such privileges and immunities", "respect"),                 # u8647
    ("(2) It shall be the duty of the Commission to make recommendations to the President as "
     "to\u2014", LAW, "Commission", "make"),                                            # u8403
])
def test_a_duty_named_by_its_holder(trained, text, genre, actor, aim):
    found = _first(text, trained, genre=genre)
    assert found is not None and found.strength == "obligation"
    assert found.actor == actor
    assert found.aim == aim


@pytest.mark.integration
def test_an_endeavour_is_a_duty_of_its_holder(trained):
    found = _first("It shall be the endeavour of every State and of every local authority within "
                   "the State to provide adequate facilities for instruction in the mother-tongue "
                   "at the primary stage of education.", trained, genre=LAW)       # u8414
    assert found is not None and found.strength == "obligation"
    assert found.actor == "every State"


@pytest.mark.integration
def test_no_duty_where_the_function_is_denied(trained):
    found = _first("Although it is not the function of the Human Rights Committee to review the "
                   "conduct of a State party under other treaties, in exercising its functions "
                   "under the Covenant the Committee has the competence to take a State party’s "
                   "other international obligations into account when it considers whether the "
                   "Covenant allows the State party to derogate from specific provisions of the "
                   "Covenant.", trained, genre=GENERAL_COMMENT)                    # u3759
    assert found is None or not found.deontic.lower().startswith("it is")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("In case of the death of a member of the mission, the members of his family shall continue "
     "to enjoy the privileges and immunities to which they are entitled until the expiry of a "
     "reasonable period in which to leave the country.", TREATY),                      # u8645
    ("(1) Every German shall have in every Land the same political rights and duties.",
     LAW),                                                                              # u8430
    ("Under contributory social security schemes which protect employees, the persons protected "
     "who are nationals of another Member which has accepted the obligations of the relevant "
     "Part of the Convention shall have, under that Part, the same rights as nationals of the "
     "Member concerned:", TREATY),                                                      # u8613
])
def test_entitlements_stated_with_shall(trained, text, genre):
    found = _first(text, trained, genre=genre)
    assert found is not None and found.strength == "recognition"


@pytest.mark.integration
def test_a_duty_in_a_relative_clause_falls_on_its_antecedent(trained):
    found = _first("The State powers are unified and distributed to state bodies, which shall "
                   "coordinate with and control one another in the exercise of the legislative, "
                   "executive and judiciary powers.", trained, genre=LAW)          # u8450
    assert found is not None and found.strength == "obligation"
    assert found.actor == "state bodies"
