"""`build/report/index.html`: the front page of a build.

Links the cluster report, shows the framework area by area with each indicator's question, scale,
rationale, support figures and provenance table, the drafts not yet in the framework, the
validation result, and the scores where answers exist. Self-contained (inline CSS, no scripts
from elsewhere), opens from disk.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from corpus_tool import __version__
from corpus_tool.corpus.manifest import read_manifest
from corpus_tool.errors import CorpusToolError
from corpus_tool.formats import atomic_write_text, sha256_text
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_path, edited_fields, framework_path
from corpus_tool.indicators.rationale import grounds
from corpus_tool.indicators.provenance import (PROV_CSS, document_facts, indicator_table_html,
                                               provenance_rows)
from corpus_tool.project import Project
from corpus_tool.report.page import esc, html_page, scroll_box
from corpus_tool.scoring.engine import coverage_text

EXTRA_CSS = """
<style>
.ind { border-left: 4px solid var(--accent); }
.ind.withdrawn { border-left-color: #b0b0b0; background: #f4f5f7; }
.ind h3 .id { font-weight: normal; color: var(--muted); font-size: 12.5px; margin-left: 6px; }
.q { font-style: italic; margin: 2px 0 8px; }
.scale { display: grid; grid-template-columns: 56px 1fr; gap: 2px 10px; font-size: 13.5px;
         margin: 6px 0 8px; }
.scale .s { font-weight: 600; text-align: right; }
.rat { font-size: 13.5px; color: #333; margin: 6px 0; }
.notes { white-space: pre-line; }
details summary { cursor: pointer; color: var(--accent); font-size: 13.5px; }
table.prov q { quotes: "“" "”"; }
.status-new { background: #e3f4e6; } .status-stale { background: #f3e1e1; }
.status-suspect { background: #fff1cc; } .status-contested, .status-orphaned { background: #f6d9c4; }
.stages td, .stages th { font-size: 12.5px; }
.toc a { margin-right: 14px; }
.kpi { display: inline-block; margin: 0 18px 8px 0; } .kpi b { font-size: 20px; display: block; }
.ok { color: #2e7d32; } .bad { color: #8a1c1c; } .review { color: #8d6e00; }
</style>
"""


def _load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _scale_html(ind, fw) -> str:
    levels = sorted(fw.scale_of(ind).levels, key=lambda lv: -lv.score)
    rows = "".join(f'<div class="s">{lv.score:g}</div><div>{esc(lv.description or lv.label)}</div>'
                   for lv in levels)
    return f'<div class="scale">{rows}</div>'


def _support_html(ind) -> str:
    """The card's chips: what the indicator's live sources (not stale) rest on, counted from
    the sources as the framework has them now, a researcher's own among them (the drafted
    `support` figures said "3 instruments · 3 binding sources" of an indicator whose sources were
    all stale, beside a headline of 0 sources; a researcher's trial, session 44), and as the
    support figures count them: the coded ones when it has any (`rationale.grounds`; the chips
    counted the suggestions nobody reviewed too, "4 binding sources" where the framework said 1:
    a researcher's trial 44, P1)."""
    live = grounds([x for x in ind.sources if x.status != "stale"])
    tags = []
    if live:
        n_docs = len({x.anchor.doc_id for x in live})
        n_issuers = len({x.issuer for x in live if x.issuer})
        binding = sum(x.legal_force == "binding" for x in live)
        years = [x.year for x in live if x.year]
        tags.append(f"{n_docs} instrument{'s' if n_docs != 1 else ''}")
        if n_issuers:
            tags.append(f"{n_issuers} issuer{'s' if n_issuers != 1 else ''}")
        tags.append(f"{binding} binding source{'s' if binding != 1 else ''}")
        if years:
            tags.append(f"since {min(years)}")
    new = sum(x.status == "new" for x in ind.sources)
    stale = sum(x.status == "stale" for x in ind.sources)
    suspect = sum(x.status == "suspect" for x in ind.sources)
    if new:
        tags.append(f'<span class="status-new">{new} new</span>')
    if stale:
        tags.append(f'<span class="status-stale">{stale} stale</span>')
    if suspect:
        tags.append(f'<span class="status-suspect">{suspect} suspect</span>')
    tags.append(esc(ind.status))
    return "".join(f'<span class="tag">{t if t.startswith("<") else esc(t)}</span>' for t in tags)


def _framework_html(fw, validation: dict | None, docs=None) -> tuple[str, int]:
    rows_by_ind: dict[str, list[dict]] = defaultdict(list)
    for r in provenance_rows(fw, docs=docs):
        rows_by_ind[r["indicator"]].append(r)
    suspect, review = {}, {}
    for r in (validation or {}).get("per_indicator", []) or []:
        if r.get("suspect") or r.get("errors"):
            suspect[r["id"]] = r
        review[r["id"]] = r.get("quality") or []
    parts = []
    n = 0
    for area in fw.areas:
        inds = [*area.indicators, *[i for d in area.dimensions for i in d.indicators]]
        parts.append(f'<h2 id="area-{esc(area.id)}">{esc(area.title)} '
                     f'<span class="muted">({len(inds)} indicators)</span></h2>')
        if area.description:
            parts.append(f'<p class="muted">{esc(area.description)}</p>')
        for ind in inds:
            n += 1
            withdrawn = bool(ind.generated and ind.generated.withdrawn)
            edited = edited_fields(ind)
            flags = ""
            if edited:
                flags += (f'<div class="cite">Edited by a researcher: {esc(", ".join(edited))} '
                          "(kept on regeneration)</div>")
            if withdrawn:
                flags += ('<div class="cite bad">The latest drafts no longer propose this '
                          "indicator; kept for review.</div>")
            v = suspect.get(ind.id)
            if v:
                msgs = [*v.get("errors", []), *[f"suspect: {s}" for s in v.get("suspect", [])]]
                flags += "".join(f'<div class="cite bad">{esc(m)}</div>' for m in msgs[:4])
            flags += "".join(f'<div class="cite review">To review: {esc(m)}</div>'
                             for m in review.get(ind.id, []))
            rows = rows_by_ind.get(ind.id, [])
            contested = [r for r in rows if r.get("contested") and r.get("status") != "stale"]
            if contested:
                where = "; ".join(f"{r['doc_id']} {r['locator']}".strip() for r in contested)
                n_c = len(contested)
                flags += (f'<div class="cite bad">Contested: coders disagree on {n_c} '
                          f'source{"s" if n_c != 1 else ""} ({esc(where)}); the codings are in '
                          "the provenance table.</div>")
            parts.append(
                f'<section class="card ind{" withdrawn" if withdrawn else ""}" id="{esc(ind.id)}">'
                f'<h3>{esc(ind.title)}<span class="id">{esc(ind.id)}</span></h3>'
                f'<p class="q">{esc(ind.question)}</p>{_scale_html(ind, fw)}'
                f'<p class="rat">{esc(ind.rationale)}</p>'
                + (f'<p class="rat basis">Basis: {esc(ind.basis)}</p>' if ind.basis.strip()
                   else "")
                + (f'<p class="rat notes">Notes: {esc(ind.notes)}</p>' if ind.notes.strip() else "")
                + f'<div>{_support_html(ind)}</div>{flags}'
                f'<details><summary>Provenance: {_sources_said(rows)}'
                f'</summary>{indicator_table_html(rows, ind.title)}</details></section>')
    return "".join(parts), n


def _sources_said(rows: list[dict]) -> str:
    """"4 sources", or "4 sources, 4 stale" when some are no longer links (the headline counts
    the live ones)."""
    stale = sum(r.get("status") == "stale" for r in rows)
    said = f'{len(rows)} source{"s" if len(rows) != 1 else ""}'
    return said + (f", {stale} stale" if stale else "")


def _scores_html(project: Project) -> str:
    files = sorted((project.build_dir / "scores").glob("*.json"))
    if not files:
        return ('<p class="muted">No answers yet: put expert answers in '
                "<code>answers/&lt;framework&gt;*.csv</code> (country, year, indicator, score) "
                "and rebuild.</p>")
    parts = []
    for f in files:
        data = _load_json(f) or {}
        if data.get("failed"):       # trial 21: a file that failed read "No answers yet"
            parts.append(f'<h3>{esc(data.get("framework"))} — {esc(data.get("answers"))}</h3>'
                         f'<div class="card"><p class="bad">These answers could not be scored; '
                         "fix the rows below and rebuild:</p><ul>" + "".join(
                             f"<li>{esc(p)}</li>" for p in data["failed"][:50]) + "</ul></div>")
            continue
        rows = [r for r in data.get("scores", []) if r.get("level") in ("area", "overall")]
        nodes = list(dict.fromkeys(r["node"] for r in rows))     # the framework's order
        table: dict[tuple, dict] = defaultdict(dict)
        coverage: dict[tuple, float | None] = {}   # of the headline (first overall) score
        headline = next((r["node"] for r in rows if r["level"] == "overall"),
                        nodes[0] if nodes else "")
        for r in rows:
            table[(r["country"], r["year"])][r["node"]] = r.get("score")
            if r["node"] == headline:
                coverage[(r["country"], r["year"])] = r.get("coverage")
        years = sorted({k[1] for k in table})
        latest = years[-1] if years else None
        keys = sorted((k for k in table if k[1] == latest), key=lambda k: k[0])
        head = "".join(f"<th>{esc(n)}</th>" for n in nodes)
        body = "".join(
            "<tr><td>" + esc(c) + "</td><td>" + esc(y) + "</td>" + "".join(
                f"<td>{'' if table[(c, y)].get(n) is None else f'{table[(c, y)][n]:.1f}'}</td>"
                for n in nodes) + f"<td class='muted'>{coverage_text(coverage.get((c, y), 0.0))}</td></tr>"
            for c, y in keys)
        page = f"scores-{f.stem}.html"
        more = (f' <a href="{esc(page)}">Ranks, charts and the answers behind each country\'s '
                "scores</a>" if (project.report_dir / page).exists() else "")
        parts.append(f'<h3>{esc(data.get("framework"))} — {esc(data.get("answers"))} '
                     f'<span class="muted">(year {esc(latest)}; {len(table)} country-years in '
                     f'all)</span></h3><p>{more}</p>' + scroll_box(
                         f"<table><thead><tr><th>Country</th><th>Year</th>{head}"
                         f"<th title='share of the information behind {esc(headline)} that was "
                         f"answered'>coverage</th></tr></thead><tbody>{body}</tbody></table>",
                         f"Scores: {data.get('framework')}, {data.get('answers')}"))
    return "".join(parts)


def _stages_html(stage_names: tuple[str, ...], lock: dict) -> str:
    rows = []
    for name in stage_names:
        if name == "report":        # this page: it is being written
            continue
        st = lock.get(name)
        if st is None:
            rows.append(f"<tr><td>{esc(name)}</td><td class='muted'>not run</td><td></td></tr>")
            continue
        summ = st.get("summary") or {}
        brief = ", ".join(f"{k}: {v}" for k, v in summ.items()
                          if isinstance(v, (int, float, str)) and k not in ("path",))[:160]
        rows.append(f"<tr><td>{esc(name)}</td><td>built</td><td>{esc(brief)}</td></tr>")
    # no times here, nor what this build reused: the report of two identical builds is the same
    # bytes (a reader took the summaries for this build's; session 45)
    return (scroll_box('<table class="stages"><thead><tr><th>Stage</th><th>State</th><th>Summary '
                       'of the run that built its output</th>'
                       f'</tr></thead><tbody>{"".join(rows)}</tbody></table>', "Build stages") +
            '<p class="muted">Each summary is of the build that made the stage\'s present '
            'output, which a later build reuses while its inputs are unchanged. What the last '
            'build recomputed and reused: <code>build/build.json</code>; when each stage ran '
            'and how long it took: <code>build/times.json</code>.</p>')


def _made_with(project: Project, fw) -> str:
    """What a published figure was made with, to cite beside it: the tool's version, the
    framework's id and version, and the corpus (its documents, and a fingerprint of their ids
    and files' sha256 that changes when any of them does)."""
    try:
        rows, _ = read_manifest(project)
    except CorpusToolError:
        rows = []
    corpus = sha256_text("\n".join(sorted(f"{r.doc.id} {r.doc.sha256}" for r in rows)))[:12]
    framework = (f"framework {esc(fw.id)}, version {esc(fw.version)}; " if fw is not None
                 else "")
    return (f'<p class="muted" id="made-with">Made with corpus-tool {esc(__version__)}; '
            f"{framework}corpus of {len(rows)} documents (fingerprint {corpus}).</p>")


def write_index(project: Project, *, stage_names: tuple[str, ...], lock: dict,
                warnings: Sequence[str] = ()) -> Path:
    """The report's front page. `stage_names`, `lock` (the build lock's per-stage records) and
    the build's `warnings` (what to fix in the project's files: an annotation line, a quote a
    new document version lost, a curation not carried over) are passed in by the pipeline,
    which owns them."""
    out = project.report_dir / "index.html"
    fpath = framework_path(project)
    validation = _load_json(project.build_dir / "validate.json")
    body = []
    nav = []
    links = []
    if (project.report_dir / "clusters.html").exists():
        links.append(("Statement clusters (map and cards)", "clusters.html"))
        nav.append(("Clusters", "clusters.html"))
    for ext, label in (("html", "HTML"), ("md", "Markdown"), ("csv", "CSV"), ("xlsx", "Excel"),
                       ("prov.json", "W3C PROV-JSON")):
        p = project.build_dir / "provenance" / f"framework.{ext}"
        if p.exists():
            links.append((f"Provenance tables ({label})", f"../provenance/framework.{ext}"))
    nav += [("Framework", "#framework"), ("Scores", "#scores"), ("Build", "#build")]
    fw = None
    if fpath.exists():
        try:
            fw = load_framework(fpath)
        except CorpusToolError as e:  # an invalid framework is shown as such, not a crash
            body.append(f'<p class="bad">{esc(fpath.name)} cannot be read: {esc(e)}</p>')
    # key figures
    kpis = []
    if fw is not None:
        inds = fw.indicators()
        live = {i.id: [s for s in i.sources if s.status != "stale"] for i in inds}  # links now
        multi = sum(1 for i in inds if len({s.anchor.doc_id for s in grounds(live[i.id])}) > 1)
        kpis += [("areas", len(fw.areas)), ("indicators", len(inds)),
                 ("sources", sum(len(v) for v in live.values())),
                 ("cite >1 instrument", multi),
                 ("instruments cited", len({s.anchor.doc_id for v in live.values() for s in v}))]
    if validation is not None and not validation.get("note"):     # (a note: no framework yet)
        ok = validation.get("ok")
        n = sum(len(v) if isinstance(v, list) else int(v or 0) for v in (
            validation.get("warnings"), validation.get("quality_warnings")))
        # (not "passed" alone beside `validate`'s warnings: a researcher's trial 48, P8)
        kpis.append(("validation", ("passed" + (f", {n} warning{'s' * (n != 1)}" if n else ""))
                     if ok else "failed"))
        if validation.get("suspect"):
            kpis.append(("suspect", validation["suspect"]))
        if validation.get("withdrawn"):     # no source left: to remove or give a source
            kpis.append(("withdrawn", validation["withdrawn"]))
    body.append("<div>" + "".join(
        f'<span class="kpi"><b class="{"bad" if v == "failed" else ""}">{esc(v)}</b>'
        f'<span class="muted">{esc(k)}</span></span>' for k, v in kpis) + "</div>")
    if links:
        body.append('<div class="card"><h2>Reports and downloads</h2><ul>' + "".join(
            f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in links) + "</ul></div>")
    if warnings:
        body.append('<div class="card"><h2 class="bad">To fix in the project\'s files</h2><p '
                    'class="muted">The build\'s warnings (<code>corpus-tool build</code> prints '
                    'them; <code>--strict</code> fails on them).</p><ul>' + "".join(
                        f"<li>{esc(w)}</li>" for w in warnings[:50]) + (
                        f"<li class='muted'>… and {len(warnings) - 50} more</li>"
                        if len(warnings) > 50 else "") + "</ul></div>")
    if validation and not validation.get("ok"):
        errs = validation.get("errors", [])[:20]
        body.append('<div class="card"><h2 class="bad">Validation problems</h2><ul>' + "".join(
            f"<li>{esc(e)}</li>" for e in errs) + "</ul></div>")
    body.append('<h2 id="framework">Framework</h2>')
    if fw is not None:
        body.append('<div class="toc">' + "".join(
            f'<a href="#area-{esc(a.id)}">{esc(a.title)}</a>' for a in fw.areas) + "</div>")
        html, _ = _framework_html(fw, validation, document_facts(project))
        body.append(html)
    pending = _pending(project, fw)
    if fw is None:
        # (and the drafts below, when there are some: trial 46, P10 read "No framework yet: run
        # corpus-tool indicators draft" over three drafts it did not show)
        body.append('<p class="muted">No framework yet: ' + (
            "promote the drafts below with <code>corpus-tool indicators promote</code>.</p>"
            if pending else "run <code>corpus-tool indicators draft</code> and "
            "<code>corpus-tool indicators promote</code>.</p>"))
    if pending:
        body.append('<h2 id="pending">Drafts not yet in the framework</h2><div class="card">'
                    "<ul>" + "".join(
                        f"<li>{esc(i.title)} <span class='muted'>({esc(a)}; "
                        f"<code>corpus-tool indicators promote {esc(i.id)}</code>)</span></li>"
                        for a, i in pending) + "</ul></div>")
    body.append('<h2 id="scores">Scores</h2>' + _scores_html(project))
    body.append('<h2 id="build">Build</h2>' + _stages_html(stage_names, lock)
                + _made_with(project, fw))
    title = fw.title if fw is not None else "corpus-tool build"
    page = html_page(title, "".join(body), nav=nav, head=EXTRA_CSS + PROV_CSS,
                     subtitle=f"{project.root.name}: indicators with the sources they rest on")
    atomic_write_text(out, page)
    return out


def _pending(project: Project, fw) -> list[tuple[str, object]]:
    """(area id, indicator) of the drafts not in the framework `fw` (all of them when there is
    no framework yet); none when the drafts cannot be read."""
    dpath = draft_path(project)
    if not dpath.exists():
        return []
    try:
        have = {i.id for i in fw.indicators()} if fw is not None else set()
        return [(a.id, i) for a in load_framework(dpath).areas for i in a.indicators
                if i.id not in have]
    except CorpusToolError:
        return []
