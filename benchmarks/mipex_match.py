"""How far drafted indicators reach an index's own indicator titles (MIPEX strands), two ways.

- `as_specified`: the issue's measure. Every indicator and sub-indicator row of the strand
  (duplicates included) is compared with every draft's title + question (MiniLM cosine); a row is
  matched when its best draft reaches `MATCH_MIN`.
- `fair`: the same threshold, with three things the first measure gets wrong put right:
  1. a MIPEX title is 2–6 words; a draft's title + question is 15–40, and the question's frame
     ("Does the law provide for … for migrant workers and their families?") dilutes the cosine.
     A draft matches by its title or by its title + question, whichever is nearer;
  2. some rows are categories, not provisions: a row whose code heads other rows of the file
     (`gb` "Fields of applications" over `gb123`–`gb126`) is left out (its children are
     counted), and a title listed under two codes (`gc` and `gc_new` "Enforcement mechanisms")
     is counted once;
  3. a category-level title ("Enforcement mechanisms", "Economic integration measures of TCNs")
     is what a group of drafts shares, not what one draft says: a row may also be matched by
     the shared theme of one area's drafts (the normalised mean of their title embeddings).
  Rows the coding itself does not speak of stay in the denominator; `coverable` says how many
  rows the coders' own indicator ids reach (their words as titles), the ceiling of any drafting
  that keeps the coders' groups.

Data: `benchmarks/data/mipex_titles.csv` (Migration Policy Group and CIDOB, MIPEX 2020;
validation only).
"""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

MIPEX = Path(__file__).resolve().parent / "data" / "mipex_titles.csv"
MATCH_MIN = 0.6


def strand_rows(strand: str) -> list[dict]:
    with open(MIPEX, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f)
                if r["strand_name"] == strand and r["level"] != "strand"]


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=-1, keepdims=True)
    n[n == 0] = 1.0
    return m / n


def fair_rows(rows: list[dict]) -> list[dict]:
    """The rows the fair measure counts: no category heading other rows, each title once."""
    codes = [r["code"] for r in rows]
    out, seen = [], set()
    for r in rows:
        heads = any(c != r["code"] and c.startswith(r["code"]) for c in codes)
        if heads or r["title"].lower() in seen:
            continue
        seen.add(r["title"].lower())
        out.append(r)
    return out


def as_specified(fw, strand: str, embed) -> tuple[float, list[tuple[str, str, float]]]:
    rows = strand_rows(strand)
    inds = fw.indicators()
    sims = embed([r["title"] for r in rows]) @ embed([f"{i.title} {i.question}"
                                                      for i in inds]).T
    best = [(r["title"], inds[int(s.argmax())].title, round(float(s.max()), 3))
            for r, s in zip(rows, sims)]
    return round(sum(x[2] >= MATCH_MIN for x in best) / max(1, len(best)), 3), best


def fair(fw, strand: str, embed, ceiling_texts: list[str] | None = None) -> dict:
    """The fair measure (see the module doc), with each row's best match and how it was made."""
    rows = fair_rows(strand_rows(strand))
    inds = fw.indicators()
    m = embed([r["title"] for r in rows])
    t = embed([i.title for i in inds])
    tq = embed([f"{i.title} {i.question}" for i in inds])
    themes, theme_names = [], []
    for a in fw.areas:
        ix = [inds.index(i) for i in a.indicators]
        if ix:
            themes.append(_unit(t[ix].mean(axis=0)))
            theme_names.append(f"area {a.id} ({len(ix)} drafts)")
    ways = {"title": (m @ t.T, [i.title for i in inds]),
            "title + question": (m @ tq.T, [i.title for i in inds]),
            "area theme": (m @ np.stack(themes).T, theme_names)}
    matches, by_way = [], {w: 0 for w in ways}
    for k, r in enumerate(rows):
        best = max(((float(s[k].max()), w, names[int(s[k].argmax())])
                    for w, (s, names) in ways.items()), key=lambda x: x[0])
        for w, (s, _) in ways.items():
            by_way[w] += float(s[k].max()) >= MATCH_MIN
        matches.append({"code": r["code"], "title": r["title"], "cosine": round(best[0], 3),
                        "by": best[1], "draft": best[2]})
    out = {"rows": len(rows),
           "matched": round(sum(x["cosine"] >= MATCH_MIN for x in matches) / max(1, len(rows)), 3),
           "matched_by": {w: round(n / max(1, len(rows)), 3) for w, n in by_way.items()},
           "matches": matches}
    if ceiling_texts:
        c = m @ embed(ceiling_texts).T
        covered = [bool(c[k].max() >= MATCH_MIN) for k in range(len(rows))]
        out["coverable"] = sum(covered)
        out["matched_of_coverable"] = round(
            sum(x["cosine"] >= MATCH_MIN for x, cov in zip(matches, covered) if cov)
            / max(1, sum(covered)), 3)
    return out


READER = MIPEX.with_name("mipex_reader_matches.csv")


def by_reader(fw, project: str, path: Path = READER) -> dict | None:
    """The fair rows matched in meaning by a blind reader (`data/mipex_reader_matches.csv`:
    for each row, `match`, `partial` or `none`, and the drafts, by indicator id and title,
    that matched it), counted on today's drafts: a `match` counts while every draft it names is
    still drafted with the same title, else the row is `stale` (to be judged again). None when
    the project's rows were never judged."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["project"] == project]
    if not rows:
        return None
    today = {(i.id, i.title) for i in fw.indicators()}
    counts = {"match": 0, "partial": 0, "none": 0, "stale": 0}
    for r in rows:
        pairs = list(zip(r["indicators"].split(), r["indicator_titles"].split(" | ")))
        if r["verdict"] != "none" and not all(p in today for p in pairs):
            counts["stale"] += 1
        else:
            counts[r["verdict"]] += 1
    return {"rows": len(rows), **counts,
            "matched": round(counts["match"] / len(rows), 3)}
