"""Paragraph lists whose conversion marks a footnote `[[fn:N]]` and gives its text under
`Footnotes` (the Human Rights Committee's Views in Billy et al. v. Australia, CCPR/C/135/D/3624/2019,
para. 3.4, as the public repository `lszoszk/generalcomments` has it): the marks stayed in 11 of
the Views' 28 statements and in their published quotes, a quote without the mark did not anchor,
and one mark glued two sentences into one statement (a researcher's trial, session 44)."""
from __future__ import annotations

import json

from corpus_tool.corpus import extract_document

RECORD = {
    "ID": "3.4.", "Section": "Article 6", "Labels": ["Persons affected by natural disasters"],
    "Text": "In violation of article 6 (1) of the Covenant, the State party has failed to prevent "
            "a foreseeable loss of life from the impacts of climate change,[[fn:11]] and to "
            "protect the authors’ right to life with dignity. The State party has failed to "
            "respect the authors’ right to a healthy environment, which is part of the right to "
            "life.[[fn:12]] The State party must devote maximum available resources and all "
            "appropriate means to reducing emissions in order to comply with its obligations "
            "under article 6 of the Covenant.",
    "Footnotes": [{"n": 11, "text": "The Hague Court of Appeal, Urgenda Foundation v. The State "
                                    "of the Netherlands, Case No. 200.178.245/01, Judgment, 9 "
                                    "October 2018."},
                  {"n": 12, "text": "Inter-American Court of Human Rights, Advisory Opinion "
                                    "OC-23/17, 15 February 2017, para. 59."}]}


def test_note_marks_go_and_the_notes_become_passages_of_their_own(tmp_path):
    path = tmp_path / "billy.json"
    path.write_text(json.dumps([RECORD], ensure_ascii=False), encoding="utf-8")
    segs = {s.locator: s.text for s in extract_document(path).segments}
    assert list(segs) == ["para. 3.4", "fn. 11", "fn. 12"]
    para = segs["para. 3.4"]
    assert "[[" not in para and "fn:" not in para
    assert "impacts of climate change, and to protect" in para
    assert "part of the right to life. The State party must devote" in para
    assert segs["fn. 12"] == ("Inter-American Court of Human Rights, Advisory Opinion OC-23/17, "
                              "15 February 2017, para. 59.")


def test_a_bracketed_note_mark_set_apart_after_a_stop_goes(tmp_path):
    """CESCR General Comment No. 26 (2022), as `lszoszk/UN-TreatyBodiesDocSearch` has it, sets
    its note marks apart: "… to land and territory. [19] These sources …"; 13 statements opened
    on "[32] The relevant authorities shall …" (a researcher's trial 44, P9). A bracketed number
    after a word ("paragraph [12]", "at [45]") is the text's own."""
    record = {"ID": "16.", "Labels": [], "Text": (
        "Both recognize Indigenous Peoples’ right to land and territory. [19] These sources of "
        "international human rights law apply (arts. 25–28) [18] both ways, as set out in "
        "paragraph [12] and at [45], of equal extension and quality”. [23]")}
    path = tmp_path / "gc26.json"
    path.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    (seg,) = extract_document(path).segments
    assert "territory. These sources" in seg.text
    assert "(arts. 25–28) both ways" in seg.text
    assert "paragraph [12] and at [45]" in seg.text
    assert seg.text.endswith("quality”.")


def test_numbered_sub_paragraphs_are_cited_each_and_slash_marks_go():
    """CCPR General Comment No. 23 (tests/data/general_comments) numbers its paragraphs 3.1–3.2,
    5.1–5.3 and 6.1–6.2; the conversion keeps each paragraph one record ("1. …\\r\\n2. …"), and
    all were cited "para. 5" (a researcher's trial 48, P7), its notes "law 5/." left in the
    text."""
    from pathlib import Path
    gc23 = (Path(__file__).resolve().parents[1] / "data" / "general_comments"
            / "Annotated_CCPR_GC23_minorities.json")
    got = {s.locator: s.text for s in extract_document(gc23).segments}
    assert [loc for loc in got if loc.startswith("para. 5")] == ["para. 5.1", "para. 5.2",
                                                                 "para. 5.3"]
    assert got["para. 5.3"].startswith("3. The right of individuals belonging to a linguistic")
    assert got["para. 6.2"].startswith("2. Although the rights protected under article 27")
    assert got["para. 3.2"].startswith("2 The enjoyment of the rights")
    assert "para. 4" in got and "para. 4.1" not in got
    assert "protected by law. The enjoyment" in got["para. 7"]
    assert got["para. 3.1"].endswith("cognizable under the Optional Protocol.")
