"""Page furniture of PDFs: running heads and feet, page numbers, margin line numbers.

- Running heads and feet are lines repeated across pages (digits ignored, so page numbers,
  dates and case numbers may vary) in the top and bottom bands of the page, or among each
  page's first and last lines wherever the margins are (on a quarter of the pages);
- heads that alternate between odd and even pages or vary (a case name on one, a citation on
  the other) but carry the page's own number first or last are found by that number's offset
  from the page index;
- bare page numbers as a page's first or last line;
- margin line numbers of line-numbered prints (court opinions, transcripts): numbers counting
  up line by line on most lines of a page, or set as a column of their own;
- printer's slugs: the job number of UN documents (`10-23102 (E) 020310`, `GE.04-14837 (E)`)
  and its bar code (`*1023102*`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corpus_tool.corpus.textclean import normalise_spaces

RE_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–]?\s*\d{1,6}\s*[-–]?(?:\s*of\s*\d+)?$", re.I)
RE_DIGITS = re.compile(r"\d+")
RE_LINE_NUMBER = re.compile(r"^(\d{1,3})(?:\s+|$)")


@dataclass(slots=True)
class Seg:
    """A positioned piece of a line (PDF points, origin bottom-left)."""
    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    page: int
    hyphen: bool = False          # ends with a word broken at the line end
    col: int = 0
    x_text: float | None = None   # where the text after a leading number starts (line numbers)
    mark: int = 0                 # characters of a leading note mark set as a superscript


EDGE_LINES = 2            # lines at a page's top and foot that may be running heads or feet


def _edge_lines(segs: list[Seg]) -> set[int]:
    """Indexes of the segments on the page's first and last EDGE_LINES lines (by position),
    wherever the margins are: running heads sit above the text, not at a fixed height."""
    if not segs:
        return set()
    tops = [round(s.top) for s in segs]
    lines = sorted(set(tops))
    keep = set(lines[:EDGE_LINES]) | set(lines[-EDGE_LINES:])
    return {k for k, top in enumerate(tops) if top in keep}


RE_HEAD_NUMBER = re.compile(r"^(\d{1,4})\s+\S|\S\s+(\d{1,4})$")


def _numbered_heads(pages: list[list[Seg]], edges: list[set[int]]) -> set[tuple[int, int]]:
    """Running heads that differ from page to page (odd and even pages, a case name on one,
    a citation on the other) but carry the page's own number first or last
    (`2 TARRANT REGIONAL WATER DIST.`, `Cite as: 569 U. S. ____ (2013) 3`): on the first or
    last lines of a page, a short line whose number is the page's, at one offset from the PDF
    page index that at least two pages share. `edges`: each page's `_edge_lines`."""
    found: list[tuple[int, int, int]] = []
    for p, segs in enumerate(pages):
        for k in edges[p]:
            text = normalise_spaces(segs[k].text)
            if len(text) <= 100 and (m := RE_HEAD_NUMBER.search(text)):
                found.append((p, k, int(m.group(1) or m.group(2)) - (p + 1)))
    offsets = Counter()
    for off, ps in _group(found).items():
        offsets[off] = len(ps)
    if not offsets:
        return set()
    off, n = offsets.most_common(1)[0]
    if n < max(2, round(0.25 * len(pages))):
        return set()
    return {(p, k) for p, k, o in found if o == off}


def _group(found: list[tuple[int, int, int]]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for p, _, off in found:
        out.setdefault(off, set()).add(p)
    return out


# a numbered heading or marker of the text's own structure, alone on its line: "Article 8",
# "Art. 16", "Section 3", "Chapter IV", "Rule 12", "(10)" (an EU act's recital number)
RE_STRUCTURE_LINE = re.compile(
    r"^(?:(?:Article|Art\.|Section|Sec\.|§|Chapter|Part|Title|Rule|Regulation|Principle|"
    r"Recommendation|Guideline|Annex|Schedule)\s+(?:\d{1,4}[a-z]?|[IVXLC]{1,7})\.?|\(\d{1,4}\))$")


def _numbered_headings(pages: list[list[Seg]], found: list[tuple[int, int]]
                       ) -> set[tuple[int, int]]:
    """Among lines taken for running heads (the same words on many pages, digits aside), the
    numbered headings of the text itself: an article or recital that starts at the top of a
    page or at its foot ("Article 8", "(10)"). A running head stands on page after page; the
    same heading comes back, if at all, pages apart (a recital's "(10)", then point (10) of a
    list of definitions); and its numbers do not follow the pages' own, as a running head's
    would ("Part 3" on page 3)."""
    texts = {(p, k): normalise_spaces(pages[p][k].text) for p, k in found}
    cands = {pk: t for pk, t in texts.items() if RE_STRUCTURE_LINE.match(t)}
    if len(cands) < 2:
        return set()
    pages_of: dict[str, set[int]] = {}
    for (p, _), t in cands.items():
        pages_of.setdefault(t, set()).add(p)
    offsets = {int(RE_DIGITS.search(t).group(0)) - p for (p, _), t in cands.items()
               if RE_DIGITS.search(t)}
    if len(offsets) < 2:        # the number follows the page: a running head ("Part 3")
        return set()
    return {pk for pk, t in cands.items()
            if all(b - a > 1 for a, b in zip(sorted(pages_of[t]), sorted(pages_of[t])[1:]))}


def _opens_a_line(segs: list[Seg], s: Seg) -> bool:
    """Does text follow the number `s` on its line, a word space or two to its right? A
    footnote's own number at a page's foot ("¹ In accordance with article 68 …"), not the
    page's: it was dropped as a page number, and the note read as body text (a researcher's
    trial, session 45)."""
    return any(t is not s and t.bottom < s.top and t.top > s.bottom
               and 0 <= t.x0 - s.x1 < 2 * max(s.size, 1.0) and t.text[:1].isalpha()
               for t in segs)


RE_SENTENCE_TAIL = re.compile(r"[a-z]{2}[.;:]$")
RE_RUNS_ON = re.compile(r"\b(?:the|of|and|or|to|in|a|an|with|under|for|by)$")


def _ends_paragraph(segs: list[Seg], k: int) -> bool:
    """The last line of a paragraph whose line before runs on into it ("… provisions of the" /
    "Agreement."): text, not a piece of a running head, however alike their words."""
    return (k > 0 and bool(RE_SENTENCE_TAIL.search(segs[k].text))
            and bool(RE_RUNS_ON.search(segs[k - 1].text.rstrip())))


def running_lines(pages: list[list[Seg]], heights: list[float]) -> set[tuple[int, int]]:
    """(page index, seg index) of running headers/footers and page numbers: lines repeated
    (digits ignored) on at least two pages in the top/bottom bands of the page, or on a
    quarter of the pages (at least two) among the page's first and last lines."""
    drop: set[tuple[int, int]] = set()
    cands: list[tuple[int, int, str, bool]] = []
    edges = [_edge_lines(segs) for segs in pages]
    for p, segs in enumerate(pages):
        h = heights[p]
        edge = edges[p]
        for k, s in enumerate(segs):
            in_band = s.top > h * 0.89 or s.bottom < h * 0.11
            if in_band or k in edge:
                norm = RE_DIGITS.sub("#", normalise_spaces(s.text).lower())
                if in_band and RE_PAGE_NUMBER.match(s.text.strip()) \
                        and not _opens_a_line(segs, s):
                    drop.add((p, k))
                    continue
                cands.append((p, k, norm, in_band))
    for p, segs in enumerate(pages):               # a bare number as a page's first/last line
        if not segs:
            continue
        tops, bottoms = [s.top for s in segs], [s.bottom for s in segs]
        for k in {tops.index(max(tops)), bottoms.index(min(bottoms))}:
            if RE_PAGE_NUMBER.match(segs[k].text.strip()):
                drop.add((p, k))
    in_band_pages: dict[str, set[int]] = {}
    edge_pages: dict[str, set[int]] = {}
    for p, k, norm, in_band in cands:
        (in_band_pages if in_band else edge_pages).setdefault(norm, set()).add(p)
    many = len(pages) > 2
    need_edge = max(2, round(0.25 * len(pages)))
    running = {n for n, ps in in_band_pages.items() if many and len(ps) >= 2}
    running |= {n for n, ps in edge_pages.items()
                if many and len(ps | in_band_pages.get(n, set())) >= need_edge
                and re.search(r"[^\W\d_]", n)}
    headings = _numbered_headings(pages, [(p, k) for p, k, norm, _ in cands if norm in running])
    for p, k, norm, _ in cands:
        if norm in running and (p, k) not in headings:
            drop.add((p, k))
    drop |= _numbered_heads(pages, edges)
    # pieces of a running header elsewhere on a page (a first-page masthead)
    long_running = "\x00".join(r for r in running if len(r) >= 30)   # one substring search
    for p, segs in enumerate(pages if long_running else ()):
        for k, s in enumerate(segs):
            if (p, k) in drop or not 10 <= len(s.text) <= 40:
                continue
            norm = RE_DIGITS.sub("#", normalise_spaces(s.text).lower())
            if len(norm) >= 10 and norm in long_running and not _ends_paragraph(segs, k):
                drop.add((p, k))
    return drop


def strip_line_numbers(segs: list[Seg]) -> list[Seg]:
    """A line-numbered print (court opinions, transcripts): when most lines of the page start
    with a number and the numbers count up line by line, the numbers are margin furniture —
    removed, lines holding only a number dropped, the text keeping its own left edge."""
    segs = _drop_number_column(segs)
    nums = [(k, int(m.group(1))) for k, s in enumerate(segs) if (m := RE_LINE_NUMBER.match(s.text))]
    if len(nums) < 8 or len(nums) < 0.6 * len(segs):
        return segs
    steps = sum(1 for (_, a), (_, b) in zip(nums, nums[1:]) if b == a + 1)
    if steps < 0.7 * (len(nums) - 1):
        return segs
    numbered = {k for k, _ in nums}
    out = []
    for k, s in enumerate(segs):
        if k in numbered:
            rest = s.text[RE_LINE_NUMBER.match(s.text).end():].strip()
            if not rest:
                continue
            x0 = s.x_text if s.x_text is not None else s.x0
            s = Seg(rest, x0, s.x1, s.bottom, s.top, s.size, s.page, s.hyphen, s.col)
        out.append(s)
    return out


def _drop_number_column(segs: list[Seg]) -> list[Seg]:
    """Margin line numbers set as a column of their own (a transcript's 1–25): at least
    eight segments holding only a number, aligned on one right edge, counting up by one from
    the top of the page down, are dropped."""
    column: dict[int, list[tuple[float, int, int]]] = {}
    for k, s in enumerate(segs):
        t = s.text.strip()
        if t.isdecimal() and len(t) <= 3:      # not "²", a digit int() cannot read
            column.setdefault(round(s.x1 / 3), []).append((-s.top, int(t), k))
    if not column:
        return segs
    best = max(column.values(), key=len)
    if len(best) < 8:
        return segs
    best.sort()
    steps = sum(1 for (_, a, _), (_, b, _) in zip(best, best[1:]) if b == a + 1)
    if steps < 0.8 * (len(best) - 1):
        return segs
    drop = {k for _, _, k in best}
    return [s for k, s in enumerate(segs) if k not in drop]


# a UN document's job number: office prefix, year-serial, language, print date(s)
RE_JOB_NUMBER = re.compile(r"^(?:[A-Z]{2}\.)?(\d{2})-(\d{5})\s*\([A-Z]\)(?:\s+\d{6}){0,2}$")


def drop_printer_slugs(segs: list[Seg]) -> list[Seg]:
    """`segs` without the job number of a UN document and its bar code (the same digits
    between asterisks)."""
    slugs = {k: m.group(1) + m.group(2) for k, s in enumerate(segs)
             if (m := RE_JOB_NUMBER.match(s.text.strip()))}
    if not slugs:
        return segs
    codes = set(slugs.values())
    return [s for k, s in enumerate(segs) if k not in slugs
            and s.text.strip().strip("*").replace(" ", "") not in codes]
