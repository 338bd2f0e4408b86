"""The corpus: manifest.csv, the ingest driver (source files → cleaned text → passages in
the index), docs listing and search, segmenting, text cleaning and language detection. One
reader per format lives in `readers/`."""

from corpus_tool.corpus.docs import list_docs, search, show_doc
from corpus_tool.corpus.driver import (ExtractResult, extract_document, ingest, passage_labels,
                                       write_extracted)
from corpus_tool.corpus.lang import detect_language
from corpus_tool.corpus.manifest import add_document
from corpus_tool.corpus.segment import Segment

__all__ = ["add_document", "ExtractResult", "extract_document", "ingest", "passage_labels",
           "write_extracted", "list_docs", "search", "show_doc", "Segment",
           "detect_language"]
