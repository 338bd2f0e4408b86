"""`corpus-tool annotations …`: add, list, edit, remove, accept, reject, check, export, import,
queue (agreement: cli/agreement.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import (CsvOpt, JsonOpt, ProjectOpt, WideOpt, new_app, emit_json,
                                    project_from, stdout, table, warn, warn_unread_annotations)
from corpus_tool.coding.anchoring import cut_words
from corpus_tool.coding.annotations import (RemovedAnnotations, add_annotation, likely_typo,
                                           remove_annotations, unknown_areas, update_annotation)
from corpus_tool.coding.check import check_annotations, orphan_advice
from corpus_tool.coding.files import default_coder, read_annotations
from corpus_tool.coding.interchange import (CSV_FIELDS, export_csv_rows, export_w3c,
                                            import_annotations)
from corpus_tool.coding.records import annotation_listing, annotation_to_record
from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.formats import atomic_write_text, csv_text
from corpus_tool.suggest.review import (AnnotationQueue, accept_suggestions, annotation_queue,
                                        reject_suggestion)

ann_app = new_app("Annotations: human links from passages and statements to the codebook's areas "
                  "and to indicators.\n\nExample: corpus-tool annotations list")
app.add_typer(ann_app, name="annotations")

CoderOpt = Annotated[str | None, typer.Option(
    "--coder", help="Who codes (default: $CORPUS_TOOL_CODER or your login name).",
    show_default=False)]
OthersOpt = Annotated[bool, typer.Option(
    "--others", help="Also change or remove other coders' annotations (they keep their coder's "
                     "name and count as theirs in agreement).")]
BackendOpt = Annotated[str, typer.Option("--backend", help="Embedding backend: minilm, static, "
                                                           "tfidf, hash or a model path.")]
MethodOpt = Annotated[str, typer.Option("--method", help="auto (few-shot), few-shot, zero-shot or supervised.")]
STANCE_HELP = ("for: the text is evidence for its indicator; against: evidence against it (a "
               "clause that takes away what the indicator asks). Evidence against is listed "
               "apart in the drafts' rationale and the provenance tables, and grounds nothing.")


def _row(a) -> dict:
    """One annotation's cells, whole: the table cuts them to the terminal (not with --wide or
    --csv)."""
    return {"id": a.id, "doc": a.doc_id, "area": a.area, "indicator": a.indicator or "",
            "coder": a.creator, "passage": a.anchor.passage_id or "",
            "stance": a.stance, "quote": " ".join(a.anchor.exact.split()),
            "memo": " ".join(a.memo.split())}


@ann_app.command("add")
def add_cli(area: Annotated[str, typer.Option("--area", help="Area id from the codebook.")],
            doc: Annotated[str | None, typer.Option("--doc", help="Document id.")] = None,
            quote: Annotated[str | None, typer.Option(
                "--quote", help="The words to annotate, copied from the document.")] = None,
            statement: Annotated[str | None, typer.Option(
                "--statement", help="A statement id (the whole statement, or narrows --quote).")
            ] = None,
            passage: Annotated[str | None, typer.Option(
                "--passage", help="A passage id (the whole passage, or narrows --quote).")] = None,
            indicator: Annotated[str | None, typer.Option(
                "--indicator", help="Indicator id this text supports.")] = None,
            memo: Annotated[str, typer.Option("--memo", help="A note for other coders.")] = "",
            stance: Annotated[str, typer.Option("--stance", help=STANCE_HELP)] = "for",
            occurrence: Annotated[int | None, typer.Option(
                "--occurrence", help="Which occurrence when the quote occurs more than once "
                                     "(1 = first).", min=1)] = None,
            coder: CoderOpt = None, project_dir: ProjectOpt = None,
            json_out: JsonOpt = False) -> None:
    """Code a stretch of text to an area (with --doc and --quote, or --statement / --passage).
    To code many passages at once, list them in a CSV (doc, quote, area, indicator, memo,
    stance) and run `annotations import FILE.csv --coder NAME`.

    Example: corpus-tool annotations add --doc un-crc-1989 --quote "Make primary education compulsory and available free to all" --area access --indicator acc-free-compulsory-primary
    """
    project = project_from(project_dir)
    typo = likely_typo(project, indicator)
    a = add_annotation(project, area=area, doc_id=doc, quote=quote,
                       statement_id=statement, passage_id=passage, indicator=indicator,
                       memo=memo, coder=coder, occurrence=occurrence, stance=stance)
    _warn_typo(indicator, typo, a.id)
    if cut := cut_words(a.anchor):
        warn(f"warning: the quote of {a.id} cuts a word: {' and '.join(cut)}; a citation quotes "
             f"whole words (`corpus-tool annotations remove {a.id}`, then add it again with the "
             "whole word)")
    if json_out:
        emit_json(annotation_to_record(a))
    else:
        stdout.print(f"Added {a.id} ({a.area}) in {a.file}")


def _warn_typo(indicator: str | None, typo: str | None, annotation: str) -> None:
    if typo:
        warn(f"warning: no other annotation has the indicator id {indicator!r}: did you mean "
             f"{typo!r}? A new id makes a new indicator (`corpus-tool annotations edit "
             f"{annotation} --indicator {typo}` corrects it)")


def _acting(coder: str | None, others: bool) -> str | None:
    """Who edits or removes (None with --others: anyone's annotation)."""
    return None if others else coder or default_coder()


def _warn_others(anns, coder: str | None, others: bool) -> None:
    """Said when --others changed another coder's coding: it still reads as theirs."""
    me = coder or default_coder()
    for a in anns if others else []:
        if a.creator != me:
            warn(f"warning: {a.id} is {a.creator}'s coding, changed by {me}: it still carries "
                 f"{a.creator}'s name and counts as theirs in agreement")


@ann_app.command("list")
def list_cli(doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
             coder: Annotated[str | None, typer.Option("--coder", help="Only this coder.")] = None,
             area: Annotated[str | None, typer.Option("--area", help="Only this area.")] = None,
             project_dir: ProjectOpt = None, json_out: JsonOpt = False,
             wide: WideOpt = False, csv_out: CsvOpt = False) -> None:
    """List annotations (malformed lines are reported on stderr with file and line, and the
    exit status is then 1).

    Example: corpus-tool annotations list --area diversity --json
    """
    project = project_from(project_dir)
    res = read_annotations(project)
    anns = [a for a in res.annotations if (doc is None or a.doc_id == doc)
            and (coder is None or a.creator == coder) and (area is None or a.area == area)]
    for p in [*res.problems, *unknown_areas(project, res.annotations)]:
        warn(f"warning: {p}")
    if json_out:
        emit_json(annotation_listing(anns, res.problems))
    else:
        every = ["id", "area", "indicator", "stance", "coder", "passage", "quote", "memo"]
        table([_row(a) for a in anns],
              every if wide or csv_out or stdout.width >= 140 else ["id", "area", "quote"],
              title=None if csv_out else f"{len(anns)} annotations", wide=wide, csv=csv_out)
    if res.problems:        # a line it cannot read is a coding left out: a script must learn so
        warn(f"Error: {len(res.problems)} line(s) of the annotation files could not be read "
             "and are not listed (see above); fix them in the file named")
        raise typer.Exit(1)


@ann_app.command("edit")
def edit_cli(annotation_id: Annotated[str, typer.Argument(help="Annotation id.")],
             area: Annotated[str | None, typer.Option("--area", help="New area.")] = None,
             indicator: Annotated[str | None, typer.Option(
                 "--indicator", help="New indicator id ('' clears it).")] = None,
             memo: Annotated[str | None, typer.Option("--memo", help="New memo.")] = None,
             stance: Annotated[str | None, typer.Option("--stance", help=STANCE_HELP)] = None,
             coder: CoderOpt = None, others: OthersOpt = False,
             project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Change the area, indicator, memo or stance of your annotation (its id and anchor stay).
    Another coder's is refused unless --others: to adjudicate, code the passage as `consensus`.

    Example: corpus-tool annotations edit un-crc-1989:coder-a:0123456789 --area outcomes --coder coder-a
    """
    project = project_from(project_dir)
    typo = likely_typo(project, indicator)
    a = update_annotation(project, annotation_id, area=area, indicator=indicator, memo=memo,
                          stance=stance, coder=_acting(coder, others))
    _warn_typo(indicator, typo, a.id)
    _warn_others([a], coder, others)
    if json_out:
        emit_json(annotation_to_record(a))
    else:
        stdout.print(f"Updated {a.id}")


@ann_app.command("remove")
def remove_cli(ids: Annotated[list[str], typer.Argument(help="Annotation ids.")],
               coder: CoderOpt = None, others: OthersOpt = False,
               project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Remove your annotations by id (an unknown id, or another coder's without --others,
    removes nothing).

    Example: corpus-tool annotations remove un-crc-1989:coder-a:0123456789 --coder coder-a
    """
    gone = remove_annotations(project_from(project_dir), ids, coder=_acting(coder, others))
    _warn_others(gone, coder, others)
    if json_out:
        emit_json(RemovedAnnotations(removed=[a.id for a in gone]))
    else:
        for a in gone:
            stdout.print(f"Removed {a.id}")


@ann_app.command("accept")
def accept_cli(statements: Annotated[list[str], typer.Argument(
                   help="Statement (or passage) ids whose suggestion to accept.")],
               area: Annotated[str | None, typer.Option(
                   "--area", help="Accept with this area instead of the top suggestion.")] = None,
               min_score: Annotated[float | None, typer.Option(
                   "--min-score", help="Skip suggestions scoring below this.")] = None,
               memo: Annotated[str, typer.Option("--memo", help="Memo for the annotations.")] = "",
               coder: CoderOpt = None, backend: BackendOpt = "minilm", method: MethodOpt = "auto",
               project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Turn area suggestions into annotations; each keeps the model id, version and score and
    who accepted it.

    Example: corpus-tool annotations accept un-crc-1989:art-28-1-a:s1 --coder coder-a
    """
    res = accept_suggestions(project_from(project_dir), statement_ids=statements,
                             coder=coder or default_coder(), area=area, backend=backend,
                             method=method, min_score=min_score, memo=memo)
    if json_out:
        emit_json(res)
    else:
        for i in res["accepted"]:
            stdout.print(f"Accepted {i}")
        for s in res["skipped"]:
            warn(f"skipped {s['id']}: " + (s.get("reason")
                                          or f"{s['area']} scored {s['score']:.2f}"))


@ann_app.command("reject")
def reject_cli(statement: Annotated[str, typer.Option(
                   "--statement", help="Statement (or passage) id whose suggestion to reject.")],
               area: Annotated[str | None, typer.Option(
                   "--area", help="The area that does not fit (default: the one now suggested "
                                  "first).")] = None,
               memo: Annotated[str, typer.Option("--memo", help="Why (for other coders).")] = "",
               coder: CoderOpt = None, backend: BackendOpt = "minilm", method: MethodOpt = "auto",
               project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Reject an area suggestion: this area does not fit this statement. Kept in the coder's
    annotations file (motivation `assessing`, with the model id, version and score); the queue
    and suggestions then skip that pair. A rejection is not a coding: agreement, the supervised
    model and indicator drafts ignore it.

    Example: corpus-tool annotations reject --statement un-crc-1989:art-28-1-a:s1 --area outcomes --coder coder-a
    """
    res = reject_suggestion(project_from(project_dir), statement_id=statement, area=area,
                            coder=coder, memo=memo, backend=backend, method=method)
    if json_out:
        emit_json(res)
    else:
        r = res["rejection"]
        body = next(b for b in r["body"] if b["purpose"] == "assessing")
        unit = r["target"]["statement"] or r["target"]["passage"]
        verb = "Already rejected" if res["already"] else "Rejected"
        stdout.print(f"{verb} {body['area']} for {unit} ({r['id']} in {res['file']})")


@ann_app.command("check")
def check_cli(doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
              dry_run: Annotated[bool, typer.Option(
                  "--dry-run", help="Report only; do not refresh position hints.")] = False,
              accept_fuzzy: Annotated[bool, typer.Option(
                  "--accept-fuzzy", help="Take the words now at each fuzzy anchor as its quote "
                  "(after reading them: the report shows old and new).")] = False,
              project_dir: ProjectOpt = None, json_out: JsonOpt = False,
              wide: WideOpt = False, csv_out: CsvOpt = False) -> None:
    """Re-anchor every annotation in the current corpus text: exact quote first, then fuzzy.
    Reports moved, fuzzy, ambiguous and orphaned anchors; exits 1 when any is orphaned, or when
    a line of the annotation files cannot be read.
    Orphans are kept, never deleted. A fuzzy anchor keeps its coder's quote until someone who
    has read the new words accepts them (--accept-fuzzy).

    Example: corpus-tool annotations check --json
    """
    rep = check_annotations(project_from(project_dir), doc_id=doc, update=not dry_run,
                            accept_fuzzy=accept_fuzzy and not dry_run)
    if json_out:
        emit_json(rep)
    elif csv_out:
        table(rep["results"], ["status", "id", "reason", "quote", "now_reads", "new_quote"],
              csv=True)
    else:
        stdout.print(f"{rep['checked']} checked: {rep['exact']} exact, {rep['moved']} moved, "
                     f"{rep['fuzzy']} fuzzy, {rep['ambiguous']} ambiguous, "
                     f"{rep['orphaned']} orphaned; {rep['updated']} position hints refreshed",
                     soft_wrap=False)
        if rep["results"]:      # the old words beside the new, accepted or still to read
            new = next((c for c in ("new_quote", "now_reads")
                        if any(r[c] for r in rep["results"])), None)
            table(rep["results"], ["status", "id", "reason", "quote", *([new] if new else [])],
                  wide=wide)
        if rep["fuzzy"] and not any(r["new_quote"] for r in rep["results"]):
            stdout.print("Fuzzy quotes keep their old words: read them in their documents, "
                         "then `corpus-tool annotations check --accept-fuzzy` takes the words "
                         "now in the text as their quotes.", soft_wrap=True)
        for u in rep["unlinked"]:
            stdout.print(f"{u['id']}: its statement {u['statement']} is no longer extracted "
                         f"there; the link {'would be' if dry_run else 'was'} dropped (the "
                         "quote and the coding stay)", soft_wrap=True)
    for p in rep["problems"]:
        warn(f"warning: {p}")
    if rep["orphaned"]:
        if json_out:
            raise typer.Exit(1)
        raise CheckFailed(orphan_advice(rep))
    if rep["problems"]:     # a line it could not read is a coding not checked (trial 48, P8)
        warn(f"Error: {len(rep['problems'])} line(s) of the annotation files could not be read, "
             "so their codings were not checked (see above); fix them in the file named")
        raise typer.Exit(1)


@ann_app.command("export")
def export_cli(fmt: Annotated[str, typer.Option("--format", help="w3c (JSON-LD) or csv.")] = "w3c",
               output: Annotated[Path | None, typer.Option(
                   "--output", "-o", help="Write to this file (default: stdout).")] = None,
               doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
               coder: Annotated[str | None, typer.Option("--coder", help="Only this coder.")
                                ] = None,
               project_dir: ProjectOpt = None) -> None:
    """Export annotations as a W3C Web Annotation collection (JSON-LD with @context) or CSV.

    Example: corpus-tool annotations export --format w3c -o annotations.jsonld
    """
    project = project_from(project_dir)
    warn_unread_annotations(project)
    if fmt == "w3c":
        text = json.dumps(export_w3c(project, doc_id=doc, creator=coder), ensure_ascii=False,
                          indent=2) + "\n"
    elif fmt == "csv":
        text = csv_text(CSV_FIELDS, export_csv_rows(project, doc_id=doc, creator=coder))
    else:
        raise InputError(f"unknown format {fmt!r}", fix="use --format w3c or --format csv")
    if output:
        atomic_write_text(output, text)
        warn(f"wrote {output}")
    else:
        sys.stdout.write(text)


@ann_app.command("import")
def import_cli(file: Annotated[Path, typer.Argument(help="W3C JSON-LD (.json/.jsonld/.jsonl) or "
                                                         "CSV (doc, quote, area…) file.")],
               fmt: Annotated[str, typer.Option("--format", help="auto, w3c or csv.")] = "auto",
               coder: Annotated[str | None, typer.Option(
                   "--coder", help="Record every imported annotation as this coder.")] = None,
               project_dir: ProjectOpt = None, json_out: JsonOpt = False) -> None:
    """Import annotations (W3C JSON-LD as Hypothesis, Recogito and similar tools export it, or
    CSV). Each quote is re-found in the corpus; what cannot be placed is reported and skipped.

    Example: corpus-tool annotations import hypothesis-export.json --coder coder-c
    """
    res = import_annotations(project_from(project_dir), file, coder=coder, fmt=fmt)
    for p in res["problems"]:
        warn(f"warning: {p}")
    if json_out:
        emit_json(res)
    else:
        stdout.print(f"Imported {res['imported']} annotation(s); {res['already_present']} already "
                     f"present; {len(res['problems'])} problem(s)")
    if res["problems"]:      # what could be imported was; a script must still learn of the rest
        # (the others were imported, or already there from an earlier import: trial 27)
        rest = ("; the others were imported" if res["imported"] else
                "; the others were already present" if res["already_present"] else "; none was")
        warn(f"Error: {len(res['problems'])} record(s) not imported as they are (see above)"
             + rest)
        raise typer.Exit(1)


@ann_app.command("queue")
def queue_cli(limit: Annotated[int, typer.Option("--limit", help="How many.", min=1)] = 20,
              min_relevance: Annotated[float | None, typer.Option(
                  "--min-relevance", help="Leave out statements whose relevance is "
                                          "below this (default: the model's 'none of these "
                                          "areas' threshold).")
              ] = None,
              backend: BackendOpt = "minilm", method: MethodOpt = "auto",
              project_dir: ProjectOpt = None, json_out: JsonOpt = False,
              wide: WideOpt = False) -> None:
    """What to code next: statements not yet annotated, least certain suggestion first
    (off-topic statements left out).

    Example: corpus-tool annotations queue --limit 10
    """
    items = annotation_queue(project_from(project_dir), backend=backend, limit=limit,
                             method=method, min_relevance=min_relevance)
    if json_out:
        emit_json(AnnotationQueue(items=items))
    else:
        table([{"id": d["id"], "area": d["area"], "score": f"{d['score']:.2f}",
                "margin": f"{d['margin']:.2f}", "relevance": f"{d['relevance']:.2f}",
                "text": d["text"]} for d in items],
              ["id", "area", "score", "margin", "relevance", "text"], title="least certain first",
              wide=wide)
