"""Session 17 (issue 14), round 28: errors on the units two labellers label alike
(tests/data/statements_gold_second.jsonl), in halves already seen (`heldout21`–`heldout27`):

- "have to" / "has to" is an obligation ("States parties have to implement, as a matter of
  priority, core obligations"), not when negated ("does not have to meet the test"), possible
  ("they may have to pay unaffordable fees"), asked ("what plans does the Government have to
  …?"), a code's own voice ("we will have to close your account") or a reading ("has to be
  considered as …");
- "is / are (not) to be" + participle is an obligation (a prohibition with "not") whose
  subject is the patient: its actor is the by-agent, else none ("individuals are to be
  protected from discrimination"); not in a relative clause ("the process by which the right
  to education is to be promoted");
- a Party that "may refuse to grant transit" or "may refuse to recognize a divorce" is
  permitted to (not a possibility, as "She may refuse …" is), unless the refusal is conceded in
  a "While …" clause;
- judges asked or bound to act ("Judges … are invited to …", "the judge must take into
  consideration …") are a profession, not a court's bench (`filters.acting_body`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

GENERAL_COMMENT = genre_of("general comment", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, strength, actor", [
    ("States parties have to implement, as a matter of priority, core obligations.",
     GENERAL_COMMENT, "obligation", "States parties"),                                  # u3502
    ("In fields affecting basic aspects of ordinary life such as work or housing, individuals "
     "are to be protected from discrimination within the meaning of article 26.",
     GENERAL_COMMENT, "obligation", ""),                                                # u3516
    ("A child deprived of liberty is not to be placed in a centre or prison for adults.",
     GENERAL_COMMENT, "prohibition", ""),                                               # u3092
    ("Such cases are to be decided by the competent court.", CONVENTION, "obligation",
     "competent court"),
    ("A Party may refuse to grant transit:", CONVENTION, "permission", "Party"),        # u3039
    ("Contracting States may refuse to recognize a divorce or legal separation if it is "
     "incompatible with a previous decision determining the matrimonial status of the spouses.",
     CONVENTION, "permission", "Contracting States"),                                   # u3067
])
def test_have_to_be_to_and_a_partys_refusal(trained, text, genre, strength, actor):
    p = _first(text, trained, genre=genre)
    assert p is not None and (p.strength, p.actor) == (strength, actor)


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("However, the risk does not have to meet the test of being highly probable.",
     GENERAL_COMMENT),                                                                  # u3371
    ("What plans does the Government of Slovenia have to promote societal understanding of "
     "this legislation?", ""),                                                          # u849
    ("If your account is identified in violation of the Terms of Service we will have to close "
     "your account.", ""),                                                              # u1568
    ("Article 19 is one of the widest ranging articles of the Convention and has to be "
     "considered as integral to the implementation of the Convention.", GENERAL_COMMENT),
    ("Second, the article attaches importance to the process by which the right to education "
     "is to be promoted.", GENERAL_COMMENT),                                  # CRC GC 1 para. 8
    ("They may be unable to access health services because insurance schemes are not "
     "available to them, or they may have to pay unaffordable fees.", GENERAL_COMMENT),
    ("The Committee has to date received few reports on this matter.", GENERAL_COMMENT),
])
def test_have_to_and_be_to_that_bind_no_one(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.integration
def test_a_refusal_conceded_in_a_while_clause_is_not_the_units_norm(trained):
    """CMW GC 2 para. 62 (reference corpus): the entitlement in the main clause leads."""
    text = ("While States parties may refuse migrant workers who do not have work permits access "
            "to their labour markets, once an employment relationship has been initiated, all "
            "migrant workers are entitled to equal conditions of work.")
    p = _first(text, trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "recognition"


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, expected", [
    ("Judges and other members of the legal profession are invited to pay greater attention to "
     "violations of the right to food in the exercise of their functions.", GENERAL_COMMENT,
     "recommendation"),                                                                 # u2996
    ("In assessing the child's best interests, the judge must take into consideration the right "
     "of the child to preserve his or her relationship with both parents.", GENERAL_COMMENT,
     "obligation"),                                                         # CRC GC 14 para. 67
    ("3. The judges shall hold office until replaced.", CONVENTION, None),     # ECHR art. 23(3)
    ("2. If a judgment does not represent the unanimous opinion of the judges, any judge shall "
     "be entitled to deliver a separate opinion.", CONVENTION, None),          # ECHR art. 45(2)
    ("The judges of the Court shall sit in their individual capacity.", CONVENTION, None),
])
def test_judges_as_a_profession_and_as_a_courts_bench(trained, text, genre, expected):
    """Judges asked or bound to act (a recommendation, a "must") are a profession; a "shall"
    about judges, or any sentence naming the Court, is the court's machinery."""
    p = _first(text, trained, genre=genre)
    assert (p.strength if p else None) == expected
