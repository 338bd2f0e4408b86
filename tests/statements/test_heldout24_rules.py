"""Session 16 (issue 14), round 22, after `heldout24` was measured fresh (at main d323126; its
failures read): the classes fixed from it. The sentences are units of the unseen gold
(`tests/data/statements_gold_unseen.jsonl`).

- the clause that names a party by its ratification ("Each Member of the International Labour
  Organisation which ratifies this Convention undertakes to …", the ILO's opening formula) is who
  is bound, not a final clause (`structure.without_due_time`);
- the bodies an instrument sets up at work (`organs.organ_machinery`): a body named with capitals
  set up ("A Special Fund shall be set up …"), the members of such a body chosen, what they
  conduct ("The visits shall be conducted by at least two members of the Subcommittee …"), an
  organ's meetings said of "it" ("It shall subsequently meet at least every year.").
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

CONVENTION = genre_of("convention", "binding")


def test_the_ilo_opening_formula_binds_its_member(trained):                             # u3142
    p = _first("Each Member of the International Labour Organisation which ratifies this "
               "Convention undertakes to suppress the use of forced or compulsory labour in all "
               "its forms within the shortest possible period.", trained, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
    assert p.actor == "Each Member of the International Labour Organisation"


def test_ratification_itself_stays_a_final_clause(trained):
    assert _first("This Convention shall be subject to ratification by the signatory States.",
                  trained, genre=CONVENTION) is None


@pytest.mark.parametrize("text", [
    "A Special Fund shall be set up in accordance with the relevant procedures of the General "
    "Assembly, to be administered in accordance with the financial regulations and rules of the "
    "United Nations, to help finance the implementation of the recommendations made by the "
    "Subcommittee on Prevention after a visit to a State Party.",                       # u3185
    "The members of the Subcommittee on Prevention shall be chosen from among persons of high "
    "moral character, having proven professional experience in the field of the administration "
    "of justice.",                                                                      # u3174
    "The visits shall be conducted by at least two members of the Subcommittee on Prevention.",
    "It shall subsequently meet at least every year.",                                  # u3170
])
def test_a_body_the_instrument_sets_up_at_work_is_machinery(trained, text):
    assert _first(text, trained, genre=CONVENTION) is None


@pytest.mark.parametrize("text", [
    "A national preventive mechanism shall be set up by each State Party within one year.",
    "Each State Party shall ensure that a national committee is established to coordinate the "
    "protection of migrant workers.",
    "The inspection visits shall be conducted by independent experts.",
])
def test_a_duty_to_set_up_a_body_still_binds(trained, text):
    p = _first(text, trained, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
