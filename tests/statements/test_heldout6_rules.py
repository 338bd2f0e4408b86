"""Rules written after `heldout6` was measured once (F1 0.687, the figure of record; the half is
"seen" since; tests/data/statements_gold_unseen.README.md), each tested on the kind of sentence
that motivated it: a constitution's guarantee stated without a modal, the addressee of a
passive recommendation named by a common noun, and a resolution's operative clause whose
verb comes first."""
from __future__ import annotations

from tests.statements.conftest import parts

ART5 = ("All persons are equal before the law, without any distinction whatsoever, on the "
        "following terms:")


def test_a_guarantee_without_a_modal(trained):
    for text, context in (
            ("10. the privacy, private life, honour and image of persons are inviolable;", ART5),
            ("14. access to information is ensured to everyone;", ART5),
            ("The category of domestic servants is ensured of the rights set forth in items IV "
             "and VI.", ""),
            ("18. maternity leave without loss of job and of salary;",
             "The following are rights of urban and rural workers, among others:")):
        p = parts(text, trained, context=context)
        assert p is not None and p.strength == "recognition", text
    # the guarantee nearest the colon, not the "shall" of the chapeau's relative clause
    p = parts("a) full defense;", trained,
              context="38. the institution of the jury is recognized, according to the "
                      "organization which the law shall establish, and the following are ensured:")
    assert p is not None and p.strength == "recognition"
    # a report's description and a commentary's reading are no guarantee
    for text in ("Access to education is ensured in all municipalities, according to the "
                 "Ministry.",
                 "Article 3, paragraph 1 seeks to ensure that the right is guaranteed in all "
                 "decisions concerning children."):
        assert parts(text, trained) is None, text


def test_the_addressee_of_a_passive_recommendation(trained):
    p = parts("Slovenia is also invited to take effective measures to safeguard the "
              "independence and freedom of the press.", trained)
    assert p is not None and p.strength == "recommendation" and p.actor == "Slovenia"


def test_an_operative_clause_verb_first(trained):
    ctx = "In this context, the executive committee, meeting at Bossey,"
    p = parts("Calls on each member church to reflect upon its own national history;", trained,
              context=ctx)
    assert p is not None and p.strength == "recommendation" and p.actor == "each member church"
    p = parts("Urges governments to dismantle the legal structures based on the Doctrine;",
              trained, context=ctx)
    assert p is not None and p.strength == "recommendation" and p.actor == "governments"
    # a verb first with no course to take is a position, not a recommendation
    assert parts("Denounces the Doctrine of Discovery as a violation of human rights;",
                 trained, context=ctx) is None
