"""A sentence that opens on a reference to another section is no section of its own.

A researcher's trial 36 (P1), the US Code as a Markdown edition prints it
(tests/data/markdown/README.md): in 29 U.S.C. 626(e), "Section 259 of this title shall apply to
actions under this chapter." began a section 259, and the waiver safeguards of § 626(f) for
older workers were cited "s. 259(f)(1)(A)" …; in 42 U.S.C. 1397k-1(j), "Section 1013 of title 5
shall not apply to the advisory board. 1" (a note's mark after the stop) was a heading, and
(k) was cited "Section 1013, ¶ 2"."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

MARKDOWN = Path(__file__).resolve().parent.parent / "data" / "markdown"


def _locators(name: str) -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(MARKDOWN / name).segments}


def test_a_sentence_opening_on_another_section_s_number_stays_in_its_own_section():
    got = _locators("us-code-29-626-adea-excerpt.md")
    assert got["s. 626(e)"].startswith("Section 259 of this title shall apply to actions")
    assert got["s. 626(f)(1)"].startswith("(1) An individual may not waive any right")
    assert got["s. 626(f)(1)(A)"].startswith("(A) the waiver is part of an agreement")
    assert got["s. 627"].startswith("Every employer, employment agency, and labor organization")
    assert not any(loc.startswith("s. 259") for loc in got)


def test_a_provision_with_a_note_s_mark_after_its_stop_is_no_heading():
    got = _locators("us-code-42-1397k-1-elder-justice-excerpt.md")
    assert got["s. 1397k-1(j)"].startswith("Section 1013 of title 5 shall not apply")
    assert got["s. 1397k-1(k)"].startswith("There are authorized to be appropriated")
    assert not any("1013" in loc for loc in got)
