"""An "(i)" after an item "(h)" is the first roman sub-item of (h) when "(ii)" follows it, and
the letter (i) otherwise: ICCPR Art. 41(1)(h)(i)–(ii) and CAT Art. 21(1)(h)(i)–(ii) were cited
41(1)(i) and 41(1)(i)(ii); a COP decision's "(h) Invite …: (i) … (ii) … (iii) …" was cited
1(i)(i)… and its own item (i) 1(i)(i) (a researcher's trial 25, after the numbering of decision
10/CP.24). The last item "(i)" of a list stays the letter (CRPD Art. 4(1)(i))."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"


def _texts(path: Path) -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(path).segments
            if not s.slug.startswith("nl-")}             # (the English half)


def test_the_roman_sub_items_of_h_in_the_iccpr_and_the_cat():
    iccpr = _texts(ROOT / "corpus" / "treaties" / "un_iccpr_1966__nl-treatydb.md")
    assert iccpr["Art. 41(1)(h)(i)"].startswith("(i) If a solution within the terms of sub-para")
    assert iccpr["Art. 41(1)(h)(ii)"].startswith("(ii) If a solution within the terms of sub-par")
    assert "Art. 41(1)(i)" not in iccpr
    cat = _texts(DATA / "unseen" / "docs" / "un-cat-1984.md")
    assert cat["Art. 21(1)(h)(ii)"].startswith("(ii) If a solution within the terms of subpara")


def test_the_last_item_i_of_a_list_stays_the_letter():
    crpd = _texts(ROOT / "corpus" / "treaties" / "un_crpd_2006__nl-treatydb.md")
    assert crpd["Art. 4(1)(i)"].startswith("i) To promote the training of professionals")


def test_a_decisions_sub_items_and_its_next_letter():
    texts = _texts(DATA / "text" / "unfccc-decision-lists-excerpt.txt")
    assert texts["para. 1(h)(i)"].startswith("(i) To continue supporting efforts of Parties")
    assert texts["para. 1(h)(iii)"].startswith("(iii) To continue developing good practices")
    assert texts["para. 1(i)"].startswith("(i) Invite relevant United Nations agencies")
    assert texts["para. 1(g)(ii)"].startswith("(ii) To enhance data collection")
