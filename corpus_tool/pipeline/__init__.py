"""`corpus-tool build`: every stage in order, skipping the ones whose inputs did not change
(the only place that calls stage after stage)."""

from corpus_tool.pipeline.builder import build
from corpus_tool.pipeline.context import BuildOptions
from corpus_tool.pipeline.lock import read_lock
from corpus_tool.pipeline.ingesting import (AddReport, DetailsUpdated, IngestRun, ReplaceReport,
                                           ingest)
from corpus_tool.pipeline.stages import STAGE_NAMES
from corpus_tool.pipeline.times import NOT_REPRODUCIBLE, TIMES_NAME, read_times

__all__ = ["AddReport", "BuildOptions", "DetailsUpdated", "IngestRun", "NOT_REPRODUCIBLE",
           "ReplaceReport", "STAGE_NAMES", "TIMES_NAME", "build", "ingest", "read_lock", "read_times"]
