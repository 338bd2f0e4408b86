"""Area suggestions on a mapper (`build --workers`): the model is fitted once here, the texts
embedded into the cache (as tasks too) and scored in partitions of `PARTITION_TEXTS` as tasks
that read their vectors from the cache, in the same partitions as a serial run."""
from __future__ import annotations

import json
import pickle

from corpus_tool.parallel import partition, serial_map
from corpus_tool.project import init_project
from corpus_tool.statements.stage import (StatementSpan, list_statements, span_texts,
                                          statement_spans, statement_texts, update_statements)
from corpus_tool.store.db import connect
from corpus_tool.suggest import areas as A
from corpus_tool.suggest import saved as S
from corpus_tool.suggest.review import reject_suggestion

from tests.coding.conftest import small_project
from tests.conftest import REPO

TEXTS = ["Primary education shall be free and compulsory for all children, irrespective of their "
         "residence status.",
         "Schools offer lessons in the mother tongue of pupils with a migrant background.",
         "States shall ensure that teachers are trained in intercultural education.",
         "Every child has the right to an adequate standard of living.",
         "Pupils with a migrant background receive extra language support in class."]


def test_mapped_suggestions_are_those_of_a_serial_run(tmp_path, monkeypatch):
    project = init_project(tmp_path / "p")
    (project.codebook_path).write_bytes((REPO / "annotations" / "codebook.yaml").read_bytes())
    monkeypatch.setattr(A, "PARTITION_TEXTS", 2)
    parts: list = []

    def mapper(fn, tasks):
        # what a worker gets must travel: the fitted model is pickled with each task
        pickle.loads(pickle.dumps(fn))
        if getattr(fn, "func", None) is A.suggest_cached:
            # the scoring tasks carry ids and texts only: the vectors are read from the cache
            assert all(isinstance(t, str) for inputs in tasks for pair in inputs for t in pair)
            parts.append([[sid for sid, _ in inputs] for inputs in tasks])
        return reversed(list(serial_map(fn, tasks)))

    serial = A.suggest_areas(project, texts=TEXTS, backend="hash")
    mapped = A.suggest_areas(project, texts=TEXTS, backend="hash", mapper=mapper)
    assert parts == [[["text-1", "text-2"], ["text-3", "text-4"], ["text-5"]]]
    assert mapped == serial
    assert [s.id for s in mapped] == [f"text-{i}" for i in range(1, 6)]


def test_saved_suggestions_are_the_json_of_suggest_areas_wherever_scored(tmp_path, monkeypatch):
    # the build's suggest stage: each task scores its partition, leaves out the rejected areas
    # and returns its JSON; written in partition order whatever order the tasks finish in
    project = small_project(tmp_path / "p", ["crc-gc1-2001"])
    monkeypatch.setattr(A, "PARTITION_TEXTS", 7)
    first = A.suggest_areas(project, backend="hash")
    reject_suggestion(project, statement_id=first[0].id, coder="coder-b", backend="hash")
    for _ in first[3].scores:
        reject_suggestion(project, statement_id=first[3].id, coder="coder-b", backend="hash")
    expected = A.suggest_areas(project, backend="hash")
    assert len(expected) == len(first) - 1 and len(expected[0].scores) == len(first[0].scores) - 1
    want = json.dumps([s.to_dict() for s in expected], ensure_ascii=False) + "\n"
    returned: list = []

    def mapper(fn, tasks):
        fn = pickle.loads(pickle.dumps(fn))          # the task travels, with its rejections
        res = list(serial_map(fn, tasks))
        returned.extend(r for _, r in res)
        return reversed(res)

    serial = S.write_suggestions(project, tmp_path / "serial.json", backend="hash")
    mapped = S.write_suggestions(project, tmp_path / "mapped.json", backend="hash", mapper=mapper)
    assert (tmp_path / "serial.json").read_text(encoding="utf-8") == want
    assert (tmp_path / "mapped.json").read_bytes() == (tmp_path / "serial.json").read_bytes()
    assert serial == mapped == {"suggestions": len(expected), "method": "few-shot",
                                "model_id": expected[0].model_id}
    # what came back from the tasks: counts and text, one per partition of 7
    assert len(returned) == -(-len(first) // 7) > 2
    assert all(isinstance(n, int) and isinstance(t, str) for n, t in returned)



def test_saved_suggestions_are_read_back_one_at_a_time_each_time(tmp_path):
    # what the draft stage gets: the file, read as it is iterated (twice by a draft), never a
    # list of every suggestion
    project = small_project(tmp_path / "p", ["crc-gc1-2001"])
    expected = A.suggest_areas(project, backend="hash")
    path = tmp_path / "s.json"
    S.write_suggestions(project, path, backend="hash")
    saved = S.read_suggestions(path)
    assert len(saved) == len(expected) > 10 and saved
    assert list(saved) == expected and list(saved) == expected
    assert not isinstance(saved, list) and not any(isinstance(v, list)
                                                   for v in vars(saved).values())
    path.write_text("[]\n", encoding="utf-8")
    assert list(S.read_suggestions(path)) == [] and not S.read_suggestions(path)
    path.write_text('[{"id": "x"}, ', encoding="utf-8")     # cut short: no suggestions
    assert S.read_suggestions(path) is None
    assert S.read_suggestions(tmp_path / "none.json") is None


def test_the_statements_texts_are_read_in_the_order_of_list_statements(tmp_path):
    # what suggestions read of every statement: ids and texts only, in document order
    project = small_project(tmp_path / "p", ["crc-gc1-2001", "un-crc-1989"])
    conn = connect(project.db_path)
    try:
        assert statement_texts(conn) == []            # none extracted: the passages are scored
        update_statements(conn, pipeline="rules")
        full = [(s.id, s.text) for s in list_statements(conn)]
        assert statement_texts(conn) == full and len(full) > 100
        assert [i for i, _ in full] != sorted(i for i, _ in full)   # not in id order
    finally:
        conn.close()
    assert A.statement_inputs(project, None) == full


def test_every_statement_is_scored_in_spans_of_the_index_the_tasks_read_themselves(
        tmp_path, monkeypatch):
    # the build's suggest stage over the statements: a task carries a span of the index (no
    # text), reads its statements there, and the file is what scoring their texts gives
    project = small_project(tmp_path / "p", ["crc-gc1-2001", "un-crc-1989"])
    conn = connect(project.db_path)
    try:
        update_statements(conn, pipeline="rules")
        texts = statement_texts(conn)
        spans = statement_spans(conn, 7)
    finally:
        conn.close()
    # the partitions of 7 in document order, found from each document's count
    assert [span_texts(sp) for sp in spans] == partition(texts, 7)
    assert any(sp.first != sp.last for sp in spans) and any(sp.skip for sp in spans)
    monkeypatch.setattr(A, "PARTITION_TEXTS", 7)
    _, parts, fn = A.scoring_tasks(project, texts, backend="hash")
    rejected: set = set()
    want = "[" + ", ".join(t for n, t in (S.suggestions_json(fn, rejected, p) for p in parts)
                           if n) + "]\n"
    sent: list = []

    def mapper(fn, tasks):
        fn = pickle.loads(pickle.dumps(fn))
        tasks = [pickle.loads(pickle.dumps(t)) for t in tasks]
        sent.extend(tasks)
        return reversed(list(serial_map(fn, tasks)))

    S.write_suggestions(project, tmp_path / "mapped.json", backend="hash", mapper=mapper)
    S.write_suggestions(project, tmp_path / "serial.json", backend="hash")
    assert (tmp_path / "mapped.json").read_text(encoding="utf-8") == want
    assert (tmp_path / "serial.json").read_text(encoding="utf-8") == want
    assert sent == spans and all(isinstance(t, StatementSpan) for t in sent)
    assert len(want) > 1000

