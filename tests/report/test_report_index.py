"""The report's framework cards show what a researcher wrote on an indicator: its notes
(a researcher's trial, session 42: notes written in framework.yaml reached no page)."""
from __future__ import annotations

import re
import shutil

from corpus_tool.framework.io import load_framework, save_framework
from corpus_tool.indicators.draft import draft_path
from corpus_tool.project import Project
from corpus_tool.report.index import write_index
from corpus_tool.report.page import esc

from tests.report.conftest import ROOT, with_reference_framework


def test_an_indicators_notes_are_on_its_card(tmp_path):
    project, path, fw = with_reference_framework(tmp_path)
    ind = fw.areas[0].indicators[0]
    fw.areas[0].indicators[0] = ind.model_copy(update={
        "notes": "Scored 'partial' where only pilot regions apply it.\n"
                 "Ask the expert for the law."})
    save_framework(path, fw)
    html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
    card = html[html.index(f'id="{ind.id}"'):]
    card = card[:card.index("</section>")]
    assert esc("Notes: Scored 'partial' where only pilot regions apply it.") in card
    assert "Ask the expert for the law." in card
    other = fw.areas[0].indicators[1]
    assert not other.notes
    rest = html[html.index(f'id="{other.id}"'):]
    assert "Notes:" not in rest[:rest.index("</section>")]


def test_a_printed_page_opens_its_folded_sections():
    # a researcher's trial (session 43): the report printed to PDF had no provenance tables,
    # which sit in folded <details> sections (Chromium prints the tables with this rule: checked
    # with `chromium --print-to-pdf` and pdftotext, 0 provenance rows before, all after)
    from corpus_tool.report.page import html_page
    page = html_page("Report", "<details><summary>Provenance</summary><table></table></details>")
    css = page[page.index("@media print"):]
    assert "details::details-content { content-visibility: visible" in css
    assert "<script" not in page


def test_stale_sources_are_not_counted_as_sources(tmp_path):
    # a researcher's trial (session 43): the report's header counted 193 sources, 24 of them
    # stale (no longer links), and `indicators list` counted their instruments too
    from corpus_tool.indicators.listing import list_indicators
    project, path, fw = with_reference_framework(tmp_path)
    ind = fw.areas[0].indicators[0]
    gone = ind.sources[0].model_copy(update={"status": "stale"})
    fw.areas[0].indicators[0] = ind.model_copy(update={"sources": [gone, *ind.sources[1:]]})
    save_framework(path, fw)
    live = sum(1 for i in fw.indicators() for s in i.sources if s.status != "stale")
    assert live < sum(len(i.sources) for i in fw.indicators())
    html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
    assert f'<b class="">{live}</b><span class="muted">sources</span>' in html
    mine = fw.areas[0].indicators[0].sources
    row = next(r for r in list_indicators(project) if r["id"] == ind.id)
    n_stale = sum(s.status == "stale" for s in mine)
    assert n_stale >= 1 and (row["sources"], row["stale_sources"]) == (len(mine) - n_stale, n_stale)
    assert row["instruments"] == len({s.anchor.doc_id for s in mine if s.status != "stale"})


def test_the_report_says_what_it_was_made_with(tmp_path):
    # a researcher's trial (session 43): nothing in the report said which tool, framework or
    # corpus its figures came from
    from corpus_tool import __version__
    project = Project(tmp_path)
    project.indicators_dir.mkdir(parents=True)
    shutil.copy(ROOT / "indicators" / "framework.yaml", project.indicators_dir / "framework.yaml")
    project.corpus_dir.mkdir()
    shutil.copy(ROOT / "corpus" / "manifest.csv", project.manifest_path)

    def made_with():
        html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
        return html[html.index('id="made-with"'):].split("</p>")[0]
    first = made_with()
    n = len(project.manifest_path.read_text(encoding="utf-8").strip().splitlines()) - 1
    assert f"corpus-tool {__version__}" in first and "framework framework, version 1" in first
    assert f"corpus of {n} documents" in first
    lines = project.manifest_path.read_text(encoding="utf-8").splitlines()
    project.manifest_path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    second = made_with()
    assert f"corpus of {n - 1} documents" in second
    assert first.split("fingerprint ")[1] != second.split("fingerprint ")[1]


def test_a_cards_chips_count_its_live_sources(tmp_path):
    # a researcher's trial (session 44): a withdrawn indicator whose 4 sources were all stale
    # showed "3 instruments · 3 binding sources" and "Provenance: 4 sources" beside a headline
    # of 0 sources
    project, path, fw = with_reference_framework(tmp_path)
    inds = fw.areas[0].indicators
    k = next(k for k, i in enumerate(inds) if len({s.anchor.doc_id for s in i.sources}) > 1)
    ind = inds[k]
    gone = [s.model_copy(update={"status": "stale"}) for s in ind.sources]
    kept = ind.sources[1:]
    inds[k] = ind.model_copy(update={"sources": gone})
    j = (k + 1) % len(inds)
    other = inds[j]
    inds[j] = other.model_copy(update={
        "sources": [ind.sources[0].model_copy(update={"status": "stale"}),
                    *[s.model_copy(update={"status": "ok"}) for s in kept]]})
    save_framework(path, fw)
    html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")

    def card(i):
        c = html[html.index(f'id="{i.id}"'):]
        return c[:c.index("</section>")]
    first = card(ind)
    assert "instrument" not in first and "binding source" not in first
    assert f"Provenance: {len(gone)} sources, {len(gone)} stale" in first
    second = card(other)
    docs = len({s.anchor.doc_id for s in kept})
    binding = sum(s.legal_force == "binding" for s in kept)
    assert f"{docs} instrument{'s' if docs != 1 else ''}" in second
    assert f"{binding} binding source{'s' if binding != 1 else ''}" in second
    assert f"Provenance: {len(kept) + 1} sources, 1 stale" in second


def test_the_build_table_says_whose_summary_it_shows():
    """A second build reused most stages, and the table showed the first build's summaries as
    this build's (a researcher's trial, session 45): it says they are of the build that made
    each output, and where this build's own account is."""
    from corpus_tool.report.index import _stages_html
    html = _stages_html(("ingest", "statements", "report"),
                        {"ingest": {"summary": {"ingested": 16, "unchanged": 0}}})
    assert "Summary of the run that built its output" in html
    assert "<code>build/build.json</code>" in html and "ingested: 16" in html
    assert "<td>statements</td><td class='muted'>not run</td>" in html


def test_a_cards_chips_and_the_headline_count_what_grounds_it_not_the_suggestions(tmp_path):
    """Trial 44 (P1): a card said "4 instruments · 4 binding sources" where the framework's
    support said 2 and 1, and the headline "13 cite >1 instrument" where 11 did by their coded
    sources: the suggestions nobody reviewed were counted. The chips count as the support
    figures do (the coded sources when there are any)."""
    from corpus_tool.indicators.selection import linked_by_researcher
    project, path, fw = with_reference_framework(tmp_path)
    ind = next(i for i in fw.indicators()
               if len({s.anchor.doc_id for s in i.sources if linked_by_researcher(s)})
               < len({s.anchor.doc_id for s in i.sources}))
    html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
    card = html[html.index(f'id="{ind.id}"'):]
    card = card[:card.index("</section>")]
    coded = [s for s in ind.sources if linked_by_researcher(s) and s.status != "stale"]
    docs = len({s.anchor.doc_id for s in coded})
    binding = sum(s.legal_force == "binding" for s in coded)
    assert f">{docs} instrument{'s' if docs != 1 else ''}<" in card
    assert f">{binding} binding source{'s' if binding != 1 else ''}<" in card
    assert ind.support.instruments == docs
    multi = sum(1 for i in fw.indicators() if len({s.anchor.doc_id for s in i.sources
                                                   if linked_by_researcher(s)
                                                   and s.status != "stale"}) > 1)
    assert "cite &gt;1 instrument" in html or "cite >1 instrument" in html
    head = html[:html.index('id="framework"')]
    assert re.search(rf">{multi}<[^>]*>\s*<[^>]*>cite (?:&gt;|>)1 instrument", head), head[-3000:]


def test_drafts_are_shown_while_there_is_no_framework_yet(tmp_path):
    # a researcher's trial 46 (P10): after the first build the report said "No framework yet:
    # run corpus-tool indicators draft …" while three drafts were waiting, and showed none
    project = Project(tmp_path / "project")
    project.indicators_dir.mkdir(parents=True)
    dpath = draft_path(project)
    dpath.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "indicators" / "framework.yaml", dpath)
    html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
    assert "No framework yet: promote the drafts below" in html
    listed = html[html.index('id="pending"'):]
    first = load_framework(dpath).areas[0].indicators[0].id
    assert f"corpus-tool indicators promote {first}" in listed
    # the folder's name, not "Project project"
    assert "Project project" not in html and "project: indicators with the sources" in html
    # no drafts either: what to run
    dpath.unlink()
    html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
    assert "No framework yet: run <code>corpus-tool indicators draft" in html
    assert 'id="pending"' not in html



def test_the_validation_figure_says_its_warnings(tmp_path):
    # a researcher's trial 48 (P8): the report said "passed" while `validate` printed 4 warnings
    import json
    project, _, _ = with_reference_framework(tmp_path)
    project.build_dir.mkdir(parents=True, exist_ok=True)
    for warnings, said in (([], ">passed<"), (["a", "b", "c"], ">passed, 4 warnings<")):
        (project.build_dir / "validate.json").write_text(json.dumps(
            {"ok": True, "indicators": 2, "suspect": 0, "errors": [], "warnings": warnings,
             "quality_warnings": 1 if warnings else 0}), encoding="utf-8")
        html = write_index(project, stage_names=(), lock={}).read_text(encoding="utf-8")
        assert said in html
