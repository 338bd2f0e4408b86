"""The few-shot suggestions scored by k-fold cross-validation over the annotations
(suggest.crossval)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.suggest import crossval as CV

from tests.coding.conftest import small_project
from tests.suggest.test_areas import _code

runner = CliRunner()


def test_each_fold_is_scored_by_a_model_that_never_saw_it(tmp_path, monkeypatch):
    project = small_project(tmp_path / "p")
    _code(project)
    fitted = []
    real_fit = CV.F.FewShotAreas.fit

    def spy(self, area_ids, cb_vecs, cb_labels, ann_vecs, ann_labels, bg_vecs, bg_docs=()):
        fitted.append({v.tobytes() for v in ann_vecs})
        return real_fit(self, area_ids, cb_vecs, cb_labels, ann_vecs, ann_labels, bg_vecs,
                        bg_docs)

    monkeypatch.setattr(CV.F.FewShotAreas, "fit", spy)
    res = CV.fewshot_cross_validated(project, backend="hash", folds=5)
    assert res.annotations == 20 and res.folds == 5 and len(fitted) == 5
    # every annotation is left out of exactly one fold's training set
    assert sum(len(f) for f in fitted) == 4 * 20
    assert 0 <= res.accuracy_with_none <= res.accuracy <= 1
    assert res.accuracy <= res.accuracy_any_coder
    assert 0 <= res.none_rate <= 1 and res.none_below == CV.F.NONE_BELOW


def test_without_annotations_there_is_nothing_to_cross_validate(tmp_path):
    assert CV.fewshot_cross_validated(small_project(tmp_path / "p"), backend="hash") is None


def test_areas_evaluate_prints_the_fewshot_row(tmp_path):
    project = small_project(tmp_path / "p")
    _code(project)
    res = runner.invoke(app, ["areas", "evaluate", "--backend", "hash", "--project",
                              str(project.root), "--json"])
    assert res.exit_code == 0, res.stderr
    fs = json.loads(res.stdout)["few_shot"]
    assert fs["folds"] == 5 and fs["annotations"] == 20 and fs["grouped_by"] == "quote text"
    res = runner.invoke(app, ["areas", "evaluate", "--backend", "hash", "--project",
                              str(project.root)])
    assert res.exit_code == 0 and "few-shot cross-validated accuracy" in res.stdout
