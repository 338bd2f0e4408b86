"""Session 9 (issue 14), frozen before `heldout7` was measured: what the product knows of a unit
from its document — the genre its manifest gives it, whether it is a recital — given to the
extractor by the stage and by `statements evaluate --structure`, and the readings a genre
changes: a guarantee in the present tense in an enacting text, a "may" said of a protected
group in a recommending one. Also actor residues of the seen halves: an "it" whose antecedent is
in an adverbial clause, a body written in lower case, "various" before an addressee. The
sentences are the seen halves' (or made up), never `heldout7`'s."""
from __future__ import annotations

import json

from corpus_tool.statements import evaluate as E
from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first


def test_the_genre_of_a_document():
    assert genre_of("constitution", "binding") == "enacting"
    assert genre_of("regulation", "binding") == "enacting"
    assert genre_of("judgment", "binding") == "judging"     # reasons in the present tense
    assert genre_of("general comment", "non-binding") == "recommending"
    assert genre_of("declaration", "non-binding") == "declaring"   # session 38
    assert genre_of("document", "non-binding") == ""


def test_evaluate_gives_the_recorded_structure(tmp_path):
    """`--structure`: a recital the gold marks is scored as the stage reads a recital (dropped);
    text-only it is a false alarm. A unit without the fields is scored from its text alone."""
    unit = {"id": "u1", "doc_id": "eu-x", "locator": "Recital 9", "source": "random",
            "half": "dev", "context": "", "text": "Providers should inform the users of the "
                                                  "service without undue delay.",
            "statement": False, "strength": "none", "actor": "", "beneficiaries": []}
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({**unit, "doc_type": "regulation", "legal_force": "binding",
                                "preamble": True}) + "\n" +
                    json.dumps({**unit, "id": "u2"}) + "\n", encoding="utf-8")
    text_only = E.evaluate(gold, modes=("rules",))["modes"]["rules"]["all"]
    structured = E.evaluate(gold, modes=("rules",), structure=True)
    assert structured["structure"] is True
    assert (text_only["fp"], structured["modes"]["rules"]["all"]["fp"]) == (2, 1)
    assert E.given({**unit, "doc_type": "general comment", "legal_force": "non-binding",
                    "preamble": False}, structure=True) == {"locator": "", "genre": "recommending"}
    assert E.given(unit, structure=True) == {"locator": "", "genre": ""}


def test_a_present_tense_guarantee_in_an_enacting_text(trained):
    """heldout6 (seen): the Brazilian guarantees the rules missed without a modal; here the
    present tense itself, read from the parse, in a binding text that is not a judgment."""
    for text, strength, actor in (
            ("Human life is protected by the law.", "recognition", ""),
            ("The secrecy of correspondence and of telephone communications is guaranteed.",
             "recognition", ""),
            ("Everyone enjoys freedom of movement within the national territory.",
             "recognition", "Everyone"),
            ("The State protects the family and supports mothers and children.", "obligation",
             "State")):
        p = _first(text, trained, genre="enacting")
        assert p is not None and (p.strength, p.actor) == (strength, actor), text
        assert _first(text, trained) is None, text                  # no genre: no guarantee
        assert _first(text, trained, genre="recommending") is None, text
    # what a binding text sets up, presents or asks is no guarantee
    for text in ("The European Board for Digital Services is established.",
                 # heldout6 u804, heldout5 u704 (the structured reading's false alarms)
                 "An independent advisory group of Digital Services Coordinators named "
                 "'European Board for Digital Services' is established.",
                 "The information collected by the Department is intended to provide a basis "
                 "for future work.",
                 "This Regulation lays down harmonised rules on the provision of services.",
                 "The list of the measures is set out in Annex I.",
                 "Has the Government taken measures to protect the press?",
                 "The applicant was informed of the decision."):
        assert _first(text, trained, genre="enacting") is None, text


def test_a_may_said_of_a_protected_group_in_a_recommending_text(trained):
    """A general comment's "Women migrant workers may receive lower wages than men" states
    what can happen to them: no deontic there (the reference build read it as a permission,
    then, with the genre, as a recommendation); a duty-bearer's "may" is still a course."""
    text = "Women migrant workers may receive lower wages than men in the same jobs."
    assert _first(text, trained, genre="recommending") is None
    p = _first("States may grant refugee status to all members of a group.", trained,
               genre="recommending")
    assert p is not None and p.strength == "recommendation"
    # "everyone" is no protected group: the "may" stays a deontic (the protocol's reading)
    assert _first("Everyone may leave any country, including his own.", trained,
                  genre="recommending") is not None


def test_actor_residues(trained):
    # heldout6 u801: "it" stands for the "for X to V" subject of the adverbial clause
    p = _first("Where a complaint contains sufficient grounds for the provider of the online "
               "platform to consider that its decision is unfounded, it shall reverse its "
               "decision without undue delay.", trained)
    assert p is not None and p.actor.startswith("provider of the online platform")
    # an "it" that stands for a thing keeps no actor (not the previous unit's)
    p = _first("It shall apply from 1 January 2025.", trained)
    assert p is None or p.actor == ""
    # heldout6 u787: a body in lower case after an item number
    p = _first("4. the general assembly shall establish the contribution of the members;",
               trained, context="Professional or union association is free, with regard for "
                                "the following:")
    assert p is not None and p.actor == "general assembly"
    # heldout6 u900: "various" is not part of the addressee
    p = _first("Urges various governments in the world to dismantle the legal structures based "
               "on the Doctrine of Discovery;", trained)
    assert p is not None and p.actor.startswith("governments")
