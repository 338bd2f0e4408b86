"""A researcher's trial 30 (freedom of expression), P1: a statute whose consolidated PDF's text
layer was saved as text prints each section's number and title on a line of its own ("7
Justiﬁcation" / "In an action for defamation …"), after a table of provisions that lists them
all. No section was read: the Cook Islands' Defamation Act's ss. 7 and 8 (justification, fair
comment) sat inside the passage cited "para. 6(b)", and the table's last line ("Schedule") made
the Act a schedule's. The real excerpt: tests/data/markdown/README.md."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.markdown import markdown_blocks
from corpus_tool.corpus.textclean import rejoin_split_ff

DATA = Path(__file__).parents[1] / "data" / "markdown"
ACT = DATA / "ck-defamation-act-1993-excerpt.md"


def _at(segs, start: str) -> str:
    return next(s.locator for s in segs if s.text.startswith(start))


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_sections_titled_on_a_line_of_their_own_are_the_act_s_sections(tmp_path, suffix):
    # the same text layer saved as Markdown (as the trial's source was) or as plain text
    path = tmp_path / f"act{suffix}"
    shutil.copy(ACT, path)
    segs = extract_document(path).segments
    assert _at(segs, "This Act may be cited as the Defamation Act 1993.") == "s. 1"
    assert _at(segs, "In an action for defamation in respect of words containing 2 or more") \
        == "s. 7"
    assert _at(segs, "In an action for defamation in respect of words consisting partly") == "s. 8"
    # a title that wraps heads its section whole; the subsections are the section's
    s91 = next(s for s in segs if s.text.startswith("(1) When an action has been commenced"))
    assert s91.locator == "s. 9(1)"
    assert s91.heading.endswith("newspapers of same defamatory matter")
    # s. 6's last paragraph ends before s. 7's title
    s6 = next(s for s in segs if s.locator == "s. 6(6)(b)")
    assert "Justiﬁcation" not in s6.text and s6.text.endswith("contents of the publication.")


def test_a_table_of_provisions_is_no_text_and_no_structure():
    segs = extract_document(ACT).segments
    assert not any("Libel and slander actionable without proof of special damage" in s.text
                   for s in segs)
    assert not any(s.locator.startswith("Schedule") for s in segs)


def test_a_paragraph_s_first_line_that_wraps_is_no_title():
    text = ("4 The Committee notes that the right to life\n"
            "is the supreme right from which no derogation is permitted.\n\n"
            "5 The Committee recalls that States parties\n"
            "must respect and ensure the right to life.\n\n"
            "6 Deprivation of life involves\n"
            "an intentional or otherwise foreseeable and preventable injury.\n")
    assert [b.kind for b in markdown_blocks(text)] == ["para", "para", "para"]


def test_a_ligature_s_spaced_out_ff_is_rejoined_where_the_text_spaces_them_all():
    # P6: "Of f icial", "plaintif f", "dif ferent" stayed so in the Official Information Act: "official information" was found
    # nowhere, and a cluster was labelled "f icial information"
    segs = extract_document(ACT).segments
    text = " ".join(s.text for s in segs)
    assert "the plaintiff, a defence of justiﬁcation" in text
    assert "an offer of amends" in text
    assert any(s.heading.endswith("in different newspapers of same defamatory matter")
               for s in segs)
    assert " f " not in text and "of fer" not in text
    # words of their own stay apart: "of fees", "if filed"
    assert rejoin_split_ff("Of f icial; of f icers; plaintif f’s; of fees; if filed; of fer") == \
        "Official; officers; plaintiff’s; of fees; if filed; offer"
    # a text without the sign is left alone
    assert rejoin_split_ff("the dif ference of fees") == "the dif ference of fees"


# A researcher's trial 42 (nationality), P1: in the Cook Islands' Citizenship Act 1977 and Births
# and Deaths Registration Act 1973, printed so, whole runs of sections were cited as others: s. 6
# (citizenship by birth; its (3) the safeguard for a child otherwise stateless) "Part 1, para. 3",
# s. 9 "s. 8(1) ¶ 2", s. 13(4)(b) "s. 11(4)(b) ¶ 2", s. 55 "s. 54(1)". A title after a note of
# the provisions compared ("Compare: 1948 No 15 ss 8, 9, 12, and 13") or after a cross-heading
# ("Acquisition of Citizenship") was read into the text, and a title the act gives twice ("27
# Certificate of registration", "38 Certificate of registration") or lists in its table ("55
# Fees") was dropped as a page's running head.
CITIZENSHIP = DATA / "ck-citizenship-act-1977.md"
REGISTRATION = DATA / "ck-births-deaths-registration-act-1973.md"


def test_titles_after_a_compare_note_or_a_cross_heading_head_their_sections():
    segs = extract_document(CITIZENSHIP).segments
    got = {s.locator: s for s in segs}
    assert {int(loc[3:].split("(")[0].split()[0]) for loc in got if loc.startswith("s. ")} \
        == set(range(1, 31))
    assert not [loc for loc in got if "para." in loc]
    assert got["s. 6(3)"].text.startswith("(3) Notwithstanding subsection (2), every person born")
    assert "Acquisition of Citizenship" in got["s. 6(3)"].heading
    assert got["s. 9(1)(a)"].text == "(a) who is a minor:"
    assert got["s. 13(4)(b)"].text.startswith("(b) in the case of a person born in a place")
    assert "Transitional Provisions Relating to Citizenship" in got["s. 13(1)"].heading
    assert got["s. 15(1)"].text.startswith("(1) A New Zealand citizen who has attained the age")
    # "… section 8(2)(c) to" / "(e); and": a range of references, no paragraph (e)
    assert got["s. 9(1)(b)(i)"].text.endswith("section 8(2)(c) to (e); and")
    assert "s. 9(1)(e)" not in got


def test_a_title_that_recurs_or_that_the_table_lists_is_no_running_head():
    got = {s.locator: s for s in extract_document(REGISTRATION).segments}
    assert got["s. 55(1)"].text.startswith("(1) There must be paid to the Registrar-General")
    assert got["s. 27"].heading.endswith("Certiﬁcate of registration")
    assert got["s. 38"].heading.endswith("Certiﬁcate of registration")
    # a title that wraps onto a line in capitals ("… may send copies to" / "Registrar-General")
    assert got["s. 9"].text.startswith("Where any of the duplicates")
    assert got["s. 10(1)"].text.startswith("(1) The occupier of any premises in which a child")


def test_words_whose_ff_the_file_spaces_out_are_joined_and_said():
    """Trial 42 (P10): the text layer's "of f icers" is read "officers", and the quotes then
    differ from the file: the reader says so, with how many words it joined."""
    r = extract_document(CITIZENSHIP)
    assert any(s.text.count("officer") for s in r.segments)
    assert not any("of f ic" in s.text for s in r.segments)
    [said] = [w for w in r.warnings if "spaces out" in w]
    assert said.startswith("30 word(s) whose \"ff\" the file spaces out")
    assert not [w for w in extract_document(ACT.parent / "lk-pdva-2005.md").warnings
                if "spaces out" in w]
