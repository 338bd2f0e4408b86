"""Nested ordered lists of a Markdown statute, numbered as the law numbers them. A converter
(pandoc) writes a section's subsections, their paragraphs and sub-paragraphs as ordered lists
nested by indentation, every level marked `1.`, `2.`, … and a list's later items often all `1.`
(Markdown numbers a list by position); where it cannot nest it leaves HTML (`<ol
data-list-a>`, `<li>`). Read literally, Zambia's Data Protection Act 2021 had its s. 12(1)(b)
cited "s. 12(2)", a real provision of its own, and its s. 13(a) "s. 13 ¶ 3" with "</li> <li>"
in the text (a researcher's trial 33, P2).

Here each item is given the mark of its level, as statutes in the Commonwealth style number
them: the outer list's items keep their numbers (by position where the file repeats or lowers
them), a list nested in an item is lettered `(a)`, one nested in that numbered `(i)`; an HTML
list is lettered or numbered as its `type` or `data-list-*` says, else by its depth, and its
tags are dropped. Lists that do not nest are left as they are."""
from __future__ import annotations

import re
from dataclasses import dataclass

RE_MD_ITEM = re.compile(r"^(\s*)(\d{1,3})([.)])(\s+\S.*|\s*)$")     # (an item may be empty)
RE_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+\S")      # a definition's item, say
RE_OL = re.compile(r"^\s*<ol\b([^>]*)>\s*$", re.I)
RE_OL_END = re.compile(r"^\s*</ol>\s*$", re.I)
RE_LI = re.compile(r"^\s*<li\b[^>]*>\s*(.*?)\s*(?:</li>\s*)?$", re.I)
RE_LI_END = re.compile(r"^\s*</li>\s*$", re.I)
RE_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# kramdown's attribute list of a list item that has no number ("1. {:.unnumbered}Everyone has the
# right–": South Africa's s. 24, whose paragraphs are (a) and (b) with no subsection), and any
# attribute list, which is markup ("{:.table-caption}")
RE_UNNUMBERED = re.compile(r"^\{:\s*\.unnumbered\s*\}\s*")
RE_IAL = re.compile(r"\{:[^}\n]*\}")
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
         "xv", "xvi", "xvii", "xviii", "xix", "xx")
STYLES = ("num", "alpha", "roman", "upper")       # by depth


@dataclass
class _List:
    indent: int          # where its markers stand (Markdown), -1 for an HTML list
    style: str
    n: int = 0           # items so far
    last: int = 0        # the number last written (outer Markdown lists)


def _mark(style: str, n: int) -> str:
    if style == "alpha":
        return f"({chr(ord('a') + n - 1)})" if n <= 26 else f"({n})"
    if style == "upper":
        return f"({chr(ord('A') + n - 1)})" if n <= 26 else f"({n})"
    if style == "roman":
        return f"({ROMAN[n - 1]})" if n <= len(ROMAN) else f"({n})"
    return f"{n}."


def _style(attrs: str, parent: str | None) -> str:
    """A list's style: its HTML attributes' (`type`, `data-list-*`), else the level below its
    parent list's (the first level numbered)."""
    a = attrs.lower()
    if re.search(r"data-list-a\b|type=[\"']?a\b", a):
        return "alpha"
    if re.search(r"data-list-i\b|type=[\"']?i\b", a):
        return "roman"
    if re.search(r"type=[\"']?A\b", attrs):
        return "upper"
    if parent == "bullet":           # a list in a bulleted item (a definition's): lettered
        return "alpha"
    return STYLES[min(STYLES.index(parent) + 1, len(STYLES) - 1)] if parent else "num"


def _nests(lines: list[str]) -> bool:
    """Does the text hold an HTML list, or a Markdown ordered list nested in another?"""
    outer: int | None = None
    for line in lines:
        if RE_OL.match(line):
            return True
        if m := RE_MD_ITEM.match(line):
            indent = len(m.group(1).expandtabs(4))
            if outer is not None and indent > outer:
                return True
            outer = indent if outer is None or indent < outer else outer
        elif m := RE_MD_BULLET.match(line):
            indent = len(m.group(1).expandtabs(4))
            outer = indent if outer is None or indent < outer else outer
        elif line.strip() and not line[:1].isspace():
            outer = None
    return False


def legal_lists(lines: list[str]) -> list[str]:
    """`lines` with the items of nested ordered lists marked as the law numbers them and the
    HTML list tags and kramdown's attribute lists dropped (each item a paragraph of its own)."""
    if not _nests(lines):
        return lines if not any("{:" in x for x in lines) else [RE_IAL.sub("", x) for x in lines]
    out: list[str] = []
    stack: list[_List] = []
    pending = ""                     # an HTML item's mark, for its first line of text
    for line in lines:
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        if m := RE_OL.match(line):
            pending = ""
            stack.append(_List(-1, _style(m.group(1), stack[-1].style if stack else None)))
            out.append("")
            continue
        if RE_OL_END.match(line):
            while stack and stack[-1].indent >= 0:
                stack.pop()
            if stack:
                stack.pop()
            out.append("")
            continue
        if RE_LI_END.match(line):
            out.append("")
            continue
        if (m := RE_LI.match(line)) and stack and stack[-1].indent < 0:
            lst = stack[-1]
            lst.n += 1
            out.append("")
            if m.group(1):
                out.append(f"{_mark(lst.style, lst.n)} {m.group(1)}")
            else:
                pending = _mark(lst.style, lst.n)
            continue
        if RE_HEADING.match(line):       # no list runs on into the next section, whatever
            stack, pending = [], ""     # tags a file left open ("<li>" / "<ol>" for the ends)
            out.append(line)
            continue
        if pending and line.strip():
            out.append(f"{pending} {line.strip()}")
            pending = ""
            continue
        if m := RE_MD_ITEM.match(line):
            while stack and stack[-1].indent > indent:
                stack.pop()
            if stack and stack[-1].indent == indent:
                lst = stack[-1]
            else:
                lst = _List(indent, _style("", stack[-1].style if stack else None))
                stack.append(lst)
            text = m.group(4).strip()
            if unnumbered := RE_UNNUMBERED.match(text):     # its items are the level below
                out.append(f"{m.group(1)}{text[unnumbered.end():]}")
                continue
            lst.n += 1
            if lst.style == "num":       # the law's own number, unless the file restarts it
                num = int(m.group(2))
                lst.last = num if num > lst.last else lst.last + 1
                mark = f"{lst.last}{m.group(3)}"
            else:
                mark = _mark(lst.style, lst.n)
            out.append(f"{m.group(1)}{mark}{m.group(4).rstrip()}")
            continue
        if m := RE_MD_BULLET.match(line):
            while stack and stack[-1].indent > indent:
                stack.pop()
            if not (stack and stack[-1].indent == indent):
                stack.append(_List(indent, "bullet"))
            out.append(line)
            continue
        if line.strip():                 # a paragraph that is no item's text ends the lists
            while stack and stack[-1].indent >= 0 and indent <= stack[-1].indent:
                stack.pop()
        out.append(RE_IAL.sub("", line))
    return out
