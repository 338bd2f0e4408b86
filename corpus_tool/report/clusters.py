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

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_chunks
from corpus_tool.models import Cluster, Document
from corpus_tool.project import Project
from corpus_tool.report import cluster_map as cm
from corpus_tool.corpus.lang import language_name
from corpus_tool.report.page import esc, html_shell
from corpus_tool.semantic.cluster import iter_points, load_clusters, load_meta
from corpus_tool.semantic.describe import Point
from corpus_tool.semantic.curated import load_carry_report, load_notes
from corpus_tool.statements.coverage import unread
from corpus_tool.store import db as store

# 20 colours distinguishable on white (Tableau 20, reordered so neighbours differ).
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5", "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79"]
STRENGTH_COLOURS = {"obligation": "#8a1c1c", "prohibition": "#6a1b9a", "recommendation": "#1f5fa8",
                    "permission": "#2e7d32", "recognition": "#8d6e00", "none": "#9aa0aa"}
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


def _doc_href(doc: Document | None, page: int | None) -> str:
    """Link from build/report/ to the document file in corpus/ (with #page= for PDFs)."""
    if doc is None or not doc.path:
        return ""
    href = "../../corpus/" + doc.path.replace("\\", "/")
    if page and doc.path.lower().endswith(".pdf"):
        href += f"#page={page}"
    return href


def _cite(doc_id: str, locator: str, page: int | None, item_id: str,
          docs: dict[str, Document]) -> str:
    d = docs.get(doc_id)
    href = _doc_href(d, page)
    title = esc(d.title if d else doc_id)
    where = esc(locator) + (f", p. {page}" if page else "")
    doc_html = f'<a href="{esc(href)}">{title}</a>' if href else title
    return (f'<div class="cite">{doc_html}{" (" + str(d.year) + ")" if d and d.year else ""}'
            f' — {where} <span class="cid">{esc(item_id)}</span></div>')


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
    review = "".join(f"<li><b>{esc(o['kind'])}</b> of <code>{esc(o['target'])}</code>: "
                     f"{esc(o['review'])}</li>" for o in report.get("to_review", []))
    if review:
        out += ("<p>Carried over onto clusters that changed under this run (a name or a split "
                "over statements the curation never saw, a set-aside cluster that took some in): "
                "check that each still says what you meant:</p>"
                f"<ul>{review}</ul>")
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
    cluster of up to `cluster_map.MAP_SAMPLE` points and a seeded sample of as many of a larger
    one (the outliers likewise), and says so; a card lists its first `cluster_map.MAX_LISTED`
    members, the outliers' list its first as many outliers."""
    notes = notes or {}
    colour = {c.id: colour_for(i) for i, c in enumerate(clusters)}
    label = {c.id: c.label for c in clusters}
    quality = meta.get("quality") or {}
    params = meta.get("params") or {}
    t = cm.tally(points())
    g = cm.gather(points(), t, clusters)
    unit = params.get("unit", "statements")
    svg, blob = cm.draw_map(g, t, colour, label, docs)
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
               f"every member of a cluster of up to {cm.MAP_SAMPLE}, and a seeded sample of "
               f"{cm.MAP_SAMPLE} of each larger cluster (and of the outliers, when there are "
               "more); "
               "the counts and the cards cover them all.</p>")
    yield _unread_note(docs, t.doc_ids)
    legend = "".join(
        f'<a href="#{esc(c.id)}" data-c="{esc(c.id)}"><span class="sw" style="background:'
        f'{colour[c.id]}"></span>{esc(cm.short(c.label, 42))} ({c.size})</a>'
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
        items = "".join(f"<li>{esc(p.item_id)}: {esc(cm.short(p.text, 140))}</li>"
                        for p in g.outliers)
        more = (f" (the first {len(g.outliers)} by id)" if t.n_out > len(g.outliers) else "")
        yield (f"<h2>Outliers</h2><p class=\"muted\">{t.n_out} {esc(unit)} fit no "
               "cluster (use <code>corpus-tool cluster --assign-outliers</code> to put each "
               f"in its nearest cluster).</p><details><summary>List them{more}</summary>"
               f"<ul>{items}</ul></details>")
    yield after.replace("</body>", SCRIPT + "</body>")


def _unread_note(docs: dict[str, Document], clustered: Iterable[str]) -> str:
    """A note naming the documents left out because the statements stage does not read their
    language (so that an absent instrument is not taken for one with nothing to say)."""
    seen = set(clustered)
    by_lang: dict[str, list[str]] = {}
    for d in sorted(docs.values(), key=lambda d: d.id):
        if d.id not in seen and unread(d.language):
            by_lang.setdefault(d.language, []).append(d.id)
    if not by_lang:
        return ""
    parts = "; ".join(f"{esc(language_name(lang))}: " + ", ".join(f"<code>{esc(i)}</code>"
                                                                  for i in ids)
                      for lang, ids in sorted(by_lang.items()))
    n = sum(len(ids) for ids in by_lang.values())
    return (f'<p class="muted">Not in these clusters: {n} document(s) in a language the '
            f"statements stage does not read ({parts}). Their passages can be searched and "
            "coded, but they yield no statements to cluster.</p>")


def _card(c: Cluster, per_doc: Counter, g: cm.Gathered, docs: dict[str, Document],
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
        quotes.append(f"<blockquote>{esc(cm.short(p.text, 300))}"
                      f"{_cite(p.doc_id, p.locator, p.page, p.item_id, docs)}</blockquote>")
    assigned = set(c.assigned)
    members = "".join(
        f"<li>{esc(m)}{' <span class=muted>(assigned)</span>' if m in assigned else ''}"
        f"{(': ' + esc(g.texts[m])) if m in g.texts else ''}</li>"
        for m in c.members[:cm.MAX_LISTED])
    summary = f"All {c.size} members"
    if len(c.members) > cm.MAX_LISTED:
        summary = f"The first {cm.MAX_LISTED} of {c.size} members"
        members += (f"<li class=\"muted\">… and {len(c.members) - cm.MAX_LISTED} more "
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


def write_cluster_report(project: Project, path: Path | None = None, *,
                         index_link: bool | None = None) -> Path:
    """Render the last clustering in the index to build/report/clusters.html (atomically),
    written in pieces as it is made, the points read from the index twice as a stream.
    `index_link`: link the report's front page (None: when it exists; a build, which writes it
    last, says True, so that a clean build and a later one write the same page)."""
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
        if index_link is None:
            index_link = (out.parent / "index.html").is_file()
        nav = [("Report index", "index.html")] if index_link else None
        chunks = cluster_report_chunks(clusters, lambda: iter_points(conn), meta, docs, nav=nav,
                                       curation=carry, notes=notes)
        atomic_write_chunks(out, (c.encode("utf-8") for c in chunks))
    finally:
        conn.close()
    return out
