"""Positions in a REFI-QDA source text: texts with CRLF line ends, whose selections some QDA
programs count with the CR and some without (`import qdpx` decides per source)."""
from __future__ import annotations

from bisect import bisect_left


def lf_text(raw: str) -> tuple[str, list[int]]:
    """`raw` with CRLF (and lone CR) turned into LF, and the positions of the dropped CRs."""
    crs = [i for i, ch in enumerate(raw) if ch == "\r" and raw[i + 1:i + 2] == "\n"]
    return raw.replace("\r\n", "\n").replace("\r", "\n"), crs


def to_lf(pos: int, crs: list[int]) -> int:
    return pos - bisect_left(crs, pos)


def _name_agrees(name: str, quote: str) -> bool:
    a = " ".join(name.replace("…", " ").split())
    b = " ".join(quote.split())
    n = min(len(a), len(b), 40)
    return n > 0 and a[:n] == b[:n]


def counts_cr(lf: str, crs: list[int], spans: list[tuple[int, int, str]]) -> bool:
    """Whether the tool counted each CR of a CRLF text: decided by which reading makes the
    selections' names agree with their text (a tie keeps the standard: code points as stored)."""
    with_cr = without = 0
    for s, e, name in spans:
        if not name:
            continue
        with_cr += _name_agrees(name, lf[to_lf(s, crs):to_lf(e, crs)])
        without += _name_agrees(name, lf[s:e])
    return with_cr >= without
