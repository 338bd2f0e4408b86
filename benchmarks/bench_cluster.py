"""Clustering on the sentence vs on the requirement, side by side (issue 16).

For each option (`on=sentence`, the default, and `on=requirement`: the statement from its
aim on, which holds its aim, object and condition, with the people it benefits; see
corpus_tool/semantic/requirement.py), with the default backend (minilm) and the fast one
(static), on the reference corpus's statements:

- number of clusters and outliers;
- share of clusters whose statements come from ≥ 3 instruments;
- share of clusters dominated by one instrument (> 60 % of their statements);
- the largest cluster's share of all statements;
- AMI against the General Comment labels: the statements of General Comment paragraphs that
  carry exactly one concerned-group label in their source data (corpus/general-comments/*.json,
  `Labels`: the source repository author's tags, see tests/data/general_comments/SOURCES.md)
  take that label; AMI between it and the statement's cluster (an outlier is its own cluster),
  over those statements only, the clustering being that of the whole corpus.

Each with over-large clusters split (`max_share=0.08`: no cluster above 8 % of the statements,
corpus_tool/semantic/split.py; the default since stop 75, "split>8%") and without, and with
clusters that mix requirements split
(`split_mixed`, `split.split_by_requirement`; "mixed-split"). The same figures for the example studies
(examples/labour-market, examples/anti-discrimination), which the settings were not tuned on. The labels are
judged in benchmarks/data/cluster_label_judgments.csv; the acceptable shares are printed per
sample (draw) and half, and over the latest judgment of every judged cluster (what 'before',
'first pass' and 'after' mean for each sample: benchmarks/data/README.md).

Coherence (benchmarks/coherence_judged.py): which judged clusters mix requirements, by the
readers' verdicts, against candidate coherence scores computed on today's clusterings: ROC-AUC
on the development and held-out parts, and the score and threshold chosen on development with
the precision and recall of "flagged as mixed" on both (BENCH_COHERENCE_DUMPS=folder adds the
clusterings of the commits the labels were judged on, remade by
scripts/coherence_old_clusterings.sh). No candidate reached a held-out AUC of 0.65, so no
coherence flag is shown to researchers (benchmarks/data/README.md, 'Coherence'). Asked directly
(benchmarks/coherence_direct.py: two blind readers per sheet, "one requirement or several?"),
most of the default clustering's clusters mix requirements, and the figures per sheet follow.

Run: `python -m benchmarks cluster` (`python -m benchmarks cluster --labels-only`: the default
clustering of each project and the label judgments only; `--coherence-only`: the coherence
figures only; BENCH_PROJECT=path,
BENCH_PROJECT_LABOUR_MARKET=path and BENCH_PROJECT_ANTI_DISCRIMINATION=path reuse already built copies of the reference project and
of the examples instead of ingesting fresh copies).
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks import coherence_direct, coherence_judged

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ("minilm", "static")
# (text clustered on, split clusters above this share of all statements, split clusters that
# mix requirements)
# (the first is the default: `split.MAX_SHARE`; before stop 75 it was the sentence unsplit)
OPTIONS = (("sentence", 0.08, False), ("sentence", None, False), ("requirement", None, False),
           ("requirement", 0.08, False), ("sentence", None, True), ("requirement", None, True))
DEFAULT = "minilm/sentence/split>8%"
STUDIES = (("reference", ROOT), ("labour-market", ROOT / "examples" / "labour-market"),
           ("anti-discrimination", ROOT / "examples" / "anti-discrimination"))
JUDGMENTS = Path(__file__).resolve().parent / "data" / "cluster_label_judgments.csv"


def gc_labels(project_root: Path) -> dict[str, str]:
    """Passage id → the concerned-group label of General Comment paragraphs with exactly one."""
    out: dict[str, str] = {}
    corpus = project_root / "corpus"
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["path"].endswith(".json"):
                continue
            for rec in json.loads((corpus / row["path"]).read_text(encoding="utf-8")):
                if len(rec.get("Labels") or []) == 1:
                    pid = f"{row['id']}:para-{str(rec['ID']).strip().rstrip('.')}"
                    out.setdefault(pid, rec["Labels"][0])
    return out


def measures(result, items, labels: dict[str, str] | None = None) -> dict:
    """The figures above for one clustering of `items`."""
    from sklearn.metrics import adjusted_mutual_info_score
    doc_of = {it.id: it.doc_id for it in items}
    n = len(items)
    clusters = result.clusters
    three = sum(1 for c in clusters if len(c.doc_ids) >= 3)
    dominated = sum(1 for c in clusters
                    if max(Counter(doc_of[m] for m in c.members).values()) / c.size > 0.6)
    largest = max((c.size for c in clusters), default=0)
    out = {"clusters": len(clusters), "outliers": len(result.outliers),
           "share_3plus_instruments": round(three / len(clusters), 3) if clusters else 0.0,
           "n_3plus_instruments": three,
           "share_dominated": round(dominated / len(clusters), 3) if clusters else 0.0,
           "n_dominated": dominated,
           "largest_share": round(largest / n, 3) if n else 0.0}
    if labels:
        cl = {p.item_id: p.cluster_id or p.item_id for p in result.points}
        pairs = [(labels[it.id.rsplit(":", 1)[0]], cl[it.id]) for it in items
                 if it.id.rsplit(":", 1)[0] in labels]
        if pairs:
            out["gc_ami"] = round(float(adjusted_mutual_info_score(*zip(*pairs))), 3)
            out["gc_statements"] = len(pairs)
    return out


SAMPLES = (("r16", "first draw (seed 16), first reader"),
           ("r16-again", "first draw's clusters that still exist, judged again strictly"),
           ("r161", "second draw (seed 161)"),
           ("r16-again2", "first draw's clusters that still exist, at the aim + object pass"),
           ("r161-again", "second draw's clusters that still exist, at the aim + object pass"),
           ("r1616", "third draw (seed 1616), the aim + object pass"),
           ("r1617", "fourth draw (seed 1617), the coherence pass"),
           ("r1617-again", "earlier draws' clusters whose label the coherence pass changed"),
           ("e1618", "fifth draw (seed 1618): the example projects, labour dev, anti-discr. held out"),
           ("e1619", "sixth draw (seed 1619): never-judged example clusters, all held out"),
           ("e1620", "seventh draw (seed 1620): never-judged example clusters, all held out"),
           ("e1619-again", "sixth draw's clusters whose label the h16i freeze changed"),
           ("e1621", "eighth draw (seed 1621): never-judged example clusters, all held out"),
           ("h16j-again", "sixth and seventh draws' clusters whose label the h16j freeze changed"),
           ("h16j-dev", "reference and e1618 clusters whose label the h16j freeze changed (tuned on)"),
           ("e1622", "ninth draw (seed 1622): never-judged example clusters, all held out"),
           ("h16k-again", "sixth to eighth draws' clusters whose label the h16k freeze changed"),
           ("h16k-dev", "reference and e1618 clusters whose label the h16k freeze changed (tuned on)"),
           ("e1623", "tenth draw (seed 1623): never-judged labour clusters and anti-discrimination "
                     "clusters of the --on requirement clustering, all held out"),
           ("h16l-again", "sixth to ninth draws' clusters whose label the h16l freeze changed"),
           ("h16l-dev", "reference and e1618 clusters whose label the h16l freeze changed "
                        "(tuned on)"),
           ("e1624", "eleventh draw (seed 1624): labour clusters of the --on requirement "
                     "clustering overlapping no judged one, all held out"),
           ("h16m-dev", "reference and e1618-e1623 clusters whose label the h16m freeze changed "
                        "(tuned on)"),
           ("e1625", "twelfth draw (seed 1625): labour clusters of the --on requirement "
                     "clustering of 7277072 overlapping no judged one, all held out"),
           ("h16n-dev", "e1618-e1624 clusters whose label the h16n freeze changed (tuned on)"),
           ("h16n-again", "seventh and ninth draws' clusters whose label the h16n freeze changed"),
           ("e1633", "thirteenth draw (seed 1633): the housing example, coded blind and built "
                     "once at 8ffd93e (session 33), all held out"),
           ("e1634", "fourteenth draw (seed 1634): the detention-expulsion example, coded blind "
                     "and built once at 050393b (session 33), all held out"),
           ("r37", "a plain draw (seed 37) of 50 of the reference's 123 clusters, judged before "
                   "or not, at 1e8a301 (session 37): the issue's measure; dev (tuned on)"),
           ("r37-again", "r37's clusters whose label the eeaf13c checks changed, judged anew"),
           ("e1637", "fifteenth draw (seed 1637): the trafficking example, coded blind and built "
                     "once at 1e8a301 (session 37), all held out"))
# the samples whose judgments are of today's clustering (the last row of a cluster counts)
LATEST = ("r16-again2", "r161-again", "r1616", "r1617", "r1617-again", "e1618", "e1619", "e1620",
          "e1619-again", "e1621", "h16j-again", "h16j-dev", "e1622", "h16k-again", "h16k-dev",
          "e1623", "h16l-again", "h16l-dev", "e1624", "h16m-dev", "e1625", "h16n-dev",
          "h16n-again", "e1633", "e1634", "r37", "e1637", "r37-again")


def _share(rows: list[dict], col: str) -> float | None:
    return round(sum(r[f"acceptable_{col}"] == "yes" for r in rows) / len(rows), 2) if rows \
        else None


def label_judgments(current: dict[str, str], project: str = "reference") -> dict:
    """Acceptable shares of the judged labels (benchmarks/data/cluster_label_judgments.csv) per
    sample and half, before (c-TF-IDF terms joined), first pass and after; the share over the
    clusters of `project`'s clustering today (`current`: id → label) whose label is the one
    last judged; the judged clusters of `project` whose label today is not the one judged
    (judge them again when the label rules change) and those gone (re-formed by a clustering
    change)."""
    with open(JUDGMENTS, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict = {"samples": {}}
    for sample, _ in SAMPLES:
        for half in ("dev", "held-out"):
            rs = [r for r in rows if r["sample"] == sample and r["half"] == half]
            out["samples"][f"{sample}/{half}"] = {
                col: _share(rs, col) for col in ("before", "first_pass", "after")} | {"n": len(rs)}
    last: dict[str, dict] = {}                # each cluster's latest judgment, in file order
    for r in rows:
        if r["sample"] in LATEST and r["project"] == project:
            last[r["cluster_id"]] = r
    latest = [r for cid, r in last.items() if current.get(cid) == r["label_after"]]
    out["all"] = {col: _share(latest, col) for col in ("before", "first_pass", "after")} | {
        "n": len(latest)}
    out["not_judged"] = sorted(cid for cid, r in last.items()
                               if cid in current and current[cid] != r["label_after"])
    out["gone"] = sorted(cid for cid in last if cid not in current)
    return out


def _built(src: Path, tmp: Path, name: str):
    """A copy of a project's corpus and annotations, ingested, with statements; or the built
    project at BENCH_PROJECT (reference) or BENCH_PROJECT_<NAME> (an example) as it is."""
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import Project
    from corpus_tool.semantic.items import statement_items
    from corpus_tool.statements.stage import update_statements
    from corpus_tool.store import db as store
    given = os.environ.get("BENCH_PROJECT" + ("" if name == "reference" else
                                              "_" + name.upper().replace("-", "_")))
    if given:
        project = Project(Path(given))
    else:
        root = tmp / name
        root.mkdir()
        for d in ("corpus", "annotations"):
            if (src / d).is_dir():
                shutil.copytree(src / d, root / d)
        project = Project(root)
        ingest(project)
        conn = store.connect(project.db_path)
        try:
            update_statements(conn)
        finally:
            conn.close()
    conn = store.connect(project.db_path)
    try:
        items = statement_items(conn)
    finally:
        conn.close()
    return project, items


def run(argv: list[str] | None = None) -> dict:
    """`--labels-only`: only the default clustering of each project and the label judgments
    (minutes instead of the whole comparison); `--coherence-only`: only the coherence figures
    (benchmarks/coherence_judged.py)."""
    from corpus_tool.semantic.cluster import cluster_items
    labels_only = "--labels-only" in (argv or [])
    coherence_only = "--coherence-only" in (argv or [])
    tmp = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    res: dict = {}
    studies = []
    try:
        for name, src in STUDIES:
            if not (src / "corpus" / "manifest.csv").is_file():
                continue
            project, items = _built(src, tmp, name)
            studies.append((name, project, items))
            if coherence_only:
                continue
            labels = gc_labels(project.root) if name == "reference" else None
            res[name] = {"statements": len(items)}
            for backend in BACKENDS[:1] if labels_only else BACKENDS:
                for on, share, mixed in OPTIONS[:1] if labels_only else OPTIONS:
                    r = cluster_items(items, project=project, backend=backend, on=on,
                                      max_share=share, split_mixed=mixed)
                    key = f"{backend}/{on}" + (f"/split>{share:.0%}" if share else "") + (
                        "/mixed-split" if mixed else "")
                    res[name][key] = measures(r, items, labels)
                    if key == DEFAULT:
                        res.setdefault("labels", {})[name] = label_judgments(
                            {c.id: c.label for c in r.clusters}, name)
                    print(f"  {name} {key} done", flush=True)
        if not labels_only:
            dumps = os.environ.get("BENCH_COHERENCE_DUMPS")
            scored = coherence_judged.scored_clusters(
                coherence_judged.today_clusterings(studies)
                + (coherence_judged.stored_clusterings(Path(dumps)) if dumps else []))
            res["coherence"] = coherence_judged.evaluate(scored) | {"clusters": scored}
            res["coherence_direct"] = _direct(studies)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _print(res)
    return res


def _direct(studies) -> dict:
    """The clusters readers judged directly (`coherence_direct`), scored on the reference build."""
    from corpus_tool.semantic.items import by_id
    direct = coherence_direct.read_direct()
    ref = next((s for s in studies if s[0] == "reference"), None)
    scores = coherence_direct.direct_scores(direct, ref[1], by_id(ref[2])) if ref else {}
    return {"agreement": coherence_direct.agreement(direct),
            "auc": coherence_direct.auc_by_sheet(direct, scores)}


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.0%}"


def _print(res: dict) -> None:
    """One table per study and backend, the options side by side."""
    if "coherence" in res:
        coherence_judged.print_figures(res["coherence"])
    if "coherence_direct" in res:
        coherence_direct.print_direct(res["coherence_direct"]["agreement"],
                                      res["coherence_direct"]["auc"])
    rows = [("clusters", "clusters", "{}"), ("outliers", "outliers", "{}"),
            ("≥ 3 instruments", "share_3plus_instruments", "{:.1%}"),
            ("dominated by one (> 60 %)", "share_dominated", "{:.1%}"),
            ("largest cluster's share", "largest_share", "{:.1%}"),
            ("AMI vs GC labels", "gc_ami", "{:.3f}")]
    for name, cols in res.items():
        if name in ("labels", "coherence", "coherence_direct"):
            continue
        print(f"{name}: {cols['statements']} statements")
        for backend in BACKENDS:
            keys = [k for k in cols if k.startswith(backend + "/")]
            if not keys:
                continue
            print(f"  {backend:26s}" + "".join(f"{k.split('/', 1)[1]:>25s}" for k in keys))
            for title, key, fmt in rows:
                vals = [cols[k].get(key) for k in keys]
                if all(v is None for v in vals):
                    continue
                print(f"    {title:24s}" + "".join(
                    f"{(fmt.format(v) if v is not None else '-'):>25s}" for v in vals))
    if "labels" not in res:
        return
    print("labels judged acceptable unchanged (benchmarks/data/cluster_label_judgments.csv;"
          " target ≥ 80 %):")
    names = dict(SAMPLES)
    for key, h in next(iter(res["labels"].values()))["samples"].items():
        sample, half = key.split("/")
        print(f"  {key:19s} ({h['n']:3d}): before {_pct(h['before'])}, first pass "
              f"{_pct(h['first_pass'])}, after {_pct(h['after'])}   {names[sample]}, {half}")
    for name, lab in res["labels"].items():
        a = lab["all"]
        print(f"  {name + ', all today':19s} ({a['n']:3d}): before {_pct(a['before'])}, first "
              f"pass {_pct(a['first_pass'])}, after {_pct(a['after'])}   (clusters of today's "
              "clustering whose label is the one judged)")
        if lab["not_judged"]:
            print(f"    {len(lab['not_judged'])} judged cluster(s) now carry a label not judged: "
                  + ", ".join(lab["not_judged"]))
        if lab["gone"]:
            print(f"    {len(lab['gone'])} judged cluster(s) are not in today's clustering "
                  "(re-formed)")


if __name__ == "__main__":
    import sys
    run(sys.argv[1:])
