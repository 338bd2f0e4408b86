"""`corpus-tool build` on the reference project: cold build vs a second build with nothing
changed (the lock file of input fingerprints skips every stage), and an incremental build after
one annotation changes.

`python -m benchmarks build`. The reference project (corpus/, annotations/, indicators/) is copied
to a temporary folder so the repository's own build/ is left alone. Cold builds are costly (the
whole pipeline with MiniLM), so they run `BENCH_BUILD_COLD_RUNS` times (default 1); warm builds
run 5 times; medians are reported. Figures, not tests: no thresholds.
"""
from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _copy_project(dest: Path) -> None:
    for d in ("corpus", "annotations", "indicators"):
        shutil.copytree(ROOT / d, dest / d)


def _timed_build(project, options) -> tuple[float, dict]:
    from corpus_tool.pipeline.builder import build
    t0 = time.perf_counter()
    rep = build(project, options=options)
    return time.perf_counter() - t0, rep


def run() -> dict:
    import functools

    import corpus_tool.pipeline.stages as pl
    from corpus_tool.pipeline.context import BuildOptions
    from corpus_tool.project import open_project

    # the code does not change during one benchmark run (in a shared working tree other people's
    # edits would otherwise wake stages): fingerprint each stage's code once
    original_code_fp = pl.code_fp
    pl.code_fp = functools.lru_cache(maxsize=None)(original_code_fp)

    backend = os.environ.get("BENCH_BUILD_BACKEND", "minilm")
    cold_runs = int(os.environ.get("BENCH_BUILD_COLD_RUNS", "1"))
    opts = BuildOptions(backend=backend)
    tmp = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        root = tmp / "ref"
        _copy_project(root)
        project = open_project(root)
        colds, stages = [], {}
        for _ in range(cold_runs):
            shutil.rmtree(project.build_dir, ignore_errors=True)
            t, rep = _timed_build(project, opts)
            colds.append(t)
            stages = {s["stage"]: (s["status"], s["seconds"]) for s in rep["stages"]}
            if not rep["ok"]:
                print("cold build not ok:", [s for s in rep["stages"] if s["status"] == "failed"])
        warms = []
        statuses = set()
        warm_ran = []
        for _ in range(5):
            t, rep = _timed_build(project, opts)
            warms.append(t)
            statuses |= {s["status"] for s in rep["stages"]}
            warm_ran += [s["stage"] for s in rep["stages"] if s["status"] == "ran"]
        # one annotation file changes: only draft → validate → provenance → report rerun
        ann = sorted(project.annotations_dir.glob("*.jsonl"))[-1]
        lines = ann.read_text(encoding="utf-8").splitlines(keepends=True)
        ann.write_text("".join(lines[:-1]), encoding="utf-8")
        t_inc, rep_inc = _timed_build(project, opts)
        reran = [s["stage"] for s in rep_inc["stages"] if s["status"] == "ran"]
        cold, warm = statistics.median(colds), statistics.median(warms)
        figures = {
            "backend": backend,
            "cold_runs": cold_runs,
            "cold_s": round(cold, 2),
            "warm_s": round(warm, 3),
            "warm_over_cold": round(warm / cold, 5),
            "warm_statuses": sorted(statuses),
            "warm_stages_that_ran": warm_ran,
            "one_annotation_removed_s": round(t_inc, 2),
            "one_annotation_reran": reran,
            "cold_stage_seconds": {k: v[1] for k, v in stages.items()},
        }
    finally:
        pl.code_fp = original_code_fp
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"build (backend {backend}): cold {figures['cold_s']:.1f} s (median of {cold_runs}), "
          f"warm {figures['warm_s']:.3f} s (median of 5) → warm/cold = "
          f"{figures['warm_over_cold']:.4f} ({100 * figures['warm_over_cold']:.2f} %)")
    print("  cold stages: " + ", ".join(f"{k} {v:.1f} s"
                                        for k, v in figures["cold_stage_seconds"].items()))
    print(f"  warm build statuses: {', '.join(figures['warm_statuses'])}"
          + (f" (ran: {', '.join(warm_ran)})" if warm_ran else ""))
    print(f"  one annotation removed: {figures['one_annotation_removed_s']:.2f} s, reran "
          f"{', '.join(figures['one_annotation_reran'])}")
    return figures


if __name__ == "__main__":  # pragma: no cover
    run()
