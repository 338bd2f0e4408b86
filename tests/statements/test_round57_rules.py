"""Session 40 (issue 14), round 57, written from `heldout133`'s misses:

- a decimal number before a paragraph's first words ("1.1 Commit to adopt …", "2.3 Invest in
  …", "115.17 Accede to …") is the paragraph's number, not its text, as "12." is: the parser
  then reads the imperative (a declaration's commitment of its authors); a figure ("1.5 million
  …") stays the sentence's own words;
- a report's or a resolution's bare imperative with no chapeau in its passage ("Strengthen its
  policy aimed at combating prejudice against minorities (Angola);", the recommendations of a
  Universal Periodic Review, whose lead-in is another passage) recommends, as a treaty body's
  does (genre `resolving`, read as a recommending text);

and from the misses of `heldout134`–`heldout136`:

- a review's "To …" clause that closes on the State that recommends it ("To continue to empower
  women … (Turkey);") recommends, where an assembly's own "To receive …" stays its own act;
- an imperative item whose lead-in the text lost ("(n) Establish committees of …", "(a) ensure
  that …") recommends in a recommending or resolving text, as a paragraph does."""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from corpus_tool.statements.rules import recommended_by
from corpus_tool.statements.units import split_units
from tests.statements.conftest import parts as _first

DECLARATION = genre_of("declaration", "non-binding")
REPORT = genre_of("report", "non-binding")


@pytest.mark.parametrize("text, body", [
    ("1.1 Commit to adopt, support and engage in concrete action.", "Commit to"),
    ("00.1.2 Assure the impact of our commitments.", "Assure the"),
    ("2.3.4. The Parties shall cooperate.", "The Parties"),
    ("1.5 million children shall be enrolled.", "1.5 million"),
    ("12. The Committee shall meet.", "The Committee"),
])
def test_a_decimal_paragraph_number_is_not_its_text(text, body):
    u = split_units(text)[0]
    assert text[u.body:].startswith(body)


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "1.1 Commit to adopt, support and engage in concrete bottom-up action led by local "
    "authorities in partnership with businesses and investors.",                      # u23666
    "2.3 Invest in the development of international capacity building and widely applicable "
    "solutions for national, sub-national and local governments.",                    # u23676
])
def test_a_numbered_commitment_of_a_declaration(trained, text):
    found = _first(text, trained, genre=DECLARATION)
    assert DECLARATION == "declaring"
    assert found is not None and found.strength == "obligation"


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Strengthen its policy aimed at combating prejudice against minorities (Angola);",  # u23645
    "Continue with the campaign to eliminate all forms of discrimination, particularly from "
    "school age and through human rights education (Mexico);",                        # u23644
])
def test_a_report_s_recommendation_without_its_lead_in(trained, text):
    assert REPORT == "resolving"
    found = _first(text, trained, genre=REPORT)
    assert found is not None and found.strength == "recommendation"


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Background and framework",
    "Slovenia has taken steps to combat prejudice against minorities.",
    "Strengthening the policy against prejudice remains a challenge.",
])
def test_no_recommendation_in_a_report_s_other_words(trained, text):
    assert _first(text, trained, genre=REPORT) is None


@pytest.mark.parametrize("text, named", [
    ("To continue to strengthen its measures for its minorities (India);", True),
    ("Ratify the Convention (United Kingdom of Great Britain and Northern Ireland).", True),
    ("Accede to the 1961 Convention (Côte d’Ivoire);", True),
    ("Ratify the Convention on the Rights of the Child (CRC).", False),
    ("States should take measures under article 5 (2).", False),
])
def test_the_state_that_recommends_closes_a_review_s_recommendation(text, named):
    assert recommended_by(text) is named


@pytest.mark.integration
def test_a_review_s_to_clause_recommends(trained):
    found = _first("To continue to empower women by enhancing their status and increasing their "
                   "participation in decision-making processes (Turkey);", trained,
                   genre=REPORT)                                                      # u24029
    assert found is not None and found.strength == "recommendation"
    assert _first("To receive with gratitude the report of the Secretary-General;", trained,
                  genre=REPORT) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("(n) Establish committees of diverse health and care workers to advise on accountability "
     "for redress in cases of mistreatment of or violence against workers;", REPORT),  # u23998
    ("(a) ensure that the provisions of the laws and regulations provided for in Article 2 are "
     "applied, and", genre_of("recommendation", "non-binding")),                      # u23945
])
def test_an_imperative_item_that_lost_its_lead_in_recommends(trained, text, genre):
    found = _first(text, trained, genre=genre)
    assert found is not None and found.strength == "recommendation"
