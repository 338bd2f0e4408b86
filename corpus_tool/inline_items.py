"""The lettered items of a numbered paragraph read as one passage, and how a place in them is
cited: "para. 63(g)", "para. 17(c)(ii)".

A JSON paragraph list (the General Comments format, `corpus.readers.jsonparas`) gives each
numbered paragraph as one record, its items "(a) …", "(b) …" on lines of their own; the
paragraph is one passage, `para. 63`, and a statement or a coding of its item (g) was cited
"para. 63" (two researchers' trials, 41 and 42: CEDAW General Recommendation No. 32's
recommendations). The passage stays whole (its id, text and offsets, which links record, do not
change); what is cited in it names the item. So does a passage cited to its first item whose
text runs on into the next ones (`RE_FIRST_ITEM`).

An item is a mark "(a)" (or "(c )", as some conversions print it) opening the paragraph,
following the end of a clause (": ", "; ", ". ", "? ", "; and ", ", or " …) or a word before a
capital (the line break after a heading or an item without a stop is a space), in a run that
starts at (a) and goes on letter by letter: a reference such as "article 2 (b)" is none. Under a
letter, "(i)", "(ii)" … are its sub-items; "(i)" after "(h)" is the letter i."""
from __future__ import annotations

import re

# a locator of a numbered paragraph read whole: the only passages whose items are cited so
RE_PARAGRAPH = re.compile(r"^para\. \d{1,4}(?:\.\d{1,3})*[a-z]?$")
RE_MARK = re.compile(r"(?:^|(?<=[:;.?!] )|(?<=[.?!][\"”’)] )|(?<=; and )|(?<=; or )|(?<=, and )"
                     r"|(?<=, or ))"
                     r"\(\s?([a-z]{1,2}|[ivx]{1,5})\s?\)\s*(?=\S)"
                     # after a line that ended on a word (a heading, an item without a stop),
                     # before a capital: "Measures of a general nature (a) Steps to …"
                     r"|(?<=[a-z] )\(([a-z]{1,2}|[ivx]{1,5})\)\s*(?=[A-Z])")
# a passage cited to its first item ("Art. 8(2)(a)") whose text runs on into the next ones on
# the same line ("(a) Any action …; (b) Any action …; (c) …", the Declaration on the Rights of
# Indigenous Peoples as a Markdown copy sets its Art. 8(2): all five were cited (a), trial 44 P5)
RE_FIRST_ITEM = re.compile(r"\(([a-z])\)$")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _next(letter: str) -> str:
    return chr(ord(letter) + 1) if len(letter) == 1 and letter < "z" else ""


def _next_roman(roman: str) -> str:
    return _ROMAN[_ROMAN.index(roman) + 1] if roman in _ROMAN[:-1] else ""


def items(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """(offset of its mark, its parts: ("c",) or ("c", "ii")) of each item of a paragraph's
    text, in order; [] when the text has no run of two lettered items or more. A second "(a)"
    ends them, with parts (): what follows is cited to the paragraph."""
    out: list[tuple[int, tuple[str, ...]]] = []
    letter, roman = "", ""
    marks = [(m.start(), m.group(1) or m.group(2)) for m in RE_MARK.finditer(text)]
    for k, (at, mark) in enumerate(marks):
        # "(i)" after "(h)" is the letter i, unless a "(ii)" follows it (CAT General Comment
        # No. 4, para. 29(h): "… of: (i) article 3 (1) (a) …; (ii) article 4 …; (i) Whether …")
        sub_i = mark == "i" and letter == "h" and not roman and marks[k + 1:k + 2] and \
            marks[k + 1][1] == "ii"
        if mark == "a" and letter:      # a second list (a paragraph the file ran into this
            out.append((at, ()))        # one): its items are not this paragraph's to cite
            break
        if letter and roman and mark == _next_roman(roman):
            roman = mark
        elif mark == (_next(letter) if letter else "a") and not sub_i:
            letter, roman = mark, ""
        elif letter and not roman and mark == "i":
            roman = mark
        else:
            continue
        out.append((at, (letter, roman) if roman else (letter,)))
    return out if len({parts[0] for _, parts in out if parts}) >= 2 else []


def cited_in(locator: str, text: str, start: int, end: int) -> str:
    """The locator of `text[start:end]` in a passage cited `locator`: the item it lies in when
    the passage is a numbered paragraph read whole ("para. 63" → "para. 63(g)", "para. 17(c)"
    for a range over its (i) and (ii)), or its first item with the others run on ("Art.
    8(2)(a)" → "Art. 8(2)(d)"); the paragraph's locator when the range starts before the first
    item or runs over two (the chapeau, or a quote of several items, is the paragraph's)."""
    para = RE_PARAGRAPH.match(locator or "")
    first_item = None if para else RE_FIRST_ITEM.search(locator or "")
    if not (para or first_item):
        return locator
    found = items(text)
    if first_item is None:
        base = locator
    elif found and found[0][0] == 0 and found[0][1] == (first_item.group(1),):
        base = locator[:first_item.start()]     # the passage is its first item, the others run on
    else:
        return locator
    first: tuple[str, ...] = ()
    last: tuple[str, ...] = ()
    for at, parts in found:
        if at <= start:
            first = parts
        if at < max(start + 1, end):
            last = parts
    common = []
    for a, b in zip(first, last):
        if a != b:
            break
        common.append(a)
    return base + "".join(f"({p})" for p in common)
