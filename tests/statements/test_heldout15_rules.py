"""Session 13 (issue 14), round 14, frozen before `heldout16` was measured: rules from the
failures of `heldout15` (seen: measured once at 67b43b0, its failures read, now tuned on). Every
sentence is a unit of that half (`tests/data/statements_gold_unseen.jsonl`), with its gold label,
unless it says otherwise:

- the organs a treaty sets up and the membership of the body it creates: what the text says of
  their existence, composition, meetings or membership is machinery (`organs.organ_machinery`),
  a body's duties toward people are not;
- a constitution's grant of power to an organ of State ("shall have power to make laws …",
  "shall have original jurisdiction", "may make a law …") is a permission, whatever procedural
  words its matter holds (`grants.grants_power`, `structure.makes_laws`);
- a Party's reports to an international organisation (Unesco) are a treaty's machinery
  (`structure.domestic_reporting`), and so is what a fund's resources consist of.
"""
from __future__ import annotations

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")
CONSTITUTION = genre_of("constitution", "binding")


def test_an_organs_existence_composition_meetings_and_membership_are_machinery(trained):
    for text in [
        # u1982, u1983, u1984, u1978 (an international organisation's founding agreement)
        "The Facility shall have a Governing Council, a Management Board, a Director and such "
        "other staff as are necessary to perform the functions and carry out the activities of "
        "the Facility.",
        "The Management Board shall, in particular:",
        "The Director shall serve as the Chief Executive Officer of the Facility and shall be "
        "responsible for the day-to-day administration of the Facility.",
        "Membership of the Facility shall be open to:",
        # u2001, u2002 (a bilateral cultural agreement's mixed committee)
        "The committee shall consist of not more than ten members; each Contracting Party shall "
        "appoint an equal number of members.",
        "The mixed committee shall in principle meet every two years, alternately in the "
        "Netherlands and in Romania.The respective diplomatic representatives of each of the "
        "Contracting Parties shall be invited to attend the meetings of the committee.",
    ]:
        assert _first(text, trained, genre=TREATY) is None, text


def test_an_organs_duties_toward_people_stay_obligations(trained):
    # constructed beside u1976 (its chapeau: "… the Facility shall carry out the following
    # functions …"): the body's duty toward the States it serves, no machinery
    p = _first("The Facility shall provide legal advice and technical assistance to the "
               "Participating States.", trained, genre=TREATY)
    assert p is not None and p.strength == "obligation" and p.actor.endswith("Facility")
    # a State's duty to appoint officials is no organ's composition (heldout-free sentence)
    p = _first("Each State Party shall appoint an independent ombudsman for children.",
               trained, genre=TREATY)
    assert p is not None and p.strength == "obligation"


def test_an_organ_of_states_powers_are_permissions(trained):
    # u2032
    p = _first("The High Court shall have original jurisdiction in all matters:", trained,
               genre=CONSTITUTION)
    assert p is not None and p.strength == "permission" and p.actor.endswith("High Court")
    # u2027: an item of the Parliament's power to make laws
    p = _first("4. borrowing money on the public credit of the Commonwealth;", trained,
               context="The Parliament shall have power to make laws for the peace, order, and "
                       "good government of the Commonwealth with respect to:",
               genre=CONSTITUTION)
    assert p is not None and p.strength == "permission" and p.actor.endswith("Parliament")
    # u2031: its matter names a term of office and an amendment (procedural words)
    p = _first("The Parliament may make a law fixing an age that is less than seventy years as "
               "the maximum age for Justices of a court created by the Parliament and may at any "
               "time repeal or amend such a law, but any such repeal or amendment does not "
               "affect the term of office of a Justice under an appointment made before the "
               "repeal or amendment.", trained, genre=CONSTITUTION)
    assert p is not None and p.strength == "permission" and p.actor.endswith("Parliament")
    # a group's jurisdiction is no organ's power (heldout7's u993, gold recognition)
    p = _first("An Indian tribe shall have jurisdiction exclusive as to any State over any child "
               "custody proceeding involving an Indian child who resides or is domiciled within "
               "the reservation of such tribe.", trained, genre=genre_of("law", "binding"))
    assert p is None or p.strength != "permission"


def test_reporting_to_an_organisation_and_a_funds_resources_are_machinery(trained):
    # u1947 (UNESCO convention), under its chapeau "Parties shall:"
    assert _first("a) provide appropriate information in their reports to Unesco every four "
                  "years on measures taken to protect and promote the diversity of cultural "
                  "expressions within their territory and at the international level;", trained,
                  context="Parties shall:", genre=TREATY) is None
    # u1949
    assert _first("b) funds appropriated for this purpose by the General Conference of Unesco;",
                  trained, context="The resources of the Fund shall consist of:",
                  genre=TREATY) is None
    # an administration's own report in a law stays its duty (the rule of round 12)
    p = _first("The agency shall report to the Office of the Governor on the progress of the "
               "program every year.", trained, genre=genre_of("law", "binding"))
    assert p is not None and p.strength == "obligation"
