"""The report read with a screen reader, on a phone and on paper (blind user trial 17: axe-core
in Chromium, screenshots at 390 px, `chromium --print-to-pdf`)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.provenance import provenance_rows, to_html
from corpus_tool.project import Project
from corpus_tool.report.index import write_index

ROOT = Path(__file__).parents[2]


def _project(tmp_path):
    project = Project(tmp_path)
    project.indicators_dir.mkdir(parents=True)
    path = project.indicators_dir / "framework.yaml"
    shutil.copy(ROOT / "indicators" / "framework.yaml", path)
    return project, load_framework(path)


def _heading_levels(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"<h([1-6])\b", html)]


def _skips(levels: list[int]) -> list[tuple[int, int]]:
    """Where a heading goes more than one level deeper than the one before it."""
    return [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]


def test_headings_go_down_one_level_at_a_time(tmp_path):
    # index.html and provenance/framework.html went from the page's h1 to an h3
    project, fw = _project(tmp_path)
    index = write_index(project, stage_names=(), lock={},
                        warnings=("annotations/a.jsonl line 3: no area",)).read_text(encoding="utf-8")
    assert '<h2 class="bad">To fix in the project' in index
    assert _heading_levels(index)[0] == 1 and not _skips(_heading_levels(index))
    prov = to_html(provenance_rows(fw), fw)
    assert _heading_levels(prov)[:2] == [1, 2] and not _skips(_heading_levels(prov))


def test_on_a_phone_tables_scroll_in_their_box_and_cards_fit(tmp_path):
    # at 390 px an open provenance table (898 px) scrolled the whole page sideways, and every
    # card of clusters.html was 18 px wider than the screen
    project, fw = _project(tmp_path)
    index = write_index(project, stage_names=("report",), lock={}).read_text(encoding="utf-8")
    prov = to_html(provenance_rows(fw), fw)
    for page in (index, prov):
        tables = re.findall(r"(.{0,40})<table\b", page)
        assert tables and all(before.endswith('<div class="table-wrap">') for before in tables)
        assert ".table-wrap { overflow-x: auto; }" in page
        printed = page[page.index("@media print"):]
        assert ".table-wrap { overflow: visible; }" in printed[:printed.index("</style>")]
    assert "minmax(min(380px, 100%), 1fr)" in index
