"""Text anchors that survive edits of the document: quote (exact + prefix + suffix) first,
position as a hint, fuzzy search (approximate substring matching) when the words changed.

`make_anchor(text, start, end)` builds an anchor; `reanchor(anchor, text)` finds it again and says
how: `exact` (same place), `moved` (same words elsewhere), `fuzzy` (close enough words),
`ambiguous` (several equally good places: the best guess is returned) or `orphaned` (not found).
Used by annotations and by indicator provenance alike.

A fuzzy match must also agree with what surrounded the quote: its prefix/suffix context has to be
recognisably the same (`CONTEXT_MIN`), and, when the caller says which passage each span lies in
(`passage_of`), it has to lie in the passage of the hint. A rewritten sentence whose closest
look-alike sits in another article is orphaned (kept and reported), not moved there.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

import numpy as np

from corpus_tool.ligatures import LIGATURES
from corpus_tool.formats import sha256_text
from corpus_tool.models import Anchor

CONTEXT = 32                 # characters of prefix/suffix kept with a quote
FUZZY_MAX_RATIO = 0.2        # edit distance up to 20 % of the quote length counts as "fuzzy"
WINDOW = 6000                # first look this far around the position hint
LONG_QUOTE = 400             # longer quotes are found by their head and tail first
LONG_PIECE = 120
CONTEXT_MIN = 0.5            # a fuzzy match's context (prefix and suffix) must be this similar

STATUSES = ("exact", "moved", "fuzzy", "ambiguous", "orphaned")

_QUOTE_CLASSES = {
    "'": "['’‘`´]", "’": "['’‘`´]", "‘": "['’‘`´]",
    '"': "[\"“”„]", "“": "[\"“”„]", "”": "[\"“”„]",
    "-": "[-‐‑‒–—]", "–": "[-‐‑‒–—]", "—": "[-‐‑‒–—]",
}


@dataclass(frozen=True, slots=True)
class Reanchored:
    status: str                  # one of STATUSES
    start: int | None
    end: int | None
    distance: int = 0            # edit distance of a fuzzy match
    candidates: int = 0          # how many places matched equally well
    reason: str = ""             # why a fuzzy look-alike was refused (orphaned) or should be reviewed
    passage_id: str | None = None  # the passage the match lies in (when the caller said)

    @property
    def found(self) -> bool:
        return self.status in ("exact", "moved", "fuzzy")

    def to_dict(self) -> dict:
        return {"status": self.status, "start": self.start, "end": self.end,
                "distance": self.distance, "candidates": self.candidates,
                "reason": self.reason, "passage_id": self.passage_id}


def make_anchor(text: str, start: int, end: int, *, doc_id: str = "", text_sha256: str = "",
                passage_id: str | None = None, statement_id: str | None = None,
                context: int = CONTEXT) -> Anchor:
    """The anchor of `text[start:end]`: quote, up to `context` characters either side, position."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"bad span {start}-{end} for a text of {len(text)} characters")
    return Anchor(doc_id=doc_id, text_sha256=text_sha256 or sha256_text(text),
                  exact=text[start:end], prefix=text[max(0, start - context):start],
                  suffix=text[end:end + context], start=start, end=end,
                  passage_id=passage_id, statement_id=statement_id)


def quote_pattern(quote: str) -> re.Pattern:
    """A regex for `quote` that tolerates any run of whitespace and straight/curly quotes and
    dash variants (people type quotes by hand), and what copying from a PDF viewer brings: a
    ligature for its letters ("speciﬁc"), a word broken at a line end ("speci-\nfically")."""
    out = []
    pieces = re.split(r"(\s+)", quote.strip())
    for i, piece in enumerate(pieces):
        if i % 2:                                       # the whitespace between two words
            broken = "\n" in piece and pieces[i - 1].endswith("-") and pieces[i + 1][:1].islower()
            out.append(r"\s*" if broken else r"\s+")
            continue
        token = piece[:-1] if (i + 2 < len(pieces) and piece.endswith("-")
                               and "\n" in pieces[i + 1] and pieces[i + 2][:1].islower()) else None
        body = piece if token is None else token
        pat = "".join(_QUOTE_CLASSES.get(ch, LIGATURES.get(ch) and
                                         f"(?:{re.escape(ch)}|{LIGATURES[ch]})" or re.escape(ch))
                      for ch in body)
        out.append(pat if token is None else pat + r"-?")
    return re.compile("".join(out))


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) where `quote` occurs in `text`: verbatim, else up to whitespace and
    quote-mark differences."""
    if not quote.strip():
        return []
    hits = []
    i = text.find(quote)
    while i >= 0:
        hits.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    if hits:
        return hits
    return [(m.start(), m.end()) for m in quote_pattern(quote.strip()).finditer(text)]


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> int:
    """How many characters of prefix and suffix agree with the text around (start, end)."""
    score = 0
    before = text[max(0, start - len(anchor.prefix)):start]
    for a, b in zip(reversed(anchor.prefix), reversed(before)):
        if a != b:
            break
        score += 1
    after = text[end:end + len(anchor.suffix)]
    for a, b in zip(anchor.suffix, after):
        if a != b:
            break
        score += 1
    return score


def context_similarity(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How alike the anchor's prefix and suffix are to the text around (start, end), 0..1: the
    mean of the two similarity ratios (1.0 when the anchor kept no context)."""
    ratios = []
    if anchor.prefix:
        before = text[max(0, start - len(anchor.prefix)):start]
        ratios.append(SequenceMatcher(None, " ".join(anchor.prefix.split()),
                                      " ".join(before.split()), autojunk=False).ratio())
    if anchor.suffix:
        after = text[end:end + len(anchor.suffix)]
        ratios.append(SequenceMatcher(None, " ".join(anchor.suffix.split()),
                                      " ".join(after.split()), autojunk=False).ratio())
    return sum(ratios) / len(ratios) if ratios else 1.0


def _pick(anchor: Anchor, text: str, spans: list[tuple[int, int]]
          ) -> tuple[tuple[int, int], int]:
    """Best span by context agreement, then closeness to the position hint; and how many spans
    are indistinguishable from it by context (1 = unique)."""
    hint = anchor.start if anchor.start is not None else None
    scored = [(_context_score(anchor, text, s, e), s, e) for s, e in spans]
    best_ctx = max(c for c, _, _ in scored)
    tied = [(s, e) for c, s, e in scored if c == best_ctx]
    if hint is not None:
        tied.sort(key=lambda se: abs(se[0] - hint))
    return tied[0], len(tied)


def _sellers(pattern: str, text: str) -> np.ndarray:
    """Approximate substring matching (Sellers 1980): for each end position j in `text`, the
    smallest edit distance between `pattern` and any substring of `text` ending at j.
    Rows are vectorised with numpy (the in-row insertion chain is a running minimum)."""
    p = np.frombuffer(pattern.encode("utf-32-le"), dtype=np.uint32)
    t = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    n = len(t)
    idx = np.arange(n + 1, dtype=np.int32)
    prev = np.zeros(n + 1, dtype=np.int32)
    row = np.empty(n + 1, dtype=np.int32)
    for i in range(1, len(p) + 1):
        row[0] = i
        np.minimum(prev[:-1] + (t != p[i - 1]), prev[1:] + 1, out=row[1:])
        prev = np.minimum.accumulate(row - idx) + idx
    return prev


def _fuzzy_spans(pattern: str, text: str, offset: int, max_dist: int
                 ) -> list[tuple[int, int, int]]:
    """(distance, start, end) of the best approximate matches of `pattern` in `text`."""
    if not text:
        return []
    d = _sellers(pattern, text)
    best = int(d.min())
    if best > max_dist:
        return []
    ends = np.flatnonzero(d == best)
    # one end per cluster of neighbouring ends (the same match give or take a character)
    picked: list[int] = []
    for j in ends.tolist():
        if not picked or j - picked[-1] > max(1, len(pattern) // 2):
            picked.append(j)
    out = []
    m = len(pattern)
    for j in picked:
        lo = max(0, j - m - best - 1)
        rev = _sellers(pattern[::-1], text[lo:j][::-1])
        k = int(np.flatnonzero(rev == rev.min())[-1])  # longest reach back at the best distance
        out.append((best, offset + j - k, offset + j))
    return out


def _fuzzy_long(quote: str, text: str, max_dist: int, ratio: float
                ) -> list[tuple[int, int, int]]:
    """Fuzzy search for a long quote without aligning all of it against the whole document:
    find its head and its tail approximately, then align the whole quote only in windows around
    them (cost grows with the quote's length, not with length × document)."""
    m, k = len(quote), LONG_PIECE
    slack = int(0.3 * m) + max_dist
    windows: set[tuple[int, int]] = set()
    for _, s, _e in _fuzzy_spans(quote[:k], text, 0, int(k * ratio)):
        windows.add((max(0, s - slack), min(len(text), s + m + slack)))
    for _, _s, e in _fuzzy_spans(quote[-k:], text, 0, int(k * ratio)):
        windows.add((max(0, e - m - slack), min(len(text), e + slack)))
    found: dict[tuple[int, int], int] = {}
    for lo, hi in sorted(windows)[:20]:
        for d, s, e in _fuzzy_spans(quote, text[lo:hi], lo, max_dist):
            found[(s, e)] = min(d, found.get((s, e), d))
    if not found:
        return []
    best = min(found.values())
    return sorted((d, s, e) for (s, e), d in found.items() if d == best)


def nearest(text: str, quote: str, *, max_ratio: float = FUZZY_MAX_RATIO
            ) -> tuple[int, int] | None:
    """Where `text` comes nearest to saying `quote` (the first of the closest approximate
    matches, edit distance up to `max_ratio` of its length), to tell a researcher whose quote
    is not found what the document says there; None when nothing comes that near."""
    if not quote.strip() or not text:
        return None
    found = _fuzzy_anywhere(quote, text, _max_dist(quote, max_ratio), max_ratio)
    return (found[0][1], found[0][2]) if found else None


def _max_dist(quote: str, ratio: float) -> int:
    return max(2, int(len(quote) * ratio))


def _fuzzy_anywhere(quote: str, text: str, max_dist: int, ratio: float
                    ) -> list[tuple[int, int, int]]:
    """The closest approximate matches of `quote` anywhere in `text` (a long one found by its
    head and tail first: `_fuzzy_long`)."""
    return (_fuzzy_long(quote, text, max_dist, ratio) if len(quote) > LONG_QUOTE
            else _fuzzy_spans(quote, text, 0, max_dist))


def reanchor(anchor: Anchor, text: str, *, fuzzy_max_ratio: float = FUZZY_MAX_RATIO,
             passage_of: Callable[[int, int], str | None] | None = None) -> Reanchored:
    """Find `anchor` in (a possibly changed) `text`: exact quote first, disambiguated by prefix,
    suffix and position hint; then a fuzzy search, accepted only where the context still matches
    and (with `passage_of(start, end)` -> passage id) inside the passage of the hint; else
    orphaned. Never raises on bad input."""
    quote = anchor.exact
    if not quote or not quote.strip():
        return Reanchored("orphaned", None, None)
    spans = find_quote(text, quote)
    if spans:
        (s, e), ties = _pick(anchor, text, spans)
        if ties > 1:
            # same text version and a candidate right at the position hint: that is the one
            if ((s, e) == (anchor.start, anchor.end) and anchor.text_sha256
                    and anchor.text_sha256 == sha256_text(text)):
                return Reanchored("exact", s, e, 0, ties)
            return Reanchored("ambiguous", s, e, 0, ties)
        status = "exact" if (s, e) == (anchor.start, anchor.end) else "moved"
        return Reanchored(status, s, e, 0, len(spans))
    max_dist = _max_dist(quote, fuzzy_max_ratio)
    found: list[tuple[int, int, int]] = []
    if anchor.start is not None and len(text) > 2 * WINDOW:
        lo = max(0, anchor.start - WINDOW)
        hi = min(len(text), (anchor.end or anchor.start) + WINDOW)
        found = _fuzzy_spans(quote, text[lo:hi], lo, max_dist)
    if not found:
        found = _fuzzy_anywhere(quote, text, max_dist, fuzzy_max_ratio)
    if not found:
        return Reanchored("orphaned", None, None)
    dist = found[0][0]
    (s, e), ties = _pick(anchor, text, [(s, e) for _, s, e in found])
    if ties > 1:
        return Reanchored("ambiguous", s, e, dist, ties)
    return _judge_fuzzy(anchor, text, s, e, dist, passage_of)


def _judge_fuzzy(anchor: Anchor, text: str, s: int, e: int, dist: int,
                 passage_of: Callable[[int, int], str | None] | None) -> Reanchored:
    """A fuzzy look-alike at (s, e) is the quote's new place only if its context and its passage
    agree with the hints; otherwise the annotation is orphaned, saying where the look-alike is."""
    pid = passage_of(s, e) if passage_of is not None else None
    where = f" in {pid}" if pid else ""
    if anchor.passage_id and pid and pid != anchor.passage_id:
        return Reanchored("orphaned", None, None, dist, 1,
                          f"closest words (distance {dist}) are in another passage, {pid} "
                          f"(was {anchor.passage_id})", pid)
    ctx = context_similarity(anchor, text, s, e)
    if ctx < CONTEXT_MIN:
        return Reanchored("orphaned", None, None, dist, 1,
                          f"closest words (distance {dist}){where} stand in another context "
                          f"(context similarity {ctx:.2f})", pid)
    return Reanchored("fuzzy", s, e, dist, 1,
                      f"words changed (distance {dist}){where}: review the quote", pid)


def moved_anchor(anchor: Anchor, text: str, result: Reanchored) -> Anchor:
    """`anchor` with its position hint, context and text version updated to where `reanchor`
    found it. The quote itself (authoritative, the researcher's) is kept as it was."""
    if result.start is None or result.end is None:
        return anchor
    fresh = make_anchor(text, result.start, result.end)
    return replace(anchor, start=result.start, end=result.end, text_sha256=sha256_text(text),
                   prefix=fresh.prefix if result.status != "fuzzy" else anchor.prefix,
                   suffix=fresh.suffix if result.status != "fuzzy" else anchor.suffix)


def cut_words(anchor: Anchor) -> list[str]:
    """The words an anchor's quote cuts (its first or last word goes on in the document:
    "tion against women" of "discrimination against women"), as "…tion" / "wome…" with the
    whole word; none when it starts and ends between words (trial 22: a quote cut mid-word
    was coded, and published, without a word)."""
    out = []
    exact = anchor.exact
    if exact[:1].isalnum() and anchor.prefix[-1:].isalnum():
        head = re.search(r"\w+$", anchor.prefix).group() + re.match(r"\w+", exact).group()
        out.append(f"it starts inside {head!r}")
    if exact[-1:].isalnum() and anchor.suffix[:1].isalnum():
        tail = re.search(r"\w+$", exact).group() + re.match(r"\w+", anchor.suffix).group()
        out.append(f"it ends inside {tail!r}")
    return out
