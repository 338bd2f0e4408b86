"""The marks of footnotes, set as superscripts, are no words of the text: "… of the world,3 is
treated …" and "… particularly children," / "10 are entitled …" (pdfium starts a line where the
baseline rises) went into passages and quotes, and a quote without them did not anchor (a
researcher's trial, session 44). A footnote keeps its own number: it is cited by it."""
from __future__ import annotations

import random

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.pdf import RE_ENDED, RE_MID_MARK, _ended, _mid_marks

from tests.conftest import PDFS, REPO

UN_CRP2 = REPO / "tests" / "data" / "unseen" / "docs" / "un-e-c19-2012-crp2.pdf"
SACCHI = PDFS / "crc_sacchi_2021_two_columns__derived.pdf"


def _text(path) -> str:
    return " ".join(s.text for s in extract_document(path).segments)


def test_a_mark_raised_inside_a_line_is_dropped():
    text = _text(UN_CRP2)
    assert "removal, ethnocide, genocide, and linguicide" in text
    assert "centuries of colonialism and imperialism and their" in text
    assert "genocide,9" not in text and "colonialism10" not in text


def test_a_mark_that_opens_a_line_is_dropped_and_the_notes_keep_their_numbers():
    segs = extract_document(SACCHI).segments
    text = " ".join(s.text for s in segs)
    assert "if needed, parties, particularly children, are entitled by law to free legal aid" \
        in text
    assert "children, 10 are" not in text
    notes = [s for s in segs if " fn. " in f" {s.locator} "]
    assert notes and all(s.text.split()[0].isdigit() for s in notes)


def test_no_two_passages_are_cited_alike():
    """A footnote in English naming Spanish cases ("Supreme Court, Salas, Dino y otros c/ Salta
    …") read as a stray Spanish line got the article's locator: "para. 8.8 ¶ 2" cited two
    passages (a researcher's trial, session 44). The text's own passage keeps its locator; in a
    bilingual file each half cites its articles as the other does."""
    from collections import Counter
    segs = extract_document(SACCHI).segments
    assert [loc for loc, n in Counter(s.locator for s in segs).items() if n > 1] == []
    udhr = extract_document(REPO / "corpus" / "treaties" / "un_udhr_1948__nl-treatydb.md",
                            language="en").segments
    art1 = [s for s in udhr if s.locator == "Art. 1"]
    assert {s.lang for s in art1} == {"en", "nl"}       # the article and its translation
    assert next(s for s in art1 if s.lang == "en").text.startswith("All human beings are born")
    stray = [s for s in udhr if s.slug == "art-1-nl"]   # a status line inside the English half
    assert stray and all(s.locator.startswith("Art. 1 ¶ ") for s in stray)


def test_the_marks_and_sentence_ends_are_found_as_the_regexes_find_them():
    """`_mid_marks` (digit-first regexes, ASCII classes in an ASCII line) and `_ended` (read from
    the line's end) are faster forms of RE_MID_MARK and RE_ENDED: they must find the same."""
    rnd = random.Random(7)
    alphabets = [list("ab Zé_ 0123456789٣²½.,;:)”’\"( -\t\n\xa0π") + ["  ", "a, 1", "x.2 "],
                 list("aZ_ 019.,;:)\"(-\t\n\r\x0b\x0c\x1c\x1f\x1b") + ["a1", "a.1 ", "b 12,"]]
    for alphabet in alphabets:
        for _ in range(20000):
            s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
            assert _mid_marks(s) == [m.span(1) for m in RE_MID_MARK.finditer(s)], repr(s)
            assert _ended(s) == bool(RE_ENDED.search(s)), repr(s)
