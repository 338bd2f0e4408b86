"""Render Principles 1–13 of the Body of Principles for the Protection of All Persons under Any
Form of Detention or Imprisonment (GA resolution 43/173, annex) as a simple PDF: the title, each
"Principle N" in bold on a line of its own, its text below it as one paragraph (verbatim, as the
source holds it: "1. These principles … 2. Measures …" run on), page numbers at the foot. Run once; the output is tests/pdfs/un_body_of_principles_1988_p1-13_rendered__derived.pdf.

The text: `mediaprophet/Webizen-Charter`
`un-instruments/body-principles-protection-all-persons-under-any-form-detention.n3` @ 47ca66f8
(sha256 ffa45812…ce1084be6), each node's `dc:title` and `values:originalText`, the Turtle
escapes undone and runs of spaces made one (see tests/pdfs/SOURCES.md).

    .venv/bin/python tests/corpus/make_units_pdf.py NODES.json
(NODES.json: the file's [name, title, text] nodes in order, as read from the Turtle file.)
"""
from __future__ import annotations

import ctypes
import json
import sys
import textwrap
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "tests" / "pdfs" / "un_body_of_principles_1988_p1-13_rendered__derived.pdf"
TITLE = ["Body of Principles for the Protection of All Persons under Any Form of Detention or "
         "Imprisonment"]


def _text(pdf, page, font, size, x, y, s):
    obj = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, size)
    buf = (s + "\0").encode("utf-16-le")
    raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(buf),
                                          ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    raw.FPDFPage_InsertObject(page.raw, obj)


def main(nodes_json: str) -> None:
    nodes = json.loads(Path(nodes_json).read_text(encoding="utf-8"))
    units = [(title, text) for _, title, text in nodes if title.startswith("Principle ")][:13]
    pdf = pdfium.PdfDocument.new()
    roman = raw.FPDFText_LoadStandardFont(pdf.raw, b"Times-Roman")
    bold = raw.FPDFText_LoadStandardFont(pdf.raw, b"Times-Bold")
    lines: list[tuple[str, str]] = [(t, "title") for t in TITLE] + [("", ""), ("", "")]
    for title, text in units:
        lines += [(title, "unit")] + [(w, "body") for w in textwrap.wrap(text, 95)] + [("", "")]
    per_page = 52
    for n, i in enumerate(range(0, len(lines), per_page), 1):
        page = pdf.new_page(612, 792)
        y = 720
        for line, kind in lines[i:i + per_page]:
            if kind == "title":
                _text(pdf, page, bold, 10, 60, y, line)
            elif kind == "unit":
                _text(pdf, page, bold, 10, 280, y, line)
            elif line:
                _text(pdf, page, roman, 10, 72, y, line)
            y -= 12.5
        _text(pdf, page, roman, 9, 300, 40, str(n))
        raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(OUT))


if __name__ == "__main__":
    main(sys.argv[1])
