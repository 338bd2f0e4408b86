"""The framework file model: hand-edited indicators/*.yaml as a tree of pydantic models,
with load/save/lock and the JSON Schema."""

from corpus_tool.framework.model import (Framework, FrameworkError, Area, Indicator, Overall,
                                         Scale, Source, leaves, walk, find, load_framework,
                                         save_framework, dump_framework, update_framework,
                                         framework_lock, schema_text)

__all__ = ["Framework", "FrameworkError", "Area", "Indicator", "Overall", "Scale", "Source",
           "leaves", "walk", "find", "load_framework", "save_framework", "dump_framework",
           "update_framework", "framework_lock", "schema_text"]
