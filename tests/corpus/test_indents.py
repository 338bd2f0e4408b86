"""An article's items set off by a dash are cited by their ordinal, as the Council of Europe
and EUR-Lex cite them ("Article 23, first indent"), not by position: the European Social
Charter's Art. 23 has three indents, the first two with items a) and b), which were cited
"Art. 23(a)", "Art. 23(b)" and again "Art. 23(a) ¶ 2", "Art. 23(b) ¶ 2" (a researcher's trial
36, P9); an EU directive's indents under a paragraph were "Art. 4(1) ¶ 4" …"""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document
from corpus_tool.corpus.locators import cited_parts

REPO = Path(__file__).resolve().parents[2]
CHARTER = REPO / "corpus" / "treaties" / "coe_ets163_social_charter_revised_1996__nl-treatydb.md"
UNSEEN = REPO / "tests" / "data" / "unseen" / "docs"


def _english(path: Path) -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(path).segments if s.lang == "en"}


def test_the_charter_s_indents_and_their_items_are_cited_by_ordinal():
    got = _english(CHARTER)
    assert got["Art. 23, first indent"].startswith("– to enable elderly persons to remain full")
    assert got["Art. 23, first indent (a)"].startswith("a) adequate resources")
    assert got["Art. 23, second indent (a)"].startswith("a) provision of housing")
    assert got["Art. 23, second indent (b)"].startswith("b) the health care")
    assert got["Art. 23, third indent"].startswith("–to guarantee elderly persons living")
    assert not any(loc.startswith("Art. 23") and "¶" in loc for loc in got)


def test_a_convention_s_and_a_directive_s_indents_under_a_paragraph():
    got = _english(UNSEEN / "coe-cets197-2005.md")
    assert got["Art. 32, second indent"] == "– protecting and providing assistance to victims;"
    got = _english(UNSEEN / "eu-eprivacy-2002-consolidated.html")
    assert got["Art. 4(1), first indent"].startswith("— ensure that personal data can be")
    assert got["Art. 4(1), third indent"].startswith("— ensure the implementation of a security")
    # the text after the indents belongs to the paragraph again
    assert any(loc.startswith("Art. 4(1) ¶") and text.startswith("Relevant national authorities")
               for loc, text in got.items())


def test_parts_as_cited():
    assert cited_parts(["2", "a", "first indent"]) == "(2)(a), first indent"
    assert cited_parts(["second indent", "b"]) == ", second indent (b)"
    assert cited_parts(["1", "a"]) == "(1)(a)"
    assert cited_parts(["parágrafo único", "I"]) == ", parágrafo único, I"
