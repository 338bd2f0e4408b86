"""Soft-law instruments numbered by Rule, Principle or Guideline are cited by those units as
articles are: `Rule 2(1)`, `Principle 5(2)`, `Guideline 8.1`, `Principle 2(A)`, never `Section
I, para. 1 ¶ 2` (a researcher would have published that for Principle 2(1) of the Guiding
Principles on Internal Displacement). Real documents in three formats: the Nelson Mandela Rules
as plain text, the Bangkok Rules as Markdown, the Body of Principles on detention as a PDF
(`tests/data/text/README.md`, `tests/data/markdown/README.md`, `tests/pdfs/SOURCES.md`). A
sentence or heading that only names a unit ("Rule 61 of the Mandela Rules provides …", "Rules
1–5 apply …", "Rule of law", "Principles of …") starts none."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.notations import opens_numbered_unit
from corpus_tool.corpus.readers.text import is_heading_line
from corpus_tool.corpus.textclean import unit_heading

DATA = Path(__file__).parents[1] / "data"
PDFS = Path(__file__).parents[1] / "pdfs"


def _first(segments, start: str):
    return next(s for s in segments if s.text.startswith(start))


def _md(tmp_path: Path, text: str):
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return extract_document(path).segments


def test_the_mandela_rules_as_text_are_cited_by_rule_and_paragraph():
    segs = extract_document(DATA / "text" / "un-mandela-rules-2015-rules-1-3.txt").segments
    rule1 = _first(segs, "All prisoners shall be treated with the respect")
    assert (rule1.locator, rule1.slug, rule1.heading) == ("Rule 1", "rule-1", "Rule 1")
    assert rule1.text.endswith("visitors shall be ensured at all times.")
    first = _first(segs, "1. The present rules shall be applied impartially.")
    assert (first.locator, first.slug) == ("Rule 2(1)", "rule-2-1")
    assert _first(segs, "2. In order for the principle of non-discrimination").locator \
        == "Rule 2(2)"
    assert _first(segs, "Imprisonment and other measures").locator == "Rule 3"


def test_the_bangkok_rules_markdown_headings_are_the_rules():
    segs = extract_document(DATA / "markdown" / "un-bangkok-rules-2010-rules-1-8.md").segments
    assert [s.locator for s in segs] == [f"Rule {n}" for n in range(1, 9)]
    assert [s.slug for s in segs] == [f"rule-{n}" for n in range(1, 9)]
    rule8 = _first(segs, "The right of women prisoners to medical confidentiality")
    assert rule8.heading.endswith("(the Bangkok Rules) > Rule 8")


def test_the_body_of_principles_pdf_is_cited_by_principle_and_paragraph():
    segs = extract_document(
        PDFS / "un_body_of_principles_1988_p1-13_rendered__derived.pdf").segments
    by_loc = {s.locator: s for s in segs}
    # the heading run on into its text in the print ("Principle 1 All persons …")
    assert by_loc["Principle 1"].text.startswith("Principle 1 All persons under any form")
    assert by_loc["Principle 5(1)"].text.startswith("1. These principles shall be applied")
    assert by_loc["Principle 5(2)"].text.startswith("2. Measures applied under the law")
    assert by_loc["Principle 7(3)"].text.startswith("3. Any other person who has ground")
    assert (by_loc["Principle 9"].page, by_loc["Principle 9"].slug) == (2, "principle-9")
    assert by_loc["Principle 12(1)"].text.startswith("1. There shall be duly recorded:")
    assert by_loc["Principle 13"].heading == "Principle 13"
    assert not [s.locator for s in segs if "¶" in s.locator and s.locator != "p. 1 ¶ 1"]


GUIDING_PRINCIPLES = """# Guiding Principles on Internal Displacement
## Section I. General principles
### Principle 1
1. Internally displaced persons shall enjoy, in full equality, the same rights and freedoms \
under international and domestic law as do other persons in their country.
2. These Principles are without prejudice to individual criminal responsibility under \
international law.
### Principle 2
1. These Principles shall be observed by all authorities, groups and persons irrespective of \
their legal status.
"""


def test_the_guiding_principles_on_internal_displacement(tmp_path):
    segs = _md(tmp_path, GUIDING_PRINCIPLES)
    assert [(s.locator, s.slug) for s in segs] == [
        ("Principle 1(1)", "principle-1-1"), ("Principle 1(2)", "principle-1-2"),
        ("Principle 2(1)", "principle-2-1")]
    assert segs[2].heading.endswith("General principles > Principle 2")


def test_a_rule_whose_number_opens_its_first_paragraph(tmp_path):
    segs = _md(tmp_path, "# Nelson Mandela Rules\n\nRule 61. 1. Prisoners shall be provided with "
                         "adequate opportunity, time and facilities to be visited by a legal "
                         "adviser.\n\n2. In cases in which prisoners do not speak the local "
                         "language, the prison administration shall facilitate access.\n\n"
                         "(a) Legal aid shall be provided;\n")
    assert [(s.locator, s.slug) for s in segs] == [
        ("Rule 61(1)", "rule-61-1"), ("Rule 61(2)", "rule-61-2"), ("Rule 61(2)(a)", "rule-61-2-a")]
    assert segs[0].text.startswith("Rule 61. 1. Prisoners")


def test_units_headed_in_capitals_and_their_points_and_lettered_items(tmp_path):
    segs = _md(tmp_path, "# Voluntary Guidelines\n\n## GUIDELINE 8 ACCESS TO RESOURCES AND ASSETS"
                         "\n\n8.1 States should facilitate sustainable, non-discriminatory and "
                         "secure access to resources.\n\n(a) land;\n\n8.2 States should protect "
                         "the assets that are important for people's livelihoods.\n\n"
                         "## PRINCIPLE 2. THE RIGHTS TO EQUALITY AND NON-DISCRIMINATION\n\n"
                         "Everyone is entitled to enjoy all human rights without discrimination."
                         "\n\nStates shall:\n\nA. Embody the principles of equality;\n\n"
                         "B. Repeal criminal and other legal provisions;\n\n## RULE 61\n\n"
                         "1. Prisoners shall be provided with adequate opportunity.\n")
    assert [s.locator for s in segs] == [
        "Guideline 8.1", "Guideline 8.1(a)", "Guideline 8.2", "Principle 2", "Principle 2 ¶ 2",
        "Principle 2(A)", "Principle 2(B)", "Rule 61(1)"]
    assert segs[0].heading.endswith("Guideline 8.1 > ACCESS TO RESOURCES AND ASSETS")
    assert segs[5].slug == "principle-2-a"


def test_a_sentence_or_heading_that_only_names_a_unit_starts_none(tmp_path):
    segs = _md(tmp_path, "# General comment on prisoners\n\n## Rule of law\n\n"
                         "Rule 61 of the Mandela Rules provides that prisoners shall be visited.\n\n"
                         "Rules 1–5 apply to all prisoners.\n\n## Principles of cooperation\n\n"
                         "Principles 1 to 3 set out the scope.\n\n"
                         "## Rule 61 of the Nelson Mandela Rules\n\nThe rule is clear.\n")
    assert not [s.locator for s in segs
                if s.locator.startswith(("Rule", "Principle", "Guideline"))]
    assert segs[0].heading.endswith("Rule of law")


@pytest.mark.parametrize("line, found", [
    ("Principle 2", ("Principle", "2", "")),
    ("RULE 61", ("Rule", "61", "")),
    ("GUIDELINE 8 ACCESS TO RESOURCES AND ASSETS", ("Guideline", "8",
                                                    "ACCESS TO RESOURCES AND ASSETS")),
    ("PRINCIPLE 1. THE RIGHT TO THE UNIVERSAL ENJOYMENT OF HUMAN RIGHTS",
     ("Principle", "1", "THE RIGHT TO THE UNIVERSAL ENJOYMENT OF HUMAN RIGHTS")),
    ("Rule of law", None),
    ("Principles of international law", None),
    ("Rules 1–5 apply to all prisoners", None),
    ("Rule 61 of the Mandela Rules provides", None),
    ("Rule 1.1", None),
    ("Rule 61(5)", None),
    ("Principle 2 These Principles shall be observed by all authorities.", None),
])
def test_a_unit_heading(line, found):
    assert unit_heading(line) == found


@pytest.mark.parametrize("line, heading", [
    ("Rule 61", True),
    ("GUIDELINE 8 ACCESS TO RESOURCES AND ASSETS", True),
    ("Rule 61 The Committee reviewed the", False),       # a wrapped line of prose
    ("Rule 61 of the Mandela Rules provides", False),
])
def test_a_text_line_alone_that_heads_a_unit(line, heading):
    assert is_heading_line(line) is heading


@pytest.mark.parametrize("paragraph, opens", [
    ("Rule 1. All prisoners shall be treated with respect.", True),
    ("Principle 2 1. These Principles shall be observed.", True),
    ("Rule 61 of the Mandela Rules provides that prisoners shall be visited.", False),
    ("Rules 1–5 apply to all prisoners.", False),
])
def test_a_paragraph_that_opens_with_its_unit_s_number_is_no_recital(paragraph, opens):
    assert opens_numbered_unit(paragraph) is opens


def test_a_unit_s_short_text_run_in_after_its_number_stays_a_passage(tmp_path):
    segs = _md(tmp_path, "# Principles\n\nPrinciple 7 Non-discrimination\n\nEveryone is equal.\n\n"
                         "Principle 8 Persons in detention are entitled to counsel.\n")
    assert [(s.locator, s.text) for s in segs] == [
        ("Principle 7", "Everyone is equal."),
        ("Principle 8", "Principle 8 Persons in detention are entitled to counsel.")]
    assert segs[0].heading.endswith("Principle 7 > Non-discrimination")
