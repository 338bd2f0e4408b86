"""An item under a chapeau that says a duty or a leave of its own is read on its own. 22 U.S.C.
7105(c) opens "… the Attorney General, the Secretary of Homeland Security and the Secretary of
State shall promulgate regulations … to implement the following:"; a researcher's trial 46 (P1)
found every item below it an obligation of the Attorney General, also "(i) If …, the Secretary
of Homeland Security may permit the alien to remain …" and "(B) Law enforcement officials may
submit written requests …": a leave published as a binding duty (tests/data/markdown)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

from corpus_tool.corpus import extract_document
from corpus_tool.statements import stage as S

US = Path(__file__).parents[1] / "data" / "markdown" / "us-22usc-7105c.md"


def _statements() -> dict[str, tuple[str, str, str]]:
    """locator → (strength, actor, text) of each passage's first statement."""
    segs = extract_document(US).segments
    ps = [NS(id=f"us:{s.slug}", text=s.text, locator=s.locator, heading=s.heading) for s in segs]
    _, [(_, drafts)] = S.analyse_documents([("us", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"us": "enacting"})
    return {ps[i].locator: (ds[0].parts.strength, ds[0].parts.actor,
                            ps[i].text[ds[0].start:ds[0].end]) for i, ds in drafts.items() if ds}


def test_an_item_with_a_modal_and_a_subject_of_its_own_is_read_on_its_own(trained):
    got = _statements()
    by_text = {text[:40]: (strength, actor) for strength, actor, text in got.values()}
    permit = next(v for k, v in by_text.items() if "If a Federal law enforcement" in k)
    assert permit == ("permission", "Secretary of Homeland Security")
    submit = next(v for k, v in by_text.items() if k.startswith("Law enforcement officials may"))
    assert submit == ("permission", "Law enforcement officials")
    # items that continue the chapeau's sentence still take its duty
    detained = next(v for k, v in by_text.items() if k.startswith("(A) not be detained"))
    assert detained[0] == "prohibition"
    medical = next(v for k, v in by_text.items() if k.startswith("(B) receive necessary"))
    assert medical[0] == "obligation"
    course = next(v for k, v in by_text.items() if k.startswith("(i) a distance learning"))
    assert course[0] == "obligation"
