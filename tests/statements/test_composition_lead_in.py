"""The subject of a verb that says what something is made of does nothing (a researcher's trial
34, P9): ILO C102 Art. 48's "The persons protected shall comprise— … (b) all women in prescribed
classes of the economically active population …" made "persons protected" the actor of its
items. "Include" in something is an act. Texts: ILO Convention No. 102 (1952), Art. 48; the Nice
Agreement (1957), Art. 2(3)."""
from __future__ import annotations

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts

TREATY = genre_of("convention", "binding")


def test_the_subject_of_comprise_is_no_actor(trained):
    got = parts("(b) all women in prescribed classes of the economically active population, "
                "which classes constitute not less than 20 per cent of all residents, and, for "
                "maternity medical benefit, also the wives of men in these classes.", trained,
                context="The persons protected shall comprise—", genre=TREATY)
    assert got.strength == "obligation" and got.actor == ""


def test_to_include_in_a_document_is_an_act(trained):
    got = parts("The competent Offices of the countries of the Special Union shall include in "
                "the official documents and publications relating to registrations and "
                "renewals of marks the numbers of the classes of the Classification.", trained,
                genre=TREATY)
    assert got.actor == "competent Offices of the countries of the Special Union"
