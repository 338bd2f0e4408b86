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
ETS14 = REPO / "examples" / "health" / "corpus" / "added" / \
    "coe_ets014_social_medical_assistance_1953__nl-treatydb.md"
R150 = REPO / "examples" / "labour-market" / "corpus" / "added" / \
    "ilo_c142_r150_1975__nl-treatydb.md"


def test_items_cited_by_position_are_the_unplaced_ones():
    segs = extract_document(SSI).segments
    lost, marked = unplaced_items(segs)
    cited = {s.locator: s.text[:5] for s in lost}
    # "(iii) at a rate not in excess of $720 per year …" is 42 U.S.C. 1382(e)(1)(B)(iii)
    assert cited["s. 1382(e) ¶ 2"] == "(iii)"
    assert marked == 38 and len(lost) == 3
    # too few of them for a warning in this excerpt
    assert unplaced_items_warning(segs) is None


def test_a_document_with_many_is_read_with_a_warning_naming_them():
    """The European Convention on Social and Medical Assistance's Annex I lists each Party's
    legislation under items "(i)", "(ii)" … its reader cites by position (of its English half:
    its Dutch half is not counted)."""
    [warning] = extract_document(ETS14).warnings
    assert warning.startswith("41 of its 54 marked items are cited by their position, not "
                              "their mark (“Annex I, ¶ 11” for “(i) Presiden…”")
    assert "check these citations against the source before you publish them" in warning


def test_an_ilo_recommendation_s_subparagraphs_are_cited_by_their_number():
    """The warning's first find in the repository: Recommendation No. 150 (1975), whose
    paragraphs open "5. (1) With the above ends in view, Members should …" / "(2) Members
    should aim in particular at -" / "(a) ensuring …", cited "Part II, para. 5 ¶ 2", "Part II,
    para. 2 ¶ 2", "Part II, para. 2(a) ¶ 2" (60 of its 462 marked items by position)."""
    segs = extract_document(R150).segments
    cited = {s.locator: s.text for s in segs}
    part_ii = "Recommendation, Part II, para."
    assert cited[f"{part_ii} 5(1)"].startswith("5. (1) With the above ends in view, Members")
    assert cited[f"{part_ii} 5(2)"].startswith("(2) Members should aim in particular at")
    assert cited[f"{part_ii} 5(2)(a)"].startswith("(a) ensuring that all have equal access")
    assert cited[f"{part_ii} 4(6)(h)"].startswith("(h) to achieve the full participation")
    assert cited[f"{part_ii} 6"].startswith("6. The policies and programmes of vocational")
    assert cited["Recommendation, Part I, para. 2(2)"].startswith("(2) The definition contained")
    assert unplaced_items(segs)[0] == [] and extract_document(R150).warnings == []


def test_a_second_item_of_one_mark_under_a_definitions_section_is_placed():
    """PIPEDA s. 2(1)'s definitions each have their items "(a)" …: cited by their definition's
    term and their mark (`corpus.definitions`)."""
    segs = extract_document(PIPEDA).segments
    assert "s. 2(1), “federal work, undertaking or business” (a)" in {s.locator for s in segs}
    assert unplaced_items(segs)[0] == [] and extract_document(PIPEDA).warnings == []


def test_an_item_s_mark_before_a_heading_is_no_italian_word():
    """Trial 34, P12: the US Code's "######## (E) Restitution ." read as a heading in Italian
    (its "e"), and the English text after it as a second, Italian half: passage ids
    "it-p1-en"…, the bare "(F)" tagged Italian."""
    segs = extract_document(SSI).segments
    assert {s.lang for s in segs} == {"en"}
    assert not [s.slug for s in segs if s.slug.startswith("it-") or s.slug.endswith("-en")]
    cited = {s.locator: s.text for s in segs}
    assert cited["s. 1383(a)"].startswith("In cases where the negligent failure of the")


def test_dotted_marks_count_and_a_second_language_s_half_does_not():
    """A Markdown edition numbers nested lists "a.", "i.", "ii." (Washington's SB 5023: its
    "ii." items were cited "Section 3, para. 7 ¶ 2" and nothing said so, trial 37, P1). The
    European Charter for Regional or Minority Languages' Dutch half has such items its reader
    cites by position ("iv. indien de autoriteiten …" is "Art. 8(1) ¶ 4"): they are unplaced,
    but the statements stage does not read that half, and ingest says nothing of it."""
    ecrml = REPO / "corpus" / "treaties" / "coe_ets148_ecrml_1992__nl-treatydb.md"
    res = extract_document(ecrml)
    lost, _ = unplaced_items([s for s in res.segments if s.lang == "nl"])
    assert any(s.text.startswith("iv. indien de autoriteiten") for s in lost)
    assert len(lost) >= 5 and res.warnings == []
