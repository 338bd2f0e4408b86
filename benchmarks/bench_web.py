"""The workbench's overhead over the library it calls, on a copy of the reference corpus.

Prints (medians of REPEAT runs), side by side:
- opening the largest document in the page's API (passages + statements + annotations, JSON)
  vs the same library calls made directly;
- tagging a quote through the API (HTTP + token check + JSON) vs `add_annotation` directly;
- a full-text search through the API vs `store.search_passages` directly.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
sys.path.insert(0, str(ROOT / "tests"))


def _median(fn, repeat: int = REPEAT) -> float:
    times = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run() -> dict:
    from corpus_tool.coding.annotations import add_annotation
    from corpus_tool.coding.files import load_annotations
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import init_project
    from corpus_tool.store.db import connect, get_document, iter_passages, search_passages
    from corpus_tool.web.server import make_server
    from tests.web.conftest import Client

    tmp = Path(tempfile.mkdtemp(prefix="bench-web-"))
    try:
        project = init_project(tmp / "proj")
        shutil.rmtree(project.corpus_dir)
        shutil.copytree(ROOT / "corpus", project.corpus_dir)
        ingest(project)
        with closing(connect(project.db_path)) as conn:
            doc_id, n = conn.execute("SELECT doc_id, count(*) AS n FROM passages GROUP BY doc_id "
                                     "ORDER BY n DESC LIMIT 1").fetchone()
            passages = list(iter_passages(conn, doc_id, lang="en"))
        quotes = [p.text[:60].strip() for p in passages if len(p.text) > 80][:4 * REPEAT]

        server = make_server(project, port=0, quiet=True, token="bench", backend="hash")
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        client = Client(server.url, token="bench")
        try:
            def lib_doc(_):
                from corpus_tool.web.api import doc_statements
                with closing(connect(project.db_path)) as conn:
                    get_document(conn, doc_id)
                    [p.to_dict() for p in iter_passages(conn, doc_id)]
                    doc_statements(conn, doc_id)
                load_annotations(project, doc_id=doc_id)

            def api_doc(_):
                status, _, _ = client.get(f"/api/docs/{doc_id}")
                assert status == 200

            def lib_add(i):
                add_annotation(project, doc_id=doc_id, quote=quotes[i], area="access",
                               coder="bench-lib")

            def api_add(i):
                status, data, _ = client.post("/api/annotations", {
                    "doc": doc_id, "quote": quotes[REPEAT + i], "area": "access",
                    "coder": "bench-api"})
                assert status == 200, data

            def lib_search(_):
                with closing(connect(project.db_path)) as conn:
                    search_passages(conn, "mother tongue instruction", limit=30)

            def api_search(_):
                status, _, _ = client.get("/api/search?q=mother+tongue+instruction")
                assert status == 200

            api_doc(0)  # warm imports
            t = {"doc_lib": _median(lib_doc), "doc_api": _median(api_doc),
                 "add_lib": _median(lib_add), "add_api": _median(api_add),
                 "search_lib": _median(lib_search), "search_api": _median(api_search)}
        finally:
            server.shutdown()
            server.server_close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    out = {"document": doc_id, "passages": n, "repeat": REPEAT}
    for k, v in t.items():
        out[k + "_ms"] = round(v * 1000, 1)
    for k in ("doc", "add", "search"):
        out[k + "_api_over_lib"] = round(t[k + "_api"] / t[k + "_lib"], 2)
    print(f"largest document: {doc_id} ({n} passages); medians of {REPEAT} runs")
    print(f"  open document : library {out['doc_lib_ms']:7.1f} ms   API {out['doc_api_ms']:7.1f} ms"
          f"   ratio {out['doc_api_over_lib']}×")
    print(f"  tag a quote   : library {out['add_lib_ms']:7.1f} ms   API {out['add_api_ms']:7.1f} ms"
          f"   ratio {out['add_api_over_lib']}×")
    print(f"  text search   : library {out['search_lib_ms']:7.1f} ms   API "
          f"{out['search_api_ms']:7.1f} ms   ratio {out['search_api_over_lib']}×")
    return out


if __name__ == "__main__":
    run()
