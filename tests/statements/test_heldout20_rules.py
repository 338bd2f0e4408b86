"""Session 15 (issue 14), round 19, after `heldout20` was measured fresh (at main b61445b and
after round 18; its failures read): the classes fixed from it. The sentences are units of the
unseen gold (`tests/data/statements_gold_unseen.jsonl`) with their gold labels.

- a recommending text's "might include the following:" offers its items as options, a
  recommendation like "The compensation might take the form of …" (`modality._option_might`;
  "include" is otherwise no course of action: "Such barriers might include …" describes);
- a reserved right or option ("reserves the right not to apply", heldout18's u2393) and "it shall
  not be necessary for … to" (no duty) are permissions (`cues._CUES`);
- "There shall be no review by …" is a prohibition (heldout6's "there shall be no exceptional
  tribunal" too);
- "The provisions of this Agreement shall be without prejudice to the laws …" is a saving
  clause, no statement (`reach.saves`: the subject is the text itself; access "without
  prejudice to the migration status" is a guarantee).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

RECOMMENDATION = genre_of("recommendation", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.parametrize("item, chapeau", [
    ("(a) employment for an agreed number of weeks or months per year, or income in lieu "
     "thereof;", "(2) These guarantees might include the following:"),                 # u2632
    ("(b) age and medical fitness;", "(2) Such criteria might include the following:"),  # u2635
])
def test_the_items_a_recommendation_might_include_are_recommended(trained, item, chapeau):
    p = _first(item, trained, context=chapeau, genre=RECOMMENDATION)
    assert p is not None and p.strength == "recommendation"


def test_might_include_without_a_list_still_describes(trained):
    assert _first("Such barriers might include physical obstacles in the built environment.",
                  trained, genre=RECOMMENDATION) is None


@pytest.mark.parametrize("text, strength", [
    ("Each Contracting Party reserves the right not to apply the provisions of paragraph 1 to "
     "it.", "permission"),                                                              # u2393
    ("Notwithstanding anything in paragraph 1 above, it shall not be necessary for one of the "
     "parties to be present when the competent authority is satisfied that the circumstances "
     "are exceptional.", "permission"),                                                 # u2666
    ("There shall be no review by any competent authority of the State addressed of the merits "
     "of a decision.", "prohibition"),                                                  # u2685
])
def test_reserved_rights_no_necessity_and_there_shall_be_no(trained, text, strength):
    p = _first(text, trained, genre=CONVENTION)
    assert p is not None and p.strength == strength


def test_an_agreement_without_prejudice_to_the_laws_is_a_saving_clause(trained):       # u2650
    assert _first("The provisions of this Agreement shall be without prejudice to the laws or "
                  "regulations governing visits by aliens to the territory of any Contracting "
                  "Party.", trained, genre=CONVENTION) is None


def test_without_prejudice_to_a_status_is_a_guarantee_not_a_saving_clause(trained):
    """The saving clause is the text's own ("The provisions of this Agreement", "This article");
    access to schools "without prejudice to the migration status" guarantees it (CMW GC 2's
    reading of ICRMW Art. 30, in the reference corpus)."""
    p = _first("Access to public preschool educational institutions or schools shall be without "
               "prejudice to the migration status of the child concerned or parents of the child.",
               trained, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
    assert _first("7. This article shall be without prejudice to any right afforded to persons "
                  "who have been the object of conduct set forth in article 6.", trained,
                  genre=CONVENTION) is None
