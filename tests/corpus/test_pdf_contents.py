"""A PDF's table of contents is cited as the page's contents, not read as its numbered sections,
and a heading with no space after its number ("1.What is modern slavery?") numbers its section.
A researcher's trial 46 (P2): the UK Home Office's first responder guide cited pp. 4–12 "s. 14"
(the last entry of its contents, "14. Further support and links 30") and p. 19's numbered
items "s. 8(1)"; no warning was given. See tests/pdfs/SOURCES.md."""
from __future__ import annotations

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.readers.pdfcontents import contents_entries

from tests.conftest import PDFS

GUIDE = PDFS / "uk_home_office_first_responder_guide_2025__modern-slavery.pdf"


@pytest.fixture(scope="module")
def guide():
    return extract_document(GUIDE).segments


def _first_on(segments, page):
    return next(s for s in segments if s.page == page and "fn." not in s.locator)


def test_the_contents_are_cited_as_such_and_the_sections_as_printed(guide):
    contents = [s for s in guide if s.page == 3]
    assert contents and all(s.locator.startswith("p. 3, contents") for s in contents)
    assert "Introduction 4 1.What is modern slavery? 5" in contents[0].text
    # each section's page, as the contents list them (printed page = PDF page here)
    for page, section in ((5, "s. 1"), (6, "s. 2"), (8, "s. 3"), (12, "s. 6"), (13, "s. 7"),
                          (19, "s. 10"), (27, "s. 13"), (30, "s. 14")):
        assert _first_on(guide, page).locator == section, page
    refer = next(s for s in guide if s.text.startswith("1. Refer the child to the Local"))
    assert refer.locator == "s. 10(1)"
    assert not any(s.locator.startswith("s. 14") for s in guide if 4 <= (s.page or 0) <= 12)


def test_entries_must_be_a_table_three_on_a_page_their_numbers_never_falling():
    def blocks(*texts, page=3):
        return [Block(text=t, page=page) for t in texts] + [Block(text="Body text.", page=30)]

    toc = contents_entries(blocks("Introduction 1", "1. What is the NRM? 2",
                                  "2. Completing the form 4 Age Confirmation 5"))
    assert [b.locator for b in toc[:3]] == ["p. 3, contents"] * 3
    # two entries are no table; numbers that fall are none; a sentence ending on a number is none
    assert not any(b.locator for b in contents_entries(blocks("Introduction 1", "1. Scope 2")))
    assert not any(b.locator for b in contents_entries(blocks("Introduction 9", "1. Scope 2",
                                                              "2. Form 4")))
    assert not any(b.locator for b in contents_entries(blocks(
        "The referral is made under section 52. It must be made within 2",
        "Support lasts at least 45", "See the guidance at page 62")))
