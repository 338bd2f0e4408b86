"""Compare the reference build of two checkouts byte for byte (behaviour unchanged by a refactor).

    python scripts/compare_builds.py BASE NEW [--build] [--keep-build]

BASE and NEW are checkouts of this repository (e.g. a worktree of the commit before a refactor:
`git worktree add /work/wt/base b8ab537`). Each is run with its own package on PYTHONPATH and the
interpreter of NEW's `.venv`. With `--build`, each checkout's project (corpus/, annotations/,
indicators/) is copied to the same scratch folder (`--scratch`, default
/tmp/compare-builds/project) and built there from scratch (about 75 s each on a quiet machine),
so the project's name and paths, "unchanged" counts and caches cannot differ; without it the
checkouts' own `build/` folders are compared (then the report's project name and its paths,
cut at a fixed width, differ with the folder names).

Compared: every file under `indicators/`, `build/report/`, `build/provenance/` and
`build/validate.json`, plus the `--json` output of a few read-only commands (COMMANDS below).
Masked before comparing, and only these: ISO timestamps (`2026-11-30T18:18:38Z`) and stage
durations (`(0.9 s)`) in the build report, and each checkout's own absolute path (it appears in
the report's summary of where files were written). The `.xlsx` provenance is a zip whose entries
carry a write time, so it is compared by its unpacked entries' contents.

Exit 0 when everything is identical, 1 with a list of the differing files otherwise.
"""
from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

COMMANDS = [
    ["docs", "list", "--json"],
    ["statements", "--doc", "un-crc-1989", "--json"],
    ["indicators", "list", "--json"],
    ["annotations", "check", "--json"],
    ["annotations", "list", "--json"],
    ["areas", "list", "--json"],
    ["search", "free primary education", "--json"],
]
TREES = ["indicators", "build/report", "build/provenance", "build/validate.json"]
PROJECT_DIRS = ["corpus", "annotations", "indicators", "answers"]
TIMESTAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?")
DURATION = re.compile(rb"\(\d+(?:\.\d+)? s\)")


def run(root: Path, venv: Path, args: list[str], code: Path | None = None
        ) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(code or root)}
    return subprocess.run([str(venv / "bin" / "corpus-tool"), *args], cwd=root, env=env,
                          capture_output=True)


def mask(data: bytes, root: Path, name: str) -> bytes:
    if name.endswith(".xlsx"):   # a zip: compare the entries (their write times masked)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            data = b"\n".join(n.encode() + b"\0" + z.read(n) for n in sorted(z.namelist()))
    data = data.replace(str(root).encode(), b"<ROOT>")
    return DURATION.sub(b"(<s>)", TIMESTAMP.sub(b"<TIME>", data))


def snapshot(root: Path, venv: Path, code: Path | None = None) -> dict[str, bytes]:
    """Masked outputs of the project at `root` (its package from `code`, default `root`)."""
    out: dict[str, bytes] = {}
    for t in TREES:
        p = root / t
        files = [p] if p.is_file() else sorted(x for x in p.rglob("*") if x.is_file())
        for f in files:
            rel = str(f.relative_to(root))
            out[rel] = mask(f.read_bytes(), root, rel)
    for cmd in COMMANDS:
        r = run(root, venv, cmd, code)
        key = "$ corpus-tool " + " ".join(cmd)
        out[key] = mask(b"exit %d\n" % r.returncode + r.stdout, root, key)
    return out


def built(checkout: Path, venv: Path, scratch: Path) -> dict[str, bytes] | None:
    """Copy the checkout's project to `scratch`, build it from scratch with the checkout's
    package, and return the snapshot (None when the build failed)."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for d in PROJECT_DIRS:
        if (checkout / d).is_dir():
            shutil.copytree(checkout / d, scratch / d)
    r = run(scratch, venv, ["build"], checkout)
    if r.returncode:
        sys.stderr.write(r.stderr.decode())
        print(f"build failed for {checkout}")
        return None
    snap = snapshot(scratch, venv, checkout)
    shutil.rmtree(scratch, ignore_errors=True)
    return snap


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--build", action="store_true",
                    help="build both from scratch in the same scratch folder first")
    ap.add_argument("--scratch", type=Path, default=Path("/tmp/compare-builds/project"))
    a = ap.parse_args()
    base, new = a.base.resolve(), a.new.resolve()
    venv = new / ".venv" if (new / ".venv").is_dir() else Path(sys.prefix)
    if a.build:
        sb = built(base, venv, a.scratch)
        sn = built(new, venv, a.scratch) if sb is not None else None
        if sb is None or sn is None:
            return 1
    else:
        sb, sn = snapshot(base, venv), snapshot(new, venv)
    diff = sorted(k for k in sb.keys() | sn.keys() if sb.get(k) != sn.get(k))
    for k in sorted(sb.keys() | sn.keys()):
        print(("DIFF " if k in diff else "same ") + k)
    print(f"{len(sb.keys() | sn.keys()) - len(diff)} identical, {len(diff)} differing")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
