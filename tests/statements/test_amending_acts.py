"""A researcher's blind trial 29 (the rights of older persons), P1: an amending act that enacts
its sections by quoting them ("Section 4 of Republic Act No. 7432 … is hereby further amended to
read as follows:" / "“SEC. 4. … The senior citizens shall be entitled to the following:" / "“(a)
…") gave almost no statements, silently: quoted text was read as another text's words, as in a
judgment. The Philippines' RA 9994 (tests/data/html/README.md) gave 16 statements for its 122
passages, none for the social pension or the DOH's free vaccination."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

from corpus_tool import amending as AM
from corpus_tool.corpus import extract_document
from corpus_tool.statements import stage as S

RA9994 = Path(__file__).parents[1] / "data" / "html" / "ph-ra9994-2010.html"


def _statements(genre: str) -> dict[str, tuple[str, str]]:
    """The statements of RA 9994 read as a document of `genre`: text's start → (strength, actor)."""
    segs = extract_document(RA9994).segments
    ps = [NS(id=f"ra:{s.slug}", text=s.text, locator=s.locator, heading=s.heading) for s in segs]
    _, [(_, drafts)] = S.analyse_documents([("ra", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"ra": genre})
    return {ps[i].text[d.start:d.end].lstrip("“ ")[:40]: (d.parts.strength, d.parts.actor)
            for i, ds in drafts.items() for d in ds}


def test_an_amending_act_s_quoted_sections_are_its_own_norms(trained):
    got = _statements("enacting")
    assert got["Indigent senior citizens shall be entitl"] == ("recognition",
                                                               "Indigent senior citizens")
    assert got["(f) the DOH shall administer free vaccin"] == ("obligation", "DOH")
    assert got["Government Assistance. – The government "] == ("obligation", "government")
    assert got["The DOH, in coordination with local gove"] == ("obligation", "DOH")
    # a quoted paragraph of its own is no item of the section's list ("The government shall
    # provide the following:"): its actor is its own
    assert got["The Department of Transportation and Com"][1].startswith("Department of Transp")
    assert len(got) >= 80          # 16 when the quotation marks held the quoted text back


def test_an_amending_formula_and_where_its_quotation_ends():
    texts = ["Section 4 of Republic Act No. 7432 is hereby further amended to read as follows:",
             "“SEC. 4. Privileges. – The senior citizens shall be entitled to the following:",
             "“(a) a “senior citizens’ ward” in every hospital;",
             "“(b) free vaccination.”",
             "Section 5. The Department shall report."]
    got = AM.enacted_marks([(t, None) for t in texts])
    assert got == [None, [0], [0], [0, len(texts[3]) - 1], None]
    # a judgment reports another act's amendment: its quotation is that act's words ...
    told = ["Article 5 was amended to read as follows:", "“1. Everyone shall …”"]
    assert AM.enacted_marks([(t, None) for t in told]) == [None, None]
    # ... unless the document enacts (a law's own "… shall read as follows:")
    assert AM.enacted_marks([(t, None) for t in told], enacting=True) == [None, [0, len(told[1]) - 1]]
    # a heading that ends with the formula (a reader took it for the section's title)
    assert AM.enacted_marks([("“SEC. 5. …", "Section 5 > Section 5 of the same Act is hereby "
                                              "amended to read as follows")]) == [[0]]
    assert AM.amends("(2) For subsection (3) substitute—")


PDFS = Path(__file__).parents[1] / "pdfs"
RENT = PDFS / "lk_rent_amendment_act_26_2002__lk-parliament-docs.pdf"
NHDA = PDFS / "lk_nhda_amendment_act_30_1999__lk-parliament-docs.pdf"


def _strengths(path: Path) -> dict[str, list[str]]:
    """The strengths of the statements of an Act read as an enacting text, by locator."""
    segs = extract_document(path).segments
    ps = [NS(id=f"act:{s.slug}", text=s.text, locator=s.locator, heading=s.heading)
          for s in segs]
    _, [(_, drafts)] = S.analyse_documents([("act", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"act": "enacting"})
    return {ps[i].locator: [d.parts.strength for d in ds] for i, ds in drafts.items() if ds}


def test_a_sri_lankan_amending_acts_substituted_paragraphs_are_its_own_norms(trained):
    # a researcher's trial 32 (P5): "(b) by the repeal of subsection (1A) of that section and the
    # substitution therefor, of the following :–" / "“(1A) Where the landlord has served notice …
    # the Commissioner shall …": 2 statements of 89 passages, the court's writ among the missed
    found = _strengths(RENT)
    assert found["s. 8(1)(b)(iii)"]      # "… the court shall forthwith issue a writ in execution"
    assert found["s. 8(1) ¶ 4"] == ["obligation"]    # the Commissioner's alternate accommodation
    assert len(found) >= 10


def test_the_formulas_of_sri_lankas_amending_acts():
    assert AM.amends("3. The following new Part is hereby inserted immediately after Part VII and "
                     "shall have effect as Part VIIA, of the principal enactment :-")
    assert AM.amends("(i) by the repeal of paragraph (b) of that subsection and the substitution "
                     "therefor, of the following paragraph : –", enacting=True)
    # "in addition to … the following" is no amendment
    assert not AM.amends("in addition to other sources, and organized on the basis of the "
                         "following directives:", enacting=True)


def test_the_formula_that_inserts_a_part_is_no_norm(trained):
    # trial 32: "3. The following new Part is hereby inserted … and shall have effect as Part
    # VIIA, of the principal enactment :-" was an obligation; the Part's sections are norms
    found = _strengths(NHDA)
    assert "s. 3" not in found
    assert found["s. 69E(9)"] == ["prohibition"]       # "No appeal shall lie against …"
