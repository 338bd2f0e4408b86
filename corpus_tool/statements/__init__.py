"""Normative statements: passages → units (sentences, enumeration items) → statements with
their Institutional-Grammar parts and normative strength. `units` has the cues and filters,
`parts` the parts of one unit, `extract` the stage and queries, `evaluate` the gold-set check."""

from corpus_tool.statements.parts import analyse_unit
from corpus_tool.statements.stage import (extract, get_statement, list_statements, run_statements,
                                          show_statement, update_statements)

__all__ = ["extract", "get_statement", "list_statements", "run_statements", "show_statement",
           "update_statements", "analyse_unit"]
