"""A project is a folder with corpus/, annotations/, indicators/ and the regenerable build/."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypedDict

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_bytes, atomic_write_text, csv_text

MANIFEST_FIELDS = ["id", "title", "issuer", "year", "type", "legal_force", "language", "path",
                   "source", "licence", "sha256"]


@dataclass(frozen=True, slots=True)
class Project:
    root: Path

    @property
    def corpus_dir(self) -> Path:
        return self.root / "corpus"

    @property
    def manifest_path(self) -> Path:
        return self.corpus_dir / "manifest.csv"

    @property
    def annotations_dir(self) -> Path:
        return self.root / "annotations"

    @property
    def codebook_path(self) -> Path:
        return self.annotations_dir / "codebook.yaml"

    @property
    def indicators_dir(self) -> Path:
        return self.root / "indicators"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def db_path(self) -> Path:
        return self.build_dir / "corpus.sqlite"

    @property
    def cache_dir(self) -> Path:
        return self.build_dir / "cache"

    @property
    def report_dir(self) -> Path:
        return self.build_dir / "report"

    def inside(self, path: str | Path, *, what: str = "file") -> Path:
        """`path` with every symlink resolved; InputError when that lands outside the project
        (a link in corpus/ to /etc/passwd must not become a searchable document)."""
        resolved = Path(path).resolve()
        if not resolved.is_relative_to(self.root.resolve()):
            raise InputError(f"{what} resolves outside the project (to {resolved})", path=path,
                             fix="copy the file into the project instead of linking to it")
        return resolved


def open_project(path: str | Path | None = None) -> Project:
    """The project at `path` (default: the current directory)."""
    root = Path(path or ".").resolve()
    if not (root / "corpus").is_dir():
        raise InputError("not a corpus-tool project (no corpus/ folder)", path=root,
                         fix="run `corpus-tool init DIR` or pass --project DIR")
    return Project(root)


def init_project(path: str | Path, codebook: Path | None = None) -> Project:
    """Create an empty project: corpus/ with an empty manifest, annotations/ with the default
    codebook (or a copy of `codebook`, checked by the caller), indicators/, and a .gitignore for
    build/. Existing files are never overwritten."""

    root = Path(path).resolve()
    project = Project(root)
    for d in (project.corpus_dir, project.annotations_dir, project.indicators_dir):
        d.mkdir(parents=True, exist_ok=True)
    if not project.manifest_path.exists():
        atomic_write_text(project.manifest_path, csv_text(MANIFEST_FIELDS, []))
    if codebook is not None and not project.codebook_path.exists():
        atomic_write_bytes(project.codebook_path, Path(codebook).read_bytes())
    elif not project.codebook_path.exists():
        default = resources.files("corpus_tool") / "data" / "codebook.yaml"
        with resources.as_file(default) as src:      # atomically: a killed init leaves none
            atomic_write_bytes(project.codebook_path, src.read_bytes())
    gitignore = root / ".gitignore"
    if not gitignore.exists():
        atomic_write_text(gitignore, "build/\n.*.lock\n")     # (the framework's lock file)
    return project


class ProjectCreated(TypedDict):
    """`init --json`: the folder of the new project."""
    project: str
