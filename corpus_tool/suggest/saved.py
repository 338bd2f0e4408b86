"""Every statement's area suggestions, written to one JSON file (what `build`'s suggest stage
saves for the draft stage).

The statements are scored in the partitions of `areas.statement_scoring_tasks`: spans of the
index that each task reads itself, so no text travels to a task; each task also leaves out the
areas a person rejected and serialises its suggestions, so the tasks (on Dask workers with
`build --workers`) return text, and this process only writes the partitions' text in order:
no statement's text is held and no suggestion object is made, sent or serialised here.
Wherever the tasks ran, the file holds the bytes of
`json.dumps([s.to_dict() for s in suggest_areas(project)], ensure_ascii=False) + "\\n"`."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TypedDict

from corpus_tool.coding.rejections import rejected_pairs, without_rejected
from corpus_tool.formats import atomic_write_chunks, iter_json_list
from corpus_tool.models import Suggestion
from corpus_tool.parallel import Mapper, serial_map
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.suggest.areas import (statement_inputs, scored, scoring_tasks, span_progress,
                                      statement_scoring_tasks)


class SavedSuggestions(TypedDict):
    """What `write_suggestions` wrote: how many suggestions, by which model and method."""
    suggestions: int
    method: str
    model_id: str | None


def suggestions_json(score: Callable, rejected: set[tuple[str, str]], part) -> tuple[int, str]:
    """One partition's suggestions, without the rejected areas, as the JSON of a list's items
    joined by ", " (its count first): what a Dask worker runs."""
    sugg = without_rejected(score(part), rejected)
    return len(sugg), ", ".join(json.dumps(s.to_dict(), ensure_ascii=False) for s in sugg)


def _in_order(results: Iterator[tuple[int, object]], n: int) -> Iterator[tuple[int, str]]:
    """The tasks' results in partition order, as they come (kept only until their turn)."""
    waiting: dict[int, tuple[int, str]] = {}
    nxt = 0
    for i, res in results:
        waiting[i] = scored(res)
        while nxt in waiting:
            yield waiting.pop(nxt)
            nxt += 1
    if nxt != n:
        raise RuntimeError(f"{n - nxt} partition(s) of suggestions never came back")


def write_suggestions(project: Project, path: Path, *, backend: str = "minilm",
                      method: str = "auto", progress: Progress | None = None,
                      mapper: Mapper | None = None) -> SavedSuggestions:
    """Suggest areas for every statement (as `suggest_areas(project)`, rejected areas left
    out) and write them to `path` atomically, partition by partition. The partitions are
    spans of the index that each task reads itself (`areas.statement_scoring_tasks`), unless
    there are no statements (the passages are scored) or the backend is fitted on the texts."""
    found = statement_scoring_tasks(project, backend=backend, method=method, mapper=mapper)
    if found is None:
        found = scoring_tasks(project, statement_inputs(project, None), backend=backend,
                              method=method, progress=progress, mapper=mapper)
    model, parts, fn = found
    task = partial(suggestions_json, fn, rejected_pairs(project))
    count = 0

    def chunks() -> Iterator[bytes]:
        nonlocal count
        yield b"["
        results = span_progress((mapper or serial_map)(task, parts), parts, progress)
        for n, text in _in_order(results, len(parts)):
            if n:
                yield ((", " if count else "") + text).encode("utf-8")
                count += n
        yield b"]\n"

    atomic_write_chunks(path, chunks())
    return {"suggestions": count, "method": model.method if count else "",
            "model_id": model.model_id if count else None}


class SuggestionFile(Iterable[Suggestion]):
    """The suggestions of a file `write_suggestions` wrote, read one at a time each time they
    are iterated: neither the file's text nor a list of them is ever held (a draft of a
    million statements reads them twice and holds only what it keeps of them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._n = sum(1 for _ in iter_json_list(path))    # refuses a malformed file here

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Suggestion]:
        for d in iter_json_list(self.path):
            yield Suggestion(id=d["id"], text=d["text"],
                             scores=tuple((s["area"], s["score"]) for s in d["scores"]),
                             model_id=d["model_id"], model_version=d["model_version"],
                             method=d["method"], relevance=d.get("relevance"),
                             none_below=d.get("none_below"),
                             relevance_learned=d.get("relevance_learned"))


def read_suggestions(path: Path) -> SuggestionFile | None:
    """The suggestions `write_suggestions` wrote to `path` (None when there is no such file or
    it holds no list), read one at a time as they are iterated."""
    if not path.exists():
        return None
    try:
        return SuggestionFile(path)
    except ValueError:
        return None
