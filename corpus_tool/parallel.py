"""Map steps: a plain function over tasks, wherever the tasks run.

The per-document stages (ingest, statements, embeddings, area suggestions) do their work as a
plain function of one partition of documents (or of one batch of texts) that returns rows and
touches no database; the stage writes the rows. Who runs the function is passed in as a
`Mapper`: `serial_map` runs it here, in order (the default); `corpus_tool.pipeline.distributed`
runs it on Dask workers. Partitions depend only on the data (`partition`), never on the number
of workers, and the stages process the same partitions in both cases, so the results are the
same wherever they ran.

A mapper yields `(index, result)` in any order. A task whose worker died (a reader that crashes
the interpreter on one file) yields `(index, Lost(message))` instead: the stage reports it and
the other tasks continue. An exception raised by the function itself is raised to the caller,
as if the function had run here."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Lost:
    """The result of a task whose worker died while running it."""
    message: str


class Mapper(Protocol):
    def __call__(self, fn: Callable[[T], R], tasks: Sequence[T]
                 ) -> Iterator[tuple[int, R | Lost]]: ...


def warm(mapper: Mapper | None, fn: Callable[[], object]) -> None:
    """Have every worker of `mapper` run `fn` (load a model, import what the tasks use) now,
    while this process is still preparing the tasks, instead of in the first task each worker
    gets; a mapper that runs the tasks here has no `warm` (its tasks load what they need on
    first use, as they do on a worker that `fn` did not reach)."""
    start = getattr(mapper, "warm", None)
    if start is not None:
        start(fn)


def serial_map(fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[tuple[int, R | Lost]]:
    """The mapper that runs every task here, one after the other, in order."""
    for i, task in enumerate(tasks):
        yield i, fn(task)


def partition(items: Sequence[T], size: int) -> list[list[T]]:
    """`items` cut into consecutive partitions of `size` (the last may be shorter): the same
    partitions for the same items, whatever runs them."""
    size = max(1, int(size))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def batches(items: Sequence[T], weight: Callable[[T], int], limit: int) -> list[list[T]]:
    """`items` in order, cut into consecutive batches whose weights add up to at most `limit`
    (an item heavier than `limit` is a batch of its own): like `partition`, the same batches
    for the same items, whatever runs them."""
    out: list[list[T]] = []
    n = limit
    for item in items:
        w = weight(item)
        if not out or n + w > limit:
            out.append([])
            n = 0
        out[-1].append(item)
        n += w
    return out


def tapered(items: Sequence[T], weight: Callable[[T], int], limit: int, *, tail: int = 4
            ) -> list[list[T]]:
    """`batches` of `limit`, except that the items of the last `2 * limit` are cut `tail` times
    finer: a stage's last tasks are short, so the workers finish together rather than one
    waiting on another's last big task."""
    rest, k = 0, len(items)
    while k > 0 and rest + weight(items[k - 1]) <= 2 * limit:
        k -= 1
        rest += weight(items[k])
    return (batches(items[:k], weight, limit)
            + batches(items[k:], weight, max(1, limit // tail)))
