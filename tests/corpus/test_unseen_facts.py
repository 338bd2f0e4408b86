"""Researchers' facts about 44 public documents the project was never tuned on (issue 13).

One test per fact of tests/data/unseen/facts.yaml, id `<doc>-<n>-<kind>` (as pdfplumber's
test_issues.py names a test after the document it is about). The documents are ingested once per
session into a throw-away project and the statements stage runs once with the rules pipeline.
A fact that fails today carries `xfail: "reason"` in facts.yaml and is marked
xfail(strict=True): the fix that makes it hold must remove the mark. The check itself lives in
scripts/unseen_facts_report.py, which prints the share of facts holding per half.
"""
from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "tests" / "data" / "unseen"


def _report_module():
    spec = importlib.util.spec_from_file_location("unseen_facts_report",
                                                  ROOT / "scripts" / "unseen_facts_report.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod            # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


R = _report_module()
DOCS = R.load_facts()


def _params():
    for doc in DOCS:
        for n, fact in enumerate(doc["facts"], 1):
            marks = [pytest.mark.xfail(strict=True, reason=fact["xfail"])] if "xfail" in fact else []
            yield pytest.param(doc["id"], n - 1, id=R.fact_id(doc, n, fact), marks=marks)


@pytest.fixture(scope="session")
def unseen_views(tmp_path_factory):
    return R.build(tmp_path_factory.mktemp("unseen"), DOCS)


@pytest.mark.parametrize(("doc_id", "index"), list(_params()))
def test_fact(unseen_views, doc_id, index):
    doc = next(d for d in DOCS if d["id"] == doc_id)
    holds, detail = R.check(doc["facts"][index], unseen_views[doc_id])
    assert holds, detail


# --- the data set itself -------------------------------------------------------------------------

def test_every_document_is_listed_once_with_its_sha256():
    rows = list(csv.DictReader(open(UNSEEN / "SOURCES.tsv", encoding="utf-8"), delimiter="\t"))
    assert sorted(r["id"] for r in rows) == sorted(d["id"] for d in DOCS)
    files = {p.name for p in (UNSEEN / "docs").iterdir()}
    assert files == {Path(d["file"]).name for d in DOCS}
    by_id = {r["id"]: r for r in rows}
    for doc in DOCS:
        data = (UNSEEN / doc["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == by_id[doc["id"]]["sha256"], doc["id"]
        assert by_id[doc["id"]]["kind"] == doc["kind"] and by_id[doc["id"]]["repository"]


def test_set_is_large_varied_split_and_not_the_reference_corpus():
    assert len(DOCS) >= 44 and len({d["kind"] for d in DOCS}) >= 10
    assert all(3 <= len(d["facts"]) <= 6 for d in DOCS)
    halves = {h: [d for d in DOCS if d["half"] == h] for h in R.HALVES}
    assert abs(len(halves["dev"]) - len(halves["heldout"])) <= 2
    for kind in {d["kind"] for d in DOCS}:       # stratified: no kind lives in one half only
        assert {d["half"] for d in DOCS if d["kind"] == kind} == set(R.HALVES), kind
    reference = {r["id"] for r in csv.DictReader(open(ROOT / "corpus" / "manifest.csv",
                                                      encoding="utf-8"))}
    assert not reference & {d["id"] for d in DOCS}
    ref_hashes = {hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in (ROOT / "corpus").rglob("*") if p.is_file()}
    assert not ref_hashes & {hashlib.sha256((UNSEEN / d["file"]).read_bytes()).hexdigest()
                             for d in DOCS}
    assert (UNSEEN / "docs" / "ve-constitution-1999-t3c1-utf16.txt").read_bytes()[:2] == b"\xff\xfe"


def test_checker_reports_what_it_found():
    """The checker itself, on a hand-made view: each fact kind holds and fails for its reason."""
    from corpus_tool.models import Document, Passage
    doc = Document(id="d", title="t", issuer="i", year=None, type="judgment",
                   legal_force="non-binding", language="en", path="d.txt")
    ps = [Passage(id="d:art-1-1", doc_id="d", seq=0, page=2, locator="Art. 1(1)", start=0, end=30,
                  lang="en", heading="Title V > Article 1", text="Everyone is  equal\nbefore the law."),
          Passage(id="d:p-3", doc_id="d", seq=1, page=3, locator="p. 3 ¶ 1", start=31, end=60,
                  lang="ru", heading="", text="Cite as: 544 U. S. ____ (2005) Заявитель")]
    view = R.View(doc, ps, statements=4)
    assert R.check({"kind": "whole", "text": "Everyone is equal before the law."}, view)[0]
    assert not R.check({"kind": "whole", "text": "Everyone is equal before the law. And"}, view)[0]
    ok, detail = R.check({"kind": "absent", "text": "Cite as: 544 U. S."}, view)
    assert not ok and "p. 3 ¶ 1" in detail
    assert R.check({"kind": "locator", "contains": "equal before", "locator": ["Art. 1", "Art. 1(1)"]}, view)[0]
    ok, detail = R.check({"kind": "locator", "contains": "Заявитель", "locator": "para. 3"}, view)
    assert not ok and "'p. 3 ¶ 1'" in detail
    assert R.check({"kind": "page", "contains": "Заявитель", "page": 3}, view)[0]
    assert R.check({"kind": "heading", "contains": "equal", "heading": ["title v"]}, view)[0]
    assert R.check({"kind": "language", "contains": "Заявитель", "lang": "ru"}, view)[0]
    assert not R.check({"kind": "language", "contains": "Заявитель", "not": "ru"}, view)[0]
    assert R.check({"kind": "statements", "min": 4}, view)[0]
    assert not R.check({"kind": "statements", "min": 5}, view)[0]
    assert not R.check({"kind": "legal_force", "value": "binding"}, view)[0]
    assert not R.check({"kind": "page", "contains": "nowhere", "page": 1}, view)[0]
    assert not R.check({"kind": "absent", "text": "x"}, R.View(None, failure="binary data"))[0]
