"""Which judged clusters mix requirements, read from the readers' verdicts (issue 16, h16o).

The rule, written down before any coherence score was computed (benchmarks/data/README.md,
`coherence`):

- Every verdict of a judged cluster counts: each row of `cluster_label_judgments.csv` naming the
  cluster (its project and id), each of its three verdicts (`before`, `first_pass`, `after`),
  except a verdict whose reason speaks of a successor ('successor c-…': it judges another
  cluster's label).
- A verdict says **mix** when its reason says the cluster mixes things or holds unrelated ones
  ('mix', 'two requirements', 'unrelated', 'noise'); it says **part** when its reason says the
  label names one part or one member of the cluster ('narrower than the cluster', 'one part',
  'a part', 'one member', 'members of a', 'half of', 'one list item', 'one of the themes');
  it says **one** when it is accepted, or when the reason says what the one thing the cluster
  is ('; the cluster is …', not followed by a mix) or faults only the label's shape ('cut',
  'list of terms', 'terms joined', 'one word', 'not a noun phrase', 'clause', 'verb',
  'fragment', 'run together', 'nominalisation', 'misspelt', 'quote', 'sentence').
- A cluster is **mixed** when any verdict says mix; otherwise **coherent** when any says one
  (an accepted label shows a reader saw one requirement); otherwise mixed when any says part;
  otherwise it is left out (rejected for naming a body, a subject, being vague…: nothing about
  what the cluster holds).
- Development and held-out parts follow the `half` column of the cluster's first row (its
  draw's half).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

JUDGMENTS = Path(__file__).resolve().parent / "data" / "cluster_label_judgments.csv"
COLUMNS = ("before", "first_pass", "after")
MIX = re.compile(r"mix|two requirements|unrelated|noise")
PART = re.compile(r"narrower than the cluster|one part|\ba part\b|one member|members of a|"
                  r"half of|one list item|one of the themes")
SHAPE = re.compile(r"\bcut\b|list of terms|terms joined|one word|not a noun phrase|clause|"
                   r"\bverb\b|fragment|run together|nominalisation|misspelt|quote|sentence")
ONE = re.compile(r"; the cluster is ")


def verdict(acceptable: str, reason: str) -> str | None:
    """'mix', 'part', 'one' or None for one verdict (see the module)."""
    r = reason.lower()
    if "successor c-" in r or not acceptable:
        return None
    if MIX.search(r):
        return "mix"
    if acceptable == "yes":
        return "one"
    if PART.search(r):
        return "part"
    if ONE.search(r) or SHAPE.search(r):
        return "one"
    return None


# draws judged after this study was fixed (session 37): left out, so that its figures stay the
# ones its candidates and threshold were chosen and held out on
LATER_DRAWS = frozenset({"r37", "e1637", "r37-again"})


def judged_clusters(path: Path = JUDGMENTS) -> dict[tuple[str, str], dict]:
    """(project, cluster id) → {'mixed': bool, 'half': 'dev'|'held-out', 'verdicts': [...]} for
    every judged cluster the rule decides (of the draws the study read: not `LATER_DRAWS`)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["sample"] not in LATER_DRAWS]
    seen: dict[tuple[str, str], dict] = {}
    for r in rows:
        key = (r.get("project") or "reference", r["cluster_id"])
        rec = seen.setdefault(key, {"half": r["half"], "verdicts": []})
        for col in COLUMNS:
            v = verdict(r[f"acceptable_{col}"], r[f"reason_{col}"])
            if v:
                rec["verdicts"].append(v)
    out = {}
    for key, rec in seen.items():
        vs = rec["verdicts"]
        mixed = True if "mix" in vs else False if "one" in vs else True if "part" in vs else None
        if mixed is not None:
            out[key] = {"mixed": mixed, "half": rec["half"], "verdicts": vs}
    return out


# --- the candidates, computed on today's clusterings of the judged projects -----------------

# each candidate's direction, fixed before it was measured: +1 when a higher value should mean
# "mixes requirements", -1 when a lower one should
CANDIDATES = {"size": 1, "cohesion_sentence": -1, "cohesion_requirement": -1,
              "split_sentence": 1, "split_requirement": 1, "head_share": -1,
              "instrument_share": 1,
              # added after the first seven lost (development AUC ≤ 0.57, held-out ≤ 0.56);
              # wording_gap had been computed by hand on both parts (0.57, 0.56) first
              "wording_gap": 1, "isolated_requirement": 1, "isolated_sentence": 1}


def candidate_scores(items, xs, xr, members: list[str]) -> dict[str, float]:
    """Every candidate for one cluster: `xs`/`xr` the sentence/requirement vectors of `items`
    (rows in item order), `members` its statement ids."""
    from benchmarks import coherence_scores as co
    row = {it.id: i for i, it in enumerate(items)}
    idx = [row[m] for m in members if m in row]
    its = [items[i] for i in idx]
    return {"size": float(len(idx)),
            "cohesion_sentence": co.centroid_cohesion(xs[idx]),
            "cohesion_requirement": co.centroid_cohesion(xr[idx]),
            "split_sentence": co.split_silhouette(xs[idx]),
            "split_requirement": co.split_silhouette(xr[idx]),
            "head_share": co.head_share([it.object for it in its]),
            "instrument_share": co.instrument_share([it.doc_id for it in its]),
            "wording_gap": co.wording_gap(xs[idx], xr[idx]),
            "isolated_requirement": co.isolated_share(xr[idx]),
            "isolated_sentence": co.isolated_share(xs[idx])}


def today_clusterings(studies) -> list[tuple]:
    """`studies`: (project name, Project, items). Each project's default clustering and its `--on
    requirement` one, computed now: (name, Project, items, {cluster id: members})."""
    from corpus_tool.semantic.backends import get_embedder
    from corpus_tool.semantic.cluster import cluster_items, run_vectors
    from corpus_tool.semantic.items import by_id
    out = []
    for name, project, items in studies:
        items = by_id(items)
        for on in ("sentence", "requirement"):
            x = run_vectors(project, items, get_embedder("minilm"), center=False, on=on)
            r = cluster_items(items, project=project, on=on, vectors=x)
            out.append((name, project, items, {c.id: list(c.members) for c in r.clusters}))
    return out


def stored_clusterings(folder: Path) -> list[tuple]:
    """The clusterings of earlier commits, remade by `scripts/coherence_old_clusterings.sh`
    into `folder`: one `<commit>_<project>_<on>.json` each ({"db": its index, "clusters": {id:
    members}}), read with the statements of that index."""
    from corpus_tool.project import Project
    from corpus_tool.semantic.items import by_id, statement_items
    from corpus_tool.store import db as store
    import json
    out = []
    for f in sorted(folder.glob("*_*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        db = Path(d["db"])
        name = f.stem.split("_", 1)[1].rsplit("_", 1)[0].removeprefix("examples_")
        conn = store.connect(db)
        try:
            items = by_id(statement_items(conn))
        finally:
            conn.close()
        out.append((name, Project(db.parent.parent), items, d["clusters"]))
    return out


def scored_clusters(clusterings) -> list[dict]:
    """The judged clusters found (by id, so with the members they were judged with) in
    `clusterings` ((project name, Project, items, {id: members}), the first holding a cluster
    counts), with their verdict, half and candidate scores."""
    from corpus_tool.semantic.backends import get_embedder
    from corpus_tool.semantic.cluster import run_vectors
    judged = judged_clusters()
    out, seen = [], set()
    for name, project, items, clusters in clusterings:
        todo = [(cid, m) for cid, m in sorted(clusters.items())
                if (name, cid) in judged and (name, cid) not in seen]
        if not todo:
            continue
        emb = get_embedder("minilm")
        xs = run_vectors(project, items, emb, center=False, on="sentence")
        xr = run_vectors(project, items, emb, center=False, on="requirement")
        for cid, members in todo:
            seen.add((name, cid))
            out.append({"project": name, "cluster_id": cid, "source": str(project.root),
                        **judged[(name, cid)], **candidate_scores(items, xs, xr, members)})
    return out


def evaluate(rows: list[dict]) -> dict:
    """ROC-AUC of every candidate (oriented as `CANDIDATES`) on the development and held-out
    parts; the candidate with the best development AUC, its threshold (the one of best F1 on
    development) and precision/recall of "flagged as mixed" on both parts."""
    from sklearn.metrics import roc_auc_score
    parts = {h: [r for r in rows if r["half"] == h] for h in ("dev", "held-out")}
    res: dict = {"n": {h: len(rs) for h, rs in parts.items()},
                 "mixed": {h: sum(r["mixed"] for r in rs) for h, rs in parts.items()},
                 "auc": {}}
    for cand, sign in CANDIDATES.items():
        res["auc"][cand] = {h: round(float(roc_auc_score([r["mixed"] for r in rs],
                                                          [sign * r[cand] for r in rs])), 3)
                            if len({r["mixed"] for r in rs}) == 2 else None
                            for h, rs in parts.items()}
    best = max(CANDIDATES, key=lambda c: res["auc"][c]["dev"] or 0)
    sign = CANDIDATES[best]
    dev = parts["dev"]
    cuts = sorted({sign * r[best] for r in dev})
    thr = max(cuts, key=lambda t: _f1(dev, best, sign, t))
    res["chosen"] = {"candidate": best, "threshold": round(sign * thr, 4),
                     "flag": ("≥" if sign > 0 else "≤"),
                     **{h: _pr(rs, best, sign, thr) for h, rs in parts.items()}}
    return res


def _pr(rows, cand, sign, thr) -> dict:
    flagged = [r for r in rows if sign * r[cand] >= thr]
    tp = sum(r["mixed"] for r in flagged)
    mixed = sum(r["mixed"] for r in rows)
    return {"flagged": len(flagged), "precision": round(tp / len(flagged), 3) if flagged else None,
            "recall": round(tp / mixed, 3) if mixed else None}


def _f1(rows, cand, sign, thr) -> float:
    pr = _pr(rows, cand, sign, thr)
    p, r = pr["precision"] or 0, pr["recall"] or 0
    return 2 * p * r / (p + r) if p + r else 0.0


def print_figures(res: dict) -> None:
    """The figures of `evaluate` as a table."""
    n, m = res["n"], res["mixed"]
    print("coherence: judged clusters found in the clusterings scored, mixed by the readers' "
          f"verdicts: development {m['dev']}/{n['dev']}, held-out {m['held-out']}/{n['held-out']}")
    print(f"  {'candidate (ROC-AUC)':28s}{'development':>13s}{'held-out':>11s}")
    for cand, auc in res["auc"].items():
        print(f"  {cand:28s}" + "".join(f"{'-' if auc[h] is None else format(auc[h], '.3f'):>12s}"
                                        for h in ("dev", "held-out")))
    ch = res["chosen"]
    print(f"  chosen on development: {ch['candidate']} {ch['flag']} {ch['threshold']} flags "
          "'may mix requirements'")
    for h in ("dev", "held-out"):
        pr = ch[h]
        print(f"    {h:9s} flagged {pr['flagged']:3d}, precision {pr['precision']}, "
              f"recall {pr['recall']}")
