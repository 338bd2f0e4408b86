"""A researcher's blind trial 27 (environmental democracy).

P7: the items of a treaty's list that open on their modal, capitalised, under a lead-in that
names who acts (Aarhus Art. 6(1): "1. Each Party:" / "a) Shall apply the provisions of this
article …", "c) May decide …") had no statement: the cues read "shall" and "may" in lower case
only (a capitalised "May" can be the month, a capitalised "Should" a condition)."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S

# the trial's Aarhus Convention (Markdown), Art. 6(1), as the reader cuts it
AARHUS_6_1 = [
    ("art-6-1", "1. Each Party:"),
    ("art-6-1-a", "a) Shall apply the provisions of this article with respect to decisions on "
                  "whether to permit proposed activities listed in annex I;"),
    ("art-6-1-b", "b) Shall, in accordance with its national law, also apply the provisions of "
                  "this article to decisions on proposed activities not listed in annex I which "
                  "may have a significant effect on the environment."),
    ("art-6-1-c", "c) May decide, on a case-by-case basis if so provided under national law, not "
                  "to apply the provisions of this article to proposed activities serving "
                  "national defence purposes, if that Party deems that such application would "
                  "have an adverse effect on these purposes."),
]


def _drafts(passages, genre="enacting"):
    ps = [NS(id=f"aarhus:{pid}", text=t, locator=pid, heading="") for pid, t in passages]
    _, [(_, drafts)] = S.analyse_documents([("aarhus", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"aarhus": genre})
    return [[(d.parts.strength, d.parts.actor) for d in drafts.get(i, [])
             if d.parts.strength != "none"] for i in range(len(ps))]


def test_items_opening_on_a_capitalised_modal_are_the_lead_in_s_norms(trained):
    assert _drafts(AARHUS_6_1)[1:] == [[("obligation", "Each Party")],
                                       [("obligation", "Each Party")],
                                       [("permission", "Each Party")]]


def test_a_capitalised_should_or_may_that_is_no_modal_stays_none(trained):
    ps = [("p1", "Should legislation be enacted making attendance at school compulsory, the "
                 "Committee will review the matter."),
          ("p2", "May 2020 saw the entry into force of the amendments.")]
    assert _drafts(ps) == [[], []]


# CESCR General Comment No. 26 (2022), para. 55, as the trial's JSON source gives it
GC26_55 = ("The specific measures that States should adopt to safeguard the work of human rights "
           "defenders in relation to land are dependent on national circumstances. However, the "
           "following measures are of crucial importance: (a) public recognition, by the highest "
           "level of Government, of the importance and legitimacy of the work of human rights "
           "defenders; (b) repeal of any State legislation or any measures that are intended to "
           "penalize or obstruct the work of human rights defenders; (c) strengthening of State "
           "institutions responsible for safeguarding the work of human rights defenders; (d) "
           "investigation and punishment of any form of violence or threat against human rights "
           "defenders.")


def test_measures_a_lead_in_calls_crucial_are_recommended(trained):
    # P7: the items had strength "none" (a researcher coded (b) and (d); the provenance table
    # gave them no strength)
    found = [(GC26_55[d.start:d.end][:3], d.parts.strength)
             for d in S.extract(GC26_55, pipeline=trained, genre="recommending")]
    assert [f for f in found if f[0] in ("(a)", "(b)", "(c)")] == [
        ("(a)", "recommendation"), ("(b)", "recommendation"), ("(c)", "recommendation")]


def test_conditions_the_following_are_stays_a_description(trained):
    # CESCR GC 21 para. 16 (heldout19, labelled no statement): its items define the conditions
    text = ("The following are necessary conditions for the full realization of the right of "
            "everyone to take part in cultural life: (a) Availability is the presence of "
            "cultural goods and services that are open for everyone to enjoy and benefit from.")
    assert [d for d in S.extract(text, pipeline=trained, genre="recommending")
            if d.parts.strength != "none"] == []


# CEDAW General Recommendation No. 37 (2018), para. 57, as the trial's JSON source gives it
GR37_57 = ("In accordance with the Convention and general recommendation No. 35, States parties "
           "should: (a) Develop policies and programmes to address existing and new risk factors "
           "for gender-based violence against women; (b) Ensure that the minimum legal age of "
           "marriage is 18 years for both women and men. States parties should include training "
           "on the prevalence of early and forced marriage for all personnel involved in disaster "
           "response activities. In partnership with women’s associations and other stakeholders, "
           "mechanisms should be established, within local and regional disaster management "
           "plans, to prevent, monitor and address early and forced marriages; (c) Provide "
           "accessible, confidential, supportive and effective mechanisms for all women wishing "
           "to report gender-based violence; (d) Develop, in partnership with a wide range of "
           "stakeholders, a system for the regular monitoring and evaluation of interventions; "
           "(e) Provide training, sensitization and awareness-raising for the authorities, "
           "emergency services workers and other groups on the various forms of gender-based "
           "violence. The training should include information on the rights and needs of women "
           "and girls; (f) Adopt long-term policies and strategies to address the root causes of "
           "gender-based violence against women in situations of disaster.")


def test_items_after_sentences_that_interrupt_their_list_are_the_lead_in_s(trained):
    # P7: (c) had no statement, (d) was dropped, (e) had strength "none" and no actor
    found = {GR37_57[d.start:d.end][:3]: (d.parts.strength, d.parts.actor)
             for d in S.extract(GR37_57, pipeline=trained, genre="recommending")}
    for item in ("(a)", "(b)", "(c)", "(d)", "(e)", "(f)"):
        assert found.get(item) == ("recommendation", "States parties"), item


def test_the_impairment_of_a_right_and_data_broken_down_by_disability_name_no_group(trained):
    # P3: Aarhus Art. 9(2)(b) and CEDAW GR 37 para. 40(a) were found under "persons with
    # disabilities" (a count of instruments protecting them would include the Aarhus Convention)
    from corpus_tool.statements.groups import beneficiaries
    aarhus = ("What constitutes a sufficient interest and impairment of a right shall be "
              "determined in accordance with the requirements of national law.")
    gr37 = ("(a) Establish or identify existing national and local mechanisms to collect, analyse "
            "and manage data disaggregated by sex, age, disability, ethnicity and region.")
    for text in (aarhus, gr37):
        assert "persons with disabilities" not in beneficiaries(text)
        drafts = S.extract(text, pipeline=trained)
        assert drafts and all("persons with disabilities" not in d.parts.beneficiaries
                              for d in drafts)
    # the people themselves are still found
    assert "persons with disabilities" in beneficiaries(
        "States shall ensure that persons with sensory impairments have access to information.")
    assert "girls and women" in beneficiaries(
        "States should collect data on women migrant workers, disaggregated by age and "
        "disability status.")


# CEDAW General Recommendation No. 26 (2008), para. 26(c), of the reference corpus
GR26_26C = ("(c) Access to remedies: States parties should ensure that women migrant workers have "
            "the ability to access remedies when their rights are violated. Specific measures "
            "include, but are not limited to, the following (articles 2 (c), (f) and 3): (i) "
            "Promulgate and enforce laws and regulations that include adequate legal remedies and "
            "complaints mechanisms; (ii) Repeal or amend laws that prevent women migrant workers "
            "from using the courts and other systems of redress. These include laws on loss of "
            "work permit. States parties should introduce flexibility into the process of "
            "changing employers or sponsors without deportation in cases where workers complain "
            "of abuse; (iii) Ensure that women migrant workers have access to legal assistance "
            "and to the courts, including through free legal aid; (iv) Provide temporary shelters "
            "for women migrant workers who wish to leave abusive employers.")


def test_imperative_items_of_a_lead_in_naming_measures_are_recommendations(trained):
    # the items after the interrupting sentences go on with the list ("paused"), whose lead-in
    # asks nothing itself: each imperative item recommends to the States parties
    found = {GR26_26C[d.start:d.end].split(")")[0] + ")": (d.parts.strength, d.parts.actor)
             for d in S.extract(GR26_26C, pipeline=trained, genre="recommending")
             if GR26_26C[d.start:d.end].startswith("(")}
    for item in ("(ii)", "(iii)", "(iv)"):
        assert found.get(item) == ("recommendation", "States parties"), (item, found)
