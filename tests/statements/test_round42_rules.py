"""Session 23 (issue 14), round 42: errors of `heldout58` and `heldout59` (fresh 0.835 and 0.897
at 26dc607; their errors read now, so they are seen):

- a right held with an aside between "shall" and "have" ("Everyone lawfully within the territory
  of a State shall, within that territory, have the right to liberty of movement …") is an
  entitlement, as "shall have the right" is.

Left, with reasons in the session's README section: a constitution's powers ("shall … have all
the powers of a civil court …", "shall be vested in the President and may … be exercised by
him") and a by-law's "No person— (b) may …" lists, each from one document.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Everyone lawfully within the territory of a State shall, within that territory, have the "
    "right to liberty of movement and freedom to choose his residence.",               # u9418
    "Independently of a performer's economic rights, and even after the transfer of those "
    "rights, the performer shall, as regards his live aural performances or performances fixed "
    "in phonograms, have the right to claim to be identified as the performer of his "
    "performances, except where omission is dictated by the manner of the use of the "
    "performance, and to object to any distortion, mutilation or other modification of his "
    "performances that would be prejudicial to his reputation.",                        # u6499
])
def test_a_right_held_past_an_aside(trained, text):
    found = _first(text, trained, genre=TREATY)
    assert found is not None and found.strength == "recognition"
