"""Quotation marks in a unit: is a cue inside quoted text (another text's words, not the
unit's own)? Double quotes, TeX-style openers, and single quotes that cannot be apostrophes."""
from __future__ import annotations

import re

# single quotes that cannot be apostrophes: an opening one before a word, after a space or a
# bracket; a closing one after a word or punctuation, before a space, punctuation or the end
_SQ_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))'(?=[\w\"])")
_SQ_CLOSE = re.compile(r"(?<=\S)'(?=[\s.,;:)\]]|$)")
_SQ_TAIL = re.compile(r"(?<=[.,;!?])'(?=[\s.,;:)\]]|$)")


# a double quotation mark; "``" opens a quotation in texts typeset the TeX way (``undertakings")
_DQ = re.compile(r'``|"')


def quote_marks(text: str, end: int | None = None) -> int:
    """How many double quotation marks the (normalised) text has, before `end` if given."""
    return len(_DQ.findall(text, 0, len(text) if end is None else end))


def in_quotes(text: str, pos: int) -> bool:
    """Is offset `pos` of the (normalised) unit inside quoted text: between double quotes, after
    a quote the unit opens and does not close before `pos`, or before a closing quote the unit
    never opened (the unit is the end of a quotation that began earlier)?"""
    before = quote_marks(text, pos)
    if before % 2 == 1 or (before == 0 and quote_marks(text) % 2 == 1):
        return True
    opens = [m.start() for m in _SQ_OPEN.finditer(text)]
    closes = [m.start() for m in _SQ_CLOSE.finditer(text)]
    last_open = max((o for o in opens if o < pos), default=None)
    if last_open is not None and not any(last_open < c < pos for c in closes):
        return True
    tail = next((m.start() for m in _SQ_TAIL.finditer(text, pos)), None)
    return tail is not None and not any(o < tail for o in opens)
