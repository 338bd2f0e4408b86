"""The typographic ligatures of a PDF's text layer ("speciﬁc", "certiﬁcate") and the letters
they stand for. The document's own text keeps them (a quote is the document's words); a quote a
person types may spell them out (`coding.anchoring`), and what the tool writes, a cluster's label
and terms, does (a researcher's trial 42, P7: a cluster labelled "burial certiﬁcate")."""
from __future__ import annotations

import re

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_RE_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")


def unligature(text: str) -> str:
    """`text` with its typographic ligatures spelt out."""
    return _RE_LIGATURE.sub(lambda m: LIGATURES[m.group()], text)
