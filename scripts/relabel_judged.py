"""Check label rules against the judged labels before freezing them (issue 16): recompute the
labels of a project's stored clustering with the code on PYTHONPATH (the clusters, their members
nearest the centroid first and their terms as `corpus-tool build` stored them; no clustering is
run) and list each judged cluster (benchmarks/data/cluster_label_judgments.csv, its last row)
whose label today is the one judged and whose label the rules would change, marked ACC when the
judged label was accepted.

    python scripts/relabel_judged.py [--project PATH] [--samples S,S,...] [--out FILE.json]

`--samples` restricts the listing to those draws (e.g. `e1618` for the examples' development
rows; leave held-out draws out until the freeze). `--out` writes every cluster's stored and new
label. With today's rules unchanged, no label changes (the stored labels come back)."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from benchmarks.fit_label_choice import relabel_inputs
from corpus_tool.semantic.labels import requirement_labels

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "benchmarks" / "data" / "cluster_label_judgments.csv"


def relabel(project: Path) -> dict[str, tuple[str, str]]:
    """Cluster id → (stored label, label by today's rules) of a project's stored clustering."""
    clusters, groups, terms, fallbacks = relabel_inputs(project)
    labels = requirement_labels(groups, terms, fallbacks)
    return {c[0]: (c[1], new) for c, new in zip(clusters, labels, strict=True)}


def _option(argv: list[str], name: str) -> str | None:
    if name not in argv:
        return None
    k = argv.index(name)
    return argv[k + 1]


def main(argv: list[str]) -> None:
    project = Path(_option(argv, "--project") or ROOT)
    samples = set(filter(None, (_option(argv, "--samples") or "").split(",")))
    out = _option(argv, "--out")
    labels = relabel(project)
    name = "reference" if project.resolve() == ROOT else project.resolve().name
    with open(JUDGMENTS, encoding="utf-8", newline="") as f:
        last = {r["cluster_id"]: r for r in csv.DictReader(f)
                if r["project"] == name and (not samples or r["sample"] in samples)}
    accepted = changed = lost = carried = 0
    for cid, r in last.items():
        stored, new = labels.get(cid, ("", ""))
        if not stored or stored != r["label_after"]:
            continue                       # gone, or its label today is not the one judged
        ok = r["acceptable_after"] == "yes"
        accepted += ok
        carried += 1
        if new != stored:
            changed += 1
            lost += ok
            mark = "ACC" if ok else "rej"
            print(f"{mark} {cid} [{r['sample']}/{r['half']}] {stored!r} -> {new!r}")
    print(f"{name}: {sum(s != n for s, n in labels.values())} of {len(labels)} labels change; "
          f"of the judged clusters carrying their judged label, {changed} change, "
          f"{lost} of the {accepted} accepted ({accepted}/{carried} acceptable)")
    if out:
        Path(out).write_text(json.dumps({k: {"stored": s, "new": n} for k, (s, n) in
                                         labels.items()}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
