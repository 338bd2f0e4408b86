"""A researcher's trial 42 (the right to a nationality), P5: strengths read wrong in treaty and
statute text.

- "Every stateless person has duties to the country in which he finds himself" (1954
  Convention Art. 2) was a right of stateless persons;
- an interpretation clause with an aside between its modal and its verb ("References … shall,
  in relation to a person born after the death of his father or mother (as the case may
  require), be construed as referring to …", the Cook Islands' Citizenship Act s. 3(3)) was an
  obligation."""
from __future__ import annotations

from corpus_tool.statements.stage import extract


def test_duties_a_person_has_bind_that_person(trained):
    [s] = extract("Every stateless person has duties to the country in which he finds himself, "
                  "which require in particular that he conform to its laws and regulations.",
                  genre="enacting")
    assert (s.parts.strength, s.parts.actor) == ("obligation", "Every stateless person")
    [s] = extract("Every citizen has the right to a nationality.", genre="enacting")
    assert s.parts.strength == "recognition"


def test_an_interpretation_clause_with_an_aside_is_no_norm(trained):
    assert extract("(3) References in this Act to the status or description of the father or "
                   "mother of a person at the time of that person's birth shall, in relation to a "
                   "person born after the death of his father or mother (as the case may "
                   "require), be construed as referring to the status or description of the "
                   "father or mother at the time of his or her death.", genre="enacting") == []

