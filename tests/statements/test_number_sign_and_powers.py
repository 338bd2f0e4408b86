""""No" as a number sign denies nothing (a researcher's trial 33, P7): the GDPR's "Regulation (EC)
No 45/2001 and other Union legal acts … shall be adapted to the principles and rules of this
Regulation" (Art. 2(3), binding) was a prohibition, the "No" of the Regulation's number read as
the negation of its subject. A subject that is denied stays a prohibition. And the items of a
list of powers ("… shall have all of the following … powers:") are powers, not duties."""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts, strengths

REGULATION = genre_of("regulation", "binding")


@pytest.mark.parametrize("text", [
    "For the processing of personal data by the Union institutions, bodies, offices and agencies, "
    "Regulation (EC) No 45/2001 applies. Regulation (EC) No 45/2001 and other Union legal acts "
    "applicable to such processing of personal data shall be adapted to the principles and rules "
    "of this Regulation in accordance with Article 98.",
    "The Authority established under Act No. 15 of 2009 shall keep a register of data "
    "controllers.",
    "Regulation No 1234 shall apply to the implementing acts of the Commission."])
def test_a_number_sign_is_no_negation(text, trained):
    assert parts(text, trained, genre=REGULATION).strength == "obligation"


@pytest.mark.parametrize("text", [
    "No person shall process sensitive personal data unless the data subject has consented.",
    "No data controller may transfer personal data outside the Republic without approval.",
    "No. No person shall be subjected to arbitrary interference with his privacy."])
def test_a_denied_subject_stays_a_prohibition(text, trained):
    assert parts(text, trained, genre=REGULATION).strength == "prohibition"


def test_the_items_of_a_list_of_powers_are_powers():
    """Trial 33, P7: the GDPR's Art. 58(3) "Each supervisory authority shall have all of the
    following authorisation and advisory powers:" made its items (a) "to advise the controller
    …" and (b) "to issue … opinions" duties of each supervisory authority."""
    got = strengths(["3. Each supervisory authority shall have all of the following "
                     "authorisation and advisory powers:",
                     "(a) to advise the controller in accordance with the prior consultation "
                     "procedure referred to in Article 36;",
                     "(b) to issue, on its own initiative or on request, opinions to the national "
                     "parliament;"], genre=REGULATION)
    assert got[1:] == [["permission"], ["permission"]]
    # an office a law names holds its listed powers as well
    got = strengths(["The Data Protection Commissioner shall have the following powers:",
                     "(a) to enter the premises of a data controller;"], genre=REGULATION)
    assert got[1] == ["permission"]
