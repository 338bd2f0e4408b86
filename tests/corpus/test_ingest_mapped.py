"""Ingest through a mapper (what `build --workers` passes in): documents are read in partitions
as tasks, the main process writes them, and a partition whose worker died is read again one
document per task, so only the document that kills its worker fails, named in the report."""
from __future__ import annotations

from corpus_tool.corpus import driver
from corpus_tool.corpus.driver import extract_partition, ingest
from corpus_tool.parallel import Lost, serial_map
from corpus_tool.store import db as store

from tests.conftest import REPO, make_project

GC = REPO / "corpus" / "general-comments"
FILES = {"gc1.json": GC / "Annotated_CRC-GC1-AimsEd.json",
         "gc6.json": GC / "Annotated_CRC-GC6-UASC.json",
         "gc23.json": GC / "Annotated_CCPR_GC23_minorities.json"}
ROWS = [{"id": "crc-gc1-2001", "title": "GC 1", "issuer": "CRC", "year": "2001",
         "path": "gc1.json"},
        {"id": "crc-gc6-2005", "title": "GC 6", "issuer": "CRC", "year": "2005",
         "path": "gc6.json"},
        {"id": "ccpr-gc23-1994", "title": "GC 23", "issuer": "CCPR", "year": "1994",
         "path": "gc23.json"}]


def _passages(project) -> list[tuple]:
    conn = store.connect(project.db_path)
    try:
        return [tuple(r) for r in conn.execute(
            "SELECT id, doc_id, seq, page, locator, start, \"end\", lang, text FROM passages "
            "ORDER BY id")]
    finally:
        conn.close()


def test_a_mapped_ingest_stores_what_the_process_pool_stores(tmp_path, monkeypatch):
    monkeypatch.setattr(driver, "PARTITION_BYTES", 50_000)
    pooled = make_project(tmp_path / "pool", ROWS, FILES)
    mapped = make_project(tmp_path / "mapped", ROWS, FILES)
    seen: list[list] = []

    def mapper(fn, tasks):
        seen.append([len(t) for t in tasks])
        return serial_map(fn, tasks)

    a = ingest(pooled, workers=2)
    b = ingest(mapped, mapper=mapper)
    # 3 documents in partitions of at most 50 kB by id, the biggest first: [crc-gc6] (81 kB,
    # alone), then [ccpr-gc23, crc-gc1] (37 kB)
    assert seen == [[1, 2]]
    assert a["ingested"] == b["ingested"] == ["ccpr-gc23-1994", "crc-gc1-2001", "crc-gc6-2005"]
    assert a["passages"] == b["passages"] > 50
    assert _passages(pooled) == _passages(mapped)


def test_a_document_that_kills_its_worker_is_reported_and_the_others_are_stored(tmp_path,
                                                                                monkeypatch):
    monkeypatch.setattr(driver, "PARTITION_BYTES", 50_000)
    project = make_project(tmp_path / "p", ROWS, FILES)
    calls: list[int] = []

    def mapper(fn, tasks):                       # the worker dies on gc1.json, every time
        calls.append(len(tasks))
        for i, task in enumerate(tasks):
            if any(path.endswith("gc1.json") for path, _lang, _pw in task):
                yield i, Lost("its Dask worker died: tcp://127.0.0.1:1")
            else:
                yield i, fn(task)

    rep = ingest(project, mapper=mapper)
    assert calls == [2, 2]      # two partitions, then the dead one's 2 documents one by one
    # partitions of at most 50 kB by id, biggest first: [crc-gc6], [ccpr-gc23, crc-gc1]
    # (dies); then ccpr-gc23 and crc-gc1 alone
    assert rep["ingested"] == ["ccpr-gc23-1994", "crc-gc6-2005"]
    assert [(f["doc_id"], f["path"]) for f in rep["failed"]] == [("crc-gc1-2001",
                                                                  "corpus/gc1.json")]
    assert rep["failed"][0]["message"].startswith(
        "the reader crashed on this file (its Dask worker died: tcp://127.0.0.1:1)")
    assert {p[1] for p in _passages(project)} == {"ccpr-gc23-1994", "crc-gc6-2005"}


def test_extract_partition_returns_one_result_or_message_per_file(tmp_path):
    missing = str(tmp_path / "gone.json")
    res = extract_partition([(str(FILES["gc1.json"]), "en", None), (missing, "en", None)])
    assert len(res) == 2
    assert res[0].segments and res[0].reader.startswith("json")
    assert res[1].startswith("file not found")
