"""`corpus-tool build`: every stage runs once, a second build with nothing changed skips them all,
a change wakes only the stages it concerns, and the report links what a researcher needs."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.pipeline import stages as stages_module
from corpus_tool.pipeline.lock import read_lock
from corpus_tool.pipeline.stages import STAGE_NAMES

from tests.indicators.conftest import copy_project, make_project

runner = CliRunner()
# the fast deterministic test embedder and the rules-only statements: no model is loaded
FAST = ["--backend", "hash", "--statements", "rules", "--json"]


@pytest.fixture(autouse=True, scope="module")
def stable_code_fingerprints():
    """Other people edit the package while these tests run in a shared tree: fingerprint each
    stage's code once per test session, so only the changes a test makes wake stages."""
    import functools

    import corpus_tool.pipeline.stages as pl
    original = pl.code_fp
    pl.code_fp = functools.lru_cache(maxsize=None)(original)
    yield
    pl.code_fp = original


def test_code_fingerprint_changes_with_the_code(tmp_path, monkeypatch):
    import corpus_tool.pipeline.stages as pl
    pkg = tmp_path / "fpdemo"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("x = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    fn = pl.code_fp.__wrapped__ if hasattr(pl.code_fp, "__wrapped__") else pl.code_fp
    a = fn("fpdemo")
    (pkg / "__init__.py").write_text("x = 2\n")
    assert fn("fpdemo") != a
    assert fn("no_such_module_xyz") != a


def _build(project, *extra):
    r = runner.invoke(app, ["build", "--project", str(project.root), *FAST, *extra])
    data = json.loads(r.stdout)
    return r, {s["stage"]: s for s in data["stages"]}, data


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("build") / "p")
    r, stages, data = _build(p)
    assert r.exit_code == 0, (r.stderr, data)
    return p, stages, data


@pytest.fixture
def project(built, tmp_path):
    return copy_project(built[0].root, tmp_path / "p")


def test_first_build_runs_every_stage(built):
    p, stages, data = built
    assert list(stages) == list(STAGE_NAMES)
    assert {s["status"] for s in stages.values()} == {"ran"}, stages
    assert stages["statements"]["summary"]
    assert stages["draft"]["summary"]["indicators"] >= 4
    assert stages["validate"]["summary"]["ok"] is True
    assert (p.indicators_dir / "framework.yaml").exists()
    assert (p.indicators_dir / "drafts" / "framework.draft.yaml").exists()
    for ext in ("md", "csv", "html", "xlsx", "prov.json"):
        assert (p.build_dir / "provenance" / f"framework.{ext}").exists()
    lock = read_lock(p)
    assert set(lock["stages"]) == set(STAGE_NAMES)


def test_second_build_skips_everything(project):
    r, stages, data = _build(project)
    assert r.exit_code == 0
    assert {s["status"] for s in stages.values()} == {"skipped"}, stages


def test_drafts_written_since_by_hand_are_drafted_again(project):
    # a researcher's trial (session 42): after `indicators draft --no-suggestions`, build kept
    # that draft file (its inputs unchanged), so a promote would have marked every
    # suggestion-based source stale
    before = (project.indicators_dir / "drafts" / "framework.draft.yaml").read_bytes()
    r = runner.invoke(app, ["indicators", "draft", "--no-suggestions", "-p", str(project.root)])
    assert r.exit_code == 0, r.output
    r, stages, _ = _build(project)
    assert r.exit_code == 0 and stages["draft"]["status"] == "ran"
    assert (project.indicators_dir / "drafts" / "framework.draft.yaml").read_bytes() == before


def test_a_change_to_the_naming_code_wakes_the_stages_that_name(project, monkeypatch):
    """Drafts are titled, and clusters labelled, by `corpus_tool.naming`: a changed naming rule
    drafts and labels again (before, the draft stage fingerprinted `indicators` only, and the
    cluster stage `semantic` only, and kept the titles and labels of the old rule)."""
    original = stages_module.code_fp
    monkeypatch.setattr(stages_module, "code_fp", lambda *modules: original(*modules) + (
        "-changed" if "corpus_tool.naming" in modules else ""))
    r, stages, _ = _build(project)
    assert r.exit_code == 0
    assert stages["statements"]["status"] == stages["embed"]["status"] == "skipped"
    assert stages["cluster"]["status"] == stages["draft"]["status"] == "ran"


@pytest.mark.parametrize("stage, module", [
    ("cluster", "corpus_tool.report.clusters"),         # draws build/report/clusters.html
    ("validate", "corpus_tool.indicators.phrasing.quality"),   # the drafts' quality advice
    ("provenance", "corpus_tool.indicators.source_check"),
    ("report", "corpus_tool.indicators.provenance"),    # the report's framework table
])
def test_a_stage_runs_again_when_the_code_of_its_output_changes(project, monkeypatch, stage,
                                                                 module):
    """Each stage fingerprints the code its output is computed or rendered by (before, the
    cluster stage left out the page it draws, validate its quality checks, provenance the
    source check, the report the provenance table it shows, and each kept its old output)."""
    original = stages_module.code_fp

    def changed(*modules: str) -> str:
        covered = module in modules or module.rsplit(".", 1)[0] in modules
        return original(*modules) + ("-changed" if covered else "")
    monkeypatch.setattr(stages_module, "code_fp", changed)
    r, stages, _ = _build(project)
    assert r.exit_code == 0
    assert stages[stage]["status"] == "ran"


def test_a_retrained_statements_model_wakes_the_statements_stage(project, monkeypatch):
    """A shipped model file of the statements stage (the detector's weights or thresholds, the
    agentive-noun model) changes its version, not its code: the stage runs again (before, an
    incremental build kept the statements of the old model)."""
    monkeypatch.setattr(stages_module, "STATEMENTS_VERSION", "statements-v1-retrained")
    r, stages, _ = _build(project)
    assert r.exit_code == 0
    assert stages["ingest"]["status"] == "skipped"
    assert stages["statements"]["status"] == "ran"


def test_a_statement_s_parts_alone_changed_wake_the_stages_that_read_them(project):
    """Labels, requirements and drafts are read from a statement's actor, aim and object: a
    change to those alone (its text and strength the same) reaches them (before, the later stages
    fingerprinted the statements' texts and strengths only and kept what the old parts gave)."""
    import sqlite3
    conn = sqlite3.connect(project.db_path)
    with conn:
        conn.execute("UPDATE statements SET actor = 'a body read better' "
                     "WHERE id = (SELECT min(id) FROM statements)")
    conn.close()
    r, stages, _ = _build(project)
    assert r.exit_code == 0
    assert stages["statements"]["status"] == "skipped"
    assert stages["embed"]["status"] == stages["cluster"]["status"] == "ran"
    assert stages["draft"]["status"] == "ran"


def test_annotation_change_wakes_only_what_depends_on_it(project):
    from corpus_tool.coding.annotations import add_annotation
    add_annotation(project, area="access", doc_id="un-icescr-1966",
                   quote="Higher education shall be made equally acessible to all",  # sic in the source
                   coder="tester", created="2026-01-03T00:00:00Z")
    r, stages, _ = _build(project)
    assert r.exit_code == 0
    assert stages["ingest"]["status"] == stages["statements"]["status"] == "skipped"
    assert stages["cluster"]["status"] == "skipped"
    assert stages["draft"]["status"] == "ran"
    assert stages["report"]["status"] == "ran"
    # the existing framework was refreshed; the new candidate waits for `promote`
    assert stages["draft"]["summary"]["merge"]["pending"]


def test_changed_document_reruns_from_ingest_and_reports_suspect_links(project):
    path = next(project.corpus_dir.rglob("un_udhr_1948*"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Technical and professional education",      # a cited article
                                 "Technical and vocational education", 1), encoding="utf-8")
    r, stages, _ = _build(project)
    assert stages["ingest"]["status"] == "ran"
    assert stages["statements"]["status"] == "ran"
    assert stages["validate"]["status"] == "ran"
    assert stages["validate"]["summary"]["suspect"] >= 1
    assert stages["draft"]["summary"]["merge"]["changes"].get("source-suspect", 0) >= 1
    from corpus_tool.framework.io import load_framework
    fw = load_framework(project.indicators_dir / "framework.yaml")
    sus = {s.anchor.doc_id for i in fw.indicators() for s in i.sources if s.status == "suspect"}
    assert sus == {"un-udhr-1948"}
    html = (project.report_dir / "index.html").read_text(encoding="utf-8")
    assert "suspect: un-udhr-1948" in html
    # a second build keeps them suspect until a person clears them
    r, stages, _ = _build(project)
    assert stages["validate"]["summary"]["suspect"] >= 1


def test_report_links_clusters_framework_and_provenance(built):
    p, _, _ = built
    html = (p.report_dir / "index.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    # the build table lists the stages before the report, never the report as "not run"
    stages = html.split('<table class="stages">')[1].split("</table>")[0]
    assert "<td>validate</td><td>built</td>" in stages and "<td>report</td>" not in stages
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?:", html)
    assert "../provenance/framework.csv" in html
    from corpus_tool.framework.io import load_framework
    fw = load_framework(p.indicators_dir / "framework.yaml")
    for ind in fw.indicators():
        assert f'id="{ind.id}"' in html
        for s in ind.sources:
            assert s.locator in html
    if (p.report_dir / "clusters.html").exists():
        assert 'href="clusters.html"' in html
        # a first (clean) build's cluster page links the front page it writes after it, as a
        # later build's does (a researcher's trial, session 44: a clean build differed)
        assert 'href="index.html"' in (p.report_dir / "clusters.html").read_text("utf-8")


def test_the_report_shows_what_validate_asks_a_researcher_to_review(project):
    """A researcher's title that names no provision is warned of by validate and shown on the
    indicator's card in the report, beside the other warnings of its wording and footing."""
    from corpus_tool.framework.io import load_framework, save_framework
    path = project.indicators_dir / "framework.yaml"
    fw = load_framework(path)
    ind = fw.indicators()[0]
    ind.title = "Health services"
    save_framework(path, fw)
    r, stages, _ = _build(project)
    assert r.exit_code == 0 and stages["report"]["status"] == "ran"
    html = (project.report_dir / "index.html").read_text(encoding="utf-8")
    card = html[html.index(f'id="{ind.id}"'):]
    card = card[:card.index("</section>")]
    assert ("To review: title may name a subject, not what is required of it: "
            "&#x27;Health services&#x27;") in card
    report = json.loads((project.build_dir / "validate.json").read_text(encoding="utf-8"))
    every = [m for rep in report["per_indicator"] for m in rep.get("quality", [])]
    assert html.count("To review: ") == len(every)


def test_scores_appear_where_answers_exist(project):
    from corpus_tool.framework.io import load_framework
    fw = load_framework(project.indicators_dir / "framework.yaml")
    ids = [i.id for i in fw.indicators()]
    answers = project.root / "answers"
    answers.mkdir()
    rows = ["country,year,indicator,score"]
    for k, i in enumerate(ids):
        rows.append(f"NL,2024,{i},{(0, 50, 100)[k % 3]}")
        rows.append(f"BE,2024,{i},100")
    rows.append(f"LU,2024,{ids[0]},100")            # one answer of many: its coverage shows
    (answers / "framework-2024.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    r, stages, _ = _build(project)
    assert r.exit_code == 0, r.stderr
    assert stages["scores"]["status"] == "ran"
    html = (project.report_dir / "index.html").read_text(encoding="utf-8")
    assert "framework-2024.csv" in html and "<td>BE</td>" in html
    # each country's coverage beside its scores (a researcher's trial, session 41: a country
    # with one answer in ten stood first, its coverage nowhere on the page)
    assert ">coverage</th>" in html
    assert re.search(r"<td>BE</td><td>2024</td>.*?<td class='muted'>100%</td>", html)
    assert re.search(rf"<td>LU</td><td>2024</td>.*?<td class='muted'>{round(100 / len(ids))}%</td>",
                     html)
    # the overall score is the mean of all indicators (as MIPEX scores a strand)
    scores = json.loads((project.build_dir / "scores" / "framework-2024.json").read_text())
    be = [r for r in scores["scores"] if r["country"] == "BE" and r["node"] == "overall"]
    nl = [r for r in scores["scores"] if r["country"] == "NL" and r["node"] == "overall"]
    expected_nl = sum((0, 50, 100)[k % 3] for k in range(len(ids))) / len(ids)
    assert be[0]["score"] == 100 and abs(nl[0]["score"] - expected_nl) < 1e-9


def test_a_bad_answers_file_is_listed_and_the_others_are_scored(project):
    # a researcher's trial (session 41): one bad row stopped the scores stage, and the build
    # said only "CheckFailed: 3 bad row(s) in …; nothing was scored", without the rows
    from corpus_tool.framework.io import load_framework
    ids = [i.id for i in load_framework(project.indicators_dir / "framework.yaml").indicators()]
    answers = project.root / "answers"
    answers.mkdir()
    good = ["country,year,indicator,score", *(f"NL,2024,{i},100" for i in ids),
            f"BE,2024,{ids[0]},75"]                         # between two levels: a warning
    (answers / "framework-good.csv").write_text("\n".join(good) + "\n", encoding="utf-8")
    bad = ["country,year,indicator,score", f"DE,2024,{ids[0]},100",
           f"DE,2024,{ids[1][:-1]},50", f"DE,2024,{ids[2]},150"]
    (answers / "framework-bad.csv").write_text("\n".join(bad) + "\n", encoding="utf-8")
    r, stages, data = _build(project)
    assert r.exit_code == 1
    assert stages["scores"]["status"] == "failed"
    message = stages["scores"]["message"]
    assert message.startswith("1 answers file(s) could not be scored; the others were:")
    assert not message.startswith("CheckFailed")
    assert "framework-bad.csv, line 3" in message and "framework-bad.csv, line 4" in message
    assert (project.build_dir / "scores" / "framework-good.json").exists()
    assert (project.report_dir / "scores-framework-good.html").exists()
    bad_json = project.build_dir / "scores" / "framework-bad.json"
    bad_page = project.report_dir / "scores-framework-bad.html"

    def failed() -> list[str]:
        return json.loads(bad_json.read_text(encoding="utf-8")).get("failed", [])
    # the report says the file failed and lists its rows (trial 21: it said "No answers yet")
    assert "framework-bad.csv, line 3" in "".join(failed()) and not bad_page.exists()
    html = (project.report_dir / "index.html").read_text(encoding="utf-8")
    assert "These answers could not be scored" in html and "line 4" in html
    assert "answers/framework-bad.csv, line 3" in html and str(project.root) not in html
    assert "No answers yet" not in html
    # a file scored before and broken since leaves no scores of the past in the report
    (answers / "framework-bad.csv").write_text("\n".join(bad[:2]) + "\n", encoding="utf-8")
    assert _build(project)[0].exit_code == 0
    assert not failed() and bad_page.exists()
    assert 'href="index.html"' in bad_page.read_text(encoding="utf-8")    # back to the report
    assert "scores-framework-bad.html" in (project.report_dir / "index.html").read_text()
    (answers / "framework-bad.csv").write_text("\n".join(bad) + "\n", encoding="utf-8")
    assert _build(project)[0].exit_code == 1
    assert failed() and not bad_page.exists()
    (answers / "framework-bad.csv").write_text("\n".join(bad[:2]) + "\n", encoding="utf-8")
    assert _build(project)[0].exit_code == 0
    (answers / "framework-bad.csv").unlink()            # a file removed: its scores go too
    r, stages, data = _build(project)
    assert r.exit_code == 0, r.stderr
    assert not bad_json.exists() and not bad_page.exists()
    assert any(w["stage"] == "scores" and w["message"].startswith("framework-good.csv: ")
               for w in data["warnings"]), data["warnings"]


def test_unknown_stage_is_a_clear_error(project):
    r = runner.invoke(app, ["build", "--project", str(project.root), "--only", "nope"])
    assert r.exit_code == 1 and "Error:" in r.output and "ingest" in r.output


def test_a_bad_document_is_reported_and_the_rest_still_builds(project):
    bad = project.corpus_dir / "junk.txt"
    bad.write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 50)
    with open(project.manifest_path, "a", encoding="utf-8") as f:
        f.write("junk-doc,Junk,Nobody,2020,report,non-binding,en,junk.txt,,,\n")
    r, stages, data = _build(project)
    assert r.exit_code == 1
    assert any("junk.txt" in x for x in data["failed_documents"])
    assert "junk.txt" in r.stderr and "Error:" in r.stderr
    assert stages["draft"]["status"] in ("ran", "skipped")
    assert stages["report"]["status"] in ("ran", "skipped")
    assert (project.report_dir / "index.html").exists()


def test_a_partial_build_names_no_report_it_did_not_write(tmp_path):
    p = make_project(tmp_path / "p")
    args = ["build", "--project", str(p.root), "--backend", "hash", "--statements", "rules",
            "--only", "ingest", "--only", "statements"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"total \d+\.\d\d s \(no report written\)", last), last
    assert "index.html" not in r.stdout
    assert not (p.report_dir / "index.html").exists()
    data = json.loads(runner.invoke(app, [*args, "--json"]).stdout)
    assert data["report"] is None
    assert json.loads((p.build_dir / "build.json").read_text())["report"] is None


def test_a_report_is_named_when_written_or_fresh_and_not_after_a_partial_build(project):
    index = project.report_dir / "index.html"
    r, stages, data = _build(project)                  # nothing changed: report skipped, fresh
    assert stages["report"]["status"] == "skipped" and data["report"] == str(index)
    r = runner.invoke(app, ["build", "--project", str(project.root), "--backend", "hash",
                            "--statements", "rules", "--only", "ingest"])
    assert r.exit_code == 0, r.stderr
    assert index.exists()                              # an older report is there, but not named
    assert r.stdout.strip().splitlines()[-1].endswith("(no report written)"), r.stdout
    r = runner.invoke(app, ["build", "--project", str(project.root), "--backend", "hash",
                            "--statements", "rules"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1].endswith(f"→ {index}"), r.stdout


def test_a_build_before_any_coding_makes_no_framework_and_fails_no_stage(tmp_path):
    """Two researchers' trials (session 44) built before they coded: the build made a framework
    of drafts resting on suggestions alone, whose indicators stayed as withdrawn entries and
    whose overall score counted only the one area they drew. The framework is made once the
    drafts rest on a coded passage; until then validate and provenance say so, and pass."""
    from corpus_tool.coding.annotations import add_annotation
    from corpus_tool.indicators.draft import framework_path
    p = make_project(tmp_path / "p", annotations=[])
    r = runner.invoke(app, ["build", "--project", str(p.root), *FAST])
    assert r.exit_code == 0, r.stderr
    assert not framework_path(p).exists()
    stages = {s["stage"]: s for s in json.loads(r.stdout)["stages"]}
    assert stages["validate"]["status"] == stages["provenance"]["status"] == "ran"
    assert "no indicators/framework.yaml yet" in json.dumps(stages["validate"]["summary"])
    add_annotation(p, area="access", doc_id="un-icescr-1966",
                   quote="Primary education shall be compulsory and available free to all",
                   coder="tester", created="2026-01-01T00:00:00Z")
    r = runner.invoke(app, ["build", "--project", str(p.root), *FAST])
    assert r.exit_code == 0, r.stderr
    assert framework_path(p).exists()
