"""A quote's page is the page its words are on (`corpus_tool/corpus/pages.py`, the PDF reader's
page breaks inside a paragraph, `store.db.quote_page`), on the National Council on Disability's
"Access to Transportation by People with Disabilities" (2005): "transit systems purchase and
lease vehicles …" is on PDF page 6, inside a paragraph that starts on page 5, and was cited
p. 5; and three paragraphs of pages 5–6, each opening with an indented first line, were one
passage (a researcher's trial 24, P4)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document, write_extracted
from corpus_tool.models import Document
from corpus_tool.store.db import connect, page_runs, quote_page

PDF = Path(__file__).parents[1] / "pdfs" / "us_ncd_access_to_transportation_2005__ncd-site.pdf"
QUOTE = "transit systems purchase and lease vehicles"


def test_a_quote_on_the_second_page_of_a_paragraph_is_on_that_page(tmp_path):
    res = extract_document(PDF)
    at = res.text.index(QUOTE)
    seg = next(s for s in res.segments if s.start <= at < s.end)
    assert seg.page == 5                         # the paragraph starts on p. 5 …
    assert seg.text.startswith("In recognition of the importance of transportation")
    runs = [(s, e, p) for p, s, e in res.pages]
    assert quote_page(runs, at, seg.page) == 6   # … the quote's words are on p. 6
    assert quote_page(runs, seg.start, seg.page) == 5
    conn = connect(tmp_path / "corpus.sqlite")
    doc = Document(id="ncd", title="Access to Transportation", issuer="NCD", year=2005,
                   type="report", legal_force="non-binding", language="en", path=str(PDF),
                   source="", licence="", sha256="")
    write_extracted(conn, doc, res)
    assert quote_page(page_runs(conn, "ncd"), at) == 6


def test_indented_first_lines_open_paragraphs():
    res = extract_document(PDF)
    firsts = {s.text[:40]: s.locator for s in res.segments}
    assert firsts["a. Americans with Disabilities Act of 19"] == "p. 5 ¶ 2"
    assert firsts["In recognition of the importance of tran"] == "p. 5 ¶ 3"
    assert firsts["Title III of the ADA (Public Accommodati"] == "p. 6 ¶ 1"


def test_a_search_hit_is_cited_by_the_page_its_words_are_on(tmp_path):
    # helper-302's note after trial 24: search gave the page the passage starts on
    from corpus_tool.corpus.docs import search
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "p")
    conn = connect(project.db_path)
    doc = Document(id="ncd", title="Access to Transportation", issuer="NCD", year=2005,
                   type="report", legal_force="non-binding", language="en", path=str(PDF),
                   source="", licence="", sha256="")
    write_extracted(conn, doc, extract_document(PDF))
    conn.commit()
    conn.close()
    [hit] = search(project, f'"{QUOTE}"')
    assert (hit["locator"], hit["page"]) == ("p. 5 ¶ 3", 6)
    [start] = search(project, '"In recognition of the importance of transportation"')
    assert (start["locator"], start["page"]) == ("p. 5 ¶ 3", 5)
