"""Helpers of the reader tests."""
from __future__ import annotations

from corpus_tool.corpus import extract_document


def cited(tmp_path, name: str, text: str) -> dict[str, str]:
    """Locator → text of the passages of `text` saved as `tmp_path / name` (its suffix says
    which reader reads it)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {s.locator: s.text for s in extract_document(path).segments}
