"""Statements of an act that nuuuwan/lk_parliament_docs exports as one Markdown outline
(tests/data/markdown/README.md), a researcher's trial 41, P3: read as nested lists, a court's duty
("such court or Commission— (a) shall issue such form or report") and an authority's power ("(e)
The Authority may consider the grant of an interim award") were items of the victim's rights of
another sentence, strength recognition, actor "victim of crime"."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

from corpus_tool.corpus import extract_document
from corpus_tool.statements import stage as S

VWA = Path(__file__).parents[1] / "data" / "markdown" / "lk-victims-witnesses-2023-excerpt.md"


def test_a_court_s_duty_is_not_read_as_the_victim_s_right(trained):
    segs = extract_document(VWA).segments
    ps = [NS(id=f"lk:{s.slug}", text=s.text, locator=s.locator, heading=s.heading) for s in segs]
    _, [(_, drafts)] = S.analyse_documents([("lk", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"lk": "enacting"})
    got = {ps[i].locator: (ds[0].parts.strength, ds[0].parts.actor)
           for i, ds in drafts.items() if ds}
    assert got["s. 6(3)(a)"][0] == "obligation"
    assert got["s. 6(3)(b)"][0] == "prohibition"
    assert got["s. 7(5)"] == ("permission", "Authority")
    assert got["s. 3(1)(a)"] == ("recognition", "victim of crime")
