"""`add` and `init` copy files atomically: a process killed in the middle of the copy (here by
the kernel, with SIGXFSZ, once it has written more than a file-size limit) leaves no truncated
file behind, and the next `add` / `init` works."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from tests.web.conftest import DATA

PDF = Path(__file__).resolve().parents[1] / "pdfs" / "synthetic_latex_two_column_lorem__py-pdf-sample-files.pdf"


def killed_midway(args: list[str], limit: int) -> subprocess.CompletedProcess:
    """`corpus-tool ARGS` in a fresh interpreter that the kernel kills (SIGXFSZ) as soon as it
    writes past `limit` bytes into any file."""
    def limit_writes() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    # Python ignores SIGXFSZ (a write past the limit fails instead): restore the kernel's kill
    code = ("import signal; signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
            "from corpus_tool.cli import main; main()")
    return subprocess.run([sys.executable, "-c", code, *args],
                          preexec_fn=limit_writes, env=env, capture_output=True, text=True,
                          timeout=120)


def test_a_killed_add_leaves_no_half_copied_file_and_the_next_add_works(tmp_path):
    from corpus_tool.cli import app
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "proj")
    size = PDF.stat().st_size
    args = ["add", str(PDF), "--title", "A two-column sample", "--issuer", "py-pdf",
            "--id", "two-column-sample", "--project", str(project.root), "--json"]
    run = killed_midway(args, limit=size // 3)
    assert run.returncode == -signal.SIGXFSZ, run.stderr[-2000:]
    dest = project.corpus_dir / "added" / PDF.name
    assert not dest.exists()                              # no truncated copy under its name
    assert "two-column-sample" not in project.manifest_path.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert dest.read_bytes() == PDF.read_bytes()


def test_a_killed_init_leaves_no_truncated_codebook_and_init_again_completes_it(tmp_path):
    from corpus_tool.cli import app
    from importlib import resources
    codebook = (resources.files("corpus_tool") / "data" / "codebook.yaml").read_bytes()
    root = tmp_path / "study"
    run = killed_midway(["init", str(root)], limit=len(codebook) // 2)
    assert run.returncode == -signal.SIGXFSZ, run.stderr[-2000:]
    assert not (root / "annotations" / "codebook.yaml").exists()
    result = CliRunner().invoke(app, ["init", str(root)])
    assert result.exit_code == 0, result.output
    assert (root / "annotations" / "codebook.yaml").read_bytes() == codebook


def test_add_copies_a_text_document_byte_for_byte(tmp_path):
    from corpus_tool.corpus import add_document
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "proj")
    doc = add_document(project, DATA / "udhr.md", title="Universal Declaration of Human Rights",
                       issuer="UN General Assembly", year=1948)
    copied = project.corpus_dir / doc.path
    assert copied.read_bytes() == (DATA / "udhr.md").read_bytes()
    assert not [p for p in copied.parent.iterdir() if p.name.endswith(".tmp")]
