"""Plain text: paragraphs separated by blank lines (or by enumerator lines), soft-wrapped lines
unwrapped, hyphenation at line ends rejoined; short stand-alone lines such as `Article 5` or
`PART II` become headings."""
from __future__ import annotations

import re
from pathlib import Path

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, decode_text, register
from corpus_tool.corpus.readers.plaintitles import plain_titles
from corpus_tool.corpus.readers.textfurniture import drop_furniture
from corpus_tool.corpus.textclean import (RE_ARTICLE_OF_ANOTHER, RE_DIVISION, RE_PREAMBLE,
                                          RE_PREAMBLE_START, RE_RULE, RE_SCOPE, RE_SECTION_SIGN,
                                          article_heading, join_lines, rejoin_split_ff,
                                          split_ff_rejoined, split_ff_warning, split_preamble,
                                          unit_heading)
from corpus_tool.errors import InputError

# an enumerator starting a line, with its text or alone on the line ("3." before its paragraph)
# (not a reference wrapped onto a line of its own: "… Article 58(1)," / "(2) and (3) and the
# setting of administrative fines …", the GDPR's Art. 70(1)(v) cited "Art. 70(2)(v)", trial 33)
RE_ENUM = re.compile(
    r"^\s*(?:\d{1,3}\.|\(\d{1,3}\)|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[-*•])(?:\s+|$)"
    r"(?!(?:and|or|to)\s+\(\w{1,4}\))")


# a line that leaves a list or a range of references open ("… (c), (d), (e) and", "… Article
# 58(1),", "… section 8(2)(c) to" / "(e); and": a Cook Islands act's s. 9(1)(b)(i), trial 42): the
# enumerator on the next line goes on with it
RE_REFERENCE_GOES_ON = re.compile(r"\)\s*(?:,|\band|\bor|\bto)\s*$")

# a footnote of an Official Journal's text layer at a page's foot, its number run into the
# reference it gives ("(1)OJ C 229, 31.7.2012, p. 90.", "(4)Directive 95/46/EC of the European
# Parliament …"): a note of its own, not the text of the recital above it (the GDPR's Recital 3
# held four; a researcher's trial 33)
RE_RUN_IN_NOTE = re.compile(r"^\((\d{1,3})\)(?=(?:OJ|Directive|Regulation|Decision|Council|"
                            r"Commission|Position|Judgment)\b)")

# "Chapter 7, section 160(1)(b)": a reference to a division, not its heading
RE_CROSS_REFERENCE = re.compile(r"^\S+\s+\S+\s*[,;]")


# "Section 2 The Agency shall possess juridical personality.": a provision set after its number,
# not a heading (a heading's title is a name, with no modal)
# (a note's mark after its stop: "Section 1013 of title 5 shall not apply to the advisory board.
# 1", the US Code's 42 U.S.C. 1397k-1(j), was a heading and the next section's passages its own,
# trial 36)
RE_PROVISION_AFTER_NUMBER = re.compile(r"\b(?:shall|must|may|will|should)\b.*[.;](?:\s*\d{1,3})?$")


def is_heading_line(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 120 or RE_ARTICLE_OF_ANOTHER.match(s):
        return False
    return bool(article_heading(s)
                or RE_DIVISION.match(s) and len(s) < 100 and not RE_CROSS_REFERENCE.match(s)
                and not RE_PROVISION_AFTER_NUMBER.search(s)
                or RE_SCOPE.match(s) and (len(s) < 100 or s.isupper())
                or RE_SECTION_SIGN.match(s) and len(s) < 100
                and not RE_PROVISION_AFTER_NUMBER.search(s)
                or RE_PREAMBLE.match(s)
                # "Rule 61", "GUIDELINE 8 ACCESS TO …" (not a wrapped line "Rule 61 The …")
                or (unit := unit_heading(s)) is not None and (not unit[2] or unit[2].isupper()))


def text_blocks(text: str) -> list[Block]:
    """Paragraphs and headings of a plain text; in a text export of a paginated document (its
    pages parted by form feeds, as `pdftotext` writes them) each block carries its page."""
    blocks: list[Block] = []
    buf: list[str] = []
    page = 1 if "\f" in text else None
    start = page                     # the page the paragraph in `buf` starts on
    note = None                      # the number of the footnote in `buf` (`RE_RUN_IN_NOTE`)

    def flush() -> None:
        nonlocal note
        if buf:
            para = join_lines(buf)
            if para:
                blocks.append(Block(para, page=start, note=note))
            buf.clear()
        note = None

    lines, titles = plain_titles(drop_furniture(rejoin_split_ff(text).split("\n"),
                                                is_heading_line), is_heading_line)
    skip = -1
    for i, raw in enumerate(lines):
        if page is not None:
            page += raw.count("\f")
        if i <= skip:
            continue
        line = raw.replace("\f", " ").rstrip()
        if i in titles:
            flush()
            skip = i + titles[i] - 1
            blocks.append(Block(" ".join(" ".join(lines[i:skip + 1]).split()), kind="heading",
                                page=page))
            continue
        if not line.strip() or RE_RULE.fullmatch(line):     # a blank line, a drawn rule
            flush()
            continue
        if is_heading_line(line):
            flush()
            blocks.append(Block(" ".join(line.split()), kind="heading", page=page))
            continue
        if m := RE_RUN_IN_NOTE.match(line.strip()):
            flush()
            note, line = m.group(1), line.strip()[m.end():]
        elif RE_ENUM.match(line) and not (buf and RE_REFERENCE_GOES_ON.search(buf[-1])):
            flush()
        if not buf and (m := RE_PREAMBLE_START.match(line.strip())) and m.group(2)[:1].isupper():
            heading, line = split_preamble(line.strip())      # "PreambleThe Parties…" glued
            blocks.append(Block(heading, kind="heading", page=page))
        if not buf:
            start = page
        buf.append(line)
    flush()
    return blocks


@register("text-v1", ".txt", ".text")
def read_text(path: Path, opts: ReadOptions) -> Extracted:
    warnings: list[str] = []
    text = decode_text(Path(path).read_bytes(), Path(path), warnings)
    text, joined = split_ff_rejoined(text)      # (`text_blocks` finds nothing more to join)
    if joined:
        warnings.append(split_ff_warning(joined))
    blocks = text_blocks(text)
    if not blocks:
        raise InputError("no text in the file", path=path, fix="check the file's content")
    pages = max((b.page for b in blocks if b.page is not None), default=None)
    return Extracted(blocks, pages, warnings)
