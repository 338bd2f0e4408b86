"""Carrying a curation over a re-run when statements left a curated cluster before it (found by a
researcher's trial, session 41): what a split left behind is what the re-run must find again,
and an excluded cluster's statements stay set aside wherever the run puts them."""
from __future__ import annotations

import numpy as np

from corpus_tool.semantic.carry import curate_view, said_changes
from corpus_tool.semantic.match import own_statements
from corpus_tool.semantic.curation import CuratedCluster, Curation
from corpus_tool.semantic.describe import ClusterResult, describe
from corpus_tool.semantic.items import Item

TEXTS = {"a": "States shall provide free primary education to every child.",
         "b": "Migrant workers shall enjoy equal treatment in social security.",
         "n": "Women asylum seekers shall be identified early and referred to protection.",
         "e": "This law shall apply to hospital management in the region.",
         "f": "The annex lists the national laws on public assistance."}


def _items(ids: list[str]) -> list[Item]:
    return [Item(id=i, text=f"{TEXTS[i[0]]} ({i})", doc_id=f"doc-{i[0]}") for i in sorted(ids)]


def _vectors(items: list[Item]) -> np.ndarray:
    """One direction per letter (its group), a little noise per statement."""
    rng = np.random.default_rng(7)
    axis = {k: n for n, k in enumerate(sorted(TEXTS))}
    x = np.zeros((len(items), 8))
    for r, it in enumerate(items):
        x[r, axis[it.id[0]]] = 1.0
        x[r] += 0.05 * rng.standard_normal(8)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _run(items: list[Item], x: np.ndarray, groups: list[list[str]]) -> ClusterResult:
    g = {s: k for k, members in enumerate(groups) for s in members}
    labels = np.array([g.get(it.id, -1) for it in items], dtype=np.int64)
    clusters, outliers, points = describe(items, x, labels, model_id="test", method="test")
    return ClusterResult(clusters=tuple(clusters), outliers=tuple(outliers), points=tuple(points),
                         model_id="test", method="test")


def _owner(view, statement: str) -> str:
    return next(p.cluster_id for p in view.result.points if p.item_id == statement)


A = [f"a{k:02d}" for k in range(10)]       # what stayed in the cluster after the split
B = [f"b{k:02d}" for k in range(10)]       # what the split took out of it
N = [f"n{k:02d}" for k in range(10)]       # statements of documents added since


def test_a_split_is_found_again_by_what_stayed_not_by_what_left():
    # the researcher split c-old (a + b): the b statements became cluster c-split
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[A + B]),
                             CuratedCluster(id="c-split", split_from="c-old", statements=B)])
    assert own_statements(cur, 0, 0) == set(A)
    # the re-run puts b with two a's and new statements, and the other a's on their own: the
    # cluster holding most of the old part is not the one holding what stayed
    items = _items(A + B + N)
    x = _vectors(items)
    run = _run(items, x, [B + A[:2] + N, A[2:]])
    view = curate_view(run, items, x, cur)
    assert _owner(view, "a05") == "c-old" and _owner(view, "b03") == "c-split"
    assert _owner(view, "n04") != "c-old"          # the new statements did not take its name
    old = next(c for c in view.result.clusters if c.id == "c-old")
    assert old.label == "Free primary education" and set(old.members) == set(A[2:])
    assert all(o.carried for o in view.report.outcomes), view.report.to_dict()
    split = next(o for o in view.report.outcomes if o.target == "c-split")
    assert split.detail == "its 10 listed statements"


def test_a_split_whose_remainder_scattered_is_reported_not_renamed_onto_others():
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[A + B]),
                             CuratedCluster(id="c-split", split_from="c-old", statements=B)])
    items = _items(A + B + N)
    x = _vectors(items)
    # what stayed is spread thin over four clusters; the b's went with the new statements
    run = _run(items, x, [B + A[:2] + N, A[2:4], A[4:6], A[6:8], A[8:]])
    view = curate_view(run, items, x, cur)
    rename = next(o for o in view.report.outcomes if o.kind == "rename" and o.target == "c-old")
    assert not rename.carried and "scattered" in rename.detail
    assert "c-old" not in {c.id for c in view.result.clusters}
    assert view.curation.get("c-old").unresolved


def test_an_excluded_cluster_keeps_its_statements_aside_where_the_run_puts_them():
    e = [f"e{k:02d}" for k in range(10)]
    f = [f"f{k:02d}" for k in range(6)]
    cur = Curation(clusters=[CuratedCluster(id="c-noise", excluded=True, parts=[e])])
    items = _items(e + f + A)
    x = _vectors(items)
    # six of the ten go with new statements of their own kind, four join the a's
    run = _run(items, x, [e[:6] + f, A + e[6:]])
    view = curate_view(run, items, x, cur)
    aside = {p.item_id for p in view.result.points if p.role == "excluded"}
    assert set(e) <= aside and not set(A) & aside
    out = next(o for o in view.report.outcomes if o.kind == "exclude")
    assert out.carried and "4 of its statements the run put in other clusters" in out.detail


def test_a_name_carried_onto_a_cluster_mostly_of_new_statements_is_flagged():
    """A label made for 52 statements stood over 127 after documents were added, 82 of them new
    to it, and the run said "rename 10/10 carried over" (trial 19). It is still carried (the
    researcher's statements are there), and said: in the report, its JSON and the warnings."""
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[A])])
    items = _items(A + N)
    x = _vectors(items)
    grown = curate_view(_run(items, x, [A[:8] + N]), items, x, cur)
    (o,) = grown.report.outcomes
    assert o.carried and o.review == "10 of its 18 statements are new to it (it held 10)"
    assert grown.report.to_dict()["to_review"] == [o.to_dict()]
    (w,) = grown.report.warnings()
    assert w.startswith("annotations/clusters.yaml: rename of c-old carried over, but 10 of its "
                        "18 statements are new to it")
    # a few new statements beside most of its own: nothing to review
    same = curate_view(_run(items, x, [A + N[:4]]), items, x, cur)
    assert same.report.outcomes[0].review == "" and same.report.warnings() == []


def test_the_statements_that_joined_or_left_a_curated_cluster_are_named():
    """Trial 39, P2: below the thresholds to review, a cluster under the researcher's label took
    in three statements about other things and lost two; the build said "carried over" and
    `curation.moved` only "overlap 0.57". Who joined and who left is named, and said."""
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[A])])
    items = _items(A + N)
    x = _vectors(items)
    view = curate_view(_run(items, x, [A[:8] + N[:3], A[8:] + N[3:]]), items, x, cur)
    assert view.report.warnings() == []             # nothing to review …
    (m,) = view.report.to_dict()["moved"]
    assert m["joined"] == N[:3] and m["left"] == A[8:]      # … but what changed is named
    assert said_changes([m]) == ("1 curated cluster(s) took in or lost statements since you "
                                 "curated them: c-old (+3 -2) (which: `corpus-tool cluster "
                                 "--json`, curation.moved)")
    same = curate_view(_run(items, x, [A, N]), items, x, cur)
    assert said_changes(same.report.to_dict()["moved"]) == ""


def test_a_name_carried_onto_a_cluster_a_new_document_took_a_quarter_of_is_flagged():
    """Trial 30 (P9): a cluster renamed "Restrictions on expression only by precise law …" grew
    from 17 to 29 statements after a General Comment on assembly was added, 9 of them that
    document's, and nothing was flagged (12 new of 29 is not most)."""
    own = [f"a-treaty:art-{k}:s1" for k in range(12)]
    other = [f"n-gc37:para-{k}:s1" for k in range(6)]
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[own])])
    items = _items(own + other)
    x = _vectors(items)
    grown = curate_view(_run(items, x, [own + other]), items, x, cur)
    (o,) = grown.report.outcomes
    assert o.carried and o.review == ("6 of its 18 statements are new to it, 6 of them from "
                                      "n-gc37, a document it held none of")
    # four from the new document: too few to say
    few = curate_view(_run(items, x, [own + other[:4]]), items, x, cur)
    assert few.report.outcomes[0].review == ""


def test_a_name_carried_onto_a_cluster_that_lost_a_third_of_it_is_flagged():
    """Trial 31 (P7): a renamed cluster of penalties lost 7 of its 19 statements to a new
    cluster after a document was added, and the run said "rename 4/4 carried over"."""
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[A + B[:5]])])
    items = _items(A + B)
    x = _vectors(items)
    split = curate_view(_run(items, x, [A, B]), items, x, cur)
    (o,) = split.report.outcomes
    assert o.carried and o.review == ("5 of the 15 statements it held went to other clusters "
                                      "(it holds 10)")
    # two of fifteen gone: nothing to say
    kept = curate_view(_run(items, x, [A + B[:3], B[3:]]), items, x, cur)
    assert kept.report.outcomes[0].review == ""


E = [f"e{k:02d}" for k in range(10)]
F = [f"f{k:02d}" for k in range(6)]


def test_a_cluster_a_larger_group_swallowed_is_carved_out_of_it_under_its_name():
    """Trial 24: after one report was added, an 18-statement cluster renamed "Accessibility of
    federal electronic and information technology" was found whole in a new cluster of 234
    statements (cosine 0.82) and its name carried onto it. A run cluster of which the curated
    cluster's statements are less than a quarter is another group: the name does not go onto
    it. Trial 42 (P6): the name was then lost ("not carried over"), though the statements it
    named all stayed together. They are carved out of the larger group under the name, the
    others stay where the run put them, and the report says so for review."""
    cur = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                            parts=[A])])
    items = _items(A + B + N + E + F)
    x = _vectors(items)
    run = _run(items, x, [A + B + N + E + F])
    (big,) = run.clusters
    view = curate_view(run, items, x, cur)
    (o,) = view.report.outcomes
    assert o.carried and o.review.startswith(
        f"10 of its 10 statements went into {big.id}, a run cluster of 46 statements, 36 of "
        "them ones it never held: at 22% of it")
    assert o in view.report.to_review() and "kept apart under the curation" in o.review
    shown = {c.id: c for c in view.result.clusters}
    assert set(shown["c-old"].members) == set(A) and shown["c-old"].label == \
        "Free primary education"
    assert set(shown[big.id].members) == set(B + N + E + F)      # the others stay where they were
    assert view.curation.get("c-old").unresolved == ""
    assert [m.how for m in view.report.moved] == [f"carved out of {big.id}"]
    # a quarter or more is the same group grown (here by new documents' statements)
    grown = curate_view(_run(items, x, [A + N + E[:8]]), items, x, cur)
    assert [o.carried for o in grown.report.outcomes] == [True]
    assert not grown.report.outcomes[0].review.startswith("10 of its 10")


def test_a_merged_cluster_whose_parts_the_run_put_together_is_carried():
    """What a curated cluster holds counts whole: the small part of a merge, found in the run
    cluster that also holds its large part, is not taken for swallowed."""
    cur = Curation(clusters=[CuratedCluster(id="c-m", label="Schooling", parts=[A, B[:3]])])
    items = _items(A + B + N)
    x = _vectors(items)
    view = curate_view(_run(items, x, [A + B[:3] + N[:5], B[3:]]), items, x, cur)
    assert all(o.carried for o in view.report.outcomes), view.report.to_dict()
    assert set(A + B[:3]) <= set(next(c for c in view.result.clusters if c.id == "c-m").members)


def test_an_excluded_cluster_none_of_whose_statements_is_clustered_any_more_is_carried():
    # a researcher's trial 27: the rows of a treaty's annex table, set aside as noise, are no
    # longer clustered at all (kept items of strength "none"); the exclusion was reported "not
    # carried over: none of its 12 statements exist any more"
    e = [f"e{k:02d}" for k in range(10)]
    cur = Curation(clusters=[CuratedCluster(id="c-noise", excluded=True, parts=[e]),
                             CuratedCluster(id="c-named", label="Free primary education",
                                            parts=[e[:5]])])
    items = _items(A + N)
    x = _vectors(items)
    view = curate_view(_run(items, x, [A, N]), items, x, cur)
    out = next(o for o in view.report.outcomes if o.kind == "exclude")
    assert out.carried and "nothing left to set aside" in out.detail
    assert view.curation.get("c-noise").unresolved == ""
    # a name over statements none of which is clustered any more is still said not carried
    named = next(o for o in view.report.outcomes if o.target == "c-named")
    assert not named.carried and "is clustered any more" in named.detail
    assert view.curation.get("c-named").unresolved


def test_a_name_whose_own_statement_left_is_flagged():
    """Trial 32 (P8): a cluster renamed "Due priority to disadvantaged groups and resources for
    housing" lost CESCR General Comment 4's para. 11 (the statement it was named for) and gained
    three others, and the run said "rename 5/5 carried over". Texts: GC 4 paras. 10-12."""
    named = "cescr-gc4-1991:para-11:s1"
    texts = {named: "States parties must give due priority to those social groups living in "
                    "unfavourable conditions by giving them particular consideration.",
             "cescr-gc4-1991:para-10:s1": "Regardless of the state of development of any "
                                          "country, there are certain steps which must be "
                                          "taken immediately.",
             "cescr-gc4-1991:para-12:s1": "The Covenant clearly requires that each State party "
                                          "take whatever steps are necessary for that purpose."}
    rest = [f"a{k:02d}" for k in range(6)]
    cur = Curation(clusters=[CuratedCluster(
        id="c-old", label="Due priority to disadvantaged social groups and resources for housing",
        parts=[[*texts, *rest]])])
    items = sorted([Item(id=i, text=t, doc_id="cescr-gc4-1991") for i, t in texts.items()]
                   + _items(rest), key=lambda it: it.id)
    x = _vectors([Item(id="a" + it.id, text=it.text) for it in items])   # all one direction
    moved = curate_view(_run(items, x, [[i for i in texts if i != named] + rest, [named]]),
                        items, x, cur)
    (o,) = moved.report.outcomes
    assert o.carried and o.review == (f"the statement its label names, {named}, is no longer "
                                      "in it (it holds 8)")
    # where it stays, nothing to say
    kept = curate_view(_run(items, x, [[*texts, *rest]]), items, x, cur)
    assert kept.report.outcomes[0].review == ""


def test_a_split_part_or_a_set_aside_cluster_that_took_in_new_statements_is_said():
    """Trial 38 (P6): after a document was added, a split's remainder grew from 17 to 46
    statements and was labelled anew, and it was said only in `cluster --json`; a set-aside
    cluster that takes in new statements sets them aside unseen. Both are build warnings now."""
    cur = Curation(clusters=[CuratedCluster(id="c-old", parts=[A + B]),
                             CuratedCluster(id="c-split", split_from="c-old", statements=B)])
    more = [f"n{k:02d}" for k in range(12)]
    items = _items(A + B + more)
    x = _vectors(items)
    view = curate_view(_run(items, x, [A + more, B]), items, x, cur)
    split = next(o for o in view.report.outcomes if o.kind == "split" and o.target == "c-old")
    assert split.carried and split.review == "12 of its 22 statements are new to it (it held 10)"
    [w] = view.report.warnings()
    assert w.startswith("annotations/clusters.yaml: split of c-old carried over, but 12 of its 22")
    assert "check that the split still keeps apart what you meant" in w
    # a renamed cluster that was split says it once, of its name
    named = Curation(clusters=[CuratedCluster(id="c-old", label="Free primary education",
                                              parts=[A + B]),
                               CuratedCluster(id="c-split", split_from="c-old", statements=B)])
    [w] = curate_view(_run(items, x, [A + more, B]), items, x, named).report.warnings()
    assert w.startswith("annotations/clusters.yaml: rename of c-old carried over, but 12 of")
    # a set-aside cluster that took in new statements like those set aside sets them aside
    # with it, and says so
    e = [f"e{k:02d}" for k in range(14)]
    f = [f"f{k:02d}" for k in range(4)]
    aside = Curation(clusters=[CuratedCluster(id="c-noise", excluded=True, parts=[e[:10]])])
    items = _items(e + A)
    x = _vectors(items)
    view = curate_view(_run(items, x, [e, A]), items, x, aside)
    out = next(o for o in view.report.outcomes if o.kind == "exclude")
    assert out.carried and out.review == ("4 statement(s) new to it are set aside with it "
                                          "(e10, e11, e12, …)")
    assert {p.item_id for p in view.result.points if p.role == "excluded"} == set(e)
    [w] = view.report.warnings()
    assert "check that they are noise too" in w and "cluster forget c-noise" in w
    moved = next(m for m in view.report.moved if m.cluster == "c-noise")
    assert moved.joined == ("e10", "e11", "e12", "e13")
    # unlike them (trial 45, P6: an exclusion of article lead-ins took in 21 substantive
    # statements of an added document and set them aside unseen): kept in view, and said
    items = _items(e[:10] + f + A)
    x = _vectors(items)
    view = curate_view(_run(items, x, [e[:10] + f, A]), items, x, aside)
    out = next(o for o in view.report.outcomes if o.kind == "exclude")
    assert out.carried and out.review == ("4 statement(s) new to it, unlike those you set aside, "
                                          "are kept in view in cluster c-noise-new (f00, f01, "
                                          "f02, …)")
    assert {p.item_id for p in view.result.points if p.role == "excluded"} == set(e[:10])
    assert {_owner(view, s) for s in f} == {"c-noise-new"}
