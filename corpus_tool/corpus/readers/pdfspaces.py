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

Reading a glyph's box costs a call to pdfium, and reading every glyph of every line slowed
reading PDFs by half; so only a line where pdfium starts a run of text (one of its rectangles)
inside a word is measured (`missing_spaces`), and its boxes are read in bulk (`PageGlyphs`).
"""
from __future__ import annotations

import ctypes
import re
import threading
from itertools import accumulate, compress, repeat
from operator import and_, le, ne, sub
from statistics import median

WORD_AFTER = set(".,;:!?)]”’\"%")      # may end a word before a space: "data.", "(a)"
WORD_BEFORE = set("([“‘\"§")           # may open a word after a space
# scripts written without spaces between words, or right to left (boxes in logical order)
RE_NO_SPACES_SCRIPT = re.compile(r"[\u0590-\u08ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]")
RE_SPACES = re.compile(r" +")


def unchecked(fn):
    """pypdfium2's raw `fn` called without ctypes' checks of each argument's type (half the
    cost of a call, and a glyph's box costs one call): ints go as C ints, pointers as
    `c_void_p` or by reference. The same function pointer, of the library's own function type
    (its calling convention), with no argtypes."""
    bare = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    bare.restype = fn.restype
    return bare


class PageGlyphs:
    """What `missing_spaces` asks pdfium about a text page's glyphs, asked in bulk: `map` makes
    the C calls (one a glyph or a word), no Python runs between them, and the boxes land in one
    buffer (the thread's, kept from page to page), read out at once."""

    def __init__(self, raw, tpr) -> None:
        self.raw, self.tpr = raw, tpr
        self.page = ctypes.c_void_p(ctypes.cast(tpr, ctypes.c_void_p).value)   # for `unchecked`
        self._loose = unchecked(raw.FPDFText_GetLooseCharBox)
        self._count = unchecked(raw.FPDFText_CountRects)

    def runs(self, start: int, count: int) -> int:
        """pdfium's rectangles (runs of text) of `count` glyphs from `start`."""
        return self._count(self.page, start, count)

    def split_words(self, start: int, words: list[str]) -> bool:
        """Does any of `words`, set from `start` one space apart (an empty one between two
        spaces), span more than one run?"""
        lengths = list(map(len, words))
        starts = accumulate(map((1).__add__, lengths), initial=start)
        return max(map(self._count, repeat(self.page), starts, lengths)) > 1

    def loose_lefts_rights(self, start: int, count: int) -> tuple[list[float], list[float]]:
        """The left and right edges of the loose boxes of `count` glyphs from `start`."""
        ptrs, floats = _buffer(self.raw, count)
        done = list(map(self._loose, repeat(self.page), range(start, start + count), ptrs))
        box = floats[:4 * count]                    # left, top, right, bottom of each glyph
        lefts, rights = box[0::4], box[2::4]
        if not all(done):
            for k in (k for k, ok in enumerate(done) if not ok):    # no box: as the one before
                lefts[k], rights[k] = (lefts[k - 1], rights[k - 1]) if k else (0.0, 0.0)
        return lefts, rights


_BUFFERS = threading.local()        # each thread's box buffer, with a pointer to each box


def _buffer(raw, count: int) -> tuple[list[ctypes.c_void_p], ctypes.Array]:
    """Pointers to `count` boxes or more of this thread's buffer, and its floats."""
    held = getattr(_BUFFERS, "held", None)
    if held is None or len(held[1]) < count:
        rects = (raw.FS_RECTF * max(count, 1024))()
        held = (rects, [ctypes.c_void_p(ctypes.addressof(r)) for r in rects],
                (ctypes.c_float * (4 * len(rects))).from_buffer(rects))
        _BUFFERS.held = held
    return held[1], held[2]


def _word_char_before(c: str) -> bool:
    return c.isalnum() or c in WORD_AFTER


def _word_char_after(c: str) -> bool:
    return c.isalnum() or c in WORD_BEFORE


def missing_spaces(glyphs: PageGlyphs, text: str, i0: int, i1: int) -> list[int]:
    """Offsets k (from `i0`) in the line `text[i0:i1 + 1]` where a word space is missing
    before `text[i0 + k]`: the gap to the glyph before is at least 0.6 of the line's median
    word space and more than halfway from the median gap inside words to it. A line needs two
    word spaces to measure by, and a word (what the text stream has between two spaces) that
    pdfium sets in more than one run of text (its rectangles): a missing space is a move of the
    pen where pdfium saw none, and every space put in on the 42 PDFs of the tests (12: "still"
    | "face", "9." | "During", …) lay where one run ends and the next begins. Lines set in one run
    are not looked at, nor lines whose runs all meet at spaces (many PDFs set each word as a
    run): counting a word's runs costs one call to pdfium, reading its boxes one a glyph, and
    reading every glyph of every line of more than one run slowed reading by half. A line that
    is measured is measured whole, its medians and every gap, as before. Dashes, hyphens and
    dot leaders never take a space, nor a raised mark (a note's number), nor right-to-left or
    East Asian script."""
    line = text[i0:i1 + 1]
    if line.count(" ") < 2 or len(line) < 8 \
            or not line.isascii() and RE_NO_SPACES_SCRIPT.search(line):
        return []
    if glyphs.runs(i0, i1 - i0 + 1) < 2:
        return []           # one run of text: the pen never moved on its own between glyphs
    if not glyphs.split_words(i0, line.split(" ")):
        return []           # each word in one run: no run starts inside a word
    lefts, rights = glyphs.loose_lefts_rights(i0, i1 - i0 + 1)
    ks, inner, words = _gaps(line, lefts, rights)
    if len(words) < 2 or not inner:
        return []
    word = median(words)
    wide = [(k, g) for k, g in zip(ks, inner) if g >= 0.15 * word]
    if word <= 0 or not wide:
        return []
    within = median(inner)
    if within >= 0.7 * word:
        return []           # letter-spaced: no gap tells a word from a letter
    cut = max(0.6 * word, within + 0.5 * (word - within))
    # after a paragraph's number or a sentence's stop, before a capital ("9.During"), a
    # narrower gap will do; not inside an abbreviation ("U.S.")
    cut_stop = within + 0.2 * (word - within)
    return [k for k, gap in wide if _word_gap(line, k, gap, cut, cut_stop)
            and not _raised(glyphs.raw, glyphs.tpr, i0 + k)]


def _gaps(line: str, lefts: list[float], rights: list[float]
          ) -> tuple[list[int], list[float], list[float]]:
    """The gaps between the loose boxes of neighbouring glyphs of `line` inside its words (the
    offsets of the glyphs after them, the gaps), and the gaps across its word spaces. Spaces and
    glyphs of no width are passed over: a gap across one of those is neither."""
    glyph = list(map(ne, line, repeat(" ")))
    if not any(compress(map(le, rights, lefts), glyph)):
        # every glyph has a width (as nearly always): the pairs side by side are all there is
        pair = list(map(and_, glyph, glyph[1:]))
        return (list(compress(range(1, len(line)), pair)),
                list(compress(map(sub, lefts[1:], rights), pair)),
                [lefts[b] - rights[a - 1] for a, b in map(re.Match.span, RE_SPACES.finditer(line))
                 if a and b < len(line)])
    ks: list[int] = []
    inner: list[float] = []
    words: list[float] = []
    last = None                     # the offset of the last glyph that is no space
    for k, c in enumerate(line):
        if c == " " or rights[k] <= lefts[k]:
            continue
        if last is not None:
            if last == k - 1:
                ks.append(k)
                inner.append(lefts[k] - rights[last])
            elif not line[last + 1:k].strip():
                words.append(lefts[k] - rights[last])
        last = k
    return ks, inner, words


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
    if not cuts and not spaces:
        return line
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
