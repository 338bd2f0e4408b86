"""PDF reader (placeholder: plain pypdfium2 text per page; layout handling follows)."""
from __future__ import annotations

from pathlib import Path

from .base import Block, Extracted, ReadOptions, register
from .text import text_blocks


@register("pdf-v0", ".pdf")
def read_pdf(path: Path, opts: ReadOptions) -> Extracted:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path), password=opts.password)
    blocks: list[Block] = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        txt = tp.get_text_range().replace("\r\n", "\n")
        for b in text_blocks(txt):
            blocks.append(Block(b.text, kind=b.kind, page=i + 1))
    return Extracted(blocks, len(pdf), [])
