"""`corpus-tool build`: the whole pipeline, skipping every stage whose inputs did not change."""
from __future__ import annotations

from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (BuildLines, JsonOpt, ProjectOpt, QuietOpt, emit_json,
                                    project_from, shows_progress, stderr, stdout, warn)
from corpus_tool.pipeline.builder import build
from corpus_tool.pipeline.distributed import SCHEDULER_ENV
from corpus_tool.pipeline.context import BuildOptions
from corpus_tool.semantic.carry import said_changes, said_counts


@app.command("build")
def build_cli(backend: Annotated[str | None, typer.Option(
                  help="Embedding backend for area suggestions and clusters (minilm, static, "
                       "tfidf, hash). Default: minilm; the clusters as last clustered.",
                  show_default=False)] = None,
              method: Annotated[str | None, typer.Option(
                  help="Clustering method (agglomerative, hdbscan, kmeans). Default: as the "
                       "index was last clustered (by `corpus-tool cluster` with all its "
                       "options, or a build), else agglomerative.", show_default=False)] = None,
              cluster_on: Annotated[str | None, typer.Option(
                  "--cluster-on", help="Cluster statements on their sentence or on their "
                                       "requirement (see `corpus-tool cluster --on`). Default: "
                                       "as last clustered, else sentence.", show_default=False)
              ] = None,
              statements: Annotated[str, typer.Option(
                  help="spaCy pipeline for statements: auto, trained, trained-ungated (the "
                       "trained parse and the rules without the statement detector: faster, less "
                       "precise) or rules.")] = "auto",
              no_suggestions: Annotated[bool, typer.Option(
                  "--no-suggestions", help="Draft indicators from the annotations alone.")] = False,
              force: Annotated[bool, typer.Option(
                  "--force", help="Run every stage, changed or not. Each still reuses what it "
                                  "keeps by content (a document's passages while its file is "
                                  "unchanged, the statements of an unchanged passage, the "
                                  "embedding of a text), which a rerun would give again; "
                                  "`corpus-tool ingest --force` re-extracts the documents.")
              ] = False,
              strict: Annotated[bool, typer.Option(
                  "--strict", help="Fail (exit 1) on any warning: a malformed annotation "
                                   "line, an orphaned annotation, a suspect link…")] = False,
              only: Annotated[list[str] | None, typer.Option(
                  "--only", help="Run only this stage (repeatable).")] = None,
              workers: Annotated[int | None, typer.Option(
                  "--workers", min=1,
                  help="Run the per-document stages on a Dask LocalCluster of N worker "
                       "processes on this machine (needs corpus-tool[dask]).")] = None,
              scheduler: Annotated[str | None, typer.Option(
                  "--scheduler", envvar=SCHEDULER_ENV,
                  help="Run the per-document stages on the running Dask cluster at this "
                       "address (tcp://host:8786).")] = None,
              project_dir: ProjectOpt = None, json_out: JsonOpt = False,
              quiet: QuietOpt = False) -> None:
    """Run ingest → statements → embed → cluster → suggest → draft → validate → provenance →
    scores → report, skipping every stage whose inputs did not change (build/build.lock.json), and write
    build/report/index.html. Warnings (file, line and fix) go to stderr. Exit 1 when a stage
    failed or the framework does not validate, and with --strict on any warning.

    The statements are clustered as the index was last clustered (by `corpus-tool cluster`
    with its options, on whose clusters a curation may have been made), unless --method,
    --cluster-on or --backend say otherwise.

    With --workers N (a LocalCluster on this machine) or --scheduler ADDRESS (a running Dask
    cluster; also CORPUS_TOOL_SCHEDULER) the per-document stages run as Dask tasks; the
    results are the same as a build without them.

    Example: corpus-tool build --backend static

    Example: corpus-tool build --workers 4
    """
    project = project_from(project_dir)
    if workers and scheduler:
        raise typer.BadParameter("give --workers (a cluster on this machine) or --scheduler "
                                 f"(a running one; also {SCHEDULER_ENV}), not both")
    opts = BuildOptions(backend=backend or "minilm", cluster_backend=backend, method=method,
                        cluster_on=cluster_on,
                        statements=statements,
                        suggestions=not no_suggestions,
                        force=force, strict=strict, only=tuple(only or ()),
                        workers=workers, scheduler=scheduler or None)
    try:
        if shows_progress(quiet or json_out):
            with BuildLines() as lines:      # (the cluster's line printed above the live bars)
                rep = build(project, options=opts, reporter=lines, notice=stderr.print)
        else:
            rep = build(project, options=opts, notice=None if quiet else warn)
    except KeyboardInterrupt:       # Ctrl-C: said, with what it leaves (a researcher's trial)
        warn("Interrupted: the stages that finished are kept (every file is written whole or not "
             "at all); the next `corpus-tool build` runs the interrupted stage again")
        raise typer.Exit(130) from None
    if json_out:
        emit_json(rep)
    else:
        for st in rep["stages"]:
            line = f"{st['stage']:<11} {st['status']:<11} {st['seconds']:7.2f} s"
            if st["message"] and st["status"] != "skipped":
                line += f"  {st['message']}"
            stdout.print(line)
        # name the report only when this build wrote it or found it fresh (not after --only ingest)
        stdout.print(f"total {rep['seconds']:.2f} s" + (f" → {rep['report']}" if rep["report"]
                                                           else " (no report written)"))
        clustered = next((st["summary"] for st in rep["stages"]
                          if st["stage"] == "cluster" and st["status"] == "ran"
                          and isinstance(st.get("summary"), dict)
                          and st["summary"].get("curation")), None)
        if clustered:
            stdout.print(f"Curation (annotations/clusters.yaml): "
                         f"{said_counts(clustered['curation'])}")
            if changes := said_changes(clustered.get("curation_changed", [])):
                stdout.print(changes)
        merge = next((st["summary"].get("merge", {}) for st in rep["stages"]
                      if st["stage"] == "draft" and st["status"] == "ran"
                      and isinstance(st.get("summary"), dict)), {})
        pending = merge.get("pending", [])
        if line := framework_changes(merge):
            stdout.print(line, markup=False)
        if moved := merge.get("relocated"):     # citations a paper may already carry
            stdout.print(f"{len(moved)} citation(s) changed (the tool reads the document's "
                         "parts otherwise; each source's note says so): " + "; ".join(moved),
                         markup=False)
        if pending:     # build refreshes the framework's indicators; it adds none by itself
            stdout.print(f"{len(pending)} draft indicator(s) not in indicators/framework.yaml: "
                         "`corpus-tool indicators diff` shows them, `corpus-tool indicators "
                         "promote` adds them")
    for w in rep["warnings"]:
        warn(f"warning: {w['stage']}: {w['message']}")
    if not rep["ok"]:
        failed = [s["stage"] for s in rep["stages"] if s["status"] == "failed"]
        for line in rep.get("failed_documents", []):
            typer.echo(line, err=True)
        if failed:
            msg = f"stage(s) failed: {', '.join(failed)}"
        elif strict and rep["warnings"] and not rep.get("failed_documents") and not any(
                s["stage"] == "validate" and s["summary"].get("ok") is False
                for s in rep["stages"]):
            msg = (f"{len(rep['warnings'])} warning(s) with --strict (see above): fix them, or "
                   "build without --strict")
        elif rep.get("failed_documents"):
            msg = (f"{len(rep['failed_documents'])} document(s) could not be ingested; the "
                   "rest was built")
        else:
            msg = ("the framework does not validate (see build/validate.json or "
                   "`corpus-tool indicators validate`)")
        typer.echo(f"Error: {msg}", err=True)
        raise typer.Exit(1)


# what a build finds but does not write: an edit kept, a source a researcher removed that the
# drafts still propose (said at every build, never "changed": a researcher's trial, session 44)
KEPT = ("kept-edit", "held", "source-kept-out")


def framework_changes(merge: dict) -> str:
    """What the build's refresh changed in indicators/framework.yaml, by kind of change, with
    the indicators; then, apart, the sources a researcher removed that the drafts still
    propose."""
    touched = merge.get("indicators") or {}
    counts = merge.get("changes", {})

    def said(kinds) -> str:       # "25 updated in 10 indicators": changes are not indicators
        return "; ".join(f"{counts.get(k, len(ids))} {k}"
                         + (f" in {len(ids)} indicators" if counts.get(k, len(ids)) != len(ids)
                            else "")
                         + f" ({', '.join(ids[:6])}{', …' if len(ids) > 6 else ''})"
                         for k, ids in kinds)
    changed = [(k, v) for k, v in sorted(touched.items()) if k not in KEPT]
    kept_out = [(k, v) for k, v in sorted(touched.items()) if k == "source-kept-out"]
    lead = (f"indicators/framework.yaml not written ({merge.get('held_for')}); it would "
            "change: " if merge.get("held_back") else "indicators/framework.yaml changed: ")
    lines = [lead + said(changed)] if changed else []
    if kept_out:
        lines.append("kept as you left it, though the drafts still propose it: "
                     + said(kept_out))
    if reworded := merge.get("reworded"):      # what the experts will be asked changed
        lines.append(("would be reworded by the drafts" if merge.get("held_back") else
                      "reworded by the drafts") + " (you had not edited them; check them, or "
                     "edit them to keep your wording): " + "; ".join(reworded))
    if held := [(k, v) for k, v in sorted(touched.items()) if k == "held"]:
        lines.append("levels not reworded from the drafts where you reworded the title or "
                     "question (edit them to match, or remove `scale:` to take the drafts'): "
                     + said(held))
    return "\n".join(lines)
