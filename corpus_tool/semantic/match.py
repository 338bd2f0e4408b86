"""Finding a curated cluster again in a new clustering run: the rule that decides whether a
curation is carried over.

A curated cluster remembers the run clusters it was made of (`parts`, as member lists); what
it still stands for is those members less what the researcher moved out since (split off into
another curated cluster, or pinned to one: `own_statements`). What it holds, for this rule, is
that, the statements it lists (a split-off cluster) and those pinned to it: `held_statements`.

Each part is looked for in the run, in this order:

1. Overlap. Parts and run clusters are assigned one to one with the Hungarian method
   (`scipy.optimize.linear_sum_assignment`) on their Jaccard overlap; an overlap of at least
   `JACCARD_MIN` (0.5) decides on its own.
2. Meaning, where overlap cannot decide (the part's statements spread over two clusters, or a
   cluster that grew beyond it). A run cluster holding at least `SHARE_MIN` (25 %) of the
   part's statements is a candidate. The part is carried onto the best candidate when it holds
   a majority (`MAJORITY`, 50 %) of them and no second candidate holds `SECOND_MAX` (34 %) or
   more, unless the cosine between the part's centroid and the candidates' prefers the first by
   `COS_MARGIN` (0.05); a lone candidate with less than a majority carries it with at least
   `LONE_MIN` (40 %) of its statements and a centroid cosine of `COS_MIN` (0.7).
3. And, whichever way it was found, the run cluster must still be recognisably the same group:
   what the curated cluster holds must be at least `CONTAIN_MIN` (25 %) of the run cluster's
   statements (those it would hold after the researcher's moves). A run cluster that took in
   all of a researcher's statements and four times as many others (new documents' statements or
   other clusters') is another group that happens to contain them; the curation is not carried
   onto it, and the report says where its statements went and what share of that cluster they
   are. An overlap of 0.5 implies 50 %, so the bar only ever stops a match by meaning.

Why 25 %: on the cases at hand, every part the meaning step carried onto the same requirement
made up 42 % or more of its run cluster (curation tests on the reference corpus: 0.42 and 0.51
after ten documents were added, 0.42 and 0.94 after a change of backend), and every one carried
onto a catch-all 11 % or less (trial 24: an 18-statement cluster renamed "Accessibility of
federal electronic and information technology" matched, at cosine 0.82, a new 234-statement
cluster of which it was 8 %, 8 statements of the added report and 208 of other clusters, and
its label then named a draft indicator sourced from "Children with disabilities shall be
registered immediately after birth"; with the tf-idf backend two renamed clusters of 21 and 34
statements landed in clusters of 140 and 212, 11 % and 9 %). 25 % sits between the two, and
lets a curated cluster up to quadruple as a corpus grows.

What still cannot be carried is reported with the reason and marked `unresolved` in the file,
never dropped (`carry`): a part whose members scattered, a cluster that split, one swallowed by
a larger group, two curated clusters that the run put together.
"""
from __future__ import annotations

import numpy as np

from corpus_tool.semantic.curation import CuratedCluster, Curation
from corpus_tool.semantic.group import normalise

JACCARD_MIN = 0.5      # overlap that decides on its own
SHARE_MIN = 0.25       # a run cluster holding this share of a part's statements is a candidate
MAJORITY = 0.5         # ... and this share, with the meaning agreeing, carries the part
SECOND_MAX = 0.34      # a second candidate above this share makes it a split, unless meaning
COS_MARGIN = 0.05      # ... prefers the first by this margin
LONE_MIN = 0.4         # a lone candidate below the majority share carries with this share ...
COS_MIN = 0.7          # ... and a centroid this similar
CONTAIN_MIN = 0.25     # what the curated cluster holds is at least this share of the run cluster


def _centroid(x: np.ndarray, rows: list[int]) -> np.ndarray:
    return normalise(x[rows].mean(axis=0, keepdims=True))[0]


def pct(a: float) -> str:
    return f"{round(100 * a)}%"


def own_statements(cur: Curation, ci: int, pi: int) -> set[str]:
    """The statements part `pi` of curated cluster `ci` still stands for: the run cluster's
    members it was made of, less those the researcher moved out since (split off into another
    curated cluster, or pinned to one). A split leaves the part as it was; what stayed is what
    a re-run must find again, not the statements that left with the split."""
    return set(cur.clusters[ci].parts[pi]) - moved_out(cur, cur.clusters[ci])


def held_statements(cur: Curation, ci: int) -> set[str]:
    """The statements the curation holds in curated cluster `ci`: what its parts still stand
    for, the statements it lists (split off into it) and those pinned to it. The researcher saw
    these in it when curating; a statement a later run adds to it is not among them."""
    c = cur.clusters[ci]
    own = set().union(*(own_statements(cur, ci, pi) for pi in range(len(c.parts))))
    return own | set(c.statements) | {p.statement for p in cur.pins if p.cluster == c.id}


def moved_out(cur: Curation, c: CuratedCluster) -> set[str]:
    """The statements the curation puts in a curated cluster other than `c`: listed by one
    (split off) or pinned to one."""
    gone = {s for other in cur.clusters if other is not c for s in other.statements}
    return gone | {p.statement for p in cur.pins if p.cluster != c.id}


def match_parts(cur: Curation, raw: dict[str, set[str]], alive: set[str], x: np.ndarray,
                row_of: dict[str, int]
                ) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """(part → run cluster id with how, part → reason not found) for every part of every
    curated cluster; part = (cluster index, part index). `raw`: the run's clusters (id →
    members), `alive`: the statements of the run, `x` their vectors (row `row_of[id]`)."""
    cols = sorted(raw)
    gone = [moved_out(cur, c) for c in cur.clusters]
    held = [held_statements(cur, ci) & alive for ci in range(len(cur.clusters))]
    rows = [(ci, pi, (set(p) - gone[ci]) & alive) for ci, c in enumerate(cur.clusters)
            for pi, p in enumerate(c.parts)]
    found: dict[tuple[int, int], str] = {}
    how: dict[tuple[int, int], str] = {}
    lost: dict[tuple[int, int], str] = {}
    if not rows:
        return found, lost
    jac = np.zeros((len(rows), len(cols)))
    for r, (ci, _, s) in enumerate(rows):
        for k, col in enumerate(cols):
            inter = len(s & raw[col])
            if inter:       # against what the run cluster would hold for it after the moves
                jac[r, k] = inter / len(s | (raw[col] - gone[ci]))
    owner: dict[str, int] = {}
    if cols:
        from scipy.optimize import linear_sum_assignment   # where used: commands start faster
        for r, k in zip(*linear_sum_assignment(jac, maximize=True)):
            if jac[r, k] >= JACCARD_MIN:
                ci, pi, _ = rows[r]
                found[(ci, pi)] = cols[k]
                how[(ci, pi)] = f"overlap {jac[r, k]:.2f}"
                owner[cols[k]] = ci
    cents = {}
    for r, (ci, pi, s) in enumerate(rows):
        if (ci, pi) in found:
            continue
        n_all = len(set(cur.clusters[ci].parts[pi]) - gone[ci])
        if not s:
            lost[(ci, pi)] = (f"none of its {n_all} statements is clustered any more (gone "
                              "from the corpus, or no longer read as requiring anything)")
            continue
        share = {col: len(s & raw[col]) / len(s) for col in cols}
        cands = sorted((col for col in cols if share[col] >= SHARE_MIN),
                       key=lambda col: (-share[col], col))
        if not cands:
            top = max(share.values(), default=0.0)
            lost[(ci, pi)] = (f"its {len(s)} statements scattered (no run cluster holds more "
                              f"than {pct(top)} of them)" if top else
                              f"none of its {len(s)} statements is in a cluster of this run")
            continue
        taken = [col for col in cands if owner.get(col, ci) != ci]
        free = [col for col in cands if col not in taken]
        if not free:
            other = cur.clusters[owner[taken[0]]].id
            lost[(ci, pi)] = (f"the run put its statements together with curated cluster {other} "
                              f"(in {taken[0]}): merge the two to keep both")
            continue
        v = _centroid(x, [row_of[i] for i in sorted(s)])
        for col in free:
            if col not in cents:
                cents[col] = _centroid(x, [row_of[i] for i in sorted(raw[col])])
        cos = {col: float(v @ cents[col]) for col in free}
        best = max(free, key=lambda col: (share[col] >= MAJORITY, cos[col], col))
        others = [col for col in free if col != best]
        second = max((share[o] for o in others), default=0.0)
        margin = cos[best] - max((cos[o] for o in others), default=-1.0)
        if share[best] >= MAJORITY and (second < SECOND_MAX or margin >= COS_MARGIN):
            ok = True
        else:
            ok = share[best] >= LONE_MIN and second < SHARE_MIN and cos[best] >= COS_MIN
        whole = raw[best] - gone[ci]           # what the run cluster would hold after the moves
        contain = len(held[ci] & whole) / len(whole)
        if ok and contain < CONTAIN_MIN:
            lost[(ci, pi)] = (f"{len(s & raw[best])} of its {len(s)} statements went into "
                              f"{best}, a run cluster of {len(whole)} statements, "
                              f"{len(whole - held[ci])} of them ones it never held: at "
                              f"{pct(contain)} of it (less than {pct(CONTAIN_MIN)}) it is not "
                              f"the same group (cosine {cos[best]:.2f})")
        elif ok:
            found[(ci, pi)] = best
            how[(ci, pi)] = f"meaning: cosine {cos[best]:.2f}, {pct(share[best])} of its statements"
            owner.setdefault(best, ci)
        elif len(free) >= 2:
            lost[(ci, pi)] = "it split: " + ", ".join(f"{pct(share[col])} in {col}"
                                                      for col in free)
        else:
            lost[(ci, pi)] = (f"its statements scattered ({pct(share[best])} in {best}, "
                              f"cosine {cos[best]:.2f})")
    return {k: f"{found[k]}\t{how[k]}" for k in found}, lost
