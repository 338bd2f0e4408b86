"""Session 13 (issue 14): what a new user met coding a migrant-health project
(`examples/health` of branch g15) with `genre="recommending"`, on both pipelines. Every sentence
is from a text in no gold half (CERD General Recommendation No. 37 (2024), CMW General Comment
No. 2 (2013), CRC General Comment No. 6 (2005); UN texts, freely reproducible):

- a duty to report (or denounce) people to the authorities is a firewall a State is asked to
  repeal, not a State's report to a treaty body nor a treaty's denunciation;
- an adverb between "are" and its "obliged/encouraged to" ("are therefore obliged to", "are
  strongly encouraged to") keeps the cue (the parse: the words are adverbs that modify it);
- a lettered list run into one paragraph ("… practice. (b) Conducting …") gives each item its
  own unit, and "(f)" is not glued onto the "iii)" before it.
"""
from __future__ import annotations

import pytest

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S
from corpus_tool.statements.units import split_units, normalise
from tests.statements.conftest import parts as _first


@pytest.fixture(scope="module")
def rules():
    return S.load_pipeline("rules")


def _both(trained, rules):
    return (("trained", trained), ("rules", rules))


def test_a_duty_to_report_people_is_a_firewall_to_repeal(trained, rules):
    # CERD GR 37 para. 50(b) under its chapeau, para. 62's last clause
    chapeau = "States parties should repeal:"
    item = "(b) laws that require health providers to report undocumented migrants to police."
    own = ("States should explore the possibility of providing health-care support through "
           "mobile health clinics and should refrain and repeal any obligation on health "
           "providers to report undocumented migrants.")
    # the helper's variant of para. 62 with "denounce" (no real text at hand says it)
    denounce = ("States should repeal any obligation on health providers to denounce "
                "undocumented migrants.")
    for name, pipe in _both(trained, rules):
        p = _first(item, pipe, context=chapeau, genre="recommending")
        assert p is not None and p.strength == "recommendation", name
        for text in (own, denounce):
            p = _first(text, pipe, genre="recommending")
            assert p is not None and p.strength == "recommendation" and p.actor == "States", \
                (name, text)
        # a State's report to the Committee and a treaty's denunciation stay machinery
        assert _first("The Committee asks States parties to report on what they have done to "
                      "address the magnitude of women's ill-health.", pipe,
                      genre="recommending") is None, name
        assert _first("States parties should report on migrants in their periodic reports.",
                      pipe, genre="recommending") is None, name
        assert _first("Any Party may denounce this Charter only at the end of a period of five "
                      "years from the date on which the Charter entered into force for it.",
                      pipe, genre="enacting") is None, name


def test_an_adverb_between_the_copula_and_the_cue_keeps_it(trained, rules):
    obliged = ("States parties are therefore obliged to ensure that all persons, irrespective "
               "of their migration status, have effective access to at least a minimum level "
               "of health care on a non-discriminatory basis.")       # CMW GC 2 para. 72
    encouraged = ("States are strongly encouraged to coordinate support services effectively "
                  "by promoting models of cooperation among authorities, communities and civil "
                  "society organizations.")                            # CERD GR 37 para. 62
    for name, pipe in _both(trained, rules):
        p = _first(obliged, pipe, genre="recommending")
        assert p is not None and p.strength == "obligation" and p.actor == "States parties", name
        p = _first(encouraged, pipe, genre="recommending")
        assert p is not None and p.strength == "recommendation" and p.actor == "States", name
        # a negation or a habit between them is no cue
        assert _first("Migrant workers are often required to surrender their passports to "
                      "their employers.", pipe, genre="recommending") is None, name
        assert _first("Health-care providers are not obliged to verify the migration status "
                      "of patients.", pipe, genre="recommending") is None, name
        # other cues that open with "are" keep their words (reference ccpr-gc23 para. 6,
        # cedaw-gr36 para. 12, which a first version of the parse check lost)
        for text, strength in (
                ("Consequently, a State party is under an obligation to ensure that the existence "
                 "and the exercise of this right are protected against their denial or violation.",
                 "obligation"),
                ("States are called upon to take strategic action in confronting inequalities and "
                 "inadequacies in the access of girls and women to education and training.",
                 "recommendation")):
            p = _first(text, pipe, genre="recommending")
            assert p is not None and p.strength == strength, (name, text)
    # the parse keeps the cue only when the words between modify it: "the ones" does not
    assert _first("States are the ones encouraged to act by the communities.", trained,
                  genre="recommending") is None


_PARA_50 = (
    "States parties should refrain from: (a) Prohibiting or impeding access to traditional "
    "medicine and practice. (b) Conducting discriminatory experimental research, coercive "
    "treatments and discriminatory restrictions in the control of communicable and "
    "non-communicable diseases and mental health. (c) Placing in detention persons with "
    "pre-existing health vulnerability. (d) adopting disproportionate health-harming laws and "
    "practices in enforcing migration law. (e) adopting discriminatory laws and practices in "
    "sexual and reproductive health: i) prohibit forced sterilization; ii) decriminalise access "
    "to abortion; iii) ensure access to contraceptives and other health goods. (f) conducting "
    "activities causing disproportionate environmental damage.")      # CERD GR 37 para. 51


def test_a_lettered_list_in_one_paragraph_gives_each_item_a_unit(trained):
    norm = normalise(_PARA_50)
    heads = [norm[u.start:u.end].split()[0] for u in split_units(_PARA_50)]
    assert heads == ["States", "(a)", "(b)", "(c)", "(d)", "(e)", "i)", "ii)", "iii)", "(f)"]
    passages = [NS(id="d:p0", text=_PARA_50, locator="para. 51", heading="")]
    _, [(_, drafts)] = S.analyse_documents([("d", passages, {0})], pipeline="trained",
                                           genres={"d": "recommending"}, detector=None)
    found = [_PARA_50[d.start:d.end].split()[0] for d in drafts.get(0, [])
             if d.parts.strength == "prohibition"]
    assert {"(a)", "(b)", "(c)", "(d)", "(e)", "(f)"} <= set(found)
