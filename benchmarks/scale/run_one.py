"""One cold `corpus-tool build` of a scale project, measured, in a process of its own (so that its
peak memory is its own): `python -m benchmarks.scale.run_one PROJECT --out RESULT.json
[--backend static] [--statements rules] [--workers 2] [--keep [--only STAGE]… [--cold-embeddings]
[--cold-statements]]`
(`--keep`: a warm build over the `build/` a previous run left, in which only the stages whose
inputs or code changed run; with `--only`, only those stages, forced; `--cold-embeddings`
deletes the embedding cache first, so the embed stage embeds every text again;
`--cold-statements` deletes the statements, so the statements stage extracts them all again).

Writes per stage: status, seconds and CPU seconds (this process and every process it started:
on a loaded machine the wall time includes waiting for a core, the CPU time is the work; and of
this process alone, the part no worker can take over, split by thread: the build's own work in
`MainThread`, Dask's scheduler, nannies and client in `IO loop`; a thread that ended during the
stage is not counted) and this process's peak memory during the
stage (sampled) and its high-water mark at the stage's end (`ru_maxrss`: the stage that raises it
set the peak). For the whole build: the peak resident memory of this (the main) process
(`resource.getrusage`) and of every process it started (ingest pool, Dask nanny and worker
processes), sampled with psutil every 0.2 s; with workers, each Dask worker's own peak as it
reports it (`Client.run` of `getrusage` on every worker, at the end of the build); and what the
index holds (documents, passages, passages in the documents' own language, statements and
distinct statement texts, clusters)."""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import resource
import shutil
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import psutil


class TreeSampler:
    """Peak RSS of every descendant of this process, and of this process during each stage
    (`stage` is set by `CpuPerStage`), sampled in a thread."""

    REFRESH = 5         # the list of descendants is taken again every REFRESH samples

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peaks: dict[int, dict] = {}
        self.stage = ""
        self.main_by_stage: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name="TreeSampler")

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        me = psutil.Process()
        children: list[psutil.Process] = []
        n = 0
        while not self._stop.is_set():
            if self.stage:
                mb = me.memory_info().rss / 2**20
                self.main_by_stage[self.stage] = max(self.main_by_stage.get(self.stage, 0.0), mb)
            if n % self.REFRESH == 0:       # listing them scans every process of the machine
                try:
                    children = me.children(recursive=True)
                except psutil.Error:
                    children = []
            n += 1
            for c in children:
                try:
                    rss = c.memory_info().rss
                    if c.pid not in self.peaks:
                        self.peaks[c.pid] = {"pid": c.pid, "kind": _kind(c), "peak_mb": 0.0}
                    rec = self.peaks[c.pid]
                    rec["peak_mb"] = max(rec["peak_mb"], rss / 2**20)
                except psutil.Error:
                    continue
            self._stop.wait(self.every)


def _kind(proc: psutil.Process) -> str:
    try:
        cmd = " ".join(proc.cmdline())
    except psutil.Error:
        return "process"
    if "distributed" in cmd or "dask" in cmd:
        return "dask"
    if "multiprocessing" in cmd or "forkserver" in cmd or "spawn_main" in cmd:
        return "spawned"
    return "forked"


def main_cpu_seconds() -> float:
    """CPU (user + system) of this process alone, so far."""
    t = os.times()
    return t.user + t.system


def thread_cpu_seconds() -> dict[str, float]:
    """CPU (user + system) of each live thread of this process so far, by the thread's name
    (threads of one name summed: the build's own work is `MainThread`; Dask's event loops are
    `IO loop`; `TreeSampler` samples memory)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = {}
    for t in psutil.Process().threads():
        name = names.get(t.id, "other")
        name = "IO loop" if name.startswith("IO loop") else name
        out[name] = out.get(name, 0.0) + t.user_time + t.system_time
    return out


def cpu_seconds() -> float:
    """CPU (user + system) of this process, of its finished children and of its live
    descendants, so far."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    try:
        kids = psutil.Process().children(recursive=True)
    except psutil.Error:
        kids = []
    for c in kids:
        try:
            ct = c.cpu_times()
            total += ct.user + ct.system
        except psutil.Error:
            continue
    return total


class CpuPerStage:
    """A build `reporter` that takes the CPU seconds each stage used."""

    def __init__(self, sampler: TreeSampler) -> None:
        self.cpu: dict[str, float] = {}
        self.main_cpu: dict[str, float] = {}
        self.maxrss: dict[str, float] = {}
        self.threads: dict[str, dict[str, float]] = {}
        self.sampler = sampler
        self._begin: dict[str, tuple[float, float, dict[str, float]]] = {}

    def start(self, stage: str):
        self._begin[stage] = (cpu_seconds(), main_cpu_seconds(), thread_cpu_seconds())
        self.sampler.stage = stage
        return None

    def finish(self, stage: str, status: str, summary: dict) -> None:
        if stage in self._begin:
            total, main, threads = self._begin.pop(stage)
            self.cpu[stage] = round(cpu_seconds() - total, 2)
            self.main_cpu[stage] = round(main_cpu_seconds() - main, 2)
            now = thread_cpu_seconds()
            self.threads[stage] = {k: round(v - threads.get(k, 0.0), 2) for k, v in now.items()
                                   if v - threads.get(k, 0.0) >= 0.01}
        # the main process's high-water mark so far: the stage that raises it set the peak
        # (exact, where the sampler's 0.2 s can miss a short spike)
        self.maxrss[stage] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_maxrss() -> float:
    """A Dask worker's own peak resident memory, MB (what `Client.run` calls on each)."""
    import resource as r
    return r.getrusage(r.RUSAGE_SELF).ru_maxrss / 1024


def index_counts(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        out = {"documents": one("SELECT COUNT(*) FROM documents"),
               "passages": one("SELECT COUNT(*) FROM passages"),
               "own_language_passages": one(
                   "SELECT COUNT(*) FROM passages p JOIN documents d ON d.id = p.doc_id "
                   "WHERE p.lang = d.language"),
               "characters": one("SELECT SUM(LENGTH(text)) FROM passages"),
               "own_language_characters": one(
                   "SELECT SUM(LENGTH(p.text)) FROM passages p JOIN documents d "
                   "ON d.id = p.doc_id WHERE p.lang = d.language")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "statements" in tables:
            out["statements"] = one("SELECT COUNT(*) FROM statements")
            out["distinct_statement_texts"] = one("SELECT COUNT(DISTINCT text) FROM statements")
        if "clusters" in tables:
            out["clusters"] = one("SELECT COUNT(*) FROM clusters")
        return out
    finally:
        conn.close()


def run(project_dir: Path, *, backend: str, statements: str, workers: int,
        keep: bool = False, only: tuple[str, ...] = (), cold_embeddings: bool = False,
        cold_statements: bool = False) -> dict:
    # the code measured is the code at the start (the Dask workers import modules as tasks need
    # them: run from a tree nobody changes until the run ends)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[2]).stdout.strip()
    from corpus_tool.pipeline.builder import build
    from corpus_tool.pipeline.context import BuildOptions
    from corpus_tool.project import open_project

    project = open_project(project_dir)
    if not keep:
        shutil.rmtree(project.build_dir, ignore_errors=True)
    if keep and cold_embeddings:       # a warm build whose texts are all embedded again
        for f in (project.build_dir / "cache").glob("embeddings.sqlite*"):
            f.unlink()
    if keep and cold_statements:       # ... whose statements are all extracted again
        conn = sqlite3.connect(project.db_path)
        with conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            for table in {"statements", "statement_passages", "statement_docs"} & tables:
                conn.execute(f"DELETE FROM {table}")
        conn.close()
    opts = BuildOptions(backend=backend, statements=statements, only=only, force=bool(only))
    worker_peaks: dict[str, float] = {}
    cluster = client = None
    if workers:
        # the cluster `build --workers N` starts (same settings), started here so that this
        # process holds a client to ask the workers for their peak memory after the build
        if "scheduler" not in {f.name for f in dataclasses.fields(BuildOptions)}:
            raise SystemExit("this corpus-tool has no Dask engine (BuildOptions.scheduler)")
        import dask.config
        from distributed import Client

        from corpus_tool.pipeline.distributed import start_local_cluster
        cluster = start_local_cluster(workers)
        client = Client(cluster, set_as_default=False)
        opts.scheduler = cluster.scheduler_address
        # the build's client takes results straight from the workers, as on `--workers` (this
        # process ends with the run)
        dask.config.set({"distributed.client.direct-to-workers": True})
    sampler = TreeSampler()
    cpu = CpuPerStage(sampler)
    t0 = time.perf_counter()
    try:
        with sampler:
            rep = build(project, options=opts, reporter=cpu)
            if client is not None:
                worker_peaks = {addr: round(mb, 1) for addr, mb in
                                sorted(client.run(_worker_maxrss).items())}
    finally:
        if client is not None:
            # workers still sending heartbeats while the cluster closes log closed-stream errors
            logging.getLogger("distributed").setLevel(logging.CRITICAL)
            client.close()
            cluster.close()
    wall = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": commit or None,
        "cpu_s": round(cpu_seconds(), 2),
        "project": str(project_dir), "backend": backend, "statements": statements,
        "workers": workers, "cold": not keep, "only": list(only),
        "cold_embeddings": cold_embeddings, "cold_statements": cold_statements,
        "ok": rep["ok"], "wall_s": round(wall, 2),
        "stages": {s["stage"]: {"status": s["status"], "seconds": s["seconds"],
                                "cpu_s": cpu.cpu.get(s["stage"], 0.0),
                                "main_cpu_s": cpu.main_cpu.get(s["stage"], 0.0),
                                # the main process's CPU by thread (MainThread: the build's own
                                # work; IO loop: Dask's scheduler, nannies and client)
                                "main_threads_cpu_s": cpu.threads.get(s["stage"], {}),
                                "main_peak_mb": round(sampler.main_by_stage.get(s["stage"], 0.0)),
                                "main_maxrss_after_mb": round(cpu.maxrss.get(s["stage"], 0.0)),
                                "message": s.get("message", "")} for s in rep["stages"]},
        "main_peak_mb": round(own, 1),
        "children": sorted(({**v, "peak_mb": round(v["peak_mb"], 1)}
                            for v in sampler.peaks.values()), key=lambda v: -v["peak_mb"]),
        "worker_peak_mb": worker_peaks,
        "counts": index_counts(project.db_path),
        "build_mb": {f.name: round(f.stat().st_size / 2**20, 1)
                     for f in sorted(project.build_dir.rglob("*.sqlite")) if f.is_file()},
        "load": list(psutil.getloadavg()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--backend", default="minilm")
    ap.add_argument("--statements", default="auto")
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--keep", action="store_true",
                    help="keep build/ (a warm build: only the stages whose inputs or code "
                         "changed run; their figures are measured)")
    ap.add_argument("--only", action="append", default=[],
                    help="with --keep: run only this stage (repeatable), forced, over the "
                         "build/ left (to time a few stages in interleaved pairs)")
    ap.add_argument("--cold-embeddings", action="store_true",
                    help="with --keep: delete the embedding cache first")
    ap.add_argument("--cold-statements", action="store_true",
                    help="with --keep: delete the statements first")
    args = ap.parse_args(argv)
    if (args.only or args.cold_embeddings or args.cold_statements) and not args.keep:
        ap.error("--only, --cold-embeddings and --cold-statements time stages of a built "
                 "project: add --keep")
    res = run(args.project, backend=args.backend, statements=args.statements,
              workers=args.workers, keep=args.keep, only=tuple(args.only),
              cold_embeddings=args.cold_embeddings, cold_statements=args.cold_statements)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
