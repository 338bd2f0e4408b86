"""An article or recital whose heading stands at the top or the foot of a PDF page keeps its
number (a researcher's trial, session 42): "Article 8" opening a page of the GDPR and "(10)"
opening a recital were taken for running heads (the same words on many pages, digits aside) and
dropped, so Art. 8(1) was cited as Art. 6(1); "Article 16" as the last line above a page number
of the CRC was left a passage, so Art. 16 was cited as Art. 15. Real PDFs, tests/pdfs/SOURCES.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document

PDFS = Path(__file__).parents[1] / "pdfs"
CRC = PDFS / "un_crc_1989_headings_at_page_foot__historical-texts.pdf"
GDPR = PDFS / "eu_gdpr_council_5419-16_excerpt__derived.pdf"


def _first(segments, words: str):
    return next(s for s in segments if words in s.text)


@pytest.fixture(scope="module")
def crc():
    return extract_document(CRC).segments


@pytest.fixture(scope="module")
def gdpr():
    return extract_document(GDPR).segments


@pytest.mark.parametrize("words, locator", [
    ("No child shall be subjected to arbitrary or unlawful interference with his or her privacy",
     "Art. 16(1)"),
    ("every child has the inherent right to life", "Art. 6(1)"),
    ("A State Party may denounce the present Convention", "Art. 52"),   # after an unended line
    ("States Parties shall respect the responsibilities, rights and duties of parents", "Art. 5"),
    ("Considering that, in accordance with the principles proclaimed in the Charter",
     "Preamble, para. 1"),
])
def test_crc_articles_whose_heading_ends_a_page(crc, words, locator):
    assert _first(crc, words).locator == locator


def test_crc_every_article_has_its_number_and_no_heading_is_a_passage(crc):
    numbers = {int(m.group(1)) for s in crc if (m := re.match(r"Art\. (\d+)", s.locator))}
    assert numbers == set(range(1, 55))
    assert not [s for s in crc if re.fullmatch(r"Article \d+|Preamble", s.text.strip())]
    assert _first(crc, "entry into force 2 September 1990").locator.startswith("p. 1")


@pytest.mark.parametrize("words, locator", [
    ("in relation to the offer of information society services directly to a child", "Art. 8(1)"),
    ("Member States may provide by law for a lower age for those purposes", "Art. 8(1) ¶ 2"),
    ("Where processing is based on consent, the controller shall be able", "Art. 7(1)"),
    ("Processing of personal data revealing racial or ethnic origin", "Art. 9(1)"),
    ("Effective protection of personal data throughout the Union requires", "Recital 11"),
])
def test_gdpr_articles_whose_heading_opens_a_page(gdpr, words, locator):
    assert _first(gdpr, words).locator == locator


def test_gdpr_a_recital_number_opening_a_page_is_kept(gdpr):
    p10 = _first(gdpr, "In order to ensure a consistent and high level of protection")
    assert p10.locator == "Recital 10" and p10.text.startswith("(10) In order to ensure")


def test_running_feet_are_still_dropped(gdpr, crc):
    text = "\n".join(s.text for s in gdpr)
    assert "DGD 2" not in text and "AV/NT/sr" not in text.split("Whereas:")[1]
    assert not [s for s in crc if s.text.strip().isdigit()]
