"""Session 26 (issue 14), round 49: errors of `heldout72`-`heldout75` (fresh 0.836 together at
28642d8; their errors read now, so they are seen):

- a causative "may" of an agent is a power: "may require the owner to provide …", "may require
  that the person provide …", "may require:" over its items, "may cause the position … to be
  marked"; not a need ("may require positive legal measures … to ensure …", "may require
  assistance to …") nor what befalls someone ("may cause their children to suffer");
- a lead-in that confers a power or records an agreement over its items ("… is authorized to:",
  "Signatories agree:") and one that makes its items wrongs ("the following conduct is a
  violation of this section:") hand their strength to the items;
- treaty machinery: an organ's decisions taken by a majority, the majority an action requires,
  reappointment to an office, an organisation's expenditure and its principal organs.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from corpus_tool.statements.parts import analyse_unit
from tests.statements.conftest import parts as _first

LAW = genre_of("statute", "binding")
TREATY = genre_of("treaty", "binding")
COMMENT = genre_of("general comment", "non-binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, actor", [
    ("The Minister may require the owner of the ship to provide evidence of financial "
     "responsibility.", "Minister"),
    ("An employer who reemploys a person may require that the person provide the employer with "
     "the documentation referred to in subparagraph (A).", "employer"),                  # u11283
    ("The Governor in Council may require:", "Governor in Council"),                    # u12067
    ("Without compensation to the owner of the premises concerned, the chief fire officer may "
     "cause the position of a fire hydrant and fire alarm or any other fire protection "
     "information to be marked on any building, wall or fence.", "chief fire officer"),  # u12100
])
def test_a_causative_may_of_an_agent_is_a_power(trained, text, actor):
    found = _first(text, trained, genre=LAW)
    assert found is not None and found.strength == "permission" and found.actor == actor


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("The enjoyment of those rights may require positive legal measures of protection and "
     "measures to ensure the effective participation of members of minority communities in "
     "decisions which affect them.", COMMENT),                                              # g227
    ("States may require assistance to implement the Convention.", COMMENT),
    ("Parents may cause their children to suffer.", COMMENT),
    ("Smoking may cause cancer.", LAW),
])
def test_a_causative_may_of_need_or_effect_is_no_power(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.integration
@pytest.mark.parametrize("context, item, strength", [
    ("In addition to the authority vested in the Institute, the Director is authorized to:",
     "(8) make advance, progress, and other payments which the Director deems necessary;",
     "permission"),                                                                          # u12459
    ("Without limiting the general application of the foregoing, the following conduct is a "
     "violation of this section:",
     "(10) The use of any false representation or deceptive means to collect any debt.",
     "prohibition"),                                                                         # u12087
    ("The Governor in Council may require:",
     "(d) the owner of any ship that navigates within any shipping safety control zone,",
     "permission"),                                                                          # u12068
])
def test_a_lead_in_hands_its_strength_to_its_items(trained, context, item, strength):
    found = _first(item, trained, context=context, genre=LAW)
    assert found is not None and found.strength == strength


@pytest.mark.integration
@pytest.mark.parametrize("text, context", [
    ("Decisions of the Commission shall be taken by a simple majority of those members voting "
     "except that a three-fourths majority of those members voting shall be required for action "
     "in pursuance of Article V.", ""),                                                   # u12299
    ("He may be reappointed for a further term of four years, after which he shall not be "
     "eligible for reappointment.", ""),                                                  # u12672
    ("(b) The Industrial Development Board (referred to as the \u201cBoard\u201d);",
     "The principal organs of the Organization shall be:"),                               # u12666
    ("(a) Expenditures to be met from assessed contributions;",
     "The expenditures of the Organization shall be divided into the following categories:"),
])
def test_treaty_machinery(trained, text, context):
    assert _first(text, trained, context=context, genre=TREATY) is None


@pytest.mark.integration
def test_a_decision_by_an_authority_stays_a_duty(trained):
    found = _first("Decisions on the admission of refugees shall be taken by the competent "
                   "authority within three months.", trained, genre=LAW)
    assert found is not None and found.strength == "obligation"


@pytest.mark.integration
@pytest.mark.parametrize("text, strength", [
    ("In certain cases, such measures may require recourse to specialised placement and support "
     "services;", "none"),                            # ESC (revised) Art. 15(2), the reference
    ("The Minister may require the owner of the ship to provide evidence of financial "
     "responsibility.", "permission"),
])
def test_the_detectors_reading_asks_whether_a_causative_is_a_need(trained, text, strength):
    """The reading the detector takes a unit with (`analyse_unit(…, unfiltered=True)`) skips the
    parse's checks of a cue; the causative's is kept, since the text-level gate lets it by."""
    found = analyse_unit(text, doc=trained.nlp(text), genre=TREATY, unfiltered=True)
    assert found.strength == strength


@pytest.mark.integration
@pytest.mark.parametrize("context, item", [
    ("2. It shall not apply to:", "Government vessels not engaged in trade,"),        # u13401
])
def test_a_scope_clause_of_it_names_no_wrongs(trained, context, item):
    """After the round, from `heldout79` (seen when it was written): "It shall not apply to:"
    (the Convention) excludes its items from the instrument's scope; it forbids nothing."""
    assert _first(item, trained, context=context, genre=TREATY) is None


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "The budget and the accounts of the Institute shall be approved by a simple majority by the "
    "Board on proposal of the Director.",                                               # u13521
    "Subject to the provisions of Article 11 (2), the decisions of the Assembly shall require "
    "two-thirds of the votes cast.",                                                    # u13500
    "Abstentions shall not be considered as votes.",                                    # u13501
    "The seat of the Union shall be at Geneva.",                                        # u13104
])
def test_an_organs_votes_and_seat_are_machinery(trained, text):
    """After the round, from `heldout77` and `heldout79` (seen when it was written)."""
    assert _first(text, trained, genre=TREATY) is None


@pytest.mark.integration
def test_a_states_contribution_stays_a_norm(trained):
    found = _first("The contribution of the State benefiting from international assistance "
                   "shall constitute a substantial share of the costs.", trained, genre=TREATY)
    assert found is not None and found.strength == "obligation"                          # u2069


@pytest.mark.integration
def test_it_applied_to_persons_stays_a_norm(trained):
    found = _first("It shall apply to all children without discrimination.", trained, genre=LAW)
    assert found is not None and found.strength == "obligation"
