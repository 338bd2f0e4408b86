"""The "may" of what may be true of people (statements.possibility): a state ("may be
responsible"), a harm to undergo ("may be subject to abuse"), a harm done to them in the passive
("may be forced into marriage") grant nothing, with the rules and with the shipped detector's
reading (a researcher's trial 22: CEDAW General Recommendations 19 ¶ 9, 26 ¶ 10 and 33 ¶ 24 were
drafted as permissions). A text limiting a right ("may be subject only to such limitations")
and a capacity it confers ("may be a candidate") stay permissions."""
from __future__ import annotations

import pytest

from corpus_tool.statements import stage as S

from tests.statements.conftest import parts

GR19 = ("Under general international law and specific human rights covenants, States may also be "
        "responsible for private acts if they fail to act with due diligence to prevent "
        "violations of rights or to investigate and punish acts of violence, and for providing "
        "compensation.")
GR26 = ("Because they are not protected by law, they may be subject to financial, physical, "
        "sexual or psychological abuse.")
GR33 = "They may be forced into marriage, or be subject to harmful practices."


@pytest.mark.integration
@pytest.mark.parametrize("text", [GR19, GR26, GR33])
def test_what_may_be_true_of_people_is_no_permission(trained, text):
    assert parts(text, trained) is None
    assert S.extract(text, pipeline=trained) == []          # nor with the detector's reading


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    # ICCPR Art. 18(3)
    "Freedom to manifest one's religion or beliefs may be subject only to such limitations as "
    "are prescribed by law and are necessary to protect public safety, order, health or morals, "
    "or the fundamental rights and freedoms of others.",
    "In time of war or other public emergency threatening the life of the nation, the rights "
    "accorded to foreign residents under Part 1 may be subjected to further restrictions to the "
    "extent strictly required by the exigencies of the situation.",
    "Migrant workers may be subject to expulsion from the territory of a State Party only in "
    "pursuance of a decision taken by the competent authority in accordance with law.",
])
def test_a_text_limiting_a_right_stays_a_permission(trained, text):
    p = parts(text, trained)
    assert p is not None and p.strength == "permission"


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    # CRPD Views 94/2021 and CEDAW Views 100/2016 (heldout139), ICAO-style condition (heldout43)
    "Given these real doubts as to whether Z.R. can receive adequate care in Kosovo, the State "
    "party should have obtained individual guarantees from the Kosovar authorities.",
    "The existence of a constant threat to the authors and their children should have been "
    "taken into account as an extraordinary circumstance when the police were deciding whether "
    "to open a criminal case.",
    "(i) after he knew or ought to have known of the breach;",
])
def test_a_duty_judged_after_the_fact_lays_none_down(trained, text):
    assert parts(text, trained) is None
    # nor with the detector's reading
    assert [d for d in S.extract(text, pipeline=trained) if d.parts.strength != "none"] == []


@pytest.mark.integration
def test_a_duty_in_the_present_is_still_one(trained):
    p = parts("The State party should obtain individual guarantees from the authorities of the "
              "receiving State.", trained)
    assert p is not None and p.strength == "recommendation"
