"""Render a real General Comment (CESCR GC 11, from corpus/general-comments) as a simple PDF
with numbered paragraphs, a running header and page numbers: the shape of the PDFs that
treaty bodies publish. Run once; the output is tests/pdfs/cescr_gc11_rendered__derived.pdf.

    .venv/bin/python tests/corpus/make_gc_pdf.py
"""
from __future__ import annotations

import ctypes
import json
import textwrap
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

ROOT = Path(__file__).resolve().parent.parent.parent
SRC = ROOT / "corpus" / "general-comments" / "Annotated_ESCR-GC11-PrimEducation.json"
OUT = ROOT / "tests" / "pdfs" / "cescr_gc11_rendered__derived.pdf"


def _text(pdf, page, font, size, x, y, s):
    obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, size)
    buf = (s + "\0").encode("utf-16-le")
    raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(buf), ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    raw.FPDFPage_InsertObject(page.raw, obj)


def main() -> None:
    paras = json.loads(SRC.read_text(encoding="utf-8"))
    pdf = pdfium.PdfDocument.new()
    font = raw.FPDFText_LoadStandardFont(pdf.raw, b"Times-Roman")
    lines: list[tuple[str, bool]] = []
    for p in paras:
        num = str(p["ID"]).strip().rstrip(".")
        wrapped = textwrap.wrap(f"{num}. {p['Text']}", 95)
        lines += [(w, i == 0) for i, w in enumerate(wrapped)]
        lines.append(("", False))
    pages, per_page = [], 52
    for i in range(0, len(lines), per_page):
        pages.append(lines[i:i + per_page])
    for n, chunk in enumerate(pages, 1):
        page = pdf.new_page(612, 792)
        _text(pdf, page, font, 9, 72, 750, "E/C.12/1999/4")
        _text(pdf, page, font, 9, 480, 750, "page " + str(n))
        y = 720
        for line, first in chunk:
            if line:
                _text(pdf, page, font, 10, 90 if first else 72, y, line)
            y -= 12.5
        _text(pdf, page, font, 9, 300, 40, str(n))
        raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(OUT))


if __name__ == "__main__":
    main()
