"""Fixtures of the statements tests: the trained spaCy pipeline, loaded once per session."""
from __future__ import annotations

import pytest

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S


@pytest.fixture(scope="session")
def trained():
    return S.load_pipeline("trained")


def parts(text, pipe, context="", genre=""):
    """The parts of the first statement the rules find in `text` with `pipe`, read in a document
    of this genre (`statements.genre`) (None: no statement). The rules alone: the statement
    detector, which has the last word in the stage, is tested on the gold sets."""
    drafts = [d for d in S.extract(text, context=context, pipeline=pipe, genre=genre,
                                   detector=None)
              if d.parts.strength != "none"]
    return drafts[0].parts if drafts else None


def strengths(texts: list[str], genre: str = "") -> list[list[str]]:
    """The strengths the rules find with the trained pipeline in each passage of a document made
    of these passages, read in a document of this genre (the stage's reading across passages,
    without the statement detector)."""
    passages = [NS(id=f"d:p{i}", text=t, locator=f"para. {i}", heading="")
                for i, t in enumerate(texts)]
    _, [(_, drafts)] = S.analyse_documents([("d", passages, set(range(len(passages))))],
                                           pipeline="trained", genres={"d": genre},
                                           detector=None)
    return [[d.parts.strength for d in drafts.get(i, []) if d.parts.strength != "none"]
            for i in range(len(passages))]
