"""A document many of whose marked items are cited by position is said at ingest (a researcher's
trial 34, P2: 127 of the 349 statements of a US Code text, 42 U.S.C. §§ 1381-1383 assembled from
its chunks, were cited "s. 1382(e) ¶ 2"…, and ingest said nothing)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.unplaced import unplaced_items, unplaced_items_warning

REPO = Path(__file__).parents[2]
MARKDOWN = REPO / "tests" / "data" / "markdown"
SSI = MARKDOWN / "us-code-42-1382e-ssi-excerpt.md"
PIPEDA = MARKDOWN / "ca-pipeda-2000-sections-excerpt.md"
R150 = REPO / "examples" / "labour-market" / "corpus" / "added" / \
    "ilo_c142_r150_1975__nl-treatydb.md"


def test_items_cited_by_position_are_the_unplaced_ones():
    segs = extract_document(SSI).segments
    lost, marked = unplaced_items(segs)
    cited = {s.locator: s.text[:5] for s in lost}
    # "(iii) at a rate not in excess of $720 per year …" is 42 U.S.C. 1382(e)(1)(B)(iii)
    assert cited["s. 1382(e) ¶ 2"] == "(iii)"
    assert marked == 36 and len(lost) == 3
    # too few of them for a warning in this excerpt
    assert unplaced_items_warning(segs) is None


def test_a_document_with_many_is_read_with_a_warning_naming_them():
    [warning] = extract_document(R150).warnings
    assert warning.startswith("60 of its 462 marked items are cited by their position, not "
                              "their mark (“Recommendation, Part I, para. 2 ¶ 2” for “(2)")
    assert "check these citations against the source before you publish them" in warning


def test_a_second_item_of_one_mark_under_a_definitions_section_is_placed():
    """PIPEDA s. 2(1)'s definitions each have their items "(a)" … ("s. 2(1)(a) ¶ 2" is the
    second definition's (a)): cited by their mark."""
    segs = extract_document(PIPEDA).segments
    assert "s. 2(1)(a) ¶ 2" in {s.locator for s in segs}
    assert unplaced_items(segs)[0] == [] and extract_document(PIPEDA).warnings == []
