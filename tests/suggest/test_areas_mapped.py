"""Area suggestions on a mapper (`build --workers`): the model is fitted once here, the texts
embedded into the cache (as tasks too) and scored in partitions of `PARTITION_TEXTS` as tasks
that read their vectors from the cache, in the same partitions as a serial run."""
from __future__ import annotations

import pickle

from corpus_tool.parallel import serial_map
from corpus_tool.project import init_project
from corpus_tool.suggest import areas as A

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
