"""A Markdown table is text, not pipes: its cells read as one paragraph, cells and rows separated
by semicolons, its rule rows (`| --- |`, `|:---|`) dropped. On the tables of the reference
corpus: the heading the revised European Social Charter's appendix sets as a one-cell table, and
the list of States in the Refugee Convention's Final Act."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.markdown import markdown_blocks, table_cells

TREATIES = Path(__file__).parents[2] / "corpus" / "treaties"


def _passages(name: str) -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(TREATIES / name).segments
            if s.lang == "en"}


def test_a_one_cell_table_reads_as_its_text():
    esc = _passages("coe_ets163_social_charter_revised_1996__nl-treatydb.md")
    assert esc["Appendix, para. 3 ¶ 2"] == \
        "PART I, paragraph 18, and PART II, article 18, paragraph 1"
    assert not any("|" in t or "---" in t for t in esc.values())


def test_a_table_of_states_reads_as_a_list():
    final_act = _passages("un_refugee_convention_1951__nl-treatydb.md")["Final Act, ¶ 3"]
    assert final_act.startswith("Australia; Luxembourg; Austria; Monaco; Belgium; Netherlands")
    assert "Switzerland (the Swiss delegation also represented Liechtenstein)" in final_act
    assert "|" not in final_act and "---" not in final_act


def test_a_table_is_its_own_paragraph_and_rule_rows_are_no_text():
    assert table_cells("| --- | :---: |") == []
    assert table_cells("|Denmark | --- |") == ["Denmark"]
    assert table_cells("| **Article 5** | Right to [liberty](#a5) |") == ["Article 5",
                                                                         "Right to liberty"]
    blocks = markdown_blocks("Before the table.\n| a | b |\n|---|---|\n| c | d |\nAfter it.\n")
    assert [b.text for b in blocks] == ["Before the table.", "a; b; c; d", "After it."]
