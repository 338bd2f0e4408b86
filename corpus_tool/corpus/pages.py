"""The document text from blocks, and where its pages are in it.

The document text is the blocks' texts joined by blank lines (`BLOCK_SEP`). Its pages are runs
`(page, start, end)` in the order of the text: a block (a PDF paragraph) that runs on over a
page break (`Block.breaks`) is two runs, so a quote's page is the page its words are on, not
the page its passage starts on (a quote on page 6 of a paragraph from page 5 was cited p. 5: a
researcher's trial 24, P4). A page can have several runs (a footnote of page 5 read after a
paragraph that ran on to page 6); runs of one page that follow each other are one.
"""
from __future__ import annotations

from corpus_tool.corpus.readers.base import Block

BLOCK_SEP = "\n\n"


def assemble(blocks: list[Block]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, int]]]:
    """Join blocks into the document text. Returns (text, block spans, page runs)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    runs: list[list[int]] = []
    pos = 0
    for i, b in enumerate(blocks):
        if i:
            parts.append(BLOCK_SEP)
            pos += len(BLOCK_SEP)
        parts.append(b.text)
        spans.append((pos, pos + len(b.text)))
        if b.page is not None:
            cuts = [(0, b.page)] + [(o, p) for o, p in b.breaks if 0 < o < len(b.text)]
            for (o, page), (nxt, _) in zip(cuts, cuts[1:] + [(len(b.text), 0)]):
                if runs and runs[-1][0] == page:
                    runs[-1][2] = pos + nxt
                else:
                    runs.append([page, pos + o, pos + nxt])
        pos += len(b.text)
    return "".join(parts), spans, [(p, s, e) for p, s, e in runs]
