"""A person's right to stand for election or to be elected is a political right, not a treaty
organ's election of its members (a new user's political-participation project, stop 31: ETS 144
art. 5(2), CEDAW GR 23 were dropped as machinery). Real sentences from
examples/political-participation's sources."""
import pytest

from corpus_tool.statements import extract

RIGHTS = [
    ("Each Party shall ensure that representatives of foreign residents participating in the "
     "consultative bodies or other institutional arrangements referred to in paragraph 1 can be "
     "elected by the foreign residents in the local authority area or appointed by individual "
     "associations of foreign residents.", "obligation"),
    ("(d) Assist women experiencing such disadvantages to exercise their right to vote and to be "
     "elected.", None),
    ("The Committee urges States parties in constitutions or legislation to take appropriate "
     "steps to ensure that women, on the basis of equality with men, enjoy the right to vote in "
     "all elections and referendums, and to be elected.", "recommendation"),
]
MACHINERY = [
    "The members of the Committee shall be elected for a term of four years.",
    "The members of the Committee shall be elected and shall serve in their personal capacity.",
    "The judges shall be elected for a period of nine years.",
]


@pytest.mark.parametrize("text,strength", RIGHTS)
def test_the_right_to_be_elected_is_a_statement(text, strength):
    found = extract(text)
    assert found, text
    if strength:
        assert found[0].parts.strength == strength


@pytest.mark.parametrize("text", MACHINERY)
def test_an_organs_election_of_its_members_stays_machinery(text):
    assert extract(text) == []
