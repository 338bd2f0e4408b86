"""A numbered paragraph of its own is not an item of the list the paragraph before left open.
CEDAW general recommendation No. 37 (2018), paras. 45–46, as a PDF reader cut them where a page
broke para. 45's last sentence ("… must be" / "firmly grounded …"): para. 46's "States parties,
separately and in cooperation with others, should: (a) …" was read as items of para. 45's
"must be", obligations with no actor (a researcher's trial, session 44)."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S

PASSAGES = [
    ("para. 45", "45. In accordance with the Convention and other international human rights "
                 "instruments, funding for disaster and climate change prevention, mitigation and "
                 "adaptation must be ensured through both national budgets and international "
                 "cooperation. Any steps taken by States parties to prevent, mitigate and respond "
                 "to climate change and disasters within their own jurisdictions or "
                 "extraterritorially must be"),
    ("para. 45 ¶ 2", "firmly grounded in the human rights principles of substantive equality and "
                     "non-discrimination, financed with international climate and sustainable "
                     "development funds;"),
    ("para. 46", "46. States parties, separately and in cooperation with others, should: (a) Take "
                 "effective steps to equitably manage shared natural resources, in particular "
                 "water, and limit carbon emissions; (b) Increase dedicated budget allocations, "
                 "at the international, regional, national and local levels, to respond to "
                 "gender-specific disaster and climate change prevention needs;"),
]


def test_a_numbered_paragraph_after_an_open_list_reads_as_its_own(trained):
    passages = [NS(id=f"gr37:p{i}", text=t, locator=loc, heading="")
                for i, (loc, t) in enumerate(PASSAGES)]
    _, [(_, drafts)] = S.analyse_documents([("gr37", passages, set(range(len(passages))))],
                                           pipeline="trained", genres={"gr37": "recommending"},
                                           detector=None)
    read = [(d.parts.strength, d.parts.actor) for d in drafts[2]]
    assert read == [("recommendation", "States parties")] * 3
    # a continuation of the paragraph (its own ¶ 2) still runs on with the list
    assert not S._next_paragraph(passages[1], passages[0])
    assert S._next_paragraph(passages[2], passages[0])
