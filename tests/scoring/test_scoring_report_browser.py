"""The score report in Debian's Chromium at 1400 and 800 px: no chart label leaves its chart.

The report is built from the MIPEX 2007–2019 answers with the countries' real names
("United Arab Emirates", "North Macedonia", …) and the MIPEX 2020 framework, with a sensitivity
analysis, so bar charts, radars and the rank-interval plot all carry long labels. Every <text> of
every chart is measured with getBBox() (in the SVG's own units) against the chart's viewBox.
Screenshots go to build/screenshots/scores-<width>.png.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from corpus_tool.report.scores import radar_svg, scores_html
from corpus_tool.scoring import run_scoring

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
MIPEX = ROOT / "tests" / "data" / "mipex"
SHOTS = ROOT / "build" / "screenshots"

OUTSIDE = """
const out = [];
for (const svg of document.querySelectorAll('svg')) {
  const vb = svg.viewBox.baseVal;
  for (const t of svg.querySelectorAll('text')) {
    const b = t.getBBox();
    if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 ||
        b.y + b.height > vb.y + vb.height + 0.5)
      out.push([t.textContent, b.x, b.y, b.width, b.height, vb.x, vb.y, vb.width, vb.height]);
  }
}
return out;
"""
OVERFLOW = """
const out = [];
for (const svg of document.querySelectorAll('.card svg')) {
  const s = svg.getBoundingClientRect(), c = svg.closest('.card').getBoundingClientRect();
  if (s.right > c.right + 0.5 || s.left < c.left - 0.5) out.push(svg.querySelector('title').textContent);
}
return out;
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    d = tmp_path_factory.mktemp("scores-browser")
    names = {r["code"]: r["name"] for r in csv.DictReader(open(MIPEX / "country_names.csv"))}
    answers = d / "answers.csv"
    with open(MIPEX / "answers_2007_2019.csv", encoding="utf-8", newline="") as f, \
            open(answers, "w", encoding="utf-8", newline="") as g:
        w = csv.writer(g, lineterminator="\n")
        for i, row in enumerate(csv.reader(f)):
            w.writerow(row if i == 0 else [names[row[0]], *row[1:]])
    run = run_scoring(answers=answers, framework=ROOT / "indicators" / "mipex-2020.yaml",
                      sensitivity=50, seed=1, min_coverage=0.5, warn=lambda m: None)
    path = d / "scores.html"
    html = scores_html(run.result, run.framework, sensitivity=run.sensitivity, min_coverage=0.5)
    # radars whose axes carry the strands' full titles ("Labour market mobility", …) as well:
    # the longest axis labels a framework can give
    fw = run.framework
    long_axes = [(a.title, a.title) for a in fw.areas]
    extra = "".join(
        '<div class="card">' + radar_svg(f"{c} (strand titles)", long_axes,
                                         {a.title: run.result.value(c, 2019, a.id)
                                          for a in fw.areas}) + "</div>"
        for c in ("Portugal", "Sweden", "United Arab Emirates", "North Macedonia"))
    html = html.replace('<h2 id="countries">', '<div class="grid" id="long-axes">' + extra
                        + '</div><h2 id="countries">')
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1400, 800])
def test_no_chart_label_leaves_its_chart(report, driver, width):
    from selenium.webdriver.common.by import By
    driver.set_window_size(width, 1000)
    driver.get(report.as_uri())
    svgs = driver.find_elements(By.CSS_SELECTOR, "svg")
    texts = " ".join(driver.execute_script(
        "return [...document.querySelectorAll('svg text')].map(t => t.textContent)"))
    assert "North Macedonia" in texts and "United Arab Emirates" in texts and "Portugal" in texts
    assert len(svgs) > 50                        # 8 bar charts, 50+ radars, the sensitivity plot
    assert driver.execute_script(OUTSIDE) == []
    assert driver.execute_script(OVERFLOW) == []  # and no chart sticks out of its card
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"scores-{width}.png"))
    # a closer look at the first bar chart and radar, for the eye
    driver.find_element(By.ID, "areas").location_once_scrolled_into_view
    driver.save_screenshot(str(SHOTS / f"scores-{width}-areas.png"))
    driver.find_element(By.ID, "countries").location_once_scrolled_into_view
    driver.save_screenshot(str(SHOTS / f"scores-{width}-countries.png"))
    driver.find_element(By.ID, "long-axes").location_once_scrolled_into_view
    driver.save_screenshot(str(SHOTS / f"scores-{width}-long-axes.png"))
    driver.find_element(By.ID, "sensitivity").location_once_scrolled_into_view
    driver.save_screenshot(str(SHOTS / f"scores-{width}-sensitivity.png"))
    assert driver.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth")   # no sideways scroll
