"""Whether a candidate title is held by its group or by one source alone.

A group of `HELD_MIN_SOURCES` statements or more is named by a phrase the group holds: a
candidate whose content words no other statement of the group says (each of them, by stem) is
one source's, and gives way when another candidate is said by two statements or more
('Access to legal representation …' from one detention provision, in a group on emergency care).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

HELD_MIN_SOURCES = 3
_WORD = re.compile(r"[a-z][a-z'-]+")
FUNCTION_WORDS = {"the", "and", "for", "with", "their", "its", "his", "her", "all", "any",
                  "such", "which", "that", "this", "these", "those", "from", "into", "under",
                  "other", "each", "every", "not"}


def _content(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall((text or "").lower())
            if len(w) > 2 and w not in FUNCTION_WORDS}


def held(titles: Sequence[tuple[int, str]], texts: Sequence[str]) -> list[bool]:
    """For each (statement index, title) candidate (index -1: the group's own), whether the
    group holds it: always in a group of fewer than `HELD_MIN_SOURCES` statements, or when no
    candidate is said by two statements; else when some statement besides its own says all of
    its content words."""
    if len(texts) < HELD_MIN_SOURCES:
        return [True] * len(titles)
    sets = [{w[:6] for w in _WORD.findall((t or "").lower())} for t in texts]
    others = []
    for i, title in titles:
        ts = _content(title)
        others.append(sum(ts <= s for k, s in enumerate(sets) if k != i) if ts else 0)
    if not any(n >= 1 for n in others):
        return [True] * len(titles)
    return [n >= 1 for n in others]
