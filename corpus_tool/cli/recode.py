"""`corpus-tool annotations recode`: a code renamed or merged in the codebook, carried to every
coding at once (the library: coding/recode.py)."""
from __future__ import annotations

from typing import Annotated

import typer

from corpus_tool.cli.annotations import ann_app
from corpus_tool.cli.common import JsonOpt, ProjectOpt, emit_json, project_from, stdout
from corpus_tool.coding.recode import Recoded, recode
from corpus_tool.errors import InputError
from corpus_tool.indicators.promotion import rename_indicator


@ann_app.command("recode")
def recode_cli(to: Annotated[str, typer.Option("--to", help="The new area or indicator id.")],
               areas: Annotated[list[str] | None, typer.Option(
                   "--area", help="An area id to move the codings from (repeat to merge).")
               ] = None,
               indicators: Annotated[list[str] | None, typer.Option(
                   "--indicator", help="An indicator id to move the codings from (repeat to "
                                       "merge).")] = None,
               dry_run: Annotated[bool, typer.Option(
                   "--dry-run", help="Say what would change; write nothing.")] = False,
               project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """After renaming or merging a code in the codebook, move every coding of the old code(s)
    to the new one, in every coder's file (each keeps its coder, words and memo). A split is a
    coder's decision per coding: `annotations edit`.

    Example: corpus-tool annotations recode --indicator proc-legal-aid --indicator proc-be-heard --to proc-due-process
    """
    if bool(areas) == bool(indicators):
        raise InputError("name the old code(s) with --area or with --indicator (not both)",
                         fix="e.g. `annotations recode --area nondiscrimination --to equality`")
    kind, old = ("area", areas) if areas else ("indicator", indicators)
    project = project_from(project_dir)
    rep = recode(project, kind, list(old or []), to, dry_run=dry_run)
    framework = (rename_indicator(project, rep["old"], rep["new"], dry_run=dry_run)
                 if kind == "indicator" else "")
    if json_out:
        if framework:
            rep = Recoded(**rep, framework=framework)
        emit_json(rep)
        return
    verb = "Would move" if dry_run else "Moved"
    stdout.print(f"{verb} {len(rep['annotations'])} coding(s) from {kind} "
                 f"{', '.join(rep['old'])} to {rep['new']}: "
                 + "; ".join(f"{f} {n}" for f, n in rep["files"].items()))
    if framework:
        stdout.print(framework[:1].upper() + framework[1:] + ".", markup=False)
