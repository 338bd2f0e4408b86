"""The Markdown reader keeps a bullet on the items of a list a lead-in paragraph introduces
("Unacceptable behavior includes, but is not limited to:" / "* The use of sexualized language
or imagery"), so that the statements stage reads them as that lead-in's items; a list no
lead-in introduces loses its markers as before. On a real document (GitHub's Event Code of
Conduct, `tests/data/markdown/README.md`)."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.readers.markdown import BULLET, markdown_blocks

DOC = Path(__file__).parents[1] / "data" / "markdown" / "github-event-code-of-conduct.md"


def test_items_of_a_lead_in_keep_a_bullet():
    texts = [b.text for b in markdown_blocks(DOC.read_text(encoding="utf-8"))]
    lead = texts.index("Unacceptable behavior includes, but is not limited to:")
    items = texts[lead + 1:lead + 10]
    assert items[0] == BULLET + "The use of sexualized language or imagery"
    assert items[-1] == BULLET + ("Conduct which could reasonably be considered inappropriate "
                                  "in a professional setting")
    assert all(t.startswith(BULLET) for t in items)
    # the paragraph after the list is no item
    assert texts[lead + 10] == "Each Event Participant is entirely responsible for their own " \
                               "actions."
    encouraged = texts.index("Examples of encouraged behavior that contributes to a positive "
                             "environment include:")
    assert texts[encouraged + 1] == BULLET + "Using welcoming and inclusive language"


def test_a_list_no_lead_in_introduces_loses_its_markers():
    texts = [b.text for b in markdown_blocks(
        "Our products.\n\n* GitHub.com, a platform\n* GitHub Enterprise\n\n"
        "We offer these tools:\n\n- Actions\n\n- Packages\n\nThat is all.\n")]
    assert texts == ["Our products.", "GitHub.com, a platform", "GitHub Enterprise",
                     "We offer these tools:", BULLET + "Actions", BULLET + "Packages",
                     "That is all."]
