"""`corpus-tool build`: every stage in order, skipping the ones whose inputs did not change.

ingest → statements → cluster (embeds) → suggest → draft (+ merge into the framework) →
validate → provenance → scores → report

Like weasel's project lock: `build/build.lock.json` records, per stage, a fingerprint of its
inputs (content hashes of files, of the index rows it reads, of its settings and of the code of
the stage) and the outputs it wrote. A stage runs again only when that fingerprint changed or an
output is missing; since fingerprints are of content, a stage that ran again but produced the same
output does not wake the stages after it. Heavy libraries (spaCy, torch) are imported only by a
stage that actually runs.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tool.formats import atomic_write_text, dumps_json, sha256_bytes, sha256_file, sha256_text
from corpus_tool.project import Project

LOCK_NAME = "build.lock.json"
LOCK_VERSION = 1


@dataclass
class BuildOptions:
    backend: str = "minilm"           # embeddings for clusters and area suggestions
    method: str = "agglomerative"     # clustering method
    statements: str = "auto"          # spaCy pipeline for statements: auto, trained or rules
    suggestions: bool = True          # confident area suggestions join the drafts
    force: bool = False               # run every stage
    only: tuple[str, ...] = ()        # run only these stages (and skip the rest)


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


# --- fingerprints ------------------------------------------------------------------------------

def _files_fp(paths: list[Path], root: Path) -> str:
    h = []
    for p in sorted(paths):
        if p.is_file():
            h.append(f"{p.relative_to(root)}={sha256_file(p)}")
    return sha256_text("\n".join(h))


def _code_fp(*modules: str) -> str:
    """Fingerprint of the code of a stage: a changed stage implementation reruns it."""
    import importlib.util
    parts = []
    for m in modules:
        try:
            spec = importlib.util.find_spec(m)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            parts.append(f"{m}=missing")
            continue
        origin = Path(spec.origin)
        files = sorted(origin.parent.glob("*.py")) if origin.name == "__init__.py" else [origin]
        parts.append(m + "=" + sha256_text("".join(sha256_file(f) for f in files)))
    return sha256_text("\n".join(parts))


def _query_fp(conn: sqlite3.Connection, sql: str) -> str:
    try:
        rows = conn.execute(sql).fetchall()
    except sqlite3.Error:
        return "none"
    return sha256_bytes(json.dumps([tuple(r) for r in rows], ensure_ascii=False).encode())


def _fp(*parts: object) -> str:
    return sha256_text(dumps_json([str(p) for p in parts]))


# --- lock file ---------------------------------------------------------------------------------

def lock_path(project: Project) -> Path:
    return project.build_dir / LOCK_NAME


def read_lock(project: Project) -> dict:
    p = lock_path(project)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("version") == LOCK_VERSION:
            return data
    except (OSError, ValueError):
        pass
    return {"version": LOCK_VERSION, "stages": {}}


def write_lock(project: Project, lock: dict) -> None:
    atomic_write_text(lock_path(project), json.dumps(lock, indent=2, sort_keys=True) + "\n")


# --- stages ------------------------------------------------------------------------------------

@dataclass
class Stage:
    name: str
    inputs: Callable[["Context"], str]
    run: Callable[["Context"], dict]
    outputs: Callable[["Context"], list[Path]] = lambda ctx: []
    needs: tuple[str, ...] = ()       # modules that must exist (else: unavailable)


@dataclass
class Context:
    project: Project
    options: BuildOptions
    progress: Callable[[str], None] | None = None
    _conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            from corpus_tool.store.db import connect
            self._conn = connect(self.project.db_path)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _docs_fp(ctx: Context) -> str:
    return _query_fp(ctx.conn, "SELECT id, text_sha256, title, issuer, year, type, legal_force "
                               "FROM documents ORDER BY id")


def _statements_fp(ctx: Context) -> str:
    return _query_fp(ctx.conn, "SELECT id, text, strength FROM statements ORDER BY id")


def _clusters_fp(ctx: Context) -> str:
    return _query_fp(ctx.conn, "SELECT * FROM clusters ORDER BY id")


def _annotations_fp(ctx: Context) -> str:
    d = ctx.project.annotations_dir
    return _files_fp(list(d.glob("*.jsonl")) + [ctx.project.codebook_path], ctx.project.root)


def suggestions_path(project: Project) -> Path:
    return project.build_dir / "cache" / "suggestions.json"


# ingest
def _ingest_inputs(ctx: Context) -> str:
    p = ctx.project
    files = [f for f in p.corpus_dir.rglob("*") if f.is_file()]
    return _fp(_files_fp(files, p.root), _code_fp("corpus_tool.corpus", "corpus_tool.corpus.readers"))


def _ingest_run(ctx: Context) -> dict:
    from corpus_tool.corpus import ingest
    rep = ingest(ctx.project)
    return {"ingested": len(rep.get("ingested", [])), "unchanged": len(rep.get("unchanged", [])),
            "failed": [f"{f.get('path')}: {f.get('message')}" for f in rep.get("failed", [])
                       or rep.get("failures", [])],
            "passages": rep.get("passages")}


# statements
def _statements_inputs(ctx: Context) -> str:
    return _fp(_query_fp(ctx.conn, "SELECT id, text_sha256, lang FROM passages ORDER BY id"),
               ctx.options.statements, _code_fp("corpus_tool.statements"))


def _statements_run(ctx: Context) -> dict:
    from corpus_tool.statements.stage import update_statements
    return _jsonable(update_statements(ctx.conn, pipeline=ctx.options.statements))


# cluster (embeds the statements, cached by text hash)
def _cluster_inputs(ctx: Context) -> str:
    return _fp(_statements_fp(ctx), ctx.options.backend, ctx.options.method,
               _code_fp("corpus_tool.semantic"))


def _cluster_run(ctx: Context) -> dict:
    from corpus_tool.semantic.cluster import run_clustering
    res = run_clustering(ctx.project, backend=ctx.options.backend, method=ctx.options.method)
    ctx.close()  # the clustering wrote through its own connection
    summary = {"clusters": len(res.clusters), "outliers": len(res.outliers),
               "model_id": res.model_id}
    summary["report"] = _cluster_report(ctx, res)
    return summary


def _cluster_report(ctx: Context, res) -> str | None:
    """The cluster report of the embeddings/clusters stage, if that module provides one."""
    import importlib
    for mod, fn in (("corpus_tool.report.clusters", "write_cluster_report"),
                    ("corpus_tool.report.clusters", "write_report"),
                    ("corpus_tool.cluster_report", "write_cluster_report"),
                    ("corpus_tool.semantic.cluster", "write_report")):
        try:
            f = getattr(importlib.import_module(mod), fn)
        except (ImportError, AttributeError):
            continue
        try:
            out = f(ctx.project)
        except TypeError:
            out = f(ctx.project, res)
        return str(out) if out else str(ctx.project.report_dir / "clusters.html")
    return None


def _cluster_outputs(ctx: Context) -> list[Path]:
    return []


# suggest
def _suggest_inputs(ctx: Context) -> str:
    return _fp(_statements_fp(ctx), _annotations_fp(ctx), ctx.options.backend,
               ctx.options.suggestions, _code_fp("corpus_tool.suggest.areas", "corpus_tool.semantic.embed"))


def _suggest_run(ctx: Context) -> dict:
    path = suggestions_path(ctx.project)
    if not ctx.options.suggestions:
        atomic_write_text(path, "[]\n")
        return {"suggestions": 0, "disabled": True}
    from corpus_tool.suggest.areas import suggest_areas
    sug = suggest_areas(ctx.project, backend=ctx.options.backend)
    atomic_write_text(path, json.dumps([s.to_dict() for s in sug], ensure_ascii=False) + "\n")
    methods = sorted({s.method for s in sug})
    return {"suggestions": len(sug), "method": ", ".join(methods),
            "model_id": sug[0].model_id if sug else None}


# draft (+ merge into the framework)
def _draft_inputs(ctx: Context) -> str:
    p = ctx.project
    fw = p.indicators_dir / "framework.yaml"
    extra = [p.indicators_dir / "topics.yaml", suggestions_path(p), fw]
    return _fp(_annotations_fp(ctx), _statements_fp(ctx), _clusters_fp(ctx), _docs_fp(ctx),
               _files_fp([x for x in extra if x.exists()], p.root),
               _query_fp(ctx.conn, "SELECT id, text_sha256 FROM documents ORDER BY id"),
               _code_fp("corpus_tool.indicators", "corpus_tool.indicators.phrasing",
                        ),
               _files_fp([Path(__file__).parent.parent / "data" / "indicator_topics.yaml"],
                         Path(__file__).parent.parent))


def _draft_run(ctx: Context) -> dict:
    from corpus_tool.indicators.merge import refresh
    from corpus_tool.indicators.draft import draft_indicators
    summary = draft_indicators(ctx.project, use_suggestions=ctx.options.suggestions,
                               suggestions=load_saved_suggestions(ctx.project))
    summary["merge"] = refresh(ctx.project).summary()
    return summary


def _draft_outputs(ctx: Context) -> list[Path]:
    from corpus_tool.indicators.draft import draft_path, framework_path
    return [draft_path(ctx.project), framework_path(ctx.project)]


def load_saved_suggestions(project: Project):
    """The suggestions the `suggest` stage saved (None when there are none saved)."""
    from corpus_tool.models import Suggestion
    p = suggestions_path(project)
    if not p.exists():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except ValueError:
        return None
    return [Suggestion(id=d["id"], text=d["text"],
                       scores=tuple((s["area"], s["score"]) for s in d["scores"]),
                       model_id=d["model_id"], model_version=d["model_version"],
                       method=d["method"]) for d in data]


# validate, provenance
def _framework_inputs(ctx: Context, *code: str) -> str:
    from corpus_tool.indicators.draft import framework_path
    fw = framework_path(ctx.project)
    return _fp(_files_fp([fw] if fw.exists() else [], ctx.project.root), _docs_fp(ctx),
               _code_fp(*code))


def _validate_run(ctx: Context) -> dict:
    from corpus_tool.errors import CheckFailed
    from corpus_tool.indicators.validate import validate_framework
    try:
        rep = validate_framework(ctx.project)
    except CheckFailed as e:
        out = {"ok": False, "errors": e.problems}
        _save_json(ctx.project.build_dir / "validate.json", out)
        return out
    out = {k: rep[k] for k in ("ok", "indicators", "suspect", "orphaned", "warnings", "errors")}
    _save_json(ctx.project.build_dir / "validate.json", {**out, "per_indicator": rep["per_indicator"]})
    return out


def _provenance_run(ctx: Context) -> dict:
    from corpus_tool.indicators.provenance import write_provenance
    out = {}
    for fmt in ("md", "csv", "html", "xlsx", "prov"):
        out[fmt] = write_provenance(ctx.project, fmt=fmt)["path"]
    return out


def _provenance_outputs(ctx: Context) -> list[Path]:
    d = ctx.project.build_dir / "provenance"
    return [d / f"framework.{e}" for e in ("md", "csv", "html", "xlsx", "prov.json")]


# scores (where answers exist)
def answer_files(project: Project) -> list[tuple[Path, Path]]:
    """(framework, answers) pairs: `answers/<framework stem>*.csv|xlsx` next to
    `indicators/<framework stem>.yaml`."""
    out = []
    d = project.root / "answers"
    if not d.is_dir():
        return out
    for fw in sorted(project.indicators_dir.glob("*.yaml")):
        for a in sorted(d.iterdir()):
            if a.suffix.lower() in (".csv", ".xlsx") and a.name.startswith(fw.stem):
                out.append((fw, a))
    return out


def _scores_inputs(ctx: Context) -> str:
    pairs = answer_files(ctx.project)
    files = [p for pair in pairs for p in pair]
    return _fp(_files_fp(files, ctx.project.root), _code_fp("corpus_tool.scoring"))


def _scores_run(ctx: Context) -> dict:
    from corpus_tool.framework.model import load_framework
    from corpus_tool.scoring.engine import score_answers, score_rows
    out = {}
    for fw_path, ans in answer_files(ctx.project):
        fw = load_framework(fw_path)
        res = score_answers(fw, ans)
        rows = score_rows(res)
        dest = ctx.project.build_dir / "scores" / f"{ans.stem}.json"
        _save_json(dest, {"framework": fw_path.name, "answers": ans.name, "scores": rows})
        out[ans.name] = {"framework": fw_path.name, "rows": len(rows), "path": str(dest)}
    return out


# report
def _report_inputs(ctx: Context) -> str:
    b = ctx.project.build_dir
    files = [b / "validate.json", *(b / "provenance").glob("framework.*"),
             *(b / "scores").glob("*.json"), ctx.project.report_dir / "clusters.html"]
    from corpus_tool.indicators.draft import draft_path, framework_path
    files += [framework_path(ctx.project), draft_path(ctx.project)]
    return _fp(_files_fp([f for f in files if f.exists()], ctx.project.root),
               _code_fp("corpus_tool.report.index", "corpus_tool.report.page"))


def _report_run(ctx: Context) -> dict:
    from corpus_tool.report.index import write_index
    return {"path": str(write_index(ctx.project))}


def _report_outputs(ctx: Context) -> list[Path]:
    return [ctx.project.report_dir / "index.html"]


STAGES: list[Stage] = [
    Stage("ingest", _ingest_inputs, _ingest_run, needs=("corpus_tool.corpus.readers",)),
    Stage("statements", _statements_inputs, _statements_run, needs=("corpus_tool.statements.stage",)),
    Stage("cluster", _cluster_inputs, _cluster_run, _cluster_outputs,
          needs=("corpus_tool.semantic.cluster",)),
    Stage("suggest", _suggest_inputs, _suggest_run, lambda ctx: [suggestions_path(ctx.project)],
          needs=("corpus_tool.suggest.areas",)),
    Stage("draft", _draft_inputs, _draft_run, _draft_outputs),
    Stage("validate", lambda ctx: _framework_inputs(ctx, "corpus_tool.indicators.validate"),
          _validate_run, lambda ctx: [ctx.project.build_dir / "validate.json"]),
    Stage("provenance", lambda ctx: _framework_inputs(ctx, "corpus_tool.indicators.provenance"),
          _provenance_run, _provenance_outputs),
    Stage("scores", _scores_inputs, _scores_run),
    Stage("report", _report_inputs, _report_run, _report_outputs),
]
STAGE_NAMES = tuple(s.name for s in STAGES)


def _available(stage: Stage) -> bool:
    import importlib.util
    return all(importlib.util.find_spec(m) is not None for m in stage.needs)


def build(project: Project, *, options: BuildOptions | None = None,
          progress: Callable[[str], None] | None = None) -> dict:
    """Run the pipeline on `project`; returns one entry per stage and the totals. A failing stage
    is reported, never raised; the later stages still run on what there is (drafts need only
    the annotations), so one failure does not hide the rest."""
    from corpus_tool.errors import InputError
    options = options or BuildOptions()
    unknown = [s for s in options.only if s not in STAGE_NAMES]
    if unknown:
        raise InputError(f"unknown stage(s) {', '.join(unknown)}",
                         fix=f"stages are {', '.join(STAGE_NAMES)}")
    ctx = Context(project, options, progress)
    lock = read_lock(project)
    results: list[StageResult] = []
    t_all = time.perf_counter()
    failed = False
    try:
        for stage in STAGES:
            if options.only and stage.name not in options.only:
                continue
            if not _available(stage):
                results.append(StageResult(stage.name, "unavailable",
                                           message=f"needs {', '.join(stage.needs)}"))
                continue
            t0 = time.perf_counter()
            try:
                fp = stage.inputs(ctx)
                prev = lock["stages"].get(stage.name, {})
                outs = stage.outputs(ctx)
                if (not options.force and prev.get("inputs") == fp
                        and all(o.exists() for o in outs)):
                    results.append(StageResult(stage.name, "skipped",
                                               time.perf_counter() - t0, prev.get("summary", {}),
                                               "inputs unchanged"))
                    continue
                if progress:
                    progress(stage.name)
                summary = stage.run(ctx)
                ctx.close()
                dt = time.perf_counter() - t0
                # fingerprint again after the run: a stage may change its own inputs
                # (draft merges into framework.yaml), and the next build must see it unchanged
                fp_after = stage.inputs(ctx)
                lock["stages"][stage.name] = {"inputs": fp_after, "summary": summary,
                                              "seconds": round(dt, 3),
                                              "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                        time.gmtime())}
                write_lock(project, lock)
                results.append(StageResult(stage.name, "ran", dt, summary))
            except Exception as e:  # a failing stage is reported; the others still run
                ctx.close()
                failed = True
                lock["stages"].pop(stage.name, None)
                write_lock(project, lock)
                results.append(StageResult(stage.name, "failed", time.perf_counter() - t0,
                                           message=f"{type(e).__name__}: {e}"))
    finally:
        ctx.close()
    total = time.perf_counter() - t_all
    validate = next((r for r in results if r.name == "validate"), None)
    ingest = next((r for r in results if r.name == "ingest" and r.status == "ran"), None)
    bad_docs = list((ingest.summary.get("failed") or []) if ingest else [])
    ok = not failed and not bad_docs and not (validate and validate.summary.get("ok") is False)
    report = {"ok": ok, "seconds": round(total, 3), "stages": [r.to_dict() for r in results],
              "failed_documents": bad_docs,
              "report": str(project.report_dir / "index.html")}
    _save_json(project.build_dir / "build.json", report)
    return report


def _save_json(path: Path, data) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _jsonable(x):
    try:
        json.dumps(x)
        return x
    except TypeError:
        return json.loads(json.dumps(x, default=str))
