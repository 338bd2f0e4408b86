"""An item of a list that goes on in the next item ("1. sufficient food and water; and") is text,
never a heading: read as one, it vanished from the passages and broke the document's section
numbering, so that the South African Bill of Rights was cited "Chapter 2, para. 1 ¶ 81"
(a researcher's trial 23; `tests/data/markdown/README.md`)."""
from __future__ import annotations

import re
from pathlib import Path

from corpus_tool.corpus.readers.markdown import markdown_blocks
from corpus_tool.corpus.segment import segment

DOC = Path(__file__).parents[1] / "data" / "markdown" / "za-constitution-1996-ch2.md"


def test_a_list_item_that_goes_on_is_kept_and_sections_are_cited():
    _, passages, _ = segment(markdown_blocks(DOC.read_text(encoding="utf-8")))
    food = [p for p in passages if "sufficient food and water" in p.text]
    assert len(food) == 1 and food[0].locator.startswith("s. 27(1)"), food
    assert not any(re.match(r"\d+\. [a-z]", h) for p in passages
                   for h in p.heading.split(" > ")), "a list item read as a heading"
    sections = {int(m.group(1)) for p in passages if (m := re.match(r"s\. (\d+)", p.locator))}
    # ss. 7–39, each cited by its number; the file heads s. 36 "26. Limitation of rights"
    assert sections == set(range(7, 40)) - {36}
    assert next(p for p in passages if p.text.startswith("3. No one may be evicted")).locator \
        == "s. 26(3)"
