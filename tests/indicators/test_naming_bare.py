"""A bare subject ('Mental health care', 'Reproductive health') is completed from what the
group's statements require of it (issue 15, `naming.bare`).

Texts: the health example's corpus (examples/health/corpus, see its SOURCES.md): CRC General
Comment 6 paras 47-48 and 31, CEDAW General Recommendation 24, CESCR General Comment 22, CRC
General Comment 20; the groups are those the no-topics draft of examples/health made at b32848a.
The labour-market example's corpus: CMW General Comment 1 (migrant domestic workers), ICESCR
art. 7(a)(i). The reference corpus: UDHR art. 16(3), 7 and 22 (corpus/treaties/un_udhr_1948),
CRPD art. 7(3) (corpus/treaties/un_crpd_2006); the health example's corpus: the joint general
comment CMW 4 / CRC 23 (a migrant child's access to health care equal to that of nationals)."""
from __future__ import annotations

import pytest

from corpus_tool.naming import StatementParts, name_group, title_problem
from corpus_tool.naming.bare import complete_bare, is_bare, with_holder

CRC_GC6_48 = ("In order to facilitate such recovery and reintegration, culturally appropriate and "
              "gender sensitive mental health care should be developed and qualified psychosocial "
              "counselling provided.")
CRC_GC6_31 = ("The unaccompanied or separated child should also, in all cases, be given access, "
              "free of charge, to a qualified legal representative, including where the "
              "application for refugee status is processed under the normal procedures for "
              "adults.")
GR24 = ("States parties should implement a comprehensive national strategy to promote women’s "
        "health throughout their lifespan.")
GC22 = ("States should focus on ensuring that all individuals and groups effectively enjoy their "
        "right to sexual and reproductive health on a substantively equal basis.")
GIRLS = ("States should work to ensure that girls can make autonomous and informed decisions on "
         "their reproductive health.")
GC20 = ("States parties should take measures to reduce maternal morbidity and mortality in "
        "adolescent girls, particularly caused by early pregnancy and unsafe abortion practices, "
        "and to support adolescent parents.")
CMW_GC1_43 = ("States should ensure that migrant domestic workers in a documented or regular "
              "situation enjoy equal treatment with nationals in relation to social and health "
              "services (article 43(1)(e)).")
CMW_GC1_27 = ("States parties should ensure that migrant domestic workers are granted access to "
              "social security benefits on the basis of equal treatment with nationals "
              "(article 27).")


def _parts(*texts: str, aims: tuple[str, ...] = ()) -> list[StatementParts]:
    return [StatementParts(text=t, aim=a, actor="States", strength="recommendation")
            for t, a in zip(texts, aims or ("",) * len(texts))]


@pytest.mark.parametrize("title, bare", [
    ("Mental health care", True), ("Reproductive health", True), ("Residence permit", True),
    ("Equal treatment", True), ("Access to health care", False),
    ("Right to sexual and reproductive health", False), ("Development of firewalls", False),
    ("Health care for children and adults", False), ("Monitoring", False),
    ("All migration policies", False)])
def test_a_bare_subject_is_two_or_three_words_with_no_provision(title, bare):
    assert is_bare(title) is bare


def test_a_passive_act_on_the_subject_completes_it_with_the_statements_qualifying_words():
    # '… mental health care should be developed': the act, and the words before the subject
    title = complete_bare("Mental health care", _parts(CRC_GC6_48, GC20))
    assert title == ("Development of culturally appropriate and gender sensitive mental "
                     "health care")
    assert title_problem(title, [CRC_GC6_48]) is None


def test_a_relational_head_before_the_subject_completes_it():
    # 'their right to sexual and reproductive health': the head and the coordinated adjective
    title = complete_bare("Reproductive health", _parts(GR24, GC22, GIRLS, GC20))
    assert title == "Right to sexual and reproductive health"


def test_a_subject_no_statement_completes_stays_as_it_is():
    assert complete_bare("Separated children", _parts(CRC_GC6_31)) == "Separated children"
    assert complete_bare("Access to health care", _parts(GC22)) == "Access to health care"


def test_a_group_nobody_named_gets_the_completed_title_not_the_bare_key_phrase():
    # the four statements the health draft grouped uncoded: the shared key phrase was the
    # title 'Reproductive health' before the completion
    parts = _parts(GR24, GC22, GIRLS, GC20, aims=("implement", "focus", "work", "take"))
    nm = name_group(parts, keys=["states", "girls", "reproductive health"],
                    who="girls and women", status=False)
    assert nm.title == "Right to sexual and reproductive health"
    assert nm.question.endswith("?")


def test_with_nothing_done_to_it_the_subject_takes_the_complement_the_statements_give_it():
    # nothing before 'equal treatment' in either statement: what follows it completes it, the
    # complement both share first, the whole phrase when one alone gives it
    assert complete_bare("Equal treatment", _parts(CMW_GC1_43, CMW_GC1_27)) == \
        "Equal treatment with nationals"
    assert complete_bare("Equal treatment", _parts(CMW_GC1_43)) == \
        "Equal treatment with nationals in relation to social and health services"
    # 'equal pay' names its provision (the labour draft's accepted title): no relation to complete
    icescr = ("(i) Fair wages and equal remuneration for work of equal value without distinction "
              "of any kind, in particular women being guaranteed conditions of work not inferior "
              "to those enjoyed by men, with equal pay for equal work;")
    assert complete_bare("Equal pay", _parts(icescr)) == "Equal pay"


def test_a_means_is_no_bare_subject_and_the_completion_is_lower_case():
    # the reference draft's accepted 'Individualized support measures' stays as it is; a
    # statement that opens with the subject's words does not capitalise them inside the title
    assert not is_bare("Individualized support measures")
    # CESCR General Comment 19 (the labour-market example's corpus)
    text = ("Cash benefits should be provided to those incapable of working due to ill-health to "
            "cover periods of loss of earnings.")
    assert complete_bare("Cash benefits", _parts(text)) == "Provision of cash benefits"


UDHR_16 = ("The family is the natural and fundamental group unit of society and is entitled to "
           "protection by society and the State.")
UDHR_7 = ("All are equal before the law and are entitled without any discrimination to equal "
          "protection of the law. All are entitled to equal protection against any discrimination "
          "in violation of this Declaration and against any incitement to such discrimination.")
UDHR_22 = ("Everyone, as a member of society, has the right to social security and is entitled "
           "to the realization, through national effort and international co-operation and in "
           "accordance with the organization and resources of each State, of the economic, social "
           "and cultural rights indispensable for his dignity and the free development of his "
           "personality.")


def test_a_right_cut_from_its_holder_takes_the_holder_the_statement_names():
    assert with_holder("Right to protection by society and the State", _parts(UDHR_16)) == \
        "Right of the family to protection by society and the State"
    assert with_holder("Right to equal protection against any discrimination", _parts(UDHR_7)) \
        == "Right of all to equal protection against any discrimination"
    # 'has the right to social security': no one 'is entitled to' it, the title stays
    assert with_holder("Right to social security", _parts(UDHR_22)) == "Right to social security"
    assert with_holder("Access to health care", _parts(UDHR_16)) == "Access to health care"


def test_the_group_title_names_the_holder():
    # the statement's parts written out here (aim, object, actor): its gist is 'Right to protection
    # by society and the State', cut from whom it belongs to
    parts = [StatementParts(text=UDHR_16, aim="entitled", object="protection", actor="The family",
                            strength="recognition")]
    nm = name_group(parts, keys=["protection", "society"], who="", status=False)
    assert nm.title == "Right of the family to protection by society and the State"


CRPD_7 = ("States Parties shall ensure that children with disabilities have the right to express "
          "their views freely on all matters affecting them, their views being given due weight "
          "in accordance with their age and maturity, on an equal basis with other children, and "
          "to be provided with disability and age-appropriate assistance to realize that right.")


def test_a_subject_provided_to_someone_is_named_as_its_provision():
    # '… to be provided with disability and age-appropriate assistance': the passive before it
    assert complete_bare("Age-appropriate assistance", _parts(CRPD_7)) == \
        "Provision of disability and age-appropriate assistance"


GC_EQUAL = ("Every migrant child should have access to health care equal to that of nationals, "
            "regardless of their migration status.")


def test_an_adjective_phrase_after_the_subject_stays_with_it():
    # 'health care | equal to that of nationals': the phrase goes on, and is kept whole
    assert complete_bare("Health care", _parts(GC_EQUAL)) == \
        "Access to health care equal to that of nationals"
