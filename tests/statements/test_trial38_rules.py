"""A researcher's blind trial 38 (environmental democracy).

P11: the Aarhus Convention's Art. 6(2)(d), "The envisaged procedure, including, as and when this
information can be provided:", and its items (i)-(vi) had no statement while (a), (b), (c) and
(e) were obligations: "… can be provided:" read as the lead-in of a quotation ("Article 5
provides:"), which holds back what follows."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S
from corpus_tool.statements.structure import introduces_quotation

ART_6_2 = [
    ("art-6-2", "2. The public concerned shall be informed, either by public notice or "
                "individually as appropriate, early in an environmental decision-making "
                "procedure, and in an adequate, timely and effective manner, inter alia, of:"),
    ("art-6-2-a", "a) The proposed activity and the application on which a decision will be "
                  "taken;"),
    ("art-6-2-d", "d) The envisaged procedure, including, as and when this information can be "
                  "provided:"),
    ("art-6-2-d-i", "(i) The commencement of the procedure;"),
    ("art-6-2-d-vi", "(vi) An indication of what environmental information relevant to the "
                     "proposed activity is available; and"),
    ("art-6-2-e", "e) The fact that the activity is subject to a national or transboundary "
                  "environmental impact assessment procedure.")]


def test_a_passive_before_the_colon_introduces_no_quotation():
    assert not introduces_quotation("The envisaged procedure, including, as and when this "
                                    "information can be provided:")
    assert introduces_quotation("Article 15 of the GDPR provides:")
    assert introduces_quotation("The judgment stated:")


def test_the_items_of_a_list_whose_lead_in_ends_on_a_passive_are_the_convention_s(trained):
    ps = [NS(id=f"aarhus:{i}", text=t, locator=i, heading="") for i, t in ART_6_2]
    _, [(_, drafts)] = S.analyse_documents([("aarhus", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"aarhus": "enacting"})
    found = {ART_6_2[i][0]: d.parts.strength for i in drafts for d in drafts[i]}
    assert found.get("art-6-2-d") == "obligation"
    assert found.get("art-6-2-d-i") == found.get("art-6-2-d-vi") == "obligation"
