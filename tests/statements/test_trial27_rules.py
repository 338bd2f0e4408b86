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
