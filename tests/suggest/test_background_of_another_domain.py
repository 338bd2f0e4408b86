"""The relevance model's negatives are background sentences of other domains; a background
document about the codebook's own subject is not background. With a codebook on water and food,
the packaged General Comments on water and food stayed among the negatives (only their
sentences nearest the codebook went), so that 82 % of General Comment 12 read "none of these
areas" (a researcher's trial 23)."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from sklearn.preprocessing import normalize

from corpus_tool.project import init_project
from corpus_tool.suggest import fewshot as F
from corpus_tool.suggest.areas import suggest_areas

CODEBOOK = Path(__file__).parents[1] / "data" / "codebooks" / "water-food.yaml"


def test_a_background_document_about_the_codebooks_subject_is_dropped_whole():
    rng = np.random.default_rng(0)
    topic = normalize(rng.normal(size=(1, 32)))
    pos = normalize(topic + 0.9 * normalize(rng.normal(size=(12, 32))))       # codebook texts
    near_doc = normalize(topic + 1.2 * normalize(rng.normal(size=(6, 32))))  # the same subject
    far_doc = normalize(rng.normal(size=(6, 32)))
    far_doc[0] = pos[0]                                    # one sentence as the codebook's
    bg = np.vstack([near_doc, far_doc])
    docs = ["water"] * 6 + ["aviation"] * 6
    near = (bg @ pos.T).max(axis=1)
    assert np.median(near[:6]) >= F.BACKGROUND_DOC_MEDIAN > np.median(near[6:])
    assert (near[:6] < F.BACKGROUND_MAX_SIMILARITY).any()   # not all caught one by one
    model = F.FewShotAreas().fit(["a", "b"], pos, ["a", "b"] * 6, np.zeros((0, 32)), [], bg,
                                 docs)
    assert (model.n_background_, model.n_background_dropped_) == (5, 7)
    alone = F.FewShotAreas().fit(["a", "b"], pos, ["a", "b"] * 6, np.zeros((0, 32)), [], bg)
    assert alone.n_background_dropped_ == int((near >= F.BACKGROUND_MAX_SIMILARITY).sum()) < 7


@pytest.mark.integration
def test_right_to_food_sentences_fit_a_water_and_food_codebook(tmp_path):
    project = init_project(tmp_path / "p")
    shutil.copy(CODEBOOK, project.root / "annotations" / "codebook.yaml")
    food = ["Every State is obliged to ensure for everyone under its jurisdiction access to the "
            "minimum essential food which is sufficient, nutritionally adequate and safe, to "
            "ensure their freedom from hunger.",
            "Priority in food aid should be given to the most vulnerable populations.",
            "National Ombudsmen and human rights commissions should address violations of the "
            "right to food."]
    other = ["Each contracting State agrees to take measures to ensure that every aircraft "
             "flying over its territory shall comply with the rules of the air.",
             "The premises of the mission shall be inviolable, and the agents of the receiving "
             "State may not enter them without the consent of the head of the mission."]
    got = suggest_areas(project, texts=food + other, backend="minilm")
    assert [s.area for s in got[:3]] == ["availability", "availability", "accountability"]
    assert [s.fits for s in got] == [True] * 3 + [False] * 2
