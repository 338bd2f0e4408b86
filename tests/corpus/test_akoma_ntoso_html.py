"""A law kept as a site generator's Markdown page (front matter, then HTML) and set in Akoma
Ntoso's HTML is read as the law it is, section by section and item by item.

The by-law of a researcher's trial 35 (P2), tests/data/markdown/za-wc013-water-bylaw-2009-
excerpt.md (its README says what was kept): read as Markdown, its markup stood in the text and
the whole law was one passage of 210,566 characters, "¶ 12"; read as HTML, its items ran into
their subsections ("(8) The following conditions apply …:(a)each customer must …") and its
schedule's numbered form made every section a paragraph ("Part 7, para. 6 ¶ 2" for s. 34)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document
from corpus_tool.corpus.readers.mdsource import html_body, split_front_matter

BYLAW = Path(__file__).resolve().parent.parent / "data" / "markdown" / \
    "za-wc013-water-bylaw-2009-excerpt.md"
MARKDOWN = Path(__file__).resolve().parent.parent / "data" / "markdown"


def _by_locator():
    return {s.locator: s.text for s in extract_document(BYLAW).segments}


def test_no_markup_stands_in_the_text_and_no_passage_holds_the_law():
    segs = extract_document(BYLAW).segments
    assert len(segs) > 50
    assert not any("<" in s.text and ">" in s.text for s in segs)
    assert max(len(s.text) for s in segs) < 1000


def test_sections_subsections_and_items_are_cited_as_the_law_numbers_them():
    got = _by_locator()
    assert got["s. 34"].startswith("A consumer whose access to water supply services have been "
                                   "restricted or disconnected")
    assert got["s. 113(8)"].startswith("(8) The following conditions apply in respect of the "
                                       "assessment of the quality of industrial effluent")
    assert got["s. 113(8)(a)"].startswith("(a) each customer must conduct the prescribed tests")
    assert got["s. 113(8)(b)"].startswith("(b) the municipality may conduct random compliance")
    assert got["s. 7(1)"].startswith("(1) Every consumer must on application")


def test_each_definition_is_a_passage_of_its_own():
    got = _by_locator()
    assert got["s. 1(1), “account”"] == '"account" means an account rendered for municipal ' \
                                        'services provided;'


def test_only_a_body_that_is_an_html_page_is_read_as_html():
    _, body = split_front_matter(BYLAW.read_text(encoding="utf-8"))
    assert html_body(body)
    # Markdown holding a few HTML lists (Zambia's Act) or lines of HTML stays Markdown
    for name in ("zm-dpa-2021-excerpt.md", "ca-pipeda-2000-mirror-excerpt.md"):
        _, body = split_front_matter((MARKDOWN / name).read_text(encoding="utf-8"))
        assert not html_body(body), name
