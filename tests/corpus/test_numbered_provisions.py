"""A short provision set after its number on one line ("Section 9. Private property shall not be
taken for public use without just compensation.") is a passage of that section, not a heading
that swallows it; on a real document (`tests/data/unseen/docs/ph-constitution-1987-art3.md`, the
Philippine Bill of Rights as a Markdown page writes it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.text import is_heading_line

DOC = Path(__file__).parents[1] / "data" / "unseen" / "docs" / "ph-constitution-1987-art3.md"


def test_short_sections_are_passages_of_their_section():
    by_loc = {s.locator: s for s in extract_document(DOC).segments}
    assert by_loc["s. 9"].text == ("Section 9. Private property shall not be taken for public use "
                                   "without just compensation.")
    assert by_loc["s. 10"].text == "Section 10. No law impairing the obligation of contracts " \
                                   "shall be passed."
    assert by_loc["s. 7"].text.startswith("Section 7. The right of the people to information")
    assert all("shall" not in s.heading for s in by_loc.values())


@pytest.mark.parametrize("line, heading", [
    ("Section 9. Private property shall not be taken for public use without just compensation.",
     False),
    ("Section 2 The Agency shall possess juridical personality.", False),
    ("Section 2. Definitions", True),
    ("PART II. GENERAL PROVISIONS", True),
    ("Chapter 3 - Rights and duties of the Parties", True),
])
def test_a_heading_names_a_division_and_a_provision_is_no_heading(line, heading):
    assert is_heading_line(line) is heading
