"""Word spaces a PDF shows but its text stream lacks, for the PDF reader.

Some PDFs set a word space as a move of the pen, not as a space glyph, and pdfium's text stream
puts no space there when the move is narrower than its own threshold: the EPRS briefing
"Understanding EU policies for people with disabilities" (2025) shows "still face" and the text
read "stillface", so a quote copied from a viewer was refused (a researcher's trial 20). A gap
is measured against the line itself, not a fixed width: it is a word space when it is as wide
as most of the line's word spaces nearly are, and well wider than the gaps between its letters
(justified or letter-spaced lines have wide gaps inside words too: "biolo gical" must not be
split). Gaps are taken between pdfium's loose boxes (the glyphs' advances), so a letter's own
side bearings do not count.
"""
from __future__ import annotations

import re
from statistics import median

WORD_AFTER = set(".,;:!?)]”’\"%")      # may end a word before a space: "data.", "(a)"
WORD_BEFORE = set("([“‘\"§")           # may open a word after a space
# scripts written without spaces between words, or right to left (boxes in logical order)
RE_NO_SPACES_SCRIPT = re.compile(r"[\u0590-\u08ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _word_char_before(c: str) -> bool:
    return c.isalnum() or c in WORD_AFTER


def _word_char_after(c: str) -> bool:
    return c.isalnum() or c in WORD_BEFORE


def missing_spaces(raw, tpr, text: str, i0: int, i1: int) -> list[int]:
    """Offsets k (from `i0`) in the line `text[i0:i1 + 1]` where a word space is missing
    before `text[i0 + k]`: the gap to the glyph before is at least 0.6 of the line's median
    word space and more than halfway from the median gap inside words to it. A line needs two
    word spaces to measure by, and more than one run of text (pdfium's rectangles): a line set
    as one run is not looked at, since every missing space found in 115 PDFs of tests and
    trials lay between runs, and reading every glyph's box of every line slowed reading by
    half. Dashes, hyphens and dot leaders never take a space, nor a raised mark (a note's
    number), nor right-to-left or East Asian script."""
    line = text[i0:i1 + 1]
    if line.count(" ") < 2 or len(line) < 8 or RE_NO_SPACES_SCRIPT.search(line):
        return []
    if raw.FPDFText_CountRects(tpr, i0, i1 - i0 + 1) < 2:
        return []           # one run of text: the pen never moved on its own between glyphs
    rect = raw.FS_RECTF()
    get = raw.FPDFText_GetLooseCharBox
    lefts, rights = [], []
    for i in range(i0, i1 + 1):
        get(tpr, i, rect)
        lefts.append(rect.left)
        rights.append(rect.right)
    inner: list[tuple[int, float]] = []
    words: list[float] = []
    last = None                     # the offset of the last glyph that is no space
    for k, c in enumerate(line):
        if c == " " or rights[k] <= lefts[k]:
            continue
        if last is not None:
            if last == k - 1:
                inner.append((k, lefts[k] - rights[last]))
            elif not line[last + 1:k].strip():
                words.append(lefts[k] - rights[last])
        last = k
    if len(words) < 2 or not inner:
        return []
    word = median(words)
    wide = [(k, g) for k, g in inner if g >= 0.15 * word]
    if word <= 0 or not wide:
        return []
    within = median(g for _, g in inner)
    if within >= 0.7 * word:
        return []           # letter-spaced: no gap tells a word from a letter
    cut = max(0.6 * word, within + 0.5 * (word - within))
    # after a paragraph's number or a sentence's stop, before a capital ("9.During"), a
    # narrower gap will do; not inside an abbreviation ("U.S.")
    cut_stop = within + 0.2 * (word - within)
    return [k for k, gap in wide if _word_gap(line, k, gap, cut, cut_stop)
            and not _raised(raw, tpr, i0 + k)]


def _word_gap(line: str, k: int, gap: float, cut: float, cut_stop: float) -> bool:
    a, b = line[k - 1], line[k]
    if a in ".)" and b.isupper() and gap >= cut_stop and k >= 2 \
            and (line[k - 2].isdigit() or line[k - 2].islower() or a == ")"):
        return True
    return gap >= cut and _word_char_before(a) and _word_char_after(b) and not a == b == "."


def _raised(raw, tpr, i: int) -> bool:
    """Is the glyph at `i` set off the line of the one before it (a note's raised number)?"""
    rect = raw.FS_RECTF()
    raw.FPDFText_GetLooseCharBox(tpr, i - 1, rect)
    ya, ha = rect.top + rect.bottom, abs(rect.top - rect.bottom)
    raw.FPDFText_GetLooseCharBox(tpr, i, rect)
    yb, hb = rect.top + rect.bottom, abs(rect.top - rect.bottom)
    return abs(ya - yb) / 2 > 0.15 * max(ha, hb)


def rebuild(line: str, cuts: list[tuple[int, int]], spaces: list[int]) -> str:
    """`line` without the spans `cuts` (start, end) and with a space before each offset in
    `spaces` that is not cut (nor next to a space already)."""
    gone = set()
    for a, b in cuts:
        gone.update(range(a, b))
    at = set(spaces)
    out: list[str] = []
    for k, c in enumerate(line):
        if k in gone:
            continue
        if k in at and out and out[-1] != " " and c != " ":
            out.append(" ")
        out.append(c)
    return "".join(out)
