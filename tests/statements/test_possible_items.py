"""The items of a "Victims may:" list of signs say what may be true of victims, not what they
are allowed to do. The UK Home Office's first responder toolkit (2026, "General indicators of
Modern Slavery") lists them under "General Indicators – Victims may:"; a researcher's trial 46
(P3) found 38 of them permissions of "General Indicators - Victims", clustered, suggested to
areas and swept into a "non-punishment principle" cluster ("• Be disciplined through
punishment"). The text below is the toolkit's, as its text layer gives it (© Crown copyright
2026, Open Government Licence v3.0; `UKHomeOffice/modern-slavery`
`assets/documents/first-responder-toolkit-england-wales-v2-2026.pdf` @ 54dfce7f)."""
from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from corpus_tool.statements import stage as S

SIGNS = ["General Indicators – Victims may:",
         "• Believe that they must work against their will",
         "• Be unable to leave their work environment",
         "• Show signs that their movements are being controlled",
         "• Feel that they cannot leave",
         "• Show fear or anxiety",
         "• Be subjected to violence or threats of violence against themselves or against their "
         "family members and loved ones",
         "• Suffer injuries that appear to be the result of an assault",
         "• Not be in possession of their passports or other travel or identity documents, as "
         "those documents are being held by someone else",
         "• Have false identity or travel documents (or none at all)",
         "• Not know their home or work address",
         "• Be disciplined through punishment",
         "• Receive little or no payment",
         "• Have no access to their earnings",
         "• Have acted on the basis of false promises"]
# a leave, in the same form: what a person may do
LEAVES = ["A victim may:",
          "(a) apply for a residence permit;",
          "(b) be accompanied by a person of their choice;",
          "(c) have access to legal aid."]


def _strengths(lines: list[str], genre: str) -> list[str]:
    ps = [NS(id=f"d:p{k}", text=t, locator=f"p. 22 ¶ {k + 1}", heading="") for k, t in
          enumerate(lines)]
    _, [(_, drafts)] = S.analyse_documents([("d", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"d": genre})
    return [drafts[k][0].parts.strength if drafts.get(k) else "-" for k in range(len(ps))]


@pytest.mark.parametrize("genre", ["", "conduct"])    # (a manifest's "guidelines": conduct)
def test_signs_listed_under_may_are_no_permissions(trained, genre):
    got = _strengths(SIGNS, genre)
    assert got[1:] == ["-"] * (len(SIGNS) - 1), list(zip(got, SIGNS))


def test_the_leaves_a_list_gives_under_may_stay_permissions(trained):
    assert _strengths(LEAVES, "enacting")[1:] == ["permission"] * 3
