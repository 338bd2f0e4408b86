"""Indicator commands: indicators draft | diff | promote | validate | list."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.build import framework_changes
from corpus_tool.cli.common import (CsvOpt, JsonOpt, ProjectOpt, QuietOpt, WideOpt, new_app,
                                    emit_json, parse_year, progress, project_from, stdout, table,
                                    warn)
from corpus_tool.errors import CheckFailed
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_indicators, framework_path
from corpus_tool.indicators.drafted_from import behind_annotations_warning
from corpus_tool.indicators.listing import IndicatorList, list_indicators
from corpus_tool.indicators.promotion import diff, promote, promote_report, refresh
from corpus_tool.indicators.validate import ValidationFailure, validate_framework
from corpus_tool.scoring.questionnaire import write_questionnaire
from corpus_tool.suggest import suggest_areas
from corpus_tool.pipeline.freshness import prepare_inputs

ind_app = new_app("Draft indicators from the annotated corpus, merge them into the framework, "
                  "check it.\n\nExample: corpus-tool indicators draft")
app.add_typer(ind_app, name="indicators")

FrameworkOpt = Annotated[Path | None, typer.Option(
    "--framework", "-f", help="Framework file (default: indicators/framework.yaml).",
    dir_okay=False, show_default=False)]


def _bring_statements_up_to_date(project, command: str, *, quiet: bool) -> list[str]:
    """As `build` would: refuse an index older than corpus/, re-extract the statements of the
    documents whose passages changed. Returns those documents."""
    done = prepare_inputs(project, command, statements="ensure")["statements"]
    if not done:
        return []
    if not quiet:
        warn(f"statements brought up to date for {len(done['stale_documents'])} document(s): "
             + ", ".join(done["stale_documents"]))
    return done["stale_documents"]


@ind_app.command("draft")
def draft_cli(no_suggestions: Annotated[bool, typer.Option(
                  "--no-suggestions", help="Draft from the annotations alone.")] = False,
              backend: Annotated[str, typer.Option(
                  help="Embedding backend for the area suggestions.")] = "minilm",
              merge: Annotated[bool, typer.Option(
                  "--merge/--no-merge", help="Also refresh the indicators already in "
                  "indicators/framework.yaml (edits kept, new evidence marked new, lost "
                  "evidence marked stale).")] = False,
              project_dir: ProjectOpt = None, json_out: JsonOpt = False,
              quiet: QuietOpt = False) -> None:
    """Draft candidate indicators per area from the annotations (first) and confident area
    suggestions (next), into indicators/drafts/framework.draft.yaml.

    Example: corpus-tool indicators draft --no-suggestions
    """
    project = project_from(project_dir)
    updated = _bring_statements_up_to_date(project, "indicators draft", quiet=json_out)
    with progress("Suggestions", quiet=quiet or json_out) as advance:
        summary = draft_indicators(project, use_suggestions=not no_suggestions, backend=backend,
                                   suggest=suggest_areas, progress=advance)
    summary["statements_updated"] = updated
    if merge:
        summary["merge"] = refresh(project).summary()
    if json_out:
        emit_json(summary)
        return
    for n in summary["notes"]:
        warn(n)
    stdout.print(f"{summary['indicators']} draft indicators "
                 f"({', '.join(f'{a}: {k}' for a, k in summary['areas'].items())}), "
                 f"{summary['sources']} sources, {summary['multi_instrument']} citing more than "
                 f"one instrument → {summary['path']}")
    if merge and (line := framework_changes(summary["merge"])):
        stdout.print(line, markup=False)


@ind_app.command("diff")
def diff_cli(ids: Annotated[list[str] | None, typer.Argument(
                 help="Draft indicator ids to consider adding (default: all).")] = None,
             project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Show what promoting the drafts would change in indicators/framework.yaml: fields updated,
    researcher edits kept, sources new or stale, indicators added or withdrawn.

    Example: corpus-tool indicators diff --json
    """
    project = project_from(project_dir)
    prepare_inputs(project, "indicators diff", drafts=True)
    d = diff(project, ids=ids or None)
    if json_out:
        emit_json(d)
        return
    if not d["changes"]:
        stdout.print("No changes: the framework is up to date with the drafts.")
        return
    for c in d["changes"]:
        what = c["change"] + (f" {c['field']}" if c.get("field") else "")
        line = f"{c['indicator']}: {what}"
        if c.get("detail"):
            line += f" — {c['detail']}"
        stdout.print(line)


@ind_app.command("promote")
def promote_cli(ids: Annotated[list[str] | None, typer.Argument(
                    help="Draft indicator ids to add (default: all drafts).")] = None,
                project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Merge draft indicators into indicators/framework.yaml (created if missing). Fields a
    researcher edited are kept; new sources are marked new, lost ones stale.

    Example: corpus-tool indicators promote acc-free-compulsory-primary
    """
    project = project_from(project_dir)
    _bring_statements_up_to_date(project, "indicators promote", quiet=json_out)
    prepare_inputs(project, "indicators promote", drafts=True)
    result = promote(project, ids=ids or None)
    out = promote_report(project, result)
    if json_out:
        emit_json(out)
    else:
        counts = ", ".join(f"{k}: {v}" for k, v in out["changes"].items()) or "no changes"
        stdout.print(f"{out['framework']}: {out['indicators']} indicators ({counts})")


@ind_app.command("questionnaire")
def questionnaire_cli(output: Annotated[Path, typer.Argument(
                          help="The form to write: a .csv or .xlsx file.", dir_okay=False)],
                      country: Annotated[list[str], typer.Option(
                          "--country", help="A country to ask about (repeat: one block of rows "
                          "each), e.g. AT.")],
                      year: Annotated[int, typer.Option(
                          help="The year the answers describe.", parser=parse_year)],
                      framework: FrameworkOpt = None, project_dir: ProjectOpt = None) -> None:
    """Write the form national experts answer: per country, one row per indicator with its
    question, the levels of its scale and the international sources it rests on, and empty
    answer, comment, source and expert columns (in a workbook, `answer` offers the levels in a
    drop-down list). `corpus-tool score FILE` scores the filled form.

    Example: corpus-tool indicators questionnaire form.xlsx --country AT --country BE --year 2025
    """
    # a framework file given needs no project around it (trial 21), as `score -f` does not
    path = framework or framework_path(project_from(project_dir))
    n = write_questionnaire(load_framework(path), output, countries=country, year=year)
    stdout.print(f"{n} questions for {len(country)} countr{'y' if len(country) == 1 else 'ies'} "
                 f"→ {output} (fill in `answer`, then `corpus-tool score {output}`)", markup=False)


@ind_app.command("validate")
def validate_cli(framework: FrameworkOpt = None,
                 strict: Annotated[bool, typer.Option(
                     "--strict", help="Treat suspect links and quality warnings as errors.")
                 ] = False,
                 backend: Annotated[str, typer.Option(
                     "--backend", help="Embeddings for the near-duplicate check (minilm, static, "
                     "tfidf, hash).", metavar="<str>")] = "minilm",
                 allow_no_sources: Annotated[bool, typer.Option(
                     "--allow-no-sources", help="Accept indicators without sources (a framework "
                     "taken from a published index, e.g. indicators/mipex-2020.yaml).")] = False,
                 project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Check the framework: schema, unique ids, scales, at least one source per indicator, and
    that every source still re-anchors in the current corpus (links into a changed document
    are reported as suspect, per indicator). Warns, with the indicator's id, of near-duplicate
    indicators, titles that are no whole noun phrase or are cut or name a bare subject or
    people, questions without '?', sources sharing no key term with their indicator and
    indicators resting on one source. Exit 1 on any error (and on any warning with --strict).

    Example: corpus-tool indicators validate --strict --json
    """
    project = project_from(project_dir)
    prepare_inputs(project, "indicators validate")
    try:
        report = validate_framework(project, path=framework, strict=strict,
                                    require_sources=not allow_no_sources, backend=backend)
    except CheckFailed as e:
        if json_out:
            emit_json(ValidationFailure(ok=False, errors=e.problems, message=str(e)))
        raise
    if json_out:
        emit_json(report)
        return
    for w in report["warnings"]:
        warn(f"warning: {w}")
    dead = (f", {report['withdrawn']} withdrawn with no source left (see the warnings)"
            if report["withdrawn"] else "")
    stdout.print(f"{report['path']}: {report['indicators']} indicators OK"
                 f" ({report['suspect']} with suspect links, {len(report['contested'])} "
                 f"contested source(s){dead})", markup=False)
    for c in report["contested"]:
        stdout.print(f"contested: {c['indicator']}: {c['doc_id']} {c['locator']}: {c['text']}",
                     markup=False)


@ind_app.command("list")
def list_cli(drafts: Annotated[bool, typer.Option(
                 "--drafts", help="List the drafts instead of the framework.")] = False,
             framework: FrameworkOpt = None, project_dir: ProjectOpt = None,
             json_out: JsonOpt = False, wide: WideOpt = False, csv_out: CsvOpt = False) -> None:
    """List the indicators of the framework (or of the drafts) with their area, sources and
    instruments.

    Example: corpus-tool indicators list --drafts
    """
    project = project_from(project_dir)
    rows = list_indicators(project, drafts=drafts, path=framework)
    if framework is None and (behind := behind_annotations_warning(project)):
        typer.echo(behind, err=True)
    if json_out:
        emit_json(IndicatorList(indicators=rows))
        return
    table(rows, ["area", "id", "title", "sources", "instruments", "status"], wide=wide,
          csv=csv_out)
