"""A state bill as a Markdown edition prints it (Washington's SB 5023, 2025, on domestic
workers; tests/data/markdown/README.md), a researcher's trial 37, P1: "## Section 3" without a
stop is the bill's section 3, not a division counted through the document (its lead-in was
"Section 3, ¶ 4", Section 5's one paragraph "Section 5, ¶ 6"); the lists nested under its
subsections, "a." then "i.", "ii.", keep their levels ("Section 3, para. 7(i)" and "Section 3,
para. 7 ¶ 2" for s. 3(7)(a)(i) and (ii))."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

DATA = Path(__file__).resolve().parent.parent / "data"
BILL = DATA / "markdown" / "us-wa-sb5023-2025-sections-1-5.md"
GDPR = DATA / "text" / "eu-gdpr-2016-arts-10-12-excerpt.txt"


def _locators() -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(BILL).segments}


def test_a_section_heading_without_a_stop_is_the_bill_s_section():
    got = _locators()
    assert got["s. 3"].startswith("A hiring entity employing a domestic worker must follow")
    assert got["s. 4(7)"].startswith("7. Take any adverse action against a domestic worker")
    assert got["s. 5"].startswith("Where more than one hiring entity has an employment")
    assert not any(loc.startswith("Section") for loc in got)


def test_a_section_heading_after_articles_is_a_division_of_them():
    """The GDPR's "Section 1" of Chapter III, after its Articles 1-11, groups articles: it
    starts no section 1 of its own ("s. 1" for its title)."""
    got = {s.locator: s for s in extract_document(GDPR).segments}
    assert got["Art. 12(1)"].heading == "Section 1 > Article 12"
    assert not any(loc.startswith("s. ") for loc in got)


def test_roman_items_with_a_stop_are_clauses_of_their_lettered_item():
    got = _locators()
    assert got["s. 3(7)(a)(i)"].startswith("i. Provided in a language or languages")
    assert got["s. 3(7)(a)(ii)"].startswith("ii. Signed and dated by both")
    assert got["s. 3(9)(b)(ii)"].startswith("ii. If the domestic worker becomes unable")
    assert got["s. 2(5)(b)(iv)"].startswith("iv. Persons who perform house sitting")
    assert not any("¶" in loc for loc in got if loc.startswith("s. "))
