"""PDF reader: pypdfium2's text stream, cut into positioned line segments, put in reading order.

Speed matters (a corpus can hold thousands of PDFs), so we never ask for every character's box:
per physical line we query the first, middle and last character (box, loose box, angle) and,
only on lines wider than a column could be, the characters around spaces to find column gutters
inside the line (those calls are made without ctypes' argument checks, `pdfspaces.unchecked`);
every character's box only on the lines where pdfium starts a run of text inside a word, where
a word space may be missing (`pdfspaces.missing_spaces`). From the segments:

- rotated text (printer slugs in the margin) and text outside the page box are dropped;
- running headers and footers are found by repetition across pages in the top/bottom bands
  (digits ignored), bare page numbers too, and dropped; pieces of a running header elsewhere
  (a first-page masthead) too;
- columns are found from the x-coverage of narrow segments; lines spanning gutters split the
  page into bands; reading order is band by band, column by column, top to bottom;
- pages whose text stream interleaves the columns' lines (IRS instructions) are detected by the
  gutters found inside lines and read one column at a time with pdfium's bounded-text call;
- lines become paragraphs by vertical gaps, indentation (hanging indents of list items
  allowed), font size, enumerators and sentence ends; a paragraph that runs on over a column or
  page break is joined (its block keeps its first page and notes where a later one begins,
  `Block.breaks`, so that a quote is cited by its own page); footnotes (smaller type) never
  break a running paragraph and run on over columns themselves;
- words hyphenated at line ends are rejoined (the hyphen kept before a capital or an acronym).

pdfplumber (slower, richer) is used only for pages where pypdfium2 finds characters but no
usable geometry: its word boxes then give that page's lines.

Over 400 lines on purpose: one reader, whose layout analysis (columns, running heads,
footnotes, hyphenation) is a single pass over pdfplumber's words; the ingest-readers work
is to split it into `pdf` and `pdf_layout`."""
from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, register
from corpus_tool.corpus.readers.encoding import codepage_table
from corpus_tool.corpus.readers.pdfcontents import contents_entries
from corpus_tool.corpus.readers.pdfheadings import statute_headings
from corpus_tool.corpus.readers.pdfspaces import PageGlyphs, missing_spaces, rebuild, unchecked
from corpus_tool.corpus.readers.pagefurniture import (RE_STRUCTURE_LINE, Seg, drop_printer_slugs,
                                                      running_lines, strip_line_numbers)
from corpus_tool.corpus.textclean import (RE_PREAMBLE, RE_RULE, article_heading, keeps_hyphen,
                                          normalise_spaces, run_on_paragraphs, split_at_rules)
from corpus_tool.errors import InputError

SOFT_HYPHEN = "\ufffe"          # pdfium's marker: word hyphenated at a line end
# list bullets, often set larger than the text they mark: also the minus sign a Symbol font sets
# as a dash bullet, 15.6 pt tall before 13.5 pt text, so that each item was read as a heading
# and its words were in no passage (a UN working paper's list of what must be disclosed for
# informed consent, E/CN.4/Sub.2/AC.4/2004/4 p. 7: a researcher's trial 44, P3)
BULLETS = "•▪◦●■□➢►−\uf0b7\uf0a7"
RE_ENDED = re.compile(r"[.:;?!][’”\"')\]]*$")
CLOSERS = "’”\"')]"            # may follow a sentence's stop: "… as agreed.)"
# (and "b.It is essential …", a lettered item atop a page, run into the one before: trial 48)
RE_ENUM = re.compile(r"^(?:\(?\d{1,3}[.)]\s|\([a-z]{1,3}\)|[a-z]\)\s|[•▪◦●\-–!]\s|"
                     r"[a-h]\.\s?(?=[A-Z][a-z]))")
RE_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{1,3}|\bv)\.$")     # "(2d Cir." + "2008)."
RE_LEAD_NUMBER = re.compile(r"^\d{1,3}\s+(?=\S)")
# the US Government Publishing Office's compilations set their editorial brackets in a font
# whose codes read "ø" and "¿" ("ø12 U.S.C. 248¿"): a reader sees [12 U.S.C. 248]
RE_GPO_BRACKETS = re.compile(r"ø([^ø¿\n]{1,2000})¿")
# a footnote's number, set as a superscript the text stream glues to the note ("4The angle…")
RE_NOTE_NUMBER = re.compile(r"^(\d{1,3}) ?(?=[A-Z“‘\"(])")
RE_ENDNOTES = re.compile(r"^(?:End\s*)?[Nn]otes\.?$|^(?:END\s*)?NOTES$")


def _ended(text: str) -> bool:
    """`RE_ENDED.search(text)`: does `text` end a sentence? Read from its end (the regex tried
    every position of the line, three times a line)."""
    t = text[:-1] if text.endswith("\n") else text       # ($ matches before a last newline)
    t = t.rstrip(CLOSERS)
    return bool(t) and t[-1] in ".:;?!"


@dataclass(slots=True)
class _Para:
    lines: list[str] = field(default_factory=list)
    hyphens: list[bool] = field(default_factory=list)
    page: int = 1
    size: float = 0.0
    heading: bool = False
    x0: float = 0.0
    breaks: list[tuple[int, int]] = field(default_factory=list)     # (line index, its page)

    def add(self, s: Seg) -> None:
        """Run the paragraph on with line `s` (a page break before it is noted)."""
        last = self.breaks[-1][1] if self.breaks else self.page
        if s.page != last:
            self.breaks.append((len(self.lines), s.page))
        self.lines.append(s.text)
        self.hyphens.append(s.hyphen)

    def text(self) -> str:
        return self.text_and_breaks()[0]

    def text_and_breaks(self) -> tuple[str, list[tuple[int, int]]]:
        """The paragraph's text, and where in it a later page begins: (offset, page)."""
        out, at, breaks = "", dict(self.breaks), []
        for k, (line, hy) in enumerate(zip(self.lines, [False] + self.hyphens[:-1])):
            line = normalise_spaces(line)
            if k in at:
                breaks.append((len(out) + (1 if out and not hy else 0), at[k]))
            if not line:
                continue
            if not out:
                out = line
            elif hy:
                keep = line[:1].isupper() or keeps_hyphen(out)
                out += ("-" + line) if keep else line
            elif out.endswith("-") and line[:1].islower() and re.search(r"[a-z]-$", out):
                out = out + line if keeps_hyphen(out[:-1]) else out[:-1] + line
            else:
                out += " " + line
        return out, [(min(o, len(out)), pg) for o, pg in breaks]


def _open(path: Path, password: str | None):
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            if password:
                raise InputError("wrong password for this encrypted PDF", path=path,
                                 fix="check the password given with --password") from e
            raise InputError("encrypted PDF: it needs a password", path=path,
                             fix="run `corpus-tool ingest --password PASSWORD` (or `corpus-tool "
                                 "add FILE … --password PASSWORD`)") from e
        if (head := _not_a_pdf(path)) is not None:      # a text or web page named .pdf
            raise InputError(f"not a PDF: the file begins with text ({head!r})", path=path,
                             fix="give it the extension of what it is (.md, .txt, .html) and "
                                 "add it again") from e
        raise InputError(f"damaged or truncated PDF ({msg})", path=path,
                         fix="download the file again or re-save it from a PDF viewer") from e


def _not_a_pdf(path: Path) -> str | None:
    """The first words of a file that is text, not a PDF (no `%PDF` in its first kilobyte)."""
    try:
        head = Path(path).read_bytes()[:1024]
    except OSError:
        return None
    text = head.decode("utf-8", "ignore")       # (a character cut at the kilobyte's end)
    if b"%PDF" in head or not text.strip() or \
            not all(c.isprintable() or c.isspace() for c in text):
        return None
    return " ".join(text.split())[:40]


def _page_segments(tp, pageno: int, width: float, height: float, raw) -> list[Seg]:
    text = tp.get_text_range()
    n = len(text)
    tpr = tp.raw
    glyphs = PageGlyphs(raw, tpr)
    # a few calls a line, made without ctypes' checks of their arguments (`unchecked`): the
    # page as a bare pointer, the results' places passed by reference
    page = glyphs.page
    get_box, get_loose = unchecked(raw.FPDFText_GetCharBox), unchecked(raw.FPDFText_GetLooseCharBox)
    get_angle = unchecked(raw.FPDFText_GetCharAngle)
    is_generated = unchecked(raw.FPDFText_IsGenerated)
    L, R, B, T = (ctypes.c_double() for _ in range(4))
    pL, pR, pB, pT = map(ctypes.byref, (L, R, B, T))
    rect = raw.FS_RECTF()
    p_rect = ctypes.byref(rect)

    def box(i: int) -> tuple[float, float, float, float]:
        get_box(page, i, pL, pR, pB, pT)
        return L.value, R.value, B.value, T.value

    segs: list[Seg] = []
    n_split = 0
    gaps: list[float] = []                   # x where a column starts inside a chained line
    chained: bool | None = None
    for m in RE_STREAM_LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        end = m.end()
        hyphen = end < n and text[end] == SOFT_HYPHEN
        i0 = m.start() + (len(line) - len(line.lstrip()))
        i1 = i0 + len(stripped) - 1
        if get_angle(page, i0) not in (0.0, -1.0):
            continue                                     # rotated margin text
        get_box(page, i0, pL, pR, pB, pT)
        l0, b0, t0 = L.value, B.value, T.value
        get_box(page, i1, pL, pR, pB, pT)
        r1, b1, t1 = R.value, B.value, T.value
        lt = lb = 0.0
        if stripped[0] not in BULLETS and get_loose(page, i0, p_rect):   # a bullet glyph is big
            lt, lb = max(rect.top, rect.bottom), min(rect.top, rect.bottom)
        if not stripped[0].islower():            # a superscript, a bold label: look further
            im = (i0 + i1) // 2
            while im < i1 and text[im] == " ":
                im += 1
            if get_loose(page, im, p_rect) and abs(rect.top - rect.bottom) > lt - lb:
                lt, lb = max(rect.top, rect.bottom), min(rect.top, rect.bottom)
        size = (lt - lb) or (t0 - b0)
        top, bottom = (lt, lb) if lt > lb else (max(t0, t1), min(b0, b1))
        if top < 0 or bottom > height or r1 < 0 or l0 > width:
            continue                                     # outside the visible page
        if chained is None and n_split >= 5 and n_split >= 0.08 * len(segs):
            chained = True                   # enough evidence: stop looking inside lines
        if not chained and r1 - l0 > 0.42 * width \
                and glyphs.runs(i0, i1 - i0 + 1) > 1:
            # wider than a column and pdfium sees separate runs: look for gutters inside
            pieces = _split_at_gutters(text, i0, i1, l0, r1, size, box,
                                       is_generated, page)
            if len(pieces) > 1:
                n_split += 1
                gaps.extend(q[2] for q in pieces[1:])     # where the next column starts
            for k, (a, b, x0, x1) in enumerate(pieces):
                seg_text = text[a:b + 1].strip()
                if seg_text:
                    a += len(text[a:b + 1]) - len(text[a:b + 1].lstrip())
                    seg_text = _without_raised_marks(raw, tpr, seg_text, a, missing_spaces(
                        glyphs, text, a, a + len(seg_text) - 1))
                if seg_text:
                    segs.append(Seg(seg_text, x0, x1, bottom, top, size, pageno,
                                    hyphen=hyphen and k == len(pieces) - 1))
        else:
            x_text = None
            if stripped[0].isdigit() and (mn := RE_LEAD_NUMBER.match(stripped)):
                get_box(page, i0 + mn.end(), pL, pR, pB, pT)    # a margin line number's text
                x_text = L.value
            spaces = missing_spaces(glyphs, text, i0, i1)
            text_of = _without_raised_marks(raw, tpr, stripped, i0, spaces)
            mark = _raised_mark(raw, tpr, stripped, i0)
            mark += sum(1 for k in spaces if k < mark)
            segs.append(Seg(text_of, l0, r1, bottom, top, size, pageno, hyphen=hyphen,
                            x_text=x_text, mark=mark))
    if chained or (n_split >= 5 and n_split >= 0.08 * len(segs)):
        # the text stream chains the columns' lines together (e.g. IRS instructions): read
        # each column through pdfium's bounded-text call instead
        gutters = _start_gutters(gaps + [s.x0 for s in segs])
        if gutters:
            return _column_segments(tp, segs, gutters, pageno, width, height)
    return segs


RE_LEAD_MARK = re.compile(r"\d{1,3}(?=\s+[a-z])")     # "10 are entitled": a sentence goes on
# a note's mark inside a line: digits after a word or its stop ("… of the world,3 is …",
# "… of the Agreement, 1 whichever …")
RE_MID_MARK = re.compile(r"(?<=[^\W\d_])[.,;:)”’\"]? ?(\d{1,3})(?=[\s,.;:)]|$)")
# the same, found faster: from the number (the look-behind that opens RE_MID_MARK is tried at
# every character; 20 µs a line without digits) and, in a line of ASCII, with ASCII classes
RE_MID_MARK_FAST = re.compile(r"(\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][.,;:)”’\" ]\d)"
                              r"|(?<=[^\W\d_][.,;:)”’\"] \d))\d{0,2})(?=[\s,.;:)]|$)")
RE_MID_MARK_ASCII = re.compile(r"([0-9](?:(?<=[A-Za-z][0-9])|(?<=[A-Za-z][.,;:)\" ][0-9])"
                               r"|(?<=[A-Za-z][.,;:)\"] [0-9]))[0-9]{0,2})"
                               r"(?=[\t\n\x0b\x0c\r\x1c-\x1f ,.;:)]|$)")


# a note's mark in lower-case roman numerals, set on after a word's stop or comma ("… the
# secrecy of the ballot.iii It should …", "… Constitution,iii declare …": the US National Council
# on Disability's reports of 2005); whether it is raised is checked as for a number
RE_ROMAN_MARK = re.compile(r"[.,;:)”’\"]([ivx]{1,6})(?=[\s,.;:)]|$)")
# the same set on straight after a word's last letter ("… HIV/AIDSxxxii and other …",
# "… Cultural Rightsii, adopted …"): the run of roman letters that ends a word, of which only the
# raised part is the mark ("Helsinkii" → "Helsinki"); the mark itself a numeral
RE_LETTER_ROMAN = re.compile(r"(?<=[A-Za-z])([ivxl]{1,7})(?=[\s,.;:)]|$)")
RE_ROMAN_NUMERAL = re.compile(r"(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _mid_marks(line: str) -> list[tuple[int, int]]:
    """The spans of the numbers `RE_MID_MARK` finds in `line`."""
    rx = RE_MID_MARK_ASCII if line.isascii() else RE_MID_MARK_FAST
    return [m.span(1) for m in rx.finditer(line)]


def _roman_marks(line: str) -> list[tuple[int, int]]:
    """The spans of the roman numerals `RE_ROMAN_MARK` finds after a word's punctuation."""
    return [m.span(1) for m in RE_ROMAN_MARK.finditer(line)
            if m.start() > 0 and line[m.start() - 1].isalpha()]


def _letter_roman_marks(raw, tpr, line: str, i0: int) -> list[tuple[int, int]]:
    """The spans of the roman numerals set raised straight after a word's last letter
    (`RE_LETTER_ROMAN`): of a word's closing run of roman letters, the longest end whose every
    letter sits raised above the word's baseline, if it is a numeral."""
    out = []
    for m in RE_LETTER_ROMAN.finditer(line):
        a, b = m.span(1)
        k = _on_baseline(line, a - 1, -1)
        if k is None:
            continue
        start = b
        while start > a and _raised(raw, tpr, i0 + start - 1, i0 + k):
            start -= 1
        if start < b and RE_ROMAN_NUMERAL.fullmatch(line[start:b]):
            out.append((start, b))
    return out


def _raised(raw, tpr, digit: int, letter: int) -> bool:
    """Is the character at `digit` set above the line of the one at `letter`, as a superscript
    is (by a quarter of the letter's height or more)? Boxes, not font sizes: many PDFs set every
    character at size 1 and scale it."""
    L, R, B, T = (ctypes.c_double() for _ in range(4))
    raw.FPDFText_GetCharBox(tpr, digit, L, R, B, T)
    d_bottom = B.value
    raw.FPDFText_GetCharBox(tpr, letter, L, R, B, T)
    height = T.value - B.value
    return height > 0 and d_bottom - B.value >= 0.25 * height


def _raised_mark(raw, tpr, line: str, i0: int) -> int:
    """The length of a note's mark that opens a stream line, raised above the text after it:
    pdfium may start a line where the baseline rises ("… particularly children," / "10 are
    entitled …"), and the mark went into the quote. 0 when there is none. Whether it is a mark
    in the text or a footnote's own number is known later, by the text's size
    (`_without_mark`)."""
    m = RE_LEAD_MARK.match(line)
    if not m:
        return 0
    k = len(m.group())
    while k < len(line) and line[k] == " ":
        k += 1
    letter = _on_baseline(line, k, +1)
    return k if letter is not None and _raised(raw, tpr, i0, i0 + letter) else 0


def _without_raised_marks(raw, tpr, line: str, i0: int, spaces: list[int]) -> str:
    """`line` without the notes' marks set raised inside it ("… of the world,3 is treated …"
    → "… of the world, is treated …"): they are no words of the text, and a quote without them
    would not anchor (a researcher's trial, session 44); with the word spaces the text stream
    lacks put in at `spaces` (`pdfspaces.missing_spaces`)."""
    marks = sorted(_mid_marks(line) + _roman_marks(line)
                   + _letter_roman_marks(raw, tpr, line, i0))
    if not marks:
        return rebuild(line, [], spaces) if spaces else line
    cuts = [(a, b) for a, b in marks
            if (k := _on_baseline(line, a - 1, -1)) is not None
            and _raised(raw, tpr, i0 + a, i0 + k)
            # set apart by a space, a mark is also smaller than the word's tallest letter:
            # "пункту 2 статті" and "on page 35" are numbers of the text
            and (line[a - 1] != " " or _smaller(raw, tpr, line, i0, a, k))]
    # and the space set before a mark ("Agreement, 1 whichever")
    return rebuild(line, [(a - 1 if line[a - 1:a] == " " else a, b) for a, b in cuts], spaces)


def _smaller(raw, tpr, line: str, i0: int, digit: int, letter: int) -> bool:
    """Is the character at `digit` less than four fifths as tall as the tallest letter of the
    word at `letter` (a superscript is set small)? Some PDFs give boxes of no height."""
    L, R, B, T = (ctypes.c_double() for _ in range(4))

    def height(i: int) -> float:
        raw.FPDFText_GetCharBox(tpr, i0 + i, L, R, B, T)
        return T.value - B.value
    a = letter
    while a > 0 and line[a - 1].isalpha():
        a -= 1
    tallest = max(height(i) for i in range(a, letter + 1))
    return 0.3 * tallest < height(digit) < 0.8 * tallest      # (a flat box tells nothing)


def _on_baseline(line: str, at: int, step: int) -> int | None:
    """The nearest letter of the word at `at` (going by `step`) that sits on the baseline, no
    descender ("y" of "Discovery" hangs below it, and made any digit look raised)."""
    k = at
    while 0 <= k < len(line) and not line[k].isalpha():
        k += step
    while 0 <= k < len(line) and line[k].isalpha():
        if line[k] not in "gjpqyQJ":
            return k
        k += step
    return None


RE_RUN_ON_NOTE = re.compile(r"(?<=[.;)])\s+(\d{1,3}) ?(?=[A-Z“‘\"(])")


def _run_on_notes(text: str, note: str) -> list[tuple[str, str]]:
    """A note and the notes set on after it in its last line ("7 … can be found in the AD
    docket. 8MCAS is a function …", the Federal Register's run-in notes), each with its number:
    note 8 was cited as note 7 (a researcher's trial, session 45)."""
    n, start, out = int(note), 0, []
    for r in RE_RUN_ON_NOTE.finditer(text):
        if int(r.group(1)) == n + 1:
            out.append((str(n), text[start:r.start()].strip()))
            start, n = r.start(1), n + 1
    rest = text[start:].strip()
    if start:                       # "8MCAS" → "8 MCAS", as the note's own number is given
        rest = re.sub(r"^(\d{1,3})(?=\S)", r"\1 ", rest)
    return out + [(str(n), rest)]


def _with_note_numbers(ordered: list[Seg]) -> list[Seg]:
    """A footnote's number set apart before its text on one line ("¹" | "In accordance with
    article 68 …") joined to it, so that the note is read as note 1: alone, the number was a
    paragraph of its own and the note's text was taken for the body's (a researcher's trial,
    session 45)."""
    out: list[Seg] = []
    for s in ordered:
        prev = out[-1] if out else None
        if prev is not None and prev.text.isdecimal() and len(prev.text) <= 3 \
                and prev.page == s.page and s.bottom < prev.top and s.top > prev.bottom \
                and 0 <= s.x0 - prev.x1 < 2 * max(prev.size, 1.0) and s.text[:1].isalpha():
            out[-1] = replace(s, text=f"{prev.text} {s.text}", x0=prev.x0)
        else:
            out.append(s)
    return out


def _without_mark(s: Seg, body: float) -> Seg:
    """A segment of body text without the note mark that opens it (`_raised_mark`); a footnote's
    own number (its text in smaller type) stays: it is what the note is cited by."""
    if s.mark and s.size >= 0.86 * body and s.text[s.mark:].strip():
        return replace(s, text=s.text[s.mark:].lstrip(), mark=0)
    return s


def _start_gutters(starts: list[float]) -> list[float]:
    """Column gutters from where lines start: the recurring left edges of the columns."""
    bins: Counter[int] = Counter(round(x / 4) for x in starts)
    peaks: list[tuple[float, int]] = []            # (x, count), merged within 40 pt
    for b, n in sorted(bins.items()):
        if n < 3:
            continue
        if peaks and b * 4 - peaks[-1][0] < 40:
            if n > peaks[-1][1]:
                peaks[-1] = (peaks[-1][0], n)
            continue
        peaks.append((b * 4.0, n))
    return [x - 5 for x, _ in peaks[1:]]


RE_LINE_BREAK = re.compile(r"(\r\n|\n|\r|\u2028|\u2029|\ufffe)")      # split: lines and breaks


def _column_segments(tp, segs: list[Seg], gutters: list[float], pageno: int, width: float,
                     height: float) -> list[Seg]:
    """One column at a time (`get_text_bounded`), in order; lines get positions that keep
    what paragraphing needs (column, relative length); marked with col so they stay in order."""
    body = [s for s in segs if s.bottom > 0.045 * height and s.top <= height]
    if not body:
        return segs
    ylo = min(s.bottom for s in body) - 1
    yhi = max(s.top for s in body) + 1
    size = sorted(s.size for s in body)[len(body) // 2]
    pitch = size * 1.2
    edges = [0.0, *gutters, width]
    out: list[Seg] = []
    for c in range(len(edges) - 1):
        left, right = edges[c], edges[c + 1]
        text = tp.get_text_bounded(left, ylo, right, yhi)
        parts = RE_LINE_BREAK.split(text)
        pieces, breaks = parts[0::2], parts[1::2] + [""]
        lengths = sorted(len(p.strip()) for p in pieces if p.strip())
        if not lengths:
            continue
        full = lengths[int(0.8 * (len(lengths) - 1))] or 1       # a full line, in characters
        col_w = right - left
        y = yhi
        for piece, brk in zip(pieces, breaks):
            line = piece.strip()
            if not line:
                continue
            x1 = left + col_w * min(1.0, len(line) / full)
            # col -100 - c: pre-ordered, `_reading_order` keeps this order (and sets c back)
            out.append(Seg(line, left, x1, y - size, y, size, pageno, hyphen=brk == SOFT_HYPHEN,
                           col=-100 - c))
            y -= pitch
    return out


RE_SPACES_RUN = re.compile(r" +")
RE_STREAM_LINE = re.compile(r"[^\r\n\u2028\u2029\ufffe]+")


def _split_at_gutters(text, i0, i1, x0, x1, size, box, is_generated=None, tpr=None
                      ) -> list[tuple[int, int, float, float]]:
    """Cut a line at gaps much wider than a word space (a column gutter inside the line).
    Only spaces pdfium generated (`is_generated(tpr, i) == 1`: no space glyph in the PDF) are
    candidates."""
    gap_min = max(1.4 * size, 8.0)
    pieces = []
    a, ax = i0, x0
    for m in RE_SPACES_RUN.finditer(text, i0, i1 + 1):
        i, j = m.start(), m.end()
        if j > i1 or i - 1 < a or (is_generated is not None and is_generated(tpr, i) != 1):
            continue
        left = box(i - 1)[1]
        right = box(j)[0]
        if right - left > gap_min and len(text[a:i].strip()) >= 4 \
                and len(text[j:i1 + 1].strip()) >= 4:         # not a bullet's gap
            pieces.append((a, i - 1, ax, left))
            a, ax = j, right
    pieces.append((a, i1, ax, x1))
    return pieces


def _columns(segs: list[Seg], width: float) -> list[float]:
    """x positions of column gutters on a page (empty: one column)."""
    narrow = [s for s in segs if s.x1 - s.x0 < 0.45 * width and len(s.text) > 15]
    if len(narrow) < 8:
        return []
    limit = max(1, len(narrow) // 50)
    events = sorted([(s.x0, 1) for s in narrow] + [(s.x1, -1) for s in narrow])
    gutters: list[float] = []
    depth, gap_start = 0, None
    for x, d in events:                       # sweep: where does coverage drop to ~nothing?
        depth += d
        if depth <= limit and gap_start is None and d < 0:
            gap_start = x
        elif depth > limit and gap_start is not None:
            if x - gap_start >= 6:
                gutters.append((gap_start + x) / 2)
            gap_start = None
    # a gutter must have real text on both sides
    good = []
    for g in gutters:
        left = sum(1 for s in narrow if s.x1 <= g)
        right = sum(1 for s in narrow if s.x0 >= g)
        if left >= 4 and right >= 4:
            good.append(g)
    return good


def _top_down(segs) -> list[Seg]:
    """Top to bottom, and left to right along a line: the pieces of one line on one baseline
    whose tops differ by a hair (pdfium broke the line after a raised note mark: "with §
    1291.”4" | "Id. The Court …") keep their order on the page."""
    out = sorted(segs, key=lambda s: -s.top)
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and out[i].top - out[j].top < 0.5 \
                and abs(out[i].bottom - out[j].bottom) < 0.1:      # one baseline: no mark
            j += 1
        line = sorted(out[i:j], key=lambda s: s.x0)
        if all(0 <= b.x0 - a.x1 < a.size for a, b in zip(line, line[1:])):    # not columns
            out[i:j] = line
        i = j
    return out


def _reading_order(segs: list[Seg], width: float) -> list[Seg]:
    if segs and all(s.col <= -100 for s in segs):            # columns read one by one already
        for s in segs:
            s.col = -100 - s.col
        return segs
    gutters = _columns(segs, width)
    if not gutters:
        return _top_down(segs)

    def col_of(s: Seg) -> int | None:
        for g in gutters:
            if s.x0 < g - 3 and s.x1 > g + 3:
                return None                          # spans a gutter
        return sum(1 for g in gutters if (s.x0 + s.x1) / 2 > g)

    out: list[Seg] = []
    band: list[Seg] = []

    def flush_band() -> None:
        for c in range(len(gutters) + 1):
            col = _top_down(s for s in band if s.col == c)
            out.extend(col)
        band.clear()

    for s in _top_down(segs):
        c = col_of(s)
        if c is None:
            flush_band()
            s.col = -1
            out.append(s)
        else:
            s.col = c
            band.append(s)
    flush_band()
    return out


# a sub-heading set in body type, numbered as judgments and reports number them: "A. Investigation
# by the tax authorities", "I. THE CIRCUMSTANCES OF THE CASE" (one short line, no sentence end)
RE_NUMBERED_HEADING = re.compile(r"^(?:[IVX]{1,5}|[A-H])\.\s+[^\W\d_][^.;:,!?]{2,70}$")
RE_REFERENCE_END = re.compile(r"\b(?:para|paras|paragraph|Rule|Article|Art|section|s|point|No)"
                              r"\.?\s*\d+[a-z]?$", re.I)


# a line ending in the word of a reference whose number opens the next line ("… under
# subsection (2) or subsection" + "(7) the Magistrate shall …": a Sri Lankan Act, trial 32)
RE_REFERENCE_WORD_END = re.compile(r"\b(?:sub-?)?(?:sections?|paragraphs?|clauses?|articles?|"
                                   r"rules?|items?|points?)$", re.I)


def _mid_reference(prev: str, wrapped: bool) -> bool:
    """A wrapped line ending inside a reference ("…Rule 33 para. 3" + "(d) of the Rules", "…
    or subsection" + "(7) the Magistrate …") goes on with the point or the number of that
    reference, not with a new list item."""
    return wrapped and bool(RE_REFERENCE_END.search(prev.rstrip())
                            or RE_REFERENCE_WORD_END.search(prev.rstrip()))


RE_TRAILING_MARK = re.compile(r"[\s∗*†‡\d]+$")


def _stands_alone(current: _Para, prev: Seg, s: Seg, prev_short: bool, paras: list[_Para]
                  ) -> bool:
    """A heading set in body type: a short line alone after a finished paragraph, in a few
    words without a sentence end or an inner comma/colon, before a line opening a sentence or
    a numbered paragraph ("DISCUSSION", "Discussion", "Plan for the Indian Boarding School
    Initiative", "The International Arena and Indigenous Nations and Peoples" + "3.Behind…")."""
    if len(current.lines) != 1 or not prev_short or not s.text[:1].isupper() \
            and not s.text[:1].isdigit():
        return False
    t = RE_TRAILING_MARK.sub("", prev.text.strip())
    if not (0 < len(t) <= 80 and t[:1].isupper() and len(t.split()) <= 10) \
            or _ended(t) or re.search(r"[,;:(\-–—/]", t):
        return False
    before = paras[-2].lines[-1].rstrip() if len(paras) > 1 and not paras[-2].heading else ""
    return not before or _ended(before) or not re.search(r"[^\W\d_]", before)


def _line_gaps(ordered: list[Seg]) -> dict[tuple[int, int], float]:
    """The usual gap between consecutive lines of each page column (double-spaced prints
    leave a line's height between lines: that is no paragraph break there)."""
    gaps: dict[tuple[int, int], list[float]] = {}
    for a, b in zip(ordered, ordered[1:]):
        if a.page == b.page and a.col == b.col and 0 < a.bottom - b.top < 3 * b.size:
            gaps.setdefault((b.page, b.col), []).append(a.bottom - b.top)
    return {k: median(v) for k, v in gaps.items() if len(v) >= 5}


def _ledes(ordered: list[Seg], body: float) -> set[int]:
    """The lines of text set large in runs of four or more lines of one size in one column (a
    chapter opener's first paragraphs, in 18 pt under 11): text, not a heading per line, which
    left a designed report's eleven chapter openers with no passage (a researcher's trial,
    session 45). Only runs with a line large enough to be taken for a heading (over 1.12 times
    `body`, as `_paragraphs` takes one) are read: the body's own runs need no reading."""
    out: set[int] = set()
    start = 0
    large = body * 1.12
    for k in range(1, len(ordered) + 1):
        a = ordered[start]
        if k < len(ordered) and (b := ordered[k]).page == a.page and b.col == a.col \
                and abs(b.size - a.size) < 0.3:
            continue
        if k - start >= 4 and any(s.size > large for s in ordered[start:k]) \
                and _running_text(ordered[start:k]):
            out.update(range(start, k))
        start = k
    return out


def _running_text(lines: list[Seg]) -> bool:
    """Lines of running prose, not a cover's title lines: mostly lower case, most of them
    wrapped (no stop at their end), and of some length."""
    wrapped = sum(1 for s in lines[:-1] if not _ended(s.text.rstrip()))
    if wrapped < 0.6 * (len(lines) - 1) or sorted(len(s.text) for s in lines)[len(lines) // 2] < 25:
        return False
    letters = list(filter(str.isalpha, "".join(s.text for s in lines)))
    return bool(letters) and sum(map(str.islower, letters)) >= 0.7 * len(letters)


def _with_drop_caps(ordered: list[Seg], body: float) -> list[Seg]:
    """A drop cap (one big letter beside the first lines of a paragraph) joined to the word it
    opens: "S" | "ince the passage …" was read "ince the passage …", and a quote of "Since …"
    could not be coded (a researcher's trial, session 45)."""
    out: list[Seg] = []
    for s in ordered:
        cap = out[-1] if out else None
        if cap is not None and len(cap.text) == 1 and cap.text.isupper() \
                and cap.size > 2 * body and cap.page == s.page and s.text[:1].islower() \
                and 0 <= s.x0 - cap.x1 < body * 2 and cap.bottom < s.top <= cap.top + 1:
            out[-1] = replace(s, text=cap.text + s.text)
        else:
            out.append(s)
    return out


def _paragraphs(ordered: list[Seg], body: float) -> list[_Para]:
    paras: list[_Para] = []
    open_body: _Para | None = None
    prev: Seg | None = None
    current: _Para | None = None
    open_note: _Para | None = None
    lefts: dict[tuple[int, int], list[float]] = {}
    rights: dict[tuple[int, int], list[float]] = {}
    for s in ordered:
        key = (s.page, s.col)
        lefts.setdefault(key, []).append(s.x0)
        rights.setdefault(key, []).append(s.x1)
    # the column's usual left edge (most lines start there) and right edge (90th percentile)
    col_left = {k: Counter(round(x) for x in v).most_common(1)[0][0] for k, v in lefts.items()}
    col_right = {k: sorted(v)[int(0.9 * (len(v) - 1))] for k, v in rights.items()}
    pitch = _line_gaps(ordered)
    # the lowest line set in body type on each page: below it, slightly smaller type (9.5 under
    # 10.5) is the page's footnotes, never a body paragraph that a page-turn could run on into
    body_floor: dict[int, float] = {}
    for s in ordered:
        if s.size >= body * 0.97:
            body_floor[s.page] = min(body_floor.get(s.page, s.bottom), s.bottom)
    lede = _ledes(ordered, body)
    side: tuple[_Para, Seg] | None = None       # the side note being read, its last line

    body_right: dict[tuple[int, int], list[float]] = {}     # the right edge of body type
    for s in ordered:
        if s.size >= body * 0.95:
            body_right.setdefault((s.page, s.col), []).append(s.x1)
    text_right = {k: sorted(v)[int(0.9 * (len(v) - 1))] for k, v in body_right.items()}

    body_lines: dict[int, list[Seg]] = {}
    for s in ordered:
        if s.size >= body * 0.95:
            body_lines.setdefault(s.page, []).append(s)

    def beside(s: Seg, clear: bool = False) -> bool:   # a side note: short lines in small type
        key = (s.page, s.col)                              # in the margin
        if not (s.size < body * 0.86 and len(s.text) <= 40 and key in text_right):
            return False
        if s.x1 < col_left[key] - 0.3 * body or s.x0 > text_right[key] + 0.3 * body:
            return True
        # `clear`: or clear of the lines of text at its height, wherever the column's edge (a
        # Sri Lankan Act's inserted Part is indented past its side notes: trial 32)
        level = [b for b in body_lines.get(s.page, ()) if abs(b.top - s.top) < 1.5 * body]
        return clear and bool(level) and (all(s.x1 < b.x0 - 0.3 * body for b in level)
                                          or all(s.x0 > b.x1 + 0.3 * body for b in level))
    # … on a third of the pages or more (the Gazette of India's margin headings)
    side_pages = {s.page for s in ordered if beside(s)}
    notes_aside = len(side_pages) >= max(3, 0.3 * len({s.page for s in ordered}))
    if notes_aside:     # the column's edges are the text's, not its side notes' (more lines
        columns: dict[tuple[int, int], list[Seg]] = {}  # than the text's on a Sri Lankan Act's
        for s in ordered:                                 # page: trial 32)
            columns.setdefault((s.page, s.col), []).append(s)
        for key, lines in columns.items():
            text = [s for s in lines if not beside(s, True)] or lines
            col_left[key] = Counter(round(s.x0) for s in text).most_common(1)[0][0]
            col_right[key] = sorted(s.x1 for s in text)[int(0.9 * (len(text) - 1))]
    for k, s in enumerate(ordered):
        small = s.size < body * 0.86 or (s.size < body * 0.95
                                         and s.top < body_floor.get(s.page, float("-inf")))
        big = s.size > body * 1.12 and len(s.text) < 90 and k not in lede
        key = (s.page, s.col)
        below_note = side is not None and side[1].page == s.page and s.size < body * 0.86 \
            and 0 <= side[1].bottom - s.top < 1.5 * s.size and abs(s.x0 - side[1].x0) < body
        if notes_aside and current is not None and (beside(s, True) or below_note):
            # a side note in the margin beside the text (the Gazette of India's "Consent."
            # beside s. 6(1)): a heading before the paragraph it stands beside, not a break
            # in that paragraph's sentence (a researcher's trial 20)
            if side is not None and side[1].page == s.page and \
                    0 <= side[1].bottom - s.top < 1.5 * s.size:
                side[0].add(s)
            else:
                note = _Para([s.text], [s.hyphen], s.page, s.size, heading=True, x0=s.x0)
                at = next(i for i in range(len(paras) - 1, -1, -1) if paras[i] is current)
                if prev is not None and prev.page != s.page:
                    at = len(paras)     # a page's first line: it heads what follows (trial 32)
                paras.insert(at, note)
                side = (note, s)
            side = (side[0], s)
            continue
        indented = s.x0 > col_left[key] + 0.7 * body
        # a paragraph read on from another page is compared on this page's margins (odd and
        # even pages set apart: a Sri Lankan Act's s. 69B was read as s. 69A's next line)
        shift = col_left[key] - col_left[(prev.page, prev.col)] if prev is not None else 0.0
        if indented and current is not None and current.lines \
                and s.x0 > current.x0 + shift + 0.7 * body \
                and not (len(current.lines) > 1 and prev is not None and prev.page == s.page
                         and abs(prev.x0 - col_left[key]) < 0.3 * body
                         and abs(prev.top - s.top) >= 0.3 * s.size and _ended(prev.text.rstrip())
                         and not RE_ABBREVIATION_END.search(prev.text.rstrip())):
            indented = False                      # hanging indent: a list item's next line
            # (not a first line indented after a paragraph's last line at the column's edge,
            # which opens the next paragraph: trial 24 P4, three paragraphs were one)
        elif indented and current is not None and prev is not None and prev.page == s.page \
                and current.x0 > s.x0 + 0.7 * body and prev.x1 >= col_right[key] - 2.5 * body \
                and not _ended(prev.text.rstrip()) and not RE_ENUM.match(s.text):
            indented = False        # an indented item's next line, less indented: "(i) … to be"
            # / "processed;" (the Gazette of India sets its clauses so), or a paragraph's, its
            # first line indented, in a block indented as a whole (trial 32's inserted Part)
        new_flow = prev is None or prev.page != s.page or prev.col != s.col
        start_new = True
        if current is not None and not new_flow and prev is not None:
            gap = prev.bottom - s.top
            same_size = abs(s.size - current.size) < 0.15 * body
            prev_short = prev.x1 < col_right[(prev.page, prev.col)] - 2.5 * body
            # (not "… Johnson v." / "McIntosh …": a case's name broken after its "v.", in a note
            # whose next line was read as the text's paragraph, trial 44 P4)
            ended = _ended(prev.text.rstrip()) and not prev.text.rstrip().endswith(" v.")
            wrapped = not prev_short and not ended       # the sentence runs on: a wider
            limit = 2.0 * s.size if wrapped else 0.55 * max(s.size, 1)   # (double) spacing
            if indented and not ended and abs(s.x0 - prev.x0) < 0.3 * body and (
                    wrapped or prev.x1 - prev.x0 > 0.6 * (col_right[key] - col_left[key])
                    and not (prev.text.rstrip().endswith(",") and s.text[:1].isupper())):
                indented = False    # a block indented as a whole runs on (a block quote,
                # its full lines short of the column's edge: each was a paragraph; session 45)
            start_new = (gap > max(limit, pitch.get(key, 0.0) + 0.35 * s.size)
                         or not same_size or indented
                         or (prev_short and ended)
                         # "Article 4" after a full last line of the article before
                         or ended and bool(RE_STRUCTURE_LINE.match(s.text.strip()))
                         # the quoted text an amending Act inserts: "… enactment :-" / "“PART
                         # VII A" (a Sri Lankan Act, trial 32)
                         or bool(re.search(r":\s*[-–—]?$", prev.text.rstrip()))
                         and s.text.lstrip()[:1] in "“\"‘"
                         # a note after a note that ends its line ("… in the AD docket." /
                         # "8MCAS is a function …"): the next note, not its continuation
                         or small and ended and bool(RE_NOTE_NUMBER.match(s.text))
                         or bool(RE_ENUM.match(s.text)) and not _mid_reference(prev.text, wrapped)
                         or current.heading or big)
            if _stands_alone(current, prev, s, prev_short, paras):
                current.heading = start_new = True      # "DISCUSSION", "Plan for the …"
            if not start_new:
                current.add(s)
                prev = s
                continue
        if start_new and small and open_note is not None and current is not open_note \
                and open_note.page >= s.page - 1:
            last = open_note.lines[-1]
            if (not _ended(last.rstrip()) or open_note.hyphens[-1]) \
                    and not re.match(r"^\d{1,3}[A-Z]", s.text):
                open_note.add(s)
                current = open_note
                prev = s
                continue
        if start_new and new_flow and open_body is not None and not small and not big:
            last = open_body.lines[-1] if open_body.lines else ""
            runs_on = (not _ended(last.rstrip()) or open_body.hyphens[-1]
                       or s.text[:1].islower())
            if runs_on and not indented and not RE_ENUM.match(s.text) and not open_body.heading:
                open_body.add(s)
                current = open_body
                prev = s
                continue
        para = _Para([s.text], [s.hyphen], s.page, s.size,
                     heading=big and len(s.text) < 120, x0=s.x0)
        paras.append(para)
        current = para
        if not small:
            open_body = para
        else:
            open_note = para
        prev = s
    return paras


@register("pdf-v1", ".pdf")
def read_pdf(path: Path, opts: ReadOptions) -> Extracted:
    import pypdfium2.raw as raw
    path = Path(path)
    pdf = _open(path, opts.password)
    warnings: list[str] = []
    try:
        n_pages = len(pdf)
        pages: list[list[Seg]] = []
        sizes: list[tuple[float, float]] = []
        no_text: list[int] = []
        for i in range(n_pages):
            page = pdf[i]
            w, h = page.get_size()
            tp = page.get_textpage()
            segs = strip_line_numbers(_page_segments(tp, i + 1, w, h, raw))
            segs = drop_printer_slugs(segs)
            if tp.count_chars() > 20 and not segs:
                segs = _plumber_page(path, i, opts.password, w, h)
            if not segs:
                no_text.append(i + 1)
            pages.append(segs)
            sizes.append((w, h))
            tp.close()
            page.close()
    finally:
        pdf.close()
    if n_pages == 0:
        raise InputError("the PDF has no pages", path=path, fix="check the file")
    if len(no_text) == n_pages:
        raise InputError("no text layer: the pages are images (a scan); it needs OCR", path=path,
                         fix="run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, and add the OCRed file")
    if no_text:
        warnings.append(f"{len(no_text)} page(s) without a text layer (need OCR): "
                        + _ranges(no_text))
    drop = running_lines(pages, [h for _, h in sizes])
    ordered: list[Seg] = []
    for p, segs in enumerate(pages):
        keep = [s for k, s in enumerate(segs) if (p, k) not in drop]
        ordered.extend(_reading_order(keep, sizes[p][0]))
    weight: Counter[float] = Counter()
    for s in ordered:
        weight[round(s.size * 2) / 2] += len(s.text)
    body = weight.most_common(1)[0][0] if weight else 10.0     # the size most text is set in
    ordered = _with_note_numbers(_with_drop_caps([_without_mark(s, body) for s in ordered],
                                                 body))
    blocks: list[Block] = []
    # under a heading "Notes" (a UN document's endnotes, set in body type): a paragraph opening
    # on its number is a note, `fn. 4`, not the last paragraph's text ("para. 32 ¶ 7", whose
    # words were statements of it: the working paper E/CN.4/Sub.2/AC.4/2004/4, trial 44 P4); a
    # number alone on its line is the next paragraph's
    endnotes, pending = False, ""
    for para in _paragraphs(ordered, body):
        text, breaks = para.text_and_breaks()
        text = RE_GPO_BRACKETS.sub(r"[\1]", text)        # (as long as it was)
        if not text:
            continue
        if pending and not para.heading:
            text, breaks = f"{pending} {text}", [(o + len(pending) + 1, pg) for o, pg in breaks]
        pending = ""
        note = None
        if not para.heading and para.size < body * 0.9 and (r := RE_RULE.match(text)) \
                and RE_NOTE_NUMBER.match(text[r.end():]):
            # the rule that sets a page's notes off, read with its first note: that note was
            # read as the text's next paragraph ("para. 3 ¶ 2" for fn. 1 of the UN Permanent
            # Forum's study E/C.19/2010/13, a researcher's trial 44, P4)
            text = text[r.end():]
            breaks = [(max(0, o - r.end()), pg) for o, pg in breaks]
        if not para.heading and (para.size < body * 0.9 or endnotes) and \
                (m := RE_NOTE_NUMBER.match(text)):
            note = m.group(1)                        # a footnote: "4 The angle…", cited fn. 4
            shift = len(note) + 1 - m.end()
            text = f"{note} {text[m.end():]}"
            breaks = [(o + shift, pg) for o, pg in breaks]
        at = _Cursor(text, para.page, breaks)
        heading = para.heading or (note is None and len(para.lines) == 1
                                   # an article's or the preamble's heading, also where the
                                   # layout gives no sign of one (a page's foot)
                                   and (bool(RE_NUMBERED_HEADING.match(text))
                                        or article_heading(text) or bool(RE_PREAMBLE.match(text))))
        if endnotes and text.strip().isdigit() and len(text.strip()) <= 3:
            pending = text.strip()
            continue
        if heading:
            endnotes = bool(RE_ENDNOTES.match(text.strip()))
        elif endnotes and note is None and blocks and blocks[-1].note:
            last = blocks[-1]           # an endnote's next line, after "Inter-Am." ("C.H.R., …")
            seen = last.breaks[-1][1] if last.breaks else last.page
            blocks[-1] = replace(last, text=f"{last.text} {text.strip()}", breaks=last.breaks + (
                ((len(last.text) + 1, para.page),) if para.page != seen else ()))
            continue
        for piece in split_at_rules(text):      # a footnote rule drawn with dashes
            if note:
                blocks += [Block(t, note=n, **at.pages(t)) for n, t in _run_on_notes(piece, note)]
                continue
            for part in ([piece] if heading else run_on_paragraphs(piece)):
                blocks.append(Block(part.strip(), kind="heading" if heading else "para",
                                    **at.pages(part.strip())))
    blocks = statute_headings(blocks)
    table, note = codepage_table("\n".join(b.text for b in blocks))
    if table:
        blocks = [replace(b, text=b.text.translate(table)) for b in blocks]
        warnings.append(note)
    return Extracted(contents_entries(blocks), n_pages, warnings)


class _Cursor:
    """Where the pieces of a paragraph's text (its blocks, in order) are in it, and so the
    page each starts on and the later pages it runs onto: a quote on page 6 of a paragraph
    that starts on page 5 is cited p. 6 (a researcher's trial 24, P4)."""

    def __init__(self, text: str, page: int, breaks: list[tuple[int, int]]) -> None:
        self.text, self.page, self.breaks, self.pos = text, page, breaks, 0

    def pages(self, piece: str) -> dict:
        """`Block` fields for `piece` (the next piece of the text): `page` and `breaks`."""
        i = self.text.find(piece, self.pos)
        if i < 0 or not self.breaks:
            return {"page": self.page}
        self.pos = i + len(piece)
        page = next((pg for o, pg in reversed(self.breaks) if o <= i), self.page)
        inner = tuple((o - i, pg) for o, pg in self.breaks if i < o < i + len(piece))
        return {"page": page, "breaks": inner}


def _plumber_page(path: Path, index: int, password: str | None, w: float, h: float) -> list[Seg]:
    """Fallback for a page whose pdfium geometry is unusable: pdfplumber's lines."""
    import pdfplumber
    with pdfplumber.open(str(path), password=password or "") as pdf:
        page = pdf.pages[index]
        words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
        lines: dict[int, list[dict]] = {}
        for wd in words:
            lines.setdefault(round(wd["top"]), []).append(wd)
        segs = []
        for top, ws in sorted(lines.items()):
            ws.sort(key=lambda d: d["x0"])
            size = median(d["bottom"] - d["top"] for d in ws)
            segs.append(Seg(" ".join(d["text"] for d in ws), ws[0]["x0"], ws[-1]["x1"],
                            h - max(d["bottom"] for d in ws), h - top, size, index + 1))
        return segs


def _ranges(nums: list[int]) -> str:
    out, start, prev = [], None, None
    for n in nums + [None]:
        if start is None:
            start = prev = n
        elif n is not None and n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    return ", ".join(out)
