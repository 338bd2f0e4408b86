"""Session 28 (issue 14), round 51: errors of `heldout80`-`heldout83` (seen since the end of
session 27, their four halves measured once at 63bc07e):

- a plan's chapeau that closes on a relative clause of its own actions ("… this strategy
  identifies ambitious and achievable actions the Biden-Harris Administration will pursue across
  five pillars:") commits its subject to the items, as "The Administration will:" does; not a
  thing that is predicted ("… the changes the reform will bring:");
- after a participle ("Referring in particular to Article 7 of this Convention, …"), a main
  clause whose subject is a common noun ("priority shall be given to urgent consignments") is
  a norm; a recital's "Whereas …, … should …" stays preamble;
- a clause of application binds no one, also when it names its text as "These Rules" or "the
  present Rules", when the instrument applies "only if" something is so, and when its
  provisions "shall be applied to" people; an agent that applies them ("shall be applied by
  each Member through measures …"), how they are applied ("in good faith": FCNM art. 2,
  `test_modality`), a non-discrimination clause
  ("shall be applied without any adverse distinction founded on race …") and a recommendation's
  or a duty's "should/must … be applied" stay statements.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

PLAN = genre_of("strategy", "non-binding")
TREATY = genre_of("treaty", "binding")
RECOMMENDATION = genre_of("recommendation", "non-binding")

_PILLARS = ("To advance the President's goal - and build on the federal government's existing "
            "work to address hunger and diet-related diseases - this strategy identifies "
            "ambitious and achievable actions the Biden-Harris Administration will pursue "
            "across five pillars:")


@pytest.mark.integration
@pytest.mark.parametrize("context, item, actor", [
    (_PILLARS, "Improving food access and affordability, including by advancing economic "
               "security; increasing access to free and nourishing school meals; and",
     "Biden-Harris Administration"),                                                    # u14101
    (_PILLARS, "Enhancing nutrition and food security research, including by bolstering "
               "funding to improve metrics, data collection, and research;",
     "Biden-Harris Administration"),                                                    # u14106
    ("The plan sets out the steps that the Government will take:",
     "Publishing every dataset it holds in an open format.", "Government"),
])
def test_a_plans_own_actions_commit_its_subject_to_the_items(trained, context, item, actor):
    found = _first(item, trained, context=context, genre=PLAN)
    assert found is not None and found.strength == "obligation" and found.actor == actor


@pytest.mark.integration
def test_what_a_plan_predicts_commits_no_one(trained):
    assert _first("Lower prices for every family.", trained,
                  context="The report describes the changes the reform will bring:",
                  genre=PLAN) is None


@pytest.mark.integration
def test_a_common_noun_after_a_participle_is_a_main_clause(trained):
    found = _first("Referring in particular to Article 7 of this Convention, priority shall be "
                   "given to urgent consignments, e.g. live animals and perishable goods.",
                   trained, genre=TREATY)                                               # u13922
    assert found is not None and found.strength == "obligation"


@pytest.mark.integration
def test_a_recitals_clauses_stay_preamble(trained):
    assert _first("Whereas the organization and administration of justice in every country "
                  "should be inspired by those principles, and efforts should be undertaken to "
                  "translate them fully into reality,", trained,
                  genre=RECOMMENDATION) is None                                         # u12002


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "These Rules shall apply to all vessels upon the high seas and in all waters connected "
    "therewith navigable by seagoing vessels.",                                         # u13898
    "2.1 The relevant provisions of the present Rules shall be applied to all persons subject to "
    "prosecution, trial or the execution of a sentence, at all stages of the administration of "
    "criminal justice.",                                                                # u14002
    "The following clause shall apply:",                                                # u13230
])
def test_a_clause_of_application_binds_no_one(trained, text):
    assert _first(text, trained, genre=TREATY) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("The provisions of this Convention shall be applied by each Member through measures which "
     "are appropriate to national conditions and consistent with national practice.",
     TREATY),                                                                           # u5801
    ("This Protocol shall be applied without any adverse distinction founded on race, colour, "
     "sex, language, religion or belief, political or other opinion.", TREATY),        # u9080
    ("The provisions of this article must be applied under the conditions of "
     "non-discrimination laid down in article 2, paragraph 1.", TREATY),                # u12205
    ("Appropriate provisions of this Recommendation should, as far as practicable and in "
     "accordance with national laws and practice and collective agreements, also be applied to "
     "persons who work as seafarers on a seasonal basis.", RECOMMENDATION),            # u2645
])
def test_who_applies_the_provisions_and_how_stays_a_statement(trained, text, genre):
    assert _first(text, trained, genre=genre) is not None
