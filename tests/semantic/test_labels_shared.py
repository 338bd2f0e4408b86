"""The label built from what a cluster's members share (`semantic.shared`): the head most members
use, with the modifiers and complement most of them give it and the aim most name with it."""
from __future__ import annotations

from corpus_tool.semantic.shared import Shared, shared_label


def _usable(head: str) -> bool:
    return head not in ("measure", "worker", "party")


def test_the_head_most_members_share_with_the_complement_most_give_it():
    # members of a labour cluster (European Social Charter art. 24, ILO C158, ESC art. 8)
    phrases = [["reasonable period of notice", "termination of employment", "period"],
               ["termination of employment without a valid reason", "valid reason"],
               ["protection in cases of termination of employment",
                "termination of employment"],
               ["adequate compensation", "other appropriate relief"],
               ["family responsibilities", "valid reason for termination of employment"]]
    got = shared_label(phrases, [[] for _ in phrases], _usable)
    assert got == Shared("termination of employment", 3)


def test_the_modifiers_most_members_write_before_the_head_are_kept():
    phrases = [["reasonable accommodation"], ["effective reasonable accommodation in education"],
               ["reasonable accommodation", "undue burden"], ["accommodation of needs"]]
    assert shared_label(phrases, [[] for _ in phrases], _usable).label == \
        "reasonable accommodation"


def test_the_aim_most_members_give_the_phrase_names_it():
    phrases = [["discrimination against women"], ["discrimination against women", "field"],
               ["discrimination against women in employment"], ["equal pay"]]
    aims = [[("elimination of", "discrimination against women")],
            [("elimination of", "discrimination against women")], [], []]
    assert shared_label(phrases, aims, _usable).label == \
        "elimination of discrimination against women"


def test_a_right_to_it_or_a_protection_against_it_most_members_state_names_it():
    texts = ["The States Parties recognize the right of everyone to adequate housing.",
             "Adequate housing must be affordable.", "The right to adequate housing is universal.",
             "Forced evictions are prohibited."]
    phrases = [["right of everyone", "adequate housing"], ["adequate housing"],
               ["right", "adequate housing"], ["forced evictions"]]
    assert shared_label(phrases, [[] for _ in phrases], _usable, texts).label == \
        "right to adequate housing"
    texts = ["Everyone has the right to the protection of the law against such interference "
             "or attacks.", "No one shall be subjected to arbitrary interference or attacks.",
             "The child has the right to the protection of the law against such interference "
             "or attacks."]
    phrases = [["protection of the law", "interference or attacks"]] * 3
    assert shared_label(phrases, [[] for _ in phrases], _usable, texts).label == \
        "protection against interference or attacks"


def test_a_wrong_is_named_with_its_prevention():
    phrases = [["violence against girls"], ["violence against girls", "school"],
               ["sexual violence against girls"], ["harassment"]]
    assert shared_label(phrases, [[] for _ in phrases], _usable).label == \
        "prevention of violence against girls"


def test_list_items_sharing_no_head_give_nothing():
    phrases = [["legislation"], ["courts and tribunals"], ["educational programmes"],
               ["codes of conduct for public officials"], ["employment services"]]
    assert shared_label(phrases, [[] for _ in phrases], _usable) == Shared()


def test_a_head_naming_no_content_or_one_word_is_no_label():
    phrases = [["measures"], ["measures of protection"], ["special measures"], ["measures"]]
    assert shared_label(phrases, [[] for _ in phrases], _usable) == Shared()
    words = [["education"], ["education"], ["education"], ["schools"]]
    assert shared_label(words, [[] for _ in words], _usable) == Shared()


def test_a_phrase_cut_inside_a_member_s_phrase_gives_way_to_a_whole_one():
    texts = ["equal treatment of migrant workers in respect of remuneration",
             "the equal treatment of migrant workers and nationals",
             "equal treatment of migrant workers as regards social security"]
    phrases = [["equal treatment of migrant"]] * 3
    assert shared_label(phrases, [[] for _ in phrases], _usable, texts).label == \
        "equal treatment"
