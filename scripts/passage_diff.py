"""What an ingest change did to the reference corpus's passages: dump them, then diff two dumps.

    PYTHONPATH=<checkout> .venv/bin/python scripts/passage_diff.py dump OUT.jsonl [--corpus DIR]
    .venv/bin/python scripts/passage_diff.py diff BEFORE.jsonl AFTER.jsonl [--json]

`dump` ingests the corpus (default: this checkout's corpus/, manifest included) into a throw-away
project with the corpus_tool found on PYTHONPATH, and writes one JSON line per passage (id,
locator, lang, heading, text), sorted by id. Run it once with the old checkout on PYTHONPATH and
once with the new one, then `diff`: passages added, removed, and changed (which fields), so a
change to ingest can list exactly what it changed in the reference build.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("locator", "lang", "heading", "text")


def dump(out: Path, corpus: Path) -> int:
    from corpus_tool import store
    from corpus_tool.corpus import ingest
    from corpus_tool.project import init_project
    with tempfile.TemporaryDirectory() as tmp:
        project = init_project(Path(tmp) / "p")
        shutil.copytree(corpus, project.corpus_dir, dirs_exist_ok=True)
        report = ingest(project, workers=2)
        if report["failed"]:
            print(f"failed: {report['failed']}", file=sys.stderr)
        conn = store.connect(project.db_path)
        try:
            rows = [{"id": p.id, "locator": p.locator, "lang": p.lang, "heading": p.heading,
                     "text": p.text} for p in store.iter_passages(conn)]
        finally:
            conn.close()
    rows.sort(key=lambda r: r["id"])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} passages → {out}", file=sys.stderr)
    return len(rows)


def load(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def diff(before: dict[str, dict], after: dict[str, dict]) -> dict:
    changed = []
    for pid in sorted(before.keys() & after.keys()):
        fields = [f for f in FIELDS if before[pid].get(f) != after[pid].get(f)]
        if fields:
            changed.append({"id": pid, "fields": fields,
                            "before": {f: before[pid].get(f) for f in fields},
                            "after": {f: after[pid].get(f) for f in fields}})
    return {"passages_before": len(before), "passages_after": len(after),
            "removed": sorted(before.keys() - after.keys()),
            "added": sorted(after.keys() - before.keys()), "changed": changed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.out, args.corpus)
        return 0
    res = diff(load(args.before), load(args.after))
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"passages: {res['passages_before']} before, {res['passages_after']} after; "
          f"{len(res['removed'])} removed, {len(res['added'])} added, "
          f"{len(res['changed'])} changed")
    for pid in res["removed"]:
        print(f"  - {pid}")
    for pid in res["added"]:
        print(f"  + {pid}")
    for ch in res["changed"]:
        for f in ch["fields"]:
            print(f"  ~ {ch['id']} {f}: {str(ch['before'][f])[:100]!r} → "
                  f"{str(ch['after'][f])[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
