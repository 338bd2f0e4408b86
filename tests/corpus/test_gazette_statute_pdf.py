"""The Gazette of India prints an Act with each section's number opening its first
sub-section ("6. (1) The consent given by the Data Principal …", then "(2) Any part of consent
…") and the section's heading as a side note in the margin ("Consent."). The Digital Personal
Data Protection Act 2023 was cited "Chapter II, para. 6", its later sub-sections lost their
section ("(2)" of s. 42 was "Chapter IX, para. 2 ¶ 13"), and the side note was read into the
middle of s. 6(1), so its sentence as printed could not be quoted (a researcher's trial 20). A
lawyer cites s. 6(1), s. 42(2), s. 5(1)(ii)."""
from __future__ import annotations

from corpus_tool.corpus import extract_document

from tests.conftest import REPO

INDIA = REPO / "tests" / "pdfs" / "in_dpdp_act_2023_pp4-5_17_19_21__derived.pdf"


def test_the_act_is_cited_by_section_and_sub_section():
    segs = extract_document(INDIA).segments
    by_loc = {s.locator: s for s in segs}
    assert by_loc["s. 6(1)"].text.startswith(
        "6. (1) The consent given by the Data Principal shall be free, specific, informed, "
        "unconditional and unambiguous with a clear affirmative action")
    assert by_loc["s. 6(2)"].text.startswith("(2) Any part of consent referred in sub-section")
    assert by_loc["s. 4(2)"].text.startswith("(2) For the purposes of this section")
    assert by_loc["s. 42(2)"].text.startswith("(2) Any amendment notified under sub-section (1)")
    # a section without sub-sections, after a chapter's heading
    assert by_loc["s. 35"].text.startswith("35. No suit, prosecution or other legal proceedings "
                                           "shall lie against the Central Government, the Board")
    # clauses numbered (i), (ii), (iii) under a sub-section, and under a clause (a)
    assert [s.locator for s in segs if s.locator.startswith("s. 5(1)(")] == [
        "s. 5(1)(i)", "s. 5(1)(ii)", "s. 5(1)(iii)"]
    assert by_loc["s. 5(1)(i)"].text == ("(i) the personal data and the purpose for which the "
                                         "same is proposed to be processed;")
    assert "s. 5(2)(a)(iii)" in by_loc


def test_the_side_note_heads_its_section_and_stays_out_of_the_text():
    segs = extract_document(INDIA).segments
    assert not [s for s in segs if s.text in ("Consent.", "Notice.")]
    six = next(s for s in segs if s.locator == "s. 6(1)")
    assert "Consent." not in six.text
    assert six.heading == "Chapter II > OBLIGATIONS OF DATA FIDUCIARY > Consent. > Section 6"
