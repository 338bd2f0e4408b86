"""`corpus-tool build` refuses bad data loudly (issue 11): a malformed line in
`annotations/<coder>.jsonl` is reported with its file, line and fix, on every build until it is
fixed, and `build --strict` fails on it; so are the other warnings the stages used to swallow
(an orphaned annotation after a re-ingest, a file whose sha256 differs from the manifest)."""
from __future__ import annotations

import csv
import json
from contextlib import closing

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.semantic.cluster import load_clusters
from corpus_tool.store.db import connect
from tests.indicators.conftest import copy_project, make_project

runner = CliRunner()
FAST = ["--backend", "hash", "--statements", "rules"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("warn") / "p")
    r = runner.invoke(app, ["build", "--project", str(p.root), *FAST, "--json"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["warnings"] == []
    return p


@pytest.fixture
def project(built, tmp_path):
    return copy_project(built.root, tmp_path / "p")


def _build(project, *extra):
    return runner.invoke(app, ["build", "--project", str(project.root), *FAST, *extra])


def test_a_malformed_annotation_line_is_reported_by_build_and_fails_strict(project):
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    f.write_text("\n".join(lines) + '\n{"id": "half a record\n', encoding="utf-8")
    bad_line = len(lines) + 1

    r = _build(project, "--json")
    assert r.exit_code == 0, r.stderr
    rep = json.loads(r.stdout)
    (w,) = [w for w in rep["warnings"] if w["stage"] == "annotations"]
    assert w["message"].startswith(f"annotations/tester.jsonl, line {bad_line}: ")
    assert "fix or delete this line" in w["message"]
    assert f"warning: annotations: annotations/tester.jsonl, line {bad_line}" in r.stderr

    again = _build(project)                                  # nothing ran: still reported
    assert again.exit_code == 0
    assert f"annotations/tester.jsonl, line {bad_line}" in again.stderr

    strict = _build(project, "--strict")
    assert strict.exit_code == 1
    assert "warning(s) with --strict" in strict.stderr
    assert f"annotations/tester.jsonl, line {bad_line}" in strict.stderr
    # and the report says it too (a researcher's trial, session 41: its build table said
    # "orphaned: 0" while codings had lost their quote, which only the terminal had said)
    html = (project.report_dir / "index.html").read_text(encoding="utf-8")
    assert "To fix in the project's files" in html
    assert f"annotations/tester.jsonl, line {bad_line}" in html

    f.write_text("\n".join(lines) + "\n", encoding="utf-8")  # fixed: strict passes
    fixed = _build(project, "--strict", "--json")
    assert fixed.exit_code == 0, fixed.stderr
    assert json.loads(fixed.stdout)["warnings"] == []
    assert "To fix in the project" not in (project.report_dir / "index.html").read_text(
        encoding="utf-8")


def test_a_failing_strict_build_leaves_the_framework_as_it_was(project):
    """Trial 38 (P13): with a malformed annotation line, `build --strict` wrote
    indicators/framework.yaml ("1 added …") and then failed. It says what it would change and
    writes nothing; so does a build without --strict while the line is unread (trial 43, P6b:
    it marked that line's coding stale); once the line is fixed, the build writes it."""
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    fw = project.indicators_dir / "framework.yaml"
    before = fw.read_bytes()
    # a coding withdrawn (its source goes stale) and a broken line
    f.write_text("\n".join(lines[:-1]) + '\n{"id": "half a record\n', encoding="utf-8")
    strict = _build(project, "--strict")
    assert strict.exit_code == 1
    assert fw.read_bytes() == before
    assert "indicators/framework.yaml not written (--strict, with the warnings below); it would " \
           "change: " in " ".join(strict.stdout.split() + strict.stderr.split())
    plain = _build(project)
    assert plain.exit_code == 0 and fw.read_bytes() == before
    assert "indicators/framework.yaml not written (annotations/tester.jsonl has a line that is " \
           "not read: fix it first, or its codings would go stale); it would change: " in \
           " ".join(plain.stdout.split() + plain.stderr.split())
    f.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    fixed = _build(project)
    assert fixed.exit_code == 0 and fw.read_bytes() != before
    assert "indicators/framework.yaml changed: " in " ".join(fixed.stdout.split()
                                                             + fixed.stderr.split())


def test_a_malformed_line_leaves_its_codings_sources_as_they_were(project):
    """Trial 43 (P6b): a typo that broke one line of a coder's file made `build` (without
    --strict) mark the sources of that line's coding stale and withdraw the indicator resting on
    it alone. The framework stays as it was; `indicators promote` refuses, saying which file."""
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    fw = project.indicators_dir / "framework.yaml"
    before = fw.read_bytes()
    f.write_text("\n".join([lines[0][:-1], *lines[1:]]) + "\n", encoding="utf-8")   # no "}"
    r = _build(project, "--json")
    assert r.exit_code == 0, r.stderr
    merge = next(s["summary"]["merge"] for s in json.loads(r.stdout)["stages"]
                 if s["stage"] == "draft")
    assert merge["held_back"] and "annotations/tester.jsonl" in merge["held_for"]
    assert merge["changes"].get("source-stale") or merge["changes"].get("withdrawn"), merge
    assert fw.read_bytes() == before
    p = runner.invoke(app, ["indicators", "promote", "--project", str(project.root)])
    assert p.exit_code != 0 and fw.read_bytes() == before
    assert "annotations/tester.jsonl has a line that is not read" in " ".join(p.stderr.split())


def test_an_annotation_orphaned_by_a_re_ingest_is_a_build_warning(project):
    src = next(project.corpus_dir.rglob("unesco_cade_1960*"))
    quote = "members of national minorities to carry on their own educational activities"
    text = src.read_text(encoding="utf-8")
    assert quote in text
    src.write_text(text.replace(quote, "minorities to run schools"), encoding="utf-8")
    r = _build(project, "--json")
    rep = json.loads(r.stdout)
    msgs = [w["message"] for w in rep["warnings"] if w["stage"] == "ingest"]
    assert any("is orphaned" in m and "annotations check" in m for m in msgs), rep["warnings"]
    # the manifest still records the old sha256: said too, with the command that fixes it
    assert any("sha256 differs from corpus/manifest.csv" in m for m in msgs)
    assert _build(project, "--strict").exit_code == 1


def test_a_clean_project_builds_strict(project):
    with open(project.manifest_path, encoding="utf-8", newline="") as f:
        assert all(row["sha256"] for row in csv.DictReader(f))
    r = _build(project, "--strict", "--json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["strict"] is True


def test_a_curation_the_clusters_cannot_carry_is_a_build_warning(project):
    # a researcher pinned a statement that a later re-ingest no longer has: said, not dropped
    with closing(connect(project.db_path)) as conn:
        cid = load_clusters(conn)[0].id
    r = runner.invoke(app, ["cluster", "rename", cid, "--label", "Free primary education",
                            "-p", str(project.root), "--coder", "tester"])
    assert r.exit_code == 0, r.output
    path = project.annotations_dir / "clusters.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "pins: []", f"pins:\n- statement: un-udhr-1948:gone:s9\n  cluster: {cid}"),
        encoding="utf-8")
    r = _build(project, "--json")
    assert r.exit_code == 0, r.stderr
    rep = json.loads(r.stdout)
    (w,) = [w for w in rep["warnings"] if w["stage"] == "cluster"]
    assert w["message"].startswith("annotations/clusters.yaml: pin of un-udhr-1948:gone:s9 not "
                                   "carried over: no statement of this run has that id")
    text = (project.annotations_dir / "clusters.yaml").read_text(encoding="utf-8")
    assert "unresolved: no statement of this run has that id" in text
    stages = {s["stage"]: s for s in rep["stages"]}
    assert stages["cluster"]["summary"]["curation"]["rename"] == {"carried": 1, "not_carried": 0}
    again = _build(project, "--json")                        # the mark changes no decision
    stages = {s["stage"]: s for s in json.loads(again.stdout)["stages"]}
    assert stages["cluster"]["status"] == "skipped"
    assert "un-udhr-1948:gone:s9" in again.stderr


def test_a_clustering_run_outside_the_build_reports_its_curation_at_every_build(project):
    # a researcher's trial (session 41): `corpus-tool cluster` with other options left a
    # curation unresolved in the index, and `build --strict` passed with no warning, because the
    # build's own cluster stage, its inputs unchanged, was skipped with its last summary
    with closing(connect(project.db_path)) as conn:
        cid = max(load_clusters(conn), key=lambda c: c.size).id
    r = runner.invoke(app, ["cluster", "rename", cid, "--label", "Free primary education",
                            "-p", str(project.root), "--coder", "tester"])
    assert r.exit_code == 0, r.output
    assert _build(project, "--strict").exit_code == 0
    r = runner.invoke(app, ["cluster", "--backend", "hash", "--threshold", "0.02",
                            "-p", str(project.root)])
    assert r.exit_code == 0, r.output
    assert f"rename of {cid} not carried over" in r.stderr
    rep = json.loads(_build(project, "--json").stdout)      # it clusters as `cluster` did
    assert any(w["stage"] == "cluster" and f"rename of {cid} not carried over" in w["message"]
               for w in rep["warnings"]), rep["warnings"]
    assert _build(project, "--strict").exit_code == 1


def _renamed_on_kmeans(project) -> tuple[list[str], str]:
    """`cluster` with options of its own (k-means, k = 2), and its largest cluster renamed: the
    command line of that clustering and the renamed cluster's id."""
    other = ["cluster", "--backend", "hash", "--method", "kmeans", "--k", "2", "-p",
             str(project.root)]
    assert runner.invoke(app, other).exit_code == 0
    with closing(connect(project.db_path)) as conn:
        cid = max(load_clusters(conn), key=lambda c: c.size).id
    r = runner.invoke(app, ["cluster", "rename", cid, "--label", "Free primary education",
                            "-p", str(project.root), "--coder", "tester"])
    assert r.exit_code == 0, r.output
    return other, cid


def test_the_report_shows_the_curation_as_the_clusters_in_the_index_carry_it(project):
    # a researcher's trial 26 (P5): a build's clustering left a rename not carried over; the
    # researcher re-ran `cluster` with the options the curation was made on, and it carried;
    # `build --only report` still listed "rename … not carried over" (the build's own cluster
    # stage's last summary) while clusters.html said it was carried
    other, cid = _renamed_on_kmeans(project)
    r = _build(project, "--method", "agglomerative")    # other clusters: the rename is lost
    assert f"rename of {cid} not carried over" in r.stderr
    r = runner.invoke(app, other)                   # the curation's options again: carried
    assert r.exit_code == 0 and "not carried over" not in r.stderr, r.stderr
    rep = json.loads(_build(project, "--only", "report", "--json").stdout)
    assert not any("not carried over" in w["message"] for w in rep["warnings"]), rep["warnings"]
    page = (project.report_dir / "index.html").read_text(encoding="utf-8")
    assert "not carried over" not in page


def test_a_build_clusters_as_the_index_was_last_clustered(project):
    # a researcher's trial 26 (P4): a curation made on `cluster --on requirement --max-share
    # 0.08` was reported "not carried over" by every later `build`, which clustered with its
    # own defaults; `build` had no --max-share to say otherwise
    _, cid = _renamed_on_kmeans(project)
    r = _build(project, "--json")
    assert r.exit_code == 0 and "not carried over" not in r.stderr, r.stderr
    stages = {s["stage"]: s for s in json.loads(r.stdout)["stages"]}
    options = stages["cluster"]["summary"]["options"]
    assert (options["method"], options["k"], options["backend"]) == ("kmeans", 2, "hash")
    with closing(connect(project.db_path)) as conn:
        assert any(c.id == cid and c.label == "Free primary education"
                   for c in load_clusters(conn))
    # told otherwise, the build clusters otherwise, and says what it could not carry
    r = _build(project, "--method", "agglomerative")
    assert f"rename of {cid} not carried over" in r.stderr, r.stderr


def test_a_plain_cluster_clusters_as_the_index_was_last_clustered(project):
    # a researcher's trial 28 (P4): after a curation made on `cluster --on requirement
    # --max-share 0.08`, a plain `cluster` (to look at the clusters) re-clustered on the
    # defaults, and five of the curation's decisions were reported not carried over
    _, cid = _renamed_on_kmeans(project)
    r = runner.invoke(app, ["cluster", "-p", str(project.root), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert (out["params"]["k"], out["model_id"].startswith("hash")) == (2, True)
    assert not out["curation"]["not_carried"], out["curation"]
    r = runner.invoke(app, ["cluster", "-p", str(project.root)])
    assert "As last clustered (give the option to change it): backend hash, method kmeans, k 2" \
        in r.stdout, r.stdout
    # an option given is taken, the others are still the last run's
    r = runner.invoke(app, ["cluster", "-p", str(project.root), "--k", "3", "--json"])
    out = json.loads(r.stdout)
    assert (out["params"]["k"], out["method"].startswith("kmeans")) == (3, True), out["params"]


def test_a_build_says_its_curation_carried_over(project):
    # a researcher's trial 29 (P12): a build said nothing when every curation carried over;
    # only `cluster --json` and the workbench did
    _renamed_on_kmeans(project)
    r = _build(project, "--force")
    assert r.exit_code == 0, r.stderr
    assert "Curation (annotations/clusters.yaml): rename 1/1 carried over" in r.stdout, r.stdout


def test_build_names_the_drafts_waiting_for_promote(project):
    # a researcher's trial (session 41): after coding a new indicator, `build` drafted it and
    # the framework stayed without it, with no word of `indicators promote`
    from corpus_tool.coding.annotations import add_annotation
    add_annotation(project, area="access", doc_id="un-icescr-1966",
                   quote="Fundamental education shall be encouraged or intensified",
                   indicator="access-fundamental-education", coder="tester")
    r = _build(project)
    assert r.exit_code == 0, r.stderr
    assert "draft indicator(s) not in indicators/framework.yaml" in r.stdout, r.stdout
    assert "corpus-tool indicators promote" in r.stdout


def test_a_group_a_coder_names_leaves_an_indicator_that_says_what_to_do(project):
    # coding a passage of an unnamed draft group under a new id moves the group's evidence to
    # that id; the framework's old indicator, withdrawn, has only stale sources, and the build's
    # validation says why and what to do (found while testing the trials' fixes). It is a
    # warning, not a failed build (two researchers' trials, sessions 41 and 42: the drafts
    # moved on, the researcher did nothing wrong); --strict fails on it
    from corpus_tool.coding.annotations import add_annotation
    add_annotation(project, area="access", doc_id="un-udhr-1948",
                   quote="Technical and professional education shall be made generally available",
                   indicator="access-technical-professional", coder="tester")
    r = _build(project)
    assert r.exit_code == 0, r.stderr
    # and the build says what it changed in the framework (a researcher's trial, session 42:
    # sources marked stale and indicators withdrawn, and the build said nothing of it)
    changed = next(x for x in r.stdout.splitlines()
                   if x.startswith("indicators/framework.yaml changed:"))
    assert "1 withdrawn (" in changed, changed
    report = json.loads((project.build_dir / "validate.json").read_text(encoding="utf-8"))
    assert any("the drafts no longer propose this indicator" in w
               and "`corpus-tool indicators diff`" in w for w in report["warnings"]), report
    assert _build(project, "--strict").exit_code == 1


def test_an_annotation_with_an_area_the_codebook_lacks_is_a_build_warning(project):
    # a researcher's trial (session 41): an area mistyped in a hand-edited line ('acces-work')
    # was counted by `agreement` as an area of its own, and nothing warned
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    body = next(b for b in first["body"] if b["purpose"] == "classifying")
    body["value"] = body["value"] + "x"
    lines[0] = json.dumps(first, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = json.loads(_build(project, "--json").stdout)
    (w,) = [w for w in rep["warnings"] if "not in the codebook" in w["message"]]
    assert w["stage"] == "annotations" and first["id"] in w["message"]
    assert "annotations edit" in w["message"]
    # with its line (a researcher's trial, session 43: the file but no line)
    assert w["message"].startswith("annotations/tester.jsonl, line 1: annotation ")
    assert _build(project, "--strict").exit_code == 1
    listed = runner.invoke(app, ["annotations", "list", "-p", str(project.root)])
    assert "not in the codebook" in listed.stderr


def test_an_indicator_id_one_slip_from_a_known_one_is_a_build_warning(project):
    # a researcher's trial (session 43): an id mistyped in an annotation file by hand founded a
    # new draft indicator and left the real one's source stale, without a word
    from corpus_tool.coding.annotations import add_annotation
    add_annotation(project, area="intercultural", doc_id="un-udhr-1948", coder="second",
                   quote="Parents have a prior right to choose the kind of education",
                   indicator="parental-convictions")
    f = project.annotations_dir / "tester.jsonl"
    text = f.read_text(encoding="utf-8")
    assert text.count('"parental-convictions"') == 2
    f.write_text(text.replace('"parental-convictions"', '"parental-convicitons"', 1),
                 encoding="utf-8")
    r = _build(project, "--json")
    (w,) = [w for w in json.loads(r.stdout)["warnings"] if "did you mean" in w["message"]]
    assert w["stage"] == "annotations"
    assert w["message"].startswith("annotations/tester.jsonl, line ")
    assert "has the indicator id 'parental-convicitons'" in w["message"]
    assert "did you mean 'parental-convictions'?" in w["message"]
    assert "annotations edit" in w["message"]


def test_an_annotation_on_a_document_not_ingested_is_named_with_its_line_and_the_near_id(project):
    # a researcher's trial (session 43): "document 'icescr-1967' is not ingested", with no line
    # and no hint of the id meant
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    k, rec = next((k, json.loads(x)) for k, x in enumerate(lines)
                  if json.loads(x)["target"]["source"] == "un-icescr-1966")
    rec["target"]["source"] = "un-icescr-1967"
    lines[k] = json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = json.loads(_build(project, "--json").stdout)
    (w,) = [w for w in rep["warnings"] if "is not ingested" in w["message"]]
    assert w["message"].startswith(f"annotations/tester.jsonl, line {k + 1}: annotation ")
    assert "(did you mean 'un-icescr-1966'?)" in w["message"]


def test_a_clustering_made_before_the_default_split_keeps_it_and_says_so(project):
    """A project clustered before over-large clusters were split by default (its stored
    `max_share` is None) keeps that, so its curation carries over, and a plain `cluster` says
    so in words: "max_share none", not Python's "None"."""
    from corpus_tool.semantic.cluster import run_clustering
    run_clustering(project, backend="hash", max_share=None)
    r = runner.invoke(app, ["cluster", "-p", str(project.root), "--json"])
    assert json.loads(r.stdout)["params"]["max_share"] is None
    r = runner.invoke(app, ["cluster", "-p", str(project.root)])
    assert "max_share none" in r.stdout and "None" not in r.stdout.split("\n")[0], r.stdout


def test_a_title_the_drafts_reword_is_said_with_its_old_and_new_words():
    """Trial 45 (P4): an indicator a researcher had accepted as drafted went from "Promotion of
    the establishment and use of appropriate machinery for conciliation and voluntary
    arbitration" to "Promotion of establishment" when a document was added; the build said "5
    updated in 2 indicators". It says which title or question changed, from what to what."""
    from corpus_tool.cli.build import framework_changes
    from corpus_tool.framework.io import load_framework
    from corpus_tool.indicators.merge import Change
    from corpus_tool.indicators.promotion import Refreshed
    from tests.indicators.conftest import REPO
    fw = load_framework(REPO / "indicators" / "framework.yaml")
    old = "Promotion of the establishment and use of appropriate machinery for conciliation"
    r = Refreshed(fw, [Change("barg-dispute-settlement", "updated", "title", old=old,
                              new="Promotion of establishment"),
                       Change("barg-dispute-settlement", "updated", "rationale", old="a",
                              new="b")])
    said = framework_changes(r.summary())
    assert "reworded by the drafts" in said
    assert f"barg-dispute-settlement: title {old!r} → 'Promotion of establishment'" in said
    assert "rationale" not in said.split("reworded by the drafts")[1]


def test_an_indicator_id_near_one_of_the_framework_no_coding_uses_is_a_build_warning(project):
    """Trial 45 (P10): an id edited by hand ('org-no-admin-dissolution' for the framework's
    'org-no-administrative-dissolution', its only coding) withdrew the researcher's edited
    indicator and offered the new id's bare draft to promote, without a "did you mean": no other
    coding used the old id to compare it with."""
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    coded = [k for k, x in enumerate(lines) if '"parental-convictions"' in x]
    assert len(coded) == 2
    fw = (project.indicators_dir / "framework.yaml").read_text(encoding="utf-8")
    assert "id: parental-convictions" in fw
    lines[coded[0]] = lines[coded[0]].replace('"parental-convictions"',
                                              '"parents-own-convictions"')
    del lines[coded[1]]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = json.loads(_build(project, "--json").stdout)
    (w,) = [w for w in rep["warnings"] if "did you mean" in w["message"]]
    assert "has the indicator id 'parents-own-convictions'" in w["message"]
    assert "did you mean 'parental-convictions'?" in w["message"]


def test_a_codebook_that_no_longer_lists_a_framework_indicator_leaves_the_framework(project):
    """Trial 48 (P3): a typo in a codebook's indicator id ('pub-names' → 'pub-name') left the
    codings of the framework's `pub-names` off the codebook; the build warned of them, but
    rewrote the framework: its title, the codebook's name, became the drafts' 'Use or
    adoption'. The framework stays as it was until the codebook or the codings are fixed."""
    import yaml
    from corpus_tool.coding.files import read_annotations
    pairs = sorted({(a.area, a.indicator) for a in read_annotations(project).annotations
                    if a.indicator})
    book = yaml.safe_load(project.codebook_path.read_text(encoding="utf-8"))
    for area in book["areas"]:
        area["indicators"] = [{"id": i, "name": f"Listed {i}"} for a, i in pairs
                              if a == area["id"]]
    project.codebook_path.write_text(yaml.safe_dump(book, sort_keys=False), encoding="utf-8")
    assert _build(project).exit_code == 0
    fw = project.indicators_dir / "framework.yaml"
    before = fw.read_bytes()
    area, gone = pairs[0]
    text = project.codebook_path.read_text(encoding="utf-8")
    project.codebook_path.write_text(text.replace(f"id: {gone}\n", f"id: {gone}x\n"),
                                     encoding="utf-8")
    r = _build(project, "--json")
    assert r.exit_code == 0, r.stderr
    merge = next(s["summary"]["merge"] for s in json.loads(r.stdout)["stages"]
                 if s["stage"] == "draft")
    assert merge["held_back"] and f"codings name {gone}, but" in merge["held_for"]
    assert fw.read_bytes() == before
    p = runner.invoke(app, ["indicators", "promote", "--project", str(project.root)])
    assert p.exit_code != 0 and fw.read_bytes() == before
    assert "annotations recode --indicator" in p.stderr
    # … and so while one coding misspells an indicator its area lists (trial 49, P1: one of two
    # codings of `bel-no-coercion` read `bel-no-coersion`, and the framework's indicator was
    # reworded "Coercion", asked "Does the law provide for coercion …?")
    project.codebook_path.write_text(text, encoding="utf-8")
    assert _build(project).exit_code == 0
    before = fw.read_bytes()
    f = project.annotations_dir / "tester.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    k = next(i for i, line in enumerate(lines) if f'"{gone}"' in line)
    lines[k] = lines[k].replace(f'"{gone}"', f'"{gone}z"')
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    merge = next(s["summary"]["merge"] for s in json.loads(_build(project, "--json").stdout)[
        "stages"] if s["stage"] == "draft")
    assert merge["held_back"] and f"codings name {gone}z, but" in merge["held_for"]
    assert fw.read_bytes() == before
