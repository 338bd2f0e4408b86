"""Session 19 (issue 14), round 38: errors of `heldout39` (fresh 0.818 at round 34 and after
rounds 35, 36 and 37; its errors read now, so it is seen):

- a passive main clause whose agent is a treaty organ ("Enhanced protection shall be granted to
  cultural property by the Committee …") is the organ's work (not a duty whose amount "shall be
  determined by the General Assembly", a clause the parser hangs on the parties' undertaking);
- a State that "may extend the application of this Convention to …" declares the instrument's
  reach, like a territorial declaration; "it shall apply neither to …" is a scope clause;
- "each contracting State": the parser's lone "contracting" is part of the actor.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

CONVENTION = genre_of("convention", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Enhanced protection shall be granted to cultural property by the Committee from the moment "
    "of its entry in the List.",                                                        # u5439
    "A State Party may extend the application of this Convention to wrecks located within its "
    "territory, including the territorial sea.",                                        # u5452
    "However, it shall apply neither to decisions which order provisional or protective measures "
    "nor to decisions rendered by administrative tribunals.",                           # u5464
])
def test_an_organs_grant_an_extended_reach_and_a_scope_clause_bind_no_one(trained, text):
    assert _first(text, trained, genre=CONVENTION) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, strength, actor", [
    ("Each contracting State agrees to publish its regulations in force regarding the "
     "interception of civil aircraft.", "obligation", "contracting State"),             # u5496
    ("Without prejudice to any supplementary voluntary contribution, the States Parties to this "
     "Convention undertake to pay regularly, every two years, to the World Heritage Fund, "
     "contributions, the amount of which shall be determined by the General Assembly of States "
     "Parties to the Convention.", "obligation", "States Parties"),                     # u2066
])
def test_contracting_states_and_a_duty_whose_amount_an_organ_sets(trained, text, strength,
                                                                  actor):
    p = _first(text, trained, genre=CONVENTION)
    assert p is not None and (p.strength, p.actor) == (strength, actor)
