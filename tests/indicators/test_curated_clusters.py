"""Drafting from curated clusters: a merge means one candidate indicator; an excluded cluster or
statement feeds no draft (machine suggestions from it are dropped; a researcher's own
annotation still counts, without the cluster)."""
from __future__ import annotations

from contextlib import closing

import pytest

from corpus_tool.indicators.evidence import collect_evidence
from corpus_tool.indicators.grouping import group_evidence
from corpus_tool.models import Suggestion
from corpus_tool.semantic import curate
from corpus_tool.semantic.cluster import load_clusters, run_clustering
from corpus_tool.semantic.curation import curation_lock, load_curation, save_curation
from corpus_tool.statements.stage import update_statements
from corpus_tool.store.db import connect

from tests.indicators.conftest import copy_project, make_project

CODER = "tester"


@pytest.fixture(scope="module")
def clustered(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("curated") / "p")
    with closing(connect(p.db_path)) as conn:
        update_statements(conn, pipeline="rules")
    # every statement in a cluster (singletons allowed): each annotation has a cluster id
    run_clustering(p, backend="hash", min_cluster_size=1)
    return p


@pytest.fixture
def project(clustered, tmp_path):
    return copy_project(clustered.root, tmp_path / "p")


def _evidence(project, suggestions=()):
    with closing(connect(project.db_path)) as conn:
        ev, _notes = collect_evidence(project, conn, suggestions=list(suggestions))
    return ev


def _access_groups(ev):
    """Candidate indicators of the `access` area from annotations naming no indicator, with
    no topic to join: they group by cluster."""
    return sorted(g.key for g in group_evidence([e for e in ev if e.area == "access"], []))


def test_a_merge_makes_one_candidate_indicator(project):
    ev = _evidence(project)
    access = [e for e in ev if e.area == "access" and e.kind == "annotation"]
    clusters = sorted({e.cluster_id for e in access})
    assert len(clusters) >= 2 and all(clusters)
    before = _access_groups(ev)
    assert len(before) == len(clusters)
    curate.merge_clusters(project, clusters, coder=CODER)
    after_ev = _evidence(project)
    assert {e.cluster_id for e in after_ev if e.area == "access"} == {clusters[0]}
    assert len(_access_groups(after_ev)) == 1


def _suggestion(st_id: str, area: str) -> Suggestion:
    return Suggestion(id=st_id, text="", scores=((area, 0.9), ("other", 0.1)),
                      model_id="test", model_version="1", method="zero-shot")


def test_an_excluded_statement_or_cluster_feeds_no_draft(project):
    with closing(connect(project.db_path)) as conn:
        clusters = load_clusters(conn)
        annotated = {e.statement_id for e in collect_evidence(project, conn,
                                                              use_suggestions=False)[0]}
    free = [c for c in clusters if not set(c.members) & annotated and c.size >= 1]
    alone, whole = free[0].members[0], free[1]
    sugs = [_suggestion(alone, "access")] + [_suggestion(m, "access") for m in whole.members]
    ev = {e.statement_id for e in _evidence(project, sugs) if e.kind == "suggestion"}
    assert alone in ev and set(whole.members) <= ev
    curate.exclude(project, statement=alone, coder=CODER)
    curate.exclude(project, cluster=whole.id, coder=CODER)
    ev = {e.statement_id for e in _evidence(project, sugs) if e.kind == "suggestion"}
    assert alone not in ev and not set(whole.members) & ev
    # the researcher's own annotations still count, without a cluster
    annotated_cluster = next(c for c in clusters if set(c.members) & annotated)
    curate.exclude(project, cluster=annotated_cluster.id, coder=CODER)
    kept = [e for e in _evidence(project) if e.statement_id in annotated_cluster.members]
    assert kept and all(e.cluster_id == "" for e in kept)


def _drafts(project, ev):
    from corpus_tool.codebook import load_codebook
    from corpus_tool.indicators.draft import draft_framework
    from corpus_tool.store.db import list_documents
    with closing(connect(project.db_path)) as conn:
        docs = {d.id: d for d in list_documents(conn)}
    return draft_framework(ev, areas=load_codebook(project), docs=docs, topics=[])


def test_a_merged_clusters_codings_draft_one_candidate_under_its_label(project):
    """Drafting from the corpus alone grouped codings by meaning and ignored the curation: the
    four coded statements of one merged cluster gave three candidates (trial 19). Codings naming
    no indicator in a merged (or renamed, or split) cluster now draft one candidate, titled with
    the researcher's label; a coder's own indicator id still wins."""
    ev = _evidence(project)
    access = [e for e in ev if e.area == "access" and e.kind == "annotation" and not e.indicator]
    clusters = sorted({e.cluster_id for e in access})
    assert len(clusters) >= 2
    label = "Free compulsory schooling for every child"
    curate.merge_clusters(project, clusters, coder=CODER, label=label)
    ev = _evidence(project)
    fw = _drafts(project, ev)
    coded = {e.annotation_id for e in ev if e.area == "access" and e.kind == "annotation"
             and not e.indicator}
    holding = [i for a in fw.areas for i in a.indicators
               if coded & {s.linked_by.annotation_id for s in i.sources if s.linked_by}]
    assert [i.title for i in holding] == [label]
    assert coded <= {s.linked_by.annotation_id for s in holding[0].sources if s.linked_by}


def test_a_coded_statement_set_aside_as_noise_is_said(project):
    """A coding of a statement the curation set aside still feeds the drafts (the coder's own
    decision about it), and drafting now says so, with the way to leave it out (trial 19)."""
    ev = _evidence(project)
    st = next(e.statement_id for e in ev if e.kind == "annotation" and e.statement_id)
    curate.exclude(project, statement=st, coder=CODER)
    with closing(connect(project.db_path)) as conn:
        ev, notes = collect_evidence(project, conn, use_suggestions=False)
    assert any(e.statement_id == st for e in ev)
    said = [n for n in notes if "set aside as noise" in n]
    assert len(said) == 1 and st in said[0] and "remove their codings" in said[0]


def test_a_label_names_only_the_statements_the_curation_holds_in_its_cluster(project):
    """Trial 24: a run put "Children with disabilities shall be registered immediately after
    birth" (coded, naming no indicator) in a renamed cluster the researcher had never seen it
    in, and drafting made it the only source of an indicator titled with that cluster's label.
    Here a renamed cluster's curation is made without one of its coded statements (as if a
    later run had put it there): the cluster carries (overlap), the statements it was made of
    take the label, the newcomer drafts by its own words."""
    ev = _evidence(project)
    coded = [e for e in ev if e.kind == "annotation" and not e.indicator and e.statement_id]
    with closing(connect(project.db_path)) as conn:
        clusters = {c.id: c for c in load_clusters(conn)}
    by_cluster = sorted({e.cluster_id for e in coded if e.cluster_id
                         and sum(o.cluster_id == e.cluster_id for o in coded) >= 2})
    cluster = clusters[by_cluster[0]]             # two coded statements of the reference's
    newcomer = min(e.statement_id for e in coded if e.cluster_id == cluster.id)
    label = "Free compulsory schooling for every child"
    curate.rename_cluster(project, cluster.id, label=label, coder=CODER)
    assert {e.statement_id: e.curated for e in _evidence(project)}[newcomer] == label
    with curation_lock(project):
        cur = load_curation(project)
        (entry,) = cur.clusters
        entry.parts = [[m for m in p if m != newcomer] for p in entry.parts]
        save_curation(project, cur)
    run_clustering(project, backend="hash", min_cluster_size=1)
    report = curate.curation_report(project)
    assert [o.carried for o in report.outcomes] == [True]
    full = _evidence(project)
    ev = {e.statement_id: e for e in full if e.statement_id}
    assert ev[newcomer].cluster_id == cluster.id and ev[newcomer].curated == ""
    held = [ev[m] for m in cluster.members if m in ev and m != newcomer]
    assert held and all(e.curated == label for e in held)
    # drafted from the corpus, the newcomer is no source of the indicator under the label
    fw = _drafts(project, full)
    titled = [i for a in fw.areas for i in a.indicators if i.title == label]
    assert titled
    linked = {s.linked_by.annotation_id for i in titled for s in i.sources if s.linked_by}
    assert {e.annotation_id for e in held} <= linked
    assert ev[newcomer].annotation_id not in linked
