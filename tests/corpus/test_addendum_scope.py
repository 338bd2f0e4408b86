"""An addendum is a part of an instrument of its own, not more of the annex before it (a
researcher's trial 34, P6): the European Code of Social Security's Addendum 2, "Supplementary
services or advantages", was cited "Annex, Part III, para. 6" ("Sickness benefit … for a
duration which may not be limited to less than 52 weeks per case"), offered as the Code's own
standard for a duration indicator. Text: tests/data/markdown/README.md."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

ECSS = Path(__file__).parents[1] / "data" / "markdown" / "coe-ecss-1964-annex-addenda-excerpt.md"


def test_the_addenda_are_cited_as_addenda():
    cited = {s.locator: s.text for s in extract_document(ECSS).segments}
    assert cited["Annex, Art. 68"].startswith("It shall be understood that Article 68 (i)")
    assert cited["Addendum 2, Part III, para. 6"].startswith("6. Sickness benefit at the rate")
    assert cited["Addendum 2, Part II, para. 1"].startswith("1. Care outside hospital wards")
    assert "Addendum 1, ¶ 1" in cited
    assert not [k for k in cited if k.startswith("Annex, Part")]
