"""`corpus-tool provenance`: one row per source of each indicator, in several formats."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import ProjectOpt, emit_json, project_from
from corpus_tool.errors import InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import framework_path
from corpus_tool.indicators.drafted_from import behind_annotations_warning
from corpus_tool.indicators.provenance import (FORMATS, ProvenanceListing, current_framework,
                                               document_facts, provenance_rows, render,
                                               write_provenance)
from corpus_tool.pipeline.freshness import prepare_inputs


@app.command("provenance")
def provenance_cli(indicator: Annotated[str | None, typer.Argument(
                       help="Indicator id (default: the whole framework).")] = None,
                   fmt: Annotated[str, typer.Option(
                       "--format", help="md, csv, html, xlsx or prov (W3C PROV-JSON).")] = "md",
                   framework: Annotated[Path | None, typer.Option(
                       "--framework", "-f", help="Framework file (default: "
                       "indicators/framework.yaml).", dir_okay=False)] = None,
                   output: Annotated[Path | None, typer.Option(
                       "--output", "-o", help="Write to this file instead of stdout "
                       "(xlsx: default build/provenance/…).", dir_okay=False)] = None,
                   coded: Annotated[bool, typer.Option(
                       "--coded-only", help="Only the sources a researcher linked (codings, "
                       "accepted suggestions, sources written by hand); leave out those a "
                       "model alone suggested.")] = False,
                   project_dir: ProjectOpt = None,
                   json_out: Annotated[bool, typer.Option(
                       "--json", help="Print the rows as one JSON document.")] = False) -> None:
    """The provenance of an indicator (or of every indicator): document, issuer, year, type,
    legal force, locator, page, quote, strength, area and what linked it — one row per source.

    Example: corpus-tool provenance acc-free-compulsory-primary --format csv --coded-only
    """
    project = project_from(project_dir)
    if fmt not in FORMATS:
        raise InputError(f"unknown --format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}")
    prepare_inputs(project, "provenance", statements="ensure")
    fpath = framework or framework_path(project)
    if framework is None and not fpath.is_file():   # not "pass the path …" (trial 32, P13)
        raise InputError("the project has no indicator framework yet", path=fpath,
                         fix="run `corpus-tool build` (or `corpus-tool indicators draft`, then "
                             "`corpus-tool indicators promote`), or give --framework FILE")
    if framework is None and (behind := behind_annotations_warning(project)):
        typer.echo(behind, err=True)
    if json_out:
        fw = current_framework(project, load_framework(fpath), coded=coded)
        emit_json(ProvenanceListing(indicator=indicator, rows=provenance_rows(
            fw, indicator, document_facts(project))))
        return
    if output is not None or fmt == "xlsx":
        info = write_provenance(project, fmt=fmt, indicator_id=indicator, framework=fpath,
                                output=output, coded=coded)
        typer.echo(f"{info['rows']} rows → {info['path']}", err=True)
        return
    data = render(current_framework(project, load_framework(fpath), coded=coded), fmt=fmt,
                  indicator_id=indicator, docs=document_facts(project))
    sys.stdout.write(data if isinstance(data, str) else data.decode())
