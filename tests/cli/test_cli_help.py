"""Every command is documented: `--help` works and shows an example line."""
from __future__ import annotations

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from corpus_tool.cli import app

runner = CliRunner()


def _is_group(cmd) -> bool:
    # typer vendors its own click: test for the shape, not the class
    return hasattr(cmd, "commands")


def _commands(group, prefix: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        path = prefix + (name,)
        yield path, cmd
        if _is_group(cmd):
            yield from _commands(cmd, path)


ALL = list(_commands(get_command(app)))


def test_there_are_commands():
    assert len(ALL) >= 5
    assert any(len(p) == 2 for p, _ in ALL), "sub-commands are visited too"


@pytest.mark.parametrize("path", [p for p, _ in ALL], ids=lambda p: " ".join(p))
def test_help_has_example(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    cmd = dict(ALL)[path]
    if not _is_group(cmd) or getattr(cmd, "invoke_without_command", False):
        assert "Example" in result.output, f"`corpus-tool {' '.join(path)} --help` has no example"


def test_unknown_option_is_usage_error():
    result = runner.invoke(app, ["--no-such-option"])
    assert result.exit_code == 2
