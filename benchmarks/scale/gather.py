"""How `benchmarks/data/treaty_bodies.jsonl.gz` was made: the UN treaty-body General Comments and
General Recommendations of the public repository `lszoszk/UN-TreatyBodiesDocSearch` (MIT), one
JSON paragraph list per document in `json_data/`, with the titles, symbols, committees and dates
of its `GC-info.json`.

    python -m benchmarks.scale.gather GIT_DIR [--out benchmarks/data/treaty_bodies.jsonl.gz]

GIT_DIR is a (bare) clone of that repository; the texts are read at its HEAD with `git show`.
Each output line is one document: its metadata, the repository, path and commit it came from, and
its paragraphs unchanged (`ID`, `Labels`, `Text`). Lines are sorted by path and the gzip stream
carries no time stamp, so running it again on the same commit gives the same bytes. The benchmark
never runs this (no network at run time); it reads the committed file.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

REPO = "lszoszk/UN-TreatyBodiesDocSearch"
LICENCE = "MIT (repository); UN text freely reproducible"
OUT = Path(__file__).resolve().parents[1] / "data" / "treaty_bodies.jsonl.gz"


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout


def gather(git_dir: Path) -> list[dict]:
    """One record per document of `json_data/` that `GC-info.json` describes."""
    commit = _git(git_dir, "rev-parse", "HEAD").decode().strip()
    info = {i["File PATH"].lstrip("/"): i
            for i in json.loads(_git(git_dir, "show", "HEAD:GC-info.json"))}
    paths = _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "json_data").decode().split("\n")
    out = []
    for path in sorted(p for p in paths if p.endswith(".json")):
        meta = info.get(path)
        if meta is None:
            print(f"skipped {path}: not described in GC-info.json", file=sys.stderr)
            continue
        paras = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
        out.append({
            "path": path, "repository": REPO, "commit": commit, "licence": LICENCE,
            "name": meta["Name"], "short_name": meta.get("Simplified Name", ""),
            "symbol": meta.get("Signature", ""), "committee": meta.get("Committee", ""),
            "adopted": meta.get("Adoption Date", ""), "year": meta.get("Adoption Year"),
            "link": meta.get("Link", ""),
            "paragraphs": [{"ID": p.get("ID"), "Labels": p.get("Labels") or [],
                            "Text": p.get("Text", "")} for p in paras],
        })
    return out


def write(records: list[dict], out: Path) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        for rec in records:
            gz.write((json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("git_dir", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    records = gather(args.git_dir)
    write(records, args.out)
    n = sum(len(r["paragraphs"]) for r in records)
    print(f"{len(records)} documents, {n} paragraphs → {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
