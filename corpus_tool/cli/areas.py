"""`corpus-tool areas …`: list the codebook, suggest areas, evaluate the suggestions."""
from __future__ import annotations

from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (JsonOpt, ProjectOpt, new_app, print_json, project_from, stdout,
                                    table)
from corpus_tool.codebook import load_codebook
from corpus_tool.coding.files import load_annotations
from corpus_tool.suggest.areas import evaluate_suggestions, suggest_areas
from corpus_tool.pipeline.freshness import prepare_inputs

areas_app = new_app("The codebook's areas and area suggestions.\n\nExample: corpus-tool areas list")
app.add_typer(areas_app, name="areas")

BackendOpt = Annotated[str, typer.Option("--backend", help="Embedding backend: minilm, static, "
                                                           "tfidf, hash or a model path.")]
MethodOpt = Annotated[str, typer.Option(
    "--method", help="auto (supervised once every area has enough annotations), zero-shot or "
                     "supervised.")]


@areas_app.command("list")
def list_cli(project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """List the areas of annotations/codebook.yaml (a malformed codebook is refused with file,
    line and field).

    Example: corpus-tool areas list --json
    """
    project = project_from(project_dir)
    areas = load_codebook(project)
    counts: dict[str, int] = {}
    for a in load_annotations(project):
        counts[a.area] = counts.get(a.area, 0) + 1
    if json_out:
        print_json({"areas": [a.to_dict() | {"annotations": counts.get(a.id, 0)} for a in areas]})
    else:
        table([{"id": a.id, "name": a.name, "annotations": counts.get(a.id, 0),
                "seed terms": len(a.seed_terms), "examples": len(a.examples)} for a in areas],
              ["id", "name", "annotations", "seed terms", "examples"])


@areas_app.command("suggest")
def suggest_cli(text: Annotated[list[str] | None, typer.Option(
                    "--text", help="Score this text (repeat for several) instead of statements.")
                ] = None,
                statement: Annotated[list[str] | None, typer.Option(
                    "--statement", help="Only these statement ids (repeat).")] = None,
                limit: Annotated[int | None, typer.Option(
                    "--limit", help="Show at most this many (table output).", min=1)] = 20,
                backend: BackendOpt = "minilm", method: MethodOpt = "auto",
                project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Rank the areas for every statement (or for --text): zero-shot from the codebook until the
    annotations suffice, then a supervised calibrated classifier. Scores best first, with the
    model id and version.

    Example: corpus-tool areas suggest --text "Migrant pupils receive extra lessons in the language of instruction" --json
    """
    project = project_from(project_dir)
    if not text:
        prepare_inputs(project, "areas suggest", statements="require")
    sugg = suggest_areas(project, texts=text, statement_ids=statement,
                         backend=backend, method=method)
    if json_out:
        print_json({"model_id": sugg[0].model_id if sugg else None,
                    "model_version": sugg[0].model_version if sugg else None,
                    "method": sugg[0].method if sugg else None,
                    "suggestions": [s.to_dict() for s in sugg]})
        return
    if sugg:
        stdout.print(f"{sugg[0].method} model {sugg[0].model_id} ({sugg[0].model_version})")
    table([{"id": s.id, "best": s.area, "scores": "  ".join(f"{a} {v:.2f}" for a, v in s.scores),
            "text": s.text[:60]} for s in sugg[:limit] if s], ["id", "best", "scores", "text"])


@areas_app.command("evaluate")
def evaluate_cli(backend: BackendOpt = "minilm",
                 folds: Annotated[int, typer.Option("--folds", help="Cross-validation folds.",
                                                    min=2)] = 5,
                 project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """How well suggestions match the human annotations: zero-shot accuracy, and the supervised
    model's cross-validated accuracy (folds grouped by quote text).

    Example: corpus-tool areas evaluate --json
    """
    rep = evaluate_suggestions(project_from(project_dir), backend=backend, folds=folds)
    if json_out:
        print_json(rep)
        return
    stdout.print(f"{rep['annotations']} annotated texts; embedder {rep.get('embedder')}")
    if rep.get("zero_shot"):
        stdout.print(f"zero-shot accuracy {rep['zero_shot']['accuracy']:.3f} "
                     f"(macro F1 {rep['zero_shot']['macro_f1']:.3f})")
    if rep.get("supervised"):
        s = rep["supervised"]
        stdout.print(f"supervised cross-validated accuracy {s['cv_accuracy']:.3f} "
                     f"(macro F1 {s['cv_macro_f1']:.3f}, {s['folds']} folds)")
    elif rep.get("note"):
        stdout.print(rep["note"])
