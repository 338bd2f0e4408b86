"""A researcher's blind trial 36 (the rights of older persons).

P8: "Another important issue is whether discrimination on the basis of age is prohibited by
the Covenant." (CESCR General Comment No. 6, para. 11) was a prohibition: the passive cue sits
in a clause that asks a question ("whether …"), as "the question whether a right to damages may
be assigned" does (its modal was already read so)."""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

COMMENT = genre_of("general comment", "non-binding")


@pytest.mark.parametrize("text", [
    "Another important issue is whether discrimination on the basis of age is prohibited by the "
    "Covenant.",
    "The question is whether such practices are prohibited under national law.",
])
def test_a_cue_in_a_question_asked_is_no_norm(trained, text):
    assert _first(text, trained, genre=COMMENT) is None


@pytest.mark.parametrize("text, strength", [
    ("States parties should indicate whether such practices are prohibited by law.",
     "recommendation"),
    ("States shall ensure that discrimination on the basis of age is prohibited.", "obligation"),
    ("Discrimination on the basis of age is prohibited.", "prohibition"),
])
def test_the_norm_that_asks_the_question_stays_one(trained, text, strength):
    found = _first(text, trained, genre=COMMENT)
    assert found is not None and found.strength == strength


def test_a_statute_s_safe_harbour_is_a_permission(trained):
    """P8: the ADEA's "It shall not be a violation of subsection (a) … solely because …" (29
    U.S.C. 623(l)(1)(A)) and its items were prohibitions; like "It shall not be unlawful for an
    employer … to take any action otherwise prohibited …", it leaves an employer free to act."""
    found = _first("It shall not be a violation of subsection (a), (b), (c), or (e) solely because "
                   "an employee pension benefit plan provides for the attainment of a minimum age "
                   "as a condition of eligibility for normal or early retirement benefits.",
                   trained, genre=genre_of("statute", "binding"))
    assert found is not None and found.strength == "permission"
