"""The label built from the EuroVoc subject a cluster's members say (`semantic.subject`, on
`naming.thesaurus.said`): the most distinctive subject most members say, made a requirement
with the aim they give it, offered only where the members share no phrase."""
from __future__ import annotations

from corpus_tool.naming.thesaurus import said, supported
from corpus_tool.semantic import label_choice
from corpus_tool.semantic.label_choice import Signals
from corpus_tool.semantic.shared import Shared
from corpus_tool.semantic.subject import says, subject_labels

# members of a labour cluster (European Social Charter art. 24, ILO C158), and of two others
DISMISSAL = ["Workers have the right to protection against termination of employment "
             "without a valid reason.",
             "Each Party shall ensure protection against termination of employment on the "
             "ground of family responsibilities.",
             "Compensation shall be paid on termination of employment without valid reasons.",
             "A worker has the right to protection against unjustified termination of "
             "employment and to appeal to an impartial body."]
WAGES = ["Wages shall be paid regularly to every worker in employment.",
         "Deductions from wages are permitted only under conditions laid down by law.",
         "Workers in employment shall receive their wages directly."]
HOUSING = ["Everyone has the right to housing.", "States shall promote access to housing.",
           "The right to housing is protected by law.",
           "The right to housing is guaranteed to workers in employment."]


def _content(label: str) -> bool:
    return True


def _who(label: str) -> bool:
    return label.split()[-1] in ("worker", "person", "child")


def _names_aim(label: str) -> bool:
    return label.split()[0] in ("right", "rights", "access", "protection", "elimination",
                                "prevention")


def test_a_word_is_said_as_written_or_in_the_plural_not_by_its_first_six_letters():
    texts = ["Every person shall be protected.", "Persons in need shall be assisted."]
    assert "personality" in {s.descriptor.label for s in supported(texts, min_members=1)}
    assert "personality" not in {s.descriptor.label for s in said(texts, min_members=1)}
    got = {s.descriptor.label: s.members for s in said(
        ["Elderly persons shall receive support.", "Support for the elderly person at home."])}
    assert got["elderly person"] == 2
    assert not any("(" in s.descriptor.label or "EU" in s.descriptor.label
                   for s in said(["The worker of the EU and EU law."], min_members=1))


def test_a_member_says_a_subject_in_its_order_a_few_words_apart():
    assert says("rights of members of minorities", "rights of minorities")
    assert not says("rights of persons belonging to the smaller minorities", "rights of minorities")
    assert says("in cases of termination of their employment", "termination of employment")
    assert not says("the right of workers to a remuneration such as will give them and their "
                    "families a decent standard of living for their work", "right to work")
    assert not says("employment was terminated", "termination of employment")


def test_the_distinctive_subject_most_members_say_is_named_with_their_aim():
    got = subject_labels([DISMISSAL, WAGES, HOUSING],
                         [[[] for _ in DISMISSAL], [[] for _ in WAGES], [[] for _ in HOUSING]],
                         _content, _who, _names_aim)
    # 'employment', which every cluster says, never wins; 'termination of employment' does
    assert got[0] == Shared("protection against termination of employment", 4)
    assert got[1] == Shared()                  # wages: a subject with no aim names no requirement
    assert got[2].label == "right to housing"


def test_a_subject_naming_people_alone_or_a_right_with_no_object_is_no_label():
    children = ["The rights of the child shall be respected.",
                "Every child has rights of the child under the Convention.",
                "The human rights of the child and of the family are protected."]
    got = subject_labels([children, WAGES], [[[] for _ in children], [[] for _ in WAGES]],
                         _content, _who, _names_aim)
    assert got[0] == Shared()                  # 'child' alone, 'human rights' alone: no label


def _signals(shared: Shared, subject: Shared) -> Signals:
    return Signals(ranked=["valid reason"], texts=DISMISSAL, gist_titles=["", "", "", ""],
                   weights={}, who=lambda label: False, aim=_names_aim, shared=shared,
                   subject=subject)


def test_the_subject_replaces_only_a_label_naming_no_aim_where_no_phrase_is_shared():
    subject = Shared("protection against termination of employment", 4)
    assert label_choice.subject_instead("impartial body", _signals(Shared(), subject), set())
    # a label naming an aim names a requirement already; a shared phrase comes first
    assert not label_choice.subject_instead("right to appeal", _signals(Shared(), subject),
                                            set())
    assert not label_choice.subject_instead(
        "impartial body", _signals(Shared("termination of employment", 4), subject), set())
    assert not label_choice.subject_instead("impartial body", _signals(Shared(), Shared()), set())


def test_elimination_prevention_and_prohibition_of_a_wrong_are_one_aim():
    sig = Signals(ranked=[], texts=["Discrimination against non-citizens shall be prevented."] * 3,
                  gist_titles=["", "", ""], weights={}, who=lambda label: False,
                  aim=_names_aim, shared=Shared("prevention of discrimination", 3))
    assert not label_choice.shared_instead("elimination of discrimination against non-citizens",
                                           sig, set())
    assert not label_choice.shared_instead("prohibition of discrimination", sig, set())
    assert label_choice.shared_instead("equal treatment", sig, set())
