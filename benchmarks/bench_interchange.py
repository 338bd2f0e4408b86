"""Exchange with QDA and annotation tools on a copy of the reference project (36 documents,
166 annotations by two coders, the reference framework's indicator titles as code names).

Prints (medians of REPEAT runs):
- `.qdpx` export: seconds (target < 5 s), size, documents, annotations, codes, users, and its
  ratio to the W3C JSON-LD export of the same annotations
- `.qdc` codebook export: ms
- `.qdpx` import into a fresh copy of the project (no annotation files): seconds, annotations
  imported, anchoring statuses, and whether the round trip gave the same annotations
"""
from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def _median(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _copy(root: Path, *, annotations: bool) -> Path:
    shutil.copytree(ROOT / "corpus", root / "corpus")
    shutil.copytree(ROOT / "indicators", root / "indicators")
    (root / "annotations").mkdir()
    for f in (ROOT / "annotations").iterdir():
        if f.name == "codebook.yaml" or (annotations and f.suffix == ".jsonl"):
            shutil.copyfile(f, root / "annotations" / f.name)
    return root


def run() -> dict:
    from corpus_tool.coding.interchange import export_w3c
    from corpus_tool.coding.files import load_annotations
    from corpus_tool.framework import load_framework
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import Project
    from corpus_tool.indicators.provenance import indicator_codes
    from corpus_tool.coding.qdpx_export import build_qdc, build_qdpx, export_qdpx
    from corpus_tool.coding.qdpx_import import import_qdpx

    tmp = Path(tempfile.mkdtemp(prefix="bench-interchange-"))
    try:
        ref = Project(_copy(tmp / "ref", annotations=True))
        fresh = Project(_copy(tmp / "fresh", annotations=False))
        ingest(ref)
        ingest(fresh)
        inds = indicator_codes(load_framework(ref.indicators_dir / "framework.yaml"))
        out: dict = {"repeat": REPEAT}
        path = tmp / "study.qdpx"
        s = export_qdpx(ref, path, indicators=inds)
        out.update(documents=s.documents, annotations=s.annotations, codes=s.codes,
                   users=s.users, qdpx_bytes=s.bytes)
        out["export_qdpx_s"] = round(_median(lambda: build_qdpx(ref, indicators=inds)), 3)
        out["export_qdpx_under_5s"] = out["export_qdpx_s"] < 5
        w3c = _median(lambda: export_w3c(ref))
        out["export_w3c_s"] = round(w3c, 3)
        out["qdpx_over_w3c"] = round(out["export_qdpx_s"] / w3c, 1)
        out["export_qdc_ms"] = round(_median(lambda: build_qdc(ref, indicators=inds)) * 1e3, 1)
        t0 = time.perf_counter()
        rep = import_qdpx(fresh, path, indicators=inds)
        out["import_qdpx_s"] = round(time.perf_counter() - t0, 3)
        out["imported"] = rep.imported
        out["anchoring"] = rep.anchoring

        def key(a):
            return (a.doc_id, a.anchor.exact, a.area, a.indicator or "", a.creator, a.memo)
        out["round_trip_same"] = sorted(map(key, load_annotations(fresh))) == \
            sorted(map(key, load_annotations(ref)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for k, v in out.items():
        print(f"{k:48s} {v}")
    return out


if __name__ == "__main__":
    run()
