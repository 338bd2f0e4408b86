"""What every command shares: the app factory, `--project`/`--json`/`--quiet`, output and errors.

Commands are thin: parse options, call one library function, print. Library errors
(`CorpusToolError`) become `Error: …` on stderr and exit 1; usage errors exit 2 (click).
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import click
import typer
from rich.console import Console
from typer.core import TyperGroup

from corpus_tool.errors import CheckFailed, CorpusToolError
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


def project_from(path: Path | None) -> Project:
    return open_project(path)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def warn(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def progress(description: str, *, total: int | None = None, quiet: bool = False
             ) -> Iterator[Callable[..., None]]:
    """A rich progress bar on stderr; silent with --quiet/--json or when stderr is not a TTY.
    Yields `advance(n=1, total=None, description=None)`."""
    if quiet or not sys.stderr.isatty():
        yield lambda *a, **k: None
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as bar:
        task = bar.add_task(description, total=total)

        def advance(n: int = 1, total: int | None = None, description: str | None = None) -> None:
            kw: dict[str, Any] = {}
            if total is not None:
                kw["total"] = total
            if description is not None:
                kw["description"] = description
            bar.update(task, advance=n, **kw)

        yield advance


def table(rows: Iterable[dict], columns: list[str], *, title: str | None = None) -> None:
    """A plain, readable table on stdout for humans."""
    from rich.table import Table
    t = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        t.add_column(c)
    for r in rows:
        t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
    stdout.print(t)
