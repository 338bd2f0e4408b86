"""Normative statements: passages → units (sentences, enumeration items) → statements with
their Institutional-Grammar parts and normative strength.

- `units` cuts passages into units; `cues` finds deontic cues; `filters` and `quotes` say from
  the text alone why a unit is no statement.
- Read from the parse: `modality` (which cues are deontic), `negation`, `mood` (no modal),
  `grants` (a power or an immunity a "shall" grants), `clauses` (clauses that bind no one) and
  `reach` (the text's own reach among them), `organs` (a treaty's machinery), `structure` (what
  the document around a unit says), `genre` (how a document's kind changes the reading),
  `conduct` (a private code's own voice).
- The parts of one unit: `parts`, with `anchor` (where its statement hangs), `actors` and
  `nominals` (who acts), `beneficiaries`; `rules` does the same without a parse; `detector` is
  the learned statement detector that has the last word on detection.
- `stage` runs it over the index (`rows` writes it), `query` finds the statement of a span,
  `coverage` reports documents left without statements, `evaluate` checks the gold sets."""

from corpus_tool.statements.parts import analyse_unit
from corpus_tool.statements.stage import (extract, get_statement, list_statements, run_statements,
                                          show_statement, update_statements)

__all__ = ["extract", "get_statement", "list_statements", "run_statements", "show_statement",
           "update_statements", "analyse_unit"]
