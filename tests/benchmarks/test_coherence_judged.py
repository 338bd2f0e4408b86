"""The coherence benchmark (issue 16, h16o): which judged clusters mix requirements, read from the
readers' verdicts by a fixed rule; the candidate scores on real clusters; the choice of score and
threshold on the development part alone."""
from __future__ import annotations

import numpy as np
import pytest

from benchmarks import coherence_scores as co
from benchmarks.coherence_judged import (CANDIDATES, candidate_scores, evaluate, judged_clusters,
                                         verdict)
from corpus_tool.semantic.cluster import cluster_items, run_vectors
from corpus_tool.semantic.backends import get_embedder

from tests.semantic.conftest import gc_items, gc_project


@pytest.mark.parametrize("acceptable, reason, expected", [
    ("no", "one member's phrase; the cluster mixes residence, travel documents and permits", "mix"),
    ("no", "a list item; the cluster is list fragments of unrelated lists (noise)", "mix"),
    ("no", "names one member of a mixed cluster (funding)", "mix"),
    ("no", "narrower than the cluster (limits on hours of work and rest periods)", "part"),
    ("no", "names a part (three of ten members); the cluster is respect for the child's "
           "cultural identity and background", "part"),
    ("yes", "names the shared requirement", "one"),
    ("no", "a list of terms, not a noun phrase that names the requirement", "one"),
    ("no", "cut ('right to have' what?)", "one"),
    ("no", "names the subject without the aim; the cluster is international cooperation "
           "inclusive of persons with disabilities", "one"),
    ("no", "names a body", None),                        # says nothing of what the cluster holds
    ("no", "vague: implementation of which plan", None),
    ("yes", "successor c-1a2b3c4d holds 5/10: names the requirement", None),   # another cluster
])
def test_a_verdict_is_read_by_the_written_rule(acceptable, reason, expected):
    assert verdict(acceptable, reason) == expected


def test_a_mix_outweighs_an_accepted_label_which_outweighs_a_part():
    got = judged_clusters()
    assert len(got) == 409                      # of the 462 judged clusters: the others say nothing
    by = {}
    for (project, _), r in got.items():
        by.setdefault((project, r["half"], r["mixed"]), 0)
        by[(project, r["half"], r["mixed"])] += 1
    assert by[("reference", "dev", True)] == 20 and by[("reference", "dev", False)] == 66
    assert by[("labour-market", "dev", True)] == 12
    for r in got.values():
        vs = r["verdicts"]
        assert r["mixed"] == ("mix" in vs or ("one" not in vs and "part" in vs))


@pytest.fixture(scope="module")
def clustered(tmp_path_factory):
    """Real General Comment paragraphs, clustered with the fast deterministic embedder."""
    project = gc_project(tmp_path_factory.mktemp("coh") / "p")
    items = sorted(gc_items(), key=lambda it: it.id)
    emb = get_embedder("hash")
    xs = run_vectors(project, items, emb, center=False, on="sentence")
    r = cluster_items(items, project=project, backend="hash", threshold=0.5, vectors=xs)
    return items, xs, r.clusters


def test_the_candidates_on_real_clusters(clustered):
    items, xs, clusters = clustered
    row = {it.id: i for i, it in enumerate(items)}
    big = max(clusters, key=lambda c: c.size)
    idx = [row[m] for m in big.members]
    s = candidate_scores(items, xs, xs, list(big.members))
    assert set(s) == set(CANDIDATES)
    assert s["size"] == big.size and s["wording_gap"] == 0.0        # same vectors twice
    cent = xs[idx].mean(axis=0)
    assert s["cohesion_sentence"] == pytest.approx(
        float(np.mean(xs[idx] @ (cent / np.linalg.norm(cent)))), abs=1e-5)
    sims = xs[idx] @ xs[idx].T
    np.fill_diagonal(sims, -1)
    assert s["isolated_sentence"] == pytest.approx(float(np.mean(sims.max(axis=1) < 0.5)))
    assert s["instrument_share"] == max(sum(items[i].doc_id == d for i in idx)
                                        for d in big.doc_ids) / big.size
    assert -1 <= s["split_sentence"] <= 1
    assert candidate_scores(items, xs, xs, list(big.members)) == s      # deterministic
    # members that are not all alike are less cohesive than one repeated member
    assert co.centroid_cohesion(xs[[idx[0]] * 3]) == pytest.approx(1.0)
    assert s["cohesion_sentence"] < 1.0


def test_an_object_head_is_the_noun_before_the_first_preposition():
    assert co.object_head("free primary education for every child") == "education"
    assert co.object_head("the rights of migrant workers") == "right"
    assert co.head_share(["access to schools", "access for girls", "free schools", ""]) == 0.5


def _rows(values_dev, values_held):
    out = []
    for half, values in (("dev", values_dev), ("held-out", values_held)):
        for mixed, v in values:
            out.append({"half": half, "mixed": mixed, **{c: 0.0 for c in CANDIDATES},
                        "wording_gap": v})
    return out


def test_score_and_threshold_are_chosen_on_development_alone():
    dev = [(True, 0.9), (True, 0.8), (False, 0.1), (False, 0.2), (False, 0.85)]
    res = evaluate(_rows(dev, [(True, 0.5), (False, 0.6)]))
    assert res["chosen"]["candidate"] == "wording_gap"
    assert res["auc"]["wording_gap"] == {"dev": pytest.approx(5 / 6, abs=1e-3), "held-out": 0.0}
    assert res["chosen"]["threshold"] == 0.8
    assert res["chosen"]["dev"] == {"flagged": 3, "precision": 0.667, "recall": 1.0}
    assert res["chosen"]["held-out"] == {"flagged": 0, "precision": None, "recall": 0.0}
    # other held-out clusters change no choice made on development
    again = evaluate(_rows(dev, [(True, 0.95), (False, 0.05), (True, 0.7)]))
    assert again["chosen"]["threshold"] == 0.8 and again["auc"]["wording_gap"]["held-out"] == 1.0
