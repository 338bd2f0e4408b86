"""An article's title set as a paragraph of its own under its bare Markdown heading is the
article's title, not a passage. GDPR Chapter III as a researcher converted it to Markdown from
the public repository kiprotect/kb (`src/en/gdpr/chapters/3/sections/*/articles/16.yml` @
23aec30d; "### Article 16", then "Right to rectification", then the article's one unnumbered
paragraph): the title line was passage ¶ 1, so the first sentence of Art. 16 was cited
"Art. 16 ¶ 2", and a reader looked for a second paragraph (a researcher's trial 20, P26)."""
from __future__ import annotations

from corpus_tool.corpus import extract_document

ART16 = """### Article 16

Right to rectification

The data subject shall have the right to obtain from the controller without undue delay the \
rectification of inaccurate personal data concerning him or her. Taking into account the \
purposes of the processing, the data subject shall have the right to have incomplete personal \
data completed, including by means of providing a supplementary statement.

### Article 17

Right to erasure ('right to be forgotten')

1. The data subject shall have the right to obtain from the controller the erasure of personal \
data concerning him or her without undue delay and the controller shall have the obligation to \
erase personal data without undue delay where one of the following grounds applies:
"""


def test_the_title_line_is_the_articles_title_and_its_one_paragraph_is_cited_art_16(tmp_path):
    path = tmp_path / "gdpr-ch3.md"
    path.write_text(ART16, encoding="utf-8")
    segs = extract_document(path).segments
    assert [(s.locator, s.text[:40]) for s in segs] == [
        ("Art. 16", "The data subject shall have the right to"),
        ("Art. 17(1)", "1. The data subject shall have the right"),
    ]
    assert segs[0].heading == "Article 16 > Right to rectification"
    assert segs[1].heading == "Article 17 > Right to erasure ('right to be forgotten')"


def test_a_lead_in_and_a_note_under_every_article_stay_passages(tmp_path):
    """Not titles: a lead-in that ends on a dash (ILO C118, "In this Convention—") and a line
    a Dutch treaty database sets under every article ("Treedt in werking op een nader te
    bepalen tijdstip", ILO C189 in `tests/data/unseen/docs/ilo-c189-2011.md`)."""
    path = tmp_path / "ilo.md"
    path.write_text("### Article 1\n\nIn this Convention—\n\n(a) the term member means a State;\n\n"
                    "### Article 2\n\nTreedt in werking op een nader te bepalen tijdstip\n\n"
                    "1. The Convention applies to all domestic workers.\n\n"
                    "### Article 3\n\nTreedt in werking op een nader te bepalen tijdstip\n\n"
                    "1. Each Member shall take measures.\n", encoding="utf-8")
    texts = [s.text for s in extract_document(path).segments]
    assert "In this Convention—" in texts
    assert texts.count("Treedt in werking op een nader te bepalen tijdstip") == 2
