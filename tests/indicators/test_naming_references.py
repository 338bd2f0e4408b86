"""A title or question that leans on words outside it is no whole noun phrase (issue 15): a
dangling 'such' ('Costs of such proceedings', 'Does the law ensure that such return …') or 'that
person', a reference to the instrument's own parts ('the present article', 'the following
cases'), a clause cut after 'so that' or a noun cut after 'in cases', a hedge or quantifier for a
start ('Some trafficked children …', 'Certain facilities …'), an adjective with its complement for
a head ('Respectful of …'). Each is a title or question the drafts or the cluster labels of the
examples produced and a blind reader rejected for that reason (sessions 33-37). The checks leave
'such as' lists, a conjunction 'that' ('ensure that women …') and whole noun phrases alone."""
from __future__ import annotations

import pytest

from corpus_tool.naming.quality import question_problem, title_problem
from corpus_tool.semantic.whole import shape_problem


@pytest.mark.parametrize("title, problem", [
    ("Costs of such proceedings", "pronoun without antecedent"),
    ("Movements of such refugees restrictions", "pronoun without antecedent"),
    ("Return with due regard for the safety of that person", "pronoun without antecedent"),
    ("Right to bring proceedings before a court so that the court", "cut"),
    ("Recourse for victims of trafficking to clear their criminal records in cases", "cut"),
    ("Liberty save in the following cases", "cross-reference"),
    ("effective enforcement of the present article", "cross-reference"),
    ("Some trafficked children eligible for refugee status under the 1951 Convention",
     "not a noun phrase"),
    ("Certain facilities essential for health, security, comfort and nutrition",
     "not a noun phrase"),
    ("respectful of the human rights of women migrants", "not a noun phrase"),
])
def test_a_title_leaning_on_words_outside_it_is_no_noun_phrase(title, problem):
    assert title_problem(title) == problem
    assert shape_problem(title) == problem      # the cluster labels' check reads it too


@pytest.mark.parametrize("title", [
    "Prohibition of collective expulsion",
    "Interpretation services such as sign language and community interpreters",
    "Free assistance of an interpreter",
    "Equal treatment with nationals in access to housing",
    "Suitable housing of the migrant worker",
])
def test_whole_noun_phrases_pass(title):
    assert title_problem(title) is None


@pytest.mark.parametrize("question, problem", [
    ("Does the law ensure that such return is with due regard for the safety of that person?",
     "pronoun without antecedent"),
    ("Does the law provide for costs of such proceedings?", "pronoun without antecedent"),
    ("Does the law recognise the right of migrant workers and their families to bring "
     "proceedings before a court so that the court?", "ends mid-phrase"),
    ("Does the law provide recourse for victims of trafficking to clear their criminal records "
     "in cases?", "ends mid-phrase"),
])
def test_a_question_leaning_on_words_outside_it_is_flagged(question, problem):
    assert question_problem(question) == problem


@pytest.mark.parametrize("question", [
    "Does the law ensure that women and girls have equal access to identity documentation?",
    "Does the law ensure that migrant women have access to appropriate prenatal and postnatal "
    "health care?",
    "Does the law provide for border controls necessary to prevent and detect the smuggling of "
    "migrants?",
])
def test_a_conjunction_that_and_whole_questions_pass(question):
    assert question_problem(question) is None
