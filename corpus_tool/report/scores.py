"""The scores page: rank table, a bar chart per area, a radar per country, the answers each score
rests on and the sensitivity plot.

Self-contained: every chart is inline SVG built here (no scripts, no external assets), every text
escaped with `esc`.
"""
from __future__ import annotations

import math
from collections import defaultdict

from corpus_tool.formats import fmt_number
from corpus_tool.framework.model import Framework, Scale
from corpus_tool.report.page import esc, html_page, scroll_box
from corpus_tool.report.svgtext import text_width
from corpus_tool.scoring.engine import ScoreResult, coverage_text, headline_year

SVG_STYLE = 'style="max-width:100%;height:auto"'   # shrinks with a narrow card, never overflows
SCORES_CSS = "<style>.low, .low-cov { color: #b3261e; } .card svg { display: block; }</style>"
PALETTE = ["#2456a6", "#c0392b", "#2e7d32", "#8d6e00", "#6a1b9a", "#00838f", "#d35400", "#5d4037"]


def _fmt(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def bar_chart_svg(title: str, items: list[tuple[str, float | None]], *, high: float = 100,
                  colour: str = PALETTE[0]) -> str:
    """Horizontal bars, one per item, largest first; missing values are listed as '–'."""
    items = sorted(items, key=lambda kv: (-(kv[1] if kv[1] is not None else -1), kv[0]))
    row, width = 16, 250
    left = math.ceil(max([text_width(label, 11) for label, _ in items] + [20]) + 8)
    total = math.ceil(max(left + width + 40, text_width(title, 12, bold=True) + 4))
    h = 22 + row * len(items) + 18
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{total}" '
             f'height="{h}" viewBox="0 0 {total} {h}" {SVG_STYLE} font-size="11" '
             f'font-family="system-ui, sans-serif"><title>{esc(title)}</title>'
             f'<text x="0" y="13" font-weight="600" font-size="12">{esc(title)}</text>']
    axis_y = 22 + row * len(items) + 4
    for t in (0, 50, 100):
        x = left + t / 100 * width
        parts.append(f'<line x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{axis_y}" stroke="#dde1e8"/>'
                     f'<text x="{x:.1f}" y="{axis_y + 11}" text-anchor="middle" '
                     f'fill="#5b6475">{fmt_number(t * high / 100)}</text>')
    for i, (label, v) in enumerate(items):
        y = 22 + i * row
        parts.append(f'<text x="{left - 4}" y="{y + 11}" text-anchor="end">{esc(label)}</text>')
        if v is None:
            parts.append(f'<text x="{left + 2}" y="{y + 11}" fill="#5b6475">–</text>')
            continue
        w = max(0.0, min(1.0, v / high)) * width
        parts.append(f'<rect x="{left}" y="{y + 2}" width="{w:.1f}" height="{row - 5}" '
                     f'fill="{colour}"><title>{esc(label)}: {_fmt(v)}</title></rect>'
                     f'<text x="{left + w + 3:.1f}" y="{y + 11}">{_fmt(v)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def radar_svg(title: str, axes: list[tuple[str, str]], values: dict[str, float | None], *,
              high: float = 100, size: int = 210) -> str:
    """A radar (spider) chart: one axis per (id, label), the polygon of the values. Axis labels
    sit outside the rim, anchored away from the centre, and the drawing grows to hold them."""
    n = len(axes)
    r = size / 2 - 28

    def pt(i: int, frac: float) -> tuple[float, float]:        # centred on (0, 0)
        a = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        return r * frac * math.cos(a), r * frac * math.sin(a)

    labels = []                      # (x, y, anchor, text, tooltip)
    xs, ys = [-r, r], [-r, r]
    for i, (aid, label) in enumerate(axes):
        lx, ly = pt(i, 1.08)
        c = lx / r
        anchor = "start" if c > 0.2 else ("end" if c < -0.2 else "middle")
        w = text_width(aid, 10)
        x0 = lx if anchor == "start" else (lx - w if anchor == "end" else lx - w / 2)
        y = ly + (3 if abs(c) > 0.2 else (10 if ly > 0 else -3))
        labels.append((lx, y, anchor, aid, label))
        xs += [x0, x0 + w]
        ys += [y - 10, y + 3]
    title_w = text_width(title, 12, bold=True)
    pad = 6
    min_x = min(min(xs), -title_w / 2) - pad
    max_x = max(max(xs), title_w / 2) + pad
    top = min(ys) - 22                                          # room for the title
    bottom = max(ys) + pad
    w_total, h_total = math.ceil(max_x - min_x), math.ceil(bottom - top)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{w_total}" '
             f'height="{h_total}" viewBox="{min_x:.1f} {top:.1f} {w_total} {h_total}" '
             f'{SVG_STYLE} font-size="10" font-family="system-ui, sans-serif">'
             f'<title>{esc(title)}</title>'
             f'<text x="0" y="{top + 14:.1f}" text-anchor="middle" font-weight="600" '
             f'font-size="12">{esc(title)}</text>']
    for ring in (0.5, 1.0):
        ring_pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (pt(i, ring) for i in range(n)))
        parts.append(f'<polygon points="{ring_pts}" fill="none" stroke="#dde1e8"/>')
    for i, (lx, ly, anchor, aid, label) in enumerate(labels):
        x, y = pt(i, 1.0)
        parts.append(f'<line x1="0" y1="0" x2="{x:.1f}" y2="{y:.1f}" stroke="#dde1e8"/>'
                     f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
                     f'<title>{esc(label)}</title>{esc(aid)}</text>')
    pts = []
    for i, (aid, _) in enumerate(axes):
        v = values.get(aid)
        if v is not None:
            pts.append(pt(i, max(0.0, min(1.0, v / high))))
    if pts:
        poly = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(f'<polygon points="{poly}" fill="{PALETTE[0]}" fill-opacity="0.25" '
                     f'stroke="{PALETTE[0]}" stroke-width="1.5"/>')
        for (x, y), (aid, label) in zip(pts, [a for a in axes if values.get(a[0]) is not None]):
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{PALETTE[0]}">'
                         f'<title>{esc(label)}: {_fmt(values[aid])}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def sensitivity_svg(rows: list[dict], *, title: str) -> str:
    """Rank intervals: per country a bar from the 5th to the 95th percentile rank, a dot at
    the nominal rank and a tick at the median (rank 1 at the top)."""
    rows = sorted(rows, key=lambda r: (r["rank"], r["country"]))
    n_ranks = max([r["rank_p95"] for r in rows] + [r["rank"] for r in rows] + [1])
    row, width = 15, 640
    left = math.ceil(max([text_width(r["country"], 11) for r in rows] + [20]) + 8)
    total = math.ceil(max(left + width + 20, text_width(title, 12, bold=True) + 4))
    h = 36 + row * len(rows) + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{total}" '
             f'height="{h}" viewBox="0 0 {total} {h}" {SVG_STYLE} font-size="11" '
             f'font-family="system-ui, sans-serif"><title>{esc(title)}</title>'
             f'<text x="0" y="13" font-weight="600" font-size="12">{esc(title)}</text>'
             f'<text x="0" y="28" fill="#5b6475">bar: 5–95 % rank interval · dot: nominal rank · '
             f'tick: median rank</text>']

    def x_of(rank: float) -> float:
        return left + (rank - 1) / max(n_ranks - 1, 1) * width

    for i, r in enumerate(rows):
        y = 36 + i * row + row / 2
        x1, x2 = x_of(r["rank_p05"]), x_of(r["rank_p95"])
        tip = (f'{r["country"]}: rank {r["rank"]}, median {r["rank_median"]}, '
               f'5–95 %: {r["rank_p05"]}–{r["rank_p95"]}')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{esc(r["country"])}</text>'
                     f'<line x1="{x1:.1f}" y1="{y:.1f}" x2="{max(x2, x1 + 1):.1f}" y2="{y:.1f}" '
                     f'stroke="{PALETTE[0]}" stroke-width="5" stroke-opacity="0.35"/>'
                     f'<line x1="{x_of(r["rank_median"]):.1f}" y1="{y - 5:.1f}" '
                     f'x2="{x_of(r["rank_median"]):.1f}" y2="{y + 5:.1f}" stroke="{PALETTE[0]}"/>'
                     f'<circle cx="{x_of(r["rank"]):.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[1]}">'
                     f'<title>{esc(tip)}</title></circle>')
    axis_y = 36 + row * len(rows) + 4
    step = max(1, round(n_ranks / 10))
    for t in [1, *range(step, n_ranks + 1, step)]:
        parts.append(f'<text x="{x_of(t):.1f}" y="{axis_y + 10}" text-anchor="middle" '
                     f'fill="#5b6475">{t}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _rank(country: str, vals: dict, headline: str) -> str:
    """Competition rank (1 = highest; ties share a rank, as the sensitivity analysis ranks them:
    `sensitivity.year_ranks`), or '–' without a headline score."""
    mine = vals[country].get(headline)
    if mine is None:
        return "–"
    return str(1 + sum(1 for v in vals.values()
                       if v.get(headline) is not None and v[headline] > mine + 1e-9))


def _cell(score: float | None, coverage: float | None, min_coverage: float | None) -> str:
    """A rank-table cell: the score, its coverage on hover, and a mark when the score rests on
    less than `min_coverage` of its information (the engine then leaves it missing)."""
    low = min_coverage is not None and coverage is not None and coverage + 1e-9 < min_coverage
    tip = (f"coverage {coverage_text(coverage)}"
           + (f", under the minimum {min_coverage:.0%}" if low else ""))
    mark = '<sup class="low">*</sup>' if low else ""
    cls = ' class="low-cov"' if low else ""
    return f'<td{cls} title="{tip}">{_fmt(score)}{mark}</td>'


def scores_html(result: ScoreResult, fw: Framework, *, sensitivity: dict | None = None,
                check: dict | None = None, year: int | None = None,
                nav: list[tuple[str, str]] | None = None,
                min_coverage: float | None = None) -> str:
    """The whole scores page as one self-contained HTML document."""
    headline = fw.overall[0].id if fw.overall else (fw.areas[0].id if fw.areas else "")
    year = year if year is not None else headline_year(result, headline)
    areas = [(a.id, a.title) for a in fw.areas]
    vals: dict[str, dict[str, float | None]] = defaultdict(dict)
    covs: dict[str, dict[str, float | None]] = defaultdict(dict)
    for s in result.scores:
        if s.year == year and s.level in ("overall", "area"):
            vals[s.country][s.node] = s.score
            covs[s.country][s.node] = s.coverage
    countries = sorted(vals, key=lambda c: (-(vals[c].get(headline) or -1), c))
    body = [f'<p class="muted">Framework <b>{esc(fw.title)}</b> ({esc(fw.id)}) · '
            f'{len({c for c, _ in result.units})} countries · {len(result.units)} country-years · '
            f'{result.answers} answers · showing {esc(year)}</p>']
    if result.warnings:
        body.append(f'<details class="card"><summary>{len(result.warnings)} warning(s)</summary>'
                    + "".join(f"<div class=\"cite\">{esc(w)}</div>" for w in result.warnings[:200])
                    + "</details>")
    # rank table
    cols = [o.id for o in fw.overall] + [a for a, _ in areas]
    head = "".join(f'<th title="{esc(_title(fw, c))}">{esc(c)}</th>' for c in cols)
    trs = []
    for c in countries:
        cells = "".join(_cell(vals[c].get(k), covs[c].get(k), min_coverage) for k in cols)
        trs.append(f"<tr><td>{_rank(c, vals, headline)}</td><td>{esc(c)}</td>{cells}"
                   f'<td class="muted">{coverage_text(covs[c].get(headline, 0.0))}</td></tr>')
    low_note = (f' <sup class="low">*</sup> coverage under the minimum of {min_coverage:.0%}: '
                'the score is left missing.' if min_coverage is not None else "")
    body.append(f'<h2 id="ranks">Rank table, {esc(year)}</h2><p class="muted">Ranked by '
                f'{esc(_title(fw, headline))}; coverage is the share of its information that '
                f'was answered (an n/a answer counts neither way; hover a score for its '
                f'own).{low_note}</p>'
                + scroll_box(f'<table><tr><th>rank</th><th>country</th>{head}'
                             f'<th>coverage</th></tr>{"".join(trs)}</table>',
                             f"Rank table, {year}"))
    # bars per area
    body.append(f'<h2 id="areas">Scores per area, {esc(year)}</h2><div class="grid">')
    for i, (aid, title) in enumerate(areas):
        items = [(c, vals[c].get(aid)) for c in countries]
        body.append('<div class="card">' + bar_chart_svg(f"{aid}: {title}", items,
                                                         colour=PALETTE[i % len(PALETTE)])
                    + "</div>")
    body.append("</div>")
    # radar per country
    body.append(f'<h2 id="countries">Profile per country, {esc(year)}</h2>'
                '<div class="grid" style="grid-template-columns: repeat(auto-fill, '
                'minmax(220px, 1fr))">')
    for c in countries:
        body.append('<div class="card">' + radar_svg(c, areas, vals[c]) + "</div>")
    body.append("</div>")
    body.append(_answers_html(result, fw, year, countries))
    if sensitivity:
        body.append(_sensitivity_html(sensitivity, fw, year))
    if check:
        body.append(_check_html(check))
    return html_page(f"Scores: {fw.title}", "".join(body), head=SCORES_CSS, nav=nav or [
        ("Ranks", "#ranks"), ("Areas", "#areas"), ("Countries", "#countries"),
        ("Answers", "#answers"),
        *([("Sensitivity", "#sensitivity")] if sensitivity else []),
        *([("Check", "#check")] if check else [])])


def _answers_html(result: ScoreResult, fw: Framework, year: int | None,
                  countries: list[str]) -> str:
    """Per country, each indicator's score and the answers it rests on: level, expert, national
    source, comment and the answers file's line (trial 21: no output traced a country's score
    back to them)."""
    given: dict[str, list[dict]] = defaultdict(list)
    for a in result.answer_rows:
        if a["year"] == year:
            given[a["country"]].append(a)
    refs = list(fw.walk())                  # walked once, not once per answer
    order = {r.id: i for i, r in enumerate(refs)}
    node = {r.id: r.node for r in refs}
    ind_score = {(s.country, s.node): s.score for s in result.scores
                 if s.year == year and s.level in ("indicator", "sub-indicator")}
    out = [f'<h2 id="answers">Answers per country, {esc(year)}</h2><p class="muted">What each '
           "indicator's score rests on: the experts' answers, with their sources and comments "
           "(several answers to one indicator are averaged).</p>"]
    for c in countries:
        rows = sorted(given.get(c, []), key=lambda a: (order.get(a["indicator"], 1e9), a["line"]))
        experts = sorted({a["expert"] for a in rows if a["expert"]})
        trs = "".join(
            f'<tr><td><code>{esc(a["indicator"])}</code> {esc(node[a["indicator"]].title)}</td>'
            f'<td>{_fmt(ind_score.get((c, a["indicator"])))}</td>'
            f'<td>{_level(fw.scale_of(node[a["indicator"]]), a["score"])}</td>'
            f'<td>{esc(a["expert"])}</td><td>{esc(a["source"])}</td><td>{esc(a["comment"])}</td>'
            f'<td class="muted">{esc(a["file"])}:{a["line"]}</td></tr>' for a in rows)
        out.append(f'<details class="card"><summary>{esc(c)}: {len(rows)} answer'
                   + ("s" if len(rows) != 1 else "")
                   + (f" by {esc(', '.join(experts))}" if experts else "") + "</summary>"
                   + scroll_box('<table><tr><th>indicator</th><th>score</th>'
                                "<th>answer</th><th>expert</th><th>source</th><th>comment</th>"
                                f"<th>line</th></tr>{trs}</table>", f"Answers for {c}")
                   + "</details>")
    return "".join(out)


def _level(scale: Scale, score: float | str) -> str:
    """An answer as its level's label and score ("partial (50)"), its score alone (one
    between levels, or a level without a label), or "n/a" (the indicator does not apply)."""
    if isinstance(score, str):
        return esc(score)
    lv = next((lv for lv in scale.levels if abs(lv.score - score) < 1e-6), None)
    return esc(f"{lv.label} ({fmt_number(lv.score)})") if lv and lv.label else fmt_number(score)


def _sensitivity_html(sens: dict, fw: Framework, year: int | None) -> str:
    rows = [r for r in sens["countries"] if r["year"] == year]
    out = [f'<h2 id="sensitivity">Sensitivity of the ranks, {esc(year)}</h2>'
           f'<p class="muted">{sens["samples"]} Monte Carlo samples (seed {sens["seed"]}, '
           f'{esc(sens["method"])} weights ±{sens["spread"]:.0%}) of {esc(sens["target"])}; '
           f'aggregation swapped to {esc(sens["swapped_to"])}; each indicator left out in '
           f'turn.</p>']
    if sens.get("swap_note"):
        out.append(f'<p class="muted">Swapped aggregation: {esc(sens["swap_note"])}.</p>')
    if rows:
        out.append('<div class="card">' + sensitivity_svg(
            rows, title=f"Rank of {sens['target']} under varied weights, {year}") + "</div>")
        trs = "".join(
            f'<tr><td>{esc(r["country"])}</td><td>{r["rank"]}</td><td>{r["rank_median"]}</td>'
            f'<td>{r["rank_p05"]}–{r["rank_p95"]}</td><td>{_fmt(r["median_rank_shift"])}</td>'
            f'<td>{_fmt(r["score"])} ({_fmt(r["score_p05"])}–{_fmt(r["score_p95"])})</td>'
            f'<td>{r["geometric_rank"] if r["geometric_rank"] is not None else "–"}</td>'
            f'<td>{r["leave_one_out_max_shift"]}'
            f'{" (" + esc(r["leave_one_out_indicator"]) + ")" if r["leave_one_out_indicator"] else ""}'
            f'</td></tr>' for r in rows)
        out.append('<table><tr><th>country</th><th>rank</th><th>median rank</th>'
                   '<th>5–95 % interval</th><th>median rank shift</th><th>score (5–95 %)</th>'
                   '<th>rank, swapped '
                   'aggregation</th><th>largest shift leaving one indicator out</th></tr>'
                   f'{trs}</table>')
    top = sens["indicators"][:10]
    if top:
        out.append('<h3 style="margin-top:14px">Indicators that move the ranks most when left '
                   'out</h3><table><tr><th>indicator</th><th>title</th><th>mean rank shift</th>'
                   '<th>largest</th></tr>' + "".join(
                       f'<tr><td>{esc(t["indicator"])}</td><td>{esc(_title(fw, t["indicator"]))}'
                       f'</td><td>{_fmt(t["mean_abs_rank_shift"], 2)}</td>'
                       f'<td>{t["max_abs_rank_shift"]}</td></tr>' for t in top) + "</table>")
    return "".join(out)


def _check_html(check: dict) -> str:
    diffs = check["differences"]
    head = (f'<h2 id="check">Comparison with {esc(check["published"])}</h2><p>'
            f'{check["matching"]} of {check["compared"]} published values reproduced to '
            f'{check["tolerance"]}; {len(diffs)} difference(s); {check["not_published"]} computed '
            f'value(s) not published.</p>')
    if not diffs:
        return head
    trs = "".join(f'<tr><td>{esc(d["country"])}</td><td>{d["year"]}</td><td>{esc(d["node"])}</td>'
                  f'<td>{_fmt(d["published"], 2)}</td><td>{_fmt(d["computed"], 2)}</td></tr>'
                  for d in diffs[:500])
    return head + ('<table><tr><th>country</th><th>year</th><th>node</th><th>published</th>'
                   f'<th>computed</th></tr>{trs}</table>')


def _title(fw: Framework, node_id: str) -> str:
    for ref in fw.walk():
        if ref.id == node_id:
            return ref.node.title
    return node_id


