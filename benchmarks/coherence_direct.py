"""Does a cluster hold one requirement or several? Readers asked directly (issue 16, session 15).

`benchmarks/coherence_judged.py` read "mixed" out of the reasons readers gave for rejecting a
label; no coherence score separated those clusters on held-out verdicts. Here two blind readers
per sheet were asked the question itself: for each of 40 clusters, shown up to eight of its
statements drawn at random, `one` requirement, `several`, or `noise`
(`data/cluster_coherence_direct.csv`, one row per cluster and reader; README, 'Coherence,
asked directly'). Seven sheets, each drawn at random from the reference build's clusters:

- `dev`: the default clustering (MiniLM sentences, threshold 0.6; 123 clusters); the candidate
  and its threshold for a flag were chosen on it (`PREREGISTERED`) before `held-out` was judged;
- `held-out`: 40 other clusters of the same clustering;
- `finer-0.45`: 40 clusters of a finer clustering (threshold 0.45; 353 clusters);
- `split-mixed`: the default with `--split-mixed` (169 clusters);
- `on-requirement`: the default on the requirement text, `--on requirement` (141 clusters);
- `on-requirement-0.35`: on the requirement text at threshold 0.35 (352 clusters, which hold
  1,834 of the 3,363 statements).
- `on-core-0.4` (session 16): on the requirement's core, its aim and object in a few words, at
  threshold 0.4 (353 clusters holding 1,839 of the 3,363 statements; helper branch c16, not
  landed: README).

A cluster counts as mixed when either reader says `several`; clusters either reader calls noise
are left out. Figures: agreement and Cohen's kappa of the two readers, the mixed share, and each
candidate's ROC-AUC (`coherence_judged.CANDIDATES`) on the clusters' full membership.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

DIRECT = Path(__file__).resolve().parent / "data" / "cluster_coherence_direct.csv"
VERDICTS = ("one", "several", "noise")
# chosen on `dev` before `held-out` was judged: the candidate, its orientation and the threshold
# of best Youden's J on dev
PREREGISTERED = {"candidate": "cohesion_requirement", "flag": "<=", "threshold": 0.7886}


def read_direct(path: Path = DIRECT) -> dict[tuple[str, int], dict]:
    """(sheet, n) → {cluster_id, threshold, members, verdicts: {reader: verdict}}."""
    out: dict[tuple[str, int], dict] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for line, r in enumerate(csv.DictReader(f), start=2):
            if r["verdict"] not in VERDICTS:
                raise ValueError(f"{path}:{line}: verdict {r['verdict']!r}; use one of "
                                 + ", ".join(VERDICTS))
            c = out.setdefault((r["sheet"], int(r["n"])), {
                "cluster_id": r["cluster_id"], "threshold": float(r["threshold"]),
                "members": r["members"].split(";"), "verdicts": {}})
            c["verdicts"][r["reader"]] = r["verdict"]
    return out


def agreement(clusters: dict) -> dict:
    """Per sheet: clusters, exact agreement and Cohen's kappa of its two readers, the mixed
    share among the clusters no reader calls noise."""
    by_sheet: dict[str, list[dict]] = defaultdict(list)
    for (sheet, _), c in sorted(clusters.items()):
        by_sheet[sheet].append(c)
    out = {}
    for sheet, cs in by_sheet.items():
        pairs = [tuple(v for _, v in sorted(c["verdicts"].items())) for c in cs]
        n = len(pairs)
        po = sum(a == b for a, b in pairs) / n
        pe = sum((sum(a == v for a, _ in pairs) / n) * (sum(b == v for _, b in pairs) / n)
                 for v in VERDICTS)
        judged = [c for c in cs if "noise" not in c["verdicts"].values()]
        mixed = sum(is_mixed(c) for c in judged)
        out[sheet] = {"clusters": n, "agree": round(po, 3),
                      "kappa": round((po - pe) / (1 - pe), 3) if pe < 1 else 1.0,
                      "judged": len(judged), "mixed": mixed,
                      "mixed_share": round(mixed / len(judged), 3) if judged else None}
    return out


def is_mixed(cluster: dict) -> bool:
    return "several" in cluster["verdicts"].values()


def auc_by_sheet(clusters: dict, scores: dict[tuple[str, int], dict[str, float]]) -> dict:
    """Per sheet: each candidate's ROC-AUC (oriented as `coherence_judged.CANDIDATES`) on the
    clusters no reader calls noise; and the pre-registered flag's precision and recall."""
    from sklearn.metrics import roc_auc_score
    from benchmarks.coherence_judged import CANDIDATES
    out: dict = {}
    sheets = sorted({s for s, _ in clusters})
    for sheet in sheets:
        keys = [k for k in sorted(clusters) if k[0] == sheet and k in scores
                and "noise" not in clusters[k]["verdicts"].values()]
        y = [is_mixed(clusters[k]) for k in keys]
        res: dict = {"clusters": len(keys), "mixed": sum(y), "auc": {}}
        if len(set(y)) == 2:
            res["auc"] = {c: round(float(roc_auc_score(y, [s * scores[k][c] for k in keys])), 3)
                          for c, s in CANDIDATES.items()}
        cand, thr = PREREGISTERED["candidate"], PREREGISTERED["threshold"]
        flagged = [m for k, m in zip(keys, y) if scores[k][cand] <= thr]
        res["flag"] = {"flagged": len(flagged), "precision": round(sum(flagged) / len(flagged), 3)
                       if flagged else None,
                       "recall": round(sum(flagged) / sum(y), 3) if sum(y) else None}
        out[sheet] = res
    return out


def direct_scores(clusters: dict, project, items) -> dict[tuple[str, int], dict[str, float]]:
    """The candidates of every judged cluster whose statements are all in `items` (the
    reference build the sheets were drawn from), on its full membership."""
    from benchmarks.coherence_judged import candidate_scores
    from corpus_tool.semantic.backends import get_embedder
    from corpus_tool.semantic.cluster import run_vectors
    emb = get_embedder("minilm")
    xs = run_vectors(project, items, emb, center=False, on="sentence")
    xr = run_vectors(project, items, emb, center=False, on="requirement")
    known = {it.id for it in items}
    return {k: candidate_scores(items, xs, xr, c["members"]) for k, c in clusters.items()
            if set(c["members"]) <= known}


def print_direct(agree: dict, aucs: dict) -> None:
    print("coherence, asked directly (two blind readers per sheet; data/cluster_coherence_direct"
          ".csv): mixed = either reader says several, noise left out")
    for sheet, a in agree.items():
        f = aucs.get(sheet, {})
        print(f"  {sheet}: {a['clusters']} clusters, readers agree {a['agree']:.0%} (kappa "
              f"{a['kappa']:.2f}); mixed {a['mixed']}/{a['judged']} ({a['mixed_share']:.0%})")
        if f.get("auc"):
            best = sorted(f["auc"].items(), key=lambda kv: -kv[1])[:3]
            print("    AUC " + ", ".join(f"{c} {v:.2f}" for c, v in best)
                  + f"; pre-registered flag ({PREREGISTERED['candidate']} "
                  f"{PREREGISTERED['flag']} {PREREGISTERED['threshold']}): flags "
                  f"{f['flag']['flagged']}, precision {f['flag']['precision']}, "
                  f"recall {f['flag']['recall']}")
