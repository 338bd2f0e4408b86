"""The sha256 of the project's files, remembered by their size and modification time in
`build/cache/file_hashes.json`, so that an unchanged file is not read again: every build
fingerprints corpus/ (`pipeline.stages`), ingest compares each file with the index, and every
command first checks that the index is fresh (`pipeline.freshness`). On a corpus of thousands
of PDFs each of those read every byte; now they read one `stat` per file (git's index does the
same).

An entry is trusted only while the file has the size, modification time and inode it was hashed
with, and only if that time was older than the hashing by more than `RACY_NS` (a file written
in the same clock tick as it was hashed, on a file system with coarse times, could change again
without its time changing: it is hashed again until it is old enough). The file is a cache in
the regenerable build/: a missing, unreadable or foreign one is ignored and rewritten; two
processes writing it at once leave one of their (both valid) versions."""
from __future__ import annotations

import json
import time
from pathlib import Path

from corpus_tool.formats import atomic_write_text, dumps_json, sha256_file
from corpus_tool.project import Project

CACHE_NAME = "file_hashes.json"
VERSION = 1
RACY_NS = 2_000_000_000     # 2 s: the coarsest modification-time resolution in common use (FAT)


class FileHashes:
    """`sha256(path)` of files under the project, from the cache when the file is unchanged;
    `save()` writes what was learnt (only when something changed)."""

    def __init__(self, project: Project) -> None:
        self.root = project.root
        self.path = project.cache_dir / CACHE_NAME
        self._known = self._read()
        self._changed = False

    def _read(self) -> dict[str, list]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != VERSION \
                or not isinstance(data.get("files"), dict):
            return {}
        return data["files"]

    def _key(self, path: Path) -> str:
        path = Path(path)
        return (path.relative_to(self.root).as_posix() if path.is_relative_to(self.root)
                else str(path))

    def sha256(self, path: Path) -> str:
        """The file's sha256 (read when the cache cannot vouch for it). Raises OSError as
        reading the file would."""
        st = Path(path).stat()
        sig = [st.st_size, st.st_mtime_ns, st.st_ino]
        key = self._key(path)
        entry = self._known.get(key)
        if (isinstance(entry, list) and len(entry) == 5 and entry[:3] == sig
                and entry[3] - st.st_mtime_ns > RACY_NS):
            return entry[4]
        sha = sha256_file(Path(path))
        self._known[key] = [*sig, time.time_ns(), sha]
        self._changed = True
        return sha

    def save(self) -> None:
        if not self._changed:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, dumps_json({"version": VERSION, "files": dict(
            sorted(self._known.items()))}) + "\n")
        self._changed = False
