"""Anchors: make_anchor / reanchor on the real CRC text, edited the way new versions change."""
from __future__ import annotations

from dataclasses import replace

import pytest

from corpus_tool.coding.anchoring import find_quote, make_anchor, quote_pattern, reanchor
from corpus_tool.formats import sha256_text

from tests.conftest import REPO

CRC = (REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md").read_text(encoding="utf-8")
QUOTE = "Make primary education compulsory and available free to all;"


@pytest.fixture()
def anchor():
    s = CRC.index(QUOTE)
    return make_anchor(CRC, s, s + len(QUOTE), doc_id="un-crc-1989")


def test_make_anchor_keeps_quote_context_and_version(anchor):
    assert anchor.exact == QUOTE
    assert CRC[anchor.start - len(anchor.prefix):anchor.start] == anchor.prefix
    assert CRC[anchor.end:anchor.end + len(anchor.suffix)] == anchor.suffix
    assert len(anchor.prefix) == len(anchor.suffix) == 32
    assert anchor.text_sha256 == sha256_text(CRC)


def test_make_anchor_refuses_bad_span():
    with pytest.raises(ValueError):
        make_anchor("abc", 2, 1)
    with pytest.raises(ValueError):
        make_anchor("abc", 0, 4)


def test_unchanged_text_is_exact(anchor):
    r = reanchor(anchor, CRC)
    assert (r.status, r.start, r.end) == ("exact", anchor.start, anchor.end)


def test_text_inserted_before_moves_the_anchor(anchor):
    new = "A new preface paragraph.\n\n" + CRC
    r = reanchor(anchor, new)
    assert r.status == "moved"
    assert new[r.start:r.end] == QUOTE
    assert r.start == anchor.start + len("A new preface paragraph.\n\n")


def test_reworded_quote_is_found_fuzzy(anchor):
    new = CRC.replace(QUOTE, "Make primary education compulsory and available freely to all;")
    r = reanchor(anchor, new)
    assert r.status == "fuzzy"
    assert new[r.start:r.end].startswith("Make primary education compulsory")
    assert new[r.start:r.end].endswith("to all;")
    assert 0 < r.distance <= 3


def test_whitespace_and_quote_marks_do_not_break_the_match(anchor):
    new = CRC.replace(QUOTE, QUOTE.replace(" ", "  \n", 2))
    r = reanchor(anchor, new)
    assert r.status in ("exact", "moved")
    assert " ".join(new[r.start:r.end].split()) == QUOTE
    assert find_quote("the child’s rights", "the child's rights") == [(0, 18)]
    assert quote_pattern("a - b").search("a – b")


def test_a_quote_copied_from_a_pdf_viewer_is_found(anchor):
    # a researcher's trial (session 42): the viewer copies the "ﬁ" ligature and a word broken
    # at the line end, which the document's text has whole
    quote = "institutions speciﬁcally applicable to children"
    assert len(find_quote(CRC, quote)) == 1
    s, e = find_quote(CRC, "institutions speci-\nfically applicable to children")[0]
    assert CRC[s:e] == "institutions specifically applicable to children"
    s, e = find_quote(CRC, "promote self-\nreliance and")[0]      # a hyphen the word keeps
    assert CRC[s:e] == "promote self-reliance and"
    assert not find_quote(CRC, "institutions speci- fically applicable")   # no line end there


def test_deleted_quote_is_orphaned(anchor):
    new = CRC.replace(QUOTE, "Ensure that schooling is organised by the municipalities.")
    assert reanchor(anchor, new).status == "orphaned"


def test_repeated_quote_is_disambiguated_by_context_then_ambiguous():
    phrase = "States Parties shall take all appropriate measures"
    spans = find_quote(CRC, phrase)
    assert len(spans) > 2
    s, e = spans[1]
    a = make_anchor(CRC, s, e)
    # the context (prefix/suffix) picks the right one even when the text moved
    r = reanchor(a, "x" + CRC)
    assert (r.status, r.start) == ("moved", s + 1)
    # without context and without a usable position hint, it is ambiguous
    bare = replace(a, prefix="", suffix="", start=None, end=None)
    r = reanchor(bare, CRC)
    assert r.status == "ambiguous" and r.candidates == len(spans)
    # same text version, right at the hint: exact
    r = reanchor(replace(a, prefix="", suffix=""), CRC)
    assert (r.status, r.start) == ("exact", s)


def test_empty_quote_is_orphaned_not_an_error(anchor):
    assert reanchor(replace(anchor, exact="  "), CRC).status == "orphaned"


def test_long_quote_found_by_head_and_tail():
    s = CRC.index("States Parties recognize the right of the child to education")
    a = make_anchor(CRC, s, s + 1500)
    assert len(a.exact) > 400
    edited = CRC[:s + 700] + "SOME INSERTED WORDS " + CRC[s + 700:]
    r = reanchor(replace(a, start=None, end=None), "x" * 300 + edited)
    assert r.status == "fuzzy" and r.distance == len("SOME INSERTED WORDS ")
    assert (r.start, r.end) == (s + 300, s + 300 + 1500 + len("SOME INSERTED WORDS "))
    assert reanchor(a, CRC[:s] + CRC[s + 1500:]).status == "orphaned"
