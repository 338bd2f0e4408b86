"""How a preamble's paragraphs are cited (`corpus_tool/corpus/preamble.py`), on the reference
corpus's CRPD: its opening words ("The States Parties to the present Convention,") are no
recital, and its lettered recitals are cited by their letter. Counted, "a) Recalling …" was
"Preamble, para. 2" and every recital after it one off (a researcher's trial 24, P7)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

ROOT = Path(__file__).parents[2]
CRPD = ROOT / "corpus" / "treaties" / "un_crpd_2006__nl-treatydb.md"
CRC_PDF = ROOT / "tests" / "pdfs" / "un_crc_1989_headings_at_page_foot__historical-texts.pdf"


def test_crpd_lettered_recitals_are_cited_by_their_letter():
    segs = [s for s in extract_document(CRPD).segments if s.lang == "en"]
    cited = {s.locator: s.text for s in segs}
    assert cited["Preamble, opening words"] == "The States Parties to the present Convention,"
    assert cited["Preamble, para. (a)"].startswith("a) Recalling the principles proclaimed")
    assert cited["Preamble, para. (e)"].startswith("e) Recognizing that disability is an evolving")
    assert cited["Preamble, para. (y)"].startswith("y) Convinced that a comprehensive")
    ids = {s.slug for s in segs}
    assert {"preamble-opening", "preamble-a", "preamble-y"} <= ids


def test_unlettered_recitals_are_counted_from_the_first_recital():
    cited = {s.locator: s.text for s in extract_document(CRC_PDF).segments}
    assert cited["Preamble, opening words"] == "The States Parties to the present Convention,"
    assert cited["Preamble, para. 1"].startswith("Considering that, in accordance with")
    assert cited["Preamble, para. 2"].startswith("Bearing in mind that the peoples")
