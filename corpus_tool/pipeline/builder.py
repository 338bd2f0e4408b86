"""`corpus-tool build`: every stage in order, skipping the ones whose inputs did not change.

ingest → statements → embed (the statements' texts, into the cache) → cluster → suggest →
draft (+ merge into the framework) → validate → provenance → scores → report

Like weasel's project lock: `build/build.lock.json` records, per stage, a fingerprint of its
inputs (content hashes of files, of the index rows it reads, of its settings and of the code of
the stage) and the outputs it wrote. A stage runs again only when that fingerprint changed or an
output is missing; since fingerprints are of content, a stage that ran again but produced the same
output does not wake the stages after it. Heavy libraries (spaCy, torch) are imported only by a
stage that actually runs."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypedDict

from corpus_tool.errors import CorpusToolError, InputError
from corpus_tool.pipeline.build_warnings import build_warnings
from corpus_tool.pipeline.distributed import Engine, open_engine
from corpus_tool.pipeline.lock import save_json, read_lock, write_lock
from corpus_tool.pipeline.context import BuildOptions, Context, Stage
from corpus_tool.pipeline.stages import STAGE_NAMES, STAGES
from corpus_tool.pipeline.times import NOT_REPRODUCIBLE, read_times, times_path
from corpus_tool.progress import StageReporter
from corpus_tool.project import Project
from corpus_tool.store.db import connect, failed_files


@dataclass
class StageResult:
    name: str
    status: str                       # ran, skipped, failed, unavailable
    seconds: float = 0.0
    summary: dict = field(default_factory=dict)
    message: str = ""

    def to_dict(self) -> dict:
        return {"stage": self.name, "status": self.status, "seconds": round(self.seconds, 3),
                "summary": self.summary, "message": self.message}


class BuildReport(TypedDict):
    """`build --json`: whether the build is good, the engine that ran it (serial, a local Dask
    cluster or a running scheduler), each stage's `StageResult.to_dict()`, the documents that
    failed to ingest, the warnings (stage, message), and the report's path when this build
    wrote it or found it fresh (the report stage ran or was skipped as unchanged), else None."""
    ok: bool
    seconds: float
    engine: dict[str, Any]
    stages: list[dict[str, Any]]
    failed_documents: list[str]
    warnings: list[dict[str, Any]]
    strict: bool
    report: str | None


def _fresh_report(project: Project, results: list[StageResult]) -> str | None:
    """The report's path if the report stage ran or was skipped as unchanged in this build and
    the file is there; None when the build left it out (`--only`), or it failed or could not run."""
    stage = next((r for r in results if r.name == "report"), None)
    path = project.report_dir / "index.html"
    ok = stage is not None and stage.status in ("ran", "skipped") and path.exists()
    return str(path) if ok else None


def in_project(value: Any, project: Project) -> Any:
    """`value` (a stage's summary) with every path inside the project written relative to its
    root: the build's records are the same in every copy of the project (a researcher's trial,
    session 43: build.json and the report named one machine's folders)."""
    if isinstance(value, str):
        for root in (f"{project.root.resolve()}/", f"{project.root}/"):
            if value.startswith(root):
                return value[len(root):]
        return value
    if isinstance(value, dict):
        return {k: in_project(v, project) for k, v in value.items()}
    if isinstance(value, list):
        return [in_project(v, project) for v in value]
    return value


def _failed_files(project: Project) -> list[str]:
    """The files (and manifest lines) the index records as unreadable now."""
    if not project.db_path.exists():
        return []
    conn = connect(project.db_path)
    try:
        return failed_files(conn)
    finally:
        conn.close()


def _available(stage: Stage) -> bool:
    import importlib.util
    return all(importlib.util.find_spec(m) is not None for m in stage.needs)


def build(project: Project, *, options: BuildOptions | None = None,
          progress: Callable[[str], None] | None = None,
          reporter: StageReporter | None = None,
          notice: Callable[[str], None] | None = None) -> BuildReport:
    """Run the pipeline on `project`; returns one entry per stage and the totals. A failing stage
    is reported, never raised; the later stages still run on what there is (drafts need only
    the annotations), so one failure does not hide the rest. `progress(name)` is told when a
    stage starts; `reporter` also gets each stage's items done / total and how it ended.
    With `options.workers` or `options.scheduler` the per-document stages run on Dask
    (`pipeline.distributed`); `notice` is told where (the cluster and its dashboard) first."""
    options = options or BuildOptions()
    unknown = [s for s in options.only if s not in STAGE_NAMES]
    if unknown:
        raise InputError(f"unknown stage(s) {', '.join(unknown)}",
                         fix=f"stages are {', '.join(STAGE_NAMES)}")
    with open_engine(workers=options.workers, scheduler=options.scheduler) as engine:
        if notice and engine.kind != "serial":
            notice(f"Dask: {engine.describe()}")
        report = _build(project, options, engine, progress, reporter)
    return report


def _build(project: Project, options: BuildOptions, engine: Engine,
           progress: Callable[[str], None] | None, reporter: StageReporter | None) -> dict:
    ctx = Context(project, options, progress, mapper=engine.map)
    lock = read_lock(project)
    times = read_times(project)
    results: list[StageResult] = []
    t_all = time.perf_counter()
    failed = False

    def _done(result: StageResult) -> None:
        results.append(result)
        if reporter:
            reporter.finish(result.name, result.status,
                            result.summary or ({"message": result.message} if result.message
                                               else {}))

    try:
        for stage in STAGES:
            if options.only and stage.name not in options.only:
                continue
            if not _available(stage):
                _done(StageResult(stage.name, "unavailable",
                                  message=f"needs {', '.join(stage.needs)}"))
                continue
            t0 = time.perf_counter()
            try:
                fp = stage.inputs(ctx)
                prev = lock["stages"].get(stage.name, {})
                outs = stage.outputs(ctx)
                if (not options.force and prev.get("inputs") == fp
                        and all(o.exists() for o in outs)):
                    _done(StageResult(stage.name, "skipped", time.perf_counter() - t0,
                                      prev.get("summary", {}), "inputs unchanged"))
                    continue
                if progress:
                    progress(stage.name)
                ctx.hold_framework = options.strict and stage.researchers and bool(
                    build_warnings(project, [r.to_dict() for r in results]))
                ctx.items = reporter.start(stage.name) if reporter else None
                summary = in_project(stage.run(ctx), project)
                ctx.close()
                dt = time.perf_counter() - t0
                # fingerprint again after the run: a stage may change its own inputs
                # (draft merges into framework.yaml), and the next build must see it unchanged;
                # a stage that held back what it writes runs again next time
                fp_after = stage.inputs(ctx)
                if summary.get("held_back"):
                    lock["stages"].pop(stage.name, None)
                else:
                    lock["stages"][stage.name] = {"inputs": fp_after, "summary": summary}
                write_lock(project, lock)
                times["stages"][stage.name] = {
                    "seconds": round(dt, 3),
                    "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
                save_json(times_path(project), times)
                _done(StageResult(stage.name, "ran", dt, summary))
            except Exception as e:  # a failing stage is reported; the others still run
                ctx.close()
                failed = True
                lock["stages"].pop(stage.name, None)
                write_lock(project, lock)
                _done(StageResult(stage.name, "failed", time.perf_counter() - t0,
                                  # the tool's own errors say what and where; others
                                  # are named by their kind
                                  message=str(e) if isinstance(e, CorpusToolError)
                                  else f"{type(e).__name__}: {e}"))
    finally:
        ctx.close()
    total = time.perf_counter() - t_all
    validate = next((r for r in results if r.name == "validate"), None)
    bad_docs = _failed_files(project)      # at every build, whether or not ingest ran
    stages = [r.to_dict() for r in results]
    warnings = build_warnings(project, stages)
    ok = not failed and not bad_docs and not (validate and validate.summary.get("ok") is False)
    ok = ok and not (options.strict and warnings)
    report: BuildReport = {"ok": ok, "seconds": round(total, 3), "engine": engine.to_dict(),
                           "stages": stages, "failed_documents": bad_docs, "warnings": warnings,
                           "strict": options.strict,
                           "report": _fresh_report(project, results)}
    # build.json: what was built, without times (those go to times.json)
    save_json(project.build_dir / "build.json",
              {"ok": ok, "stages": [{k: v for k, v in r.to_dict().items() if k != "seconds"}
                                     for r in results],
                "failed_documents": bad_docs, "report": in_project(report["report"], project),
                "not_reproducible": NOT_REPRODUCIBLE})
    times["build"] = {"seconds": round(total, 3),
                      "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    save_json(times_path(project), times)
    return report


