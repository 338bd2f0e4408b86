"""A researcher's blind trial 31 (child labour), P8: "No child shall be permitted or required to
work between 7.00 p.m. and 8.00 a.m." (Pakistan's Employment of Children Act 1991) was a
permission in the provenance table: the leave "shall be permitted" was read before the negated
subject that forbids it."""
from __future__ import annotations

from corpus_tool.statements import stage as S


def _read(text, pipe):
    return [(d.parts.strength, d.parts.actor) for d in S.extract(text, pipeline=pipe,
                                                                 genre="enacting")]


def test_a_leave_denied_to_a_negated_subject_is_a_prohibition(trained):
    assert _read("No child shall be permitted or required to work between 7.00 p.m. and 8.00 "
                 "a.m.", trained) == [("prohibition", "child")]
    assert _read("No person shall be authorized to employ a child in a hazardous occupation.",
                 trained)[0][0] == "prohibition"
    # the leave itself stays one
    assert _read("A child shall be permitted to work in a family enterprise.", trained) == [
        ("permission", "child")]
