"""A title that names a means without what it is about takes its object from the statements
(issue 15): 'Bilateral agreements' → 'Bilateral agreements to prevent abuses …'.

Texts: the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md):
ILO C181 Art. 8(2), CoE ETS 93 Art. 7 and 17, CMW General Comment 1, ILO C097 Annex I
Art. 7(2); the reference corpus: CCPR General Comment 23 para. 6."""
from __future__ import annotations

import pytest

from corpus_tool.naming import StatementParts, title_problem
from corpus_tool.naming.complement import needs_object, with_act, with_object
from tests.indicators.test_naming_shared import C097, C181, ETS93_7, ETS93_17, GC1

CCPR_GC23 = ("Accordingly, positive measures by States may also be necessary to protect the "
             "identity of a minority and the rights of its members to enjoy and develop their "
             "culture and language and to practise their religion, in community with the other "
             "members of the group.")


def _parts(*texts: str) -> list[StatementParts]:
    return [StatementParts(text=t) for t in texts]


@pytest.mark.parametrize("title, needs", [
    ("Bilateral agreements", True), ("Public information", True),
    ("Adoption of an active approach", True), ("Equal pay", False),
    ("Right to vocational training", False), ("Written contracts", False),
    ("Bilateral agreements on the recruitment of migrant workers", False),
    ("Information on minimum wages in relevant languages and dialects", False)])
def test_a_title_needs_its_object_when_it_ends_in_a_bare_means(title, needs):
    assert needs_object(title) is needs


def test_the_object_comes_from_the_statement_that_gives_one_and_stays_whole():
    parts = _parts(ETS93_7, ETS93_17, C097, C181, GC1)
    title = with_object("Bilateral agreements", parts)
    # C181 alone gives 'bilateral agreements' a complement ('to prevent abuses …'); ETS 93 and
    # GC 1 go on with 'which' / 'or by any other means' / 'in order to': no complement there
    assert title == "Bilateral agreements to prevent abuses and fraudulent practices"
    assert title_problem(title, [C181]) is None
    assert len(title.split()) <= 12            # the comma list after 'in' would run past 12


def test_no_complement_leaves_the_title_as_it_is():
    assert with_object("Bilateral agreements", _parts(ETS93_7, ETS93_17, GC1)) == \
        "Bilateral agreements"
    assert with_object("Equal pay", _parts(C181)) == "Equal pay"


def test_the_complement_most_statements_share_wins():
    a = "Member States should provide public information on the rights of migrant workers."
    b = "Public information on the rights of migrant workers and their families should be given."
    c = "States shall organise public information for employers."
    title = with_object("Public information", _parts(a, b, c))
    assert title == "Public information on the rights of migrant workers"


def test_a_list_is_never_cut_after_its_first_items():
    text = ("States should conclude bilateral agreements on recruitment, placement and "
            "employment of migrant workers, which shall be published.")
    title = with_object("Bilateral agreements", _parts(text))
    assert title == "Bilateral agreements on recruitment, placement and employment of migrant " \
        "workers"
    long = ("States should conclude bilateral agreements on the transfer of earnings and "
            "savings, the payment of pensions, and the recognition of qualifications and skills "
            "acquired abroad.")
    assert "," not in with_object("Bilateral agreements", _parts(long))


def test_a_bare_thing_is_named_by_the_act_the_statements_aim_at_it():
    parts = [StatementParts(text=CCPR_GC23, aim="protect",
                            object="the identity of a minority")]
    assert with_act("Cultural identity", parts) == "Protection of cultural identity"
    # an aim that names no act ('ensure', 'provide') adds nothing
    parts = [StatementParts(text="States shall ensure cultural identity.", aim="ensure",
                            object="cultural identity")]
    assert with_act("Cultural identity", parts) == "Cultural identity"
    assert with_act("Right to education", parts) == "Right to education"


def test_the_act_may_be_a_verb_right_before_the_head_in_the_text():
    # CCPR GC 23 para. 6: no aim of its own; 'to protect the identity of a minority'
    assert with_act("Cultural identity", _parts(CCPR_GC23)) == "Protection of cultural identity"
    # a title that names an act already is left alone
    assert with_act("Combating prejudices", _parts("States shall combat prejudices.")) == \
        "Combating prejudices"
    assert with_act("Equal pay", _parts("States shall ensure equal pay.")) == "Equal pay"
    # the act's word in the title already, or a means as head: unchanged
    assert with_act("Individualized support measures",
                    _parts("States shall support individualized support measures.")) == \
        "Individualized support measures"


def test_an_infinitive_whose_object_an_aside_puts_off_takes_it_past_the_aside():
    # ILO C111 Art. 2 (anti-discrimination example): 'to promote' would dangle, and 'National
    # policy' alone was rejected as vague (a national policy on what?): the object after the
    # aside between commas completes it
    c111 = ("Each Member for which this Convention is in force undertakes to declare and pursue "
            "a national policy designed to promote, by methods appropriate to national "
            "conditions and practice, equality of opportunity and treatment in respect of "
            "employment and occupation, with a view to eliminating any discrimination in respect "
            "thereof.")
    assert with_object("National policy", _parts(c111)) == \
        "National policy designed to promote equality of opportunity and treatment"
