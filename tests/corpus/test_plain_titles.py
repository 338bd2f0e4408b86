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
