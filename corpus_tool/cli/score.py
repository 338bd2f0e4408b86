"""`corpus-tool score`: expert answers → scores of every node, checks and sensitivity."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (JsonOpt, ProjectOpt, QuietOpt, WideOpt, emit_json, progress,
                                    project_from, stdout, table, warn)
from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.formats import atomic_write_text, csv_text, dumps_json
from corpus_tool.report.scores import scores_html
from corpus_tool.scoring.engine import (SCORE_FIELDS, coverage_text, headline_year, score_rows,
                                        wide_rows, write_scores)
from corpus_tool.scoring.run import run_scoring

FORMATS = ("csv", "xlsx", "json", "html")
MAX_WARNINGS = 50


def _capped_warn(limit: int):
    count = 0

    def show(message: str) -> None:
        nonlocal count
        count += 1
        if count <= limit:
            warn(message)
    return show


@app.command("score")
def score_cli(
    answers: Annotated[Path, typer.Argument(
        help="Answers file (.csv or .xlsx): country,year,indicator,score (or answer naming a "
             "scale level), optional expert, comment, source.", show_default=False)],
    framework: Annotated[Path | None, typer.Option(
        "--framework", "-f", help="Framework file (default: indicators/framework.yaml of the "
                                  "project).", show_default=False)] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", help="Write the scores as csv, xlsx, json or html (report with charts).",
        show_default=False)] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="File to write (default for csv/json: stdout).",
        show_default=False)] = None,
    check_against: Annotated[Path | None, typer.Option(
        "--check-against", help="Published scores (CSV/XLSX: country, year, one column per "
                                "node id or alias) to compare with; every difference is listed "
                                "and makes the command fail.", show_default=False)] = None,
    tolerance: Annotated[float, typer.Option(
        help="Largest difference from a published score that still counts as equal.")] = 0.01,
    sensitivity: Annotated[int, typer.Option(
        "--sensitivity", help="Monte Carlo samples of the weights for the sensitivity "
                              "analysis (0: none).")] = 0,
    seed: Annotated[int, typer.Option(help="Random seed of the sensitivity analysis.")] = 0,
    perturb: Annotated[str, typer.Option(
        help="How weights vary: uniform (±spread) or dirichlet (around the nominal "
             "weights).")] = "uniform",
    spread: Annotated[float, typer.Option(help="Relative spread of the weights.")] = 0.25,
    target: Annotated[str | None, typer.Option(
        help="Node whose ranks the sensitivity analysis studies (default: the first overall "
             "variant).", show_default=False)] = None,
    duplicates: Annotated[str, typer.Option(
        help="Several answers for one indicator: agree (the same answer counts once; answers "
             "that disagree leave it unanswered, with a warning), mean (average them) or "
             "error (refuse a second answer).")] = "agree",
    strict: Annotated[bool, typer.Option(
        "--strict", help="Refuse scores between scale levels and disagreeing answers.")
    ] = False,
    min_coverage: Annotated[float | None, typer.Option(
        "--min-coverage", help="A score whose coverage (share of the information under it "
                               "that is answered, 0–1) is lower is left missing.",
        show_default=False)] = None,
    report: Annotated[Path | None, typer.Option(
        "--report", help="Also write the HTML report (charts, rank table, sensitivity) here.",
        show_default=False)] = None,
    project_dir: ProjectOpt = None,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
    wide: WideOpt = False,
) -> None:
    """Score expert answers against a framework: every indicator, dimension, area and overall
    variant per country and year, with coverage; optionally compare with published scores and
    test how robust the ranks are.

    Example: corpus-tool score answers.csv --framework indicators/mipex-2020.yaml --sensitivity 1000 --seed 1
    """

    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format '{fmt}'", fix=f"use one of {', '.join(FORMATS)}")
    if fmt in ("xlsx", "html") and out is None:
        raise InputError(f"--format {fmt} needs --out FILE", fix=f"e.g. --out scores.{fmt}")
    if framework is None:
        framework = project_from(project_dir).indicators_dir / "framework.yaml"
    shown = _capped_warn(MAX_WARNINGS)
    with progress("Sensitivity", total=sensitivity or None,
                  quiet=quiet or json_out or not sensitivity) as advance:
        run = run_scoring(answers=answers, framework=framework, duplicates=duplicates,
                          strict=strict, min_coverage=min_coverage,
                          check_against_path=check_against, tolerance=tolerance,
                          sensitivity=sensitivity, seed=seed, method=perturb, spread=spread,
                          target=target, warn=shown, progress=advance)
    fw, result = run.framework, run.result
    if len(result.warnings) > MAX_WARNINGS:
        warn(f"… and {len(result.warnings) - MAX_WARNINGS} more warning(s) "
             f"({len(result.warnings)} in all; --strict turns them into a full list of errors)")
    if report is not None:
        atomic_write_text(report, scores_html(result, fw, sensitivity=run.sensitivity,
                                              check=run.check, min_coverage=min_coverage))
    if fmt is not None and out is not None:
        if fmt == "html":
            atomic_write_text(out, scores_html(result, fw, sensitivity=run.sensitivity,
                                               check=run.check, min_coverage=min_coverage))
        elif fmt == "json":
            atomic_write_text(out, dumps_json(run.to_dict(), indent=2) + "\n")
        else:
            write_scores(out, result, fw, fmt=fmt)
        warn(f"Wrote {len(result.scores)} scores to {out}")
    if json_out:
        emit_json(run)
    elif fmt in ("csv", "json") and out is None:
        if fmt == "csv":
            sys.stdout.write(csv_text(SCORE_FIELDS, score_rows(result)))
        else:
            emit_json(run)
    elif fmt is None:
        headline = fw.overall[0].id if fw.overall else (fw.areas[0].id if fw.areas else "")
        year = headline_year(result, headline)
        cols, rows = wide_rows(result, fw)
        rows = sorted((r for r in rows if r["year"] == year),
                      key=lambda r: (-(r.get(headline) or -1), r["country"]))
        cov = {(s.country, s.node): s.coverage for s in result.scores if s.year == year}
        nodes = [c for c in cols if c not in ("country", "year")]
        low = 0

        def cell(country: str, node: str, v: float | None) -> str:
            nonlocal low
            c = cov.get((country, node), 0.0)
            if min_coverage is not None and c is not None and c + 1e-9 < min_coverage:
                low += 1
                return ("–" if v is None else f"{v:.1f}") + "*"
            return "–" if v is None else f"{v:.1f}"

        table([{"country": r["country"], **{n: cell(r["country"], n, r[n]) for n in nodes},
                 "coverage": coverage_text(cov.get((r['country'], headline), 0.0))}
                for r in rows],
              ["country", *nodes, "coverage"], title=f"{fw.id}: overall and area scores, {year}",
              wide=wide)
        if low:
            stdout.print(f"* {low} score(s) rest on less than --min-coverage "
                         f"{min_coverage:.0%} of their information and are left missing")
        stdout.print(f"{len(result.units)} country-years, {result.answers} answers, "
                     f"{len(result.scores)} scores, {len(result.warnings)} warning(s); "
                     "all years and nodes: --format csv|xlsx|json or --json")
        if run.sensitivity:
            _print_sensitivity(run.sensitivity, wide=wide)
        if run.check:
            c = run.check
            stdout.print(f"Check against {c['published']}: {c['matching']} of {c['compared']} "
                         f"published values reproduced to {c['tolerance']}; "
                         f"{len(c['differences'])} difference(s); {c['not_published']} computed "
                         "value(s) not published")
    if run.check and run.check["differences"]:
        diffs = run.check["differences"]
        raise CheckFailed(
            f"{len(diffs)} score(s) differ from {check_against} by more than {tolerance}",
            [f"{check_against}, line {d['line']}: {d['country']} {d['year']} {d['node']}: "
             f"published {d['published']:g}, computed "
             + ("nothing (no answers)" if d["computed"] is None else f"{d['computed']:.4f}")
             for d in diffs])


def _print_sensitivity(sens: dict, *, wide: bool = False) -> None:
    from collections import Counter
    counts = Counter(r["year"] for r in sens["countries"])
    best = max(counts.values(), default=0)
    latest = max((y for y, c in counts.items() if c == best), default=None)
    rows = [r for r in sens["countries"] if r["year"] == latest]
    table([{"country": r["country"],
            "score": f"{r['score']:.1f} ({r['score_p05']:.1f}-{r['score_p95']:.1f})",
            "rank": r["rank"],
            "median": r["rank_median"], "5-95%": f"{r['rank_p05']}-{r['rank_p95']}",
            "shift": r["median_rank_shift"], "geometric": r["geometric_rank"],
            "leave-one-out": f"{r['leave_one_out_max_shift']} {r['leave_one_out_indicator'] or ''}"}
           for r in rows],
          ["country", "score", "rank", "median", "5-95%", "shift", "geometric", "leave-one-out"],
          title=f"Sensitivity of {sens['target']} ranks, {latest} ({sens['samples']} samples, "
                f"seed {sens['seed']})", wide=wide)
    if sens.get("swap_note"):
        stdout.print(f"Geometric: {sens['swap_note']}.", markup=False)
