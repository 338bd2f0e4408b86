"""Session 16 (issue 14), round 26, after `heldout28` was measured fresh (before and after round
25; its failures read): the classes fixed from it. The sentences are units of the unseen gold
(`tests/data/statements_gold_unseen.jsonl`) or their plain variants.

- what the parties tell a treaty organ is its reporting, with "should" too ("States parties
  should inform the Committee of measures taken …", `organs.sent_to_organ`,
  `organs.organ_machinery`);
- how a concept "must be understood" (comprehensively, broadly, in the light of …) is a reading
  (`structure.a_reading`); "should be understood as a component of general education" may still
  recommend (CESCR general comment 13, reference corpus), and is left;
- "shall be regarded as illicit" is a deeming (`clauses.considered_to_be`);
- "… shall cease when …" says when a thing loses effect (`clauses.takes_effect`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

GENERAL_COMMENT = genre_of("general comment", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.parametrize("text, genre", [
    ("Having regard to their obligations under article 8, States parties should inform the "
     "Committee of measures taken to eliminate trafficking of women and children.",
     GENERAL_COMMENT),                                                                   # u3626
    ("The enjoyment of human rights on the basis of equality between men and women must be "
     "understood comprehensively.", GENERAL_COMMENT),                                    # u3607
    ("The export and transfer of ownership of cultural property under compulsion arising "
     "directly or indirectly from the occupation of a country by a foreign power shall be "
     "regarded as illicit.", CONVENTION),                                                # u3679
    ("Such safe conduct shall cease when the witness has had an opportunity of leaving and has "
     "nevertheless remained in the territory.", CONVENTION),                             # u3694
])
def test_reporting_explanations_readings_deemings_and_lapses_bind_no_one(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.parametrize("text, strength", [
    ("States parties should inform migrant workers of their rights in a language they "
     "understand.", "recommendation"),
    ("This obligation implies that States should ensure equal access to education for all "
     "migrant children.", "recommendation"),
    ("Each State Party shall cease the detention of children for immigration purposes.",
     "obligation"),
])
def test_the_duties_beside_them_still_bind(trained, text, strength):
    p = _first(text, trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == strength
