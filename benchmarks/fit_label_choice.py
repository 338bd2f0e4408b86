"""Fit the second opinion on cluster labels (`corpus_tool/semantic/label_choice.py`, issue 16) on
the judged labels of benchmarks/data/cluster_label_judgments.csv, and measure it on other draws.

    python -m benchmarks.fit_label_choice [--write]

Every label a reader judged (the columns `label_before`, `label_first_pass`, `label_after`) of a
cluster that the stored clustering of its project still holds (same id: same members) is one
example, read with the code on PYTHONPATH from `build/corpus.sqlite` of the reference project
and of the example projects (run `corpus-tool build` in each first; no clustering is run). The
split is by draw: the model is fitted on the reference draws (`TRAIN`), measured on `TEST`;
the held-out draws (`HELD_OUT`) are never read. `--write` puts the fitted coefficients into
label_choice.py (the thresholds stay as they are: they are set with
`scripts/relabel_judged.py` against the reference's accepted labels)."""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from corpus_tool.semantic import label_choice
from corpus_tool.semantic.describe import fallback_label
from corpus_tool.semantic.items import Item, statement_items
from corpus_tool.semantic.labels import label_signals

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "benchmarks" / "data" / "cluster_label_judgments.csv"
PROJECTS = {"reference": ROOT, "anti-discrimination": ROOT / "examples" / "anti-discrimination",
            "labour-market": ROOT / "examples" / "labour-market"}
TRAIN = ("r16", "r16-again", "r16-again2", "r161", "r161-again", "r1616", "r1617",
         "r1617-again")
TEST = ("e1618",)
HELD_OUT = ("e1619", "e1619-again", "e1620", "e1621", "h16j-again", "e1622", "h16k-again",
            "e1623", "h16l-again")
C = 1.0


def stored_clusters(project: Path) -> tuple[list[Item], list[tuple[str, str, list[str], list[int]]]]:
    """The items of a project's index and its stored clusters, largest first as `describe`
    orders them: (id, stored label, terms, member indexes nearest the centroid first)."""
    conn = sqlite3.connect(f"file:{project / 'build' / 'corpus.sqlite'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    items = statement_items(conn)
    index = {it.id: i for i, it in enumerate(items)}
    sims = {r[0]: r[1] for r in conn.execute("SELECT item_id, similarity FROM cluster_points")}
    clusters = []
    for r in conn.execute("SELECT id, label, terms, members FROM clusters"):
        nearest = sorted((index[m] for m in json.loads(r["members"])),
                         key=lambda i: (-round(float(sims[items[i].id]), 6), items[i].id))
        clusters.append((r["id"], r["label"], json.loads(r["terms"]), nearest))
    conn.close()
    clusters.sort(key=lambda c: (-len(c[3]), c[0]))
    return items, clusters


def relabel_inputs(project: Path):
    """What `requirement_labels` takes for a stored clustering, and the clusters."""
    items, clusters = stored_clusters(project)
    groups = [[items[i] for i in c[3]] for c in clusters]
    terms = [c[2] for c in clusters]
    return clusters, groups, terms, [fallback_label(c[2], items, c[3]) for c in clusters]


def examples(samples: tuple[str, ...]) -> list[tuple[str, str, str, str, int]]:
    """(project, cluster id, label, draw, accepted 0/1) of every judged label of those draws."""
    with open(JUDGMENTS, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["sample"] in samples]
    out = {}
    for r in rows:
        for col in ("before", "first_pass", "after"):
            label, ok = r[f"label_{col}"], r[f"acceptable_{col}"]
            if label and ok in ("yes", "no"):
                out[(r["project"], r["cluster_id"], label)] = (r["sample"], int(ok == "yes"))
    return [(p, c, lab, s, y) for (p, c, lab), (s, y) in out.items()]


def matrix(rows, signals) -> tuple[np.ndarray, np.ndarray, list]:
    kept = [r for r in rows if r[1] in signals.get(r[0], {})]
    x = np.array([signals[p][c].features(lab) for p, c, lab, _, _ in kept], dtype=float)
    y = np.array([r[4] for r in kept])
    return x.reshape(len(kept), len(label_choice.FEATURES)), y, kept


def run(argv: list[str] | None = None) -> dict:
    argv = argv or []
    signals: dict[str, dict] = {}
    for name, path in PROJECTS.items():
        if not (path / "build" / "corpus.sqlite").exists():
            print(f"{name}: no build, skipped", file=sys.stderr)
            continue
        clusters, groups, terms, _ = relabel_inputs(path)
        sig = label_signals(groups, terms)
        if sig is None:
            raise SystemExit("the label model needs the trained spaCy pipeline")
        signals[name] = {c[0]: s for c, s in zip(clusters, sig, strict=True)}
    xtr, ytr, _ = matrix(examples(TRAIN), signals)
    xte, yte, _ = matrix(examples(TEST), signals)
    model = LogisticRegression(C=C, max_iter=2000).fit(xtr, ytr)
    res = {"train": {"n": len(ytr), "accepted": int(ytr.sum())},
           "test": {"n": len(yte), "accepted": int(yte.sum())},
           "coefficients": [round(float(model.intercept_[0]), 3)]
           + [round(float(c), 3) for c in model.coef_[0]]}
    for name, x, y in (("train", xtr, ytr), ("test", xte, yte)):
        p = model.predict_proba(x)[:, 1] if len(y) else np.array([])
        res[name]["auc"] = round(float(roc_auc_score(y, p)), 3) if 0 < y.sum() < len(y) else None
    print(json.dumps(res, indent=1))
    print("features:", ", ".join(label_choice.FEATURES))
    if "--write" in argv:
        path = Path(label_choice.__file__)
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"COEFFICIENTS = \([^)]*\)",
                      "COEFFICIENTS = (" + ", ".join(str(c) for c in res["coefficients"]) + ")",
                      text, count=1)
        path.write_text(text, encoding="utf-8")
    return res


if __name__ == "__main__":
    run(sys.argv[1:])
