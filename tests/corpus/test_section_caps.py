"""A statute whose sections are printed "SECTION 13.  Self-Governance. — The State …" (the
Philippines' Republic Acts) is cited by section, as "Section 13." and "SEC. 13." are: the
Indigenous Peoples' Rights Act's sections were cited "Chapter IV, ¶ 51", and a section heading
on its own line ("SECTION 53. Identification … of Ancestral Lands. —") stuck to the sections
after it, so that s. 57 was cited "Section 53, ¶ 159" in provenance tables and the report (a
researcher's trial 26, P1)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

DOC = Path(__file__).parents[1] / "data" / "markdown" / "ph-ipra-1997-excerpt.md"


def test_sections_in_capitals_are_the_citable_units():
    segs = extract_document(DOC).segments
    cited = {s.text.split(".")[0]: s.locator for s in segs if s.text.startswith("SECTION")}
    assert cited == {"SECTION 13": "s. 13", "SECTION 14": "s. 14", "SECTION 15": "s. 15",
                     "SECTION 16": "s. 16", "SECTION 54": "s. 54", "SECTION 55": "s. 55",
                     "SECTION 56": "s. 56", "SECTION 57": "s. 57"}
    # a section whose text is its lettered items: each item is cited in it
    items = [s.locator for s in segs if "Ancestral Domains Office may require" in s.text]
    assert items == ["s. 53(d)"]
    assert not any(s.locator.startswith(("Chapter", "Section")) and "¶" in s.locator
                   and s.text.startswith("SECTION") for s in segs)
