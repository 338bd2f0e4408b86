"""`corpus-tool build` at ×1, ×10 and ×100 the reference corpus's passages: time per stage, peak
memory of the main process and of each worker, without Dask vs `--workers 2`, and the growth
exponent per stage.

`python -m benchmarks scale [--sizes 1,10,100] [--workers 2] [--default-models-up-to 1]
[--workers-up-to 10] [--measure 100]`

The scale projects are made by `benchmarks/scale/corpus.py` (seeded re-combinations of real
UN treaty-body paragraphs) under build/scale/xN, once; every build is cold (build/ removed) and
runs in a process of its own (`benchmarks/scale/run_one.py`) so that its peak memory is its own.

Two model settings, because on 2 cores a full-model ×100 would take hours:
- "default models" (MiniLM embeddings, the trained spaCy pipeline) measured up to
  `--default-models-up-to` (×1 by default); ×10 with them takes about half an hour on 2
  cores, so above that size it is read from its saved runs
  (`benchmarks/scale/saved/x10-default-w{0,2}.json`), as ×100 is;
- "fast models" (the static embedder, rules-only statements on spacy.blank) at every size,
  ×100 included. The partitioning, the index writes and the clustering are the same code in
  both; only the per-text model work differs.
The `--workers` comparison runs up to `--workers-up-to` (×10); larger sizes are built serially.
A fast-model ×100 takes over an hour on 2 cores, more than the 20 minutes this benchmark keeps
to: by default ×100 is not built here but read from the runs saved with the code
(`benchmarks/scale/saved/x100-fast-w{0,2}.json`: one cold `run_one` build each, with the date,
commit and machine load it was measured at), and the output says, run by run, which figures were
read and which measured here. `--measure 100` builds it (serially) instead, into
build/scale/results/; to save a new run, copy that file into benchmarks/scale/saved/. A saved
run that is missing is left out, and the output says so.
The growth exponent k of a stage is the least-squares slope of log(seconds) on log(size) over the
sizes of one setting; the size is the text a stage reads, in characters: every passage for
ingest, the passages in the documents' own language for the others. Characters, not passages:
the reference corpus's passages (×1) are treaty articles and paragraphs of 351 characters on
average, the recombined General Comment paragraphs of ×10 and ×100 727 and 748, so counted in
passages ×10 looks 2.1× more expensive per unit than ×1 for the length of its text alone (the
exponents in passages are printed beside, for comparison with runs before 1 Dec 2026).

"No Dask" is `corpus-tool build` without --workers, in one process: ingest's own process pool
forks only from a single-threaded process, and the memory-sampling thread of run_one keeps it
off, so the no-Dask runs are the serial baseline. Every stage reports wall and CPU seconds (of
the main process and all it started): on a shared machine the wall time includes waiting for a
core, so the CPU exponents are the ones to trust there.

Targets it reports against: every stage k ≤ 1.1; main-process peak memory at ×100 ≤ 2× that at
×10; `--workers 2` ≥ 1.7× faster than the build without Dask on the per-document stages
(ingest, statements, embed, suggest; on 2 free cores: the output says how loaded the machine
was). The clustering and the draft are not per-document map steps: their speed-up is printed
apart. One pair of runs is noise on a shared machine: for a figure to quote, run the pair
interleaved several times (`run_one` serial, then `--workers 2`, again) and take medians.
Figures, not tests: nothing fails on a missed target.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.scale.corpus import SEED, count_reference_passages, make_scale_project
from benchmarks.scale.project import print_projection, projection, size

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "scale"
SAVED = Path(__file__).resolve().parent / "scale" / "saved"    # runs committed with the code
# sizes whose default-model runs are read from SAVED unless measured (--default-models-up-to):
# ×10 with the trained parser and MiniLM is about half an hour on 2 cores, serial and on workers
SAVED_DEFAULT = (10,)
# the per-document stages: map steps over partitions of documents (or batches of texts) that
# the workers run; the clustering (one fit over every statement) and the draft are not, and
# their speed-up is reported apart (runs saved before the embed stage had its own embedded
# inside the cluster stage: they are compared on the stages both runs have)
PER_DOCUMENT_STAGES = ("ingest", "statements", "embed", "suggest")
OTHER_STAGES = ("cluster", "draft")
SETTINGS = {"default": {"backend": "minilm", "statements": "auto"},
            "fast": {"backend": "static", "statements": "rules"}}
TARGET_K, TARGET_MEM, TARGET_SPEEDUP = 1.1, 2.0, 1.7


def _project(factor: int, ref_passages: int, seed: int) -> Path:
    dest = WORK / f"x{factor}"
    want = {"factor": factor, "seed": seed, "reference_passages": ref_passages}
    meta = dest / "scale.json"
    if meta.exists():
        have = json.loads(meta.read_text(encoding="utf-8"))
        if all(have.get(k) == v for k, v in want.items()):
            return dest
    t0 = time.perf_counter()
    counts = make_scale_project(factor, dest, reference_passages=ref_passages, seed=seed)
    print(f"  made ×{factor}: {counts['documents']} documents "
          f"({counts['treaty_body_documents']} General Comments, "
          f"{counts['recombined_documents']} recombined) in {time.perf_counter() - t0:.0f} s",
          flush=True)
    return dest


def _reference_passages() -> int:
    cache = WORK / "reference_passages.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))["passages"]
    n = count_reference_passages(WORK / "x1")
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"passages": n}) + "\n", encoding="utf-8")
    return n


def _one(project: Path, setting: str, workers: int, out: Path) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.scale.run_one", str(project), "--out", str(out),
           "--backend", SETTINGS[setting]["backend"],
           "--statements", SETTINGS[setting]["statements"], "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    return json.loads(out.read_text(encoding="utf-8"))


def slope(xs: list[float], ys: list[float]) -> float | None:
    """Least-squares slope of log(y) on log(x); None with fewer than 2 usable points."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx if sxx else None


def exponents(runs: list[dict], key: str = "seconds", unit: str = "characters"
              ) -> dict[str, float | None]:
    """Stage → k over `runs` (one per size, same setting and mode), on wall seconds or on CPU
    seconds (`key="cpu_s"`), the size counted in `characters` or `passages` (empty when a run
    did not count that unit). Stages under 0.05 s at every size are noise, not growth: left
    out."""
    out: dict[str, float | None] = {}
    if any(size(r, "statements", unit) is None for r in runs):
        return out
    stages = [s for s in runs[0]["stages"] if all(s in r["stages"] for r in runs)]
    for st in stages:
        secs = [r["stages"][st].get(key, 0.0) for r in runs]
        if max(secs) < 0.05 or any(r["stages"][st]["status"] != "ran" for r in runs):
            continue
        k = slope([size(r, st, unit) for r in runs], secs)
        out[st] = None if k is None else round(k, 2)
    return out


def _seconds(run: dict, stages: tuple[str, ...], key: str = "seconds") -> float:
    return sum(run["stages"].get(s, {}).get(key, 0.0) for s in stages)


def speedup(serial: dict, par: dict) -> dict:
    """How much faster the `par` run is than the `serial` one: over the per-document stages
    (their wall seconds summed), over the clustering and the draft, over the whole build, and
    per stage; and the CPU seconds of the per-document stages (all processes; the main
    process's own, which no worker takes over)."""
    both = lambda names: tuple(s for s in names  # noqa: E731
                               if s in serial["stages"] and s in par["stages"])
    doc, other = both(PER_DOCUMENT_STAGES), both(OTHER_STAGES)
    ratio = lambda a, b: round(a / b, 2) if b > 0 else None  # noqa: E731
    return {"per_document_stages": ratio(_seconds(serial, doc), _seconds(par, doc)),
            "stages_compared": list(doc),
            "cluster_and_draft": ratio(_seconds(serial, other), _seconds(par, other)),
            "whole_build": ratio(serial["wall_s"], par["wall_s"]),
            "per_stage": {s: ratio(serial["stages"][s]["seconds"], par["stages"][s]["seconds"])
                          for s in doc + other},
            "cpu_s": {"serial": round(_seconds(serial, doc, "cpu_s"), 1),
                      "workers": round(_seconds(par, doc, "cpu_s"), 1),
                      "workers_main_process": round(_seconds(par, doc, "main_cpu_s"), 1)},
            # what 2 free cores could give at most on this work: the serial CPU over the larger
            # of the main process's own CPU (no worker takes it over; it includes the in-process
            # scheduler, whose upkeep grows with the wall time on a loaded machine) and half of
            # all the CPU of the run with workers
            "cpu_bound": ratio(_seconds(serial, doc, "cpu_s"),
                               max(_seconds(par, doc, "main_cpu_s"),
                                   _seconds(par, doc, "cpu_s") / 2)),
            "load": [serial.get("load", [None])[0], par.get("load", [None])[0]]}


def summarise(results: dict[tuple[str, int, int], dict], workers: int) -> dict:
    """The figures of every run, the exponents, speed-ups and memory ratios."""
    out: dict = {"runs": [], "exponents": {}, "speedup": {}, "memory": {}}
    for (setting, factor, w), r in sorted(results.items()):
        out["runs"].append({"setting": setting, "factor": factor, "workers": w, **r})
    for setting in SETTINGS:
        for w in (0, workers):
            series = [results[k] for k in sorted(results) if k[0] == setting and k[2] == w]
            if len(series) >= 2:
                mode = "no Dask" if not w else f"{w} workers"
                out["exponents"][f"{setting}/{mode}/wall"] = exponents(series)
                out["exponents"][f"{setting}/{mode}/cpu"] = exponents(series, "cpu_s")
                out["exponents"][f"{setting}/{mode}/cpu, in passages"] = exponents(
                    series, "cpu_s", "passages")
    for (setting, factor, w), r in sorted(results.items()):
        if w or (setting, factor, workers) not in results:
            continue
        out["speedup"][f"{setting}/x{factor}"] = speedup(r, results[(setting, factor, workers)])
    for setting in SETTINGS:
        for w in (0, workers):
            a, b = results.get((setting, 10, w)), results.get((setting, 100, w))
            if a and b:
                out["memory"][f"{setting}/{'no Dask' if not w else f'{w} workers'}"] = {
                    "x10_mb": a["main_peak_mb"], "x100_mb": b["main_peak_mb"],
                    "ratio": round(b["main_peak_mb"] / a["main_peak_mb"], 2),
                    "x100_saved": b.get("saved") or None}
    return out


def _print(summary: dict, uptime: str) -> None:
    print(f"\nmachine load before the runs: {uptime}")
    for r in summary["runs"]:
        mode = "no Dask" if not r["workers"] else f"{r['workers']} Dask workers"
        if r.get("saved"):
            mode += (f"; READ from {r['saved']} (measured {r.get('date', '?')} at commit "
                     f"{r.get('commit', '?')}, not here)")
        else:
            mode += "; measured here"
        c = r["counts"]
        print(f"\n×{r['factor']} {r['setting']} models ({r['backend']} embeddings, "
              f"{r['statements']} statements), {mode}: {r['wall_s']:.1f} s "
              f"({r.get('cpu_s', 0):.0f} CPU s), ok={r['ok']}; "
              f"{c['documents']} documents, {c['passages']} passages "
              f"({c['own_language_passages']} read by later stages), "
              f"{c.get('statements', 0)} statements ({c.get('distinct_statement_texts', 0)} "
              f"distinct texts), {c.get('clusters', 0)} clusters; load {r['load'][0]:.1f}")
        print("  stages, wall s (CPU s): " + ", ".join(
            f"{s} {v['seconds']:.1f} ({v.get('cpu_s', 0):.1f})"
            + ("" if v["status"] == "ran" else f" {v['status']}") for s, v in r["stages"].items()))
        if r.get("build_mb"):
            print("  index files: "
                  + ", ".join(f"{k} {v:.0f} MB" for k, v in r["build_mb"].items()))
        by_stage = {s: v["main_peak_mb"] for s, v in r["stages"].items() if v.get("main_peak_mb")}
        if by_stage:
            print("  main-process memory by stage, MB: "
                  + ", ".join(f"{s} {mb:.0f}" for s, mb in by_stage.items()))
        kids = [k for k in r["children"] if k["peak_mb"] >= 50]
        print(f"  peak memory: main {r['main_peak_mb']:.0f} MB"
              + (", workers (own report) " + ", ".join(f"{v:.0f}" for v in
                                                       r["worker_peak_mb"].values()) + " MB"
                 if r["worker_peak_mb"] else "")
              + (", child processes (sampled) " + ", ".join(f"{k['kind']} {k['peak_mb']:.0f}"
                                                            for k in kids[:6]) + " MB"
                 if kids else ""))
    lengths = {f"×{r['factor']}": round(size(r, "statements", "characters")
                                        / size(r, "statements", "passages"))
               for r in summary["runs"] if size(r, "statements", "characters")}
    print("\ngrowth exponent k (time ∝ size^k, on wall and on CPU seconds; target ≤ "
          f"{TARGET_K}; size in characters of the text a stage reads, and in passages for "
          "comparison: characters per passage read by the later stages "
          + ", ".join(f"{k} {v}" for k, v in lengths.items()) + "):")
    for series, ks in summary["exponents"].items():
        bad = [s for s, k in ks.items() if k is not None and k > TARGET_K]
        print(f"  {series}: " + ", ".join(f"{s} {k}" for s, k in ks.items())
              + (f"  ← above target: {', '.join(bad)}" if bad else ""))
    print(f"speed-up of the Dask workers over the build without Dask on the per-document "
          f"stages ({', '.join(PER_DOCUMENT_STAGES)}; target ≥ {TARGET_SPEEDUP}× on 2 free "
          f"cores), and apart on the stages that are not per document "
          f"({', '.join(OTHER_STAGES)}); one pair of runs each, loads beside them:")
    for key, sp in summary["speedup"].items():
        cpu = sp["cpu_s"]
        print(f"  {key}: per-document stages {sp['per_document_stages']}× "
              f"({', '.join(sp['stages_compared'])}), {' and '.join(OTHER_STAGES)} "
              f"{sp['cluster_and_draft']}×, whole build {sp['whole_build']}×; "
              + ", ".join(f"{s} {v}×" for s, v in sp["per_stage"].items())
              + f"; per-document CPU s {cpu['serial']} serial, {cpu['workers']} with workers "
              f"({cpu['workers_main_process']} in the main process: at most "
              f"{sp['cpu_bound']}× on 2 free cores); load "
              + " / ".join("?" if x is None else f"{x:.1f}" for x in sp["load"]))
    print(f"main-process peak memory ×100 / ×10 (target ≤ {TARGET_MEM}):")
    for key, m in summary["memory"].items():
        print(f"  {key}: {m['x10_mb']:.0f} MB → {m['x100_mb']:.0f} MB = {m['ratio']}×"
              + (f" (×100 read from {m['x100_saved']})" if m.get("x100_saved") else ""))
    read = [f"×{r['factor']} {r['setting']} {r['workers']} workers" for r in summary["runs"]
            if r.get("saved")]
    print("figures read from saved runs, not measured here: " + (", ".join(read) or "none")
          + "; the exponents and ratios above use them as they are")


def plan(sizes: list[int], *, workers: int, default_up_to: int, workers_up_to: int,
         measure: set[int]) -> list[tuple[int, str, int, bool]]:
    """(size, setting, workers, measured here?) of every run, in order: the default models up
    to `default_up_to` and, above it, read from their saved runs at the sizes in
    `SAVED_DEFAULT`; the fast models at every size; the `workers` runs up to `workers_up_to`;
    sizes above ×10 read from their saved runs (both without Dask and on `workers`) unless in
    `measure`."""
    out = []
    for factor in sizes:
        here = factor <= 10 or factor in measure
        settings = [("fast", here)]
        if factor <= default_up_to:
            settings.insert(0, ("default", here))
        elif factor in SAVED_DEFAULT:
            settings.insert(0, ("default", False))
        for setting, measured in settings:
            modes = (0, workers) if factor <= workers_up_to or not measured else (0,)
            for w in modes:
                out.append((factor, setting, w, measured))
    return out


def _describe_plan(runs: list[tuple[int, str, int, bool]]) -> list[str]:
    lines = []
    for factor in sorted({r[0] for r in runs}):
        parts = []
        for f, setting, w, here in runs:
            if f == factor:
                m = SETTINGS[setting]
                parts.append(f"{setting} models ({m['backend']} embeddings, {m['statements']} "
                             f"statements) {'no Dask' if not w else f'{w} Dask workers'}"
                             + ("" if here else ", read from its saved run"))
        lines.append(f"×{factor}: " + "; ".join(parts))
    return lines


def _saved(out: Path) -> dict | None:
    """A run saved with the code (`SAVED`), marked as read (`saved`: its path), not measured."""
    if not out.exists():
        return None
    r = json.loads(out.read_text(encoding="utf-8"))
    r["saved"] = str(out.relative_to(ROOT)) if out.is_relative_to(ROOT) else str(out)
    return r


def run(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="python -m benchmarks scale", description=__doc__)
    ap.add_argument("--sizes", default="1,10,100", help="factors of the reference passages")
    ap.add_argument("--workers", type=int, default=2, help="Dask workers of the parallel runs")
    ap.add_argument("--default-models-up-to", type=int, default=1,
                    help="largest size run with the default models too")
    ap.add_argument("--workers-up-to", type=int, default=10,
                    help="largest size also run on --workers Dask workers")
    ap.add_argument("--measure", default="",
                    help="sizes above ×10 to build here (default: read their saved runs)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv or [])
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    runs = plan(sizes, workers=args.workers, default_up_to=args.default_models_up_to,
                workers_up_to=args.workers_up_to,
                measure={int(s) for s in args.measure.split(",") if s.strip()})
    uptime = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(f"load: {uptime}", flush=True)
    ref = _reference_passages()
    print(f"reference corpus: {ref} passages; what runs:", flush=True)
    for line in _describe_plan(runs):
        print("  " + line, flush=True)
    results: dict[tuple[str, int, int], dict] = {}
    began = time.perf_counter()
    for factor, setting, w, here in runs:
        out = WORK / "results" / f"x{factor}-{setting}-w{w}.json"
        mode = "no Dask" if not w else f"{w} workers"
        if not here:
            saved = _saved(SAVED / out.name)
            if saved is None:
                print(f"  ×{factor} {setting} {mode}: no saved run ({SAVED / out.name}): left "
                      f"out; build it with --measure {factor}", flush=True)
            else:
                results[(setting, factor, w)] = saved
                print(f"  ×{factor} {setting} {mode}: read from {saved['saved']}, measured "
                      f"{saved.get('date', '?')} at commit {saved.get('commit', '?')} "
                      "(not measured here)", flush=True)
            continue
        t0 = time.perf_counter()
        results[(setting, factor, w)] = _one(_project(factor, ref, args.seed), setting, w, out)
        print(f"  ×{factor} {setting} {mode}: {time.perf_counter() - t0:.0f} s", flush=True)
    summary = summarise(results, args.workers)
    summary["plan"] = _describe_plan(runs)
    summary["benchmark_s"] = round(time.perf_counter() - began, 1)
    summary["uptime_before"] = uptime
    summary["uptime_after"] = subprocess.run(["uptime"], capture_output=True,
                                             text=True).stdout.strip()
    summary["reference_passages"] = ref
    summary["projection"] = projection(summary, factor=1000, cores=64)
    _print(summary, uptime)
    print_projection(summary["projection"])
    print(f"machine load after the runs: {summary['uptime_after']}")
    print(f"benchmark time: {summary['benchmark_s'] / 60:.1f} min (runs measured here; saved "
          "runs read, not rebuilt)")
    out = ROOT / "build" / "bench" / "scale.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {out}")
    return summary


if __name__ == "__main__":  # pragma: no cover
    run(sys.argv[1:])
