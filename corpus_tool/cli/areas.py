"""`corpus-tool areas …`: list the codebook, suggest areas, evaluate the suggestions."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (CsvOpt, JsonOpt, ProjectOpt, QuietOpt, WideOpt, new_app,
                                    emit_json, progress, project_from, stdout, table, warn)
from corpus_tool.codebook import area_listing, load_codebook
from corpus_tool.corpus.lang import language_name
from corpus_tool.coding.annotations import example_problems
from corpus_tool.coding.files import load_annotations
from corpus_tool.errors import InputError
from corpus_tool.suggest.areas import suggest_areas, suggestion_report
from corpus_tool.suggest.crossval import fewshot_cross_validated
from corpus_tool.suggest.evaluate import evaluate_eval_set, evaluate_suggestions
from corpus_tool.pipeline.freshness import prepare_inputs

areas_app = new_app("The codebook's areas and area suggestions.\n\nExample: corpus-tool areas list")
app.add_typer(areas_app, name="areas")

BackendOpt = Annotated[str, typer.Option("--backend", help="Embedding backend: minilm, static, "
                                                           "tfidf, hash or a model path.")]
MethodOpt = Annotated[str, typer.Option(
    "--method", help="auto (= few-shot: codebook texts + annotations, with a calibrated "
                     "relevance), few-shot, zero-shot or supervised.")]


def relevance_text(relevance: float | None, none_below: float | None) -> str:
    """A relevance as the table prints it: two decimals, three (cut, not rounded) where two
    would round one below the bar up to it ("0.499", not "0.50" beside "below 0.50: none of
    these areas", a researcher's trial 32, P14)."""
    if relevance is None:
        return ""
    if none_below is not None and relevance < none_below and \
            round(relevance, 2) >= round(none_below, 2):
        return f"{math.floor(relevance * 1000) / 1000:.3f}"
    return f"{relevance:.2f}"


@areas_app.command("list")
def list_cli(project_dir: ProjectOpt = None, json_out: JsonOpt = False, wide: WideOpt = False,
             csv_out: CsvOpt = False) -> None:
    """List the areas of annotations/codebook.yaml (a malformed codebook is refused with file,
    line and field).

    Example: corpus-tool areas list --json
    """
    project = project_from(project_dir)
    areas = load_codebook(project)
    listing = area_listing(areas, [a.area for a in load_annotations(project)])
    if json_out:
        emit_json(listing)
    else:
        counts = {a["id"]: a["annotations"] for a in listing["areas"]}
        table([{"id": a.id, "name": a.name, "annotations": counts.get(a.id, 0),
                "seed terms": len(a.seed_terms), "examples": len(a.examples)} for a in areas],
              ["id", "name", "annotations", "seed terms", "examples"], wide=wide, csv=csv_out)
    # an example citing a document the corpus lacks, or words it does not say, is said where
    # the researcher looks at the codebook, not only at the next build (trial 34, P12)
    for problem in example_problems(project):
        warn(problem)


@areas_app.command("suggest")
def suggest_cli(text: Annotated[list[str] | None, typer.Option(
                    "--text", help="Score this text (repeat for several) instead of statements.")
                ] = None,
                statement: Annotated[list[str] | None, typer.Option(
                    "--statement", help="Only these statement ids (repeat).")] = None,
                limit: Annotated[int | None, typer.Option(
                    "--limit", help="Show at most this many (table output).", min=1)] = 20,
                backend: BackendOpt = "minilm", method: MethodOpt = "auto",
                project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                wide: WideOpt = False, csv_out: CsvOpt = False, quiet: QuietOpt = False) -> None:
    """Rank the areas for every statement (or for --text) with the few-shot model (the codebook's
    definitions, notes, seed terms, examples and indicators together with the annotations),
    scores best first, with the model id and version, and the relevance: below the threshold
    the best area reads "none of these areas".

    Example: corpus-tool areas suggest --text "Migrant pupils receive extra lessons in the language of instruction" --json
    """
    project = project_from(project_dir)
    if not text:
        prepare_inputs(project, "areas suggest", statements="require")
    with progress("Embedding", quiet=quiet or json_out or csv_out) as advance:
        sugg = suggest_areas(project, texts=text, statement_ids=statement,
                             backend=backend, method=method, progress=advance)
    if json_out:
        emit_json(suggestion_report(sugg))
        return
    if sugg and not csv_out:
        stdout.print(f"{sugg[0].method} model {sugg[0].model_id} ({sugg[0].model_version})")
    table([{"id": s.id, "best": f"not read: in {language_name(s.unread)}" if s.unread
            else s.area if s.fits else "none of these areas",
            "relevance": relevance_text(s.relevance, s.none_below),
            "scores": "  ".join(f"{a} {v:.2f}" for a, v in s.scores),
            "text": s.text} for s in sugg[:limit] if s],
          ["id", "best", "relevance", "scores", "text"], wide=wide, csv=csv_out)
    if sugg and sugg[0].none_below is not None and not csv_out:
        stdout.print(f"relevance = how surely the text is about the codebook (the higher of a "
                     f"learnt probability and its closeness to the codebook's texts); below "
                     f"{sugg[0].none_below:.2f}: none of these areas")
    if any(s.unread for s in sugg) and not csv_out:
        stdout.print("the area model reads English: a text in another language gets scores "
                     "that say nothing about it")


@areas_app.command("evaluate")
def evaluate_cli(backend: BackendOpt = "minilm",
                 folds: Annotated[int, typer.Option("--folds", help="Cross-validation folds.",
                                                    min=2)] = 5,
                 eval_set: Annotated[Path | None, typer.Option(
                     "--eval-set", help="Questions/sentences/negatives JSONL (default: "
                                        "tests/data/areas_eval.jsonl of the project, if any).",
                     dir_okay=False)] = None,
                 project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                 quiet: QuietOpt = False) -> None:
    """How well suggestions match the human annotations (zero-shot accuracy, the few-shot and
    supervised models' cross-validated accuracy, folds grouped by quote text) and a labelled set of
    questions, sentences and off-topic negatives (top-1 per half, with and without "none of
    these areas", and how often negatives get "none"), for the few-shot, zero-shot and
    supervised models.

    Example: corpus-tool areas evaluate --eval-set tests/data/areas_eval.jsonl --json
    """
    project = project_from(project_dir)
    if eval_set is None:
        default = project.root / "tests" / "data" / "areas_eval.jsonl"
        eval_set = default if default.is_file() else None
    elif not eval_set.is_file():
        raise InputError("evaluation set not found", path=eval_set, fix="pass --eval-set FILE")
    with progress("Embedding", quiet=quiet or json_out) as advance:
        rep = evaluate_suggestions(project, backend=backend, folds=folds, progress=advance)
        cv = fewshot_cross_validated(project, backend=backend, folds=folds)
    rep["few_shot"] = cv.to_dict() if cv is not None else None
    if eval_set is not None:
        rep["eval_set"] = evaluate_eval_set(project, eval_set, backend=backend)
    if json_out:
        emit_json(rep)
        return
    stdout.print(f"{rep['annotations']} annotated texts; embedder {rep.get('embedder')}")
    if rep.get("zero_shot"):
        stdout.print(f"zero-shot accuracy {rep['zero_shot']['accuracy']:.3f} "
                     f"(macro F1 {rep['zero_shot']['macro_f1']:.3f})")
    if rep.get("few_shot"):
        f = rep["few_shot"]
        stdout.print(f"few-shot cross-validated accuracy {f['accuracy']:.3f} (with none "
                     f"{f['accuracy_with_none']:.3f}, macro F1 {f['macro_f1']:.3f}, {f['folds']} "
                     f"folds; each fold's annotations unseen)")
    if rep.get("supervised"):
        s = rep["supervised"]
        stdout.print(f"supervised cross-validated accuracy {s['cv_accuracy']:.3f} "
                     f"(macro F1 {s['cv_macro_f1']:.3f}, {s['folds']} folds)")
    elif rep.get("note"):
        stdout.print(rep["note"])
    if "eval_set" in rep:
        _print_eval_set(rep["eval_set"])


def _print_eval_set(ev: dict) -> None:
    rows = []
    for method, r in ev["methods"].items():
        if not r.get("available"):
            rows.append({"method": method, "half": "unavailable"})
            continue
        for half in [h for h in r if h not in ("available", "model_id", "model_version",
                                               "none_below")]:
            x = r[half]
            qs = x.get("questions_and_sentences", {})
            rows.append({"method": method, "half": half,
                         "questions": x.get("question", {}).get("top1_with_none", ""),
                         "sentences": x.get("sentence", {}).get("top1_with_none", ""),
                         "both": qs.get("top1_with_none", ""),
                         "both (no none)": qs.get("top1", ""),
                         "negatives none": x.get("negative", {}).get("none_rate", "")})
    table(rows, ["method", "half", "questions", "sentences", "both", "both (no none)",
                 "negatives none"],
          title=f"top-1 on {ev['eval_set']} ({ev['n']} items; a positive judged off-topic counts "
                "as wrong)")
