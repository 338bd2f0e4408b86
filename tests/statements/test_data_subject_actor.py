"""The data subject holds a data protection law's rights (a researcher's trial 33, P7): "The data
subject has the right to rectification …" (Zambia's Data Protection Act s. 59(1)) and the GDPR's
"the data subject shall have the right to …" had no actor; "subject" alone is no one."""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts

LAW = genre_of("act", "binding")


@pytest.mark.parametrize("text, actor", [
    ("1. The data subject has the right to, rectification of inaccurate personal data concerning "
     "the data subject as soon as practicable.", "data subject"),
    ("Every data subject shall have the right to lodge a complaint with a supervisory "
     "authority.", "Every data subject"),
])
def test_the_data_subject_holds_the_rights(text, actor, trained):
    p = parts(text, trained, genre=LAW)
    assert (p.strength, p.actor) == ("recognition", actor)


def test_a_subject_of_study_is_no_one(trained):
    assert parts("The subject shall be taught in all secondary schools.", trained,
                 genre=LAW).actor == ""
