"""Dask distributed as the build's engine: `build --workers N` starts a `LocalCluster` of N
worker processes on this machine, `build --scheduler ADDRESS` (or `CORPUS_TOOL_SCHEDULER`) uses
a running cluster (`dask scheduler` / `dask worker ADDRESS`, dask-jobqueue on SLURM,
Kubernetes…). Without either the build runs here, serially, and Dask is never imported.

The stages do not know about Dask: each takes a `corpus_tool.parallel.Mapper` and maps a plain
function over partitions of documents that depend only on the data; `DaskMapper` submits those
tasks to the cluster and yields the results as they finish. The models a task needs (spaCy, the
sentence embedder) are loaded by the first task on each worker and kept for the next ones (the
stages keep one per process), so only the stages that run load anything.

Writes: the workers return rows and this process writes them as they come back, in batched
transactions (a partition of statements, a batch of embeddings; a document for ingest, all or
nothing as before), so the index keeps one writer.
Per-partition Parquet shards merged into the index afterwards were the alternative; they would
end in the same SQLite inserts, after a merge step, and the inserts are not what limits a
build: on the reference statements the writer stores ~7,000-8,400 rows/s on two busy shared
cores (one transaction per document or per partition of 4 or 32 barely differs: the per-row
cost dominates), where a worker extracts ~130 statements/s with the trained spaCy pipeline and
embeds ~80 texts/s with MiniLM.

The worker processes must import the same corpus-tool (on a LocalCluster they do; on a remote
cluster install the same version on every worker) and read the source files by path (a shared
file system when the workers run on other machines)."""
from __future__ import annotations

import importlib.util
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TypedDict, TypeVar

from corpus_tool.errors import InputError
from corpus_tool.parallel import Lost, Mapper, serial_map

T = TypeVar("T")
R = TypeVar("R")

SCHEDULER_ENV = "CORPUS_TOOL_SCHEDULER"
CONNECT_TIMEOUT = "10s"
# a task that killed its worker this many times is reported (the stage retries its partition's
# documents one per task, and names the one that kills its worker again)
ALLOWED_FAILURES = 1
ADDRESS_RE = re.compile(r"^(?:[a-z]+://)?(?:\[[0-9a-fA-F:]+\]|[^\s:/\[\]]+):\d{1,5}$")
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
INSTALL = "pip install 'corpus-tool[dask]'"


class EngineInfo(TypedDict):
    """Where a build ran (the `engine` of `build --json`)."""
    kind: str                   # serial, local (a LocalCluster) or scheduler
    workers: int
    address: str | None
    dashboard: str | None


@dataclass
class Engine:
    """Where the build's map steps run."""
    map: Mapper
    kind: str                   # serial, local or scheduler
    workers: int                # worker processes (1 when serial)
    address: str | None = None  # the scheduler's address
    dashboard: str | None = None

    def describe(self) -> str:
        if self.kind == "serial":
            return "serial (this process)"
        where = "LocalCluster" if self.kind == "local" else "Dask cluster"
        out = f"{where} at {self.address}, {self.workers} worker(s)"
        return out + (f"; dashboard {self.dashboard}" if self.dashboard else
                      "; no dashboard (pip install bokeh)")

    def to_dict(self) -> EngineInfo:
        return {"kind": self.kind, "workers": self.workers, "address": self.address,
                "dashboard": self.dashboard}


def _distributed() -> SimpleNamespace:
    """What is used of Dask, imported on first use (an optional dependency)."""
    try:
        import dask.config
        import distributed
    except ImportError:
        raise InputError("--workers and --scheduler run the build on Dask, which is not "
                         "installed", fix=INSTALL) from None
    return SimpleNamespace(config=dask.config, Client=distributed.Client,
                           LocalCluster=distributed.LocalCluster,
                           as_completed=distributed.as_completed,
                           KilledWorker=distributed.KilledWorker)


def _for_effect(fn: Callable[[], object]) -> None:
    """`fn()` for what it leaves on the worker (a model loaded, modules imported), not for its
    value, which stays here."""
    fn()


class DaskMapper:
    """A `Mapper` over a `distributed.Client`: one task per item, results as they finish."""

    def __init__(self, client) -> None:
        self.client = client
        self._warming: list = []

    def warm(self, fn: Callable[[], object]) -> None:
        """`fn` run once on every worker now, ahead of the tasks that follow (`parallel.warm`);
        a failure there is left for the tasks to meet and report."""
        self._warming = [self.client.submit(_for_effect, fn, workers=[w], pure=False,
                                            allow_other_workers=False)
                         for w in self.client.scheduler_info().get("workers", {})]

    def __call__(self, fn: Callable[[T], R], tasks: Sequence[T]
                 ) -> Iterator[tuple[int, R | Lost]]:
        if not tasks:
            return
        dd = _distributed()
        futures = self.client.map(fn, list(tasks), pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        try:
            for fut in dd.as_completed(futures, loop=self.client.loop):
                i = index[fut.key]
                try:
                    res = fut.result()
                except dd.KilledWorker as e:       # (task key, last worker, allowed failures)
                    worker = e.args[1] if len(e.args) > 1 else None
                    res = Lost(f"its Dask worker died: {getattr(worker, 'address', worker)}")
                fut.release()
                yield i, res
        finally:
            self.client.cancel([f for f in futures if f.status == "pending"])


def _dashboard(client) -> str | None:
    """The dashboard's address (served only where bokeh is installed)."""
    return client.dashboard_link if importlib.util.find_spec("bokeh") else None


# the LocalCluster's settings: one task in flight per worker (its one thread), so that when a
# worker dies only the task it was running is suspected, not one queued behind it (and so no
# work stealing, which only moves tasks already queued on a worker); no statistical profiler
# sampling each worker's stack every 10 ms (it only feeds the dashboard's Profile page, and cost
# about 9 % of the reading workers' CPU time: 6.09 against 6.70 CPU s, medians of 3 on 240 files
# of the x10 scale corpus); and the event loops' periodic upkeep every second rather than every
# 20-500 ms (the loop-health tick, the memory checks, the system monitor): an idle 2-worker
# cluster cost 6.2 % of a core in this process's event loop and 4.9 % in its workers, 0.9 % and
# 0.8 % with these, and on a build's busy cores every wake-up also takes the GIL from the thread
# doing the work. A worker's memory limits are checked every second, its dashboard plots
# refresh every 2 s.
LOCAL_CONFIG = {"distributed.scheduler.worker-saturation": 1.0,
                "distributed.scheduler.work-stealing": False,
                "distributed.worker.profile.enabled": False,
                "distributed.admin.tick.interval": "1s",
                "distributed.worker.memory.monitor-interval": "1s",
                "distributed.admin.system-monitor.interval": "2s"}


def start_local_cluster(workers: int, *, dashboard: str | None = None):
    """A `distributed.LocalCluster` of `workers` single-threaded worker processes on this
    machine, with `LOCAL_CONFIG` (what `build --workers N` starts)."""
    dd = _distributed()
    # the nannies set OMP_NUM_THREADS=1… for their workers in this process's environment too:
    # put it back, or torch here would run on one thread
    saved = {k: os.environ.get(k) for k in THREAD_VARS}
    with dd.config.set(LOCAL_CONFIG):
        cluster = dd.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=dashboard, silence_logs=logging.ERROR,
                                  scheduler_kwargs={"allowed_failures": ALLOWED_FAILURES})
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    return cluster


@contextmanager
def open_engine(*, workers: int | None = None, scheduler: str | None = None
                ) -> Iterator[Engine]:
    """The engine a build asked for: serial without `workers` or `scheduler`; else a Dask client
    on a new LocalCluster of `workers` processes or on the cluster at `scheduler`. Closed (and a
    LocalCluster shut down) on exit. Raises InputError for an unreachable scheduler."""
    if workers and scheduler:
        raise InputError("--workers starts a cluster on this machine, --scheduler uses a "
                         "running one: give one of them",
                         fix=f"drop --workers, or --scheduler (and unset {SCHEDULER_ENV})")
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    if not workers and not scheduler:
        yield Engine(serial_map, "serial", 1)
        return
    if scheduler and not ADDRESS_RE.match(scheduler):
        raise InputError(f"{scheduler!r} is not a Dask scheduler address",
                         fix="give it as tcp://HOST:PORT (the address `dask scheduler` prints, "
                             "port 8786 by default)")
    dd = _distributed()
    cluster = None
    if scheduler:
        try:
            client = dd.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise InputError(
                f"cannot reach the Dask scheduler at {scheduler} ({type(e).__name__}: {e})",
                fix="start one there (`dask scheduler`, then `dask worker ADDRESS` on each "
                    "machine), check the address and port (tcp://HOST:8786), or build on this "
                    f"machine with --workers N (and unset {SCHEDULER_ENV})") from None
        n = len(client.scheduler_info().get("workers", {}))
        kind = "scheduler"
    else:
        cluster = start_local_cluster(workers, dashboard=":0")
        # results come straight from the workers, not through the scheduler, which runs in
        # this process (a worker's result would otherwise cross it twice)
        client = dd.Client(cluster, set_as_default=False, direct_to_workers=True)
        n = workers
        kind = "local"
    try:
        yield Engine(DaskMapper(client), kind, n, client.scheduler.address, _dashboard(client))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
