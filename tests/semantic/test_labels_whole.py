"""A cluster label never falls back to one word, a list of terms or a cut phrase (issue 16):
what counts as such a label, the chapeau cluster named by the rights it introduces, and the
whole phrase most members hold that replaces it."""
from __future__ import annotations

import pytest

from corpus_tool.semantic import whole


@pytest.mark.parametrize("label,problem", [
    ("review", "one word"),
    ("operations", "one word"),
    ("effective exercise, undertake, ensuring", "terms joined"),
    ("covenant recognize, state, states", "terms joined"),
    ("access to occupation pursued up", "cut"),
    ("body established", "dangling participle"),
    ("right to have", "dangling"),
    ("free primary and secondary education", None),
    ("signature, ratification and accession", None),
    ("access to legal counsel and interpreters", None),
])
def test_one_word_a_term_list_or_a_cut_phrase_is_a_shape_no_reader_keeps(label, problem):
    assert whole.shape_problem(label) == problem


def test_a_label_is_not_refused_because_a_member_s_wording_goes_on_after_it():
    assert whole.shape_problem("adequate penalties or other appropriate remedies for any "
                               "violation") is None         # '… of the law' in its member


CHAPEAUX = [
    "With a view to ensuring the effective exercise of the right to work, the Parties undertake:",
    "With a view to ensuring the effective exercise of the right to vocational training, the "
    "Parties undertake:",
    "With a view to ensuring the effective exercise of the right of workers to just conditions "
    "of work, the Parties undertake:",
    "With a view to ensuring the effective exercise of the right to work, the Parties "
    "undertake:",
    "The Parties shall publish the reports.",
]


def test_a_cluster_of_chapeaux_is_named_by_the_rights_they_introduce():
    assert whole.is_chapeau(CHAPEAUX[0]) and not whole.is_chapeau(CHAPEAUX[-1])
    assert whole.chapeau_label(CHAPEAUX) == (
        "effective exercise of the rights to work, to just conditions of work and to vocational "
        "training")


def test_a_cluster_of_few_chapeaux_or_none_naming_a_right_gets_no_chapeau_label():
    assert whole.chapeau_label(CHAPEAUX[:1] + ["The Parties shall publish the reports."] * 3) == ""
    assert whole.chapeau_label(["States Parties shall take appropriate measures:"] * 3) == ""


def test_a_poor_label_gives_way_to_the_whole_phrase_most_members_hold():
    texts = ["Workers shall be informed of the deductions from their wages.",
             "Workers must be informed in writing of the deductions made from wages.",
             "The employer shall inform workers of any deductions from wages.",
             "Wages shall be paid regularly."]
    cands = ["wages", "regular payment", "deductions from wages", "payment of wages in full"]
    assert whole.rebuilt(cands, texts, set()) == "deductions from wages"       # held by 3
    assert whole.rebuilt(cands, texts, {"deductions from wages"}) == ""   # the rest held by <2
    assert whole.rebuilt(["wages", "review"], texts, set()) == ""               # none is whole
