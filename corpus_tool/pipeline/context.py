"""What the build's stages get: the options of `corpus-tool build`, a stage (its inputs'
fingerprint, its run, its outputs) and the context a stage runs in (the project, the index's
connection and its fingerprints, the mapper that runs the per-document work)."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tool.parallel import Mapper, serial_map
from corpus_tool.pipeline.lock import query_fp
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.store.db import connect


@dataclass
class BuildOptions:
    backend: str = "minilm"           # embeddings for clusters and area suggestions
    # the clustering's method and what it embeds (sentence or requirement), and its backend:
    # None, as the index was last clustered (by `cluster` with its own options, or a build)
    method: str | None = None
    cluster_on: str | None = None
    cluster_backend: str | None = None
    statements: str = "auto"          # statements: auto, trained, trained-ungated or rules
    suggestions: bool = True          # confident area suggestions join the drafts
    force: bool = False               # run every stage
    strict: bool = False              # any warning (build_warnings) fails the build
    only: tuple[str, ...] = ()        # run only these stages (and skip the rest)
    workers: int | None = None        # a Dask LocalCluster of this many worker processes
    scheduler: str | None = None      # or the running Dask cluster at this address


@dataclass
class Stage:
    name: str
    inputs: Callable[["Context"], str]
    run: Callable[["Context"], dict]
    outputs: Callable[["Context"], list[Path]] = lambda ctx: []
    needs: tuple[str, ...] = ()       # modules that must exist (else: unavailable)
    researchers: bool = False         # writes a researcher's file (framework.yaml): held back
                                      # by `build --strict` after a warning (`hold_framework`)


@dataclass
class Context:
    project: Project
    options: BuildOptions
    progress: Callable[[str], None] | None = None
    items: Progress | None = None     # the running stage's items done / total
    mapper: Mapper = serial_map       # runs the per-document map steps (here, or on Dask)
    # `build --strict` after a warning: the draft stage says what it would change in the
    # researcher's framework.yaml and writes nothing (trial 38, P13: a failing strict build
    # had added an indicator to it)
    hold_framework: bool = False
    _conn: sqlite3.Connection | None = None
    _fps: dict[str, str] = field(default_factory=dict)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.project.db_path)
        return self._conn

    def query_fp(self, sql: str) -> str:
        """`query_fp` of the index, taken once until the connection is closed, which the build
        does after every stage it runs (one that ran may have changed any table): the stages
        after `statements` each fingerprint every statement, once instead of twice per stage,
        and a build whose stages are all skipped reads them once."""
        if sql not in self._fps:
            self._fps[sql] = query_fp(self.conn, sql)
        return self._fps[sql]

    def close(self) -> None:
        self._fps.clear()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
