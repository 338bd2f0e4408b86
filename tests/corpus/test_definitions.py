"""A statute's definitions cited by the term they define (`corpus.definitions`), a researcher's
trials 38 and 39: Canada's Safe Food for Canadians Act, as a mirror of the consolidated acts
prints it (tests/data/markdown/README.md), had its definitions run together ("Agency means …
(Agence) analyst means …" was one passage, "s. 2 ¶ 3", and "food commodity means" ended it),
and the definitions' items were cited by position: "s. 2(a)", then "s. 2(a) ¶ 2" for the (a)
of the next definition, "s. 2(b) ¶ 3" for the (b) of "violation". And a statute's own heading that reads as an
instrument's title ("Declaration of Principle" above s. 3 of the Youth Criminal Justice Act)
started an "Annex": 992 of the Act's 999 statements were cited "Annex, s. …" (trial 40, P1)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document

MARKDOWN = Path(__file__).resolve().parent.parent / "data" / "markdown"
SFCA = MARKDOWN / "ca-sfca-2012-ss-1-7-excerpt.md"
YCJA = MARKDOWN / "ca-ycja-2002-ss-1-4-excerpt.md"


def _cited(path: Path) -> dict[str, str]:
    """Locator → text (the mirror sets an en space after each term: read as a space)."""
    return {s.locator: s.text.replace("\u2002", " ") for s in extract_document(path).segments}


def test_each_definition_is_cited_by_its_term():
    got = _cited(SFCA)
    assert got["s. 2, “Agency”"] == "Agency means the Canadian Food Inspection Agency " \
        "established by section 3 of the Canadian Food Inspection Agency Act. (Agence)"
    assert got["s. 2, “analyst”"].startswith("analyst means a person designated as an analyst")
    assert got["s. 2, “food commodity”"] == "food commodity means"
    assert got["s. 2, “prepare”"].startswith("prepare, in respect of a food commodity, includes")
    assert got["s. 2, “person”"].startswith("person has the same meaning as in section 2")


def test_a_definition_s_items_are_cited_under_its_term():
    got = _cited(SFCA)
    assert got["s. 2, “food commodity” (b)"].startswith("(b) any animal or plant")
    assert got["s. 2, “food commodity” (c)"] == \
        "(c) anything prescribed to be a food commodity. (produit alimentaire)"
    assert got["s. 2, “item to which this Act applies” (a)"] == "(a) a food commodity;"
    assert got["s. 2, “violation” (b)"].startswith("(b) any refusal or neglect to perform")
    assert not [loc for loc in got if "¶" in loc and loc.startswith("s. ")]
    # after the definitions, the sections' own items are cited as before
    assert got["s. 7(a)"].startswith("(a) render the food commodity injurious")


def test_quoted_terms_and_terms_with_a_qualifier():
    got = _cited(MARKDOWN / "zm-dpa-2021-excerpt.md")
    assert got["s. 2, “automated”"].startswith("“automated” in relation to data, means")
    assert got["s. 2, “law enforcement officer” (a)"].startswith("(a) a police officer")
    got = _cited(MARKDOWN / "ca-pipeda-2000-sections-excerpt.md")
    assert got["s. 2(1), “personal health information” (a)"].startswith(
        "(a) information concerning the physical or mental health")
    assert got["s. 2(1), “federal work, undertaking or business” (j)"].startswith("(j) ")


def test_a_paragraph_that_ends_with_the_term_in_french_is_not_run_into_the_next():
    got = _cited(MARKDOWN / "ca-pipeda-2000-mirror-excerpt.md")
    assert got["s. 2(1), “Court”"] == "Court means the Federal Court. (Cour)"
    assert got["s. 2(1), “federal work, undertaking or business”"].startswith(
        "federal work, undertaking or business means any work")


def test_a_statute_s_heading_that_reads_as_a_title_starts_no_annex():
    got = _cited(YCJA)
    assert got["s. 3(1)(b)"].startswith("(b) the criminal justice system for young persons "
                                        "must be separate from that of adults")
    assert got["s. 4(d)(ii)"] == "(ii) has previously been found guilty of an offence."
    assert not [loc for loc in got if "Annex" in loc]
    # a repealed definition ends with its note: the next definition is not run into it
    assert got["s. 2(1) ¶ 2"] == "presumptive offence[Repealed, 2012, c. 1, s. 167]"
    assert got["s. 2(1), “provincial director”"].startswith("provincial director means")
    assert got["s. 2(1), “adult sentence”"].startswith("adult sentence, in the case of a young")
