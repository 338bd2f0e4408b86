"""The scale benchmark's data set and corpus generator: real text, attributed, reproducible."""
from __future__ import annotations

import csv
import hashlib
import json
import math
from pathlib import Path

import pytest

from benchmarks.bench_scale import SAVED, _saved, exponents, plan, slope, summarise
from benchmarks.scale.corpus import DATA, load_treaty_bodies, make_scale_project
from corpus_tool.corpus.manifest import read_manifest
from corpus_tool.project import open_project


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load_treaty_bodies()


def test_data_set_is_the_attributed_treaty_body_comments(records):
    assert len(records) == 180
    assert sum(len(r["paragraphs"]) for r in records) == 6536
    assert {r["repository"] for r in records} == {"lszoszk/UN-TreatyBodiesDocSearch"}
    assert all(len(r["commit"]) == 40 and r["licence"].startswith("MIT") for r in records)
    committees = {c.strip() for r in records for c in r["committee"].split(",")}
    assert {"CAT", "CCPR", "CEDAW", "CERD", "CESCR", "CMW", "CRC", "CRPD"} <= committees
    gc13 = next(r for r in records if r["path"].endswith("ESCR-GC13-Education.json"))
    assert gc13["paragraphs"][0]["Text"].startswith("Education is both a human right")
    assert DATA.stat().st_size < 10_000_000


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted((root / "corpus").rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_scale_project_reaches_its_target_reproducibly(tmp_path, records):
    # a small "reference" so that the test stays quick: ×2 = 7,000 paragraphs added, more than
    # the General Comments hold, so some documents are recombined (where the seed matters)
    ref = 7000
    a = make_scale_project(2, tmp_path / "a", reference_passages=ref, seed=7)
    b = make_scale_project(2, tmp_path / "b", reference_passages=ref, seed=7)
    make_scale_project(2, tmp_path / "c", reference_passages=ref, seed=8)
    assert a == b and _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")
    # the reference corpus, then the General Comments it lacks, then recombined documents
    assert a["reference_documents"] == 36 and a["treaty_body_documents"] == 166
    assert a["recombined_documents"] > 0
    assert a["paragraphs_added"] >= ref
    rows, problems = read_manifest(open_project(tmp_path / "a"))
    assert not problems and len(rows) == a["documents"]
    for row in rows:   # every manifest row's sha256 is its file's
        data = (tmp_path / "a" / "corpus" / row.doc.path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row.doc.sha256
    assert (tmp_path / "a" / "annotations" / "codebook.yaml").is_file()


def test_recombined_documents_are_real_paragraphs_of_one_committee(tmp_path, records):
    counts = make_scale_project(3, tmp_path / "p", reference_passages=5000, seed=19)
    assert counts["recombined_documents"] > 0
    assert counts["paragraphs_added"] >= 2 * 5000
    texts = {(Path(r["path"]).name, str(p["ID"])): (p["Text"], r["committee"])
             for r in records for p in r["paragraphs"]}
    with open(tmp_path / "p" / "corpus" / "manifest.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["path"].startswith("recombined/")]
    assert len(rows) == counts["recombined_documents"]
    for row in rows[:20]:
        paras = json.loads((tmp_path / "p" / "corpus" / row["path"]).read_text(encoding="utf-8"))
        assert [p["ID"] for p in paras] == list(range(1, len(paras) + 1))
        committees = set()
        for p in paras:
            name, para_id = p["Source"].split(" para. ")
            text, committee = texts[(name, para_id)]
            assert p["Text"] == text
            committees.add(committee)
        assert len(committees) == 1
        assert row["licence"].startswith("MIT") and "seed 19" in row["source"]


def test_growth_exponent_is_the_log_log_slope():
    assert slope([1, 10, 100], [2, 20, 200]) == pytest.approx(1.0)
    assert slope([1, 10, 100], [1, 100, 10000]) == pytest.approx(2.0)
    assert slope([10], [5]) is None
    runs = [{"counts": {"passages": n, "own_language_passages": n},
             "stages": {"ingest": {"status": "ran", "seconds": 0.01 * n},
                        "draft": {"status": "ran", "seconds": 1e-4 * n * n},
                        "scores": {"status": "ran", "seconds": 0.001}}}
            for n in (100, 1000)]
    ks = exponents(runs, unit="passages")
    assert ks["ingest"] == pytest.approx(1.0) and ks["draft"] == pytest.approx(2.0)
    assert exponents(runs, "cpu_s", "passages") == {}   # no CPU seconds recorded: nothing to fit
    assert "scores" not in ks                     # too short to measure growth
    assert math.isfinite(ks["ingest"])
    assert exponents(runs, unit="characters") == {}   # no characters counted: nothing to fit


def test_growth_is_measured_on_the_text_read_not_on_the_number_of_passages():
    # ×10 the passages, each twice as long: time grows 20×, as the characters do
    runs = [{"counts": {"passages": n, "own_language_passages": n,
                        "characters": n * length, "own_language_characters": n * length},
             "stages": {"statements": {"status": "ran", "seconds": 0.01 * n * length}}}
            for n, length in ((100, 350), (1000, 700))]
    assert exponents(runs)["statements"] == pytest.approx(1.0)        # in characters
    assert exponents(runs, unit="passages")["statements"] == round(math.log10(20), 2)   # 1.3


def test_projection_spreads_the_workers_share_and_keeps_the_main_share_serial():
    from benchmarks.bench_scale import summarise
    from benchmarks.scale.project import projection

    def run(factor, workers, main_cpu, cpu, peak):
        n = 1000 * factor
        return {"backend": "static", "statements": "rules", "workers": workers, "wall_s": cpu,
                "main_peak_mb": peak, "worker_peak_mb": {"w1": 300.0} if workers else {},
                "build_mb": {"corpus.sqlite": 10.0 * factor},
                "counts": {"passages": n, "own_language_passages": n},
                "stages": {"statements": {"status": "ran", "seconds": cpu, "cpu_s": cpu,
                                          "main_cpu_s": main_cpu}}}
    results = {("fast", f, w): run(f, w, main_cpu=1.0 * f if w else 10.0 * f, cpu=10.0 * f,
                                   peak=500 + 10 * f)
               for f in (1, 10) for w in (0, 2)}
    p = projection(summarise(results, 2), factor=1000, cores=10)["settings"]["fast"]
    st = p["stages"]["statements"]
    assert p["from_factor"] == 10 and st["k"] == pytest.approx(1.0)
    # ×1000 = 100 × the ×10 run: main 10 s → 1000 s on one core, workers 90 s → 9000 s over
    # 10 cores
    assert st["wall_min_k1"] == pytest.approx((1000 + 900) / 60, abs=0.1)
    assert st["cpu_hours"] == pytest.approx(10000 / 3600, abs=0.01)
    assert p["main_peak_gb"] == pytest.approx((500 + 10 * 1000) / 1024, abs=0.1)
    assert p["index_gb"] == pytest.approx(10 * 1000 / 1024, abs=0.1)
    # a worker holds its models and one partition: its peak is not scaled with the corpus
    assert p["worker_peak_gb"] == pytest.approx(300 / 1024, abs=0.05)
    # one size measured: no line to extrapolate the main process's memory along
    one = {k: v for k, v in results.items() if k[1] == 10}
    q = projection(summarise(one, 2), factor=1000, cores=10)["settings"]["fast"]
    assert q["main_peak_gb"] is None and q["index_gb"] is None


def test_default_plan_reads_x100_and_the_x10_default_models_from_their_saved_runs():
    """The default run (under 20 minutes on 2 cores): default models measured at ×1 and read
    from their saved runs at ×10, fast models at every size, the 2-worker comparison up to ×10,
    ×100 fast read from its saved runs (serial and on 2 workers) unless asked to measure it
    (serially)."""
    runs = plan([1, 10, 100], workers=2, default_up_to=1, workers_up_to=10, measure=set())
    assert runs == [(1, "default", 0, True), (1, "default", 2, True), (1, "fast", 0, True),
                    (1, "fast", 2, True), (10, "default", 0, False), (10, "default", 2, False),
                    (10, "fast", 0, True), (10, "fast", 2, True),
                    (100, "fast", 0, False), (100, "fast", 2, False)]
    measured = plan([100], workers=2, default_up_to=1, workers_up_to=10, measure={100})
    assert measured == [(100, "fast", 0, True)]
    # asked for: the default models measured at ×10 too, on both engines
    assert plan([10], workers=2, default_up_to=10, workers_up_to=10, measure=set()) == [
        (10, "default", 0, True), (10, "default", 2, True), (10, "fast", 0, True),
        (10, "fast", 2, True)]


def test_saved_runs_are_read_from_the_code_and_marked_as_read(tmp_path):
    assert SAVED.parent.name == "scale" and "build" not in SAVED.parts
    assert _saved(tmp_path / "x100-fast-w2.json") is None
    stage = {"status": "ran", "seconds": 1.0, "cpu_s": 1.0, "main_cpu_s": 1.0}
    run = {"backend": "static", "statements": "rules", "workers": 2, "wall_s": 1.0,
           "main_peak_mb": 1000.0, "worker_peak_mb": {}, "date": "2026-12-01 12:00 UTC",
           "commit": "abc1234", "counts": {"passages": 10, "own_language_passages": 10},
           "stages": {"ingest": stage}}
    (tmp_path / "x100-fast-w2.json").write_text(json.dumps(run), encoding="utf-8")
    got = _saved(tmp_path / "x100-fast-w2.json")
    assert got["saved"] == str(tmp_path / "x100-fast-w2.json") and got["commit"] == "abc1234"
    mem = summarise({("fast", 10, 2): {**run, "main_peak_mb": 800.0},
                     ("fast", 100, 2): got}, 2)["memory"]["fast/2 workers"]
    assert mem["ratio"] == 1.25 and mem["x100_saved"] == got["saved"]
