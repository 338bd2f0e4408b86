"""A statute's section headings set as plain lines, as a PDF's text layer saved as text or
Markdown prints them: "5 Principle of availability" on a line of its own above "The question
whether any official information is to be made available …", a title that wraps ("9 Actions in
respect of publication in different newspapers of same" / "defamatory matter" / "(1) When an
action …"). Without a heading the lines ran into the paragraph before them: a researcher's trial
30 (P1) found the Cook Islands' Defamation Act's ss. 7 and 8 inside "para. 6(b)" and no section
of its Official Information Act cited. Such a print lists the titles first, in a table of
provisions (`table_of_provisions`): no text of the law, and its last line ("Schedule 2") made the
whole Act a schedule's."""
from __future__ import annotations

import re
from collections.abc import Callable

# a section number and a title in capitals at its start, no sentence punctuation
RE_TITLE_LINE = re.compile(r"^\s*(\d{1,3}[A-Z]{0,2})\s+([A-Z][^.;:!?]{1,100})$")
# what follows a title: a sentence, a subsection's or a paragraph's mark, another title
RE_TEXT_STARTS = re.compile(r"^\s*(?:[A-Z\u201c\"\u2018]|\((?:\d{1,3}[A-Z]?|[a-z]{1,2})\)|"
                            r"\d{1,3}[A-Z]{0,2}\s+[A-Z])")
RE_DECIMAL = re.compile(r"^\d{1,3}\.\d{1,3}\.?(?:\s|$)")
RE_SENTENCE_END = re.compile(r"[.;:!?\u2014\u2013)\]][\u2019\u201d\"']?$")
MAX_WORDS = 16          # a title's words; the line of a paragraph that wraps runs longer
WRAP_WORDS = 6          # the words of a title's second line


def title_lines(lines: list[str], heading: Callable[[str], bool],
                listed: frozenset[str] = frozenset()) -> dict[int, int]:
    """The lines (by index) that are section titles, each with how many lines it takes (1, or
    2 for a title that wraps), where the document numbers its sections so: at least three such
    titles, mostly ascending (a table of provisions and the text after it count as one run).
    A title stands after a sentence's end, a blank line, another heading (`heading`), a note
    of the provisions compared ("Compare: 1948 No 15 s 7") or a line the table of provisions
    lists (`listed`: a cross-heading, "Acquisition of Citizenship"), and text follows it; a
    paragraph's first line that wraps ("5 The Committee notes that the right to life" / "is
    the supreme right …") goes on in lower case, and is no title, unless the table lists that
    line ("… may send copies to" / "Registrar-General"). The cross-headings the table lists
    right above a title are headings too (they ran into a passage, "Part 1, ¶ 4", and the
    section after them was cited as its Part's paragraphs: a researcher's trial 42, P1)."""
    if sum(bool(RE_DECIMAL.match(x.strip())) for x in lines) >= 3:
        return {}       # a judgment's chapters ("1 The procedure") over its "1.1. The course …"
    found: dict[int, int] = {}
    last = ""                                   # the last non-blank line before `i`
    for i, line in enumerate(lines):
        s = line.strip()
        m = RE_TITLE_LINE.match(s)
        if m and len(s.split()) <= MAX_WORDS and (
                not last or RE_SENTENCE_END.search(last) or heading(last)
                or RE_TITLE_LINE.match(last) or RE_COMPARE.match(last) or _listed(last, listed)):
            after = [x.strip() for x in lines[i + 1:i + 3]] + ["", ""]
            if _listed(after[0], listed) and not RE_TITLE_LINE.match(after[0]) \
                    and RE_TEXT_STARTS.match(after[1]):
                found[i] = 2
            elif not after[0] or RE_TEXT_STARTS.match(after[0]):
                found[i] = 1
            elif after[0][:1].islower() and len(after[0].split()) <= WRAP_WORDS and \
                    not RE_SENTENCE_END.search(after[0]) and RE_TEXT_STARTS.match(after[1]):
                found[i] = 2
        if s:
            last = s
    nums = [int(re.match(r"\d+", lines[i].strip()).group()) for i in sorted(found)]
    if len(set(nums)) < 3 or sum(b >= a for a, b in zip(nums, nums[1:])) < 0.8 * (len(nums) - 1):
        return {}
    for i in list(found):                       # the cross-headings above each title
        j = i - 1
        while j >= 0 and (not lines[j].strip() or _listed(lines[j].strip(), listed)
                          and not RE_TITLE_LINE.match(lines[j].strip())
                          and not heading(lines[j].strip())):
            if lines[j].strip():
                found[j] = 1
            j -= 1
    return found


# a consolidated statute's note of the provisions a section follows, closing it
RE_COMPARE = re.compile(r"^Compare:\s")


def _listed(line: str, listed: frozenset[str]) -> bool:
    return bool(line) and " ".join(line.split()) in listed


# "TABLE OF PROVISIONS" (letter-spaced in a PDF's text layer: "T ABLE OF PROVISIONS"), "CONTENTS"
RE_TABLE_HEAD = re.compile(r"^(?:TABLEOF(?:PROVISIONS|CONTENTS|SECTIONS)|CONTENTS|"
                           r"ARRANGEMENTOFSECTIONS)$", re.I)
BODY_WORDS = 10         # a line this long is a sentence's, not a table's entry


def table_of_provisions(lines: list[str]) -> set[int]:
    """The lines (by index) of a table of provisions: from its heading, when a section title
    follows it, to the first line of text (a sentence's end, or a line of `BODY_WORDS` words
    that is no title): its titles, its Parts and its schedules' names, which are no text and no
    structure of the law."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if RE_TABLE_HEAD.match(re.sub(r"\s+", "", lines[i])) and any(
                RE_TITLE_LINE.match(x.strip()) for x in lines[i + 1:i + 3]):
            j = i + 1
            while j < len(lines) and not _text(lines[j]):
                j += 1
            out.update(range(i, j))
            i = j
        else:
            i += 1
    return out


def listed_titles(lines: list[str], table: set[int] | None = None) -> set[str]:
    """The lines a table of provisions lists (`table_of_provisions`), spacing aside: its section
    titles ("55 Fees") and their wrapped second lines ("Registrar-General"), not its page
    furniture (in capitals, or with a number: "LA WS OF THE COOK ISLANDS", "Service 0 540,102").
    The same lines in the text are titles, however often they recur (`textfurniture`)."""
    out = set()
    for i in table_of_provisions(lines) if table is None else table:
        s = " ".join(lines[i].split())
        if RE_TITLE_LINE.match(s) or s and not re.search(r"\d", s) and not s.isupper():
            out.add(s)
    return out


def _text(line: str) -> bool:
    s = line.strip()
    if RE_TITLE_LINE.match(s):
        return False
    words = len(s.split())
    return words >= BODY_WORDS or words >= 4 and s.endswith((".", ":", ";"))


def plain_titles(lines: list[str], heading: Callable[[str], bool]
                 ) -> tuple[list[str], dict[int, int]]:
    """The lines of a plain text with its table of provisions blanked (a page break in it kept)
    and its section titles (`title_lines`): what the text and Markdown readers start from."""
    table = table_of_provisions(lines)
    listed = frozenset(listed_titles(lines, table))
    lines = ["\f" * x.count("\f") if i in table else x for i, x in enumerate(lines)]
    return lines, title_lines(lines, heading, listed)
