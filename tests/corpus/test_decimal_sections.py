"""Sections of a statute numbered as Canada's consolidated acts and California's codes number
them: a number and a marginal note with no dot ("### 7 Collection without knowledge or
consent"), decimal sections inserted between two others ("§ 4.01.", "§ 4.1.", "§ 1798.100."),
decimal subsections and paragraphs ("(1.1)", "(b.1)"). A researcher's trial 28 (privacy and
data protection) found every citation of two Canadian acts wrong: "para. 2 ¶ 87" for s. 27(2),
and "s. 17(1)" for s. 17.1(1), a subsection that exists and says something else. On two real
copies of the Personal Information Protection and Electronic Documents Act (PIPEDA), ss. 1–7:
a third party's Markdown mirror and the trial's conversion of the official XML (sources:
tests/data/markdown/README.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document

DATA = Path(__file__).parents[1] / "data" / "markdown"
MIRROR = DATA / "ca-pipeda-2000-mirror-excerpt.md"       # "### 4.01 Business contact …"
SIGNED = DATA / "ca-pipeda-2000-sections-excerpt.md"     # "### § 4.01. Business contact …"


def _by_start(path: Path) -> dict[str, str]:
    return {s.text[:40]: s.locator for s in extract_document(path).segments}


@pytest.mark.parametrize("path", [MIRROR, SIGNED])
def test_decimal_sections_are_cited_by_their_own_number(path):
    loc = _by_start(path)
    assert loc["This Part does not apply to an organizat"] == "s. 4.01"
    assert loc["(1) If a certificate under section 38.13"] == "s. 4.1(1)"
    assert loc["(b) the Commissioner shall not disclose "] == \
        "s. 4.1(2)(b)"
    assert loc["For the purposes of clause 4.3 of Schedu"] == "s. 6.1"
    assert loc["(1.1) This Part applies to an organizati"] == "s. 4(1.1)"
    assert loc["(b.1) it is contained in a witness state"] == \
        "s. 7(1)(b.1)"
    assert loc["(2) This Part does not apply to"] == "s. 4(2)"


@pytest.mark.parametrize("path", [MIRROR, SIGNED])
def test_no_two_passages_share_an_id(path):
    # s. 4(1.1) and s. 4.1(1) are two places: their ids differ (both read "s-4-1-1" once)
    segs = extract_document(path).segments
    assert len({s.slug for s in segs}) == len(segs)
    slugs = {s.locator: s.slug for s in segs}
    assert slugs["s. 4(1.1)"] != slugs["s. 4.1(1)"]


def test_a_collapsible_blocks_tags_and_label_are_no_passages():
    # the mirror closes each section on "<details> <summary>Historical Note</summary> … </details>"
    texts = [s.text for s in extract_document(MIRROR).segments]
    assert not any("<details>" in t or "</details>" in t or "Historical Note" in t
                   for t in texts)
    # nor the notes themselves: an amendment history is no text of the law (trial 38, P5: its
    # lines were passages, even statements, and a cluster was labelled "“2019, c. 28, s.”")
    assert not any(t.startswith("2000, c. 5, s. 2;") for t in texts)


def test_a_code_section_numbered_with_a_decimal_point(tmp_path):
    # California's Civil Code, as the trial cut two sections of the CCPA (Cal. Civ. Code
    # §§ 1798.100 and 1798.105): "¶ 1" and "para. 1(a)" before
    path = tmp_path / "ccpa.md"
    path.write_text(
        "# California Consumer Privacy Act\n\n"
        "## § 1798.100. General Duties of Businesses that Collect Personal Information\n\n"
        "(a) A business that controls the collection of a consumer's personal information "
        "shall, at or before the point of collection, inform consumers of the following:\n\n"
        "(1) The categories of personal information to be collected.\n\n"
        "## § 1798.105. Consumers' Right to Delete Personal Information\n\n"
        "(a) A consumer shall have the right to request that a business delete any personal "
        "information about the consumer which the business has collected from the consumer.\n",
        encoding="utf-8")
    loc = _by_start(path)
    assert loc["(a) A business that controls the collecti"[:40]] == "s. 1798.100(a)"
    assert loc["(a) A consumer shall have the right to re"[:40]] == "s. 1798.105(a)"
