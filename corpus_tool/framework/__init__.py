"""The framework file: hand-edited indicators/*.yaml as a tree of pydantic models (`model`, with
the walk over its nodes), consistency checks beyond the schema (`check`), and reading, writing,
locking and the JSON Schema (`io`)."""
from corpus_tool.framework.check import Problem, check_framework
from corpus_tool.framework.io import (FrameworkError, dump_framework, framework_lock,
                                      framework_to_data, load_framework, save_framework,
                                      schema_text, update_framework)
from corpus_tool.framework.model import (Area, Framework, Indicator, Overall, Scale, Source, find,
                                         leaves, walk)

__all__ = ["Area", "Framework", "Indicator", "Overall", "Scale", "Source", "find", "leaves", "walk",
           "Problem", "check_framework", "FrameworkError", "dump_framework", "framework_lock",
           "framework_to_data", "load_framework", "save_framework", "schema_text",
           "update_framework"]
