"""`corpus-tool build`: every stage in order, skipping the ones whose inputs did not change
(the only place that calls stage after stage)."""

from corpus_tool.pipeline.builder import build
from corpus_tool.pipeline.lock import read_lock
from corpus_tool.pipeline.stages import STAGE_NAMES, BuildOptions, ingest

__all__ = ["BuildOptions", "STAGE_NAMES", "build", "ingest", "read_lock"]
