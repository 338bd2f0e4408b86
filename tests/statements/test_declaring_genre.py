"""Session 38 (issue 14): a non-binding declaration speaks in its authors' voice. A document
typed `declaration` had no genre, so its authors' commitments ("We commit to …", "We will …"),
their calls on others in the third person and its bare action items were no statements: on
`heldout128` (eight summit and UN declarations, drawn after the rule of a8a0d27) the stage found
19 % of the statements. The `declaring` genre reads them as a pledging text does, and keeps a
declaration's "may" as in a text of no genre; its round 2 reads reaffirmed and adjectival
commitments and calls with no addressee (`heldout129`: 0.338 before the genre, 0.755 with round 1,
0.793 with round 2); round 3 the authors named by a common noun (`heldout130`: 0.777 → 0.781).
The sentences are the gold's (`heldout124`'s, `heldout128`'s and `heldout129`'s, seen since their
measurement) and the reference corpus's UDHR."""
from __future__ import annotations

import json

import pytest

from corpus_tool.statements import stage as S
from corpus_tool.statements.genre import COMMITMENT, genre_of
from tests.conftest import REPO
from tests.statements.conftest import parts as _first

GOLD = REPO / "tests" / "data" / "statements_gold_unseen.jsonl"


@pytest.fixture(scope="module")
def units():
    with open(GOLD, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def _parts(unit, pipe):
    return _first(unit["text"], pipe, context=unit["context"], genre="declaring")


def test_the_genre_of_a_declaration():
    for kind in ("declaration", "compact", "programme of action", "outcome document"):
        assert genre_of(kind, "non-binding") == "declaring", kind
    assert genre_of("declaration", "binding") == "enacting"
    assert genre_of("communiqué", "non-binding") == "pledging"


def test_the_authors_commitments_are_theirs(trained, units):
    # u22939 (Atlantic Cooperation), u22962 (G20 Bali), u22981 (Americas Partnership)
    for uid in ("u22939", "u22962", "u22981"):
        p = _parts(units[uid], trained)
        assert p is not None and p.strength == "obligation", uid
        assert p.deontic == COMMITMENT, uid     # the issuer's, who is named when known
        assert _first(units[uid]["text"], trained) is None, uid      # no genre: not found
    # with the issuer the manifest names, the stage names it (`rows.with_issuer`)
    drafts = [d for d in S.extract(units["u22962"]["text"], pipeline=trained, genre="declaring",
                                   issuer="G20", detector=None) if d.parts.strength != "none"]
    assert drafts and drafts[0].parts.actor == "G20"


def test_bare_action_items_and_calls_on_others(trained, units):
    # u22506 (UN HIV/AIDS Declaration of Commitment): an action after its date
    p = _parts(units["u22506"], trained)
    assert p is not None and p.strength == "obligation" and p.deontic == COMMITMENT
    # u22505: an action that calls on another body names it, and recommends
    p = _parts(units["u22505"], trained)
    assert p is not None and p.strength == "recommendation"
    assert p.actor == "United Nations Economic and Social Council"
    # u22494 (Vienna Declaration): the Conference's call in the third person
    p = _parts(units["u22494"], trained)
    assert p is not None and p.strength == "recommendation"
    assert p.actor == "all States and institutions"


def test_a_declaration_still_proclaims_rights_and_permissions(trained, units):
    # u22919 (Declaration on the Rights of Mentally Retarded Persons), u11220 (UNESCO, human
    # genome): a right and a "may" read as in a text of no genre
    p = _parts(units["u22919"], trained)
    assert p is not None and p.strength == "recognition"
    p = _parts(units["u11220"], trained)
    assert p is not None and p.strength == "permission"
    # the UDHR's Art. 21(3): a deontic of its own, no pledge of the General Assembly
    udhr = ("3. The will of the people shall be the basis of the authority of government; this "
            "will shall be expressed in periodic and genuine elections which shall be by "
            "universal and equal suffrage and shall be held by secret vote or by equivalent free "
            "voting procedures.")
    p = _first(udhr, trained, genre="declaring")
    assert p is not None and p.strength == "obligation" and p.actor == ""


def test_reaffirmed_shared_and_adjectival_commitments_are_pledges(trained, units):
    """Round 2, written from `heldout128`'s misses (tuned on since): "We reaffirm our commitment
    to …", "we share a commitment to …", a party "is committed to …" (the tagger's adjective
    heading the clause), and a commitment after an opener ("Mindful of …, we reaffirm …")."""
    for uid in ("u23014", "u22931", "u22963"):
        p = _parts(units[uid], trained)
        assert p is not None and p.strength == "obligation" and p.deontic == COMMITMENT, uid
    p = _parts(units["u22996"], trained)
    assert p is not None and p.strength == "obligation" and p.actor == "United States"


def test_calls_with_no_addressee_and_intentions_for_another(trained, units):
    # u22975: the G20's call with no one named is a recommendation of no one
    p = _parts(units["u22975"], trained)
    assert p is not None and p.strength == "recommendation" and p.actor == ""
    # u22991: what the authors intend another to be is no pledge of theirs
    assert _parts(units["u22991"], trained) is None


def test_the_authors_named_by_a_common_noun_and_undertakings_to_come(trained, units):
    """Round 3, written from `heldout129`'s misses (tuned on since): "we resolve to …" after an
    opener, the authors named by a common noun ("Both Governments reaffirm the commitment to
    …", "Both sides decided to …", "Countries expressed intent to …"); a stance is no pledge
    ("we seek continued opportunity …": no act to come), nor is what "Our NATO Allies" will do."""
    for uid in ("u23056", "u23115", "u23139", "u23095"):
        p = _parts(units[uid], trained)
        assert p is not None and p.strength == "obligation" and p.deontic == COMMITMENT, uid
    # session 39: the authors so named are the issuer, as "we" is
    u = units["u23115"]
    [d] = S.extract(u["text"], pipeline=trained, context=u["context"], genre="declaring",
                    issuer="Kingdom of Cambodia; Kingdom of Thailand")
    assert d.parts.actor == "Kingdom of Cambodia and Kingdom of Thailand"
    for uid in ("u22952", "u23066"):
        assert _parts(units[uid], trained) is None, uid


@pytest.mark.parametrize("text", [
    "Both sides decided to consult regularly on global energy markets.",
    "Both Governments reaffirm the commitment to peacefully resolve disputes.",
    "Our countries will prioritise these issues in all our international action.",
    "The two countries will expand cooperation on clean energy."])
def test_the_authors_named_by_a_common_noun_are_the_issuer(trained, text):
    """Session 39, round 2, written from `heldout129`'s actor errors: a joint text's authors named
    by a common noun are its issuer, the parties the manifest names, as "we" is."""
    [d] = S.extract(text, pipeline=trained, genre="pledging", issuer="United States; Saudi Arabia")
    assert (d.parts.strength, d.parts.actor) == ("obligation", "United States and Saudi Arabia")


def test_others_named_with_our_are_not_the_authors(trained):
    [d] = S.extract("Our partners will provide funding for the programme.", pipeline=trained,
                    genre="pledging", issuer="United States; Saudi Arabia")
    assert d.parts.actor == "Our partners"


@pytest.mark.integration
@pytest.mark.parametrize("text", ["See resolution 2200 A (XXI), annex.",
                                  "Cf. article 5 of the Covenant."])
def test_a_citation_is_no_action_of_the_authors(trained, text):
    """UNDRIP's "See resolution 2200 A (XXI), annex." outside its notes was a commitment of the
    General Assembly (a researcher's trial 26)."""
    for genre in ("declaring", "pledging"):
        assert _first(text, trained, genre=genre) is None
        assert S.extract(text, pipeline=trained, genre=genre) == []


@pytest.mark.integration
def test_an_action_that_sees_to_something_stays_one(trained):
    p = _first("See to it that all children are enrolled in school by 2030.", trained,
               genre="declaring")
    assert p is not None and p.deontic == COMMITMENT
