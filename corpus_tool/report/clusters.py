"""build/report/clusters.html: the clusters at a glance, self-contained (no network, no server).

A 2-D map of the clustered statements (PCA of the embeddings, inline SVG; colour = cluster;
hover shows the quote and its source, click jumps to the cluster), then one card per cluster:
label terms, instruments, issuers, strength mix, earliest year and the representative quotes
linked to the document file, locator and page.

Written in pieces from two passes over the points in the index, so a corpus of a million
statements neither holds its points nor the page in memory; the map samples large clusters
and says so, the cards list a bounded number of members.
"""
from __future__ import annotations

import json
import math
import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_chunks
from corpus_tool.models import Cluster, Document
from corpus_tool.project import Project
from corpus_tool.report.page import esc, html_shell
from corpus_tool.semantic.cluster import iter_points, load_clusters, load_meta
from corpus_tool.semantic.describe import Point
from corpus_tool.semantic.curated import load_carry_report, load_notes
from corpus_tool.store import db as store

# 20 colours distinguishable on white (Tableau 20, reordered so neighbours differ).
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5", "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79"]
STRENGTH_COLOURS = {"obligation": "#8a1c1c", "prohibition": "#6a1b9a", "recommendation": "#1f5fa8",
                    "permission": "#2e7d32", "recognition": "#8d6e00", "none": "#9aa0aa"}
W, H, PAD = 960, 560, 18
MAP_SAMPLE = 400     # the map draws a cluster above this many points as a seeded sample of as many
MAX_LISTED = 1000    # members listed on a card; outliers listed

EXTRA_CSS = """
<style>
.map-wrap { position: relative; background:#fff; border:1px solid var(--line); border-radius:8px;
            padding: 8px; }
.map-wrap svg { width: 100%; height: auto; display: block; }
.map-wrap circle { stroke: #fff; stroke-width: .6; cursor: pointer; }
.map-wrap circle.out { fill: none; stroke: #9aa0aa; stroke-width: 1; }
.map-wrap circle.dim { opacity: .12; }
.map-wrap text.lbl { font-size: 12px; font-weight: 600; fill: #1d2330; pointer-events: none;
                     paint-order: stroke; stroke: #fff; stroke-width: 3.5px; stroke-linejoin: round; }
#tip { position: absolute; pointer-events: none; display: none; max-width: 420px; z-index: 5;
       background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px;
       box-shadow: 0 4px 14px rgba(0,0,0,.12); font-size: 13px; line-height: 1.4; }
#tip .src { color: var(--muted); font-size: 12px; margin-top: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 10px 4px 0; font-size: 12.5px; }
.legend a { color: var(--fg); text-decoration: none; }
.sw { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
      margin-right: 5px; vertical-align: -1px; }
.stats { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 4px 0 14px; }
.stats div b { font-size: 18px; display: block; }
.card h3 { display: flex; align-items: baseline; gap: 8px; }
.card h3 .size { margin-left: auto; font-weight: normal; color: var(--muted); font-size: 12.5px;
                 white-space: nowrap; }
.card .cid { font: 12px ui-monospace, monospace; color: var(--muted); }
.meta { font-size: 13px; margin: 6px 0; }
.meta dt { float: left; clear: left; width: 92px; color: var(--muted); }
.meta dd { margin: 0 0 3px 96px; }
.bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; margin: 4px 0 2px;
       background: #eef0f3; }
.bar span { display: block; height: 100%; }
.card blockquote { font-size: 13.5px; }
.card:target { outline: 3px solid var(--accent); }
details summary { cursor: pointer; color: var(--accent); font-size: 13px; }
details ul { font-size: 12.5px; padding-left: 18px; max-height: 260px; overflow: auto; }
</style>
"""

SCRIPT = """
<script>
(function () {
  var data = JSON.parse(document.getElementById('points').textContent);
  var svg = document.getElementById('map'), tip = document.getElementById('tip');
  var wrap = svg.parentNode;
  svg.addEventListener('mousemove', function (e) {
    var t = e.target;
    if (t.tagName !== 'circle') { tip.style.display = 'none'; return; }
    var p = data[+t.getAttribute('data-i')];
    tip.innerHTML = '';
    var q = document.createElement('div'); q.textContent = '\\u201c' + p.q + '\\u201d';
    var s = document.createElement('div'); s.className = 'src'; s.textContent = p.s;
    var c = document.createElement('div'); c.className = 'src'; c.textContent = p.c;
    tip.appendChild(q); tip.appendChild(s); tip.appendChild(c);
    var r = wrap.getBoundingClientRect();
    var x = e.clientX - r.left + 14, y = e.clientY - r.top + 14;
    if (x > r.width - 430) { x = Math.max(4, e.clientX - r.left - 434); }
    tip.style.left = x + 'px'; tip.style.top = y + 'px'; tip.style.display = 'block';
  });
  svg.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
  svg.addEventListener('click', function (e) {
    var t = e.target;
    if (t.tagName === 'circle' && t.getAttribute('data-c')) {
      location.hash = t.getAttribute('data-c');
    }
  });
  function focus(cid) {
    var cs = svg.querySelectorAll('circle');
    for (var i = 0; i < cs.length; i++) {
      cs[i].classList.toggle('dim', !!cid && cs[i].getAttribute('data-c') !== cid);
    }
  }
  var cards = document.querySelectorAll('.card[id]');
  for (var i = 0; i < cards.length; i++) {
    cards[i].addEventListener('mouseenter', function () { focus(this.id); });
    cards[i].addEventListener('mouseleave', function () { focus(null); });
  }
  var legend = document.querySelectorAll('.legend a');
  for (var j = 0; j < legend.length; j++) {
    legend[j].addEventListener('mouseenter', function () { focus(this.getAttribute('data-c')); });
    legend[j].addEventListener('mouseleave', function () { focus(null); });
  }
})();
</script>
"""


def colour_for(i: int) -> str:
    """Distinct colours: the palette first, then golden-angle hues."""
    if i < len(PALETTE):
        return PALETTE[i]
    hue = (i * 137.508) % 360
    light = 42 + (i % 3) * 9
    return f"hsl({hue:.0f}, 58%, {light}%)"


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _doc_href(doc: Document | None, page: int | None) -> str:
    """Link from build/report/ to the document file in corpus/ (with #page= for PDFs)."""
    if doc is None or not doc.path:
        return ""
    href = "../../corpus/" + doc.path.replace("\\", "/")
    if page and doc.path.lower().endswith(".pdf"):
        href += f"#page={page}"
    return href


def _source(doc_id: str, locator: str, page: int | None, docs: dict[str, Document]) -> str:
    d = docs.get(doc_id)
    name = d.title if d else doc_id
    year = f" ({d.year})" if d and d.year else ""
    parts = [f"{name}{year}"]
    if locator:
        parts.append(locator)
    if page:
        parts.append(f"p. {page}")
    return ", ".join(parts)


def _cite(doc_id: str, locator: str, page: int | None, item_id: str,
          docs: dict[str, Document]) -> str:
    d = docs.get(doc_id)
    href = _doc_href(d, page)
    title = esc(d.title if d else doc_id)
    where = esc(locator) + (f", p. {page}" if page else "")
    doc_html = f'<a href="{esc(href)}">{title}</a>' if href else title
    return (f'<div class="cite">{doc_html}{" (" + str(d.year) + ")" if d and d.year else ""}'
            f' — {where} <span class="cid">{esc(item_id)}</span></div>')


@dataclass
class _Tally:
    """What the page needs of every point, counted in one pass (no point kept)."""
    n_items: int = 0
    n_out: int = 0                       # unassigned outliers (not excluded)
    n_excluded: int = 0
    doc_ids: set[str] = field(default_factory=set)
    bounds: tuple[float, float, float, float] | None = None     # x0, x1, y0, y1
    size: Counter = field(default_factory=Counter)              # group ('' = not clustered)
    per_doc: dict[str, Counter] = field(default_factory=dict)   # cluster → document → members


def _tally(points: Iterable[Point]) -> _Tally:
    t = _Tally()
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for p in points:
        t.n_items += 1
        t.n_out += not p.cluster_id and p.role != "excluded"
        t.n_excluded += p.role == "excluded"
        if p.doc_id:
            t.doc_ids.add(p.doc_id)
        x0, x1, y0, y1 = min(x0, p.x), max(x1, p.x), min(y0, p.y), max(y1, p.y)
        t.size[p.cluster_id] += 1
        if p.cluster_id:
            t.per_doc.setdefault(p.cluster_id, Counter())[p.doc_id] += 1
    if t.n_items:
        t.bounds = (x0, x1, y0, y1)
    return t


def _sampled(t: _Tally) -> dict[str, set[int]]:
    """Group ('' = the points in no cluster) → the places (in item-id order within the group)
    of the points the map draws, for each group above `MAP_SAMPLE` points: a sample of
    `MAP_SAMPLE` seeded by the group's id. Smaller groups are drawn whole."""
    return {g: set(random.Random("map:" + g).sample(range(n), MAP_SAMPLE))
            for g, n in t.size.items() if n > MAP_SAMPLE}


@dataclass
class _Gathered:
    """The points the page shows, from a second pass: those the map draws (in drawing order),
    where each cluster's label goes, the representatives, the listed members' and outliers'
    texts. All bounded by the clusters and the caps, not by the number of points."""
    drawn: list[Point]
    centres: dict[str, list[float]]      # cluster → [Σ x, Σ y, core points], in map pixels
    reps: dict[str, Point]
    texts: dict[str, str]                # listed member → its text, shortened
    outliers: list[Point]                # the first MAX_LISTED unassigned outliers by id


def _gather(points: Iterable[Point], t: _Tally, clusters: Sequence[Cluster]) -> _Gathered:
    x0, x1, y0, y1 = t.bounds or (0.0, 0.0, 0.0, 0.0)
    sx = (W - 2 * PAD) / ((x1 - x0) or 1)
    sy = (H - 2 * PAD) / ((y1 - y0) or 1)
    sample = _sampled(t)
    rep_ids = {r for c in clusters for r in c.representatives}
    listed = {m for c in clusters for m in c.members[:MAX_LISTED]}
    seen: Counter = Counter()
    out_first: list[Point] = []          # outliers drawn first, so clustered points lie on top
    rest: list[Point] = []
    g = _Gathered([], {}, {}, {}, [])
    for p in points:
        i = seen[p.cluster_id]
        seen[p.cluster_id] += 1
        if p.cluster_id not in sample or i in sample[p.cluster_id]:
            (rest if p.cluster_id else out_first).append(p)
        if p.cluster_id and p.role == "core":
            acc = g.centres.setdefault(p.cluster_id, [0.0, 0.0, 0])
            acc[0] += PAD + (p.x - x0) * sx
            acc[1] += H - PAD - (p.y - y0) * sy
            acc[2] += 1
        if p.item_id in rep_ids:
            g.reps[p.item_id] = p
        if p.item_id in listed:
            g.texts[p.item_id] = _short(p.text, 110)
        if not p.cluster_id and p.role != "excluded" and len(g.outliers) < MAX_LISTED:
            g.outliers.append(p)
    g.drawn = out_first + rest
    return g


def _map(g: _Gathered, t: _Tally, colour: dict[str, str], label: dict[str, str],
         docs: dict[str, Document], n_labels: int = 12) -> tuple[str, str]:
    if t.bounds is None:
        return "<p class=\"muted\">No points.</p>", "[]"
    x0, x1, y0, y1 = t.bounds
    sx = (W - 2 * PAD) / ((x1 - x0) or 1)
    sy = (H - 2 * PAD) / ((y1 - y0) or 1)
    circles, data = [], []
    for p in g.drawn:
        cx = PAD + (p.x - x0) * sx
        cy = H - PAD - (p.y - y0) * sy
        cls = "" if p.cluster_id else ' class="out"'
        fill = f' fill="{colour[p.cluster_id]}"' if p.cluster_id else ""
        r = 3.6 if p.cluster_id else 3.0
        circles.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r}"{fill}{cls} '
                       f'data-i="{len(data)}" data-c="{esc(p.cluster_id)}"></circle>')
        cl = (f"{p.cluster_id}: {label.get(p.cluster_id, '')}" + (" (assigned outlier)"
              if p.role == "assigned" else "")) if p.cluster_id else "outlier"
        data.append({"q": _short(p.text, 320),
                     "s": _source(p.doc_id, p.locator, p.page, docs) + " · " + p.item_id,
                     "c": cl})
    texts = []
    if n_labels:
        acc = g.centres
        ranked = sorted(acc, key=lambda c: (-acc[c][2], c))
        boxes: list[tuple[float, float, float, float]] = []
        for c in ranked:
            if len(texts) >= n_labels:
                break
            cx = acc[c][0] / acc[c][2]
            cy = max(12.0, acc[c][1] / acc[c][2] + 4)
            words = _short(label.get(c, "").split(", ")[0], 28)
            w = 7.2 * len(words)                 # ~ width of 12px bold text
            x0b = min(max(cx - w / 2, 2), W - w - 2)
            box = (x0b, cy - 12, x0b + w, cy + 3)
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in boxes):
                continue                         # would overlap a bigger cluster's label
            boxes.append(box)
            texts.append(f'<text x="{x0b + w / 2:.1f}" y="{cy:.1f}" text-anchor="middle" '
                         f'class="lbl">{esc(words)}</text>')
    svg = (f'<svg id="map" viewBox="0 0 {W} {H}" role="img" '
           f'aria-label="Map of statements coloured by cluster">'
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="#fff"></rect>'
           + "".join(circles) + "".join(texts) + "</svg>")
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")  # inert in <script>
    return svg, blob


def _strength_bar(mix: Sequence[tuple[str, int]]) -> str:
    total = sum(n for _, n in mix)
    if not total:
        return ""
    spans = "".join(f'<span style="width:{100 * n / total:.1f}%;background:'
                    f'{STRENGTH_COLOURS.get(s, "#9aa0aa")}" title="{esc(s)}: {n}"></span>'
                    for s, n in mix)
    text = ", ".join(f'<span class="strength-{esc(s)}">{esc(s)}</span> {n}' for s, n in mix)
    return f'<div class="bar">{spans}</div>{text}'


def _curation(report: dict, notes: dict[str, dict], n_excluded: int) -> str:
    """The "Curation" section: how many of the researcher's curations this run carried over,
    and each one it could not (kept, marked, in annotations/clusters.yaml)."""
    counts = report.get("counts") or {}
    rows = "".join(f"<tr><td>{esc(k)}</td><td>{v['carried']}</td><td>{v['not_carried']}</td></tr>"
                   for k, v in counts.items() if v["carried"] or v["not_carried"])
    lost = "".join(f"<li><b>{esc(o['kind'])}</b> of <code>{esc(o['target'])}</code>: "
                   f"{esc(o['detail'])}</li>" for o in report.get("not_carried", []))
    n_cur = sum(1 for n in notes.values() if n.get("curated"))
    out = (f"<h2>Curation</h2><p class='muted'>{n_cur} curated cluster(s) "
           f"(<code>annotations/clusters.yaml</code>); {n_excluded} statement(s) excluded as "
           "noise. Carried over to this run:</p><table><tr><th>curation</th><th>carried</th>"
           f"<th>not carried</th></tr>{rows}</table>")
    if lost:
        out += ("<p>Not carried over (kept in the file, marked <code>unresolved</code>, until "
                "redone on the new clusters or dropped with <code>corpus-tool cluster forget"
                f"</code>):</p><ul>{lost}</ul>")
    return out


def render_cluster_report(clusters: Sequence[Cluster], points: Sequence[Point], meta: dict,
                          docs: dict[str, Document], *,
                          nav: list[tuple[str, str]] | None = None,
                          curation: dict | None = None,
                          notes: dict[str, dict] | None = None) -> str:
    """The whole page as a string (pure: no I/O); `cluster_report_chunks` over `points`."""
    ordered = sorted(points, key=lambda p: p.item_id)
    return "".join(cluster_report_chunks(clusters, lambda: iter(ordered), meta, docs, nav=nav,
                                         curation=curation, notes=notes))


def cluster_report_chunks(clusters: Sequence[Cluster], points: Callable[[], Iterable[Point]],
                          meta: dict, docs: dict[str, Document], *,
                          nav: list[tuple[str, str]] | None = None,
                          curation: dict | None = None,
                          notes: dict[str, dict] | None = None) -> Iterator[str]:
    """The page in pieces (pure: no I/O). `points()` gives the clustering's points in item-id
    order, anew at each call (two passes; no point is kept beyond what the page shows);
    `curation`: the carry report of the researcher's curation (a "Curation" section when there
    is one); `notes`: cluster id → {description, curated}. The map draws every point of a
    cluster of up to `MAP_SAMPLE` points and a seeded sample of `MAP_SAMPLE` of a larger one
    (the outliers likewise), and says so; a card lists its first `MAX_LISTED` members, the
    outliers' list its first `MAX_LISTED` outliers."""
    notes = notes or {}
    colour = {c.id: colour_for(i) for i, c in enumerate(clusters)}
    label = {c.id: c.label for c in clusters}
    quality = meta.get("quality") or {}
    params = meta.get("params") or {}
    t = _tally(points())
    g = _gather(points(), t, clusters)
    unit = params.get("unit", "statements")
    svg, blob = _map(g, t, colour, label, docs)
    before, after = html_shell("Clusters", subtitle=f"{len(clusters)} clusters of {t.n_items} "
                               f"{unit}", head=EXTRA_CSS, nav=nav)
    yield before

    stats = [("clusters", len(clusters)), (unit, t.n_items), ("outliers", t.n_out),
             ("silhouette (cosine)", quality.get("silhouette") if quality.get("silhouette")
              is not None else "–"),
             ("instruments", len(t.doc_ids))]
    yield ('<div class="stats">' + "".join(f"<div><b>{esc(v)}</b><span class=\"muted\">"
                                           f"{esc(k)}</span></div>" for k, v in stats) + "</div>")
    yield (f'<p class="muted">Embeddings: <code>{esc(meta.get("model_id", ""))}</code> · '
           f'clustering: <code>{esc(meta.get("method", ""))}</code>. On the map each '
           "cluster sits where its centroid falls in a 2-D scaling of the distances between "
           "clusters (related clusters lie near each other) and its members spread around it "
           "by their own principal components; hollow points are outliers. Hover a point for "
           "its quote and source; click it to jump to its cluster.</p>")
    if len(g.drawn) < t.n_items:
        yield (f'<p class="muted">The map draws {len(g.drawn)} of the {t.n_items} {esc(unit)}: '
               f"every member of a cluster of up to {MAP_SAMPLE}, and a seeded sample of "
               f"{MAP_SAMPLE} of each larger cluster (and of the outliers, when there are more); "
               "the counts and the cards cover them all.</p>")
    legend = "".join(
        f'<a href="#{esc(c.id)}" data-c="{esc(c.id)}"><span class="sw" style="background:'
        f'{colour[c.id]}"></span>{esc(_short(c.label, 42))} ({c.size})</a>'
        for c in clusters[:40])
    if t.n_out:
        legend += (f'<span><span class="sw" style="border:1px solid #9aa0aa;background:none">'
                   f'</span>outliers ({t.n_out})</span>')
    yield (f'<div class="map-wrap">{svg}<div id="tip"></div>'
           f'<div class="legend">{legend}</div></div>')
    yield f'<script type="application/json" id="points">{blob}</script>'
    del svg, blob

    if curation and curation.get("outcomes"):
        yield _curation(curation, notes, t.n_excluded)
    yield "<h2>Clusters</h2>"
    if not clusters:
        yield ('<p class="muted">No clusters: try a larger --threshold or a smaller '
               "--min-size.</p>")
    yield '<div class="grid">'
    for c in clusters:
        yield _card(c, t.per_doc.get(c.id, Counter()), g, docs, colour, notes, unit)
    yield "</div>"
    if t.n_out:
        items = "".join(f"<li>{esc(p.item_id)}: {esc(_short(p.text, 140))}</li>"
                        for p in g.outliers)
        more = (f" (the first {len(g.outliers)} by id)" if t.n_out > len(g.outliers) else "")
        yield (f"<h2>Outliers</h2><p class=\"muted\">{t.n_out} {esc(unit)} fit no "
               "cluster (use <code>corpus-tool cluster --assign-outliers</code> to put each "
               f"in its nearest cluster).</p><details><summary>List them{more}</summary>"
               f"<ul>{items}</ul></details>")
    yield after.replace("</body>", SCRIPT + "</body>")


def _card(c: Cluster, per_doc: Counter, g: _Gathered, docs: dict[str, Document],
          colour: dict[str, str], notes: dict[str, dict], unit: str) -> str:
    tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in c.terms)
    top_docs = sorted(c.doc_ids, key=lambda d: (-per_doc.get(d, 0), d))
    docs_html = ", ".join(
        f'<span title="{esc(docs[d].title if d in docs else d)}">{esc(d)}</span>'
        f' <span class="muted">({per_doc.get(d, 0)})</span>' for d in top_docs[:5])
    if len(top_docs) > 5:
        rest = ", ".join(top_docs[5:])
        docs_html += f' <span class="muted" title="{esc(rest)}">+{len(top_docs) - 5} more</span>'
    per_issuer: Counter = Counter()
    for d, n in per_doc.items():
        if d in docs:
            per_issuer[docs[d].issuer] += n
    issuers = ", ".join(f"{esc(i)} <span class=\"muted\">({per_issuer[i]})</span>"
                        if per_issuer.get(i) else esc(i) for i in c.issuers[:3])
    if len(c.issuers) > 3:
        issuers += f' <span class="muted">+{len(c.issuers) - 3} more</span>'
    dl = [("instruments", f"{len(c.doc_ids)}: {docs_html}"),
          ("issuers", issuers or "–"),
          ("earliest", esc(c.earliest_year) if c.earliest_year else "–")]
    if c.strength_mix:
        dl.append(("strength", _strength_bar(c.strength_mix)))
    if c.area:
        dl.append(("area", f'<span class="tag">{esc(c.area)}</span>'))
    meta_html = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in dl)
    quotes = []
    for rid in c.representatives:
        p = g.reps.get(rid)
        if p is None:
            continue
        quotes.append(f"<blockquote>{esc(_short(p.text, 300))}"
                      f"{_cite(p.doc_id, p.locator, p.page, p.item_id, docs)}</blockquote>")
    assigned = set(c.assigned)
    members = "".join(
        f"<li>{esc(m)}{' <span class=muted>(assigned)</span>' if m in assigned else ''}"
        f"{(': ' + esc(g.texts[m])) if m in g.texts else ''}</li>"
        for m in c.members[:MAX_LISTED])
    summary = f"All {c.size} members"
    if len(c.members) > MAX_LISTED:
        summary = f"The first {MAX_LISTED} of {c.size} members"
        members += (f"<li class=\"muted\">… and {len(c.members) - MAX_LISTED} more "
                    "(all of them: <code>corpus-tool cluster --json</code>)</li>")
    return (f'<section class="card" id="{esc(c.id)}"><h3><span class="sw" style="background:'
            f'{colour[c.id]}"></span>{esc(c.label)}<span class="size">{c.size} {esc(unit)}'
            f'</span></h3><div class="cid">{esc(c.id)}'
            f'{" · curated" if notes.get(c.id, {}).get("curated") else ""}</div>'
            + (f'<p>{esc(notes[c.id]["description"])}</p>'
               if notes.get(c.id, {}).get("description") else "")
            + f'<div>{tags}</div>'
            f'<dl class="meta">{meta_html}</dl>{"".join(quotes)}'
            f"<details><summary>{summary}</summary><ul>{members}</ul></details>"
            "</section>")


def write_cluster_report(project: Project, path: Path | None = None) -> Path:
    """Render the last clustering in the index to build/report/clusters.html (atomically),
    written in pieces as it is made, the points read from the index twice as a stream."""
    conn = store.connect(project.db_path)
    try:
        clusters = load_clusters(conn)
        meta = load_meta(conn)
        docs = {d.id: d for d in store.list_documents(conn)}
        carry = load_carry_report(conn).to_dict()
        notes = load_notes(conn)
        if not any(True for _ in iter_points(conn, limit=1)):
            raise InputError("no clustering in the index yet", path=project.db_path,
                             fix="run `corpus-tool cluster` first")
        out = path or project.report_dir / "clusters.html"
        nav = [("Report index", "index.html")] if (out.parent / "index.html").is_file() else None
        chunks = cluster_report_chunks(clusters, lambda: iter_points(conn), meta, docs, nav=nav,
                                       curation=carry, notes=notes)
        atomic_write_chunks(out, (c.encode("utf-8") for c in chunks))
    finally:
        conn.close()
    return out
