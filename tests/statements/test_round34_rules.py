"""Session 19 (issue 14), round 34: errors of `heldout35` (fresh 0.812 before and after round 33;
its errors read now, so it is seen):

- a duty only described in a relative clause on the object of a main clause without a modal
  binds no one ("… entails the adoption of special measures …, in addition to the measures that
  States are required to take under article 2 …");
- a commentary's right restated after the article it comes from ("Under article 24, paragraph
  2, every child has the right …") is the article's, not the commentary's;
- a State amending its own legislation, and a party that "elected not to" act, are no treaty
  amendment or election;
- "shall, <aside>, refrain from" prohibits; a party "may require that the requested Party …";
- the parties meeting "as an ad hoc committee", a certified copy sent, a convention that "shall
  not prevail over" others, an Agency's functions: machinery;
- actors: a plural acronym of bodies ("NHRIs should …"), the people a kind-noun counts ("All
  categories of rural workers …").
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

CONVENTION = genre_of("convention", "binding")
COMMENT = genre_of("general comment", "non-binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("Consequently, the implementation of this provision entails the adoption of special "
     "measures to protect children, in addition to the measures that States are required to "
     "take under article 2 to ensure that everyone enjoys the rights provided for in the "
     "Covenant.", COMMENT),                                                             # u4701
    ("Under article 24, paragraph 2, every child has the right to be registered immediately "
     "after birth and to have a name.", COMMENT),                                        # u4711
    ("The Contracting States shall meet as an ad hoc committee comprising one representative "
     "for each Contracting State.", CONVENTION),                                        # u4793
    ("A certified copy shall be sent to all the States referred to in Articles 15 and 16 and to "
     "the United Nations.", CONVENTION),                                                # u4795
    ("This Convention shall not prevail over other Conventions in special fields to which the "
     "Contracting States are or may become Parties.", CONVENTION),                      # u4804
])
def test_described_duties_restated_rights_and_machinery_bind_no_one(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, strength, actor", [
    ("If the NHRI was established before the existence of the Convention, necessary "
     "arrangements, including the enactment or amendment of legislation, should be put in place "
     "so as to ensure conformity of the institution's mandate with the Convention.", COMMENT,
     "recommendation", ""),                                                             # u4722
    ("When considering if the minimum rights of defence have been satisfied, the requested "
     "Party shall take into account the fact that the person concerned, having had the "
     "possibility of lodging a legal remedy, elected not to do so.", CONVENTION,
     "obligation", "requested Party"),                                                  # u4752
    ("The requesting Party may require that the requested Party keep confidential the fact and "
     "substance of the request.", CONVENTION, "permission", "requesting Party"),        # u4760
    ("During the course of the consultations and negotiations, the notifying State shall, if so "
     "requested by the notified State, refrain from implementing the planned measures for a "
     "period of six months.", CONVENTION, "prohibition", "notifying State"),            # u4772
    ("In this respect, NHRIs should consult and cooperate with relevant national, regional and "
     "international bodies and institutions on children's rights issues.", COMMENT,
     "recommendation", "NHRIs"),                                                        # u4731
    ("All categories of rural workers, whether they are wage earners or self-employed, shall "
     "have the right to establish and to join organisations of their own choosing.", CONVENTION,
     "recognition", "rural workers"),                                                   # u4733
])
def test_amended_laws_choices_asides_and_actors(trained, text, genre, strength, actor):
    p = _first(text, trained, genre=genre)
    assert p is not None and (p.strength, p.actor) == (strength, actor)


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, strength", [
    # the article's duty a general comment states is still its own call
    ("Under article 2 of the Convention, States parties must adopt measures without delay to "
     "prevent and eliminate discrimination.", COMMENT, "obligation"),
    # a duty in a relative clause of an existential main clause still binds
    ("Regardless of the state of development of any country, there are certain steps which "
     "must be taken immediately.", COMMENT, "obligation"),
    # an amendment to the instrument is still its machinery; a paper's acronym acts not
    ("PRSPs must include a strong focus on education.", COMMENT, "obligation"),
])
def test_what_the_round_leaves_alone(trained, text, genre, strength):
    p = _first(text, trained, genre=genre)
    assert p is not None and p.strength == strength
    assert p.actor != "PRSPs"


@pytest.mark.integration
def test_an_amendment_to_the_convention_is_still_machinery(trained):
    assert _first("Any amendment to this Convention shall enter into force thirty days after "
                  "its adoption.", trained, genre=CONVENTION) is None
