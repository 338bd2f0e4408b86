"""Modality in context (statements.modality): epistemic vs deontic "may", discourse modals,
participles, quotations and entitlements, read from the trained parse; and the list forms of
issue 14 (recommendation lists, chapeau-less "To …" items, chapeaus cut before their items).
Sentences from the dev half of tests/data/statements_gold_unseen.jsonl and the issue."""
from __future__ import annotations

import pytest

from corpus_tool.statements import groups as G, rules as R, stage as S
from corpus_tool.statements import words as W

from tests.statements.conftest import parts


@pytest.fixture(scope="module")
def rules():
    return S.load_pipeline("rules")


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Nationality laws may discriminate directly or indirectly against women.",
    "She may also lack confidence in the justice system and access to justice or fear abuse, "
    "harassment or retaliation for making such complaints.",
    "Reluctance to identify the true extent of the persecution suffered or feared may stem from "
    "feelings of shame, stigma or trauma.",
    "The Committee notes that women's claims to asylum are regularly classified under the "
    "\"social group\" ground in the definition of a refugee, which may reinforce the "
    "stereotyped notions of women as dependent victims.",
    "It must be emphasized that asylum procedures that do not take into account the special "
    "situation or needs of women can impede a full assessment of their claims.",
    "Article 13 recognizes that \"primary education shall be compulsory and available free to "
    "all\".",
])
def test_not_deontic_in_context(trained, text):
    assert parts(text, trained) is None


@pytest.mark.integration
def test_item_under_an_epistemic_chapeau_is_not_a_statement(trained):
    chapeau = ("Nationality laws that grant nationality through paternal descent alone infringe "
               "article 9 (2) and may render children stateless if:")
    assert parts("(a) The father is stateless;", trained, context=chapeau) is None


@pytest.mark.integration
@pytest.mark.parametrize("text,strength,actor", [
    # a liberty granted to an agent stays a permission
    ("Anyone whose rights or freedoms, as guaranteed by this Charter, have been infringed or "
     "denied may apply to a court of competent jurisdiction to obtain such remedy.",
     "permission", "Anyone"),      # the parser makes "apply" a conjunct of "infringed"
    ("Freedom to manifest one's religion or beliefs may be subject only to such limitations as "
     "are prescribed by law.", "permission", ""),
    # an entitlement is recognition, even with "shall" in front of it
    ("Every citizen of the Union shall, in the territory of a third country in which the Member "
     "State of which he or she is a national is not represented, be entitled to protection by "
     "the diplomatic or consular authorities of any Member State.", "recognition",
     "Every citizen of the Union"),
    ("This right includes the possibility to receive free compulsory education.", "recognition",
     ""),
    # the participle "recognised" is not the deontic; "must" is
    ("Any limitation on the exercise of the rights and freedoms recognised by this Charter must "
     "be provided for by law and respect the essence of those rights and freedoms.",
     "obligation", ""),
    # the addressee acts; "it" is the State commended just before
    ("Malaysia commended Slovenia for its efforts and encouraged it to continue efforts to "
     "promote and protect the human rights of its population.", "recommendation", "Slovenia"),
])
def test_deontic_in_context(trained, text, strength, actor):
    p = parts(text, trained)
    assert p is not None and p.strength == strength
    if actor is not None:
        assert p.actor == actor


def test_participle_with_by_phrase_is_not_a_cue_even_without_a_parse(rules):
    p = parts("Any limitation on the exercise of the rights and freedoms recognised by this "
              "Charter must be provided for by law.", rules)
    assert (p.strength, p.deontic) == ("obligation", "must")


def test_recommendation_list_names_its_addressee(rules):
    chapeau = ("The recommendations formulated during the interactive dialogue/listed below "
               "have been examined by Slovenia and enjoy the support of Slovenia:")
    p = parts("Continue efforts to promote gender equality (Jordan);", rules, context=chapeau)
    assert (p.strength, p.actor) == ("recommendation", "Slovenia")


def test_recommendation_to_ratify_is_not_treaty_machinery(rules):
    chapeau = ("The following recommendations will be examined by Slovenia, which will provide "
               "responses in due time:")
    p = parts("Sign and ratify the Convention on the Reduction of Statelessness (Croatia);", rules,
              context=chapeau)
    assert (p.strength, p.actor) == ("recommendation", "Slovenia")


def test_chapeau_less_to_item_is_a_recommendation_to_the_addressee(rules):
    p = parts("To ensure that legislation on citizenship and naturalization does not "
              "discriminate against members of Roma communities;", rules)
    assert (p.strength, p.actor) == ("recommendation", R.DEFAULT_ADDRESSEE)
    # a purpose clause under its chapeau is not
    ctx = "The purposes of this part are as follows:"
    assert parts("(2) To ensure that migratory children receive full and appropriate "
                 "opportunities.", rules, context=ctx) is None


def test_chapeau_cut_before_its_items(rules):
    p = parts("(a) to be informed without unreasonable delay of the specific offence;", rules,
              context="Any person charged with an offence has the right")
    assert p.strength == "recognition"


def test_application_rules_of_provisions_are_machinery(rules):
    assert parts("The provisions of Chapter VII shall be applicable only in the relations "
                 "between States Parties for which it is in force.", rules) is None


def test_all_girls_and_women_is_not_everyone():
    assert G.beneficiaries("States parties should ensure access to justice for all girls and "
                           "women.") == ("girls and women",)
    assert "everyone" in G.beneficiaries("Higher education shall be accessible to all on the "
                                         "basis of capacity.")


@pytest.mark.integration
@pytest.mark.parametrize("form, lemma", [("applied", "apply"), ("applies", "apply"),
                                         ("implies", "imply"), ("implied", "imply"),
                                         ("specified", "specify"), ("denies", "deny")])
def test_lemma_in_reads_ied_and_ies_forms(trained, form, lemma):
    """The stage runs without spaCy's lemmatizer: "-ied" and "-ies" forms are matched to their
    "-y" lemma (they once became "appliy" and matched nothing)."""
    tok = trained.nlp(f"It {form} here.")[1]
    assert W.lemma_in(tok, {lemma})
    assert not W.lemma_in(tok, {"reply"})


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    # ILO C169 art. 3(1) and FCNM art. 2 (reference corpus): the passive asks someone to apply
    # the provisions; a cross-reference stays out
    ("The provisions of the Convention shall be applied without discrimination to male and "
     "female members of these peoples.", "obligation"),
    ("The provisions of this framework Convention shall be applied in good faith, in a spirit of "
     "understanding and tolerance.", "obligation"),
    ("Articles 5 to 8 shall be applied mutatis mutandis to the procedure under this Chapter.",
     None),
])
def test_provisions_applied_in_the_passive(trained, text, expected):
    p = parts(text, trained)
    assert (p.strength if p else None) == expected
