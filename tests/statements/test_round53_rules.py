"""Session 28 (issue 14), round 53: errors of `heldout88`-`heldout91` (seen since their one
measurement at 475d640), mostly the machinery of the bodies treaties set up:

- a body's finances: what its members pay it, their shares of its costs and its budget, as the
  subject ("The share of the Special Union in such common expenses shall be in proportion to …",
  "Contributions of members in respect of the financial biennium … shall be due …"), or costs
  divided among its members; not what people pay or are paid ("The fees for the issue of …
  visas shall not exceed …", "The expenses of repatriation shall include …"), nor an organ's
  appraisal ("The Commission's assessment shall take into account …");
- admission to a body's membership and the renewal of its members;
- the procedure of a dispute's settlement ("The arbitration tribunal shall lay down its own
  procedure", "Any conciliation proceeding shall be conducted …"), not the "judicial or arbitral
  proceedings" a body's immunity reaches;
- a party's "agrees to:" before the items it undertakes ("A. Rivergrove agrees to:"), whose
  capital letter is no part of the actor.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")
LAW = genre_of("statute", "binding")
ORDINANCE = genre_of("by-law", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "The share of the Special Union in such common expenses shall be in proportion to the "
    "interest the Special Union has in them.",                                          # u13502
    "Contributions of members in respect of the financial biennium in which they join the "
    "Organization shall be due on the date on which they become members.",             # u15842
    "The adjusted assessment of each Contracting Government shall be reduced by its share of "
    "the estimated revenues from user charges.",                                        # u15404
    "a) The costs referred to in paragraph 2a) of this article shall be shared equally among "
    "producer and consumer members.",                                                   # u15841
    "A country shall be admitted to membership of the Union if its application for admission has "
    "been approved by two-thirds of the members of the Union.",                         # u15883
    "Half the members shall be renewed every two years.",                               # u15487
    "The arbitration tribunal shall lay down its own procedure.",                       # u14623
    "Any conciliation proceeding shall be conducted in accordance with the provisions of this "
    "Section.",                                                                         # u15825
])
def test_a_bodys_machinery_binds_no_one(trained, text):
    assert _first(text, trained, genre=TREATY) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, strength", [
    ("The fees for the issue of exit, entry or transit visas shall not exceed the lowest scale of "
     "charges for visas on foreign passports.", TREATY, "prohibition"),                # u4571
    ("The expenses of repatriation shall include the transportation charges, the accommodation "
     "and the food of the seaman during the journey.", TREATY, "obligation"),          # u13410
    ("The Commission's assessment shall take into account whether the inclusion of the "
     "attribute contributes to a common standard.", LAW, "obligation"),                 # u14426
    ("The archives of the Facility shall be inviolable wherever located, except that the "
     "immunity provided for in this Article shall not extend to documents required to be "
     "produced in the course of judicial or arbitral proceedings to which the Facility is a "
     "party;", TREATY, "recognition"),                                                  # u1986
    ("Workers shall have the right to membership of trade unions of their own choosing.",
     LAW, "recognition"),
    ("3. The cost of invalidity, old-age and survivors' benefits as so determined shall either be "
     "shared among the Members concerned, or be borne by the Member on whose territory the "
     "beneficiaries reside, as may be agreed upon.", TREATY, "obligation"),  # C118 art. 7(3)
])
def test_what_people_pay_and_keep_stays_a_statement(trained, text, genre, strength):
    found = _first(text, trained, genre=genre)
    assert found is not None and found.strength == strength


@pytest.mark.integration
@pytest.mark.parametrize("context, item, actor", [
    ("A. Rivergrove agrees to:",
     "Allow Lake Oswego access to lands within Rivergrove to inspect, install, repair, operate and "
     "maintain sanitary sewerage facilities within Rivergrove.", "Rivergrove"),        # u15287
    ("B. Lake Oswego agrees to:",
     "Provide Rivergrove with 30 days written notice of any fee increases.",
     "Lake Oswego"),                                                                    # u15289
])
def test_an_open_agrees_to_hands_its_items_the_undertaking(trained, context, item, actor):
    found = _first(item, trained, context=context, genre=ORDINANCE)
    assert found is not None and found.strength == "obligation" and found.actor == actor
