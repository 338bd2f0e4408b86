"""Annotations, anchoring, agreement and area suggestions on a copy of the reference project.

Prints (medians of REPEAT runs):
- re-anchoring per annotation: exact (unchanged text), moved (text inserted before), fuzzy
  (quote reworded), orphaned (quote deleted) — ms, and the fuzzy/exact ratio; the same for a
  1500-character quote (found by head and tail first)
- the same fuzzy search with difflib's SequenceMatcher sliding over the document (baseline) and
  our ratio to it
- `check_annotations` over all reference annotations; `add_annotation` (lock + atomic rewrite)
- agreement on the reference coding (kappa, alpha) and its time
- suggestion quality on the reference coding with MiniLM: zero-shot accuracy, the few-shot
  model's and the supervised model's grouped 5-fold cross-validated accuracy (each fold's
  annotations unseen by the model that scores them), and beside them the few-shot and zero-shot
  top-1 on the heldout half of tests/data/areas_eval.jsonl (questions and sentences, "none"
  counted wrong) and the share of its negatives that get "none"; and the suggestions before any
  coding on fifteen codebooks (`benchmarks/areas_before_coding.py`: coded passages judged
  "none", off-topic sentences judged "none", with the relevance as shipped and the learned
  reading alone) (set BENCH_SKIP_MINILM=1 to skip these)
- the start of the command line a coder runs for every coding: `corpus-tool --help` and
  `corpus-tool annotations list` in a fresh process (medians of 3), beside the import of
  torch and transformers alone (what every command paid before they were imported only where a
  model is loaded, session 33: about 9 s per command then)
"""
from __future__ import annotations

import difflib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import areas_before_coding

ROOT = Path(__file__).resolve().parent.parent
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def _median(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _difflib_find(quote: str, text: str) -> tuple[int, float]:
    """Baseline: slide a window of the quote's length, best SequenceMatcher ratio."""
    best, pos = 0.0, -1
    n = len(quote)
    sm = difflib.SequenceMatcher(autojunk=False)
    sm.set_seq2(quote)
    for i in range(0, max(1, len(text) - n), max(1, n // 8)):
        sm.set_seq1(text[i:i + n])
        if sm.real_quick_ratio() < best or sm.quick_ratio() < best:
            continue
        r = sm.ratio()
        if r > best:
            best, pos = r, i
    return pos, best


def _fewshot_rows(ref) -> dict:
    """Few-shot cross-validated on the annotations, and the heldout figures of the areas
    evaluation set for few-shot and zero-shot."""
    from corpus_tool.suggest.crossval import fewshot_cross_validated
    from corpus_tool.suggest.evaluate import evaluate_eval_set
    out: dict = {}
    t0 = time.perf_counter()
    cv = fewshot_cross_validated(ref, backend="minilm", folds=5)
    out["fewshot_cv_s"] = round(time.perf_counter() - t0, 1)
    if cv is not None:
        out["fewshot_cv_accuracy"] = cv.accuracy
        out["fewshot_cv_accuracy_with_none"] = cv.accuracy_with_none
        out["fewshot_cv_accuracy_without_codebook_examples"] = \
            cv.accuracy_without_codebook_examples
        out["fewshot_cv_folds"] = cv.folds
    eval_set = ROOT / "tests" / "data" / "areas_eval.jsonl"
    if eval_set.is_file():
        ev = evaluate_eval_set(ref, eval_set, backend="minilm",
                               methods=("few-shot", "zero-shot"))
        for method, r in ev["methods"].items():
            held = r.get("heldout", {})
            key = method.replace("-", "_")
            out[f"{key}_heldout_top1_with_none"] = \
                held.get("questions_and_sentences", {}).get("top1_with_none")
            out[f"{key}_heldout_negatives_none"] = held.get("negative", {}).get("none_rate")
    return out


def _process_seconds(cmd: list[str], repeat: int = 3) -> float:
    """Median wall time of a fresh process running `cmd`."""
    return _median(lambda: subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True),
                   repeat)


def cli_start() -> dict:
    """Seconds to start the command line (the installed `corpus-tool` beside this Python), and
    to import the ML frameworks alone."""
    cli = str(Path(sys.executable).with_name("corpus-tool"))
    return {"cli_help_s": round(_process_seconds([cli, "--help"]), 2),
            "cli_annotations_list_s": round(_process_seconds([cli, "annotations", "list"]), 2),
            "import_torch_transformers_s": round(_process_seconds(
                [sys.executable, "-c", "import torch; from transformers import AutoModel"]), 2)}


def run() -> dict:
    from corpus_tool.coding.agreement import agreement
    from corpus_tool.coding.anchoring import make_anchor, reanchor
    from corpus_tool.coding.annotations import add_annotation
    from corpus_tool.coding.check import check_annotations
    from corpus_tool.coding.files import load_annotations
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import Project
    from corpus_tool.store.db import connect, document_text

    tmp = Path(tempfile.mkdtemp(prefix="bench-annotations-"))
    try:
        shutil.copytree(ROOT / "corpus", tmp / "corpus")
        shutil.copytree(ROOT / "annotations", tmp / "annotations")
        project = Project(tmp)
        ingest(project)
        with connect(project.db_path) as conn:
            text, _ = document_text(conn, "un-crc-1989")
        quote = "Make higher education accessible to all on the basis of capacity by every " \
                "appropriate means;"
        s = text.index(quote)
        anchor = make_anchor(text, s, s + len(quote))
        moved = "An editor's note of some length.\n\n" * 20 + text
        fuzzy = text.replace("by every appropriate means", "by all appropriate means")
        gone = text.replace(quote, "Publish the statistics yearly.")
        out: dict = {"doc_chars": len(text), "repeat": REPEAT}
        for name, t in (("exact", text), ("moved", moved), ("fuzzy", fuzzy), ("orphaned", gone)):
            assert reanchor(anchor, t).status == name, name
            out[f"reanchor_{name}_ms"] = round(_median(lambda t=t: reanchor(anchor, t)) * 1e3, 3)
        out["fuzzy_over_exact"] = round(out["reanchor_fuzzy_ms"] / out["reanchor_exact_ms"], 1)
        ls = text.index("States Parties recognize the right of the child to education")
        long_anchor = make_anchor(text, ls, ls + 1500)
        long_gone = text[:ls] + text[ls + 1500:]
        long_edit = text[:ls + 700] + "SOME INSERTED WORDS " + text[ls + 700:]
        out["reanchor_long1500_fuzzy_ms"] = round(
            _median(lambda: reanchor(long_anchor, long_edit), 3) * 1e3, 1)
        out["reanchor_long1500_orphaned_ms"] = round(
            _median(lambda: reanchor(long_anchor, long_gone), 3) * 1e3, 1)
        base = _median(lambda: _difflib_find(quote, fuzzy), max(1, REPEAT // 2))
        out["difflib_sliding_ms"] = round(base * 1e3, 1)
        out["speedup_vs_difflib"] = round(base * 1e3 / out["reanchor_fuzzy_ms"], 1)

        n = len(load_annotations(project))
        out["annotations"] = n
        out["check_all_ms"] = round(_median(lambda: check_annotations(project, update=False))
                                    * 1e3, 1)
        quotes = ["Make primary education compulsory", "reduction of drop-out rates",
                  "school discipline is administered", "respect for the natural environment",
                  "elimination of ignorance and illiteracy"]
        t0 = time.perf_counter()
        for i, q in enumerate(quotes):
            add_annotation(project, doc_id="un-crc-1989", quote=q, area="access",
                           coder="bench", memo=str(i))
        out["add_annotation_ms"] = round((time.perf_counter() - t0) / len(quotes) * 1e3, 1)

        ref = Project(ROOT)
        out["agreement_ms"] = round(_median(lambda: agreement(ref)) * 1e3, 1)
        rep = agreement(ref)
        out["agreement"] = {"units": rep["units_coded_by_two_or_more"],
                            "percent": rep["overall"]["percent_agreement"],
                            "kappa": rep["overall"]["kappa"], "alpha": rep["overall"]["alpha"]}
        if not os.environ.get("BENCH_SKIP_MINILM"):
            from corpus_tool.suggest.evaluate import evaluate_suggestions
            t0 = time.perf_counter()
            ev = evaluate_suggestions(ref, backend="minilm")
            out["evaluate_minilm_s"] = round(time.perf_counter() - t0, 1)
            out["zero_shot_accuracy"] = ev["zero_shot"]["accuracy"]
            out["zero_shot_accuracy_without_codebook_examples"] = \
                ev["zero_shot"]["accuracy_without_codebook_examples"]
            if ev.get("supervised"):
                out["supervised_cv_accuracy"] = ev["supervised"]["cv_accuracy"]
                out["classifier_alone_cv_accuracy"] = \
                    ev["supervised"]["cv_accuracy_classifier_alone"]
                out["zero_shot_log_loss"] = ev["zero_shot"]["log_loss"]
                out["supervised_cv_log_loss"] = ev["supervised"]["cv_log_loss"]
                out["classifier_alone_cv_log_loss"] = \
                    ev["supervised"]["cv_log_loss_classifier_alone"]
            out.update(_fewshot_rows(ref))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out.update(cli_start())
    if not os.environ.get("BENCH_SKIP_MINILM"):
        before = areas_before_coding.run()
        for half, figures in before.items():
            out.update({f"before_coding_{half}_{k}": v for k, v in figures.items()})
    for k, v in out.items():
        print(f"{k:48s} {v}")
    if "fewshot_cv_accuracy" in out:
        print(f"area suggestions, top-1 on the {out['annotations']} reference annotations: zero-shot "
              f"{out['zero_shot_accuracy']:.3f} | few-shot, 5-fold CV "
              f"{out['fewshot_cv_accuracy']:.3f} | supervised, 5-fold CV "
              f"{out.get('supervised_cv_accuracy', float('nan')):.3f}; heldout questions and "
              f"sentences: few-shot {out.get('few_shot_heldout_top1_with_none')}, zero-shot "
              f"{out.get('zero_shot_heldout_top1_with_none')}; heldout negatives judged none: "
              f"{out.get('few_shot_heldout_negatives_none')}")
    return out


if __name__ == "__main__":
    run()
