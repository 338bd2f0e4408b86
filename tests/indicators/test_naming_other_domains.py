"""Naming groups of a domain the naming was not written for (issue 15): the anti-discrimination
example's statements, quoted verbatim from `examples/anti-discrimination/corpus/` (each test
first checks that its quotes are there). What a reader rejected there, by class: a
cross-reference, an empty measure or aim, occurrences, a participle cut from its complement, a
clause whose subject is the duty bearer or whose verb the parse missed; and what names such a
group instead: a definition, a list item that is itself a noun phrase, the act on a wrong, the
coder's words completed with their object."""
from __future__ import annotations

import pytest

from corpus_tool.naming import title_problem
from corpus_tool.naming.gist import StatementParts, cut, statement_gist
from corpus_tool.naming.group import name_group, noun_phrase
from corpus_tool.naming.statement_phrase import definition, noun_phrase_item
from tests.indicators.conftest import REPO
from tests.indicators.test_indicators_naming import _corpus_text

ICERD_1_1 = ('In this Convention, the term "racial discrimination" shall mean any distinction, '
             'exclusion, restriction or preference based on race, colour, descent, or national or '
             'ethnic origin')
CESCR_GC20_INDIRECT = ("(b) Indirect discrimination refers to laws, policies or practices which "
                       "appear neutral at face value")
CEDAW_GR28_INDIRECT = ("Indirect discrimination against women occurs when a law, policy, programme "
                       "or practice appears to be neutral in so far as it relates to men and women")
CERD_GR32_INCLUDES = ("Discrimination under the Convention includes purposive or intentional "
                      "discrimination and discrimination in effect.")
CERD_GR35_TARGETS = ("As is the case with discrimination under article 1, speech attacking "
                     "particular racial or ethnic groups may employ indirect language in order to "
                     "disguise its targets and objectives.")
CERD_GR35_INCITEMENT = ("(b)Incitement to hatred, contempt or discrimination against members of a "
                        "group on grounds of their race, colour, descent, or national or ethnic "
                        "origin;")
CADE_2 = ("When permitted in a State, the following situations shall not be deemed to constitute "
          "discrimination, within the meaning of Article 1 of this Convention:")
CRPD_GC6_SANCTIONS = ("Effective, proportionate and dissuasive sanctions for breach of the right "
                      "to equality and adequate remedies;")
CESCR_GC20_INCENTIVES = ("States parties should consider using incentives to encourage public and "
                         "private actors to change their attitudes and behaviour")
CEDAW_GR28_PROTECTION = ("This protection shall be provided by competent tribunals and other public "
                         "institutions and enforced by sanctions and remedies, where appropriate.")
CERD_GR30_INTRODUCE = ("Introduce in criminal law the provision that committing an offence with "
                       "racist motivation or aim constitutes an aggravating circumstance allowing "
                       "for a more severe punishment;")
CEDAW_GR28_NHRI = "establish the necessary national human rights institutions or other machineries"
CERD_GR35_JUDICIAL = ("Judicial infrastructures should be complemented in this respect by national "
                      "human rights institutions")
CRPD_GC6_REDRESS = ("(h)Establish accessible and effective redress mechanisms and ensure access "
                    "to justice, on an equal basis with others, for victims of discrimination "
                    "based on disability.")
CRPD_GC6_MULTIPLE = ("States parties must address multiple and intersectional discrimination "
                     "against persons with disabilities.")
CRPD_GC6_EXTENDS = ("(c)Ensure that non-discrimination legislation extends to the private and "
                    "public spheres")
CERD_GR30_HEALTH = ("Ensure that States parties respect the right of non-citizens to an adequate "
                    "standard of physical and mental health")
CEDAW_4_1 = ("1. Adoption by States Parties of temporary special measures aimed at accelerating de "
             "facto equality between men and women shall not be considered discrimination as "
             "defined in the present Convention")      # 'de facto' is in italics in the corpus
CCPR_GC18_13 = ("Finally, the Committee observes that not every differentiation of treatment will "
                "constitute discrimination, if the criteria for such differentiation are "
                "reasonable and objective")
CEDAW_GR25_MEANS = ("Therefore, the application of temporary special measures in accordance with "
                    "the Convention is one of the means to realize de facto or substantive "
                    "equality for women")
CEDAW_GR33_CASES = ("(b) Ensure that cases of identified discriminatory practices and acts by "
                    "justice professionals are effectively addressed through disciplinary and "
                    "other measures;")


def test_the_quotes_are_from_the_anti_discrimination_corpus():
    text = _corpus_text(REPO / "examples" / "anti-discrimination" / "corpus").replace("*", "")
    for q in (ICERD_1_1, CESCR_GC20_INDIRECT, CEDAW_GR28_INDIRECT, CERD_GR32_INCLUDES,
              CERD_GR35_TARGETS, CERD_GR35_INCITEMENT, CADE_2, CRPD_GC6_SANCTIONS,
              CESCR_GC20_INCENTIVES, CEDAW_GR28_PROTECTION, CERD_GR30_INTRODUCE, CEDAW_GR28_NHRI,
              CERD_GR35_JUDICIAL, CRPD_GC6_REDRESS, CRPD_GC6_MULTIPLE, CRPD_GC6_EXTENDS,
              CERD_GR30_HEALTH, CEDAW_GR33_CASES, CEDAW_4_1, CCPR_GC18_13,
              CEDAW_GR25_MEANS):
        assert q in text, q[:60]


@pytest.mark.parametrize("title, texts, problem", [
    # a cross-reference points to a provision elsewhere (UNESCO CADE Art. 2)
    ("Discrimination, within the meaning of Article 1 of this Convention", [CADE_2],
     "cross-reference"),
    ("Term “discrimination” as used in the Covenant", [], "cross-reference"),
    # an empty measure or aim: nothing of what it is for
    ("Adoption of legislative and other measures", [], "vague"),
    ("Targets and objectives", [CERD_GR35_TARGETS], "vague"),
    ("National policy", [], "vague"),
    ("Measures taken to address possible misperceptions and stigmatization", [], "vague"),
    # the occurrences a provision is about (CEDAW GR 33 para. 51(b)), not the provision
    ("Cases of identified discriminatory practices and acts by justice professionals",
     [CEDAW_GR33_CASES], "occurrences, not a provision"),
    # 'made | on the basis of …' (ILO C111 Art. 1(1)(a)): the participle's complement is cut
    ("Distinction, exclusion or preference made",
     ["(a) any distinction, exclusion or preference made on the basis of race"], "cut"),
    # 'in this respect' points back to a sentence the title does not have
    ("Judicial infrastructures complemented in this respect by national human rights "
     "institutions", [CERD_GR35_JUDICIAL], "pronoun without antecedent"),
    ("Non-discrimination legislation extends to the private and public spheres",
     [CRPD_GC6_EXTENDS], "clause"),
    ("Access to education and in particular", [], "dangling"),
    # still whole
    ("Effective, proportionate and dissuasive sanctions", [CRPD_GC6_SANCTIONS], None),
    ("National human rights institutions", [], None),
    ("Legislative measures against hate speech", [], None),
])
def test_what_a_reader_rejected_in_another_domain_is_a_title_problem(title, texts, problem):
    assert title_problem(title, texts) == problem


def test_a_definition_is_named_as_the_definition_of_its_term():
    assert definition(ICERD_1_1).title == "Definition of racial discrimination"
    assert definition(CESCR_GC20_INDIRECT).title == "Definition of indirect discrimination"
    assert definition(CERD_GR32_INCLUDES).title == "Definition of discrimination"
    assert definition(CRPD_GC6_MULTIPLE) is None
    assert definition(CRPD_GC6_SANCTIONS) is None


def test_a_list_item_that_is_a_noun_phrase_names_itself():
    assert noun_phrase_item(CRPD_GC6_SANCTIONS).title == \
        "Effective, proportionate and dissuasive sanctions"
    # an imperative item whose verb the parse missed: its act, not its verb
    assert noun_phrase_item(CEDAW_GR28_NHRI).title == \
        "Establishment of the necessary national human rights institutions or other machineries"
    assert noun_phrase_item(CRPD_GC6_MULTIPLE) is None          # a clause
    assert noun_phrase_item(CERD_GR35_INCITEMENT) is not None
    assert statement_gist(StatementParts(text=CRPD_GC6_SANCTIONS)) is None


def test_a_second_verb_phrase_ends_the_object():
    g = statement_gist(StatementParts(
        text=CRPD_GC6_REDRESS, aim="Establish",
        object="accessible and effective redress mechanisms and ensure access to justice"))
    assert noun_phrase(g.title) == "Establishment of accessible and effective redress mechanisms"


def test_addressing_a_wrong_is_the_act_not_the_wrong():
    g = statement_gist(StatementParts(text=CRPD_GC6_MULTIPLE, aim="address",
                                      object="multiple and intersectional discrimination",
                                      actor="States parties", strength="obligation"))
    assert g.title == "Addressing multiple and intersectional discrimination against persons " \
        "with disabilities"


def test_a_group_of_list_items_is_named_by_its_noun_phrase_not_by_a_clause():
    # the example's ad-enf-sanctions: the clause with a verb ('using incentives …') was the only
    # whole candidate before; the CRPD list item says what the coder's id says
    parts = [StatementParts(text=CESCR_GC20_INCENTIVES, aim="consider",
                            object="using incentives to encourage public and private actors to "
                                   "change their attitudes", actor="States parties",
                            strength="recommendation"),
             StatementParts(text=CRPD_GC6_SANCTIONS),
             StatementParts(text=CEDAW_GR28_PROTECTION, aim="provided", strength="obligation"),
             StatementParts(text=CERD_GR30_INTRODUCE, aim="Introduce", object="the provision",
                            actor="States parties", strength="recommendation")]
    nm = name_group(parts, keys=["sanctions", "law"], who="", status=False,
                    hint_words=["sanctions"])
    assert nm.title == "Effective, proportionate and dissuasive sanctions"


def test_a_group_of_definitions_is_named_by_one_of_them():
    parts = [StatementParts(text=t) for t in (CEDAW_GR28_INDIRECT, CERD_GR32_INCLUDES,
                                              CERD_GR35_TARGETS, CESCR_GC20_INDIRECT)] + [
        StatementParts(text=CERD_GR35_INCITEMENT, aim="Incitement",
                       object="to hatred, contempt or discrimination against members of a group "
                              "on grounds", actor="States parties", strength="recommendation")]
    nm = name_group(parts, keys=["discrimination", "indirect", "incitement"], who="",
                    status=False, hint_words=["direct", "indirect"])
    assert nm.title == "Definition of indirect discrimination"
    assert nm.question == "Does the law define indirect discrimination?"


def test_a_title_is_never_a_clause_whose_subject_is_the_duty_bearer():
    parts = [StatementParts(text=CERD_GR30_HEALTH, aim="Ensure",
                            object="that States parties respect the right of non-citizens",
                            actor="States parties", strength="recommendation"),
             StatementParts(text="(a) The right to family benefits;", aim="take",
                            object="The right to family benefits", actor="States Parties",
                            strength="obligation")]
    nm = name_group(parts, keys=["right", "health"], who="", status=False,
                    hint_words=["social", "protection", "health"])
    assert not nm.title.startswith("States parties")


def test_the_coder_s_words_naming_a_means_take_their_object_from_the_statements():
    # ad-con-justification-special-measures: 'special measures' alone is vague (for whom, for
    # what); the statements say what they are for, so the coder's words are kept, completed
    parts = [StatementParts(text=CCPR_GC18_13),
             StatementParts(text=CEDAW_4_1, aim="considered", object="discrimination",
                            strength="prohibition"),
             StatementParts(text=CADE_2), StatementParts(text=CEDAW_GR25_MEANS)]
    nm = name_group(parts, keys=["measures", "differentiation"], who="", status=False,
                    hint_words=["justification", "special", "measures"])
    assert nm.title == "Special measures aimed at accelerating de facto equality between men " \
        "and women"



CERD_GR30_36 = ("Ensure that States parties respect the right of non-citizens to an adequate "
                "standard of physical and mental health by, inter alia, refraining from denying or "
                "limiting their access to preventive, curative and palliative health services;")
CMW_GC2_28 = ("Article 28 of the Convention provides for migrant workers and members of their "
              "families to have the right to receive any medical care that is urgently required for "
              "the preservation of their life")
CESCR_GC19_REVIEW = ("Existing legislation, strategies and policies should be reviewed to ensure "
                     "that they are compatible with obligations arising from the right to social "
                     "security")
# the reference corpus (CESCR GC 13 para. 6(b)): no statement of the examples has the form
ESCR_GC13_ACCESSIBLE = ("education must be accessible to all, especially the most vulnerable "
                        "groups, in law and fact, without discrimination on any of the prohibited "
                        "grounds")


def test_the_health_provisions_of_the_examples_read_as_a_reader_would_title_them():
    examples = " ".join(_corpus_text(REPO / "examples" / e / "corpus")
                        for e in ("labour-market", "anti-discrimination"))
    for q in (CERD_GR30_36, CMW_GC2_28, CESCR_GC19_REVIEW):
        assert q in examples, q[:60]
    assert ESCR_GC13_ACCESSIBLE in _corpus_text(REPO / "corpus")
    # a means ('by, inter alia, refraining from …') is no part of what is required
    assert cut("an adequate standard of physical and mental health by, inter alia, refraining "
               "from denying or limiting their access", 16) == \
        "an adequate standard of physical and mental health"
    # 'Right to receive …' is no clause 'X receives Y'; 'that is urgently required' is a clause
    g = statement_gist(StatementParts(text=CMW_GC2_28, aim="have", object="the right",
                                      strength="recognition"))
    assert noun_phrase(g.title) == "Right to receive any medical care"
    assert title_problem(noun_phrase(g.title), [CMW_GC2_28]) is None
    # a list subject is kept whole, the participle named as its act, its purpose left out
    g = statement_gist(StatementParts(text=CESCR_GC19_REVIEW, aim="reviewed",
                                      strength="recommendation"))
    assert g.title == "Review of existing legislation, strategies and policies"
    # 'accessible to all, especially the most vulnerable groups': the quality before the aside
    g = statement_gist(StatementParts(text=ESCR_GC13_ACCESSIBLE, aim="be", object="accessible",
                                      strength="obligation"))
    assert g.title == "Accessible education"
