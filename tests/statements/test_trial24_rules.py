"""A researcher's blind trial 24 (problems 1 and 10).

P1: the sub-items of a treaty item that itself ends "by:" had no statement. CRPD Art. 29(a)
("… including the right and opportunity for persons with disabilities to vote and be elected,
inter alia, by:") is dropped by the rules ("elected" reads as treaty machinery) and taken by the
statement detector; its items (i)-(iii) inherited the rules' reading of it, so a binding duty of
the Convention was cited "for words that state no duty or right".

P10: a lead-in whose colon the reader lost ("The Secretary of Health and Human Services, not
later than 6 months after July 26, 1990 , shall", ADA s. 12113(e)(1)) had no actor, nor had its
items; "men and women workers" were read as "girls and women"."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S
from corpus_tool.statements.beneficiaries import unit_beneficiaries

from .conftest import parts

# corpus/treaties/un_crpd_2006__nl-treatydb.md, Art. 29, as the Markdown reader cuts it
CRPD_29 = [
    ("art-29", "States Parties shall guarantee to persons with disabilities political rights and "
               "the opportunity to enjoy them on an equal basis with others, and shall "
               "undertake:"),
    ("art-29-a", "a) To ensure that persons with disabilities can effectively and fully "
                 "participate in political and public life on an equal basis with others, "
                 "directly or through freely chosen representatives, including the right and "
                 "opportunity for persons with disabilities to vote and be elected, inter alia, "
                 "by:"),
    ("art-29-a-i", "i) Ensuring that voting procedures, facilities and materials are "
                   "appropriate, accessible and easy to understand and use;"),
    ("art-29-a-ii", "(ii) Protecting the right of persons with disabilities to vote by secret "
                    "ballot in elections and public referendums without intimidation, and to "
                    "stand for elections, to effectively hold office and perform all public "
                    "functions at all levels of government, facilitating the use of assistive "
                    "and new technologies where appropriate;"),
    ("art-29-a-iii", "(iii) Guaranteeing the free expression of the will of persons with "
                     "disabilities as electors and to this end, where necessary, at their "
                     "request, allowing assistance in voting by a person of their own choice;"),
]


class _TakesAll:
    """A statement detector sure of every unit: it takes what the rules dropped."""
    take_from = 0.5

    def veto(self, genre: str) -> float:
        return 0.0

    def probabilities(self, pairs):
        return [0.99] * len(pairs)


def _drafts(passages, detector=S.DEFAULT, genre="enacting"):
    ps = [NS(id=f"crpd:{pid}", text=t, locator=pid, heading="") for pid, t in passages]
    _, [(_, drafts)] = S.analyse_documents([("crpd", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"crpd": genre},
                                           detector=detector)
    return [[(d.parts.strength, d.parts.actor) for d in drafts.get(i, [])]
            for i in range(len(ps))]


def test_items_of_a_chapeau_the_detector_took_are_the_chapeau_s_obligations(trained):
    # the rules alone drop 29(a) ("elected") and, with it, its items
    assert _drafts(CRPD_29, detector=None)[1:] == [[]] * 4
    # a detector that takes 29(a) takes its items with it, as the chapeau chain reads them
    assert _drafts(CRPD_29, detector=_TakesAll())[1:] == [
        [("obligation", "States Parties")]] * 4


def test_crpd_art_29_a_i_to_iii_are_obligations_of_states_parties(trained):
    # what the researcher saw, with the shipped detector
    assert _drafts(CRPD_29)[2:] == [[("obligation", "States Parties")]] * 3


SECRETARY = ("The Secretary of Health and Human Services, not later than 6 months after "
             "July 26, 1990 , shall")


def test_a_lead_in_ending_on_its_modal_names_its_subject(trained):
    assert parts(SECRETARY, trained, genre="enacting").actor == \
        "Secretary of Health and Human Services"
    # ADA s. 12113(e)(1), its lead-in and items as the trial's reader cut them
    passages = [("s-12113-e-1-p2", SECRETARY),
                ("s-12113-e-1-p4", "(B) publish a list of infectious and communicable diseases "
                                   "which are transmitted through handling the food supply;")]
    assert _drafts(passages, detector=None) == [
        [("obligation", "Secretary of Health and Human Services")]] * 2


def test_men_and_women_workers_are_workers(trained):
    # revised ESC Art. 4(3) and ILO C159 Art. 4: both sexes qualify the workers
    p = parts("to recognise the right of men and women workers to equal pay for work of equal "
              "value;", trained, context="With a view to ensuring the effective exercise of the "
              "right to a fair remuneration, the Parties undertake:", genre="enacting")
    assert p.beneficiaries == ("workers",)
    assert unit_beneficiaries("Equality of opportunity and treatment for disabled men and "
                              "women workers shall be respected.") == (
        "persons with disabilities", "workers")
    # the sexes alone still name women ("the equal right of men and women to the enjoyment …")
    assert unit_beneficiaries("States Parties undertake to ensure the equal right of men and "
                              "women to the enjoyment of all economic, social and cultural "
                              "rights") == ("girls and women",)


# the NCD's 2005 paper on participation in political and public life, pp. 15-16, as the PDF
# reader cuts it: an aside's last sentence broken by the page, then the check-list goes on
NCD_CHECKLIST = [
    ("p15-5", "• Have sufficient information resources and training been provided to raise the "
              "awareness of relevant elections officials and other actors of the rights and needs "
              "of people with disabilities to participate in political and public life? "
              "(Absence of such resources and training can decrease the effectiveness of relevant "
              "programs and legislative initiatives, and can slow implementation. As noted above, "
              "people with disabilities should be"),
    ("p16-1", "participants in the development of such resources and training.)"),
    ("p16-2", "• Do people with disabilities have opportunities to participate in training "
              "programs that equip them to participate effectively as members of public "
              "committees, commissions, and boards, as well as run for public office? "
              "(Empowerment is a vital catalyst for people with disabilities to contribute to "
              "political and public life.)"),
]


def test_a_check_list_question_is_no_recommendation_under_a_broken_lead_in(trained):
    # trial 24, problem 8: the question read on from "… people with disabilities should be"
    # as a recommendation to people with disabilities
    drafts = _drafts(NCD_CHECKLIST, genre="resolving")
    assert drafts[2] == []
    assert parts("Do people with disabilities have opportunities to participate in training "
                 "programs?", trained, context="As noted above, people with disabilities should "
                 "be", genre="resolving") is None
