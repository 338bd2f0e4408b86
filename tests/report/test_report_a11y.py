"""The report read with a screen reader, on a phone and on paper (blind user trial 17: axe-core
in Chromium, screenshots at 390 px, `chromium --print-to-pdf`)."""
from __future__ import annotations

import re

import pytest

from corpus_tool.indicators.provenance import provenance_rows, to_html
from corpus_tool.report.index import write_index

from tests.report.conftest import with_reference_framework


def _heading_levels(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"<h([1-6])\b", html)]


def _skips(levels: list[int]) -> list[tuple[int, int]]:
    """Where a heading goes more than one level deeper than the one before it."""
    return [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]


def test_headings_go_down_one_level_at_a_time(tmp_path):
    # index.html and provenance/framework.html went from the page's h1 to an h3
    project, _, fw = with_reference_framework(tmp_path)
    index = write_index(project, stage_names=(), lock={},
                        warnings=("annotations/a.jsonl line 3: no area",)).read_text(encoding="utf-8")
    assert '<h2 class="bad">To fix in the project' in index
    assert _heading_levels(index)[0] == 1 and not _skips(_heading_levels(index))
    prov = to_html(provenance_rows(fw), fw)
    assert _heading_levels(prov)[:2] == [1, 2] and not _skips(_heading_levels(prov))


def test_on_a_phone_tables_scroll_in_their_box_and_cards_fit(tmp_path):
    # at 390 px an open provenance table (898 px) scrolled the whole page sideways, and every
    # card of clusters.html was 18 px wider than the screen
    project, _, fw = with_reference_framework(tmp_path)
    index = write_index(project, stage_names=("report",), lock={}).read_text(encoding="utf-8")
    prov = to_html(provenance_rows(fw), fw)
    for page in (index, prov):
        # each in a box reached with Tab and named (trial 25): a scrolled box nobody can focus
        # cannot be scrolled without a mouse
        tables = re.findall(r'(<div class="table-wrap"[^>]*>)?<table\b', page)
        assert tables and all(re.fullmatch(
            r'<div class="table-wrap" role="region" tabindex="0" aria-label="[^"]+">', box)
            for box in tables), tables
        assert ".table-wrap { overflow-x: auto; }" in page
        printed = page[page.index("@media print"):]
        assert ".table-wrap { overflow: visible; }" in printed[:printed.index("</style>")]
    assert "minmax(min(380px, 100%), 1fr)" in index


def _row(**values) -> dict:
    row = dict.fromkeys(("document", "issuer", "year", "type", "legal_force", "locator", "page",
                         "quote", "strength", "linked_by"), "")
    return {**row, **values}


def test_a_column_empty_in_every_row_is_left_out_of_the_html_table_only():
    # JSON sources have no PDF page: the empty "PDF page" column took room in every printed table
    from corpus_tool.indicators.provenance import indicator_table_html, to_csv
    rows = [_row(document="CEDAW GR 24", locator="para. 12", quote="States parties should …",
                 page=None), _row(document="CRC", locator="art. 24", quote="…", page="")]
    html = indicator_table_html(rows)
    assert "<th>Document</th>" in html and "<th>Locator</th>" in html
    assert "PDF page" not in html and "<th>Issuer</th>" not in html
    assert all(len(re.findall("<td", tr)) == 3 for tr in html.split("<tr>")[2:])
    assert "PDF page" in indicator_table_html(rows[:1] + [_row(document="ICESCR", page=7)])
    assert to_csv(rows).splitlines()[0].split(",")[10] == "page"     # the CSV keeps it


def test_a_model_id_in_linked_by_wraps_at_its_separators_not_mid_word():
    # printed, "sentence-transformers/…" broke as "sen tence-transform…" (word-break: break-all)
    from corpus_tool.indicators.provenance import PROV_CSS, indicator_table_html
    full = ("suggestion (areas-fewshot-v1:sentence-transformers/all-MiniLM-L6-v2 0.3, "
            "score 0.81, accepted by coder-h)")
    html = indicator_table_html([_row(document="CRC", linked_by=full)])
    small = html[html.index("<small>") + 7:html.index("</small>")]
    assert "areas-fewshot-v1:<wbr>sentence-transformers/<wbr>all-MiniLM-L6-v2" in small
    assert small.replace("<wbr>", "") == full
    assert "break-all" not in PROV_CSS


def test_a_withdrawn_indicators_card_keeps_its_grey_text_readable():
    # axe-core: the card's opacity took the id's grey (#5b6475) to 3.83:1 on white
    from corpus_tool.report.index import EXTRA_CSS
    rule = next(ln for ln in EXTRA_CSS.splitlines() if ln.startswith(".ind.withdrawn {"))
    assert "opacity" not in rule


@pytest.mark.browser
def test_a_long_path_in_a_warning_does_not_widen_the_page_on_a_phone(tmp_path, driver):
    # trial 25: at 390 px the report was 403 px wide, a warning's file path unbroken
    project, _, fw = with_reference_framework(tmp_path)
    path = "/work/trial25/study/answers/framework.xlsx:" * 2
    index = write_index(project, stage_names=("report",), lock={},
                        warnings=(f"scores: framework.xlsx: {path} the form words 3 "
                                  "indicator(s) otherwise",))
    driver.set_window_size(390, 844)
    try:
        driver.get(index.as_uri())
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        width, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width <= inner, (width, inner)
        boxes = driver.execute_script("""return [...document.querySelectorAll('.table-wrap')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1).length""")
        if not boxes:
            pytest.fail("no table wider than a phone: the check above proved nothing of tables")
    finally:
        driver.set_window_size(1400, 1000)
