"""The second opinion on cluster labels (issue 16): a logistic model fitted on judged labels
overrules the label rules only when it is sure both ways, and never weighs a long clause or a
phrase that leans on words outside it."""
from __future__ import annotations

import pytest

from corpus_tool.semantic import label_choice
from corpus_tool.semantic.label_choice import Signals
from corpus_tool.semantic.shared import Shared

TEXTS = ["States parties should provide free legal aid to women migrant workers.",
         "Women migrant workers shall have access to free legal aid and to the courts.",
         "Free legal aid should be available to migrant workers in detention.",
         "Legal aid centres may be run by civil society organisations."]
GISTS = ["provision of free legal aid", "access to free legal aid and to the courts",
         "free legal aid", "legal aid centres run by civil society organisations"]
SIG = Signals(ranked=["free legal aid", "access to free legal aid", "civil society"],
              texts=TEXTS, gist_titles=GISTS,
              weights={"free": 0.8, "legal": 1.0, "aid": 1.0, "civil": 0.3, "society": 0.3},
              who=lambda label: label.split()[-1] in ("workers", "organisations"),
              aim=lambda label: label.startswith(("access", "provision")))


def test_the_features_read_the_gists_and_the_tagger_agreeing():
    held, gists, agree, *_ = SIG.features("free legal aid")
    assert held == 0.75 and gists == 0.75 and agree == 1.0      # 3 of 4 texts and gists
    held, gists, agree, *_ = SIG.features("civil society")
    assert held == 0.25 and gists == 0.25 and agree == 0.0      # one member's phrase
    assert SIG.features("migrant workers")[7] == 1.0             # names people, not what


def test_a_label_the_gists_and_the_tagger_share_scores_above_one_member_s_word():
    shared = label_choice.acceptable(SIG.features("access to free legal aid"))
    lone = label_choice.acceptable(SIG.features("organisations"))
    assert shared > lone
    assert lone < label_choice.KEEP_BELOW < label_choice.REPLACE_ABOVE <= shared


@pytest.mark.parametrize("chosen,best,overruled", [
    (0.05, 0.5, True),                 # sure the label is bad and sure of another
    (0.05, 0.2, False),                # not sure of the other
    (0.2, 0.9, False),                 # the rules' label may be right: it stays
    (0.09, 0.29, False)])
def test_the_rules_label_stays_unless_the_model_is_sure_both_ways(chosen, best, overruled):
    assert label_choice.overrule(chosen, best) is overruled


def test_candidates_are_the_tagger_s_phrases_and_short_whole_gists():
    sig = Signals(ranked=SIG.ranked, texts=TEXTS, weights=SIG.weights, who=SIG.who, aim=SIG.aim,
                  gist_titles=GISTS + ["legal aid for themselves and their families",
                                       "access to legal aid for every migrant worker held in "
                                       "detention pending removal", ""])
    cands = sig.candidates()
    assert cands[:3] == SIG.ranked and "provision of free legal aid" in cands
    assert not any("themselves" in c or "detention" in c for c in cands)
    assert len(cands) == len(set(cands))


def test_refers_back():
    assert label_choice.refers_back("status of that migrant worker")
    assert not label_choice.refers_back("status of migrant workers")


def test_the_second_opinion_replaces_only_a_poor_label_and_never_with_one_taken():
    assert label_choice.second_opinion("free legal aid", SIG, set()) == "free legal aid"
    poor = label_choice.second_opinion("organisations", SIG, set())
    assert poor != "organisations" and poor in SIG.candidates()
    taken = {c.lower() for c in SIG.candidates()}
    assert label_choice.second_opinion("organisations", SIG, taken) == "organisations"


DATA = ["Educational data should be disaggregated by the prohibited grounds of discrimination.",
        "All data collected on education should be disaggregated by impairment.",
        "Such data should be disaggregated by nationality, migration status and gender.",
        "Census, survey and administrative data must capture information on students."]
SHARED = Signals(ranked=["census, survey and administrative data"], texts=DATA,
                 gist_titles=["", "", "", ""], weights={}, who=lambda label: False,
                 aim=lambda label: label.startswith("access"),
                 shared=Shared("disaggregation of data", 3))


def test_the_shared_phrase_replaces_only_a_label_few_members_hold():
    assert label_choice.shared_instead("census, survey and administrative data", SHARED, set())
    # taken by a larger cluster; held by most members; naming an aim the phrase does not name
    assert not label_choice.shared_instead("census, survey and administrative data", SHARED,
                                           {"disaggregation of data"})
    assert not label_choice.shared_instead("disaggregated data", SHARED, set())
    assert not label_choice.shared_instead("access to data", SHARED, set())
    # a label that already says the shared phrase keeps it
    assert not label_choice.shared_instead("disaggregation of census data", SHARED, set())


def test_elimination_prevention_and_prohibition_of_a_wrong_are_one_aim():
    sig = Signals(ranked=[], texts=["Discrimination against non-citizens shall be prevented."] * 3,
                  gist_titles=["", "", ""], weights={}, who=lambda label: False,
                  aim=lambda label: label.split()[0] in ("elimination", "prevention",
                                                         "prohibition"),
                  shared=Shared("prevention of discrimination", 3))
    assert not label_choice.shared_instead("elimination of discrimination against non-citizens",
                                           sig, set())
    assert not label_choice.shared_instead("prohibition of discrimination", sig, set())
    assert label_choice.shared_instead("equal treatment", sig, set())
