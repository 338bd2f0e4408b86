"""Ingest: source files → cleaned document text → citable passages in the SQLite index.

One reader per format (`pdf`, `markdown`, `text`, `html`, `jsonparas`) behind one interface
(`base.Block` lists), registered by file suffix; `segment` makes passages; `driver` runs the
manifest incrementally over a process pool."""
from .base import Block, Extracted, ReadOptions, reader_for
from .driver import extract_document, ingest, passage_labels

__all__ = ["Block", "Extracted", "ReadOptions", "reader_for", "extract_document", "ingest",
           "passage_labels"]
