"""A judgment numbers its paragraphs within its sections (1.1, 1.2, 2.1 … 5.5), and a web page
may set it in a <pre> block (a researcher's trial, session 42: the GDPRhub case note on Rb.
Overijssel, tests/data/html/README.md). The whole judgment was one passage of 10,520
characters, and read from the same text as Markdown its paragraphs were cited "para. 4 ¶ 6"
for 4.5. A <pre> block is now read as a text file is, and decimal paragraph numbers are
locators ("para. 4.5"); a number alone on its line numbers the text after it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.segment import segment

PAGE = Path(__file__).parents[1] / "data" / "html" / "gdprhub-rb-overijssel-2021.html"


@pytest.fixture(scope="module")
def located():
    return {s.locator: s.text for s in extract_document(PAGE).segments}


def test_a_pre_block_is_read_by_its_paragraphs(located):
    assert max(len(t) for t in located.values()) < 2000


@pytest.mark.parametrize("locator, opening", [
    ("para. 4.5", "4.5. The GDPR Implementation Act, more specifically article 5"),
    ("para. 5.1", "5.1. orders [defendant] to remove (or have removed) all images"),
    ("para. 4.1", "4.1. The prescribed terms and formalities have been observed"),
    # "2.1." alone on its line, the paragraph's text on the next
    ("para. 2.1", "[Claimant] has had a relationship with Mr. [X]."),
])
def test_decimal_paragraph_numbers_are_locators(located, locator, opening):
    assert located[locator].startswith(opening)


def test_the_number_alone_is_no_passage_of_its_own(located):
    assert not [t for t in located.values() if re.fullmatch(r"\d\.\d\.?", t.strip())]
    assert "2.1." not in located.values() and len(located) > 60


def _locators(lines: list[str]) -> list[str]:
    return [s.locator for s in segment([Block(x) for x in lines])[1]]


def test_title_lines_numbered_like_sections_are_no_paragraph_numbers():
    # a report's sections "2.1 Scope" head paragraphs; they do not number them
    lines = ["1.1 Purpose", "This guide explains the procedure.", "1.2 Scope",
             "It applies to all schools.", "2.1 Who applies", "Parents apply for a place.",
             "2.2 When", "Applications open in May.", "2.3 Where", "Online or at the school."]
    assert not [x for x in _locators(lines) if "." in x.split()[-1]]


def test_decimal_numbers_out_of_sequence_are_no_locators():
    lines = ["3.5 million children were out of school. States should act.",
             "1.2 per cent of the budget goes to schools. It should rise.",
             "7.4 million teachers are needed. States should train them.",
             "2.9 billion people lack access. This must change.",
             "4.1 per cent is the target. States should meet it."]
    assert not [x for x in _locators(lines) if x.startswith("para.")]
