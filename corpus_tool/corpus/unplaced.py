"""Marked items a reader could not place in the document's numbering. A statute's or a
treaty's items carry their marks ("(a)", "(iii)", "(B)"), and a passage is cited by them
("s. 1382(e)(1)(B)(iii)"); an item the reader cannot fit under a level (a heading repeated
between chunks of the text, a level the edition leaves out, a mark of a kind it did not expect)
is cited by its position instead ("s. 1382(e) ¶ 2"), which reads as a citation but names no
provision. A researcher's trial 34 (P2) found 127 of the 349 statements of a US Code text so
cited, and ingest had said nothing.

An item counts as unplaced when its locator ends in a position ("¶ N") and not in its own mark
("s. 2(1)(a) ¶ 2" is a second "(a)" of one subsection, as a definitions section has: placed).
Passages located by page or position alone (a report) are not counted: such a document has no
numbering to place them in. Of the repository's documents, those the warning names are ones
whose items are indeed cited by position (the annexes of the Council of Europe's ETS 14 and ETS
19, the GDPR Council text's recital 13); it named ILO Recommendation No. 150 too, whose
sub-paragraphs are now read (`subparagraphs`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

# "(a)", "(iii)", "(B)", and "a.", "ii." as a Markdown edition numbers its nested lists (a state
# bill's "i." items were cited "para. 7 ¶ 2" and nothing said so: a researcher's trial 37, P1)
RE_ITEM_MARK = re.compile(r"^(?:\(([A-Za-z]{1,5}|\d{1,3})\)|([a-z]|[ivx]{2,5})\.)\s")
MIN_ITEMS = 5                   # and at least this share of the marked items:
MIN_SHARE = 0.1


def unplaced_items(segments: Sequence) -> tuple[list, int]:
    """(the marked passages cited by position, the marked passages of a numbered document)."""
    marked = [(s, m.group(1) or m.group(2)) for s in segments if (m := RE_ITEM_MARK.match(s.text))
              and not s.locator.startswith(("p. ", "¶"))]
    lost = [s for s, mark in marked if "¶" in s.locator
            and not s.locator.split("¶")[0].rstrip().endswith(f"({mark})")]
    return lost, len(marked)


def unplaced_items_warning(segments: Sequence) -> str | None:
    """The warning for a document many of whose marked items are cited by position, else None."""
    lost, marked = unplaced_items(segments)
    if len(lost) < MIN_ITEMS or len(lost) < MIN_SHARE * marked:
        return None
    shown = ", ".join(f"“{s.locator}” for “{s.text[:12].rstrip()}…”" for s in lost[:3])
    return (f"{len(lost)} of its {marked} marked items are cited by their position, not their "
            f"mark ({shown}): the reader could not place them in the document's numbering; "
            f"check these citations against the source before you publish them, or give an "
            f"edition that sets out each level's mark")
