"""Draw clusters of a project's stored clustering for the label judgments (issue 16,
benchmarks/data/cluster_label_judgments.csv) and print what a reader needs to judge each label:
its size, instruments, label, terms and members nearest the centroid first.

Run after `corpus-tool build` (or `corpus-tool cluster` with the defaults) in a checkout:

    python scripts/draw_cluster_labels.py SEED [N] [--ids ID,ID,...] [--project PATH]

The cluster ids of the stored clustering are sorted, the ids ever judged (any row of the
judgments file) removed, and `random.Random(SEED).sample(rest, N)` drawn (all of them when
fewer than N remain): the first half is the development half, the second the held-out half.
`--ids` prints the given clusters instead (e.g. the clusters that hold a held-out cluster's
members after a clustering change). `--project PATH` reads that project's build (an example
project, e.g. examples/labour-market) instead of the reference project's; `--half dev|held-out`
puts every drawn cluster in that half (a draw whose halves are whole projects)."""
from __future__ import annotations

import csv
import json
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "benchmarks" / "data" / "cluster_label_judgments.csv"
SHOWN = 10


def clusters(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    out = {}
    for r in conn.execute("SELECT id, label, terms, size, members, doc_ids FROM clusters"):
        out[r["id"]] = {"label": r["label"], "terms": json.loads(r["terms"]), "size": r["size"],
                        "members": json.loads(r["members"]),
                        "instruments": len(json.loads(r["doc_ids"]))}
    sims = {r["item_id"]: (r["similarity"], r["text"]) for r in conn.execute(
        "SELECT item_id, similarity, text FROM cluster_points")}
    conn.close()
    for c in out.values():
        c["nearest"] = sorted(c["members"], key=lambda m: (-sims[m][0], m))
        c["texts"] = {m: sims[m][1] for m in c["members"]}
    return out


def draw(ids: list[str], seed: int, n: int) -> list[str]:
    with open(JUDGMENTS, encoding="utf-8", newline="") as f:
        judged = {r["cluster_id"] for r in csv.DictReader(f)}
    rest = sorted(i for i in ids if i not in judged)
    return random.Random(seed).sample(rest, min(n, len(rest))), len(rest)


def show(cid: str, c: dict, half: str) -> None:
    print(f"== {half} {cid} size={c['size']} instruments={c['instruments']}")
    print(f"   label: {c['label']}")
    print(f"   terms: {', '.join(c['terms'][:6])}")
    for m in c["nearest"][:SHOWN]:
        print(f"   - [{m}] {' '.join(c['texts'][m].split())[:260]}")


def _option(argv: list[str], name: str) -> str | None:
    """The value after `name` in argv (removed from argv with it), None when absent."""
    if name not in argv:
        return None
    k = argv.index(name)
    value = argv[k + 1]
    del argv[k:k + 2]
    return value


def main(argv: list[str]) -> None:
    argv = list(argv)
    project = Path(_option(argv, "--project") or ROOT)
    ids = _option(argv, "--ids")
    whole = _option(argv, "--half")
    cs = clusters(project / "build" / "corpus.sqlite")
    if ids:
        for cid in ids.split(","):
            show(cid, cs[cid], "given")
        return
    seed = int(argv[0])
    n = int(argv[1]) if len(argv) > 1 else 50
    picked, left = draw(list(cs), seed, n)
    print(f"{project}: {len(cs)} clusters, {left} never judged, {len(picked)} drawn (seed {seed})")
    half = len(picked) // 2
    for k, cid in enumerate(picked):
        show(cid, cs[cid], whole or ("dev" if k < half else "held-out"))


if __name__ == "__main__":
    main(sys.argv[1:])
