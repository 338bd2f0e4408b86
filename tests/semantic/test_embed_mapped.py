"""Embedding through a mapper (`build --workers`): the batches are the uncached texts, longest
first, cut every `batch_size` — the same batches as in a serial run, whatever runs them — so the
vectors are the same; the main process writes the cache."""
from __future__ import annotations

import numpy as np
import pytest

from corpus_tool.errors import InputError
from corpus_tool.parallel import Lost, serial_map
from corpus_tool.project import Project
from corpus_tool.semantic.embed import embed_texts, encode_batch

from tests.semantic.conftest import gc_paragraphs


def _recording(log: list):
    def mapper(fn, tasks):
        log.append([list(t) for t in tasks])
        # out of order, as workers finish
        return reversed(list(serial_map(fn, tasks)))
    return mapper


def test_mapped_batches_and_vectors_are_those_of_a_serial_run(tmp_path):
    texts = [p["text"] for p in gc_paragraphs()][:90]
    serial = embed_texts(Project(tmp_path / "a"), texts, backend="hash", batch_size=32)
    log: list = []
    mapped = embed_texts(Project(tmp_path / "b"), texts, backend="hash", batch_size=32,
                         mapper=_recording(log))
    assert mapped.tobytes() == serial.tobytes()
    (batches,) = log
    assert [len(b) for b in batches] == [32, 32, len(set(texts)) - 64]
    flat = [t for b in batches for t in b]
    assert flat == sorted(set(texts), key=lambda t: (-len(t), flat.index(t)))
    assert len(flat[0]) == max(len(t) for t in texts)
    # the cache was written by this process: a second run maps nothing
    log.clear()
    again = embed_texts(Project(tmp_path / "b"), texts, backend="hash", batch_size=32,
                        mapper=_recording(log))
    assert again.tobytes() == serial.tobytes() and log == [[]]


def test_encode_batch_is_the_named_backend():
    v = encode_batch("hash", ["free primary education", ""])
    assert v.shape == (2, 512) and v.dtype == np.float32 and not v[1].any()


def test_a_lost_batch_is_an_error_naming_what_was_lost(tmp_path):
    def dead(fn, tasks):
        for i, _ in enumerate(tasks):
            yield i, Lost("its Dask worker died: tcp://127.0.0.1:1")
    with pytest.raises(InputError, match="worker died: tcp://127.0.0.1:1 while embedding a "
                                         "batch of 2 texts"):
        embed_texts(Project(tmp_path), ["one text", "another"], backend="hash", mapper=dead)
