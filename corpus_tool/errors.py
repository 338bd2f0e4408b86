"""The few exceptions the library raises; the CLI turns them into `Error: …` and exit 1."""
from __future__ import annotations

from pathlib import Path


class CorpusToolError(Exception):
    """Base class: anything a user can fix (bad input, failed check)."""


class InputError(CorpusToolError):
    """Bad input: names the file, the line (when there is one) and the fix."""

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None, fix: str | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f", line {self.line}" if self.line is not None else "") + ": "
        text = where + self.message
        if self.fix:
            text += f" ({self.fix})"
        return text


class NotFoundError(CorpusToolError):
    """An id (document, passage, statement, indicator…) that the project does not have."""


class CheckFailed(CorpusToolError):
    """A check ran and found problems (exit 1); `problems` lists them one per line."""

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = problems or []
        super().__init__(message)
