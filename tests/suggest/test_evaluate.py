"""`areas evaluate` on a questions/sentences/negatives set (suggest.evaluate) and "none of these areas"
in the consumers of suggestions (drafting's evidence)."""
from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.models import Suggestion
from corpus_tool.suggest import evaluate as AE

from tests.coding.conftest import small_project

runner = CliRunner()

ITEMS = [
    {"id": "aq1", "kind": "question", "area": "access", "half": "dev",
     "text": "Does the law guarantee a school place to children without a residence permit?"},
    {"id": "aq2", "kind": "question", "area": "outcomes", "half": "heldout",
     "text": "Do newly arrived pupils receive extra teaching in the language of instruction?"},
    {"id": "as1", "kind": "sentence", "area": "diversity", "half": "heldout",
     "text": "Persons belonging to a national minority have the right to learn their language."},
    {"id": "an1", "kind": "negative", "area": "none", "half": "dev",
     "text": "The coastal State may adopt laws relating to innocent passage."},
    {"id": "an2", "kind": "negative", "area": "none", "half": "heldout",
     "text": "Each Party shall exchange information relevant to the assessment of taxes."},
]


def test_scores_per_half_count_none_as_wrong_for_positives():
    best = np.array(["access", "outcomes", "intercultural", "access", "outcomes"])
    fits = np.array([True, False, True, False, True])
    res = AE.score_eval_set(ITEMS, best, fits)
    assert list(res) == ["all", "dev", "heldout"]
    assert res["dev"]["question"] == {"n": 1, "top1": 1.0, "top1_with_none": 1.0}
    # aq2 has the right area but was judged off-topic
    assert res["heldout"]["question"] == {"n": 1, "top1": 1.0, "top1_with_none": 0.0}
    assert res["heldout"]["sentence"]["top1"] == 0.0
    assert res["all"]["questions_and_sentences"] == {"n": 3, "top1": 0.667,
                                                     "top1_with_none": 0.333}
    assert res["dev"]["negative"] == {"n": 1, "none_rate": 1.0}
    assert res["heldout"]["negative"] == {"n": 1, "none_rate": 0.0}


def _write(path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_bad_eval_set_names_file_and_line(tmp_path):
    p = _write(tmp_path / "e.jsonl", [ITEMS[0], {**ITEMS[1], "area": "health"}])
    with pytest.raises(InputError, match=r"e.jsonl, line 2: unknown area 'health'"):
        AE.read_eval_set(p, ["access", "outcomes", "diversity", "intercultural"])
    p = _write(tmp_path / "k.jsonl", [{**ITEMS[0], "kind": "quiz"}])
    with pytest.raises(InputError, match=r"line 1: unknown kind 'quiz'"):
        AE.read_eval_set(p, ["access"])


def test_areas_evaluate_cli_reports_the_eval_set(tmp_path):
    project = small_project(tmp_path / "p")
    ev = _write(tmp_path / "eval.jsonl", ITEMS)
    res = runner.invoke(app, ["areas", "evaluate", "--backend", "hash", "--eval-set", str(ev),
                              "--project", str(project.root), "--json"])
    assert res.exit_code == 0, res.stderr
    rep = json.loads(res.stdout)["eval_set"]
    assert rep["n"] == 5
    assert set(rep["methods"]) == {"few-shot", "zero-shot", "supervised"}
    fs = rep["methods"]["few-shot"]
    assert fs["available"] and fs["none_below"] == 0.5
    assert fs["model_id"].startswith("areas-fewshot-v2:hash-")
    assert fs["heldout"]["question"]["n"] == 1 and fs["all"]["negative"]["n"] == 2
    # without annotations the supervised model is not available, and says so
    assert rep["methods"]["supervised"] == {"available": False}
    res = runner.invoke(app, ["areas", "evaluate", "--backend", "hash", "--eval-set",
                              str(tmp_path / "missing.jsonl"), "--project", str(project.root)])
    assert res.exit_code == 1 and "evaluation set not found" in res.stderr


def test_suggestion_fits_only_above_its_threshold():
    s = Suggestion(id="x:s1", text="t", scores=(("access", 0.9), ("outcomes", 0.1)),
                   model_id="m", model_version="v", method="few-shot", relevance=0.2,
                   none_below=0.5)
    assert not s.fits and s.to_dict()["fits"] is False
    assert Suggestion(id="x:s1", text="t", scores=(("access", 1.0),), model_id="m",
                      model_version="v", method="zero-shot").fits      # no relevance: no verdict
