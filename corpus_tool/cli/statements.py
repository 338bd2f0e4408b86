"""`corpus-tool statements`: list normative statements (running the stage when passages
changed), show one, evaluate the extractor against a hand-labelled gold set."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (CorpusGroup, CsvOpt, JsonOpt, ProjectOpt, QuietOpt, WideOpt,
                                    emit_json, progress, project_from, stdout, table, warn)
from corpus_tool.errors import InputError
from corpus_tool.statements.evaluate import MODES, default_gold_paths, evaluate_sets
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
    "--pipeline", help="auto (trained spaCy pipeline when installed), trained, "
                 "trained-ungated (the trained parse without the statement detector) or rules.")]


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
                   wide: WideOpt = False, csv_out: CsvOpt = False,
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
        if not doc or w.startswith(f"{doc}:"):      # with --doc, what concerns that document
            warn(f"Warning: {w}")
    if json_out:
        emit_json(res["statements"])
        return
    rows = [s.to_dict() for s in res["statements"]]
    every = ["id", "strength", "actor", "deontic", "aim", "beneficiaries", "text"]
    table([{**r, "beneficiaries": ", ".join(r["beneficiaries"])} for r in rows],
          every if wide or csv_out or stdout.width >= 140 else ["id", "strength", "actor", "text"],
          wide=wide, csv=csv_out)
    if csv_out:
        return
    s = res["summary"]
    stdout.print(f"{len(rows)} statement(s); pipeline {s['pipeline']}; "
                 f"{s.get('recomputed', 0)} passage(s) recomputed", soft_wrap=False)


@statements_app.command("show")
def show_cli(statement_id: Annotated[str, typer.Argument(
                 help="Statement id, e.g. un-crc-1989:art-28-1-a:s1.")],
             project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Show one statement with all its parts and its anchor.

    Example: corpus-tool statements show un-crc-1989:art-28-1-a:s1 --json
    """
    statement = show_statement(project_from(project_dir), statement_id)
    if json_out:
        emit_json(statement)
        return
    for k, v in statement.to_dict().items():
        stdout.print(f"{k:>13}: {', '.join(v) if isinstance(v, list) else v}", markup=False)


@statements_app.command("evaluate")
def evaluate_cli(gold: Annotated[list[Path] | None, typer.Option(
                     help="Gold JSONL; repeat for several sets (default: the shipped "
                          "tests/data/statements_gold.jsonl and statements_gold_unseen.jsonl of "
                          "the project).", dir_okay=False)] = None,
                 mode: Annotated[list[str] | None, typer.Option(
                     "--mode", help="trained (parse, rules and the statement detector: what "
                                    "the stage runs), trained-ungated (the same parse, the "
                                    "rules alone) and/or rules (no parse); default: all three.")] = None,
                 errors: Annotated[int, typer.Option(
                     help="Also list up to N disagreements per gold set.")] = 0,
                 locators: Annotated[bool, typer.Option(
                     "--locators", help="Score each unit with its gold locator too, as the "
                                        "stage sees a passage (\"Recital 12\" is preamble); "
                                        "for gold sets whose locators are a reader's.")] = False,
                 structure: Annotated[bool, typer.Option(
                     "--structure", help="Score each unit with what the product knows of it "
                                         "from its document, where the gold records it: the "
                                         "genre its manifest type and legal force give, and "
                                         "whether it is a recital or preamble.")] = False,
                 project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Precision/recall/F1 of statement detection and accuracy of strength, actor and
    beneficiaries against hand-labelled gold sets, for the trained spaCy pipeline and for
    the rules-only fallback. Each set is reported on its own, split into its halves (a set
    whose records carry `half` uses them: dev and the held-out halves marked "seen" were used
    for tuning, the latest held-out half, marked "fresh", never).

    Example: corpus-tool statements evaluate --gold tests/data/statements_gold_unseen.jsonl --json
    """
    modes = tuple(mode or MODES)
    bad = [m for m in modes if m not in MODES]
    if bad:
        raise InputError(f"unknown --mode {bad[0]!r}", fix="use " + ", ".join(MODES))
    if not gold:
        root = Path(project_dir).resolve() if project_dir else Path.cwd()
        gold = default_gold_paths(root)
        if not gold:
            raise InputError("no gold set found", path=root / "tests" / "data",
                             fix="pass --gold FILE")
    for g in gold:
        if not g.is_file():
            raise InputError("gold set not found", path=g, fix="pass --gold FILE")
    res = evaluate_sets(list(gold), modes=modes, errors=errors, locators=locators,
                        structure=structure)
    if json_out:
        emit_json(res)
        return
    for one in res["sets"]:
        _print_set(one)


def _print_set(res: dict) -> None:
    rows = []
    for m, r in res["modes"].items():
        if not r.get("available"):
            rows.append({"pipeline": m, "split": "-", "precision": r.get("error", "unavailable")})
            continue
        for split in res["splits"]:
            s = r[split]
            rows.append({"pipeline": m, "split": res["split_labels"].get(split, split),
                         "n": s["n"],
                         "precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                         "strength": s["strength_accuracy"], "actor": s["actor_accuracy"],
                         "beneficiaries": s["beneficiaries_exact"]})
    table(rows, ["pipeline", "split", "n", "precision", "recall", "f1", "strength", "actor",
                 "beneficiaries"], title=f"Statements vs {res['gold']} ({res['n']} units, "
                                         f"{res['n_statements']} statements)")
    for m, r in res["modes"].items():
        if r.get("available"):
            stdout.print(f"{m}: {r['pipeline']}", markup=False)
    if res["locators"]:
        stdout.print("units scored with locators: each with its gold locator, as the stage "
                     "sees a passage")
    if res["structure"]:
        stdout.print("units scored with their recorded structure: the genre of their "
                     "document and whether they are a recital or preamble, where the gold "
                     "records them")
    if "test" in res["splits"]:
        stdout.print("dev = odd gold ids (looked at while building the rules), test = even ids")
    else:
        stdout.print("halves from the gold set's `half` field: dev tuned on; a held-out half "
                     "marked (seen) was looked at once its figure was reported, tuned on since; "
                     "the one marked (fresh) was drawn and labelled afterwards, never tuned on")
    for m, r in res["modes"].items():
        for e in r.get("errors", []):
            stdout.print(f"[{m}] {e['id']} {e['half']} {e['kind']}: gold {e['gold']} pred "
                         f"{e['pred']} | {e['text']}", markup=False)
