"""Fixtures of the statements tests: the trained spaCy pipeline, loaded once per session."""
from __future__ import annotations

import pytest

from corpus_tool.statements import stage as S


@pytest.fixture(scope="session")
def trained():
    return S.load_pipeline("trained")
