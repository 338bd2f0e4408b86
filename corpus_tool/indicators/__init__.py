"""Indicator drafts: evidence (annotations and confident suggestions joined to statements)
→ grouped candidate indicators with their sources; merging into the researcher's framework;
validation against the corpus; provenance tables. Wording lives in `phrasing/`."""

from corpus_tool.indicators.draft import (draft_framework, draft_indicators, draft_path,
                                          framework_path)
from corpus_tool.indicators.evidence import collect_evidence
from corpus_tool.indicators.listing import list_indicators
from corpus_tool.indicators.merge import merge_drafts
from corpus_tool.indicators.promotion import diff, promote, refresh
from corpus_tool.indicators.provenance import provenance_rows, render, write_provenance
from corpus_tool.indicators.validate import validate_framework

__all__ = ["draft_framework", "draft_indicators", "draft_path", "framework_path",
           "list_indicators", "collect_evidence", "diff", "merge_drafts", "promote", "refresh",
           "validate_framework", "provenance_rows", "render", "write_provenance"]
