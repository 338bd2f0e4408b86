"""The US Code's levels below a section (`corpus_tool/corpus/statute_items.py`), on real text:
ADA Title III (42 U.S.C. 12181–12184) and a Stafford Act excerpt (42 U.S.C. 5174), whose
headed subparagraphs ("(A) Activities", "(E) Association", "(I) Prohibition") were passages and
"statements" of their own, and whose text under them was cited by position ("s. 12182(b)(1)
¶ 15" for (E)): a researcher's trial 24 (P7) and trial 25 (problem 6)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

DATA = Path(__file__).parents[1] / "data" / "markdown"
ADA = DATA / "us-code-42-ch126-ada-title-iii.md"
STAFFORD = DATA / "us-code-42-5174-stafford-excerpt.md"
COPPA = DATA / "us-code-15-ch91-coppa.md"


def _cited(path: Path) -> dict[str, str]:
    """locator → the passage's first words."""
    return {s.locator: s.text[:40] for s in extract_document(path).segments}


def test_a_headed_subparagraph_is_cited_by_its_letter_and_its_heading_is_no_passage():
    cited = _cited(ADA)
    assert cited["s. 12182(b)(1)(E)"].startswith("It shall be discriminatory to exclude")
    assert cited["s. 12182(b)(1)(A)(i)"].startswith("It shall be discriminatory to subject")
    assert cited["s. 12182(b)(1)(D)"].startswith("An individual or entity shall not")
    assert cited["s. 12182(b)(1)(D)(ii)"].startswith("(ii) that perpetuate")
    assert cited["s. 12182(b)(2)(A)(iv)"].startswith("(iv) a failure to remove")
    assert cited["s. 12182(b)(2)(B)(i)"].startswith("It shall be considered discrimination")
    texts = {s.text for s in extract_document(ADA).segments}
    for heading in ("(A) Activities", "(E) Association", "(i) Denial of participation",
                    "(1) General prohibition", "(B) Fixed route system"):
        assert heading not in texts
    assert not any("¶" in loc for loc in cited if loc.startswith("s. 12182(b)(1)"))


def test_subparagraphs_with_text_and_subclauses_are_cited_by_their_marks():
    cited = _cited(ADA)
    assert cited["s. 12181(1)(A)"].startswith("(A) among the several States")
    coppa = _cited(COPPA)
    assert coppa["s. 6501(2)(A)(ii)(I)"].startswith("(I) another such territory")
    assert coppa["s. 6501(2)(A)(ii)(II)"].startswith("(II) any State or foreign nation")
    assert coppa["s. 6501(2)(A)(iii)"].startswith("(iii) between the District")
    assert coppa["s. 6501(10)(A)(i)"].startswith("(i) a commercial website")


def test_stafford_act_sub_headings_are_headings_not_passages():
    segs = extract_document(STAFFORD).segments
    texts = [s.text for s in segs]
    for heading in ("(H) Report on incentives", "(I) Prohibition", "(J) Miscellaneous"):
        assert heading not in texts
    def at(words: str) -> str:
        return next(s.locator for s in segs if s.text.startswith(words))
    # (the excerpt's "(i)" items above make its slug, and so its locator, "(I) ¶ 2")
    assert at("The President may not condition").startswith("s. 5174(I)")
    assert at("Not later than 12 months").endswith("(H)")


def test_a_list_of_short_items_and_a_lead_in_stay_passages():
    from corpus_tool.corpus.readers.base import Block
    from corpus_tool.corpus.segment import segment
    blocks = [Block("§ 1. Definitions", kind="heading"), Block("(1) The areas covered are:"),
              Block("(A) Health"), Block("(B) Education"), Block("(C) Housing"),
              Block("Such areas are reviewed every year."), Block("(2) All citizens are -"),
              Block("(A) equally entitled to the rights of citizenship;")]
    _, segs, _ = segment(blocks)
    assert [s.locator for s in segs] == ["s. 1(1)", "s. 1(1)(A)", "s. 1(1)(B)", "s. 1(1)(C)",
                                         "s. 1(1) ¶ 2", "s. 1(2)", "s. 1(2)(A)"]
