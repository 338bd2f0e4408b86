"""EUR-Lex-style HTML (issue 13): point labels in their own table cells, articles and chapters
as styled paragraphs, recitals after "Whereas:"."""
from __future__ import annotations

from corpus_tool.corpus.readers.html import html_blocks
from corpus_tool.corpus.segment import segment

PAGE = """<html><body>
<p class="oj-normal">Having regard to the Treaty,</p>
<p class="oj-normal">Whereas:</p>
<table><tr><td><p>(1)</p></td><td><p>The Treaty provides for an internal market.</p></td></tr></table>
<table><tr><td><p>(2)</p></td><td><p>Data is at the centre of that transformation.</p>
<p>The Commission also called for the free flow of data.</p></td></tr></table>
<p class="oj-normal">HAVE ADOPTED THIS REGULATION:</p>
<p class="oj-ti-section-1"><span>CHAPTER I</span></p>
<p class="oj-ti-section-2"><span>General provisions</span></p>
<p class="oj-ti-art">Article 1</p>
<p class="oj-sti-art">Subject matter and scope</p>
<p class="oj-normal">1.   This Regulation lays down:</p>
<table><tr><td><p>(a)</p></td><td><p>conditions for the re-use of data;</p></td></tr></table>
<table><tr><td><p>(b)</p></td><td><p>a notification framework;</p></td></tr></table>
<p class="oj-normal">2.   This Regulation does not create any obligation.</p>
</body></html>"""


def test_eurlex_structure_gives_citable_locators():
    blocks = html_blocks(PAGE)
    assert [b.text for b in blocks if b.kind == "heading"] == \
        ["CHAPTER I", "General provisions", "Article 1", "Subject matter and scope"]
    _, segs, _ = segment(blocks)

    def loc(start):
        return next((s.locator, s.heading) for s in segs if s.text.startswith(start))
    assert loc("(1) The Treaty provides")[0] == "Recital 1"
    assert loc("The Commission also called")[0] == "Recital 2 ¶ 2"
    assert loc("HAVE ADOPTED THIS REGULATION")[0] == "Enacting formula"
    assert loc("(b) a notification framework") == \
        ("Art. 1(1)(b)", "Chapter I > General provisions > Article 1 > Subject matter and scope")
    assert loc("2. This Regulation does")[0] == "Art. 1(2)"


def test_a_cross_reference_to_a_chapter_is_not_a_heading():
    blocks = html_blocks("<p>Qaphela: See section 243(5).</p><p>Chapter 7, section 160(1)(b)</p>"
                         "<p>Chapter 2</p><p>Bill of Rights</p>")
    assert [(b.kind, b.text) for b in blocks] == [
        ("para", "Qaphela: See section 243(5)."), ("para", "Chapter 7, section 160(1)(b)"),
        ("heading", "Chapter 2"), ("heading", "Bill of Rights")]
