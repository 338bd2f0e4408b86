"""A researcher's trial 31 (child labour), P2: an ILO Convention's file that prints its
Recommendation after it ("###Recommendation 146" / "####Recommendation concerning minimum age
for admission to employment") had the Recommendation's paragraphs cited as the Convention's own
("Part I, para. 1"), and its preamble as the last article's paragraph. The labour-market
example's C142 file prints R150 so (examples/labour-market/corpus/SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

C142 = (Path(__file__).parents[2] / "examples" / "labour-market" / "corpus" / "added"
        / "ilo_c142_r150_1975__nl-treatydb.md")


def test_a_recommendation_printed_after_its_convention_is_an_instrument_of_its_own():
    segs = [s for s in extract_document(C142).segments if s.lang == "en"
            and not s.slug.startswith("nl-")]

    def at(start: str) -> list[str]:
        return [s.locator for s in segs if s.text.startswith(start)]
    assert at("1. This Recommendation applies to the vocational") == [
        "Recommendation, Part I, para. 1"]
    assert at("The General Conference of the International Labour") == [
        "Preamble, para. 1", "Recommendation, Preamble, para. 1"]
    # the Convention's articles stay its own
    assert at("The English and French versions of the text") == ["Art. 13"]
