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
puts every drawn cluster in that half (a draw whose halves are whole projects). `--overlap DB`
(another stored clustering of the same project, e.g. the default one beside an `--on
requirement` one) also removes every cluster whose members overlap a judged cluster of DB
(Jaccard >= 0.5) or whose most central member is the representative statement of any judged
row of the project, so that a new clustering yields only clusters no reader has named; several
DBs are given comma-separated (e.g. the default clustering and an earlier draw's `--on
requirement` one), a cluster overlapping a judged cluster of any of them is removed."""
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


def judged_rows() -> list[dict]:
    with open(JUDGMENTS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def draw(ids: list[str], seed: int, n: int) -> list[str]:
    judged = {r["cluster_id"] for r in judged_rows()}
    rest = sorted(i for i in ids if i not in judged)
    return random.Random(seed).sample(rest, min(n, len(rest))), len(rest)


def seen(cs: dict[str, dict], other: dict[str, dict], project: str) -> set[str]:
    """The clusters of `cs` a reader has in effect named: members overlapping a judged cluster
    of the other clustering `other` at Jaccard >= 0.5, or most central member the representative
    statement of a judged row of the project."""
    rows = [r for r in judged_rows() if r["project"] == project]
    named = [set(other[r["cluster_id"]]["members"]) for r in rows if r["cluster_id"] in other]
    reps = {" ".join(r["representative"].split()) for r in rows}
    out = set()
    for cid, c in cs.items():
        members = set(c["members"])
        central = " ".join(c["texts"][c["nearest"][0]].split())
        if central in reps or any(len(members & m) >= 0.5 * len(members | m) for m in named):
            out.add(cid)
    return out


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
    overlap = _option(argv, "--overlap")
    cs = clusters(project / "build" / "corpus.sqlite")
    if overlap:
        name = "reference" if project.resolve() == ROOT else project.resolve().name
        gone = set().union(*(seen(cs, clusters(Path(db)), name) for db in overlap.split(",")))
        print(f"{len(gone)} of {len(cs)} clusters overlap a judged cluster (--overlap)")
        cs = {k: v for k, v in cs.items() if k not in gone}
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
