"""The corpus files' hashes, remembered by size and modification time: an unchanged file is not
read again, any change (content, size, time, a replaced file) is, and so is a file too new for
its time to vouch for it."""
from __future__ import annotations

import os

import pytest

from corpus_tool.corpus import filehash as FH
from corpus_tool.formats import sha256_file
from corpus_tool.project import init_project


@pytest.fixture
def reads(monkeypatch):
    """The files actually read for their hash."""
    seen: list[str] = []

    def counting(path, *a, **kw):
        seen.append(path.name)
        return sha256_file(path, *a, **kw)

    monkeypatch.setattr(FH, "sha256_file", counting)
    return seen


def _old(path, seconds: int = 60) -> None:
    """Back-date the file, as a file that was not just written."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 1_000_000_000))


def test_an_unchanged_file_is_read_once_across_processes(tmp_path, reads):
    project = init_project(tmp_path / "p")
    a = project.corpus_dir / "a.txt"
    a.write_text("Primary education shall be free.", encoding="utf-8")
    _old(a)
    first = FH.FileHashes(project)
    assert first.sha256(a) == sha256_file(a)
    first.save()
    again = FH.FileHashes(project)          # a later command: the cache on disk
    assert again.sha256(a) == sha256_file(a) and reads == ["a.txt"]
    again.save()
    assert (project.cache_dir / FH.CACHE_NAME).is_file()


def test_a_changed_file_is_read_again_even_with_the_same_size(tmp_path, reads):
    project = init_project(tmp_path / "p")
    a = project.corpus_dir / "a.txt"
    a.write_text("Primary education shall be free.", encoding="utf-8")
    _old(a, 120)
    fh = FH.FileHashes(project)
    before = fh.sha256(a)
    fh.save()
    a.write_text("Primary education shall be FREE.", encoding="utf-8")   # same size
    _old(a, 60)                                                          # another time
    after = FH.FileHashes(project).sha256(a)
    assert after != before and after == sha256_file(a) and reads == ["a.txt", "a.txt"]


def test_a_file_as_new_as_its_hashing_is_not_trusted(tmp_path, reads):
    # written in the same clock tick as it was hashed: on a file system with coarse times it
    # could change again without its time changing, so the cache does not vouch for it yet
    project = init_project(tmp_path / "p")
    a = project.corpus_dir / "a.txt"
    a.write_text("Primary education shall be free.", encoding="utf-8")
    fh = FH.FileHashes(project)
    fh.sha256(a)
    fh.save()
    FH.FileHashes(project).sha256(a)
    assert reads == ["a.txt", "a.txt"]


def test_a_broken_or_foreign_cache_is_ignored_and_rewritten(tmp_path, reads):
    project = init_project(tmp_path / "p")
    a = project.corpus_dir / "a.txt"
    a.write_text("Primary education shall be free.", encoding="utf-8")
    _old(a)
    cache = project.cache_dir / FH.CACHE_NAME
    cache.parent.mkdir(parents=True, exist_ok=True)
    for bad in ('{"version": 1, "files": {"corpus/a.txt": [1, 2, 3, 4, "f00"]}}',
                '{"files": []}', "[1, 2", ""):
        cache.write_text(bad, encoding="utf-8")
        fh = FH.FileHashes(project)
        assert fh.sha256(a) == sha256_file(a)
        fh.save()
    assert len(reads) == 4
    assert FH.FileHashes(project).sha256(a) == sha256_file(a) and len(reads) == 4
