"""Page furniture in text exports of paginated documents: the running head or foot of each
printed page (`C 202/396`, `EN`, `Official Journal of the European Union`, `7.6.2016`) left
between — or glued onto — the lines of the text.

A short line that recurs at least MIN_REPEATS times (digits ignored, so page numbers and dates
may vary; odd and even pages may order the pieces differently), is not structure (an article
or part heading, an enumerator) and carries a number or stands next to one that does, is
furniture and dropped, unless the text's table of provisions lists it (a statute's titles "27
Certificate of registration" and "38 Certificate of registration" recur so: trial 42, P1); where
such a piece is glued to the end of a sentence (`…before the law.C 202/398`) it is cut off."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from corpus_tool.corpus.readers.plaintitles import listed_titles

MIN_REPEATS = 3
MAX_LEN = 80
NEAR = 2
RE_DIGITS = re.compile(r"\d+")
# a sentence or a numbered point, which may well recur: "(#) deleted.", "this article applies."
RE_SENTENCE = re.compile(r"[.;:!?,]$|^\(?(?:#|[a-z]{1,2})[.)]\s")
RE_ENUM_ONLY = re.compile(r"^\s*(?:\(?\d{1,3}[.)]?|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[-*•])\s*$")
# a sentence end glued to what follows without a space: "law.C 202/398", "Union.7.6.2016"
RE_GLUED_TAIL = re.compile(r"(?<=[a-z][.;:])(?=[A-Z0-9])")
# or after a space, when the tail holds three numbers at least (a date, a series and a page) and
# three words ("… Personal or 4.5.2016 L 119/3 Official Jour nal of the European Union EN": a
# PDF's text layer, a researcher's trial 33, P3), not a list of numbers ("2000, c. 5, s. 2;
# 2002, c. 8, s. 183", "Articles 10, 11, 12 and 17")
RE_SPACED_TAIL = re.compile(r"\s+(?=[A-Z0-9])")
MIN_SPACED_NUMBERS = MIN_SPACED_WORDS = 3
RE_WORD = re.compile(r"[^\W\d_]{2,}")


def _short(line: str) -> bool:
    """Short enough for furniture, its spacing aside: a text export sets a page's foot out to
    the margin ("GE.21-00000          …          17", 103 characters; a researcher's trial,
    session 44, had the last page's kept as a passage)."""
    return len(" ".join(line.split())) <= MAX_LEN


def _key(line: str) -> str:
    return RE_DIGITS.sub("#", " ".join(line.split())).lower()


def furniture_keys(lines: list[str], is_structure: Callable[[str], bool]) -> set[str]:
    """Digit-normalised lines that recur as page furniture. A recurring line with a number in
    it (a page number, a date, a job number) is furniture; one without is only when it stands
    next to such a line (within NEAR lines) in most of its occurrences — so a status line
    repeated under every article ("Treedt in werking op een nader te bepalen tijdstip") stays
    text."""
    counts: Counter[str] = Counter()
    structure: set[str] = set()
    at: list[set[str]] = []                    # the keys seen on each line
    for line in lines:
        s = line.strip()
        here: set[str] = set()
        if s and _short(s):
            key = _key(s)
            here.add(key)
            if RE_ENUM_ONLY.match(s) or is_structure(s):
                structure.add(key)
        here.update(_key(tail) for tail in _glued_tails(s))
        counts.update(here)
        at.append(here)
    cands = {key for key, n in counts.items() if n >= MIN_REPEATS and key not in structure
             and (re.search(r"[^\W\d_]", key) or key.count("#") >= 2)    # words, or a date
             and not RE_SENTENCE.search(key)}
    anchors = {key for key in cands if "#" in key}
    if not anchors:
        return set()
    near: Counter[str] = Counter()
    for i, here in enumerate(at):
        if here & (cands - anchors) and any(at[j] & anchors for j in
                                            range(max(0, i - NEAR), min(len(at), i + NEAR + 1))):
            near.update(here & (cands - anchors))
    return anchors | {key for key in cands - anchors if near[key] >= 2 / 3 * counts[key]}


def _tail_cuts(line: str) -> list[tuple[int, int]]:
    """Where a running head may be glued on: (end of the text, start of the head), left to
    right."""
    cuts = {(m.start(), m.end()) for m in RE_GLUED_TAIL.finditer(line)}
    # (a head is short: only the line's last MAX_LEN characters are looked at, so a long line,
    # a whole Markdown paragraph, costs no more than a short one)
    cuts |= {(m.start(), m.end())
             for m in RE_SPACED_TAIL.finditer(line, max(0, len(line) - MAX_LEN - 1))
             if m.start() and len(RE_DIGITS.findall(line[m.end():])) >= MIN_SPACED_NUMBERS
             and len(RE_WORD.findall(line[m.end():])) >= MIN_SPACED_WORDS}
    return sorted(cuts)


def _glued_tails(line: str) -> list[str]:
    return [line[end:] for _, end in _tail_cuts(line)]


def drop_furniture(lines: list[str], is_structure: Callable[[str], bool]) -> list[str]:
    """`lines` without running heads and feet (lines dropped, glued tails cut off)."""
    keys = furniture_keys(lines, is_structure)
    if not keys:
        return lines
    listed = listed_titles(lines)
    out = []
    for line in lines:
        s = line.strip()
        if s and _short(s) and _key(s) in keys and " ".join(s.split()) not in listed:
            if "\f" in line:             # the page break it carried stays (the pages' numbers)
                out.append("\f" * line.count("\f"))
            continue
        for start, end in _tail_cuts(line):
            if _key(line[end:]) in keys:
                line = line[:start]
                break
        out.append(line)
    return out
