"""A PDF's table of contents: entries that end with a page number ("1. What is the NRM? 2",
"Introduction 4 1.What is modern slavery? 5 2.What is the NRM process? 6 …", the second a line
of entries the text layer runs together), three or more on one page, their page numbers never
falling. They are no structure of the document: read as numbered paragraphs, "9. General
indicators of Modern Slavery 18" cited every passage after it "para. 9 ¶ n", and a guide's
pages 4 to 12 were cited "s. 14" (a researcher's trial 46, P2). They are cited as the page's
contents (`p. 3, contents`), and numbering is decided without them (`notations`: a block with
its own locator is not counted)."""
from __future__ import annotations

import re
from dataclasses import replace

from corpus_tool.corpus.readers.base import Block

# an entry's page number: after a word (or "?", ")") and a space, ending the entry
_PAGE_REF = re.compile(r"(?<=[A-Za-z?)’'\"])\s+(\d{1,3})(?=\s+\S|\s*$)")
MIN_ENTRIES = 3


def _entries(text: str) -> list[int] | None:
    """The page numbers of a block that is entries of a table of contents, else None: it ends
    with one, each entry has a few words before its number (1 to 14), and they never fall."""
    t = " ".join(text.split())
    if not re.search(r"(?<=[A-Za-z?)’'\"])\s+\d{1,3}$", t):
        return None
    nums, at = [], 0
    for m in _PAGE_REF.finditer(t):
        entry = t[at:m.start()].strip()
        # a few words, no sentence ending in them or before the number
        if not 1 <= len(entry.split()) <= 14 or re.search(r"[.;:]$|[a-z)]\.\s+[A-Z]", entry):
            return None
        nums.append(int(m.group(1)))
        at = m.end()
    if t[at:].strip() or not nums or any(b < a for a, b in zip(nums, nums[1:])):
        return None
    return nums


def contents_entries(blocks: list[Block]) -> list[Block]:
    """`blocks` with the entries of a table of contents cited as such (`p. N, contents`)."""
    by_page: dict[int, list[int]] = {}
    nums_of: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.kind == "para" and b.page is not None and not b.locator and not b.note and \
                (nums := _entries(b.text)) is not None:
            by_page.setdefault(b.page, []).append(i)
            nums_of[i] = nums
    last = max((b.page or 0 for b in blocks), default=0)
    out = list(blocks)
    for page, idx in by_page.items():
        nums = [n for i in idx for n in nums_of[i]]
        if len(nums) < MIN_ENTRIES or any(b < a for a, b in zip(nums, nums[1:])) or \
                max(nums) > last + 10:
            continue
        for i in idx:
            out[i] = replace(blocks[i], locator=f"p. {page}, contents", slug=f"p{page}-contents")
    return out
