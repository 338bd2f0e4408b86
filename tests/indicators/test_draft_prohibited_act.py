"""A title naming the act its sources prohibit is asked as its prohibition. A researcher's trial
45 coded ILO C87 Art. 4, "Workers' and employers' organisations shall not be liable to be
dissolved or suspended by administrative authority", to an indicator of their own,
`org-no-administrative-dissolution`: the draft was titled "Administrative dissolution", asked
"Does the law provide for liable to be dissolved …?", and its full level read "The law provides
for administrative dissolution, …": the score of a country whose authorities dissolve unions."""
from __future__ import annotations

from dataclasses import replace

from corpus_tool.indicators.draft import draft_from_corpus
from corpus_tool.indicators.evidence import Evidence
from corpus_tool.naming import as_act, names_prohibited
from corpus_tool.semantic import HashEmbedder

C87_4 = ("Workers’ and employers’ organisations shall not be liable to be dissolved or suspended "
         "by administrative authority.")
C87_7 = ("The acquisition of legal personality by workers’ and employers’ organisations, "
         "federations and confederations shall not be made subject to conditions of such a "
         "character as to restrict the application of the provisions of Articles 2, 3 and 4 "
         "thereof.")


def test_the_act_a_prohibition_forbids_is_told_from_what_it_protects():
    assert names_prohibited("Administrative dissolution", [C87_4], ["prohibition"])
    assert names_prohibited("Suspension by administrative authority", [C87_4], ["prohibition"])
    # what the prohibition protects is no act it forbids
    assert not names_prohibited("Legal personality", [C87_7], ["prohibition"])
    # a duty to do the act is no prohibition of it
    assert not names_prohibited("Administrative dissolution", [C87_4], ["obligation"])
    # most of the statements must prohibit it
    assert not names_prohibited("Administrative dissolution", [C87_4, C87_4, C87_4],
                                ["prohibition", "obligation", "obligation"])


def test_a_draft_titled_by_the_forbidden_act_asks_for_its_prohibition():
    ev = Evidence(area="org", doc_id="ilo-c087", quote=C87_4, text=C87_4, strength="prohibition",
                  start=0, end=len(C87_4), indicator="org-no-administrative-dissolution",
                  annotation_id="a-1")
    ind = draft_from_corpus([ev], docs={}, embed=lambda t: HashEmbedder().encode(t))["org"][0]
    assert ind.question.startswith("Does the law prohibit ")
    assert "dissol" in ind.question
    top = ind.scale.levels[0].description
    assert "provides for the prohibition of administrative dissolution, protecting" in top
    # the same group, its statement a duty: asked as what the law provides
    duty = replace(ev, strength="obligation")
    ind = draft_from_corpus([duty], docs={}, embed=lambda t: HashEmbedder().encode(t))["org"][0]
    assert not ind.question.startswith("Does the law prohibit ")


# Canada's Corrections and Conditional Release Act, s. 69, as a researcher's trial 47 (P1) coded
# it to `dis-torture-ban`: drafted "Acquiesce in any cruel, inhumane or degrading treatment or
# punishment of an offender", asked "Does the law provide for acquiesce in …?"
CCRA_69 = ("No person shall administer, instigate, consent to or acquiesce in any cruel, inhumane "
           "or degrading treatment or punishment of an offender.")


def test_a_title_led_by_the_forbidden_verb_is_asked_as_the_act_s_prohibition():
    title = "Acquiesce in any cruel, inhumane or degrading treatment or punishment of an offender"
    assert names_prohibited(title, [CCRA_69], ["prohibition"])
    assert as_act(title[:1].lower() + title[1:], [CCRA_69]).startswith("acquiescing in any cruel")
    assert as_act("administrative dissolution", [C87_4]) == "administrative dissolution"
    # "No one shall be deprived of the right to education": the right is no forbidden act
    assert not names_prohibited("Right to education", ["No one shall be deprived of the right "
                                                       "to education."], ["prohibition"])
