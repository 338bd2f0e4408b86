"""A statute whose Markdown sets each subsection and paragraph as an HTML paragraph on a line of
its own, as ada.gov's page of the Americans with Disabilities Act does (tests/data/markdown/
README.md), a researcher's trial 43, P1: each section was one passage of up to 17,000
characters, its text opening with `<p class="margin-left-4">`; the tags reached 19 of its 41
statements, an actor and the published quotes, and nothing could be cited below the section."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

ADA = Path(__file__).parents[1] / "data" / "markdown" / "us-ada-1990-adagov-excerpt.md"


def _read() -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(ADA).segments}


def test_each_html_paragraph_is_a_passage_cited_to_its_subsection():
    got = _read()
    assert got["s. 12101(a)(1)"].startswith("(1) physical or mental disabilities in no way")
    assert got["s. 12101(b)(4)"].startswith("(4) to invoke the sweep of congressional authority")
    assert got["s. 12103(1)(D)"] == "(D) other similar services and actions."
    assert got["s. 12113(c)"].startswith("Notwithstanding section 12102(4)(E)(ii), a covered "
                                         "entity shall not use qualification standards")
    # "(d) Religious entities" then "(1) In general": a paragraph under its subsection
    assert got["s. 12113(d)(1)"].startswith("This subchapter shall not prohibit a religious")
    assert got["s. 12113(e)(1)(A)"].startswith("(A) review all infectious and communicable")
    # a paragraph whose closing tag is on the next line
    assert got["s. 12103(2)"].startswith('The term "State" means each of the several States')


def test_no_html_is_left_in_the_text():
    assert not [t for t in _read().values() if "<p" in t or "</p>" in t or "class=" in t]
    assert max(len(t) for t in _read().values()) < 2000
