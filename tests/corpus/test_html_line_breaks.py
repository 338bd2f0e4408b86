"""A web page that sets a statute one printed line per <br> (a researcher's trial, session 42):
each line was its own passage, so statements were line fragments ("operator of such a website
… nor the operator's agent shall be held to be"), and items nested in <dir> ran together
("or(II)"). A <br> inside a paragraph now breaks a line, not the paragraph: a sentence runs on
across it; a line after a finished one, or opening a point, starts a new passage. Real page:
tests/data/html/README.md."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document

COPPA = Path(__file__).parents[1] / "data" / "html" / "us-coppa-1998.html"


@pytest.fixture(scope="module")
def passages():
    return [s.text for s in extract_document(COPPA).segments]


@pytest.mark.parametrize("whole", [
    # a sentence over five printed lines
    "(A) means any person who operates a website located on the Internet or an online service "
    "and who collects or maintains personal information from or about the users of or visitors "
    "to such website or online service, or on whose behalf such information is collected or "
    "maintained, where such website or online service is operated for commercial purposes",
    "This title may be cited as the “Children’s Online Privacy Protection Act of 1998”.",
])
def test_a_sentence_runs_on_across_its_line_breaks(passages, whole):
    assert any(whole in p for p in passages)


def test_points_set_with_line_breaks_or_in_dir_stay_apart(passages):
    assert "(I) another such territory; or" in passages
    assert "(II) any State or foreign nation; or" in passages
    assert not [p for p in passages if "or(II)" in p or ";(ii)" in p]
    assert "(A) a first and last name;" in passages and "(C) an e-mail address;" in passages


def test_no_passage_is_a_printed_line_cut_mid_sentence(passages):
    # before: 277 passages, most of them one printed line ending in mid-sentence
    assert len(passages) < 150
    cut = [p for p in passages if p[-1:].isalpha() and p[:1].islower()]
    assert len(cut) <= 3, cut


def test_articles_of_another_instrument_are_no_headings_of_this_one():
    # a researcher's trial (session 42): a case note's infobox line "Article 8 GDPR" made every
    # later passage of the page "Art. 8 ¶ N", the court's holding among them
    page = Path(__file__).parents[1] / "data" / "html" / "gdprhub-rb-overijssel-2021.html"
    segs = extract_document(page).segments
    assert not [s for s in segs if s.locator.startswith("Art.")]
    assert "Article 8 GDPR" in {s.text for s in segs}       # kept, as the text it is
