"""A statute whose sections are headed by their sign ("§ 6502. Regulation of …", the US Code)
or their print abbreviation ("SEC. 1302. DEFINITIONS.", a Public Law) is cited by section: a
researcher's trial (session 42) found COPPA's § 6502(a)(1) cited as "Chapter 91, para. 1 ¶ 4",
the same locator pattern repeating in five sections. Real texts: tests/data/markdown/README.md,
tests/data/html/README.md."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document

DATA = Path(__file__).parents[1] / "data"
USC = DATA / "markdown" / "us-code-15-ch91-coppa.md"
PUBLIC_LAW = DATA / "html" / "us-coppa-1998.html"


def _locator(path: Path, words: str) -> str:
    return next(s.locator for s in extract_document(path).segments if words in s.text)


@pytest.mark.parametrize("words, locator", [
    ("The term “child” means an individual under the age of 13.", "s. 6501(1)"),
    # the subsection by its heading ("(a) Acts prohibited"), the paragraph's words after its
    # title line ("(1) In general")
    ("It is unlawful for an operator of a website or online service directed to children",
     "s. 6502(a)(1)"),
    ("In any case in which the attorney general of a State has reason to believe",
     "s. 6504(a)(1)"),
])
def test_us_code_sections_by_their_sign(words, locator):
    assert _locator(USC, words) == locator


def test_a_public_laws_sections_by_their_abbreviation():
    assert _locator(PUBLIC_LAW, "(1) CHILD.—The term “child” means") == "s. 1302(1)"
    assert _locator(PUBLIC_LAW, "This title may be cited as").startswith("s. 1301")
    headings = {s.heading for s in extract_document(USC).segments}
    assert any(h.endswith("Section 6502 > Regulation of unfair and deceptive acts and practices "
                          "in connection with collection and use of personal information from "
                          "and about children on the Internet") for h in headings)
