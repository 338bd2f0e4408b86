"""Running heads and feet in text exports of paginated documents (issue 13)."""
from __future__ import annotations

from corpus_tool.corpus.readers.markdown import markdown_blocks
from corpus_tool.corpus.readers.text import is_heading_line, text_blocks
from corpus_tool.corpus.readers.textfurniture import drop_furniture

EXPORT = """Article 20
Equality before the law
Everyone is equal before the law.C 202/398
EN
Official Journal of the European Union
7.6.2016
Article 21
Non-discrimination
1.
Any discrimination based on any ground shall be prohibited.7.6.2016
EN
Official Journal of the European Union
C 202/399
Article 22
Diversity
The Union shall respect cultural, religious and linguistic diversity.C 202/400
EN
Official Journal of the European Union
7.6.2016
Article 23
Equality between women and men
Equality between women and men must be ensured in all areas."""


def test_repeated_page_lines_and_glued_tails_are_dropped_structure_kept():
    lines = drop_furniture(EXPORT.split("\n"), is_heading_line)
    text = "\n".join(lines)
    assert "Official Journal" not in text and "7.6.2016" not in text and "C 202" not in text
    assert "EN" not in lines
    assert "Everyone is equal before the law." in lines
    assert [ln for ln in lines if ln.startswith("Article")] == \
        ["Article 20", "Article 21", "Article 22", "Article 23"]
    assert "1." in lines


def test_text_reader_gives_whole_paragraphs():
    blocks = text_blocks(EXPORT)
    assert any(b.text.endswith("Everyone is equal before the law.") for b in blocks)
    assert not any("Journal" in b.text for b in blocks)


def test_lines_seen_twice_are_not_furniture():
    lines = ["Whereas:", "Text one.", "Whereas:", "Text two."]
    assert drop_furniture(lines, is_heading_line) == lines


def test_a_status_line_repeated_under_every_article_is_text_not_furniture():
    lines = []
    for n in range(1, 6):
        lines += [f"Article {n}", "Treedt in werking op een nader te bepalen tijdstip", "Text."]
    assert drop_furniture(lines, is_heading_line) == lines


def test_markdown_page_footers_of_a_pdf_conversion_are_dropped():
    md = []
    for n in range(1, 5):
        md += [f"(1) Provision {n} shall apply.", "",
               f"Page {n} of 46Service provided by the Federal Ministry of Justice",
               "and the Federal Office of Justice ‒ www.gesetze-im-internet.de", "",
               f"### Article {n + 1}", ""]
    text = " ".join(b.text for b in markdown_blocks("\n".join(md)))
    assert "gesetze-im-internet" not in text and "of 46" not in text
    assert "(1) Provision 4 shall apply." in text


def test_a_foot_set_out_to_the_margin_is_furniture_however_wide():
    # a researcher's trial (session 44): a `pdftotext -layout` export of CESCR General Comment
    # No. 15 kept its last page's foot "GE.21-00000 … 17" (103 characters with its spacing) as
    # a passage
    pages = []
    for n, para in [(15, "55. Any persons or groups who have been denied their right to water "
                         "should have access to effective judicial or other appropriate remedies."),
                    (16, "59. States parties should support the efforts of advocates and other "
                         "members of civil society."),
                    (17, "60. United Nations agencies concerned with water should cooperate "
                         "effectively with States parties.")]:
        pages.append("\n".join([" " * 90 + "E/C.12/2002/11", "", para, "",
                                "GE.21-00000" + " " * (90 - n) + str(n)]))
    lines = drop_furniture("\n\f".join(pages).split("\n"), is_heading_line)
    assert not [ln for ln in lines if "GE.21" in ln or "E/C.12" in ln]
    assert sum(ln.startswith(("55.", "59.", "60.")) for ln in lines) == 3
