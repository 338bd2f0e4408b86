"""The map of build/report/clusters.html and the two passes over the stored points it rests
on: `tally` counts what the page needs of every point (no point kept), `gather` keeps only the
points the page shows (those the map draws — every point of a group up to `MAP_SAMPLE`, a
seeded sample of as many of a larger one — the representatives and the listed members), and
`draw_map` draws them as inline SVG. Bounded by the clusters and the caps, not by the number of
points."""
from __future__ import annotations

import json
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from corpus_tool.models import Cluster, Document
from corpus_tool.report.page import esc
from corpus_tool.semantic.describe import Point

W, H, PAD = 960, 560, 18
MAP_SAMPLE = 400     # the map draws a cluster above this many points as a seeded sample of as many
MAX_LISTED = 1000    # members listed on a card; outliers listed


def short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def source(doc_id: str, locator: str, page: int | None, docs: dict[str, Document]) -> str:
    d = docs.get(doc_id)
    name = d.title if d else doc_id
    year = f" ({d.year})" if d and d.year else ""
    parts = [f"{name}{year}"]
    if locator:
        parts.append(locator)
    if page:
        parts.append(f"p. {page}")
    return ", ".join(parts)


@dataclass
class Tally:
    """What the page needs of every point, counted in one pass (no point kept)."""
    n_items: int = 0
    n_out: int = 0                       # unassigned outliers (not excluded)
    n_excluded: int = 0
    doc_ids: set[str] = field(default_factory=set)
    bounds: tuple[float, float, float, float] | None = None     # x0, x1, y0, y1
    size: Counter = field(default_factory=Counter)              # group ('' = not clustered)
    per_doc: dict[str, Counter] = field(default_factory=dict)   # cluster → document → members


def tally(points: Iterable[Point]) -> Tally:
    t = Tally()
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


def sampled(t: Tally) -> dict[str, set[int]]:
    """Group ('' = the points in no cluster) → the places (in item-id order within the group)
    of the points the map draws, for each group above `MAP_SAMPLE` points: a sample of
    `MAP_SAMPLE` seeded by the group's id. Smaller groups are drawn whole."""
    return {g: set(random.Random("map:" + g).sample(range(n), MAP_SAMPLE))
            for g, n in t.size.items() if n > MAP_SAMPLE}


class MapSample:
    """Which points the map draws, decided point by point as they come in item-id order: every
    point of a group of up to `MAP_SAMPLE`, the seeded sample of a larger one (`sampled`)."""

    def __init__(self, t: Tally) -> None:
        self._sample = sampled(t)
        self._seen: Counter = Counter()

    def keeps(self, p: Point) -> bool:
        i = self._seen[p.cluster_id]
        self._seen[p.cluster_id] += 1
        chosen = self._sample.get(p.cluster_id)
        return chosen is None or i in chosen


@dataclass
class Gathered:
    """The points the page shows, from a second pass: those the map draws (in drawing order),
    where each cluster's label goes, the representatives, the listed members' and outliers'
    texts. All bounded by the clusters and the caps, not by the number of points."""
    drawn: list[Point]
    centres: dict[str, list[float]]      # cluster → [Σ x, Σ y, core points], in map pixels
    reps: dict[str, Point]
    texts: dict[str, str]                # listed member → its text, shortened
    outliers: list[Point]                # the first MAX_LISTED unassigned outliers by id


def gather(points: Iterable[Point], t: Tally, clusters: Sequence[Cluster]) -> Gathered:
    x0, x1, y0, y1 = t.bounds or (0.0, 0.0, 0.0, 0.0)
    sx = (W - 2 * PAD) / ((x1 - x0) or 1)
    sy = (H - 2 * PAD) / ((y1 - y0) or 1)
    sample = MapSample(t)
    rep_ids = {r for c in clusters for r in c.representatives}
    listed = {m for c in clusters for m in c.members[:MAX_LISTED]}
    out_first: list[Point] = []          # outliers drawn first, so clustered points lie on top
    rest: list[Point] = []
    g = Gathered([], {}, {}, {}, [])
    for p in points:
        if sample.keeps(p):
            (rest if p.cluster_id else out_first).append(p)
        if p.cluster_id and p.role == "core":
            acc = g.centres.setdefault(p.cluster_id, [0.0, 0.0, 0])
            acc[0] += PAD + (p.x - x0) * sx
            acc[1] += H - PAD - (p.y - y0) * sy
            acc[2] += 1
        if p.item_id in rep_ids:
            g.reps[p.item_id] = p
        if p.item_id in listed:
            g.texts[p.item_id] = short(p.text, 110)
        if not p.cluster_id and p.role != "excluded" and len(g.outliers) < MAX_LISTED:
            g.outliers.append(p)
    g.drawn = out_first + rest
    return g


def draw_map(g: Gathered, t: Tally, colour: dict[str, str], label: dict[str, str],
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
        data.append({"q": short(p.text, 320),
                     "s": source(p.doc_id, p.locator, p.page, docs) + " · " + p.item_id,
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
            words = short(label.get(c, "").split(", ")[0], 28)
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
