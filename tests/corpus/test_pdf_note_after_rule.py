"""A page's notes in a UN document's PDF: the first one, read with the rule that sets the notes
off, and a note's line after a case name broken at its "v." were read as the text's next
paragraph, cited "para. 3 ¶ 2" and "para. 4 ¶ 2", and their words became statements of it (a
researcher's trial 44, P4: the UN Permanent Forum's study E/C.19/2010/13). Its annexed
bibliography is no statement (P7: "Ohio University Press, 1986." was a recommendation to the
States parties)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.statements.stage import extract

PDF = Path(__file__).resolve().parent.parent / "pdfs" / "un_e_c19_2010_13_doctrine_of_discovery.pdf"


@pytest.fixture(scope="module")
def segments():
    return extract_document(PDF).segments


def test_a_pages_first_note_under_the_rule_is_cited_as_a_note(segments):
    (fn1,) = [s for s in segments if s.text.startswith("1 Judge John Catron")]
    assert fn1.locator == "p. 3 fn. 1" and fn1.page == 3
    assert not any(s.locator.startswith("para. 3 ¶") for s in segments)
    assert not any("_____" in s.text for s in segments)


def test_a_notes_line_after_a_case_names_v_goes_on_in_the_note(segments):
    (fn3,) = [s for s in segments if s.text.startswith("3 In Conquest by Law")]
    assert fn3.locator == "p. 4 fn. 3"
    assert "Johnson v. McIntosh decision “has been global”" in fn3.text
    assert not any(s.locator.startswith("para. 4 ¶") for s in segments)


def test_a_bibliography_is_no_statement(segments):
    books = [s for s in segments if s.locator.startswith("Annex") and "Press" in s.text]
    assert len(books) >= 5
    found = [d for s in books for d in extract(s.text, genre="resolving", locator=s.locator)]
    assert found == []


def test_a_quoted_texts_own_paragraph_number_is_text_of_the_paragraph_quoting_it(segments):
    """P4: Story's Commentaries, quoted as a block in para. 37, "6. The principle, then, …", was
    cited "para. 6 ¶ 2" on p. 15 (the study's para. 6 is on p. 5)."""
    (story,) = [s for s in segments if s.text.startswith("6. The principle, then,")]
    assert story.locator.startswith("para. 37 ¶"), story.locator
    assert [s.locator for s in segments if s.locator.startswith("para. 6")] == ["para. 6"]


def test_a_judgments_quoted_provision_is_its_paragraphs_and_a_quoted_jump_stops_nothing():
    """A judgment quoting the GDPR's Art. 2(2) in its para. 4 ("2. This Regulation does not
    apply …") cited it "para. 2 ¶ 4"; a quoted recital "97." before para. 4 must not make the
    judgment's own paragraphs 4, 5, 6 … quotations (CJEU C-245/20 and C-534/20, unseen gold
    documents)."""
    docs = Path(__file__).resolve().parent.parent / "data" / "unseen" / "docs"
    c245 = extract_document(docs / "cjeu-c245-20.md").segments
    (art2,) = [s for s in c245 if s.text.startswith("2. This Regulation does not apply")]
    assert art2.locator.startswith("para. 4 ¶"), art2.locator
    c534 = {s.locator: s.text for s in extract_document(docs / "cjeu-c534-20.md").segments}
    assert c534["para. 4"].startswith("4 Article 37 of the GDPR")
    assert c534["para. 5"].startswith("5 Article 38 of the GDPR")
