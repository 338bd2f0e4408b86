"""Titles that read garbled or cut (issue 15, the health example's reader verdicts): each
statement is quoted verbatim from `examples/health/corpus/` (the test first checks that its
quotes are there). A garbled title (a phrase said twice, a gloss, a beneficiary repeating the
object, a preposition of the source dropped) and an object cut before its complement
('information | on …') are `title_problem`s, and a bare subject the statements provide is named
as its provision."""
from __future__ import annotations

import pytest

from corpus_tool.naming import title_problem
from tests.indicators.conftest import REPO
from tests.indicators.test_indicators_naming import _corpus_text

CMW_GC2_INFORMATION = ("States parties should also ensure that migrant workers and members of "
                       "their families are provided with information on the medical care provided "
                       "and information about their health rights.")
CRC_GC23_HEALTH = ("a comprehensive approach to children’s rights should include measures directed "
                   "at ensuring the right to health to all migrant workers and their families, "
                   "regardless of their migration status")
GC14_ACCEPTABILITY = ("All health facilities, goods and services must be respectful of medical "
                      "ethics and culturally appropriate, i.e. respectful of the culture of "
                      "individuals, minorities, peoples and communities")
GR37_PARTICIPATION = ("In countries of origin, the participation of children is paramount in "
                      "developing policies on and in processes aimed at addressing drivers of the "
                      "migration")


@pytest.fixture(scope="module")
def health_text() -> str:
    return _corpus_text(REPO / "examples" / "health" / "corpus")


def test_the_quotes_are_in_the_health_corpus(health_text):
    for quote in (CMW_GC2_INFORMATION, CRC_GC23_HEALTH, GC14_ACCEPTABILITY, GR37_PARTICIPATION):
        assert quote in health_text, quote[:40]


@pytest.mark.parametrize("title, problem", [
    ("Access to access to education", "garbled: repeated phrase"),
    ("Meaningful participation of children for children",
     "garbled: beneficiary repeats the object"),
    ("Goods and services respectful of medical ethics and culturally appropriate, i.e. "
     "respectful", "garbled: gloss"),
])
def test_a_garbled_title_is_a_problem(title, problem):
    assert title_problem(title) == problem


def test_a_preposition_the_source_says_is_not_dropped():
    title = "Inclusion of measures directed at ensuring the right to health migrant workers"
    assert title_problem(title, [CRC_GC23_HEALTH]) == "garbled: preposition dropped"
    assert title_problem("Right to health of all migrant workers", [CRC_GC23_HEALTH]) is None


def test_information_is_not_cut_before_what_it_is_on():
    title = "Provision of migrant workers and members of their families with information"
    assert title_problem(title, [CMW_GC2_INFORMATION]) == "cut"


@pytest.mark.parametrize("title", [
    "Access to health care for migrant workers", "Access to health care equal to that of nationals",
    "Participation of children in developing policies", "Right to health"])
def test_whole_titles_are_not_garbled(title):
    assert title_problem(title, [GR37_PARTICIPATION, CRC_GC23_HEALTH]) is None


def test_a_bare_subject_the_statements_provide_is_named_as_its_provision():
    from corpus_tool.naming.complement import with_act
    from corpus_tool.naming.gist import StatementParts
    parts = [StatementParts(text="States should provide culturally appropriate mental health "
                                 "care to migrants who have suffered trauma."),
             StatementParts(text="Mental health care is part of the right to health.")]
    assert with_act("Mental health care", parts) == \
        "Provision of culturally appropriate mental health care"
    assert with_act("Mental health care", parts[1:]) == "Mental health care"


@pytest.mark.parametrize("title, problem", [
    ("Assistance of a qualified interpreter sought", "garbled: reduced clause"),
    ("Administrative and financial barriers to accessing services removed",
     "garbled: reduced clause"),
    ("Persons experiencing intersecting forms of discrimination participate", "clause")])
def test_a_clause_or_reduced_clause_is_no_title(title, problem):
    assert title_problem(title) == problem


def test_a_reduced_clause_with_an_act_is_named_by_the_act():
    from corpus_tool.naming.group import noun_phrase
    assert noun_phrase("Administrative and financial barriers to accessing services removed") == \
        "Removal of administrative and financial barriers to accessing services"


@pytest.mark.parametrize("title, problem", [
    # the detention example's drafts at this stop, from new evidence (a "That, …" item of a
    # General Comment and a participle cut before its object)
    ("That, in the context of durable solutions, the voluntary return home", "not a noun phrase"),
    ("Assessment conducted in a scientific, safe, child and gender-sensitive and fair manner, "
     "avoiding", "dangling"),
])
def test_a_title_opening_on_that_or_ending_on_a_participle_after_a_comma(title, problem):
    assert title_problem(title) == problem
    assert title_problem("Risk assessment") is None


def test_words_a_left_out_comma_parted_do_not_run_together():
    """Trial 45 (P5): the European Social Charter's Art. 6(2), "to promote, where necessary and
    appropriate, machinery for voluntary negotiations …", was drafted "Promotion of where
    necessary and appropriatemachinery": the comma before "machinery" left out of the phrase,
    and the words on either side of it joined."""
    from corpus_tool.naming.parsed import parsed_gist
    g = parsed_gist("2. to promote, where necessary and appropriate, machinery for voluntary "
                    "negotiations between employers or employers' organisations and workers' "
                    "organisations, with a view to the regulation of terms and conditions of "
                    "employment by means of collective agreements;")
    assert g is None or "appropriatemachinery" not in g.title
    assert g is None or "where necessary" not in g.title.lower()
