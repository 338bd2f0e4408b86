"""Ways a researcher's trial 29 (rights of older persons) found a treaty's or a law's text
cited as another place, on real excerpts (sources: tests/data/markdown/README.md):

- ILO Convention No. 128 prints a "Schedule to Part V:" (a table of benefit rates) between Parts
  V and VI: every article after it, Arts. 30–54, was cited "Schedule, Art. 38(3)";
- the US Code's "§ 3030c–1." (an en dash in its number) was no section heading: its text was
  cited as the section before it, s. 3021(d), and its heading stuck to every later section;
- a level's mark alone on its line ("(E)" above "(i) analyzing …") was a passage, and a
  "statement", of its own, and its items were cited without it (s. 3058g(h)(1)(ii))."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

DATA = Path(__file__).parents[1] / "data" / "markdown"


def _at(segs, start: str) -> str:
    """The locator of the passage that opens with `start`."""
    return next(s.locator for s in segs if s.text.startswith(start))


def test_a_schedule_to_a_part_ends_where_the_next_part_begins():
    segs = [s for s in extract_document(DATA / "ilo-c128-1967-parts-v-vi-excerpt.md").segments
            if s.lang == "en"]
    assert _at(segs, "periodical payments to standard") == "Schedule, ¶ 1"
    assert _at(segs, "National legislation shall provide") == "Art. 30"
    assert _at(segs, "1. The payment of invalidity") == "Art. 31(1)"
    assert _at(segs, "1. The rates of cash benefits") == "Art. 29(1)"


def test_a_code_section_numbered_with_a_dash_and_a_bare_level_mark():
    segs = extract_document(DATA / "us-code-42-ch35-oaa-excerpt.md").segments
    assert _at(segs, "(A) to be fully informed in advance") == "s. 3030c-1(1)(A)"
    assert _at(segs, "The Assistant Secretary, acting through") == "s. 3058"
    assert not any("3030c" in s.heading for s in segs if s.locator.startswith("s. 3058"))
    assert _at(segs, "(ii) identifying barriers") == "s. 3058g(h)(1)(E)(ii)"
    assert not [s for s in segs if s.text.strip() == "(E)"]


def test_a_section_s_text_on_its_heading_line_and_section_subsection_headings():
    # India's Maintenance and Welfare of Parents and Senior Citizens Act 2007 as a third party
    # transcribed it (trial 29, P4): "## 4. Maintenance of parents and senior citizens.—(1) A
    # senior citizen … shall be entitled to" kept s. 4(1)'s text in the heading, no passage and
    # not found by `search`; "## Section 23 - …" after a chapter heading and "### Section
    # 23(1)" were read as a division, "Section 23, ¶ 4"
    segs = extract_document(DATA / "in-mwpsc-act-2007-excerpt.md").segments
    assert _at(segs, "(1) A senior citizen including parent") == "s. 4(1)"
    assert _at(segs, "(i) parent or grand-parent") == "s. 4(1)(i)"
    assert next(s for s in segs if s.locator == "s. 4(1)").heading.endswith(
        "Section 4 > Maintenance of parents and senior citizens")
    assert _at(segs, "(1) The State Government may, confer") == "s. 22(1)"
    assert _at(segs, "Where any senior citizen has a right") == "s. 23(2)"
    assert _at(segs, "An offence under this Act shall be tried") == "s. 25(2)"
    assert not any(s.locator.startswith("Section") for s in segs)
