"""The scores page: inline SVG charts, escaped text, no external assets."""
from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from corpus_tool.framework.io import load_framework
from corpus_tool.report.scores import bar_chart_svg, radar_svg, scores_html, sensitivity_svg
from corpus_tool.scoring.engine import score_values

MINI = Path(__file__).parent.parent / "data" / "framework" / "education-mini.yaml"


def test_charts_are_well_formed_svg_with_escaped_labels():
    bar = bar_chart_svg("a <b> & c", [("X<1>", 80.0), ("Y", None), ("Z", 20.0)])
    radar = radar_svg("R&D", [("a", "Access <all>"), ("b", "B"), ("c", "C")],
                      {"a": 100.0, "b": None, "c": 50.0})
    sens = sensitivity_svg([{"country": "X", "rank": 1, "rank_median": 1, "rank_p05": 1,
                             "rank_p95": 2},
                            {"country": "Y", "rank": 2, "rank_median": 2, "rank_p05": 1,
                             "rank_p95": 2}], title="t")
    for svg in (bar, radar, sens):
        ElementTree.fromstring(svg)                   # parses: nothing unescaped
    assert "X&lt;1&gt;" in bar and "a &lt;b&gt; &amp; c" in bar
    # bars are sorted by value, the missing one last and shown as a dash
    assert bar.index("X&lt;1&gt;") < bar.index(">Z<") < bar.index(">Y<")
    # the radar draws a point per available value only
    assert radar.count("<circle") == 2


def test_page_ranks_countries_by_the_first_overall_variant():
    fw = load_framework(MINI)
    values = {("NL", 2020, "acc1"): 100.0, ("NL", 2020, "tar3"): 100.0,
              ("BE", 2020, "acc1"): 50.0, ("BE", 2020, "tar3"): 0.0,
              ("BE", 2010, "acc1"): 100.0}
    html = scores_html(score_values(fw, values), fw)
    assert "Rank table, 2020" in html                 # the latest year with the most countries
    table = html[html.index("Rank table"):html.index("Scores per area")]
    assert re.search(r"<td>1</td><td>NL</td>.*<td>2</td><td>BE</td>", table)
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_tied_countries_share_a_rank_as_in_the_sensitivity_table():
    # a researcher's trial (session 41): two countries at 50.0 ranked 2 and 3 on the page and
    # both 2 in the sensitivity table
    fw = load_framework(MINI)
    values = {("NL", 2020, "acc1"): 100.0, ("NL", 2020, "tar3"): 100.0,
              ("BE", 2020, "acc1"): 50.0, ("BE", 2020, "tar3"): 50.0,
              ("LU", 2020, "acc1"): 50.0, ("LU", 2020, "tar3"): 50.0,
              ("AT", 2020, "acc1"): 0.0, ("AT", 2020, "tar3"): 0.0}
    html = scores_html(score_values(fw, values), fw)
    table = html[html.index("Rank table"):html.index("Scores per area")]
    ranks = re.findall(r"<tr><td>([^<]+)</td><td>([A-Z]{2})</td>", table)
    assert ranks == [("1", "NL"), ("2", "BE"), ("2", "LU"), ("4", "AT")]


def test_a_bar_is_labelled_with_the_tables_figure():
    """The bar said 62 where the rank table said 62.5 (trial 21): two figures on one page."""
    svg = bar_chart_svg("access", [("FI", 62.5), ("CZ", 37.5)])
    assert ">62.5</text>" in svg and ">37.5</text>" in svg
