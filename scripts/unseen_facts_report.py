"""How many of the researcher's facts about the unseen documents hold today, per half.

    PYTHONPATH=. .venv/bin/python scripts/unseen_facts_report.py [--json] [--project DIR]

Builds a throw-away project from tests/data/unseen (corpus/ + a manifest row per document from
its `meta` in facts.yaml), ingests it, runs the statements stage with the rules pipeline, checks
every fact of facts.yaml — ignoring the `xfail` marks — and prints the share that holds in the
development half and in the held-out half, by kind of document, then every failing fact with
what was found instead. tests/test_unseen_facts.py checks the same facts with the same code.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from corpus_tool import store
from corpus_tool.corpus import ingest
from corpus_tool.models import Document, Passage
from corpus_tool.project import MANIFEST_FIELDS, Project, init_project
from corpus_tool.statements import list_statements, update_statements

UNSEEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "unseen"
FACTS = UNSEEN / "facts.yaml"
HALVES = ("dev", "heldout")


def load_facts(path: Path = FACTS) -> list[dict]:
    """The documents of facts.yaml, each with its list of facts."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]


def fact_id(doc: dict, n: int, fact: dict) -> str:
    """`<doc>-<n>-<kind>`, n counting the document's facts from 1."""
    return f"{doc['id']}-{n}-{fact['kind']}"


# --- the project -------------------------------------------------------------------------------

def make_project(root: Path, docs: list[dict]) -> Project:
    """A project at `root` whose corpus/unseen/ holds the documents and whose manifest has one
    row per document from its `meta` (legal_force left empty unless `meta` gives it)."""
    project = init_project(root)
    dest = project.corpus_dir / "unseen"
    dest.mkdir(parents=True, exist_ok=True)
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
        w.writeheader()
        for doc in docs:
            src = UNSEEN / doc["file"]
            shutil.copyfile(src, dest / src.name)
            meta = doc["meta"]
            w.writerow({"id": doc["id"], "title": meta["title"], "issuer": meta["issuer"],
                        "year": meta.get("year", ""), "type": meta.get("type", ""),
                        "legal_force": meta.get("legal_force", ""),
                        "language": meta.get("language", "en"), "path": f"unseen/{src.name}",
                        "source": "tests/data/unseen/SOURCES.tsv", "licence": "", "sha256": ""})
    return project


@dataclass
class View:
    """What ingest (and the statements stage) made of one document."""
    document: Document | None
    passages: list[Passage] = field(default_factory=list)
    statements: int | None = None
    failure: str | None = None

    def __post_init__(self) -> None:
        self.texts = [norm(p.text) for p in self.passages]

    def first_with(self, needle: str) -> Passage | None:
        n = norm(needle)
        for p, t in zip(self.passages, self.texts):
            if n in t:
                return p
        return None


def build(root: Path, docs: list[dict], *, statements: bool = True) -> dict[str, View]:
    """Ingest every document into a project at `root`; return a View per document id."""
    project = make_project(root, docs)
    report = ingest(project, workers=2)
    failed = {f.get("doc_id"): f["message"] for f in report["failed"]}
    conn = store.connect(project.db_path)
    try:
        if statements:
            update_statements(conn, pipeline="rules")
        views = {}
        known = {d.id: d for d in store.list_documents(conn)}
        for doc in docs:
            did = doc["id"]
            if did in failed or did not in known:
                views[did] = View(known.get(did), failure=failed.get(did, "not ingested"))
                continue
            n = len(list_statements(conn, doc_id=did)) if statements else None
            views[did] = View(known[did], list(store.iter_passages(conn, did)), n)
        return views
    finally:
        conn.close()


# --- the facts ---------------------------------------------------------------------------------

def norm(s: str) -> str:
    return " ".join(s.split())


def _alternatives(value) -> list[str]:
    return list(value) if isinstance(value, list) else [value]


def _show(p: Passage) -> str:
    text = p.text if len(p.text) <= 160 else p.text[:157] + "…"
    return f"[{p.locator or '-'} | p. {p.page} | {p.lang} | {p.heading or '-'}] {text!r}"


def check(fact: dict, view: View) -> tuple[bool, str]:
    """(holds, what was found). Never raises for a fact that does not hold."""
    kind = fact["kind"]
    if view.failure is not None:
        return False, f"document not ingested: {view.failure}"
    if kind == "whole":
        needle = norm(fact["text"])
        if any(needle in t for t in view.texts):
            return True, "found whole"
        head = norm(fact["text"])[:40]
        part = view.first_with(head)
        return False, ("not found whole; its start is in " + _show(part)) if part else \
            "not found whole, nor its first 40 characters"
    if kind == "absent":
        needle = fact["text"]
        for p, t in zip(view.passages, view.texts):
            if needle in p.text or norm(needle) in t:
                return False, "present in " + _show(p)
        return True, "absent"
    if kind == "statements":
        n = view.statements or 0
        return n >= fact["min"], f"{n} statements (want >= {fact['min']})"
    if kind == "legal_force":
        got = view.document.legal_force if view.document else None
        return got == fact["value"], f"legal_force {got!r} (want {fact['value']!r})"
    p = view.first_with(fact["contains"])
    if p is None:
        return False, f"no passage contains {fact['contains'][:60]!r}"
    if kind == "locator":
        want = _alternatives(fact["locator"])
        return p.locator in want, f"locator {p.locator!r} (want {' or '.join(want)}) in {_show(p)}"
    if kind == "page":
        return p.page == fact["page"], f"page {p.page} (want {fact['page']}) in {_show(p)}"
    if kind == "heading":
        context = f"{p.heading} {p.locator}".lower()
        want = _alternatives(fact["heading"])
        ok = any(h.lower() in context for h in want)
        return ok, f"heading {p.heading!r}, locator {p.locator!r} (want {' or '.join(want)})"
    if kind == "language":
        if "lang" in fact:
            return p.lang == fact["lang"], f"lang {p.lang!r} (want {fact['lang']!r}) in {_show(p)}"
        return p.lang != fact["not"], f"lang {p.lang!r} (want not {fact['not']!r}) in {_show(p)}"
    raise ValueError(f"unknown fact kind {kind!r} in {FACTS}")


def evaluate(docs: list[dict], views: dict[str, View]) -> list[dict]:
    """One result per fact: id, doc, half, kind of document, fact kind, holds, detail, xfail."""
    out = []
    for doc in docs:
        for n, fact in enumerate(doc["facts"], 1):
            ok, detail = check(fact, views[doc["id"]])
            out.append({"id": fact_id(doc, n, fact), "doc": doc["id"], "half": doc["half"],
                        "doc_kind": doc["kind"], "kind": fact["kind"], "holds": ok,
                        "detail": detail, "xfail": fact.get("xfail")})
    return out


# --- the report --------------------------------------------------------------------------------

def summary(results: list[dict]) -> dict:
    by_half: dict[str, list[int]] = {h: [0, 0] for h in HALVES}
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for key, table in ((r["half"], by_half), ((r["half"], r["kind"]), by_kind)):
            table[key][0] += r["holds"]
            table[key][1] += 1
    return {"halves": {h: {"hold": a, "facts": b, "share": round(a / b, 4) if b else None}
                       for h, (a, b) in by_half.items()},
            "by_fact_kind": {f"{h}/{k}": {"hold": a, "facts": b}
                             for (h, k), (a, b) in sorted(by_kind.items())},
            "failures": [r for r in results if not r["holds"]]}


def print_report(s: dict, out=sys.stdout) -> None:
    print("Facts about the unseen documents that hold today (xfail marks ignored)", file=out)
    for h, v in s["halves"].items():
        share = f"{100 * v['share']:.1f}%" if v["share"] is not None else "-"
        print(f"  {h:8s} {v['hold']:4d} / {v['facts']:4d}  {share}", file=out)
    print("\nBy fact kind (half/kind: hold / facts)", file=out)
    for k, v in s["by_fact_kind"].items():
        print(f"  {k:24s} {v['hold']:3d} / {v['facts']:3d}", file=out)
    print(f"\nFailing facts ({len(s['failures'])})", file=out)
    for r in s["failures"]:
        print(f"  [{r['half']}] {r['id']}: {r['detail']}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="one JSON document on stdout")
    ap.add_argument("--project", type=Path, help="build the project here (kept) instead of a "
                                                   "temporary folder")
    args = ap.parse_args(argv)
    docs = load_facts()
    tmp = None
    root = args.project
    if root is None:
        tmp = tempfile.mkdtemp(prefix="unseen-facts-")
        root = Path(tmp)
    try:
        s = summary(evaluate(docs, build(root, docs)))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        json.dump(s, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_report(s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
