"""What people "shall receive" is theirs by right, not their duty: "Victims shall receive
adequate compensation" was an obligation of the victims (a researcher's trial 26: ILO C169
Art. 15(2), "The peoples concerned shall … receive fair compensation"); the gold labels such
units a recognition ("The person transferred shall receive credit for service …",
`heldout47`; "They shall receive education on women's health care …", `heldout86`)."""
from __future__ import annotations

import pytest

from corpus_tool.statements.stage import extract


@pytest.mark.parametrize("text, strength", [
    ("Victims shall receive adequate compensation.", "recognition"),
    ("Every child shall receive free primary education.", "recognition"),
    ("The person transferred shall receive credit for service of the sentence.", "recognition"),
    # a body receives complaints: its duty (or machinery), not a right
    ("The Commission shall receive complaints from individuals.", "obligation"),
    # what people shall not receive is a prohibition
    ("A retired State officer shall not receive remuneration from public funds.", "prohibition"),
])
def test_what_people_shall_receive_is_recognised(text, strength):
    (d,) = extract(text, genre="enacting")
    assert d.parts.strength == strength
