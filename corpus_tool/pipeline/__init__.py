"""`corpus-tool build`: every stage in order, skipping the ones whose inputs did not change
(the only place that calls stage after stage)."""

from corpus_tool.pipeline.stages import BuildOptions, STAGE_NAMES, build, read_lock

__all__ = ["BuildOptions", "STAGE_NAMES", "build", "read_lock"]
