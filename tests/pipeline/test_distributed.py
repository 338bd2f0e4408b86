"""`build --workers N` / `--scheduler ADDRESS`: the per-document stages on Dask give the same
results as the serial build; without either option Dask is never imported; a scheduler that
cannot be reached is an `Error:` naming the address and the fix."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import corpus_tool.pipeline.distributed as dist
from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.parallel import Lost, partition, serial_map, warm
from corpus_tool.project import init_project

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()
# the fast deterministic embedder and the rules-only statements (see test_reference_project_…)
FAST = ["--backend", "hash", "--statements", "rules"]
# the stages up to the drafts, which write indicators/ (validate, provenance and the report
# only read it)
UP_TO_DRAFT = [a for s in ("ingest", "statements", "embed", "cluster", "suggest", "draft")
               for a in ("--only", s)]


def _reference_copy(dest: Path) -> Path:
    """The repository's reference project (corpus, annotations, indicators), without build/."""
    dest.mkdir(parents=True)
    for d in ("corpus", "annotations", "indicators"):
        shutil.copytree(REPO / d, dest / d)
    return dest


def _files(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes()
            for f in sorted(folder.rglob("*")) if f.is_file()}


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_reference_project_builds_the_same_on_two_workers_as_serially(tmp_path):
    # The hash embedder and rules-only statements keep this under two minutes on two shared
    # cores; the map steps, partitions, writes and clustering are the same code as with MiniLM
    # and spaCy (whose batches are also fixed by the data, not by the partitioning).
    serial = _reference_copy(tmp_path / "serial")
    dask = _reference_copy(tmp_path / "dask")
    r1 = runner.invoke(app, ["build", "--project", str(serial), *FAST, *UP_TO_DRAFT, "--json"])
    r2 = runner.invoke(app, ["build", "--project", str(dask), *FAST, *UP_TO_DRAFT, "--json",
                             "--workers", "2"])
    assert r1.exit_code == 0, r1.output
    assert r2.exit_code == 0, r2.output
    rep1, rep2 = json.loads(r1.stdout), json.loads(r2.stdout)
    assert rep1["engine"] == {"kind": "serial", "workers": 1, "address": None, "dashboard": None}
    assert rep2["engine"]["kind"] == "local" and rep2["engine"]["workers"] == 2
    assert rep2["engine"]["address"].startswith("tcp://127.0.0.1:")
    assert "Dask: LocalCluster at tcp://127.0.0.1:" in r2.stderr
    assert [s["status"] for s in rep2["stages"]] == [s["status"] for s in rep1["stages"]]

    a, b = _files(serial / "indicators"), _files(dask / "indicators")
    assert "drafts/framework.draft.yaml" in a and "framework.yaml" in a
    assert a == b
    sql = "SELECT item_id, cluster_id, role FROM cluster_points ORDER BY item_id"
    points = _rows(serial / "build" / "corpus.sqlite", sql)
    assert len({p[1] for p in points if p[1]}) > 10
    assert points == _rows(dask / "build" / "corpus.sqlite", sql)
    sql = 'SELECT id, start, "end", actor, deontic, strength FROM statements ORDER BY id'
    assert _rows(serial / "build" / "corpus.sqlite", sql) == _rows(
        dask / "build" / "corpus.sqlite", sql)
    sugg = "build/cache/suggestions.json"
    assert (serial / sugg).read_bytes() == (dask / sugg).read_bytes()
    # the same vectors: embedded by the embed stage, here and as the workers' tasks
    embed1, embed2 = (next(s for s in r["stages"] if s["stage"] == "embed") for r in (rep1, rep2))
    assert embed1["status"] == "ran" and embed1["summary"] == embed2["summary"]
    assert embed1["summary"]["embedded"] == embed1["summary"]["distinct"] > 1000
    sql = "SELECT model_id, text_sha256, vec FROM embeddings ORDER BY model_id, text_sha256"
    vectors = _rows(serial / "build" / "cache" / "embeddings.sqlite", sql)
    assert len(vectors) >= embed1["summary"]["distinct"]
    assert vectors == _rows(dask / "build" / "cache" / "embeddings.sqlite", sql)


SCRIPT = """
import sys
from typer.testing import CliRunner
from corpus_tool.cli import app
r = CliRunner().invoke(app, ["build", "--project", sys.argv[1], "--backend", "hash",
                             "--statements", "rules", "--only", "ingest", "--only", "statements"])
assert r.exit_code == 0, r.output
print(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")))
"""


def test_a_build_without_workers_or_scheduler_never_imports_dask(tmp_path):
    project = _reference_copy(tmp_path / "p")
    manifest = (project / "corpus" / "manifest.csv").read_text(encoding="utf-8").splitlines()
    (project / "corpus" / "manifest.csv").write_text(
        "\n".join([manifest[0]] + [r for r in manifest[1:] if r.startswith("crc-gc1-2001,")])
        + "\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(SCRIPT), str(project)],
                         capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert (project / "build" / "corpus.sqlite").exists()


def test_an_unreachable_scheduler_is_an_error_naming_the_address_and_the_fix(tmp_path,
                                                                             monkeypatch):
    monkeypatch.setattr(dist, "CONNECT_TIMEOUT", "1s")
    project = init_project(tmp_path / "p").root
    r = runner.invoke(app, ["build", "--project", str(project), "--scheduler",
                            "tcp://127.0.0.1:9"])
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 ")
    assert "`dask scheduler`" in r.stderr and "--workers N" in r.stderr
    assert not (project / "build" / "build.json").exists()
    # the same from the environment
    monkeypatch.setenv(dist.SCHEDULER_ENV, "tcp://127.0.0.1:9")
    r = runner.invoke(app, ["build", "--project", str(project)])
    assert r.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.stderr
    assert "unset CORPUS_TOOL_SCHEDULER" in r.stderr


def test_a_malformed_scheduler_address_and_both_options_are_refused(tmp_path, monkeypatch):
    monkeypatch.delenv(dist.SCHEDULER_ENV, raising=False)
    init_project(tmp_path)
    r = runner.invoke(app, ["build", "--project", str(tmp_path), "--scheduler", "cluster:xx"])
    assert r.exit_code == 1
    assert "'cluster:xx' is not a Dask scheduler address" in r.stderr
    assert "tcp://HOST:PORT" in r.stderr
    r = runner.invoke(app, ["build", "--project", str(tmp_path), "--workers", "2",
                            "--scheduler", "tcp://127.0.0.1:8786"])
    assert r.exit_code == 2 and "not both" in r.stderr
    r = runner.invoke(app, ["build", "--project", str(tmp_path), "--workers", "0"])
    assert r.exit_code == 2
    with pytest.raises(InputError, match="give one of them"):
        with dist.open_engine(workers=2, scheduler="tcp://127.0.0.1:8786"):
            pass


def _refuse() -> None:
    raise AssertionError("warmed here")


def test_the_serial_engine_maps_in_order_and_partitions_depend_on_the_data_only():
    with dist.open_engine() as engine:
        assert engine.kind == "serial" and engine.map is serial_map
        assert list(engine.map(len, ["a", "bb", ""])) == [(0, 1), (1, 2), (2, 0)]
        warm(engine.map, _refuse)      # nothing to warm: the tasks load what they need here
        warm(None, _refuse)
    assert partition(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert partition([], 3) == []
    assert Lost("x") == Lost("x")


def _die_on(n: int) -> int:
    if n == 3:
        os._exit(1)          # what a reader crashing the interpreter does to its worker
    return n * n


WARMED = "CORPUS_TOOL_TEST_WARMED"


def _mark_warm() -> None:
    os.environ[WARMED] = str(os.getpid())


def _warmed() -> str | None:
    return os.environ.get(WARMED)


def _worker_settings() -> tuple:
    import dask.config
    return tuple(dask.config.get(k) for k in dist.LOCAL_CONFIG)


def test_a_worker_dying_on_one_task_reports_that_task_and_the_rest_continue():
    with dist.open_engine(workers=2) as engine:
        assert engine.kind == "local" and engine.workers == 2
        # the LocalCluster's settings reach its worker processes (no stack profiler there)
        assert set(engine.map.client.run(_worker_settings).values()) == {
            tuple(dist.LOCAL_CONFIG.values())}
        # warming runs once on every worker, ahead of the tasks that follow
        warm(engine.map, _mark_warm)
        deadline = time.monotonic() + 60
        while None in (marks := engine.map.client.run(_warmed)).values():
            assert time.monotonic() < deadline, f"not every worker was warmed: {marks}"
            time.sleep(0.2)
        assert len(set(marks.values())) == 2          # each in its own worker process
        out = dict(engine.map(_die_on, [1, 2, 3, 4, 5]))
    assert {k: v for k, v in out.items() if k != 2} == {0: 1, 1: 4, 3: 16, 4: 25}
    assert isinstance(out[2], Lost) and "worker died" in out[2].message


def test_a_running_cluster_is_used_through_its_scheduler_address(tmp_path, monkeypatch):
    from distributed import LocalCluster
    project = _reference_copy(tmp_path / "p")
    manifest = (project / "corpus" / "manifest.csv").read_text(encoding="utf-8").splitlines()
    (project / "corpus" / "manifest.csv").write_text(
        "\n".join(manifest[:4]) + "\n", encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        monkeypatch.setenv(dist.SCHEDULER_ENV, cluster.scheduler_address)
        r = runner.invoke(app, ["build", "--project", str(project), *FAST, "--json",
                                "--only", "ingest", "--only", "statements"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert rep["engine"]["kind"] == "scheduler" and rep["engine"]["workers"] == 1
    assert rep["engine"]["address"] == cluster.scheduler_address
    assert f"Dask: Dask cluster at {cluster.scheduler_address}, 1 worker(s)" in r.stderr
    stages = {s["stage"]: s for s in rep["stages"]}
    assert stages["ingest"]["summary"]["ingested"] == 3
    assert stages["statements"]["summary"]["statements"] > 100
