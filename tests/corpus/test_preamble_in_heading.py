"""A web page that sets a convention's whole preamble inside its heading, `<h3>Preamble The
General Conference … adopts …</h3>` (a researcher's trial, session 43, on ILO C189 as a page of
`statengeneraal/laws-markdown` sets it): the heading named every article after it, the articles
read as preamble, and the statements stage found no statement in the whole convention. The
heading is now "Preamble" and its text the preamble's paragraph."""
from __future__ import annotations

from corpus_tool.corpus.readers.html import html_blocks
from corpus_tool.corpus.segment import segment

PAGE = (
    "<main><h1>C189 - Domestic Workers Convention, 2011 (No. 189)</h1>"
    "<h3>Preamble The General Conference of the International Labour Organization, Having been "
    "convened at Geneva by the Governing Body of the International Labour Office, and having met "
    "in its 100th Session on 1 June 2011, and Recognizing the significant contribution of "
    "domestic workers to the global economy, adopts this sixteenth day of June of the year two "
    "thousand and eleven the following Convention, which may be cited as the Domestic Workers "
    "Convention, 2011.</h3>"
    "<h3>Article  5</h3><p>Each Member shall take measures to ensure that domestic workers enjoy "
    "effective protection against all forms of abuse, harassment and violence.</p>"
    "<h3>Article  11</h3><p>Each Member shall take measures to ensure that domestic workers enjoy "
    "minimum wage coverage, where such coverage exists, and that remuneration is established "
    "without discrimination based on sex.</p></main>")


def test_a_preamble_set_in_its_heading_is_a_preamble_and_the_articles_are_not():
    _, segs, _ = segment(html_blocks(PAGE))
    by_loc = {s.locator: s for s in segs}
    assert by_loc["Preamble, para. 1"].text.startswith("The General Conference of the "
                                                       "International Labour Organization")
    for art in ("Art. 5", "Art. 11"):
        assert "Preamble" not in by_loc[art].heading
        assert by_loc[art].heading.endswith(f"Article {art.split()[1]}")


def test_a_short_heading_that_starts_with_preamble_stays_a_heading():
    _, segs, _ = segment(html_blocks("<h2>Preamble to the Charter</h2><p>Whereas the peoples "
                                     "of the United Nations have reaffirmed their faith.</p>"))
    assert all(s.text != "to the Charter" for s in segs)
