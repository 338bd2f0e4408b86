"""Clustering: determinism, stable ids, c-TF-IDF labels, outliers, guided mode, index, CLI, report."""
from __future__ import annotations

import json
import random
import re
from collections import Counter

import numpy as np
import pytest
from typer.testing import CliRunner

import corpus_tool.semantic.cluster as cl
from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.project import Project
from corpus_tool.semantic.cluster import (cluster_items, load_clusters, load_meta, load_points,
                                          run_clustering)
from corpus_tool.semantic.describe import cluster_id
from corpus_tool.semantic.group import group
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.terms import label_terms, phrases
from corpus_tool.store import db as store

from tests.semantic.conftest import gc_items, gc_project

runner = CliRunner()


@pytest.fixture(scope="module")
def items():
    return gc_items()


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def _dump(result) -> str:
    return json.dumps(result.to_dict(points=True), ensure_ascii=False, sort_keys=True)


# --- phrases and labels -------------------------------------------------------------------------

def test_phrases_skip_stop_words_and_never_cross_them_or_punctuation():
    got = phrases("The right to education of migrant children; States parties shall ensure "
                  "free primary education.")
    assert "migrant children" in got and "free primary education" in got
    assert "right education" not in got          # "to" sits between them
    assert "children states" not in got          # ";" sits between them
    assert not {"the", "to", "of", "shall"} & set(got)


def test_label_terms_prefer_what_is_distinctive_for_each_group(items):
    disab = [i.text for i in items if i.doc_id == "crpd-gc4-2016"][:25]
    women = [i.text for i in items if i.doc_id == "cedaw-gr26-2008"][:25]
    t_dis, t_wom = label_terms([disab, women])
    assert any("disabilit" in t or "inclusive" in t for t in t_dis[:3]), t_dis
    assert any("women" in t or "migrant" in t for t in t_wom[:3]), t_wom
    assert not set(t_dis) & set(t_wom)
    for t in t_dis + t_wom:                      # no phrase is contained in another one
        assert not any(t != u and set(t.split()) <= set(u.split()) for u in t_dis + t_wom
                       if (t in t_dis) == (u in t_dis))


def test_label_terms_need_two_members_for_a_phrase():
    terms = label_terms([["unique alpha phrase here", "common words education",
                          "education matters common words"]])[0]
    assert "unique alpha phrase" not in terms and "alpha" not in terms
    assert "common words" in terms


# --- grouping -----------------------------------------------------------------------------------

def test_same_inputs_same_clusters_byte_for_byte_whatever_the_order(items, project):
    a = cluster_items(items, project=project, backend="hash")
    shuffled = list(items)
    random.Random(7).shuffle(shuffled)
    b = cluster_items(shuffled, project=project, backend="hash")
    assert _dump(a) == _dump(b)
    assert len(a.clusters) >= 2


@pytest.mark.parametrize("method", ["agglomerative", "hdbscan", "kmeans"])
def test_every_item_is_in_one_cluster_or_an_outlier(items, project, method):
    r = cluster_items(items, project=project, backend="hash", method=method, k=6)
    seen = [m for c in r.clusters for m in c.members] + list(r.outliers)
    assert sorted(seen) == sorted(i.id for i in items)
    for c in r.clusters:
        assert c.size == len(c.members) and set(c.representatives) <= set(c.members)
        assert c.model_id == "hash-v1-512" and c.terms and c.label
        assert list(c.members) == sorted(c.members)
    if method == "kmeans":
        assert len(r.clusters) == 6 and not r.outliers
    again = cluster_items(items, project=project, backend="hash", method=method, k=6)
    assert _dump(r) == _dump(again)


def test_cluster_ids_derive_from_core_members(items, project):
    r = cluster_items(items, project=project, backend="hash")
    for c in r.clusters:
        core = [m for m in c.members if m not in c.assigned]
        assert c.id == cluster_id(core) and re.fullmatch(r"c-[0-9a-f]{8}", c.id)
    assert cluster_id(["b", "a"]) == cluster_id(["a", "b"])


def test_assigning_outliers_keeps_ids_and_empties_the_outlier_list(items, project):
    plain = cluster_items(items, project=project, backend="hash", threshold=0.6)
    assert plain.outliers, "fixture should produce outliers at this threshold"
    full = cluster_items(items, project=project, backend="hash", threshold=0.6,
                         assign_outliers=True)
    assert not full.outliers
    assert [c.id for c in sorted(plain.clusters, key=lambda c: c.id)] == \
        [c.id for c in sorted(full.clusters, key=lambda c: c.id)]
    assigned = sorted(m for c in full.clusters for m in c.assigned)
    assert assigned == sorted(plain.outliers)
    roles = {p.item_id: p.role for p in full.points}
    assert all(roles[m] == "assigned" for m in assigned)


def test_lower_threshold_gives_more_tighter_clusters(items, project):
    loose = cluster_items(items, project=project, backend="hash", threshold=0.8,
                          min_cluster_size=1)
    tight = cluster_items(items, project=project, backend="hash", threshold=0.5,
                          min_cluster_size=1)
    assert len(tight.clusters) > len(loose.clusters)


def test_cluster_description_metadata(items, project):
    r = cluster_items(items, project=project, backend="hash", assign_outliers=True)
    by_id = {i.id: i for i in items}
    for c in r.clusters:
        assert c.doc_ids == tuple(sorted({by_id[m].doc_id for m in c.members}))
        assert c.earliest_year == min(by_id[m].year for m in c.members)
        assert set(c.issuers) == {by_id[m].issuer for m in c.members}
        share = Counter(by_id[m].issuer for m in c.members)
        assert list(c.issuers) == sorted(share, key=lambda i: (-share[i], i))


def test_issuers_are_ordered_by_share_then_name_not_alphabetically(items, project):
    # relabel the issuers so that alphabetical order and share disagree: one statement from
    # "A body" must not lead a cluster made of "Z body"'s statements
    import dataclasses
    crc = [i for i in items if i.doc_id == "crpd-gc4-2016"][:12]
    relabelled = [dataclasses.replace(it, issuer="A body" if k == 0 else
                                      ("Z body" if k % 3 else "M body"))
                  for k, it in enumerate(crc)]
    same = np.tile(np.eye(1, 8, dtype=np.float32), (len(relabelled), 1))   # one tight group
    r = cluster_items(relabelled, project=project, backend="hash", min_cluster_size=1,
                      vectors=same)
    big = max(r.clusters, key=lambda c: c.size)
    assert big.size == 12
    assert big.issuers == ("Z body", "M body", "A body")


def test_representatives_are_nearest_the_centroid(items, project):
    r = cluster_items(items, project=project, backend="hash")
    sim = {p.item_id: p.similarity for p in r.points}
    for c in r.clusters:
        core = [m for m in c.members if m not in c.assigned]
        best = max(sim[m] for m in core)
        assert sim[c.representatives[0]] == best


def test_large_inputs_go_through_micro_clusters_deterministically():
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(5, 32))
    x = np.vstack([c + 0.15 * rng.normal(size=(60, 32)) for c in centres])
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    a = group(x, method="agglomerative", threshold=0.5, max_direct=100)
    b = group(x, method="agglomerative", threshold=0.5, max_direct=100)
    assert np.array_equal(a, b)
    truth = np.repeat(np.arange(5), 60)
    from sklearn.metrics import adjusted_rand_score
    assert adjusted_rand_score(truth, a) > 0.9


def test_bad_options_are_input_errors(items, project):
    with pytest.raises(InputError, match="unknown clustering method 'dbscan'"):
        cluster_items(items, project=project, backend="hash", method="dbscan")
    with pytest.raises(InputError, match="threshold"):
        cluster_items(items, project=project, backend="hash", threshold=3.0)
    with pytest.raises(InputError, match="k must be at least 1"):
        cluster_items(items, project=project, backend="hash", method="kmeans", k=0)
    dup = [Item(id="x", text="a"), Item(id="x", text="b")]
    with pytest.raises(InputError, match="duplicate"):
        cluster_items(dup, project=project, backend="hash")


def test_guided_mode_tags_clusters_with_codebook_areas(tmp_path):
    from corpus_tool.project import init_project
    from corpus_tool.codebook import load_codebook
    project = init_project(tmp_path / "g")
    areas = {a.id for a in load_codebook(project)}
    r = cluster_items(gc_items(), project=project, backend="hash", guided=True)
    assert r.params["guided"] and "guided" in r.method
    assert r.clusters and all(c.area in areas for c in r.clusters)
    plain = cluster_items(gc_items(), project=project, backend="hash")
    assert all(c.area == "" for c in plain.clusters)


def test_guided_mode_without_areas_says_what_to_do(project, items):
    with pytest.raises(InputError, match="codebook"):
        cluster_items(items, project=project, backend="hash", guided=True)


# --- the project: index, CLI, report -------------------------------------------------------------

@pytest.fixture(scope="module")
def gc_proj(tmp_path_factory):
    return gc_project(tmp_path_factory.mktemp("gc") / "p")


def test_run_clustering_writes_the_index_and_reads_back(gc_proj):
    r = run_clustering(gc_proj, backend="hash", unit="passages")
    conn = store.connect(gc_proj.db_path)
    try:
        assert load_clusters(conn) == list(r.clusters)
        pts = load_points(conn)
        meta = load_meta(conn)
    finally:
        conn.close()
    assert len(pts) == 129 and {p.item_id for p in pts} == {p.item_id for p in r.points}
    assert meta["model_id"] == "hash-v1-512" and meta["params"]["unit"] == "passages"
    # a second run replaces the first
    r2 = run_clustering(gc_proj, backend="hash", unit="passages", method="kmeans", k=3)
    conn = store.connect(gc_proj.db_path)
    try:
        assert len(load_clusters(conn)) == 3 == len(r2.clusters)
    finally:
        conn.close()


def test_statements_unit_without_statements_points_to_the_fix(tmp_path):
    project = gc_project(tmp_path / "s", files=["Annotated_CCPR_GC23_minorities.json"])
    import corpus_tool.semantic.cluster
    from corpus_tool.semantic import cluster as cl
    orig = cl.statement_items
    corpus_tool.semantic.cluster.statement_items = lambda conn: []
    try:
        with pytest.raises(InputError, match="--unit passages"):
            run_clustering(project, backend="hash")
    finally:
        corpus_tool.semantic.cluster.statement_items = orig


def test_cluster_cli_says_when_a_share_is_not_met(gc_proj):
    # a researcher's trial (session 43): clusters above --max-share were left without a word
    r = runner.invoke(app, ["cluster", "--backend", "hash", "--unit", "passages", "--method",
                            "kmeans", "--k", "2", "--max-share", "0.3", "-p", str(gc_proj.root)])
    assert r.exit_code == 0, r.output
    assert "cluster(s) still hold more than 30% of the passages" in r.stderr
    assert "the split runs with the agglomerative method" in r.stderr


def test_cluster_cli_json_and_report(gc_proj):
    args = ["cluster", "--backend", "hash", "--unit", "passages", "-p", str(gc_proj.root),
            "--json"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["model_id"] == "hash-v1-512" and d["clusters"]
    for c in d["clusters"]:
        assert {"id", "label", "terms", "size", "members", "representatives"} <= set(c)
        assert len(c["members"]) == c["size"]
    again = runner.invoke(app, args)
    assert again.stdout == r.stdout                     # byte for byte
    html = (gc_proj.report_dir / "clusters.html").read_text(encoding="utf-8")
    assert "<svg" in html and all(c["id"] in html for c in d["clusters"])
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://", html)
    # each card lists its issuers by share, with the number of member passages of each
    for c in d["clusters"]:
        card = html[html.index(f'id="{c["id"]}"'):]
        dd = re.search(r"<dt>issuers</dt><dd>(.*?)</dd>", card).group(1)
        counts = [int(n) for n in re.findall(r"\((\d+)\)</span>", dd)]
        assert counts == sorted(counts, reverse=True) and sum(counts) <= c["size"], dd


def test_cluster_cli_errors(gc_proj):
    r = runner.invoke(app, ["cluster", "--backend", "hash", "--unit", "passages",
                            "--method", "dbscan", "-p", str(gc_proj.root)])
    assert r.exit_code == 1 and "Error: unknown clustering method 'dbscan'" in r.stderr
    r = runner.invoke(app, ["cluster", "--backend", "hash", "--unit", "sentences",
                            "-p", str(gc_proj.root)])
    assert r.exit_code == 1 and "Error: unknown unit 'sentences'" in r.stderr


def test_report_quotes_link_to_document_and_locator(gc_proj):
    from corpus_tool.report.clusters import write_cluster_report
    run_clustering(gc_proj, backend="hash", unit="passages")
    path = write_cluster_report(gc_proj)
    html = path.read_text(encoding="utf-8")
    conn = store.connect(gc_proj.db_path)
    try:
        clusters = load_clusters(conn)
        docs = {d.id: d for d in store.list_documents(conn)}
    finally:
        conn.close()
    rep = clusters[0].representatives[0]
    doc_id = rep.split(":")[0]
    assert f'href="../../corpus/{docs[doc_id].path}"' in html
    assert "para. " + rep.rsplit("-", 1)[1] in html
    data = json.loads(re.search(r'<script type="application/json" id="points">(.*?)</script>',
                                html, re.S).group(1))
    assert len(data) == 129 and all(d["q"] and d["s"] for d in data)


def test_the_run_is_kept_as_compact_rows_and_read_back_whole(gc_proj):
    from corpus_tool.semantic.curated import load_run
    from corpus_tool.semantic.items import passage_items
    r = run_clustering(gc_proj, backend="hash", unit="passages", method="kmeans", k=5,
                       force=True)
    conn = store.connect(gc_proj.db_path)
    try:
        stored = json.loads(conn.execute(
            "SELECT value FROM cluster_meta WHERE key = 'run'").fetchone()[0])
        cols = [c[1] for c in conn.execute("PRAGMA table_info(cluster_run_points)")]
        n_rows = conn.execute("SELECT COUNT(*) FROM cluster_run_points").fetchone()[0]
        items = sorted(passage_items(conn), key=lambda it: it.id)
        back = load_run(conn, items)
        assert load_run(conn, items[1:]) is None      # not the run's items: not reused
    finally:
        conn.close()
    assert "points" not in stored and stored["n_items"] == 129 == n_rows
    assert "text" not in cols and "doc_id" not in cols    # what the items hold is not copied
    assert _dump(back) == _dump(r)                        # no curation: the view is the run


def test_report_draws_a_seeded_sample_of_large_clusters_and_says_so(gc_proj, monkeypatch):
    import corpus_tool.report.clusters as rc
    from corpus_tool.report import cluster_map
    r = run_clustering(gc_proj, backend="hash", unit="passages", method="kmeans", k=4)
    full = rc.write_cluster_report(gc_proj).read_text(encoding="utf-8")
    assert "The map draws" not in full and full.count("<circle ") == 129
    monkeypatch.setattr(cluster_map, "MAP_SAMPLE", 10)
    monkeypatch.setattr(cluster_map, "MAX_LISTED", 3)
    html = rc.write_cluster_report(gc_proj).read_text(encoding="utf-8")
    assert rc.write_cluster_report(gc_proj).read_text(encoding="utf-8") == html   # seeded
    drawn = re.findall(r'<circle [^>]*data-c="([^"]*)"', html)
    sizes = Counter(p.cluster_id for p in r.points)
    assert Counter(drawn) == {c: min(n, 10) for c, n in sizes.items()}
    assert f"The map draws {len(drawn)} of the 129 passages" in html
    data = json.loads(re.search(r'<script type="application/json" id="points">(.*?)</script>',
                                html, re.S).group(1))
    assert len(data) == len(drawn)
    by_id = {p.item_id: p for p in r.points}
    for d, c in zip(data, drawn):                 # each circle's tooltip is its own point's
        p = by_id[d["s"].rsplit(" · ", 1)[1]]
        assert p.cluster_id == c and d["q"].split()[0] in p.text
    for c in r.clusters:                          # the counts still cover every member
        assert f'{c.size} passages</span>' in html
        assert f"The first 3 of {c.size} members" in html
    assert html.count("<li>") == 3 * len(r.clusters)


def test_unchanged_rerun_reuses_the_stored_clustering(gc_proj, monkeypatch):
    import corpus_tool.semantic.cluster as cl
    first = run_clustering(gc_proj, backend="hash", unit="passages", method="kmeans", k=4)
    calls = []
    monkeypatch.setattr(cl, "cluster_items", lambda *a, **kw: calls.append(1))
    again = run_clustering(gc_proj, backend="hash", unit="passages", method="kmeans", k=4)
    assert calls == [] and _dump(again) == _dump(first)
    with pytest.raises(AttributeError):      # the patched function returns None: it was called
        run_clustering(gc_proj, backend="hash", unit="passages", method="kmeans", k=5)
    assert calls == [1]


@pytest.mark.integration
def test_statements_from_the_statements_stage_are_clustered(tmp_path):
    from corpus_tool.statements.stage import list_statements, update_statements
    project = gc_project(tmp_path / "st", files=["Annotated_CEDAW-GR26-migrants.json",
                                                   "Annotated_ESCR-GC11-PrimEducation.json"])
    conn = store.connect(project.db_path)
    try:
        update_statements(conn)
        stmts = {s.id: s for s in list_statements(conn)}
    finally:
        conn.close()
    assert stmts
    r = run_clustering(project, backend="hash", assign_outliers=True)
    # every statement that requires something (a kept list item of strength "none" is not one)
    assert sorted(m for c in r.clusters for m in c.members) == sorted(
        k for k, s in stmts.items() if s.strength != "none")
    for c in r.clusters:
        assert all(re.fullmatch(r".+:para-\d+:s\d+", m) for m in c.members)
        mix = dict(c.strength_mix)
        assert sum(mix.values()) == c.size
        assert mix == dict(Counter(stmts[m].strength for m in c.members))
        assert c.earliest_year == min({"cedaw-gr26-2008": 2008, "cescr-gc11-1999": 1999}[
            stmts[m].doc_id] for m in c.members)


def test_guide_pulls_towards_the_nearest_area_only_when_nearer_than_the_mean():
    from corpus_tool.semantic.group import guide
    areas = np.eye(4, dtype=np.float32)[:2]            # two areas along axes 0 and 1
    x = np.array([[0.9, 0.1, 0.4, 0.0],                # close to area 0
                  [0.0, 0.0, 0.6, 0.8],                # closer to the corpus mean than to areas
                  [0.1, 0.9, 0.0, 0.4]], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    out, best = guide(x, areas, weight=0.25)
    assert best.tolist() == [0, -1, 1]
    assert out[0] @ areas[0] > x[0] @ areas[0] and out[2] @ areas[1] > x[2] @ areas[1]
    assert np.allclose(out[1], x[1])
    assert np.allclose(np.linalg.norm(out, axis=1), 1, atol=1e-5)


def test_cluster_without_a_shared_phrase_is_labelled_by_a_quote(project):
    frag = [Item(id=f"d:art-{i}:s1", text=t) for i, t in enumerate(["aa)", "bb)", "cc)", "dd)"])]
    r = cluster_items(frag, project=project, backend="hash", threshold=1.5, min_cluster_size=1)
    assert r.clusters
    for c in r.clusters:
        assert c.terms == () and c.label.startswith("“") and c.label.endswith("”")


def test_hdbscan_marks_noise_as_outliers(items, project):
    r = cluster_items(items, project=project, backend="hash", method="hdbscan",
                      min_cluster_size=5)
    roles = Counter(p.role for p in r.points)
    assert roles["outlier"] == len(r.outliers) > 0
    assert all(p.cluster_id == "" for p in r.points if p.role == "outlier")
    assert all(c.size >= 5 for c in r.clusters)


def test_map_coordinates_are_finite_and_members_sit_near_their_cluster(items, project):
    r = cluster_items(items, project=project, backend="hash")
    xy = {p.item_id: (p.x, p.y) for p in r.points}
    assert all(np.isfinite(v).all() for v in xy.values())
    big = r.clusters[0]
    pts = np.array([xy[m] for m in big.members])
    others = np.array([xy[p.item_id] for p in r.points if p.cluster_id not in ("", big.id)])
    centre = pts.mean(axis=0)
    assert np.median(np.linalg.norm(pts - centre, axis=1)) < \
        np.median(np.linalg.norm(others - centre, axis=1))


def test_report_without_a_clustering_says_what_to_run(tmp_path):
    from corpus_tool.project import init_project
    from corpus_tool.report.clusters import write_cluster_report
    with pytest.raises(InputError, match="run `corpus-tool cluster` first"):
        write_cluster_report(init_project(tmp_path / "empty"))


def test_report_escapes_text_and_lists_outliers(project):
    from corpus_tool.report.clusters import render_cluster_report
    from corpus_tool.semantic.describe import describe
    its = [Item(id="x:1", text="<script>alert(1)</script> education rights children"),
           Item(id="x:2", text="education rights children & families"),
           Item(id="x:3", text="education rights children in school"),
           Item(id="y:1", text="maritime boundaries of the continental shelf")]
    x = get_vectors(its)
    labels = np.array([0, 0, 0, -1])
    clusters, outliers, points = describe(its, x, labels, model_id="hash-v1-512", method="t")
    html = render_cluster_report(clusters, points, {"quality": {}, "params": {}}, {})
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert outliers == ["y:1"] and "Outliers" in html and "y:1" in html


def test_report_names_the_documents_left_out_for_their_language(project):
    """A Spanish law yields no statements; the clusters page says so rather than leave the
    instrument silently absent (trial 15). An English document with no statement here is not
    named: it was read."""
    from corpus_tool.models import Document
    from corpus_tool.report.clusters import render_cluster_report
    from corpus_tool.semantic.describe import describe
    its = [Item(id=f"x:{i}", text=f"education rights children school {i}") for i in range(3)]
    clusters, _, points = describe(its, get_vectors(its), np.array([0, 0, 0]),
                                   model_id="hash-v1-512", method="t")
    doc = dict(title="t", issuer="i", year=2000, type="law", legal_force="binding", path="p")
    docs = {"x": Document(id="x", language="en", **doc),
            "es-loex": Document(id="es-loex", language="es", **doc),
            "en-quiet": Document(id="en-quiet", language="en", **doc)}
    html = render_cluster_report(clusters, points, {"quality": {}, "params": {}}, docs)
    assert ("1 document(s) in a language the statements stage does not read "
            "(Spanish: <code>es-loex</code>)") in html
    assert "en-quiet" not in html
    plain = render_cluster_report(clusters, points, {"quality": {}, "params": {}},
                                  {"x": docs["x"]})
    assert "does not read" not in plain


def get_vectors(its):
    from corpus_tool.semantic.backends import get_embedder
    return get_embedder("hash").encode([i.text for i in its])


def test_texts_without_words_are_outliers_not_errors(items, project):
    frag = [Item(id="z:art-1-a:s1", text="a)"), Item(id="z:art-1-b:s1", text="b)")]
    r = cluster_items(list(items[:40]) + frag, project=project, backend="hash")
    assert {"z:art-1-a:s1", "z:art-1-b:s1"} <= set(r.outliers)


def test_a_changed_label_rule_makes_a_new_clustering(tmp_path, monkeypatch):
    """A stored clustering is reused only while its code is the same, and the code includes
    what labels it: every module of `corpus_tool.semantic` and of `corpus_tool.naming` (before,
    a hand-made list of modules left out the label rules, and a build kept their old labels)."""
    assert set(cl.CLUSTERING_CODE) == {"corpus_tool.semantic", "corpus_tool.naming"}
    rules = tmp_path / "label_rules_demo"
    rules.mkdir()
    (rules / "__init__.py").write_text("MAX_WORDS = 12\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cl, "CLUSTERING_CODE", (*cl.CLUSTERING_CODE, "label_rules_demo"))

    def fingerprint() -> str:
        return cl._fingerprint(None, [], {"backend": "hash"}, guided=False)
    before = fingerprint()
    assert fingerprint() == before
    (rules / "__init__.py").write_text("MAX_WORDS = 10\n")
    assert fingerprint() != before


def test_labels_and_terms_spell_out_a_pdf_s_ligatures():
    """A PDF's text layer writes "certiﬁcate" with a ligature; the statements keep it (they are
    the document's words), a cluster's label and terms do not (a researcher's trial 42, P7:
    "burial certiﬁcate")."""
    from corpus_tool.semantic.describe import describe
    its = [Item(id=f"x:{i}", text=t) for i, t in enumerate([
        "The Registrar shall issue a burial certiﬁcate to the undertaker.",
        "No burial certiﬁcate shall be issued without a medical certiﬁcate.",
        "Every burial certiﬁcate must name the place of burial."])]
    clusters, _, _ = describe(its, get_vectors(its), np.array([0, 0, 0]),
                              model_id="hash-v1-512", method="t")
    assert "certificate" in " ".join([clusters[0].label, *clusters[0].terms])
    assert "ﬁ" not in clusters[0].label + "".join(clusters[0].terms)
