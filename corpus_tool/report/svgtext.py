"""How wide a label is in an SVG chart, without a browser: margins are sized from it.

Widths are Helvetica's (the Adobe font metrics, in thousandths of an em) for ASCII, and a wide
default for everything else; `SAFETY` covers the fonts a `sans-serif` family resolves to in
practice (DejaVu Sans, the widest common one, runs about 10 % wider than Helvetica).
"""
from __future__ import annotations

SAFETY = 1.15
_DEFAULT = 650            # a non-ASCII character (accented letters are as wide as their base)
_HELVETICA = dict(zip(
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}~",
    [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
     556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015,
     667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778,
     722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333,
     556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556,
     333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]))


def text_width(text: str, font_size: float, *, bold: bool = False) -> float:
    """An upper estimate of the rendered width of `text` in px at `font_size` px."""
    em = sum(_HELVETICA.get(ch, _DEFAULT) for ch in text) / 1000
    return em * font_size * SAFETY * (1.08 if bold else 1.0)
