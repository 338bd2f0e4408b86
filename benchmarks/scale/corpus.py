"""The scale corpus: the reference corpus, the UN treaty-body General Comments and
Recommendations of `benchmarks/data/treaty_bodies.jsonl.gz`, and seeded re-combinations of their
paragraphs into new documents, to reach ×N the reference corpus's passages.

    python -m benchmarks.scale.corpus --factor 10 [--out build/scale/x10] [--seed 19]

writes a project folder (not committed; under build/): `corpus/` with the files and
`corpus/manifest.csv`, `annotations/codebook.yaml` (the reference codebook) and an empty
`indicators/`. Nothing in it is invented text:

- ×1 is the reference corpus alone (its 36 documents, copied with their manifest rows).
- ×N (N > 1) adds the 166 General Comments of the data set that the reference corpus does not
  already hold, each unchanged as a JSON paragraph list, then "recombined" documents until the
  paragraphs reach N × the reference corpus's passages. A recombined document takes the length
  (in paragraphs) of a real General Comment drawn at random, and draws that many paragraphs,
  without repetition, from all the paragraphs of the same committee; each keeps its text and
  labels, is renumbered 1…n, and names the document and paragraph it came from (`Source`).
- The draws come from `random.Random(seed)` only: the same seed, data set and factor give the
  same files, byte for byte.

A paragraph of the data set is one passage when ingested, so the paragraph count is the target;
the benchmark reports the passages actually ingested. Paragraphs recur across recombined
documents (the data set has 6,536), so at ×10 and ×100 many passage and statement texts repeat:
stages that cache by text hash (embeddings) do less work than the passage count suggests, and the
benchmark says how many distinct texts there were.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import random
import re
import shutil
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data" / "treaty_bodies.jsonl.gz"
FIELDS = ["id", "title", "issuer", "year", "type", "legal_force", "language", "path", "source",
          "licence", "sha256"]
SEED = 19
COMMITTEES = {
    "CAT": "UN Committee against Torture",
    "CCPR": "UN Human Rights Committee",
    "CED": "UN Committee on Enforced Disappearances",
    "CEDAW": "UN Committee on the Elimination of Discrimination against Women",
    "CERD": "UN Committee on the Elimination of Racial Discrimination",
    "CESCR": "UN Committee on Economic, Social and Cultural Rights",
    "CMW": "UN Committee on Migrant Workers",
    "CRC": "UN Committee on the Rights of the Child",
    "CRPD": "UN Committee on the Rights of Persons with Disabilities",
}


def load_treaty_bodies(path: Path = DATA) -> list[dict]:
    """The data set's documents, in file order (sorted by path)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def reference_rows() -> list[dict]:
    with open(ROOT / "corpus" / "manifest.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def doc_id(rec: dict) -> str:
    stem = Path(rec["path"]).stem.removeprefix("Annotated_")
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return f"tb-{slug}-{rec['year']}" if rec.get("year") else f"tb-{slug}"


def _issuer(committee: str) -> str:
    names = [COMMITTEES.get(c.strip(), c.strip()) for c in committee.split(",") if c.strip()]
    return "; ".join(names) or "UN treaty body"


def _type(rec: dict) -> str:
    name = rec["name"].lower()
    return "general recommendation" if "recommendation" in name else "general comment"


def _json_bytes(paragraphs: list[dict]) -> bytes:
    return (json.dumps(paragraphs, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _write(dest: Path, rel: str, data: bytes) -> str:
    p = dest / "corpus" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def make_scale_project(factor: int, dest: Path, *, reference_passages: int,
                       seed: int = SEED, data: Path = DATA) -> dict:
    """Write the ×`factor` project to `dest` (replacing it); returns counts of what it holds."""
    if factor < 1:
        raise ValueError("factor must be ≥ 1")
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "annotations").mkdir(parents=True)
    (dest / "indicators").mkdir()
    shutil.copy2(ROOT / "annotations" / "codebook.yaml", dest / "annotations" / "codebook.yaml")
    rows = []
    for row in reference_rows():
        shutil.copy2(ROOT / "corpus" / row["path"], _target(dest, row["path"]))
        rows.append(row)
    counts = {"factor": factor, "seed": seed, "reference_documents": len(rows),
              "reference_passages": reference_passages, "treaty_body_documents": 0,
              "recombined_documents": 0, "paragraphs_added": 0}
    if factor > 1:
        records = load_treaty_bodies(data)
        have = {Path(r["path"]).name for r in rows}
        for rec in records:
            if Path(rec["path"]).name in have:
                continue
            rel = f"treaty-bodies/{Path(rec['path']).name}"
            sha = _write(dest, rel, _json_bytes(rec["paragraphs"]))
            rows.append({"id": doc_id(rec), "title": rec["name"],
                         "issuer": _issuer(rec["committee"]),
                         "year": str(rec.get("year") or ""), "type": _type(rec),
                         "legal_force": "non-binding", "language": "en", "path": rel,
                         "source": f"https://github.com/{rec['repository']}/blob/{rec['commit']}/"
                                   f"{rec['path']}",
                         "licence": rec["licence"], "sha256": sha})
            counts["treaty_body_documents"] += 1
            counts["paragraphs_added"] += len(rec["paragraphs"])
        target = factor * reference_passages - reference_passages
        counts["recombined_documents"] = _recombine(records, dest, rows, counts, target, seed)
    rows.sort(key=lambda r: r["id"])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (dest / "corpus" / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts["documents"] = len(rows)
    (dest / "scale.json").write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    return counts


def _target(dest: Path, rel: str) -> Path:
    p = dest / "corpus" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def _recombine(records: list[dict], dest: Path, rows: list[dict], counts: dict, target: int,
               seed: int) -> int:
    """Add recombined documents until `counts["paragraphs_added"]` reaches `target`."""
    rng = random.Random(seed)
    pools: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for rec in records:
        for para in rec["paragraphs"]:
            if str(para.get("Text") or "").strip():
                pools[rec["committee"]].append((rec, para))
    n = 0
    while counts["paragraphs_added"] < target:
        model = rng.choice(records)
        pool = pools[model["committee"]]
        k = min(len(model["paragraphs"]), len(pool), target - counts["paragraphs_added"])
        picked = rng.sample(pool, max(k, 1))
        n += 1
        paragraphs = [{"ID": i, "Labels": para.get("Labels") or [], "Text": para["Text"],
                       "Source": f"{Path(src['path']).name} para. {para.get('ID')}"}
                      for i, (src, para) in enumerate(picked, 1)]
        rel = f"recombined/rc-{n:05d}.json"
        sha = _write(dest, rel, _json_bytes(paragraphs))
        sources = sorted({src["symbol"] or Path(src["path"]).name for src, _ in picked})
        rows.append({
            "id": f"rc-{seed}-{n:05d}",
            "title": f"Recombined {model['committee']} document {n} (seed {seed}): "
                     f"{len(picked)} paragraphs of {len(sources)} General Comments",
            "issuer": _issuer(model["committee"]), "year": str(model.get("year") or ""),
            "type": _type(model), "legal_force": "non-binding", "language": "en", "path": rel,
            "source": f"benchmarks/scale/corpus.py, seed {seed}, from "
                      f"{model['repository']}@{model['commit'][:12]}",
            "licence": model["licence"], "sha256": sha})
        counts["paragraphs_added"] += len(picked)
    return n


def count_reference_passages(work: Path) -> int:
    """The passages of the reference corpus, by ingesting a copy of it into `work`."""
    from corpus_tool.corpus import ingest
    from corpus_tool.project import open_project
    from corpus_tool.store.db import connect
    make_scale_project(1, work, reference_passages=0)
    ingest(open_project(work))
    conn = connect(open_project(work).db_path)
    try:
        return conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--factor", type=int, required=True, help="×N the reference passages")
    ap.add_argument("--out", type=Path, help="project folder (default build/scale/xN)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--reference-passages", type=int,
                    help="skip counting them (ingests a copy of the reference corpus)")
    args = ap.parse_args(argv)
    out = args.out or ROOT / "build" / "scale" / f"x{args.factor}"
    ref = args.reference_passages or count_reference_passages(ROOT / "build" / "scale" / "x1")
    counts = make_scale_project(args.factor, out, reference_passages=ref, seed=args.seed)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
