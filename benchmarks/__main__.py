"""Run every benchmarks/bench_*.py module's `run()` in one process, in pipeline order.

`python -m benchmarks` (what `make bench` runs); `python -m benchmarks ingest statements` runs
only the named ones; options after the names go to the last named benchmark's `run(argv)`
(`python -m benchmarks scale --sizes 1,10`). Each module prints its own figures; a summary JSON
goes to build/bench/results.json.
"""
from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

ORDER = ["ingest", "statements", "embed_cluster", "cluster", "annotations", "interchange",
         "drafting", "scoring", "build", "web"]
# not in ORDER, run only when named: `scale` (×1 and ×10 builds, serial and on Dask workers,
# and the saved ×100 run: under 20 minutes on 2 cores; `--measure 100` builds ×100 too, over
# half an hour more)


def main(argv: list[str]) -> int:
    first_option = next((i for i, a in enumerate(argv) if a.startswith("-")), len(argv))
    names, options = argv[:first_option], argv[first_option:]
    names = names or [n for n in ORDER if (Path(__file__).parent / f"bench_{n}.py").exists()]
    # forked workers (the build's process pools) would print an unflushed buffer again
    sys.stdout.reconfigure(line_buffering=True)
    results: dict[str, object] = {}
    failed = []
    for name in names:
        print(f"\n=== {name} " + "=" * (60 - len(name)), flush=True)
        t0 = time.perf_counter()
        try:
            mod = importlib.import_module(f"benchmarks.bench_{name}")
            results[name] = mod.run(options) if options and name == names[-1] else mod.run()
        except Exception as e:  # one failing benchmark never hides the others
            failed.append(name)
            print(f"benchmark {name} failed: {type(e).__name__}: {e}", file=sys.stderr)
        print(f"({name}: {time.perf_counter() - t0:.1f} s)", flush=True)
    out = Path("build/bench/results.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nresults written to {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
