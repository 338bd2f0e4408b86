"""Progress of long work: the library reports it, whoever called it draws it.

A long stage takes `progress: Progress | None`. It calls `progress(0, total=N)` as soon as it
knows how many items there are, then `progress(n)` each time `n` more are done; the count only
grows, and ends at the total. Nothing here draws anything: the CLI turns these calls into a rich
bar on stderr, a notebook can pass `Tally()` or its own function, the default is silence.

`build` reports per stage through a `StageReporter`: `start(name)` returns the `Progress` of
that stage's items, `finish(name, status, summary)` says how it ended.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, advance: int = 1, /, *, total: int | None = None,
                 description: str | None = None) -> None: ...


class StageReporter(Protocol):
    def start(self, stage: str) -> Progress: ...

    def finish(self, stage: str, status: str, summary: dict) -> None: ...


def silent(advance: int = 1, /, *, total: int | None = None,
           description: str | None = None) -> None:
    """The `Progress` that reports nothing."""


def counted(items: Sequence[T], progress: Progress | None) -> Iterator[T]:
    """`items` one by one, reporting each as done once the loop's body for it has run."""
    if progress:
        progress(0, total=len(items))
    for item in items:
        yield item
        if progress:
            progress(1)


@dataclass
class Tally:
    """A `Progress` that counts: `done`, `total` and every (done, total) it went through."""
    done: int = 0
    total: int | None = None
    history: list[tuple[int, int | None]] = field(default_factory=list)

    def __call__(self, advance: int = 1, /, *, total: int | None = None,
                 description: str | None = None) -> None:
        if total is not None:
            self.total = total
        self.done += advance
        self.history.append((self.done, self.total))
