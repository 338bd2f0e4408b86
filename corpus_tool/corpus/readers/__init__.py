"""Readers: one module per source format (`pdf` + layout, `markdown`, `text`, `html`,
`jsonparas`) behind one interface (`base.Block` lists), registered by file suffix in `base`."""
from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, reader_for

__all__ = ["Block", "Extracted", "ReadOptions", "reader_for"]
