"""An amending Act that inserts a Part of new sections, printed with side notes in the margin
(Sri Lanka's National Housing Development Authority (Amendment) Act, No. 30 of 1999). A
researcher's trial 32 (P4) found its citations wrong in the provenance table: s. 69B(2) (the
sixty-day notice to quit) was "s. 69A(2)", s. 69C was "s. 69B(3) ¶ 2", ss. 69F-69G were "s.
69E(12) ¶ 2 …", the Act's own s. 4 was "s. 69E(4) ¶ 2", and the lines of s. 69F, set beside a
side note, were a passage each ("… shall have ef" / "fect notwithstanding …")."""
from __future__ import annotations

import pytest

from corpus_tool.corpus import extract_document

from tests.conftest import REPO

NHDA = REPO / "tests" / "pdfs" / "lk_nhda_amendment_act_30_1999__lk-parliament-docs.pdf"


@pytest.fixture(scope="module")
def by_loc():
    return {s.locator: s for s in extract_document(NHDA).segments}


def test_the_inserted_sections_are_cited_by_their_numbers(by_loc):
    assert by_loc["s. 69B(1)"].text.startswith("69B. (1) Where the General Manager has reason")
    assert by_loc["s. 69B(2)"].text.startswith(
        "(2) For the purposes of subsection (1) of this section the date specified in the "
        "Notice to quit shall be a date not later than sixty days")
    # a section above the last by its letter, with no sub-section (1)
    assert by_loc["s. 69C"].text.startswith("69C. Where a Notice to quit has been served")
    assert by_loc["s. 69E(9)"].text.startswith("(9) No appeal shall lie against any order")


def test_the_acts_own_numbering_resumes_after_the_quoted_part(by_loc):
    assert by_loc["s. 4"].text.startswith("4. Section 82 of the principal enactment is hereby "
                                          "amended")
    assert by_loc["s. 5"].text.startswith("5. The following Schedule is hereby inserted")


def test_the_lines_beside_a_side_note_are_one_paragraph(by_loc):
    assert by_loc["s. 69F"].text == (
        "69F. The provisions of this Part shall have effect notwithstanding anything contained "
        "in any other provision of this Act or other written law, and accordingly, in the event "
        "of any conflict or inconsistency between the provisions of this Part and such other "
        "provision or written law, the provisions of this Part shall prevail.")
    assert by_loc["s. 69A"].text.startswith("69A. This part shall apply to every house,flat or "
                                            "any other building belonging to the Authority")
    # a reference's number at a line's start goes on with its sentence, as no sub-section
    assert "under subsection (2) or subsection (7) the Magistrate shall" in \
        by_loc["s. 69E(10)"].text
    # the side notes head their sections, out of the text
    assert not [loc for loc, s in by_loc.items() if s.text.startswith("Provisions of this")
                or s.text == "Notice to quit"]


def test_an_amending_list_s_numbering_resumes_after_each_quoted_paragraph():
    """The Rent (Amendment) Act, No. 26 of 2002 (Sri Lanka): its s. 8(1)(a)(i) substitutes a
    paragraph "(b)" in quotation marks, its items go on (ii), (iii), (iv); they were cited
    "s. 8(1)(ii)", "s. 8(1)(ii)(iii)", "s. 8(1)(ii)(iv)" (trial 32, P4), the quoted "(b)" taken
    for the Act's own paragraph. A formula without "hereby" quotes in such a statute too."""
    rent = REPO / "tests" / "pdfs" / "lk_rent_amendment_act_26_2002__lk-parliament-docs.pdf"
    cited = {s.locator: s.text for s in extract_document(rent).segments}
    assert cited["s. 8(1)(a)(ii)"].startswith("(ii) by the repeal of paragraph (bb)")
    assert cited["s. 8(1)(a)(iii)"].startswith("(iii) in paragraph (d) of that subsection")
    assert cited["s. 8(1)(a)(iv)"].startswith("(iv) by the insertion immediately after")
    assert cited["s. 8(1)(g)(ii)"].startswith("(ii) in paragraph (c) of that subsection")
    assert "s. 8(1)(ii)(iii)" not in cited
