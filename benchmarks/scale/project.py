"""What a bigger build would cost, from the figures `python -m benchmarks scale` measured:

    python -m benchmarks.scale.project [build/bench/scale.json] [--factor 1000] [--cores 64]

For each model setting, from its largest size measured both without Dask and with workers:
each stage's CPU seconds split into the main process's own (writes, scheduling, clustering,
drafting: what no worker takes over) and the workers' (the map steps). At ×F the work grows by
F / size (linear: the "k = 1" column) or by (F / size)^k with the stage's measured CPU exponent
(the "measured k" column); the main process's part runs on one core, the workers' part is
spread over `cores` (no transfer or scheduling overhead added: a lower bound). Memory and index
sizes are extrapolated along the line through the two largest sizes; a setting measured at one
size only gives no memory projection (a line through one point and zero would scale the models'
fixed memory with the corpus). A worker holds its models and one partition, whose size does not
grow with the corpus: its projected peak is the largest measured.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def size(run: dict, stage: str, unit: str = "passages") -> int | None:
    """How much of `run`'s corpus `stage` works on: ingest every passage, the later stages the
    passages in their documents' own language; counted in passages or in `characters` (None
    when the run did not count them)."""
    own = "" if stage == "ingest" else "own_language_"
    return run["counts"].get(own + unit)


def _line(points: list[tuple[float, float]], x: float) -> float | None:
    """The value at `x` on the line through the two largest sizes (None from one size only)."""
    points = sorted(points)[-2:]
    if len(points) < 2 or points[0][0] == points[1][0]:
        return None
    (x0, y0), (x1, y1) = points
    return y1 + (y1 - y0) / (x1 - x0) * (x - x1)


def _gb(mb: float | None) -> float | None:
    return None if mb is None else round(mb / 1024, 1)


def projection(summary: dict, *, factor: int = 1000, cores: int = 64) -> dict:
    runs = summary["runs"]
    out: dict = {"factor": factor, "cores": cores, "settings": {}}
    workers = max((r["workers"] for r in runs), default=0)
    for setting in sorted({r["setting"] for r in runs}):
        mine = [r for r in runs if r["setting"] == setting]
        both = sorted({r["factor"] for r in mine if r["workers"] == 0}
                      & {r["factor"] for r in mine if r["workers"] == workers and workers})
        if not both:
            continue
        base = both[-1]
        par = next(r for r in mine if r["factor"] == base and r["workers"] == workers)
        ks = summary.get("exponents", {}).get(f"{setting}/{workers} workers/cpu", {})
        scale = factor / base
        stages = {}
        for st, v in par["stages"].items():
            if v["status"] != "ran":
                continue
            main = v.get("main_cpu_s", v.get("cpu_s", 0.0))
            work = max(v.get("cpu_s", 0.0) - main, 0.0)
            k = ks.get(st) or 1.0
            stages[st] = {
                "measured_cpu_s": v.get("cpu_s", 0.0), "main_cpu_s": main,
                "items_at_factor": round(size(par, st) * scale),
                "cpu_hours": round((main + work) * scale / 3600, 2),
                "wall_min_k1": round((main * scale + work * scale / cores) / 60, 1),
                "k": k,
                "wall_min_measured_k": round((main + work / cores) * scale ** k / 60, 1)}
        mem = [(r["factor"], r["main_peak_mb"]) for r in mine if r["workers"] == workers]
        wmem = [(r["factor"], max(r["worker_peak_mb"].values(), default=0.0))
                for r in mine if r["workers"] == workers]
        db = [(r["factor"], sum(r.get("build_mb", {}).values())) for r in mine
              if r["workers"] == workers]
        out["settings"][setting] = {
            "from_factor": base, "backend": par["backend"], "statements": par["statements"],
            "stages": stages,
            "wall_hours_k1": round(sum(s["wall_min_k1"] for s in stages.values()) / 60, 2),
            "wall_hours_measured_k": round(sum(s["wall_min_measured_k"]
                                               for s in stages.values()) / 60, 2),
            "cpu_hours": round(sum(s["cpu_hours"] for s in stages.values()), 1),
            "main_peak_gb": _gb(_line(mem, factor)),
            "worker_peak_gb": _gb(max((mb for _, mb in wmem), default=None)),
            "index_gb": _gb(_line(db, factor)),
        }
    return out


def print_projection(p: dict) -> None:
    print(f"\n×{p['factor']} on {p['cores']} cores, projected (a lower bound: no transfer or "
          "scheduling overhead):")
    for setting, s in p["settings"].items():
        print(f"  {setting} models ({s['backend']} embeddings, {s['statements']} statements), "
              f"from ×{s['from_factor']}: {s['cpu_hours']} CPU hours; wall "
              f"{s['wall_hours_k1']} h if every stage is linear, {s['wall_hours_measured_k']} h "
              "with the measured exponents; main process peak "
              + (f"≈ {s['main_peak_gb']} GB" if s["main_peak_gb"] is not None
                 else "not projected (one size measured)")
              + (f", per worker ≈ {s['worker_peak_gb']} GB (the largest measured: a worker "
                 "holds its models and one partition)" if s["worker_peak_gb"] else "")
              + (f", index files ≈ {s['index_gb']} GB" if s["index_gb"] else ""))
        print("    " + ", ".join(f"{st} {v['wall_min_k1']} min (main {v['main_cpu_s']:.0f} of "
                                 f"{v['measured_cpu_s']:.0f} CPU s)"
                                 for st, v in s["stages"].items() if v["wall_min_k1"] >= 0.1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("figures", type=Path, nargs="?", default=ROOT / "build/bench/scale.json")
    ap.add_argument("--factor", type=int, default=1000)
    ap.add_argument("--cores", type=int, default=64)
    args = ap.parse_args(argv)
    p = projection(json.loads(args.figures.read_text(encoding="utf-8")), factor=args.factor,
                   cores=args.cores)
    print_projection(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
