"""PDF ingest on real PDFs (tests/pdfs, see SOURCES.md there): reading order across columns,
running headers gone, page numbers of known sentences, hyphenation, and the bad files."""
from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.errors import InputError

from tests.conftest import PDFS, REPO

FR = PDFS / "us_federal_register_2020-17221_proposed_rule__pdfplumber.pdf"
DMCA = PDFS / "us_copyright_office_dmca_summary_1998__pdfminer.pdf"
LATEX = PDFS / "synthetic_latex_two_column_lorem__py-pdf-sample-files.pdf"
IRS = PDFS / "us_irs_instructions_1040nr_2007__pdfminer.pdf"


def _raw_page_text(path, page):
    pdf = pdfium.PdfDocument(str(path))
    try:
        return re.sub(r"\s+", " ", pdf[page - 1].get_textpage().get_text_range())
    finally:
        pdf.close()


def _hits(res, sentence):
    return [s for s in res.segments if sentence in s.text]


@pytest.fixture(scope="module")
def fr():
    return extract_document(FR)


def test_offsets_exact_for_every_pdf_passage(fr):
    for res in (fr, extract_document(DMCA), extract_document(LATEX), extract_document(IRS)):
        for s in res.segments:
            assert res.text[s.start:s.end] == s.text
            assert s.page is not None and 1 <= s.page <= res.n_pages


# Sentences that in the PDF run over a column break or a page break (checked below against
# the raw text of the pages they start and end on).
FR_SENTENCES = [
    # page 1, last column → page 2, first column
    ("On October 29, 2018, a Boeing Model 737–8 airplane operated by Lion Air (Lion Air Flight "
     "610) was involved in an accident after takeoff from Soekarno-Hatta International Airport in "
     "Jakarta, Indonesia, resulting in 189 fatalities. Investigation of the accident has been "
     "completed by the Indonesian authorities", 1, "accident after takeoff from Soekarno",
     2, "Investigation of the accident has been completed by the Indonesian authorities"),
    # page 2: first column → second column, footnotes in between
    ("These effects include stall warning activation, airspeed disagree alert, and altitude "
     "disagree alert, and may affect the flightcrew’s ability to accomplish continued safe "
     "flight and landing.", 2, "These effects include stall warning activation", 2,
     "the flightcrew’s ability to accomplish"),
    ("The FAA proposes mandating the following changes to the 737 MAX type design, to address "
     "the various aspects of the unsafe condition.", 3, "The FAA proposes mandating", 3,
     "aspects of the unsafe condition"),
]


@pytest.mark.parametrize("sentence,p1,start_words,p2,end_words", FR_SENTENCES)
def test_federal_register_sentences_whole_in_reading_order(fr, sentence, p1, start_words, p2,
                                                           end_words):
    assert start_words in _raw_page_text(FR, p1)
    assert end_words in _raw_page_text(FR, p2)
    hits = _hits(fr, sentence)
    assert len(hits) == 1, sentence
    assert hits[0].page == p1                     # a passage carries the page it starts on


def test_federal_register_no_running_headers_or_printer_slugs(fr):
    for s in fr.segments:
        assert "Federal Register /" not in s.text
        assert "Vol. 85, No. 152" not in s.text
        assert "VerDate" not in s.text and "Jkt 250001" not in s.text
        assert "with PROPOSALS" not in s.text
        assert not re.fullmatch(r"\d{5}", s.text)          # page numbers like 47699
    # …but the body text right below the header is there
    assert _hits(fr, "Following the Lion Air Flight 610 accident on October 29, 2018")


def test_federal_register_footnotes_do_not_break_paragraphs(fr):
    note = _hits(fr, "The angle of attack (or AOA) is the angle at which the airplane wing meets")
    assert len(note) == 1 and note[0].text.startswith("4 The angle of attack")


def test_federal_register_footnotes_are_numbered_apart_and_cited_by_page_and_number(fr):
    """The text stream glues a footnote's superscript number to its text ("4The angle…"):
    the passage reads "4 The angle…" and is cited `p. 2 fn. 4`."""
    note = _hits(fr, "The angle of attack (or AOA) is the angle at which the airplane wing meets")[0]
    assert note.locator == "p. 2 fn. 4" and note.slug == "p2-fn-4" and note.page == 2
    assert "4The angle" in _raw_page_text(FR, 2).replace("\r\n", "")   # glued in the source
    notes = {s.locator: s.text for s in fr.segments if " fn. " in s.locator}
    assert notes["p. 3 fn. 13"] == "13 More than 10 degrees difference for more than 10 seconds."
    assert not [s.text[:20] for s in fr.segments if re.match(r"\d{1,3}[A-Z][a-z]", s.text)]
    # body paragraphs keep their page/paragraph locators; the notes' marks in the body text,
    # raised ("altitude disagree alert,5 and"), are no words of it and go (session 44: a quote
    # without them did not anchor)
    body = _hits(fr, "These effects include stall warning activation")[0]
    assert body.locator.startswith("p. 2 ¶ ") and "disagree alert, and may" in body.text


def test_dmca_running_header_removed_and_words_whole():
    res = extract_document(DMCA)
    assert res.n_pages == 18
    assert not any("Copyright Office Summary December 1998 Page" in s.text for s in res.segments)
    assert not any(re.search(r"\bPage \d+$", s.text) for s in res.segments)
    assert "technica l" not in res.text
    hit = _hits(res, "Each of the WIPO treaties contains virtually identical language obligating "
                     "member states to prevent circumvention of technological measures")
    assert len(hit) == 1 and hit[0].page == 3
    assert "Section 103 of the DMCA adds a new chapter 12 to Title 17" in _raw_page_text(DMCA, 3)


def test_latex_two_columns_and_hyphenation():
    res = extract_document(LATEX)
    assert "adipiscing elit" in res.text and "adip iscing" not in res.text
    assert "con­sectetuer" not in res.text and "consectetuer id, vulputate" in res.text
    # the left column's last paragraph comes before the right column's first one
    left = res.text.index("Vivamus viverra fermentum felis")
    right = res.text.index("Proin fermentum massa ac quam")
    assert left < right


def test_encrypted_pdf_names_password_option_and_opens_with_it():
    with pytest.raises(InputError) as e:
        extract_document(PDFS / "encrypted_password_example__pdfplumber.pdf")
    assert "--password" in str(e.value)
    res = extract_document(PDFS / "encrypted_password_example__pdfplumber.pdf", password="test")
    assert res.n_pages == 4 and res.segments
    with pytest.raises(InputError, match="wrong password"):
        extract_document(PDFS / "encrypted_password_example__pdfplumber.pdf", password="nope")


@pytest.mark.parametrize("name,message", [
    ("empty_zero_bytes__pdfplumber.pdf", "empty"),
    ("truncated_dmca__derived.pdf", "damaged or truncated"),
    ("scanned_no_text_layer__generated.pdf", "OCR"),
])
def test_bad_pdfs_get_a_clear_reason(name, message):
    with pytest.raises(InputError, match=message) as e:
        extract_document(PDFS / name)
    assert name in str(e.value)


def test_a_text_file_named_pdf_is_said_to_be_no_pdf(tmp_path):
    # a researcher's trial (session 43): a Markdown file saved as .pdf was "damaged or truncated"
    # with the advice to download it again
    md = Path(__file__).parents[1] / "data" / "markdown" / "un-rescue-agreement-1968.md"
    fake = tmp_path / "rescue-agreement.pdf"
    fake.write_bytes(md.read_bytes())
    with pytest.raises(InputError) as e:
        extract_document(fake)
    assert "not a PDF: the file begins with text" in str(e.value)
    assert "give it the extension of what it is" in str(e.value)
    assert "damaged" not in str(e.value)


def test_irs_printer_proof_marks_and_page_footers_dropped():
    res = extract_document(IRS)
    assert res.n_pages == 50
    for s in res.segments:
        assert "Userid:" not in s.text and "Ok to Print" not in s.text
        assert "The type and rule above prints on all proofs" not in s.text
        assert not re.search(r"-\d+- Instructions for Form 1040NR", s.text)
        assert not re.search(r"Page \d+ of 48", s.text)
    assert "The type and rule above prints on all proofs" in _raw_page_text(IRS, 6)  # raw has it


def test_partly_scanned_pdf_warns_which_pages_need_ocr(tmp_path):
    mixed = pdfium.PdfDocument.new()
    for src, pages in ((DMCA, [0, 1]), (PDFS / "scanned_no_text_layer__generated.pdf", [0])):
        pdf = pdfium.PdfDocument(str(src))
        mixed.import_pages(pdf, pages)
    mixed.save(str(tmp_path / "mixed.pdf"))
    res = extract_document(tmp_path / "mixed.pdf")
    assert res.n_pages == 3
    assert res.warnings == ["1 page(s) without a text layer (need OCR): 3"]
    assert {s.page for s in res.segments} == {1, 2}


@pytest.mark.parametrize("sentence,page", [
    ("1. Tax withheld from wages earned in the United States and taxes withheld at the source "
     "from various items of income from U.S. sources other than wages.", 6),
    ("2. Estimated tax paid with Form 1040-ES or Form 1040-ES (NR).", 6),
    ("To make the election, attach a statement to your return for the year of the election.", 6),
])
def test_irs_three_columns_whose_stream_interleaves_lines(sentence, page):
    # in the raw stream the first sentence's lines alternate with the other columns' lines
    raw = _raw_page_text(IRS, page)
    assert "1. Tax withheld from wages earned in the United States" not in raw
    res = extract_document(IRS)
    hits = _hits(res, sentence)
    assert len(hits) == 1 and hits[0].page == page


def test_numbered_paragraph_pdf_cited_by_paragraph_number():
    """A General Comment laid out as a PDF (tests/corpus/make_gc_pdf.py renders the real CESCR GC 11
    text): paragraphs cited `para. N`, a paragraph broken over a page joined, header gone."""
    import json
    src = json.loads((REPO / "corpus" / "general-comments" /
                      "Annotated_ESCR-GC11-PrimEducation.json").read_text(encoding="utf-8"))
    res = extract_document(PDFS / "cescr_gc11_rendered__derived.pdf")
    by_loc = {s.locator: s for s in res.segments}
    assert [f"para. {i}" for i in range(1, 12)] == [s.locator for s in res.segments]
    for rec in src:
        n = rec["ID"].strip().rstrip(".")
        want = " ".join(rec["Text"].split())
        assert by_loc[f"para. {n}"].text == f"{n}. {want}"
    pages = {s.locator: s.page for s in res.segments}
    assert pages["para. 7"] == 1 and pages["para. 8"] == 2
    assert "para. 7" in {s.locator for s in res.segments if s.page == 1}
    assert "Free of charge" in _raw_page_text(PDFS / "cescr_gc11_rendered__derived.pdf", 1)
    assert not any("E/C.12/1999/4" in s.text or "page 2" in s.text for s in res.segments)


def test_a_tight_lettered_item_atop_a_page_is_an_item_of_its_own():
    """Trial 48 (P1): UNESCO's CADE printed from Markdown sets its items tight, "b.It is
    essential …"; item (b), the first line of page 3, ran into (a) on page 2, and (c) after it
    was cited "Art. 5(1) ¶ 2", its sub-items "Art. 5(1)(i)" – in the trial's provenance table."""
    segs = extract_document(PDFS / "unesco_cade_1960_pp1-3__chromium.pdf").segments
    got = {s.locator: s for s in segs if "It is essential" in s.text[:20] or
           s.locator.startswith("Art. 5(1)(c)(")}
    assert got["Art. 5(1)(b)"].text.startswith("b.It is essential to respect the liberty")
    assert got["Art. 5(1)(b)"].page == 3
    assert got["Art. 5(1)(c)"].text.startswith("c.It is essential to recognize the right")
    assert got["Art. 5(1)(c)(i)"].text.startswith("(i)That this right is not exercised")
    # and the IRS's instructions, "a. You received income …" / "b. Not all of the U.S. tax …"
    irs = extract_document(PDFS / "us_irs_instructions_1040nr_2007__pdfminer.pdf").segments
    assert any(s.text.startswith("b. Not all of the U.S. tax that you owe was withheld")
               for s in irs)
