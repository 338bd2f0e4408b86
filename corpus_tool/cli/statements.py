"""`corpus-tool statements`: list normative statements (running the stage when passages
changed), show one, evaluate the extractor against a hand-labelled gold set."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (CorpusGroup, JsonOpt, ProjectOpt, QuietOpt, print_json,
                                    progress, project_from, stdout, table, warn)
from corpus_tool.errors import InputError
from corpus_tool.statements.evaluate import evaluate
from corpus_tool.statements.stage import run_statements, show_statement
from corpus_tool.pipeline.freshness import prepare_inputs

statements_app = typer.Typer(
    help="Normative statements (actor, deontic, strength, aim, object, condition, "
         "beneficiaries) extracted from the English passages.\n\n"
         "Example: corpus-tool statements --doc un-crc-1989 --strength obligation",
    cls=CorpusGroup, invoke_without_command=True, no_args_is_help=False, add_completion=False,
    pretty_exceptions_enable=False, rich_markup_mode=None)
app.add_typer(statements_app, name="statements")

PipelineOpt = Annotated[str, typer.Option(
    "--pipeline", help="auto (trained spaCy pipeline when installed), trained or rules.")]


@statements_app.callback()
def statements_cli(ctx: typer.Context,
                   doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")
                                  ] = None,
                   strength: Annotated[str | None, typer.Option(
                       help="obligation, prohibition, recommendation, permission, recognition "
                            "or none.")] = None,
                   beneficiary: Annotated[str | None, typer.Option(
                       help="A group, e.g. children, 'migrant workers and their families', "
                            "minorities, 'persons with disabilities', everyone.")] = None,
                   pipeline: PipelineOpt = "auto",
                   project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                   quiet: QuietOpt = False) -> None:
    """List statements; extracts them first for passages that are new or changed.

    Example: corpus-tool statements --doc un-crc-1989 --beneficiary children --json
    """
    if ctx.invoked_subcommand is not None:
        return
    project = project_from(project_dir)
    prepare_inputs(project, "statements")
    with progress("Statements", quiet=quiet or json_out) as advance:
        res = run_statements(project, doc_id=doc, strength=strength, beneficiary=beneficiary,
                             pipeline=pipeline, progress=advance)
    for w in res["summary"].get("warnings", []):
        warn(f"Warning: {w}")
    rows = [s.to_dict() for s in res["statements"]]
    if json_out:
        print_json(rows)
        return
    table([{**r, "beneficiaries": ", ".join(r["beneficiaries"]), "text": r["text"][:70]}
           for r in rows], ["id", "strength", "actor", "deontic", "aim", "beneficiaries", "text"])
    s = res["summary"]
    stdout.print(f"{len(rows)} statement(s); pipeline {s['pipeline']}; "
                 f"{s.get('recomputed', 0)} passage(s) recomputed")


@statements_app.command("show")
def show_cli(statement_id: Annotated[str, typer.Argument(
                 help="Statement id, e.g. un-crc-1989:art-28-1-a:s1.")],
             project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Show one statement with all its parts and its anchor.

    Example: corpus-tool statements show un-crc-1989:art-28-1-a:s1 --json
    """
    st = show_statement(project_from(project_dir), statement_id).to_dict()
    if json_out:
        print_json(st)
        return
    for k, v in st.items():
        stdout.print(f"{k:>13}: {', '.join(v) if isinstance(v, list) else v}", markup=False)


@statements_app.command("evaluate")
def evaluate_cli(gold: Annotated[Path | None, typer.Option(
                     help="Gold JSONL (default: tests/data/statements_gold.jsonl in the "
                          "project).", dir_okay=False)] = None,
                 mode: Annotated[list[str] | None, typer.Option(
                     "--mode", help="trained and/or rules (default: both).")] = None,
                 errors: Annotated[int, typer.Option(
                     help="Also list up to N disagreements with the gold set.")] = 0,
                 project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Precision/recall/F1 of statement detection and accuracy of strength, actor and
    beneficiaries against a hand-labelled gold set, for the trained spaCy pipeline and for
    the rules-only fallback.

    Example: corpus-tool statements evaluate --gold tests/data/statements_gold.jsonl --json
    """
    modes = tuple(mode or ("trained", "rules"))
    bad = [m for m in modes if m not in ("trained", "rules")]
    if bad:
        raise InputError(f"unknown --mode {bad[0]!r}", fix="use trained or rules")
    if gold is None:
        root = Path(project_dir).resolve() if project_dir else Path.cwd()
        gold = root / "tests" / "data" / "statements_gold.jsonl"
    if not gold.is_file():
        raise InputError("gold set not found", path=gold, fix="pass --gold FILE")
    res = evaluate(gold, modes=modes, errors=errors)
    if json_out:
        print_json(res)
        return
    rows = []
    for m, r in res["modes"].items():
        if not r.get("available"):
            rows.append({"pipeline": m, "split": "-", "precision": r.get("error", "unavailable")})
            continue
        for split in ("all", "dev", "test"):
            s = r[split]
            rows.append({"pipeline": m, "split": split, "n": s["n"],
                         "precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                         "strength": s["strength_accuracy"], "actor": s["actor_accuracy"],
                         "beneficiaries": s["beneficiaries_exact"]})
    table(rows, ["pipeline", "split", "n", "precision", "recall", "f1", "strength", "actor",
                 "beneficiaries"], title=f"Statements vs {res['gold']} ({res['n']} units, "
                                         f"{res['n_statements']} statements)")
    for m, r in res["modes"].items():
        if r.get("available"):
            stdout.print(f"{m}: {r['pipeline']}", markup=False)
    stdout.print("dev = odd gold ids (looked at while building the rules), test = even ids")
    for m, r in res["modes"].items():
        for e in r.get("errors", []):
            stdout.print(f"[{m}] {e['id']} {e['kind']}: gold {e['gold']} pred {e['pred']} | "
                         f"{e['text']}", markup=False)
