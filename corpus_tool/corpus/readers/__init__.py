"""Readers: one module per source format (`pdf` + layout, `markdown`, `text`, `html`,
`jsonparas`) behind one interface (`base.Block` lists). Each registers itself by file suffix
(`base.register`); importing them here fills the registry that `reader_for` looks in."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.readers import (html, jsonparas, markdown,  # noqa: F401 (registration)
                                        pdf, text)
from corpus_tool.corpus.readers.base import READERS, Block, Extracted, ReaderInfo, ReadOptions
from corpus_tool.errors import InputError


def reader_for(path: Path) -> ReaderInfo:
    suffix = Path(path).suffix.lower()
    info = READERS.get(suffix)
    if info is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"unknown file type {suffix or '(no extension)'!r}", path=path,
                         fix=f"supported: {known}; save the document in one of them (a Word "
                             "or OpenDocument file as PDF or text, from its editor)")
    return info


__all__ = ["Block", "Extracted", "ReadOptions", "ReaderInfo", "reader_for"]
