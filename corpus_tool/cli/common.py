"""What every command shares: the app factory, `--project`/`--json`/`--quiet`, output and errors.

Commands are thin: parse options, call one library function, print. Library errors
(`CorpusToolError`) become `Error: …` on stderr and exit 1; usage errors exit 2 (click).
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Any, TypeVar

import click
import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, ProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.progress import Progress as Bar
from rich.text import Text
from typer.core import TyperGroup

from corpus_tool import __version__
from corpus_tool.coding.files import read_annotations
from corpus_tool.errors import CheckFailed, CorpusToolError
from corpus_tool.formats import csv_text
from corpus_tool.progress import silent
from corpus_tool.project import Project, open_project

# Data is printed as plain text: a passage holding `[/b]` or `:x:` is neither Rich markup nor an
# emoji code (nothing the CLI prints is meant as markup; tables are styled through their options).
stdout = Console(soft_wrap=True, highlight=False, markup=False, emoji=False)
stderr = Console(stderr=True, soft_wrap=True, highlight=False, markup=False, emoji=False)

T = TypeVar("T")


class CorpusGroup(TyperGroup):
    """Converts library errors into `Error: …` + exit 1, in one place for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CheckFailed as e:
            for line in e.problems:
                click.echo(line, err=True)
            click.echo(f"Error: {e}", err=True)
            raise typer.Exit(1) from None
        except CorpusToolError as e:
            click.echo(f"Error: {e}", err=True)
            raise typer.Exit(1) from None


def new_app(help: str) -> typer.Typer:
    """A typer app (or sub-app) with our error handling and no rich tracebacks."""
    return typer.Typer(help=help, cls=CorpusGroup, no_args_is_help=True, add_completion=False,
                       pretty_exceptions_enable=False, rich_markup_mode=None)


# Shared options --------------------------------------------------------------------------------

ProjectOpt = Annotated[Path | None, typer.Option(
    "--project", "-p", help="Project folder (default: the current directory).",
    file_okay=False, show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Write one JSON document to stdout.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


def parse_year(value: str | int) -> int:
    """A year of four digits (the parser of `--year`); a wrong one is said back with the fix
    ("--year 20O7" said only that the input should be a valid integer: trial 39, P9)."""
    text = str(value).strip()
    if not (text.isdigit() and len(text) == 4):
        raise typer.BadParameter(f"{text!r} is not a year: write it as four digits, e.g. 2007")
    return int(text)


def project_from(path: Path | None) -> Project:
    """The project a command works on: its own `--project`, else the one given before the
    command (`corpus-tool --project DIR build`), else the current directory."""
    return open_project(path if path is not None else _GLOBAL_PROJECT.get())


_GLOBAL_PROJECT: ContextVar[Path | None] = ContextVar("global_project", default=None)


def _version(show: bool) -> None:
    if show:
        typer.echo(f"corpus-tool {__version__}")
        raise typer.Exit()


def global_options(project: ProjectOpt = None,
                   version: Annotated[bool, typer.Option(
                       "--version", callback=_version, is_eager=True,
                       help="Print the version and exit (cite it with your results).")] = False
                   ) -> None:
    """Options given before the command: `--project DIR` for every command (set on every
    invocation, so one run never sees another's), `--version`."""
    _GLOBAL_PROJECT.set(project)


def emit_json(doc: Any) -> None:
    """Write a command's `--json` document to stdout. `doc` is one of the typed results the
    library declares next to the function returning it (a TypedDict, or a dataclass written
    through its `to_dict()`), or a list of them; `tests/test_architecture.py` checks every call
    in cli/ against those declarations."""
    sys.stdout.write(json.dumps(_plain(doc), ensure_ascii=False, indent=2) + "\n")


def _plain(doc: Any) -> Any:
    if isinstance(doc, list):
        return [_plain(x) for x in doc]
    if dataclasses.is_dataclass(doc) and not isinstance(doc, type):
        return doc.to_dict() if hasattr(doc, "to_dict") else dataclasses.asdict(doc)
    if isinstance(doc, dict):
        return doc
    raise TypeError(f"--json output must be a typed result (TypedDict or dataclass), not "
                    f"{type(doc).__name__}")


def warn(message: str) -> None:
    click.echo(message, err=True)


def warn_unread_annotations(project: Project) -> None:
    """An annotation line that cannot be read is in nothing a command exports: said, with the
    file, line and fix, as `annotations list` says it."""
    for problem in read_annotations(project).problems:
        warn(f"warning: {problem} (left out of the export)")


class RateColumn(ProgressColumn):
    """Items per second."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f}/s", style="progress.data.speed")


def _columns() -> list:
    """done/total, rate and time left: what a person waiting wants to know."""
    return [TextColumn("{task.description:<11}"), BarColumn(bar_width=28), MofNCompleteColumn(),
            RateColumn(), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn()]


def shows_progress(quiet: bool = False) -> bool:
    """Progress is drawn only on a terminal, and never with --quiet or --json."""
    return not quiet and stderr.is_terminal


@contextmanager
def progress(description: str, *, total: int | None = None, quiet: bool = False
             ) -> Iterator[Callable[..., None]]:
    """A rich progress bar on stderr; silent with --quiet/--json or when stderr is not a TTY.
    Yields a `corpus_tool.progress.Progress`: `advance(n=1, total=None, description=None)`."""
    if not shows_progress(quiet):
        yield silent
        return
    with Bar(*_columns(), console=stderr, transient=True) as bar:
        task = bar.add_task(description, total=total)

        def advance(n: int = 1, total: int | None = None, description: str | None = None) -> None:
            kw: dict[str, Any] = {}
            if total is not None:
                kw["total"] = total
            if description is not None:
                kw["description"] = description
            bar.update(task, advance=n, **kw)

        yield advance


def _brief(summary: dict) -> str:
    parts = [f"{k} {v}" for k, v in summary.items()
             if isinstance(v, (int, float, str)) and not isinstance(v, bool) and v != ""
             and k not in ("path", "report", "model_id", "message")
             and not (isinstance(v, str) and "/" in v)]          # no file paths
    return ", ".join(parts) or str(summary.get("message", ""))


class BuildLines:
    """`build`'s stage reporter on a terminal: one line per stage, a bar while it runs that
    turns into the stage's summary when it is done."""

    def __init__(self) -> None:
        self.bar = Bar(*_columns(), console=stderr, transient=False)
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> "BuildLines":
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(*exc)

    def start(self, stage: str) -> Callable[..., None]:
        task = self.tasks[stage] = self.bar.add_task(stage, total=None)

        def advance(n: int = 1, total: int | None = None, description: str | None = None) -> None:
            kw: dict[str, Any] = {"total": total} if total is not None else {}
            if description is not None:         # what the stage is doing, beside its name
                kw["description"] = f"{stage} ({description})" if description else stage
            self.bar.update(task, advance=n, **kw)
        return advance

    def finish(self, stage: str, status: str, summary: dict) -> None:
        line = f"{stage:<11} {status:<8} {_brief(summary)}"
        task = self.tasks.get(stage)
        if task is not None:
            self.bar.remove_task(task)
        self.bar.console.print(line, highlight=False, markup=False, overflow="ellipsis",
                               no_wrap=True, crop=True)


WideOpt = Annotated[bool, typer.Option(
    "--wide", help="Full texts in the table (no truncation to the terminal's width).")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Write the table as CSV to stdout.")]

FLEXIBLE = 16     # a column whose longest cell is longer than this shrinks (ellipsis) to fit
GAP = "  "
KEEP_WHOLE = {"id"}   # ids are never cut: people copy them into the next command


def _cell(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else (text[:max(width - 1, 0)].rstrip() + "…")[:width]


def fit_widths(header: list[str], cells: list[list[str]], width: int) -> list[int]:
    """Column widths whose sum (with the gaps) is at most `width` where possible: short columns
    keep their longest value (their header may be cut), long text columns share what is left in
    proportion to their length, and are cut with an ellipsis."""
    n = len(header)
    longest = [max([len(r[i]) for r in cells] + [0]) for i in range(n)]
    natural = [max(longest[i], len(header[i])) for i in range(n)]
    room = width - len(GAP) * (n - 1)
    if sum(natural) <= room:
        return natural
    flexible = [i for i in range(n) if longest[i] > FLEXIBLE and header[i] not in KEEP_WHOLE]
    fixed = {i: natural[i] for i in range(n) if i not in flexible}
    # short columns first give up the part of their header that is longer than their values
    for i in sorted(fixed, key=lambda i: natural[i] - longest[i], reverse=True):
        over = sum(fixed.values()) + sum(min(natural[j], 8) for j in flexible) - room
        if over <= 0:
            break
        fixed[i] = max(longest[i], min(len(header[i]), 4), natural[i] - over)
    left = room - sum(fixed.values())
    widths = [fixed.get(i, 0) for i in range(n)]
    if flexible:
        total = sum(natural[i] for i in flexible)
        least = 8 if left >= 8 * len(flexible) else 3
        share = {i: max(least, left * natural[i] // total) for i in flexible}
        while sum(share.values()) > max(left, least * len(flexible)):
            j = max(share, key=share.get)
            share[j] -= 1
        spare = left - sum(share.values())
        for i in sorted(flexible, key=lambda i: natural[i] - share[i], reverse=True):
            add = min(max(spare, 0), natural[i] - share[i])
            share[i] += add
            spare -= add
        for i in flexible:
            widths[i] = min(share[i], natural[i])
    return widths


def table(rows: Iterable[dict], columns: list[str], *, title: str | None = None,
          wide: bool = False, csv: bool = False) -> None:
    """A table on stdout for humans that fits the terminal (`stdout.width`, i.e. COLUMNS or the
    terminal): long texts are cut with an ellipsis, ids and short values never are. `wide`
    (and output piped with no COLUMNS): every text in full; `csv`: the same rows as CSV."""
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    # piped into a file or another command with no width asked for (COLUMNS), nothing is cut:
    # 80 columns left only the ids of a queue (a researcher's trial, session 43)
    wide = wide or (not sys.stdout.isatty() and not os.environ.get("COLUMNS"))
    if csv:
        sys.stdout.write(csv_text(columns, [dict(zip(columns, r)) for r in cells]))
        return
    widths = (fit_widths(columns, cells, 10**9) if wide
              else fit_widths(columns, cells, stdout.width))
    numeric = [all(_is_number(r[i]) for r in cells if r[i]) and any(r[i] for r in cells)
               for i in range(len(columns))]

    def line(values: list[str]) -> str:
        out = [(_cut(v, w).rjust(w) if num else _cut(v, w).ljust(w))
               for v, w, num in zip(values, widths, numeric)]
        return GAP.join(out).rstrip()

    out = [title] if title else []
    out.append(line(columns))
    out.append(GAP.join("─" * w for w in widths))
    out += [line(r) for r in cells]
    if not wide:               # a table with too many whole columns still never wraps
        out = [_cut(x, stdout.width) for x in out]
    sys.stdout.write("\n".join(out) + "\n")


def _is_number(text: str) -> bool:
    try:
        float(text.rstrip("%*"))
    except ValueError:
        return text in ("–", "-", "–*")
    return True
