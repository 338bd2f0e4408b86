"""A statute set as HTML lists. A researcher's trial 47 (P3) added Washington's RCW chapter 72.10
as wa-law.org serves it (tests/data/html/README.md): its subsections and items are `<ol>` and
`<ol type="a">`, whose numbers a browser draws and no text holds, and its sections are `<h2>`
headings "72.10.020 - Health services delivery plan …". Every passage was cited by its count
in the page ("¶ 25" for s. 72.10.020(2)(d), "No offender may be refused any health care service
because of indigence"), and the page's contents (links into the page) were passages too."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document

RCW = Path(__file__).resolve().parents[1] / "data" / "html" / "us-wa-rcw-72-10.html"


def test_sections_subsections_and_items_are_cited_as_the_code_numbers_them():
    got = {s.locator: s for s in extract_document(RCW).segments}
    assert got["s. 72.10.020(2)(d)"].text == ("(d) No offender may be refused any health care "
                                              "service because of indigence.")
    assert got["s. 72.10.020(2)(a)"].text.startswith("2. (a) The department may develop")
    assert got["s. 72.10.020(1)"].text.startswith("1. Upon entry into the correctional system")
    assert got["s. 72.10.020(5)(b)"].text.startswith("(b) All charges for replenishment")
    assert got["s. 72.10.070(4)"].text.startswith("4. By December 1, 2020")
    assert got["s. 72.10.005"].text.startswith("It is the intent of the legislature")
    heading = got["s. 72.10.010(2)"].heading
    assert heading.endswith("Section 72.10.010 > Definitions"), heading
    # no paragraph is cited by its count in the page, and the contents are no passages
    assert not [loc for loc in got if loc.startswith("¶")]
    assert not [s for s in got.values() if s.text.startswith("72.10.")]
    # a subsection whose text is all in its items is no passage of its own
    assert not [s for s in got.values() if "[Empty]" in s.text]


def test_an_ordered_list_s_numbers_are_its_items_own_and_never_doubled(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h3>Article 3</h3><ol><li><p>1. States Parties shall take measures.</p>"
        "</li><li><p>2. Everyone has the right to rest.</p></li></ol>"
        "<h3>Article 4</h3><ol start='2'><li>States Parties shall respect this right.</li>"
        "<li value='5'>Nothing in this article shall be construed to limit it.</li></ol>"
        "<ol type='i'><li>one</li><li>two</li><li>three</li><li>four</li></ol>"
        "<h2 id='x'>Notes <a class='headerlink' href='#x'>¶</a></h2><p>A note.</p>"
        "</body></html>", encoding="utf-8")
    segs = extract_document(page).segments
    texts = [s.text for s in segs]
    assert "1. States Parties shall take measures." in texts           # not "1. 1. States"
    assert "2. States Parties shall respect this right." in texts
    assert "5. Nothing in this article shall be construed to limit it." in texts
    assert ["(i) one", "(ii) two", "(iii) three", "(iv) four"] == [t for t in texts
                                                                    if t.endswith(("one", "two",
                                                                                   "three",
                                                                                   "four"))]
    assert not any("¶" in s.heading for s in segs)
