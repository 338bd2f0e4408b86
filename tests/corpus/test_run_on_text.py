"""What a conversion left in a source's text and a reader takes out: the footnote numbers of the
treaty bodies' JSON paragraph lists (their superscripts flattened into digits), sentences run
into the stop before them, and list items run into their markers. On real documents of the
reference corpus and the examples, read by the product's readers."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.jsonparas import drop_note_marks
from corpus_tool.corpus.textclean import space_run_ons

REPO = Path(__file__).parents[2]
GC23 = REPO / "corpus" / "general-comments" / "Annotated_CRC-CMW-GC23-Migration.json"
GC13 = REPO / "corpus" / "general-comments" / "Annotated_ESCR-GC13-Education.json"
GC4_HOUSING = REPO / "examples" / "housing" / "corpus" / "added" / "Annotated_ESCR-GC4-Housing.json"
GC23_WORK = REPO / "examples" / "labour-market" / "corpus" / "added" / \
    "Annotated_ESCR-GC23-CondWork.json"
GC34 = REPO / "examples" / "political-participation" / "corpus" / "added" / \
    "Annotated_CCPR_GC34_expression.json"
REFUGEES_MD = REPO / "examples" / "citizenship" / "corpus" / "added" / \
    "un_refugees_1951__nl-treatydb.md"


def _passages(path: Path) -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(path).segments}


def test_footnote_numbers_of_a_general_comment_are_dropped():
    paras = _passages(GC23)
    p10, p11 = paras["para. 10"], paras["para. 11"]
    assert "the commission of a crime. Therefore, the possibility" in p10
    assert "crime.11" not in p10
    # a note glued to a word that ended a sentence: the stop it stood for is given back, so the
    # two sentences are two
    assert "the Alternative Care of Children. When children are accompanied" in p11
    assert "are assessed, 12 as well as before return" in p11     # after a space: left alone
    assert p11.endswith("non-custodial solutions for the entire family.")
    # a note set between two sentences
    text = "\n".join(paras.values())
    assert "such as testimonial evidence. In addition, the Committees urge" in text
    housing = _passages(GC4_HOUSING)["para. 3"]
    assert "the right to adequate housing article 11 (1)" in housing    # a word, then a citation


def test_bracketed_footnote_numbers_are_dropped():
    text = "\n".join(_passages(GC23_WORK).values())
    assert "[1]" not in text and "[35]" not in text
    assert "regional human rights treaties as well as" in text


def test_numbers_the_text_means_are_kept():
    text = "\n".join(_passages(GC13).values())
    assert "(art.2 (2))" in text
    for kept in ("in general comment No.16 (2005)", "CRC/C/GC/6/Rev.1 is cited",
                 "Article2 of the Covenant", "paragraph 12.", "in 1961.", "(art. 83)."):
        assert drop_note_marks(kept) == kept


@pytest.mark.parametrize("before, after", [
    ("to receive media output.Elements of the right", "to receive media output. Elements of the right"),
    ("country of his nationality;Provided that this", "country of his nationality; Provided that this"),
    ("including: (a)The failure to", "including: (a) The failure to"),
    ("untries; and (iii)Other risks", "untries; and (iii) Other risks"),
    ("76.Members shall", "76. Members shall"),                 # a paragraph's own number
    ("a.To abrogate any", "a. To abrogate any"),               # a lettered item (UNESCO CADE)
    ("iv.The right", "iv. The right"),
    ("Europe,Being resolved", "Europe, Being resolved"),
    # left as they are: an abbreviation, a capital inside a name, a marker after a word
    ("e.g.The Committee", "e.g.The Committee"),
    ("U.S.Code", "U.S.Code"),
    ("i.e.The", "i.e.The"),
    ("Member State(s)The", "Member State(s)The"),
    ("www.ohchr.org/en", "www.ohchr.org/en"),
    ("2.5 million", "2.5 million"),
    ("1,000 Members", "1,000 Members"),
])
def test_run_on_sentences_and_items_are_spaced(before, after):
    assert space_run_ons(before) == after


def test_run_ons_of_real_sources_are_spaced():
    gc34 = "\n".join(_passages(GC34).values())
    assert "media output. Elements of the right" in gc34 and "output.Elements" not in gc34
    refugees = "\n".join(s.text for s in extract_document(REFUGEES_MD).segments)
    assert "protection or assistance. When such protection" in refugees
    assert "assistance.When" not in refugees


def test_lettered_items_of_a_real_treaty_are_spaced():
    cade = [(s.locator, s.text) for s in extract_document(
        REPO / "corpus" / "treaties" / "unesco_cade_1960__nl-treatydb.md").segments]
    assert any(loc == "Art. 4(a)" and t.startswith("a. To make primary education free and")
               for loc, t in cade)
    assert any(loc == "Art. 3(a)" and t.startswith("a. To abrogate") for loc, t in cade)
    assert not [t for _, t in cade if re.match(r"[a-z]\.[A-Z]", t)]     # nor the Dutch half's


def test_a_text_export_of_a_paginated_document_keeps_its_pages():
    # a researcher's trial (session 42): a `pdftotext -layout` export (pages parted by form
    # feeds) gave every passage page None
    text = REPO / "tests" / "data" / "text" / "un-crc-1989-pdftotext-layout.txt"
    segs = extract_document(text).segments
    where = {w: next((s.locator, s.page) for s in segs if w in s.text)
             for w in ("every child has the inherent right to life",
                       "No child shall be subjected to arbitrary or unlawful interference",
                       "A State Party may denounce the present Convention")}
    assert list(where.values()) == [("Art. 6(1)", 3), ("Art. 16(1)", 5), ("Art. 52", 15)]
