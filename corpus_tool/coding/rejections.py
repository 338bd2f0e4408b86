"""Rejected area suggestions: a person's decision that an area does not fit a statement.

A rejection is researcher-made data, so it lives beside the codings in the coder's own
`annotations/<coder>.jsonl`, written through the same locked atomic writer. It is a W3C Web
Annotation with motivation `assessing` (the marker every reader keys on) and one `assessing`
body naming the rejected area; `origin` keeps the model id, version and score of the suggestion
that was turned down:

    {"body": [{"area": "access", "purpose": "assessing", "type": "TextualBody",
               "value": "rejected: access"}],
     "created": "…", "creator": "coder-a", "id": "un-crc-1989:coder-a:…", "modified": "…",
     "motivation": "assessing",
     "origin": {"model_id": "…", "model_version": "…", "score": 0.41, "type": "suggestion"},
     "target": {"passage": "…", "selector": […], "source": "un-crc-1989",
                "statement": "un-crc-1989:art-28-1-a:s1", "text_sha256": "…"},
     "type": "Annotation"}

Rejections are never codings: `read_annotations(...).annotations` does not hold them, so they do
not count in agreement, in the supervised classifier's training set or in indicator drafts.
They only take (statement, area) pairs out of suggestions and the annotation queue."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from corpus_tool.coding.files import read_annotations
from corpus_tool.coding.records import (REJECTION_MOTIVATION, Rejection,  # noqa: F401
                                        record_to_rejection, rejection_to_record)
from corpus_tool.project import Project

__all__ = ["REJECTION_MOTIVATION", "Rejection", "rejection_to_record", "record_to_rejection",
           "load_rejections", "rejected_pairs", "without_rejected"]


# --- reading ----------------------------------------------------------------------------------

def load_rejections(project: Project, *, creator: str | None = None) -> list[Rejection]:
    """Every rejection of the project, sorted by id (malformed lines: see read_annotations)."""
    return [r for r in read_annotations(project).rejections
            if creator is None or r.creator == creator]


def rejected_pairs(project: Project) -> set[tuple[str, str]]:
    """(statement or passage id, area) pairs some person rejected."""
    return {(r.unit, r.area) for r in load_rejections(project) if r.unit}


def without_rejected(suggestions: Iterable, pairs: set[tuple[str, str]]) -> list:
    """Suggestions minus the rejected areas of each unit (the next area moves up); a unit whose
    every area was rejected is left out."""
    if not pairs:
        return list(suggestions)
    out = []
    for s in suggestions:
        scores = tuple((a, v) for a, v in s.scores if (s.id, a) not in pairs)
        if len(scores) == len(s.scores):
            out.append(s)
        elif scores:
            out.append(replace(s, scores=scores))
    return out


# --- writing ----------------------------------------------------------------------------------


