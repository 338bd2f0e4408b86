"""A denied undertaking states no duty (a researcher's trial, session 41): a reservation in the
appendix of the European Convention on Social and Medical Assistance (ETS 14), "The Government
of the Federal Republic of Germany does not undertake to grant …", was read as Germany's
obligation to grant, and cited as such as evidence for an indicator. An undertaking not to act
stays a prohibition, and a denied duty under a modal stays what the modal says."""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts

TREATY = genre_of("convention", "binding")


@pytest.mark.parametrize("text", [
    "The Government of the Federal Republic of Germany does not undertake to grant to the "
    "nationals of the other Contracting Parties assistance under the Federal Social Assistance "
    "Act.",
    "The Contracting Parties don't undertake to grant assistance to persons who entered the "
    "territory in order to obtain it."])
def test_a_denied_undertaking_is_no_statement(text, trained):
    assert parts(text, trained, genre=TREATY) is None


@pytest.mark.parametrize("text, strength", [
    ("The Contracting Parties undertake not to expel aliens lawfully resident.", "prohibition"),
    ("Each of the Contracting Parties undertakes to ensure that nationals of the other Contracting "
     "Parties who are lawfully present in its territory receive social assistance.",
     "obligation"),
    ("(vii) the Bank shall not undertake any financing when the applicant is able to obtain "
     "sufficient financing elsewhere.", "prohibition")])
def test_undertakings_stay_as_they_were(text, strength, trained):
    assert parts(text, trained, genre=TREATY).strength == strength
