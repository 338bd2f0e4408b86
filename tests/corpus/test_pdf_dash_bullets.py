"""The UN working paper on free, prior and informed consent (E/CN.4/Sub.2/AC.4/2004/4), as a
researcher's trial 44 read it. A list whose bullets are the Symbol font's minus sign, set
taller than the text they mark (15.6 pt before 13.5 pt), is read as text: each item was taken
for a heading, and its words were in no passage, so that `search` found none of them and no one
could code them (P3: page 7, the list of what must be disclosed to the peoples concerned)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

PDF = Path(__file__).resolve().parent.parent / "pdfs" / "un_wgip_fpic_2004_working_paper.pdf"
ITEMS = ["The nature, size and scope of the proposed development or activity;",
         "The locality of areas that will be affected;",
         "Conditions for third-party involvement;"]


def test_a_list_with_dash_bullets_is_text_of_its_paragraph_not_headings():
    segs = extract_document(PDF).segments
    page7 = [s for s in segs if s.page == 7]
    for item in ITEMS:
        (s,) = [s for s in page7 if item in s.text]
        assert s.locator.startswith("para. 20"), s.locator
        assert item not in (s.heading or "")
    # the paragraph after the list keeps the section's heading, not an item's
    consent = next(s for s in page7 if s.text.startswith("Consent:"))
    assert "Free, prior and informed consent in international" in consent.heading


def test_an_annex_quoting_another_instruments_articles_cites_them_in_the_annex():
    """P4: the paper's annex, "ARTICLES OF THE ILO CONVENTION NO. 169 THAT REFER TO THE PRINCIPLE
    OF FREE, PRIOR AND INFORMED CONSENT …", was an article "S" ("Art. S"), and the articles it
    quotes were cited as the paper's own ("Art. 6"); a heading "AMENDMENTS TO THE CONVENTION" was
    an amendment "S" too (the Council of Europe's trafficking convention, Chapter IX)."""
    segs = extract_document(PDF).segments
    assert not any(s.locator.startswith("Art. S") or "Art. S" in s.locator for s in segs)
    consult = next(s for s in segs if "Consult the peoples concerned" in s.text)
    assert consult.locator.startswith("Annex, Art. 6"), consult.locator
    assert "ARTICLES OF THE ILO CONVENTION NO. 169" in consult.heading
    docs = Path(__file__).resolve().parent.parent / "data" / "unseen" / "docs"
    art41 = next(s for s in extract_document(docs / "coe-cets197-2005.md").segments
                 if s.locator == "Art. 41(1)")
    assert "AMENDMENTS TO THE CONVENTION > Article 41" in art41.heading


def test_endnotes_under_a_notes_heading_are_cited_as_notes():
    """P4: the paper's endnotes, set in body type under "Notes", were cited as its last
    paragraph ("para. 32 ¶ 2" … "¶ 7"), and Colchester's note gave a statement "para. 32 ¶ 6"
    that a draft took as its source; note 1's number stood alone on its line, and note 2 ran on
    after "Inter-Am."."""
    segs = extract_document(PDF).segments
    assert not any(s.locator.startswith("para. 32 ¶") for s in segs)
    notes = {s.locator: s.text for s in segs if "fn." in s.locator}
    assert list(notes) == ["p. 9 fn. 1", "p. 10 fn. 2", "p. 10 fn. 3", "p. 10 fn. 4"]
    assert notes["p. 9 fn. 1"].startswith("1 “The UN Draft Declaration")
    assert notes["p. 10 fn. 2"].endswith("Inter-Am. C.H.R., 2002, para. 131.")
    assert notes["p. 10 fn. 3"].startswith("3 Marcus Colchester")
