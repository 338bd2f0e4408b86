"""Embedding and clustering commands: embed, cluster (which is also the group of the curation
sub-commands in `cli/cluster_curate.py`)."""
from __future__ import annotations

import inspect
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (CorpusGroup, JsonOpt, ProjectOpt, QuietOpt, emit_json,
                                    global_options, progress, project_from, stdout, warn)
from corpus_tool.report.clusters import write_cluster_report
from corpus_tool.semantic.carry import said_changes
from corpus_tool.semantic.cluster import RUN_OPTIONS, last_options, run_clustering
from corpus_tool.semantic.curate import cluster_notes, curated_clustering_report, curation_report
from corpus_tool.semantic.embed import embed_corpus
from corpus_tool.semantic.split import MAX_SHARE
from corpus_tool.pipeline.freshness import prepare_inputs
from corpus_tool.store.db import connect

BackendOpt = Annotated[str, typer.Option(
    "--backend", "-b", help="Embedding backend: minilm (default), static, tfidf, hash, or a "
                            "sentence-transformers model name/path (offline).")]


def _with_last(project, unit: str, given: dict) -> tuple[dict, dict]:
    """The options a run takes: those given, and for the others (statements only) those of the
    clustering stored in the index, which `build` clusters with too. A plain `cluster` after a
    curation made on `--on requirement --max-share 0.08` clusters re-clustered on the defaults
    and reported five of the curation's decisions not carried (a researcher's trial 28, P4).
    Returns the options and those taken from the last run, where they differ from defaults."""
    options = {k: v for k, v in given.items() if v is not None}
    if unit != "statements" or not project.db_path.exists():
        return options, {}
    conn = connect(project.db_path)
    try:
        last = last_options(conn)
    finally:
        conn.close()
    taken = {k: last[k] for k in RUN_OPTIONS if k in last and given.get(k) is None}
    defaults = inspect.signature(run_clustering).parameters
    shown = {k: v for k, v in taken.items() if k in defaults and v != defaults[k].default}
    return {**options, **taken}, shown


@app.command("embed")
def embed_cli(backend: BackendOpt = "minilm",
              unit: Annotated[str, typer.Option(
                  help="What to embed: statements, passages or all.")] = "all",
              project_dir: ProjectOpt = None, json_out: JsonOpt = False,
              quiet: QuietOpt = False) -> None:
    """Embed statements and passages into the cache under build/cache/ (by model id and text
    hash: unchanged texts are never embedded twice).

    Example: corpus-tool embed --backend static
    """
    project = project_from(project_dir)
    with progress("Embedding", quiet=quiet or json_out) as advance:
        report = embed_corpus(project, backend=backend, unit=unit, progress=advance)
    if json_out:
        emit_json(report)
    else:
        stdout.print(f"Embedded {report['embedded']} new text(s), {report['cached']} already "
                     f"cached ({report['passages']} passages, {report['statements']} statements) "
                     f"with {report['model_id']} in {report['seconds']:.1f}s")


# `corpus-tool cluster [options]` runs the stage; `corpus-tool cluster rename|merge|…` curate
# (a typer callback that also runs without a sub-command)
cluster_app = typer.Typer(cls=CorpusGroup, invoke_without_command=True, no_args_is_help=False,
                          add_completion=False, pretty_exceptions_enable=False,
                          rich_markup_mode=None)
app.add_typer(cluster_app, name="cluster")


@cluster_app.callback()
def cluster_cli(ctx: typer.Context,
                backend: Annotated[str | None, typer.Option(
                    "--backend", "-b", help="Embedding backend: minilm (default), static, tfidf, "
                                            "hash, or a sentence-transformers model name/path "
                                            "(offline).", show_default=False)] = None,
                method: Annotated[str | None, typer.Option(
                    help="agglomerative (default; cosine distance threshold), hdbscan or "
                         "kmeans.", show_default=False)] = None,
                threshold: Annotated[float | None, typer.Option(
                    help="Agglomerative: cosine distance at which groups stop merging "
                         "(default per backend, e.g. 0.6 for minilm; lower = more, tighter "
                         "clusters).", show_default=False)] = None,
                k: Annotated[int | None, typer.Option(
                    "--k", help="k-means: number of clusters (default √(n/2)).",
                    show_default=False)] = None,
                min_size: Annotated[int | None, typer.Option(
                    "--min-size", help="Smallest cluster; smaller groups are outliers "
                                       "(default 3; hdbscan 8).", show_default=False)] = None,
                guided: Annotated[bool | None, typer.Option(
                    "--guided/--no-guided", help="Pull statements towards the codebook areas' "
                                                 "seed terms.", show_default=False)] = None,
                assign_outliers: Annotated[bool | None, typer.Option(
                    "--assign-outliers/--keep-outliers", help="Put each outlier into its "
                                                              "nearest cluster.",
                    show_default=False)] = None,
                seed: Annotated[int | None, typer.Option(
                    help="Random seed (k-means; default 0).", show_default=False)] = None,
                unit: Annotated[str, typer.Option(
                    help="What to cluster: statements or passages.")] = "statements",
                on: Annotated[str | None, typer.Option(
                    "--on", help="Embed each statement's whole sentence (default), or its "
                                 "requirement (from the aim on, with the people it benefits; "
                                 "see `python -m benchmarks cluster`).",
                    show_default=False)] = None,
                max_share: Annotated[float | None, typer.Option(
                    "--max-share", help="Split clusters holding more than this share of all "
                                        "statements (agglomerative; default 0.08, or the last "
                                        "clustering's); 1 splits none.",
                    show_default=False)] = None,
                split_mixed: Annotated[bool | None, typer.Option(
                    "--split-mixed/--no-split-mixed",
                    help="Split clusters whose statements' requirements fall into two or more "
                         "groups (up to 6,000 statements; agglomerative or hdbscan).",
                    show_default=False)] = None,
                force: Annotated[bool, typer.Option(
                    "--force", help="Recompute even when nothing changed since the last run.")
                ] = False,
                report: Annotated[bool, typer.Option(
                    "--report/--no-report", help="Also write build/report/clusters.html.")
                ] = True,
                project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                quiet: QuietOpt = False) -> None:
    """Cluster statements by meaning, label each cluster and store the clusters in the index
    (replacing the previous run) as the researcher's curation (annotations/clusters.yaml) makes
    them; what the curation could not carry over is reported. An option not given is that of
    the last clustering of the statements (as `build` clusters), else its default: a curation
    made on clusters of other options carries over. Same inputs and options give the same
    clusters. The sub-commands curate the clusters.

    Example: corpus-tool cluster --backend static --on requirement --max-share 0.08 --json
    """
    if ctx.invoked_subcommand is not None:
        if project_dir is not None:          # `corpus-tool cluster -p DIR rename …`
            global_options(project_dir)
        return
    project = project_from(project_dir)
    prepare_inputs(project, "cluster", statements="require" if unit == "statements" else None)
    options, taken = _with_last(project, unit, {
        "backend": backend, "method": method, "threshold": threshold, "k": k,
        "min_cluster_size": min_size, "guided": guided, "assign_outliers": assign_outliers,
        "random_state": seed, "on": on, "max_share": max_share, "split_mixed": split_mixed})
    if taken and not (quiet or json_out):
        stdout.print("As last clustered (give the option to change it): " + ", ".join(
            f"{k} {'none' if v is None else v}" for k, v in taken.items()))
    with progress("Embedding", quiet=quiet or json_out) as advance:
        result = run_clustering(project, unit=unit, force=force, progress=advance, **options)
    path = None
    if report:
        path = write_cluster_report(project)
    carry = curation_report(project)
    for w in carry.warnings():
        warn("warning: " + w)
    if json_out:
        emit_json(curated_clustering_report(project, result))
        return
    q = result.quality
    if q.get("over_share"):        # --max-share not met: said (a researcher's trial, session 43)
        warn(f"warning: {len(q['over_share'])} cluster(s) still hold more than "
             f"{result.params.get('max_share') or MAX_SHARE:.0%} "
             f"of the {unit} ({', '.join(f'{x:.1%}' for x in q['over_share'][:5])}): "
             f"{q['over_share_why']}")
    stdout.print(f"{len(result.clusters)} clusters of {q['n_items']} {unit} "
                 f"({q['n_outliers']} outliers; silhouette {q['silhouette']}) with "
                 f"{result.model_id}, {result.method}")
    notes = cluster_notes(project)
    for c in result.clusters:
        mark = "*" if notes.get(c.id, {}).get("curated") else " "
        stdout.print(f"{c.id} {mark} {c.size:>4}  {c.label}")
    if carry.outcomes:
        stdout.print(f"Curation (annotations/clusters.yaml; * = curated): {carry.said()}")
        if changes := said_changes([m.to_dict() for m in carry.moved]):
            stdout.print(changes)
    if path:
        stdout.print(f"Report: {path}")
