"""A provision set after its number on one line is a passage of that section or article: a short
one ("Section 9. Private property shall not be taken for public use without just
compensation.") is not a heading that swallows it, and an article whose number opens its first
paragraph ("Article 38. No person shall be compelled …") starts that article; on real documents
(`tests/data/unseen/docs/`: the Philippine Bill of Rights and Chapter III of Japan's
Constitution, as Markdown pages write them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.notations import opens_numbered_unit
from corpus_tool.corpus.readers.text import is_heading_line

DOCS = Path(__file__).parents[1] / "data" / "unseen" / "docs"
DOC = DOCS / "ph-constitution-1987-art3.md"


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


def test_an_article_whose_number_opens_its_paragraph_starts_that_article():
    by_loc = {s.locator: s for s in extract_document(DOCS / "jp-constitution-1946-ch2.md").segments}
    assert by_loc["Art. 36"].text.startswith("The infliction of torture by any public officer")
    assert by_loc["Art. 38"].text.startswith("Article 38. No person shall be compelled to testify")
    assert by_loc["Art. 40"].heading.endswith("Article 40")
    assert "Art. 36 ¶ 2" not in by_loc


@pytest.mark.parametrize("paragraph, opens", [
    ("Section 2 The Agency shall possess juridical personality.", True),
    ("Article 38. No person shall be compelled to testify against himself.", True),
    ("Article 5 of the Convention provides that everyone has the right to liberty.", False),
    ("Section 1.", False),
    ("Whereas Article XV.C of the Statute of the International Atomic Energy Agency provides", False),
])
def test_a_paragraph_that_opens_with_its_number(paragraph, opens):
    assert opens_numbered_unit(paragraph) is opens


def test_an_agreement_whose_text_starts_at_a_numbered_section_has_no_preamble(tmp_path):
    # lines of the IAEA privileges agreement (heldout115's source), under its title and with no
    # recital before them: the title opens a preamble, the numbered sections close it at once
    doc = tmp_path / "iaea.md"
    doc.write_text("# Agreement on the Privileges and Immunities of the International Atomic "
                   "Energy Agency\n\nSection 2 The Agency shall possess juridical personality.\n\n"
                   "Section 3 The Agency, its property and assets, wherever located and by "
                   "whomsoever held, shall enjoy immunity from every form of legal process.\n",
                   encoding="utf-8")
    assert [s.locator for s in extract_document(doc).segments] == ["s. 2", "s. 3"]
