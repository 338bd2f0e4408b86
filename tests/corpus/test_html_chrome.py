"""A web page's chrome is not the document: a cookie banner, breadcrumbs, share links and an
<aside> became passages of a convention saved from the web (a researcher's trial, session 43),
and were cited like its articles. The convention's own text, here the ILO Domestic Workers
Convention's first articles as NORMLEX sets them, stays whole."""
from __future__ import annotations

from corpus_tool.corpus import extract_document

ARTICLES = """<h1>C189 - Domestic Workers Convention, 2011 (No. 189)</h1>
<h3>Article 1</h3><p>For the purpose of this Convention:</p>
<p>(a) the term domestic work means work performed in or for a household or households;</p>
<p>(b) the term domestic worker means any person engaged in domestic work within an employment
relationship;</p>
<h3>Article 3</h3>
<p>1. Each Member shall take measures to ensure the effective promotion and protection of the
human rights of all domestic workers, as set out in this Convention.</p>
<div class="social-security-note"><p>2. Each Member shall, in relation to domestic workers, take
the measures set out in this Convention to respect, promote and realize the fundamental
principles and rights at work.</p></div>"""

CHROME = """<div class="cookie-banner">We use cookies to improve your experience on our website. By
continuing to browse you agree to our use of cookies. <a href="/privacy">Privacy policy</a></div>
<header><div id="breadcrumbs"><a href="/">Home</a> &gt; <a href="/normlex">NORMLEX</a> &gt;
Conventions &gt; C189</div></header>
<aside><h2>Related content</h2><ul><li><a href="#">Ratifications of C189</a></li></ul></aside>
<ul class="share-links"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on
Twitter</a></li><li><img src="x.png"><a href="#">Print this page</a></li></ul>"""


def _texts(tmp_path, body):
    page = tmp_path / "c189.html"
    page.write_text(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return [(s.locator, s.text) for s in extract_document(page).segments]


def test_cookie_banner_breadcrumbs_share_links_and_aside_are_left_out(tmp_path):
    segs = _texts(tmp_path, CHROME + ARTICLES)
    text = " ".join(t for _, t in segs)
    for chrome in ("cookies", "NORMLEX", "Related content", "Ratifications", "Share on",
                   "Print this page"):
        assert chrome not in text, chrome
    locs = dict(segs)
    assert locs["Art. 1(a)"].startswith("(a) the term domestic work means")
    assert locs["Art. 3(1)"].startswith("1. Each Member shall take measures")
    # a class that names the text's own subject is not chrome
    assert locs["Art. 3(2)"].startswith("2. Each Member shall, in relation to domestic workers")
    assert segs == _texts(tmp_path, ARTICLES)


def test_a_page_with_a_main_element_is_read_from_it(tmp_path):
    page = (f"<div class='site'><p>International Labour Organization: promoting jobs, protecting "
            f"people.</p></div><main>{ARTICLES}</main><div><p>Disclaimer | Contact us</p></div>")
    segs = _texts(tmp_path, page)
    assert segs == _texts(tmp_path, ARTICLES)
    # without a <main>, nothing is dropped for being outside one
    assert any("Disclaimer" in t for _, t in _texts(tmp_path, page.replace("main>", "div>")))
