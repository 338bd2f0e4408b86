"""Researchers' blind trials 39 (the right to food) and 40 (child justice): norms missed or
misread by the rules.

- 18 U.S.C. 5039: "No juvenile committed, whether pursuant to an adjudication of delinquency or
  conviction for an offense, to the custody of the Attorney General may be placed …" was a
  permission: the "No" of its subject stands too far from "may" for the cue patterns, and the
  parse hangs the subject elsewhere (trial 40, P2);
- CRC GC 24 para. 95(a): "Incommunicado detention is not permitted for persons below the age
  of 18" had no strength of its own (trial 40, P2);
- 18 U.S.C. 5034: "The magistrate judge shall insure that the juvenile is represented by
  counsel …" was read as a court's machinery; CRC GC 24 para. 63, "The Committee recommends
  that States parties withdraw any reservation to article 37 (c)", as a final clause (P3);
- a consolidation's "(a) [Repealed, 2012, c. 1, s. 178]" was an obligation (P11);
- CRC GC 15 para. 46, "School feeding is desirable to ensure all pupils have access to a full
  meal every day", had no statement (trial 39, P1);
- "It is prohibited for a person to import …" (Canada's Safe Food for Canadians Act) had no
  actor (trial 39, P4)."""
from __future__ import annotations

import pytest

from corpus_tool.statements.beneficiaries import unit_beneficiaries

from .conftest import parts


@pytest.mark.parametrize("text, genre, strength, actor", [
    ("No juvenile committed, whether pursuant to an adjudication of delinquency or conviction "
     "for an offense, to the custody of the Attorney General may be placed or retained in an "
     "adult jail or correctional institution.", "enacting", "prohibition", ""),
    ("(b) No person, other than the parties, may attend the hearing.", "enacting",
     "prohibition", "person"),
    ("(a) Incommunicado detention is not permitted for persons below the age of 18;",
     "recommending", "prohibition", ""),
    ("The magistrate judge shall insure that the juvenile is represented by counsel before "
     "proceeding with critical stages of the proceedings.", "enacting", "obligation",
     "magistrate judge"),
    ("The Committee recommends that States parties withdraw any reservation to article 37 (c).",
     "recommending", "recommendation", "States parties"),
    ("School feeding is desirable to ensure all pupils have access to a full meal every day.",
     "recommending", "recommendation", ""),
    ("It is prohibited for a person to import a food commodity the selling of which is "
     "prohibited under section 4 of the Food and Drugs Act.", "enacting", "prohibition",
     "person"),
    ("It is forbidden for employers to dismiss a pregnant worker.", "enacting", "prohibition",
     "employers"),
])
def test_norms_the_rules_missed_or_misread(trained, text, genre, strength, actor):
    p = parts(text, trained, genre=genre)
    assert p is not None and (p.strength, p.actor) == (strength, actor)


@pytest.mark.parametrize("text", [
    "(a) [Repealed, 2012, c. 1, s. 178]",
    "(9) and (10) [Repealed, 2012, c. 1, s. 174]",
    "The judges shall hold office until replaced.",     # the court's machinery, still
])
def test_what_is_no_norm(trained, text):
    assert parts(text, trained, genre="enacting") is None


def test_a_time_limit_opening_on_no_denies_nothing(trained):
    p = parts("No later than 30 days after the hearing, the court may issue its decision.",
              trained, genre="enacting")
    assert p is not None and p.strength == "permission"


@pytest.mark.parametrize("text, groups", [
    ("(a) Incommunicado detention is not permitted for persons below the age of 18;",
     ("children",)),
    ("(b) the young person shall be informed of the right to counsel;", ("children",)),
    # the professional who serves the child is none of the people the norm is for
    ("(d) the youth worker may not be excluded from the hearing.", ()),
])
def test_whom_child_justice_norms_are_for(text, groups):
    """Trial 40, P10: "persons below the age of 18" and "the young person" were no children,
    "the youth worker" was among the workers."""
    assert unit_beneficiaries(text) == groups
