"""Session 18 (issue 14), round 33: errors of `heldout34` (fresh 0.660 before and after round 32,
from issuer families the gold had lacked; its errors read now, so it is seen):

- the organs of an organisation its founding treaty sets up: a Secretariat, a Chairperson or
  Chairman, a Director-General, an Executive or Governing Board, an Executive Director ("In the
  event of a deadlock, the Chairperson shall cast a deciding vote", "the Executive Director shall
  conclude agreements with the relevant host Members …");
- a Member's withdrawal from the instrument is machinery like its denunciation;
- elections a State is to hold and authorities elected democratically are no organ's election
  ("State Parties shall decentralize power to democratically elected local authorities");
- "State Parties re-affirm their commitment to …" is their duty;
- "Mass expulsion shall be that which is aimed at …" is a definition;
- "Freedom of conscience … shall be guaranteed" recognises a right.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

CONVENTION = genre_of("convention", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "In the event of a deadlock, the Chairperson shall cast a deciding vote.",          # u4600
    "Subject to this Agreement the Executive Director shall conclude agreements with the "
    "relevant host Members concerning the privileges of the Agency.",                   # u4606
    "The Secretariat shall prepare the documents of the meetings of the Parties.",
    "A Member that withdraws from this Agreement undertakes to honour any financial or other "
    "obligations duly assumed as a Member.",                                            # u4611
    "Mass expulsion shall be that which is aimed at national, racial, ethnic or religious "
    "groups.",                                                                          # u4505
])
def test_an_organisations_organs_withdrawal_and_definitions_bind_no_one(trained, text):
    assert _first(text, trained, genre=CONVENTION) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, strength, actor", [
    ("State Parties shall decentralize power to democratically elected local authorities as "
     "provided in national laws.", "obligation", "State Parties"),                      # u4559
    ("State Parties re-affirm their commitment to regularly holding transparent, free and fair "
     "elections.", "obligation", "State Parties"),                                      # u4554
    ("The High Contracting Parties undertake to hold free elections at reasonable intervals by "
     "secret ballot.", "obligation", "High Contracting Parties"),            # ECHR P1 art. 3
    ("Freedom of conscience, the profession and free practice of religion shall be "
     "guaranteed.", "recognition", ""),                                                 # u4502
])
def test_elections_commitments_and_guaranteed_freedoms(trained, text, strength, actor):
    p = _first(text, trained, genre=CONVENTION)
    assert p is not None and (p.strength, p.actor) == (strength, actor)


@pytest.mark.integration
def test_a_committees_members_are_still_elected_by_procedure(trained):
    assert _first("The members of the Committee shall be elected by secret ballot.", trained,
                  genre=CONVENTION) is None
