"""A researcher's blind trial 41 (violence against women): CEDAW GR 33 para. 64, "The Committee
recommends that, in cooperation with non-State actors, States parties: (a) Take immediate steps
…", gave its items the Committee as actor (P7): with the phrase between "that" and "States
parties" the parser reads "parties" as the clause. And "religious, customary, indigenous and
community justice systems" made the item one for indigenous peoples (P6)."""
from __future__ import annotations

from corpus_tool.statements import stage as S
from corpus_tool.statements.beneficiaries import unit_beneficiaries

GR33_64 = ("The Committee recommends that, in cooperation with non-State actors, States parties: "
           "(a) Take immediate steps, including capacity-building and training programmes on the "
           "Convention, for justice system personnel, to ensure that religious, customary, "
           "indigenous and community justice systems harmonize their norms with the Convention; "
           "(b) Enact legislation to regulate the relationships between the mechanisms within "
           "plural justice systems.")


def test_a_lead_in_s_addressee_after_an_aside_acts_in_its_items(trained):
    drafts = S.extract(GR33_64, pipeline=trained, genre="recommending", detector=None)
    assert [d.parts.actor for d in drafts] == ["States parties"] * 3


def test_a_justice_system_named_indigenous_is_for_no_people():
    assert "indigenous peoples" not in unit_beneficiaries(
        "(a) Ensure that religious, customary, indigenous and community justice systems "
        "harmonize their norms with the Convention;")
    assert unit_beneficiaries("States should ensure that indigenous peoples have access to "
                              "land.") == ("indigenous peoples",)
