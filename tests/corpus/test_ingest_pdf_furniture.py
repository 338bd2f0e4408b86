"""Page furniture of PDFs the reference corpus does not have (issue 13): running heads set
low in wide margins and alternating between odd and even pages, margin line numbers, double
line spacing. Real documents from tests/data/unseen (development half)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.pagefurniture import Seg, running_lines, strip_line_numbers
from corpus_tool.corpus.readers.pdf import RE_NUMBERED_HEADING, _mid_reference

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen" / "docs"
PDFS = Path(__file__).resolve().parents[1] / "pdfs"


@pytest.fixture(scope="module")
def tarrant():
    return extract_document(UNSEEN / "scotus-tarrant-2013.pdf")


def test_alternating_running_heads_of_a_slip_opinion_are_dropped(tarrant):
    text = tarrant.text
    assert "Cite as: 569 U. S." not in text and "WATER DIST. v. HERRMANN" not in text
    assert "to take surface water from a tributary of the Red River at a point located in " \
        "Oklahoma’s portion of subbasin 5 of Reach II." in " ".join(text.split())


def test_margin_line_numbers_are_removed_and_double_spaced_lines_joined():
    res = extract_document(UNSEEN / "ca2-onondaga-2012.pdf")
    texts = [" ".join(s.text.split()) for s in res.segments]
    whole = "UPON DUE CONSIDERATION, IT IS HEREBY ORDERED, ADJUDGED AND DECREED that the " \
        "judgment of the district court be AFFIRMED."
    assert any(whole in t for t in texts)
    seg = next(s for s in res.segments if "we hereby AFFIRM the judgment" in s.text)
    assert seg.page == 5 and not seg.text[:1].isdigit()


def _seg(text, top):
    return Seg(text, 30.0, 500.0, top - 11, top, 11.0, 1, x_text=45.0)


def test_line_numbers_need_a_counting_run():
    lines = [_seg(f"{n} line {n} of the opinion text", 700 - 28 * n) for n in range(1, 12)]
    out = strip_line_numbers(lines)
    assert [s.text for s in out][:2] == ["line 1 of the opinion text", "line 2 of the opinion text"]
    assert out[0].x0 == 45.0
    numbered_paras = [_seg(f"{n} The Court held this.", 700 - 28 * n) for n in (3, 9, 14, 20,
                                                                             21, 30, 41, 42, 50)]
    assert strip_line_numbers(numbered_paras) == numbered_paras


def test_a_superscript_digit_alone_on_a_line_is_text_not_a_crash():
    """A designed report's chapter divider sets its big "2" as the glyph "²": the test for a
    column of line numbers took it for a digit and `int` failed, so the whole 82-page book was
    not read (a researcher's trial, session 45)."""
    lines = [_seg("²", 700)] + [_seg(f"{n}", 680 - 20 * n) for n in range(1, 4)]
    assert [s.text for s in strip_line_numbers(lines)] == ["²", "1", "2", "3"]


def test_a_wrapped_reference_runs_on_into_its_point():
    assert _mid_reference("In response to the enquiry made in accordance with Rule 33 para. 3", True)
    assert not _mid_reference("the following rights:", True)
    assert not _mid_reference("in accordance with Rule 33 para. 3", False)     # a short line


def test_numbered_sub_headings_in_body_type_are_headings():
    assert RE_NUMBERED_HEADING.match("A. Investigation by the tax authorities")
    assert RE_NUMBERED_HEADING.match("I. THE CIRCUMSTANCES OF THE CASE")
    assert RE_NUMBERED_HEADING.match("B. Договор кредитования")
    assert not RE_NUMBERED_HEADING.match("A. The applicant complained, in particular, that")
    assert not RE_NUMBERED_HEADING.match("1. The case originated in an application.")


def test_the_pieces_of_a_line_broken_after_a_note_mark_keep_their_order():
    """pdfium breaks a court opinion's line after its raised note mark, and the two pieces'
    tops differed by 0.01 pt: the reading order put "Id. The Court … the" before "with §
    1291.”4", so the sentence as printed could not be coded (a researcher's trial, session 45)."""
    res = extract_document(PDFS / "us_v_trump_2024_pp12-13__derived.pdf")
    text = " ".join(" ".join(s.text.split()) for s in res.segments)
    assert "jurisdiction consistent with § 1291." in text
    assert "Id. The Court ultimately chose to reject the petitioner’s argument" in text


def test_an_article_heading_after_a_full_last_line_is_a_heading():
    """The Convention against Torture's "Article 4" follows Art. 3(2), whose last line runs to
    the right margin and ends with a full stop: the heading was run into that paragraph, and
    Art. 4's duty to make torture a crime was cited "Art. 3(1) ¶ 2" (a researcher's trial,
    session 45)."""
    segs = extract_document(PDFS / "un_cat_1984_p2__derived.pdf").segments
    by_loc = {s.locator: s.text for s in segs}
    assert by_loc["Art. 4(1)"].startswith("1. Each State Party shall ensure that all acts of "
                                          "torture are offences under its criminal law.")
    assert by_loc["Art. 3(2)"].endswith("gross, flagrant or mass violations of human rights.")


def test_a_paragraphs_last_line_is_no_piece_of_a_running_head():
    """A UN report's running head names "… the Agreement." and seven paragraphs end on a line
    holding only "Agreement.": those lines were dropped as pieces of the head, and passages
    ended "… provisions of the" (a researcher's trial, session 45). A piece of the head
    elsewhere on a page (a masthead) still goes."""
    head = "Report on the implementation of the Agreement."
    pages = [[Seg(head, 60, 400, 731, 739, 7.7, p + 1),
              Seg("as well as any other relevant provisions of the", 60, 520, 401, 412, 10.9,
                  p + 1),
              Seg("Agreement.", 60, 110, 387, 398, 10.9, p + 1),
              Seg("The Commission adopted its report.", 60, 300, 373, 384, 10.9, p + 1),
              Seg("on the implementation", 60, 200, 359, 370, 10.9, p + 1)]
             for p in range(4)]
    drop = running_lines(pages, [792.0] * 4)
    kept = {s.text for p, segs in enumerate(pages) for k, s in enumerate(segs)
            if (p, k) not in drop}
    assert "Agreement." in kept and head not in kept and "on the implementation" not in kept


def test_a_note_mark_set_after_a_space_is_no_word_of_the_text():
    """A UN report sets its note's mark after a comma and a space, "the Agreement, ¹ whichever":
    the mark stayed in para. 9, and a coder's quote of the words as read anchored in another
    paragraph that repeats them, without a word (a researcher's trial, session 45). A number
    of the text after a space is no mark: it is set as tall as the words."""
    segs = extract_document(PDFS / "un_a_ac296_2026_9_p3__derived.pdf").segments
    text = " ".join(s.text for s in segs)
    assert "entry into force of the Agreement, whichever came earlier" in text
    assert "Agreement, 1" not in text
    irs = extract_document(PDFS / "us_irs_instructions_1040nr_2007__pdfminer.pdf").segments
    assert any("(Continued on page 35)" in s.text for s in irs)      # boxes of no height


def test_a_un_documents_footnotes_are_notes_not_paragraphs():
    """UN documents set notes a little smaller than the text (7.7 pt under 9), with the note's
    number apart at the page's foot: the number was dropped as a page number and the note
    cited as a paragraph ("para. 12 ¶ 2"), or numbered as the preamble's ("Preamble, para. 5"),
    shifting every recital after it (a researcher's trial, session 45)."""
    report = extract_document(PDFS / "un_a_ac296_2026_9_p3__derived.pdf").segments
    (note,) = [s for s in report if "fn." in s.locator]
    assert note.locator == "p. 1 fn. 1"
    assert note.text.startswith("1 In accordance with article 68 of the Agreement")
    res = extract_document(PDFS / "un_a_res_77_321__bbnj-corpus.pdf").segments
    by_loc = {s.locator: s.text for s in res}
    assert by_loc["p. 1 fn. 1"] == "1 United Nations, Treaty Series, vol. 1833, No. 31363."
    assert by_loc["p. 1 fn. 2"] == "2 A/CONF.232/2023/5."
    assert by_loc["Preamble, opening words"] == "The General Assembly,"
    assert by_loc["Preamble, para. 3"].startswith("Having considered the report")
    assert not any(t.startswith(("1 United", "2 A/CONF")) for loc, t in by_loc.items()
                   if loc.startswith("Preamble"))


def test_a_us_code_compilations_sections_and_brackets():
    """The GPO's compilation of the Federal Reserve Act prints its sections "SEC. 2." and its
    editorial brackets in a font read as "ø…¿": every passage was cited by page, and quotes
    carried "ø12 U.S.C. 248¿" (a researcher's trial, session 45)."""
    segs = extract_document(PDFS / "us_federal_reserve_act_pp1-3__derived.pdf").segments
    by_text = {s.text[:30]: s.locator for s in segs}
    assert by_text["SEC. 2. As soon as practicable"] == "s. 2"
    assert "[1. Establishment of reserve cities and districts]" in {s.text for s in segs}
    assert not any("ø" in s.text or "¿" in s.text for s in segs)


def test_numbered_paragraphs_run_on_in_one_line_are_each_cited():
    """The OHCHR prints of the CAT and the CRC run an article's "2." on after its "1." in one
    line: Art. 4(2) and Art. 6(2) were no passages, their words cited as Art. 4(1) and Art. 6(1)
    (a researcher's trial, session 45). A number that does not continue the sequence is text."""
    from corpus_tool.corpus.textclean import run_on_paragraphs
    cat = {s.locator: s.text for s in extract_document(PDFS / "un_cat_1984_p2__derived.pdf")
           .segments}
    assert cat["Art. 4(1)"].endswith("complicity or participation in torture.")
    assert cat["Art. 4(2)"].startswith("2. Each State Party shall make these offences")
    crc = {s.locator: s.text for s in extract_document(
        PDFS / "un_crc_1989_headings_at_page_foot__historical-texts.pdf").segments}
    assert crc["Art. 6(2)"].startswith("2. States Parties shall ensure to the maximum extent")
    assert run_on_paragraphs("1. As set out in article 3. 5. The Parties agree.") == [
        "1. As set out in article 3. 5. The Parties agree."]
    assert run_on_paragraphs("A. 2. B.") == ["A. 2. B."]


def test_notes_run_on_after_a_note_are_each_cited():
    """The Federal Register sets note 8 on after note 7's last words in one line ("… in the AD
    docket. 8MCAS is a function …"): note 8 was cited as note 7 (a researcher's trial, session
    45). A UN report's notes 5 and 6 were one note too."""
    fr = {s.locator: s.text for s in extract_document(
        PDFS / "us_federal_register_2020-17221_proposed_rule__pdfplumber.pdf").segments}
    assert fr["p. 2 fn. 7"].endswith("can be found in the AD docket.")
    assert fr["p. 2 fn. 8"].startswith("8 MCAS is a function of the Speed Trim System")
    un = {s.locator: s.text for s in extract_document(UNSEEN / "un-e-c19-2010-13.pdf").segments}
    assert un["p. 5 fn. 6"].startswith("6 President Andrew Jackson appointed Judge Catron")


def test_a_chapter_openers_large_text_and_drop_cap_are_read():
    """A designed report sets a chapter's first paragraph large (18 pt under 11) beside a drop
    cap: every line was taken for a heading and the page gave no passage, and where text
    survived its first word lost the cap ("ince the passage …") (a researcher's trial, session
    45). The chapter's title stays a heading."""
    res = extract_document(PDFS / "chapter_opener_lede__chromium.pdf")
    first = [s for s in res.segments if s.page == 1]
    assert len(first) == 1
    assert first[0].text.startswith("Since the passage of the Affordable Care Act, and with")
    assert first[0].text.endswith("has never been lower in our history.")
    assert "Lower Health Care Costs" in first[0].heading


def test_a_block_quote_is_one_passage_not_one_per_line():
    """A block quote indented as a whole, its lines short of the column's edge, was cut into one
    passage per printed line (a court opinion's 12-line quotation of United States v. Lee: a
    researcher's trial, session 45); the Copyright Office's quotation of WCT Art. 11 too."""
    segs = extract_document(PDFS / "us_copyright_office_dmca_summary_1998__pdfminer.pdf").segments
    quote = next(s for s in segs if s.text.startswith("Contracting Parties shall provide"))
    assert quote.text.endswith("not authorized by the authors concerned or permitted by law.")
    assert "legal protection and effective legal remedies against the circumvention" in quote.text
