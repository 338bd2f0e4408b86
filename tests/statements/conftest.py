"""Fixtures of the statements tests: the trained spaCy pipeline, loaded once per session."""
from __future__ import annotations

import pytest

from corpus_tool.statements import stage as S


@pytest.fixture(scope="session")
def trained():
    return S.load_pipeline("trained")


def parts(text, pipe, context="", genre=""):
    """The parts of the first statement `pipe` finds in `text`, read in a document of this
    genre (`statements.genre`) (None: no statement)."""
    drafts = [d for d in S.extract(text, context=context, pipeline=pipe, genre=genre)
              if d.parts.strength != "none"]
    return drafts[0].parts if drafts else None
