"""`corpus-tool export qdpx|qdc` and `corpus-tool import qdpx|qdc`: exchange with ATLAS.ti,
NVivo, MAXQDA, QualCoder and Taguette through REFI-QDA (QDA-XML 1.0)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (JsonOpt, ProjectOpt, new_app, emit_json, project_from, stdout,
                                    warn, warn_unread_annotations)
from corpus_tool.coding.qda_xml import IndicatorCode
from corpus_tool.coding.qdc_merge import import_qdc
from corpus_tool.coding.qdpx_export import export_qdc, export_qdpx
from corpus_tool.coding.qdpx_import import QdpxImportReport, import_qdpx
from corpus_tool.errors import InputError
from corpus_tool.framework import load_framework
from corpus_tool.indicators import framework_path
from corpus_tool.indicators.selection import indicator_codes
from corpus_tool.project import Project

export_app = new_app("Export for qualitative-analysis tools (REFI-QDA .qdpx project, .qdc "
                     "codebook).\n\nExample: corpus-tool export qdpx -o study.qdpx")
import_app = new_app("Import from qualitative-analysis tools (REFI-QDA .qdpx project, .qdc "
                     "codebook).\n\nExample: corpus-tool import qdpx study.qdpx")
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")

FrameworkOpt = Annotated[Path | None, typer.Option(
    "--framework", "-f", help="Framework whose indicator titles name the indicator codes "
    "(default: indicators/framework.yaml when it exists).", dir_okay=False)]


def _indicators(project: Project, framework: Path | None) -> list[IndicatorCode]:
    path = framework or framework_path(project)
    if framework is None and not path.is_file():
        return []
    return indicator_codes(load_framework(path))


@export_app.command("qdpx")
def export_qdpx_cli(output: Annotated[Path, typer.Option(
                        "--output", "-o", help="The .qdpx file to write.", dir_okay=False)],
                    coder: Annotated[str | None, typer.Option(
                        "--coder", help="Only this coder's annotations.")] = None,
                    doc: Annotated[str | None, typer.Option(
                        "--doc", help="Only this document.")] = None,
                    framework: FrameworkOpt = None, project_dir: ProjectOpt = None,
                    json_out: JsonOpt = False) -> None:
    """Export documents, codebook and annotations as a REFI-QDA project (.qdpx) that ATLAS.ti,
    NVivo, MAXQDA and QualCoder open: coders are users, areas are codes with their indicators
    nested, each annotation a coded text selection with its memo.

    Example: corpus-tool export qdpx --coder coder-a -o study.qdpx
    """
    project = project_from(project_dir)
    warn_unread_annotations(project)
    s = export_qdpx(project, output, coder=coder, doc_id=doc,
                    indicators=_indicators(project, framework))
    for aid in s.not_exported:
        warn(f"warning: {aid}: its quote is not in the current text (run `corpus-tool "
             "annotations check`); not exported")
    if json_out:
        emit_json(s)
    else:
        stdout.print(f"Wrote {s.path}: {s.documents} document(s), {s.annotations} "
                     f"annotation(s), {s.codes} code(s), {s.users} user(s) in {s.seconds:.2f} s")


@export_app.command("qdc")
def export_qdc_cli(output: Annotated[Path, typer.Option(
                       "--output", "-o", help="The .qdc file to write.", dir_okay=False)],
                   framework: FrameworkOpt = None, project_dir: ProjectOpt = None,
                   json_out: JsonOpt = False) -> None:
    """Export the codebook alone (areas, with their indicators nested) as a REFI-QDA .qdc.

    Example: corpus-tool export qdc -o codebook.qdc
    """
    project = project_from(project_dir)
    s = export_qdc(project, output, indicators=_indicators(project, framework))
    if json_out:
        emit_json(s)
    else:
        stdout.print(f"Wrote {s.path}: {s.codes} code(s)")


def _source_map(values: list[str]) -> dict[str, str]:
    out = {}
    for v in values:
        name, sep, doc = v.rpartition("=")
        if not sep or not name or not doc:
            raise InputError(f"--map {v!r} is not NAME=DOC_ID",
                             fix="e.g. --map 'Interview 3.docx=un-crc-1989'")
        out[name] = doc
    return out


@import_app.command("qdpx")
def import_qdpx_cli(file: Annotated[Path, typer.Argument(help="The .qdpx file.")],
                    coder_prefix: Annotated[str, typer.Option(
                        "--coder-prefix", help="Put this before every imported user's name "
                        "(e.g. 'nvivo-').")] = "",
                    add_codes: Annotated[bool, typer.Option(
                        "--add-codes", help="Add unknown top codes as areas of the codebook and "
                        "unknown codes below an area as indicators (default: list and leave "
                        "them out).")] = False,
                    source_map: Annotated[list[str] | None, typer.Option(
                        "--map", help="NAME=DOC_ID: the corpus document of a source the import "
                        "cannot match by text or title (repeatable).")] = None,
                    skip_unmatched: Annotated[bool, typer.Option(
                        "--skip-unmatched", help="Leave out sources that match no corpus "
                        "document instead of stopping.")] = False,
                    framework: FrameworkOpt = None, project_dir: ProjectOpt = None,
                    json_out: JsonOpt = False) -> None:
    """Import the codings of a REFI-QDA project (.qdpx) as annotations: sources are matched to
    corpus documents, quotes re-anchored in the current text, codes mapped to areas and
    indicators; everything that could not be placed is reported.

    Example: corpus-tool import qdpx study.qdpx --coder-prefix nvivo-
    """
    project = project_from(project_dir)
    r = import_qdpx(project, file, coder_prefix=coder_prefix, add_codes=add_codes,
                    indicators=_indicators(project, framework),
                    source_map=_source_map(source_map or []), skip_unmatched=skip_unmatched)
    for p in r.problems:
        warn(f"warning: {p}")
    if json_out:
        emit_json(r)
    else:
        _print_report(r)
    if r.problems or r.unknown_codes:   # what could be imported was; a script must learn the rest
        warn(f"Error: {len(r.problems)} problem(s), {len(r.unknown_codes)} code(s) left out "
             "(see above); the rest was imported")
        raise typer.Exit(1)


def _print_report(r: QdpxImportReport) -> None:
    for s in r.sources:
        stdout.print(f"source {s['name']!r} → {s['doc']} (by {s['matched_by']}; "
                     f"{s['selections']} selection(s); positions: {s['positions']})")
    for u in r.users:
        stdout.print(f"user {u['name'] or u['guid']} → coder {u['coder']}"
                     + ("" if u["known"] else " (not in the file's user list)"))
    for c in r.codes:
        stdout.print(f"code {c['code']} → {c['area']}"
                     + (f" / {c['indicator']}" if c["indicator"] else ""))
    for c in r.unknown_codes:
        stdout.print(f"unknown code {c}: its codings are left out (--add-codes adds it)")
    if r.added_areas or r.added_indicators:
        stdout.print(f"added area(s): {', '.join(r.added_areas) or '-'}; new indicator id(s): "
                     f"{', '.join(sorted(set(r.added_indicators))) or '-'}")
    anchoring = ", ".join(f"{n} {k}" for k, n in r.anchoring.items()) or "nothing to anchor"
    stdout.print(f"Imported {r.imported} annotation(s); {r.already_present} already present; "
                 f"anchoring: {anchoring}; {len(r.problems)} problem(s)")


@import_app.command("qdc")
def import_qdc_cli(file: Annotated[Path, typer.Argument(help="The .qdc codebook file.")],
                   dry_run: Annotated[bool, typer.Option(
                       "--dry-run", help="Report what would change; write nothing.")] = False,
                   project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Merge a REFI-QDA codebook (.qdc, as Taguette or QualCoder export it) into
    annotations/codebook.yaml: new codes become areas at the end of the list; existing areas,
    their definitions and every comment stay as they are.

    Example: corpus-tool import qdc taguette-codebook.qdc --dry-run
    """
    r = import_qdc(project_from(project_dir), file, dry_run=dry_run)
    if json_out:
        emit_json(r)
        return
    verb = "added" if r.written else "would add"
    stdout.print(f"{verb} {len(r.added)} area(s): {', '.join(r.added) or '-'}")
    stdout.print(f"unchanged: {', '.join(r.unchanged) or '-'}")
    for a in r.kept_definition:
        stdout.print(f"area {a}: the .qdc describes it differently; your definition is kept")
    for c in r.sub_codes:
        stdout.print(f"sub-code {c}: not stored (the codebook holds areas; indicators are ids "
                     "that annotations carry)")
