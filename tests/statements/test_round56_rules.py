"""Session 32 (issue 14), round 56: a provision's own number run into its first words, as some
readers give an agreement's sections ("Section 3 The Agency, its property and assets … shall
enjoy immunity", the IAEA privileges agreement in `heldout115`), is not part of the sentence's
subject: the actor is "Agency", not "Section 3 The Agency". A section named as the subject of
its sentence ("Section 18C does not render unlawful …", "Section 650 of the Criminal Code
applies …") stays the sentence's own words."""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from corpus_tool.statements.units import split_units
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")


@pytest.mark.parametrize("text, body", [
    ("Section 3 The Agency, its property and assets shall enjoy immunity from every form of "
     "legal process.", "The Agency"),
    ("Article 12 Each State Party shall assure to the child the right to express views.",
     "Each State"),
    ("Section 18C does not render unlawful anything said or done reasonably.", "Section 18C"),
    ("Section 650 of the Criminal Code applies in respect of proceedings under this Act.",
     "Section 650"),
])
def test_a_provision_s_own_number_is_not_its_text(text, body):
    [u] = split_units(text)
    assert text[u.body:].startswith(body)


@pytest.mark.integration
def test_the_actor_leaves_the_section_number_out(trained):
    found = _first("Section 3 The Agency, its property and assets, wherever located and by "
                   "whomsoever held, shall enjoy immunity from every form of legal process.",
                   trained, genre=TREATY)                                             # u20668
    assert found is not None and found.actor == "Agency"
