"""Two identical builds write the same `build/`, byte for byte, apart from the files the pipeline
declares (times.json and the SQLite files, whose rows are then compared instead)."""
from __future__ import annotations

import json
import shutil
import sqlite3
import time

from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.project import open_project
from corpus_tool.pipeline import NOT_REPRODUCIBLE, TIMES_NAME, read_lock, read_times
from tests.indicators.conftest import make_project

runner = CliRunner()
FAST = ["--backend", "hash", "--statements", "rules", "--json"]


def _build(project) -> dict:
    r = runner.invoke(app, ["build", "--project", str(project.root), *FAST])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def _files(build_dir) -> dict[str, bytes]:
    return {f.relative_to(build_dir).as_posix(): f.read_bytes()
            for f in sorted(build_dir.rglob("*")) if f.is_file()}


def _rows(db) -> dict[str, list]:
    """Every row of every table, time stamps left out (and the full-text index's own tables,
    whose internal row ids follow the order in which documents were written)."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "ORDER BY name"):
            if "_fts" in table:
                continue
            cols = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')
                    if not c[1].endswith("_at")]
            sql = f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}"'
            out[table] = sorted(map(repr, conn.execute(sql)))
        return out
    finally:
        conn.close()


def test_two_identical_builds_give_byte_identical_build_folders(tmp_path):
    project = make_project(tmp_path / "p")
    shutil.rmtree(project.build_dir)
    pristine = tmp_path / "pristine"
    shutil.copytree(project.root, pristine)

    first_report = _build(project)
    first = _files(project.build_dir)
    # the same project again, from the same files, one second later
    shutil.rmtree(project.root)
    shutil.copytree(pristine, project.root)
    time.sleep(1.1)
    _build(project)
    second = _files(project.build_dir)

    assert set(first) == set(second)
    # and in another folder: the build's records name the project's files by their path in it
    # (a researcher's trial, session 43: two copies of one project differed in every record)
    elsewhere = tmp_path / "elsewhere" / "p"
    shutil.copytree(pristine, elsewhere)
    _build(open_project(elsewhere))
    moved = _files(elsewhere / "build")
    for name in ("build.json", "build.lock.json", "report/index.html"):
        assert moved[name] == first[name], name
    assert {"build.json", "build.lock.json", "report/index.html", "report/clusters.html",
            "provenance/framework.xlsx", TIMES_NAME, "corpus.sqlite"} <= set(first)
    different = sorted(k for k in first if first[k] != second[k])
    assert set(different) <= set(NOT_REPRODUCIBLE), different
    assert TIMES_NAME in different                  # it does record the times
    # the SQLite index differs in its bytes, not in its rows
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    a.write_bytes(first["corpus.sqlite"])
    b.write_bytes(second["corpus.sqlite"])
    rows_a = _rows(a)
    assert rows_a["statements"] and rows_a["passages"]
    assert rows_a == _rows(b)

    # times live in times.json only; the --json output still carries them
    assert all("seconds" in s for s in first_report["stages"])
    build_json = json.loads(first["build.json"])
    assert build_json["not_reproducible"] == NOT_REPRODUCIBLE
    assert not any("seconds" in s or "finished" in s for s in build_json["stages"])
    assert not any("seconds" in s or "finished" in s
                   for s in read_lock(project)["stages"].values())
    times = read_times(project)
    assert set(times["stages"]) == {s["stage"] for s in first_report["stages"]}
    assert times["build"]["seconds"] >= 0 and times["build"]["finished"].endswith("Z")
