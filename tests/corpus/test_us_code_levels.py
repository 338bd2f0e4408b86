"""The levels of a US Code section as its Markdown edition prints them (29 U.S.C. ch. 14, the
ADEA; tests/data/markdown/README.md), a researcher's trial 36, P9: a heading item with its stop
("(10) Special rules relating to age.", "(i) In general .", "(II) Preservation of capital .")
heads the text below it; "(b)" after the items of subsection (a) is subsection (b); a bare
"(1)" above "(A) It shall not be …" opens subparagraph (A); "(a) (1) The Secretary …" opens
subsection (a) and its paragraph (1); a subsection set as a heading with its text keeps the
text as a passage."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

EXCERPT = Path(__file__).resolve().parent.parent / "data" / "markdown" / \
    "us-code-29-ch14-adea-levels-excerpt.md"


def _locators() -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(EXCERPT).segments}


def test_a_heading_item_with_its_stop_heads_the_text_below_it():
    got = _locators()
    assert got["s. 623(i)(10)(A)(iii)"].startswith("In determining the accrued benefit")
    assert got["s. 623(i)(10)(B)(i)(II)"].startswith("An interest credit (or an equivalent")
    headings = {"(10) Special rules relating to age.", "(i) In general .", "(I) In general .",
                "(II) Preservation of capital .", "(B) Applicable defined benefit plans."}
    assert not headings & set(got.values())
    assert not any("¶" in loc for loc in got)


def test_a_letter_after_the_items_of_subsection_a_is_subsection_b():
    got = _locators()
    assert got["s. 621(b)"].startswith("(b) It is therefore the purpose of this chapter")
    assert got["s. 622(b)"].startswith("(b) Not later than six months")
    assert got["s. 630(f)"].startswith("(f) The term “employee” means")
    assert got["s. 624(b)"].startswith("(b) The report required by subsection (a)")


def test_a_bare_paragraph_mark_and_a_subsection_s_first_paragraph_keep_their_levels():
    got = _locators()
    assert got["s. 623(l)(1)(A)"].startswith("(1) (A) It shall not be a violation")
    assert got["s. 623(l)(1)(A)(ii)(I)"].startswith("(I) payments that constitute")
    assert got["s. 624(a)(1)"].startswith("(a) (1) The Secretary of Labor is directed")
    assert got["s. 624(a)(1)(B)"].startswith("(B) a determination of the feasibility")
    assert got["s. 624(a)(2)"].startswith("(2) The Secretary may undertake the study")


def test_a_subsection_set_as_a_heading_with_its_text_keeps_its_text():
    got = _locators()
    assert got["s. 622(a)"].startswith("The Secretary of Labor shall undertake studies")
    assert got["s. 621(a)"] == "The Congress hereby finds and declares that"
    assert got["s. 630(e)"].startswith("A labor organization shall be deemed")


def test_items_after_a_lead_in_that_numbers_its_paragraphs_inline_are_the_last_one_s():
    """42 U.S.C. 4332 (NEPA) opens "… to the fullest extent possible: (1) the policies … shall
    be interpreted …, and (2) all agencies of the Federal Government shall" and goes on in its
    items "(A) utilize …", "(C) include in every recommendation … a detailed statement": they
    are 4332(2)(A)-(I), the environmental impact statement 4332(2)(C) (trial 38, P7: "s.
    4332(C)")."""
    nepa = EXCERPT.parent / "us-code-42-4332-nepa-excerpt.md"
    got = {s.locator: s.text for s in extract_document(nepa).segments}
    assert got["s. 4332"].startswith("The Congress authorizes and directs that")
    assert got["s. 4332(2)(C)"].startswith("(C) include in every recommendation or report")
    assert got["s. 4332(2)(C)(i)"].startswith("(i) the environmental impact of the proposed")
    assert not any(loc.startswith("s. 4332(C)") for loc in got)
