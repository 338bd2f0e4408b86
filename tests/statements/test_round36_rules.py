"""Session 19 (issue 14), round 36: errors of `heldout37` (fresh 0.776 at round 33, after round
34 and after round 35; its errors read now, so it is seen), and the judgments of every seen half:

- a judgment lays down what it requires with "must" or "is to"; its "shall", "should" and "may"
  are the legislation it quotes or its reading of it (the labelling guide's "Judgments"), so
  such a unit is a quotation (before: "shall" only);
- a party's standing ("each Contracting Party shall enjoy all of the rights and assume all of
  the obligations under this Treaty"), "nor shall it prejudice any rights and obligations under
  any other treaties", "any reference to a "Contracting State" … shall apply equally …": how
  the instrument stands and reads;
- a vote an organisation does not "participate in": machinery;
- an agent's act ratified by its principal ("failing ratification") is no treaty's
  ratification; the agent and the principal act;
- "The law shall also recognise the right of …" recognises.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

CONVENTION = genre_of("convention", "binding")
JUDGMENT = genre_of("judgment", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("For any further copies requested by the data subject, the controller may charge a "
     "reasonable fee based on administrative costs.", JUDGMENT),                        # u1916
    ("The third country should offer guarantees ensuring an adequate level of protection "
     "essentially equivalent to that ensured within the Union.", JUDGMENT),             # u1240
    ("This Treaty shall not have any connection with treaties other than the Berne Convention, "
     "nor shall it prejudice any rights and obligations under any other treaties.", CONVENTION),
    ("Subject to any specific provisions to the contrary in this Treaty, each Contracting Party "
     "shall enjoy all of the rights and assume all of the obligations under this Treaty.",
     CONVENTION),                                                                       # u5076
    ("In the event that a declaration is made by a Regional Economic Integration Organisation, "
     "any reference to a \"Contracting State\" in this Convention shall apply equally to the "
     "Member States of the Organisation.", CONVENTION),                                 # u5111
    ("No such intergovernmental organization shall participate in the vote if any one of its "
     "Member States exercises its right to vote.", CONVENTION),                         # u5075
])
def test_quoted_legislation_standing_readings_and_votes_bind_no_one(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, strength, actor", [
    # what a court lays down with "must" still binds
    ("If the State is to deny a discrete group of innocent children the free public education "
     "that it offers to other children, that denial must be justified by a showing that it "
     "furthers some substantial state interest.", JUDGMENT, "obligation", ""),          # u218
    ("Where the agent fails to fulfil his obligations to the third party because of the "
     "principal's failure of performance, the agent shall communicate the name of the principal "
     "to the third party.", CONVENTION, "obligation", "agent"),                         # u5117
    ("Nevertheless, where the conduct of the principal causes the third party to believe that "
     "the agent has authority, the principal may not invoke against the third party the lack of "
     "authority of the agent.", CONVENTION, "prohibition", "principal"),                # u5118
    ("The law shall also recognise the right of other persons to so participate where the Party "
     "so decides.", CONVENTION, "recognition", ""),                                     # u5034
])
def test_a_courts_must_private_laws_parties_and_a_recognised_right(trained, text, genre,
                                                                   strength, actor):
    p = _first(text, trained, genre=genre)
    assert p is not None and (p.strength, p.actor) == (strength, actor)


@pytest.mark.integration
def test_failing_ratification_is_an_agents_not_a_treatys(trained):
    p = _first("An agent who acts without authority shall, failing ratification, be liable to pay "
               "the third party such compensation as will place the third party in the same "
               "position.", trained, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
    assert _first("This Convention shall be subject to ratification by the signatory States.",
                  trained, genre=CONVENTION) is None
