"""Titles of the housing example (issue 15, session 33: examples/housing, coded blind, its
titles judged blind at the freeze 8ffd93e) that a reader rejected as cut, a clause or garbled,
and that the title checks now catch. Each statement is quoted verbatim from
`examples/housing/corpus/` (the test first checks that its quotes are there)."""
from __future__ import annotations

import pytest

from corpus_tool.naming import StatementParts, statement_gist, title_problem
from tests.indicators.conftest import REPO
from tests.indicators.test_indicators_naming import _corpus_text

GC4_LOCATION = ("Adequate housing must be in a location which allows access to employment "
                "options, health-care services, schools, childcare centres and other social "
                "facilities.")
ICESCR_11 = ("The States Parties to the present Covenant recognize the right of everyone to an "
             "adequate standard of living for himself and his family")
CERD_GR30_GUARANTEES = ("Ensure that legislative guarantees against racial discrimination apply "
                        "to non\u2011citizens regardless of their immigration status")
CMW_GC2_DETENTION = ("As a general rule, children and families with children should not be "
                     "detained")


@pytest.fixture(scope="module")
def housing_text():
    return _corpus_text(REPO / "examples" / "housing" / "corpus")


def test_the_quotes_are_in_the_housing_corpus(housing_text):
    for quote in (GC4_LOCATION, ICESCR_11, CERD_GR30_GUARANTEES, CMW_GC2_DETENTION):
        assert " ".join(quote.split()) in housing_text


@pytest.mark.parametrize("title, source, problem", [
    # an indefinite noun cut from the clause that says which one
    ("Adequate housing in a location", GC4_LOCATION, "cut"),
    # a noun that says nothing without its 'of'
    ("Right to an adequate standard", ICESCR_11, "cut"),
    # a clause, its verb at the end
    ("Legislative guarantees against racial discrimination apply", CERD_GR30_GUARANTEES,
     "clause"),
    # a reflexive pronoun whose antecedent is outside the title
    ("Right to an adequate standard of living for himself", ICESCR_11,
     "pronoun without antecedent"),
])
def test_a_cut_or_clause_title_is_a_problem(title, source, problem):
    assert title_problem(title, [source]) == problem


@pytest.mark.parametrize("title, source", [
    ("Adequate housing in a location which allows access to employment options", GC4_LOCATION),
    ("Right to an adequate standard of living", ""),
    ("Right to apply for social housing", ""),
])
def test_whole_titles_pass(title, source):
    assert title_problem(title, [source] if source else []) is None


def test_an_adverbial_before_the_subject_is_not_part_of_whom_a_prohibition_protects():
    g = statement_gist(StatementParts(text=CMW_GC2_DETENTION, aim="", object="",
                                      actor="", strength="recommendation"))
    assert g is not None
    assert g.title == "No detention of children and families with children"
