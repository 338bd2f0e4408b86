"""The stages of `corpus-tool build`, in order, each with the fingerprint of its inputs, its run
and its outputs (ingest composed with the re-anchoring, which the CLI shares: `ingesting`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus_tool.corpus.filehash import FileHashes
from corpus_tool.errors import CheckFailed, CorpusToolError
from corpus_tool.formats import atomic_write_text, code_fp
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_indicators, draft_path, framework_path
from corpus_tool.indicators.promotion import refresh
from corpus_tool.indicators.provenance import write_provenance
from corpus_tool.indicators.validate import validate_framework
from corpus_tool.parallel import Mapper, serial_map
from corpus_tool.pipeline.build_warnings import build_warnings, reanchor_warnings
from corpus_tool.pipeline.context import Context, Stage
from corpus_tool.pipeline.ingesting import ingest
from corpus_tool.pipeline.lock import files_fp, parts_fp, jsonable, save_json, read_lock
from corpus_tool.progress import counted
from corpus_tool.project import Project
from corpus_tool.report.clusters import write_cluster_report
from corpus_tool.report.index import write_index
from corpus_tool.report.scores import scores_html
from corpus_tool.scoring.engine import score_rows
from corpus_tool.scoring.run import answer_files, score_answers
from corpus_tool.semantic.backends import get_embedder
from corpus_tool.semantic.cluster import CLUSTERING_CODE, last_options, run_clustering
from corpus_tool.semantic.curate import curation_report
from corpus_tool.semantic.curation import decisions_fingerprint, load_curation
from corpus_tool.semantic.embed import cache_texts
from corpus_tool.semantic.items import statement_items
from corpus_tool.semantic.requirement import texts_on
from corpus_tool.statements.stage import VERSION as STATEMENTS_VERSION, update_statements
from corpus_tool.store.db import failed_files
from corpus_tool.suggest.areas import suggest_areas
from corpus_tool.suggest.saved import read_suggestions, write_suggestions


def _docs_fp(ctx: Context) -> str:
    return ctx.query_fp("SELECT id, text_sha256, title, issuer, year, type, legal_force "
                        "FROM documents ORDER BY id")


def _statements_fp(ctx: Context) -> str:
    """The statements as the later stages read them: their parts too (a requirement clustered on,
    a cluster's label and a draft's title are read from the actor, aim and object), so that a
    change to the parts alone (an actor read better) reaches them."""
    return ctx.query_fp("SELECT id, doc_id, locator, text, actor, deontic, strength, aim, object, "
                        "condition, beneficiaries FROM statements ORDER BY id")


def _clusters_fp(ctx: Context) -> str:
    # the curated view: clusters, and the statements the curation set aside (they feed no draft)
    return parts_fp(ctx.query_fp("SELECT * FROM clusters ORDER BY id"),
                    ctx.query_fp("SELECT item_id FROM cluster_points WHERE role = 'excluded' "
                            "ORDER BY item_id"))


def _annotations_fp(ctx: Context) -> str:
    d = ctx.project.annotations_dir
    return files_fp(list(d.glob("*.jsonl")) + [ctx.project.codebook_path], ctx.project.root)


def suggestions_path(project: Project) -> Path:
    return project.build_dir / "cache" / "suggestions.json"


# The code a stage's output is computed or rendered by (a package counts its own modules): a
# changed rule reruns the stage (the statements stage has its own version, `STATEMENTS_VERSION`).
# The clusters are labelled by `naming` and drawn on build/report/clusters.html; validate's
# advice comes from the drafts' quality checks; the provenance tables and the report's framework
# table are written by `indicators.provenance`.
CLUSTER_CODE = (*CLUSTERING_CODE, "corpus_tool.report.clusters", "corpus_tool.report.cluster_map",
                "corpus_tool.report.page")
VALIDATE_CODE = ("corpus_tool.indicators", "corpus_tool.indicators.phrasing", "corpus_tool.naming",
                 "corpus_tool.framework")
PROVENANCE_CODE = ("corpus_tool.indicators", "corpus_tool.framework", "corpus_tool.report.page",
                   "corpus_tool.workbook", "corpus_tool.coding.qda_xml")
REPORT_CODE = ("corpus_tool.report.index", "corpus_tool.report.page",
               "corpus_tool.indicators.provenance")


def _dask_only(ctx: Context) -> Mapper | None:
    """The build's mapper when it runs on Dask; None when serial, so that a stage keeps its own
    in-process parallelism (ingest's process pool, spaCy's processes on a large batch)."""
    return None if ctx.mapper is serial_map else ctx.mapper


# ingest
def _ingest_inputs(ctx: Context) -> str:
    p, hashes = ctx.project, FileHashes(ctx.project)    # an unchanged file is not read again
    fp = files_fp([f for f in p.corpus_dir.rglob("*") if f.is_file()], p.root, hashes.sha256)
    hashes.save()       # and the failures the index holds (a hand-run `ingest`'s: trial 43, P6)
    failed = ctx.query_fp("SELECT path, doc_id, file_sha256, message FROM failures ORDER BY "
                          "path") if p.db_path.exists() else ""
    return parts_fp(fp, failed, code_fp("corpus_tool.corpus", "corpus_tool.corpus.readers"))


def _ingest_run(ctx: Context) -> dict:
    warnings: list[str] = []
    rep = ingest(ctx.project, warn=lambda w: warnings.append(w.removeprefix("warning: ")),
                 progress=ctx.items, mapper=_dask_only(ctx))
    return {"ingested": len(rep.get("ingested", [])), "unchanged": len(rep.get("unchanged", [])),
            "failed": [f"{f.get('path')}: {f.get('message')}" for f in rep.get("failed", [])
                       or rep.get("failures", [])],
            "passages": rep.get("passages"),
            "warnings": list(dict.fromkeys(warnings
                                           + reanchor_warnings(rep.get("annotations") or {})))}


# statements
def _statements_inputs(ctx: Context) -> str:
    # the stage's version: its code and its shipped models (the detector, the agentive nouns)
    return parts_fp(ctx.query_fp("SELECT id, text_sha256, lang FROM passages ORDER BY id"),
                    ctx.options.statements, STATEMENTS_VERSION)


def _statements_run(ctx: Context) -> dict:
    return jsonable(update_statements(ctx.conn, pipeline=ctx.options.statements,
                                      progress=ctx.items, mapper=_dask_only(ctx)))


def _clustering(ctx: Context) -> dict:
    """The options the build clusters with: those of the clustering stored in the index (a
    `corpus-tool cluster` run's, whose clusters a researcher may have curated: trial 26, P4),
    but for those the build was given; else the defaults, on the build's backend."""
    o = ctx.options
    given = {"method": o.method, "on": o.cluster_on, "backend": o.cluster_backend}
    last = last_options(ctx.conn) if ctx.project.db_path.exists() else {}
    return {"backend": o.backend, "method": "agglomerative", "on": "sentence", **last,
            **{k: v for k, v in given.items() if v is not None}}


# embed (the statements' texts to cluster on, into the cache by text hash: as tasks on Dask)
def _embed_inputs(ctx: Context) -> str:
    c = _clustering(ctx)
    return parts_fp(_statements_fp(ctx), c["backend"], c["on"],
                    code_fp("corpus_tool.semantic.embed", "corpus_tool.semantic.backends",
                            "corpus_tool.semantic.vector_cache"))


def _embed_run(ctx: Context) -> dict:
    c = _clustering(ctx)
    if not getattr(get_embedder(c["backend"]), "cacheable", True):
        # a backend fitted on the texts (tfidf) is not cached: the clustering fits and embeds
        return {"texts": 0, "cached": 0, "embedded": 0, "note": "not cached: embedded by cluster"}
    if c["on"] == "sentence":     # an item's sentence is its statement's text
        # (the statements the clustering takes: not a kept item of strength "none",
        # `semantic.items.statement_items`)
        texts = [t for (t,) in ctx.conn.execute(
            "SELECT text FROM statements WHERE strength != 'none' ORDER BY id")]
    else:
        texts = texts_on(statement_items(ctx.conn), c["on"])
    st = cache_texts(ctx.project, texts, backend=c["backend"], progress=ctx.items,
                     mapper=_dask_only(ctx))
    return {"texts": st.n_texts, "distinct": st.n_unique, "cached": st.n_cached,
            "embedded": st.n_embedded, "model_id": st.model_id}


# cluster (the statements' vectors read from the cache, which the embed stage filled)
def _cluster_inputs(ctx: Context) -> str:
    # the curation's decisions (not the marks a run writes into the file, nor its history)
    return parts_fp(_statements_fp(ctx), sorted(_clustering(ctx).items()),
                    decisions_fingerprint(load_curation(ctx.project)), code_fp(*CLUSTER_CODE))


def _cluster_run(ctx: Context) -> dict:
    # the texts are in the cache when the embed stage ran (the same batches as when the
    # clustering embeds what the cache lacks itself, e.g. under `--only cluster`)
    c = _clustering(ctx)
    res = run_clustering(ctx.project, **c, progress=ctx.items)
    ctx.close()  # the clustering wrote through its own connection
    carry = curation_report(ctx.project)
    summary = {"clusters": len(res.clusters), "outliers": len(res.outliers),
               "model_id": res.model_id, "options": c}
    del res        # its points: the report reads what it draws from the index
    if carry.outcomes:
        summary["curation"] = carry.counts()
        summary["curation_changed"] = [m.to_dict() for m in carry.moved if m.joined or m.left]
        summary["warnings"] = carry.warnings()
    summary["report"] = _cluster_report(ctx)
    return summary


def _cluster_report(ctx: Context) -> str:
    """build/report/clusters.html, written from the clusters just stored."""
    return str(write_cluster_report(ctx.project, index_link=True))


def _cluster_outputs(ctx: Context) -> list[Path]:
    return []


# suggest
def _suggest_inputs(ctx: Context) -> str:
    return parts_fp(_statements_fp(ctx), _annotations_fp(ctx), ctx.options.backend,
                    ctx.options.suggestions, code_fp("corpus_tool.suggest", "corpus_tool.semantic"))


def _suggest_run(ctx: Context) -> dict:
    path = suggestions_path(ctx.project)
    if not ctx.options.suggestions:
        atomic_write_text(path, "[]\n")
        return {"suggestions": 0, "disabled": True}
    # scored, filtered and serialised by the tasks: this process writes their text in order
    return dict(write_suggestions(ctx.project, path, backend=ctx.options.backend,
                                  progress=ctx.items, mapper=_dask_only(ctx)))


# draft (+ merge into the framework)
def _draft_inputs(ctx: Context) -> str:
    p = ctx.project
    fw = p.indicators_dir / "framework.yaml"
    # the drafts too: a draft file written since by `indicators draft` with other options is
    # not the build's, and is drafted again
    extra = [p.indicators_dir / "topics.yaml", suggestions_path(p), fw, draft_path(p)]
    return parts_fp(_annotations_fp(ctx), _statements_fp(ctx), _clusters_fp(ctx), _docs_fp(ctx),
                    files_fp([x for x in extra if x.exists()], p.root),
                    ctx.query_fp("SELECT id, text_sha256 FROM documents ORDER BY id"),
                    code_fp("corpus_tool.indicators", "corpus_tool.indicators.phrasing",
                            "corpus_tool.naming"),
                    ctx.options.backend)


def _draft_run(ctx: Context) -> dict:
    summary = draft_indicators(ctx.project, use_suggestions=ctx.options.suggestions,
                               suggestions=load_saved_suggestions(ctx.project),
                               suggest=suggest_areas, backend=ctx.options.backend,
                               progress=ctx.items)
    summary["merge"] = refresh(ctx.project, hold="--strict, with the warnings below"
                               if ctx.hold_framework else "").summary()
    summary["held_back"] = summary["merge"].get("held_back", False)
    return summary


def _draft_outputs(ctx: Context) -> list[Path]:
    return [draft_path(ctx.project), framework_path(ctx.project)]


def load_saved_suggestions(project: Project):
    """The suggestions the `suggest` stage saved (None when there are none saved)."""
    return read_suggestions(suggestions_path(project))


# validate, provenance
def _framework_inputs(ctx: Context, *code: str) -> str:
    fw = framework_path(ctx.project)
    return parts_fp(files_fp([fw] if fw.exists() else [], ctx.project.root), _docs_fp(ctx),
                    code_fp(*code))


# said by validate and provenance while there is no framework (no passage coded yet)
NO_FRAMEWORK = ("no indicators/framework.yaml yet: code passages (`corpus-tool annotations "
                "add`), then build, or `corpus-tool indicators promote`")


def _validate_run(ctx: Context) -> dict:
    if not framework_path(ctx.project).exists():
        out = {"ok": True, "indicators": 0, "note": NO_FRAMEWORK}
        save_json(ctx.project.build_dir / "validate.json", out)
        return out
    try:
        rep = validate_framework(ctx.project, backend=ctx.options.backend, progress=ctx.items)
    except CheckFailed as e:
        out = {"ok": False, "errors": e.problems}
        save_json(ctx.project.build_dir / "validate.json", out)
        return out
    out = {k: rep[k] for k in ("ok", "indicators", "suspect", "orphaned", "errors")}
    # the drafts' quality advice (near-duplicates, one source…) is counted, not a build warning:
    # build warnings are about bad or changed input (`build --strict` fails on them)
    quality = {f"{r.get('where', r['id'])}: {m}" for r in rep["per_indicator"]
               for m in r.get("quality", [])}
    out["warnings"] = [w for w in rep["warnings"] if w not in quality]
    out["quality_warnings"] = len(quality)
    out["contested"] = len(rep["contested"])
    save_json(ctx.project.build_dir / "validate.json",
              {**out, "per_indicator": rep["per_indicator"], "contested": rep["contested"]})
    return out


def _provenance_run(ctx: Context) -> dict:
    if not framework_path(ctx.project).exists():
        return {"note": NO_FRAMEWORK}
    out = {}
    for fmt in counted(("md", "csv", "html", "xlsx", "prov"), ctx.items):
        out[fmt] = write_provenance(ctx.project, fmt=fmt)["path"]
    return out


def _provenance_outputs(ctx: Context) -> list[Path]:
    d = ctx.project.build_dir / "provenance"
    return [d / f"framework.{e}" for e in ("md", "csv", "html", "xlsx", "prov.json")]


# scores (where answers exist)
def _scores_inputs(ctx: Context) -> str:
    pairs = answer_files(ctx.project)
    files = [p for pair in pairs for p in pair]
    return parts_fp(files_fp(files, ctx.project.root),     # (it writes the scores page too)
                    code_fp("corpus_tool.scoring", "corpus_tool.report.scores"))


def _scores_run(ctx: Context) -> dict:
    """Every answers file scored on its own: a bad one (its rows listed, file, line and fix) does
    not keep the others from being scored, and fails the stage after them; what scoring warns
    of (a score between a scale's levels, answers that disagree) is a build warning. The scores
    of a file that is bad or gone are removed, so the report never shows them."""
    out: dict[str, Any] = {}
    warnings: list[str] = []
    failed: list[str] = []
    bad = 0
    files = answer_files(ctx.project)
    kept = {f"{ans.stem}.json" for _, ans in files}
    pages = ctx.project.report_dir
    for old in (ctx.project.build_dir / "scores").glob("*.json"):
        if old.name not in kept:        # an answers file removed since: its scores go too
            old.unlink()
            (pages / f"scores-{old.stem}.html").unlink(missing_ok=True)
    for fw_path, ans in files:
        dest = ctx.project.build_dir / "scores" / f"{ans.stem}.json"
        page = pages / f"scores-{ans.stem}.html"
        try:
            fw = load_framework(fw_path)
            res = score_answers(fw, ans)
        except CorpusToolError as e:
            bad += 1
            root = f"{ctx.project.root}/"        # the report is published: no local paths
            problems = [p.replace(root, "") for p in (str(e), *getattr(e, "problems", []))]
            failed += problems
            page.unlink(missing_ok=True)    # no report of scores the file no longer gives;
            save_json(dest, {"framework": fw_path.name, "answers": ans.name,   # its problems
                             "failed": problems})    # instead (trial 21: "No answers yet")
            continue
        rows = score_rows(res)
        save_json(dest, {"framework": fw_path.name, "answers": ans.name, "scores": rows})
        atomic_write_text(page, scores_html(res, fw, nav=[
            ("Report", "index.html"), ("Ranks", "#ranks"), ("Areas", "#areas"),
            ("Countries", "#countries"), ("Answers", "#answers")]))
        out[ans.name] = {"framework": fw_path.name, "rows": len(rows), "path": str(dest)}
        warnings += [f"{ans.name}: {w.removeprefix('warning: ')}" for w in res.warnings]
    if failed:
        raise CheckFailed(f"{bad} answers file(s) could not be scored"
                          + ("; the others were" if out else "") + ":\n" + "\n".join(failed))
    if warnings:
        out["warnings"] = warnings
    return out


# report
def _report_inputs(ctx: Context) -> str:
    b = ctx.project.build_dir
    files = [b / "validate.json", *(b / "provenance").glob("framework.*"),
             *(b / "scores").glob("*.json"), ctx.project.report_dir / "clusters.html"]
    files += [framework_path(ctx.project), draft_path(ctx.project)]
    return parts_fp(files_fp([f for f in files if f.exists()], ctx.project.root),
                    "\n".join(_report_warnings(ctx)), code_fp(*REPORT_CODE))


def _report_warnings(ctx: Context) -> list[str]:
    """The build's warnings so far (its stages' last summaries, the annotation files, the
    stored curation), for the report to show beside what they concern."""
    lock = read_lock(ctx.project)["stages"]
    stages = [{"stage": name, "status": "skipped", "summary": rec.get("summary")}
              for name, rec in lock.items()]
    failed = failed_files(ctx.conn) if ctx.project.db_path.exists() else []
    return [f"{w['stage']}: {w['message']}" for w in build_warnings(ctx.project, stages)] \
        + [f"ingest: could not read {f}" for f in failed]


def _report_run(ctx: Context) -> dict:
    return {"path": str(write_index(ctx.project, stage_names=STAGE_NAMES,
                                    lock=read_lock(ctx.project)["stages"],
                                    warnings=_report_warnings(ctx)))}


def _report_outputs(ctx: Context) -> list[Path]:
    return [ctx.project.report_dir / "index.html"]


STAGES: list[Stage] = [
    Stage("ingest", _ingest_inputs, _ingest_run, needs=("corpus_tool.corpus.readers",)),
    Stage("statements", _statements_inputs, _statements_run, needs=("corpus_tool.statements.stage",)),
    Stage("embed", _embed_inputs, _embed_run, needs=("corpus_tool.semantic.embed",)),
    Stage("cluster", _cluster_inputs, _cluster_run, _cluster_outputs,
          needs=("corpus_tool.semantic.cluster",)),
    Stage("suggest", _suggest_inputs, _suggest_run, lambda ctx: [suggestions_path(ctx.project)],
          needs=("corpus_tool.suggest.areas",)),
    Stage("draft", _draft_inputs, _draft_run, _draft_outputs, researchers=True),
    Stage("validate", lambda ctx: _framework_inputs(ctx, *VALIDATE_CODE),
          _validate_run, lambda ctx: [ctx.project.build_dir / "validate.json"]),
    Stage("provenance", lambda ctx: _framework_inputs(ctx, *PROVENANCE_CODE),
          _provenance_run, _provenance_outputs),
    Stage("scores", _scores_inputs, _scores_run),
    Stage("report", _report_inputs, _report_run, _report_outputs),
]


STAGE_NAMES = tuple(s.name for s in STAGES)
