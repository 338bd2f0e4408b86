"""Word spaces a PDF shows but its text stream lacks. The EPRS briefing "Understanding EU
policies for people with disabilities" (2025) sets "still face" with a move of the pen (a gap of
1.8 pt, as wide as the line's other word spaces) and no space glyph; pdfium read "stillface", so
the sentence copied from a PDF viewer was refused by `annotations add` and the provenance table
printed the glued word (a researcher's trial 20, problem 5). The gap is measured against the
line's own word spaces and letter gaps, so justified lines keep their words whole and
abbreviations stay as printed."""
from __future__ import annotations

import random

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.pdfspaces import _gaps

from tests.conftest import REPO

EPRS = REPO / "tests" / "pdfs" / "eprs_disability_2025_p3__derived.pdf"
UNSEEN = REPO / "tests" / "data" / "unseen" / "docs"
DMCA = REPO / "tests" / "pdfs" / "us_copyright_office_dmca_summary_1998__pdfminer.pdf"


def test_a_word_space_set_as_a_gap_is_a_space():
    texts = [s.text for s in extract_document(EPRS).segments]
    assert any(t.startswith("People with disabilities still face significant barriers to "
                            "accessing education, employment, healthcare, sport and culture")
               for t in texts)
    assert not [t for t in texts if "stillface" in t]


def test_a_paragraph_number_set_close_to_its_text_is_apart_and_abbreviations_stay_whole():
    """The UN Permanent Forum's conference room paper E/C.19/2012/CRP.2 sets its paragraph
    numbers a narrow gap before the text ("9.During the 1960’s …" as pdfium read it); the U.S.
    Copyright Office's DMCA summary prints "U.S." with gaps of the same kind inside it."""
    crp = [s.text for s in extract_document(UNSEEN / "un-e-c19-2012-crp2.pdf").segments]
    assert any(t.startswith("9. During the 1960’s and 1970s American Indian nations") for t in crp)
    dmca = " ".join(s.text for s in extract_document(DMCA).segments)
    assert "U.S. Copyright Office" in dmca and "U. S." not in dmca


def test_the_gaps_are_measured_as_glyph_by_glyph():
    """`_gaps` takes the gaps in bulk where every glyph has a width; the same as one glyph at
    a time, the way kept for glyphs of no width."""
    def one_by_one(line, lefts, rights):
        ks, inner, words, last = [], [], [], None
        for k, c in enumerate(line):
            if c == " " or rights[k] <= lefts[k]:
                continue
            if last is not None:
                if last == k - 1:
                    ks.append(k)
                    inner.append(lefts[k] - rights[last])
                elif not line[last + 1:k].strip():
                    words.append(lefts[k] - rights[last])
            last = k
        return ks, inner, words

    rnd = random.Random(3)
    for i in range(20000):
        line = "".join(rnd.choice("ab  c.\xa0-") for _ in range(rnd.randint(0, 20)))
        line = line.strip(" ") if i % 2 else line
        lefts = [rnd.random() * 10 for _ in line]
        rights = [x + (0.5 if i % 3 else rnd.choice([0.5, 0.0, -0.1])) for x in lefts]
        assert _gaps(line, lefts, rights) == one_by_one(line, lefts, rights), repr(line)
