"""`corpus-tool cluster rename|merge|split|pin|exclude|forget|history`: the researcher's curation of
the clusters (annotations/clusters.yaml), through `corpus_tool.semantic.curate`."""
from __future__ import annotations

from typing import Annotated

import typer

from corpus_tool.cli.cluster import cluster_app
from corpus_tool.cli.common import (JsonOpt, ProjectOpt, WideOpt, emit_json, project_from, stdout,
                                    table, warn)
from corpus_tool.coding.files import default_coder
from corpus_tool.errors import InputError
from corpus_tool.semantic.curate import (CurationResult, curation_history, exclude, forget, history,
                                         merge_clusters, pin_statement, propose_split,
                                         rename_cluster, split_cluster)
from corpus_tool.semantic.curation import load_curation

CoderOpt = Annotated[str | None, typer.Option(
    "--coder", help="Who curates (default: $CORPUS_TOOL_CODER or your login name).",
    show_default=False)]
LabelOpt = Annotated[str | None, typer.Option(
    "--label", help="A label naming the requirement the cluster holds.", show_default=False)]


def _done(res: CurationResult, json_out: bool) -> None:
    if json_out:
        emit_json(res)
        return
    for c in res.clusters:
        what = "excluded" if c["excluded"] else f"{c['size']} statement(s)"
        stdout.print(f"{res.op}: {c['id']}  {c['label']}  ({what})")
        if c["excluded"] and res.op == "exclude":   # what it sets aside, said (trial 48, P9)
            stdout.print(f"  its {c['size']} statement(s) are set aside and feed no draft "
                         f"(`corpus-tool cluster --json` lists them; `corpus-tool cluster "
                         f"forget {c['id']}` takes them back)", soft_wrap=True)
    if not res.clusters:
        stdout.print(f"{res.op}: " + ", ".join(res.event.clusters + res.event.statements))
    for o in res.not_carried:
        warn(f"warning: {o['kind']} of {o['target']} not carried over: {o['detail']}")
    if res.op == "pin" and any(c["excluded"] for c in res.clusters):
        # a statement pinned into a cluster set aside is set aside with it (trial 45, P11)
        warn(f"warning: {', '.join(res.event.statements)} is now set aside with the excluded "
             f"cluster {res.clusters[0]['id']}: it feeds no draft (pin it to another cluster if "
             "that is not what you meant)")


@cluster_app.command("rename")
def rename_cli(cluster: Annotated[str, typer.Argument(help="Cluster id (c-…).")],
               label: Annotated[str | None, typer.Option(
                   "--label", help="A label naming the requirement the cluster holds ('' gives "
                   "back the tool's label).", show_default=False)] = None,
               description: Annotated[str | None, typer.Option(
                   "--description", help="A short description ('' clears it).",
                   show_default=False)] = None,
               coder: CoderOpt = None, project_dir: ProjectOpt = None,
               json_out: JsonOpt = False) -> None:
    """Give a cluster a label and a short description; they stay with it on re-runs.

    Example: corpus-tool cluster rename c-1a2b3c4d --label "Free primary education for every child" --description "Primary schooling free of charge, whatever the status"
    """
    res = rename_cluster(project_from(project_dir), cluster, label=label,
                         description=description, coder=coder or default_coder())
    _done(res, json_out)
    if label is not None and not label.strip() and not json_out:   # trial 19: said nothing
        warn(f"{cluster}: your label is cleared; the tool's label shows again")


@cluster_app.command("merge")
def merge_cli(clusters: Annotated[list[str], typer.Argument(
                  help="Two or more cluster ids; the first one's id stays.")],
              label: LabelOpt = None, coder: CoderOpt = None, project_dir: ProjectOpt = None,
              json_out: JsonOpt = False) -> None:
    """Merge clusters that hold the same requirement into one (one candidate indicator).

    Example: corpus-tool cluster merge c-1a2b3c4d c-5e6f7a8b --label "Access whatever the residence status"
    """
    _done(merge_clusters(project_from(project_dir), clusters, label=label,
                         coder=coder or default_coder()), json_out)


@cluster_app.command("split")
def split_cli(cluster: Annotated[str, typer.Argument(help="Cluster id (c-…).")],
              statements: Annotated[list[str] | None, typer.Option(
                  "--statement", "-s", help="A statement to split off (repeat).",
                  show_default=False)] = None,
              propose: Annotated[bool, typer.Option(
                  "--propose", help="Preview a sub-clustering into --parts parts; writes "
                                    "nothing.")] = False,
              accept: Annotated[bool, typer.Option(
                  "--accept", help="Apply that sub-clustering: every part but the largest "
                                   "becomes a cluster.")] = False,
              parts: Annotated[int, typer.Option("--parts", help="Parts of the proposal.",
                                                 min=2)] = 2,
              label: LabelOpt = None, coder: CoderOpt = None, project_dir: ProjectOpt = None,
              json_out: JsonOpt = False, wide: WideOpt = False) -> None:
    """Split a cluster that mixes requirements: list the statements to split off, or preview a
    proposal (--propose) and accept it (--accept). --label names the one cluster a split by
    --statement makes (or the one new part of a two-part proposal).

    Example: corpus-tool cluster split c-1a2b3c4d --propose --parts 2
    """
    project = project_from(project_dir)
    if sum([bool(statements), propose, accept]) != 1:
        raise InputError("give --statement (repeatable), --propose or --accept",
                         fix="preview with --propose first, then --accept the same --parts")
    if propose:
        prop = propose_split(project, cluster, parts=parts)
        if json_out:
            emit_json(prop)
            return
        rows = [{"part": i + 1, "size": p.size if k == 0 else "", "statement": sid, "text": text,
                 "terms": ", ".join(p.terms[:3]) if k == 0 else ""}
                for i, p in enumerate(prop.parts)
                for k, (sid, text) in enumerate(zip(p.statements, p.examples))]
        # which part --label names (a researcher's trial 30, P8: it went to the part they had
        # not meant, and the preview did not say)
        new = "part 2 becomes a new cluster, named by --label" if len(prop.parts) == 2 else \
            f"parts 2-{len(prop.parts)} become new clusters"
        # the label part 1 keeps: the researcher's, else the tool's new one for what it keeps
        # (trial 35, P7: "with its label", and the run named it "protection of water ecosystems")
        named = load_curation(project).get(cluster)
        keeps = "with your label" if named is not None and named.label else \
            "labelled anew from the statements it keeps"
        table(rows, ["part", "size", "terms", "statement", "text"], wide=wide,
              title=f"Proposed split of {cluster} (part 1 stays {cluster}, {keeps}; "
                    f"{new}; accept with --accept)")
        more = [f"part {i + 1}: {p.size - len(p.examples)} more" for i, p in
                enumerate(prop.parts) if p.size > len(p.examples)]
        if more:
            stdout.print(f"Not shown: {', '.join(more)} (`--json` lists every statement)")
        return
    accepted = propose_split(project, cluster, parts=parts) if accept else None
    _done(split_cluster(project, cluster, statements=statements or [], accept=accepted, label=label,
                        coder=coder or default_coder()), json_out)


@cluster_app.command("pin")
def pin_cli(statement: Annotated[str, typer.Argument(help="Statement id.")],
            cluster: Annotated[str, typer.Option("--cluster", "-c", help="Cluster id (c-…).")],
            coder: CoderOpt = None, project_dir: ProjectOpt = None,
            json_out: JsonOpt = False) -> None:
    """Pin a statement to a cluster: it stays there whatever later runs say, as long as a run
    finds the cluster (a cluster no run can carry over takes its pins with it: both are reported
    and marked unresolved in annotations/clusters.yaml).

    Example: corpus-tool cluster pin un-crc-1989:art-28-1-a:s1 --cluster c-1a2b3c4d
    """
    _done(pin_statement(project_from(project_dir), statement, cluster,
                        coder=coder or default_coder()), json_out)


@cluster_app.command("exclude")
def exclude_cli(cluster: Annotated[str | None, typer.Argument(
                    help="Cluster id (c-…) to set aside.", show_default=False)] = None,
                statement: Annotated[str | None, typer.Option(
                    "--statement", "-s", help="Set one statement aside instead.",
                    show_default=False)] = None,
                coder: CoderOpt = None, project_dir: ProjectOpt = None,
                json_out: JsonOpt = False) -> None:
    """Exclude a cluster, or one statement, as noise: it feeds no indicator draft.

    Example: corpus-tool cluster exclude c-1a2b3c4d
    """
    _done(exclude(project_from(project_dir), cluster=cluster, statement=statement,
                  coder=coder or default_coder()), json_out)


@cluster_app.command("forget")
def forget_cli(target: Annotated[str, typer.Argument(
                   help="A curated cluster id, or a statement id (its pin or exclusion).")],
               coder: CoderOpt = None, project_dir: ProjectOpt = None,
               json_out: JsonOpt = False) -> None:
    """Drop a curation: a curated cluster's entry, or a statement's pin or exclusion (such as
    one a re-run could not carry over, once dealt with).

    Example: corpus-tool cluster forget c-1a2b3c4d
    """
    _done(forget(project_from(project_dir), target, coder=coder or default_coder()), json_out)


@cluster_app.command("history")
def history_cli(coder: Annotated[str | None, typer.Option(
                    "--coder", help="Only this curator's events.", show_default=False)] = None,
                project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                wide: WideOpt = False) -> None:
    """Who curated what, when (annotations/clusters.yaml, append-only).

    Example: corpus-tool cluster history --coder ana --json
    """
    events = [e for e in history(project_from(project_dir)) if coder is None or e.coder == coder]
    if json_out:
        emit_json(curation_history(events))
        return
    table([{"at": e.at, "coder": e.coder, "op": e.op, "what": _what(e), "note": e.note}
           for e in events], ["at", "coder", "op", "what", "note"], wide=wide)


def _what(event) -> str:
    """What an event touched, as a table cell: an accepted split lists every statement it moved
    (95 made each line thousands of characters wide: trial 19); `--json` keeps them all."""
    said = event.clusters + event.statements[:3]
    more = len(event.statements) - 3
    return ", ".join(said) + (f" and {more} more statement(s)" if more > 0 else "")
