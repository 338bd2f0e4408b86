"""An act exported as one outline, as the Markdown of Sri Lanka's acts is on GitHub
(nuuuwan/lk_parliament_docs, from the gazette's PDF): an empty item `0.` wraps the whole text, or
Part lines `II.` at the margin split it; a section is an item of the outline's first level and
its subsections are items nested in it, each numbered as the law numbers it (`6.` holding `1.`,
`2.`); a paragraph and a sub-paragraph are lines `a.` and `i.` further in, which Markdown does
not read as list items; a Part's title, the sections' marginal notes, their provisos, the words
that close a list of paragraphs, the definitions and the schedules are bulleted lines. Read as
nested lists, the Domestic Violence Act, No. 34 of 2005 was cited as one "para. 1" (its s. 11,
the protection order's prohibitions, "para. 1(k)(i)"), its paragraphs were run together into
their subsection, and the quotes carried the reader's marks, not the Act's (a researcher's
trial 41, P1–P3).

Here the outline is written out as the gazette prints the law, each provision a paragraph of its
own: "2. (1) A person …", "(2) An application …", "(a) by an aggrieved person ;", "(i) a parent
…"; a Part line and its title become headings ("PART II", "RIGHTS AND ENTITLEMENTS OF VICTIMS
…", the small capitals that the export spaced out, "R IGHTS", joined again), and so do a
marginal note and a schedule's title; a page's running head ("Prevention of Domestic Violence
Act, No. 34 of 2005 3") is dropped. Any other text is left as it is."""
from __future__ import annotations

import re

from corpus_tool.corpus.textclean import ORDINAL

RE_WRAPPER = re.compile(r"^0\.\s*$")                    # the empty item that wraps the outline
RE_PART = re.compile(r"^([IVXLC]{1,7})\.\s*$")           # "II." at the margin
RE_ITEM = re.compile(r"^(\s*)(\d{1,3}[A-Z]?)\.(?:\s+(\S.*))?\s*$")
RE_MARK = re.compile(r"^(\s+)([a-z]{1,2}|[ivxl]{1,6})\.\s+(\S.*)$")   # "a. …", "iii. …"
RE_BULLET = re.compile(r"^(\s*)[-*+]\s+(\S.*)$")
# a page's running head: the Act's name, number and year, then the page's number
RE_RUNNING_HEAD = re.compile(r"\bNo\.\s*\d{1,4}\s+of\s+\d{4}\.?\s+\d{1,4}$", re.I)
# a schedule's title, in capitals: "SCHEDULE I Section 22", "F IRST  S CHEDULE"
RE_SCHEDULE = re.compile(rf"^(?:THE\s+)?(?:(?:{ORDINAL})\s+)?SCHEDULE\b(?:\s+[IVXLC\d]+\b)?", re.I)
RE_SPACED_CAP = re.compile(r"\b([A-Z]) (?=[A-Z]{2,}\b)")     # "R IGHTS" → "RIGHTS"
RE_RULE = re.compile(r"\b(?:shall|must|means|includes)\b")
RE_MAY = re.compile(r"\b(?:may|will)\b")
# a sentence of the law, not a note: "The Panel may, in applying …", "For the purposes of …"
RE_SENTENCE = re.compile(r"^(?:The|A|An|Any|Each|Every|For|Where|If|When|In|Note)\b")


def _outline(lines: list[str]) -> int | None:
    """Where the outline starts: its wrapper `0.` or its first Part line, if an indented
    numbered item follows it; else None (any other Markdown)."""
    for i, line in enumerate(lines):
        if RE_WRAPPER.match(line) or RE_PART.match(line):
            nxt = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
            if (m := RE_ITEM.match(nxt) or RE_BULLET.match(nxt)) and m.group(1):
                return i
    return None


def _title(text: str) -> str:
    return " ".join(RE_SPACED_CAP.sub(r"\1", text).split())


def _marginal_note(text: str) -> bool:
    """A section's marginal note ("Right of a victim of crime to a fair treatment", "Interim
    Order.", "Minister may issue directions."): a short line in capitals at its start that
    sets no duty and does not run on. Not a proviso, a definition, the words that close a list
    ("commits an offence under this Act, and shall …"), nor a sentence of the law ("The Panel
    may, in applying the above guidelines, make such inquiries …")."""
    return (len(text.split()) <= 25 and text[:1].isupper() and not text.startswith("Provided")
            and not RE_RULE.search(text) and text.rstrip()[-1:] not in ";:,-\u2013\u2014"
            and not (RE_MAY.search(text) and RE_SENTENCE.match(text)))


def act_outline(lines: list[str]) -> list[str]:
    """`lines` with an outlined act written out as the gazette prints it (see the module's
    doc); any other text unchanged."""
    start = _outline(lines)
    if start is None:
        return lines
    out = lines[:start]
    sections: list[int] = []        # the indents of the open numbered items, outermost first
    pending = ""                    # the marks of empty items, for the next provision's line
    part_title = False              # the Part line's title is the next bullet
    schedule = False                # a schedule's text: numbered as it is, no more sections

    def emit(text: str, heading: str = "") -> None:
        nonlocal pending
        if not heading and pending:
            text, pending = f"{pending} {text}", ""
        out.extend([f"{heading} {text}" if heading else text, ""])

    for line in lines[start:]:
        if not line.strip() or RE_WRAPPER.match(line):
            continue
        if m := RE_PART.match(line):
            emit(f"PART {m.group(1)}", "##")
            sections, pending, part_title, schedule = [], "", True, False
            continue
        if m := RE_BULLET.match(line):
            text = m.group(2).strip()
            if RE_RUNNING_HEAD.search(text):
                continue
            if part_title and not RE_ITEM.match(text):
                emit(_title(text), "###")
            elif (m := RE_SCHEDULE.match(_title(text))) and m.group(0).isupper():
                emit(_title(text), "##")
                schedule = True
            elif not schedule and _marginal_note(text):
                emit(text, "######")
            else:
                emit(text)
            part_title = False
            continue
        part_title = False
        if schedule:
            emit(line.strip())
            continue
        if m := RE_ITEM.match(line):
            indent = len(m.group(1).expandtabs(4))
            while sections and sections[-1] >= indent:
                sections.pop()
            level = len(sections)
            sections.append(indent)
            number, text = m.group(2), (m.group(3) or "").strip()
            mark = f"{number}." if level == 0 else f"({number})"
            if text:
                emit(f"{mark} {text}")
            else:
                pending = f"{pending} {mark}".strip()
            continue
        if m := RE_MARK.match(line):
            emit(f"({m.group(2)}) {m.group(3).strip()}")
            continue
        emit(line.strip())
    return out
