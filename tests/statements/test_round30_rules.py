"""Session 18 (issue 14), round 30: errors of `heldout31` (fresh 0.800 before round 29 and 0.810
after it; its errors read now, so it is seen), and two of the seen halves' errors:

- treaty machinery: an opt-in or opt-out a State "may declare", difficulties "settled through
  diplomatic channels", an arbitral tribunal's working, how the text stands to other treaties
  ("… shall replace as between them articles 1 to 7 of the earlier Conventions", "In the
  relations between Powers which are bound by …");
- a provision that "need not be interpreted as …" is a reading; a general comment's account of
  its own aims ("This general comment has been developed to address …") is no norm;
- a State that "shall be free … to use consular channels" is permitted to (a person who "shall
  be free to leave any country" keeps a recognised right);
- "It is especially important to avoid …" recommends;
- a treaty body named late in a unit whose Parties act first does not make it the body's
  working ("The developed country Parties shall provide new and additional financial resources
  … established by the Conference of the Parties");
- a child's report of abuse is no State's reporting;
- a passive "may" of what can come about is a possibility ("this may be exacerbated for those
  who …", "Formal equality may be achieved by adopting …").
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

GENERAL_COMMENT = genre_of("general comment", "non-binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("Any State may declare that it is opposed to such service within its territory, unless the "
     "document is to be served upon a national of the State in which the documents originate.",
     CONVENTION),                                                                       # u4073
    ("Difficulties which may arise in connection with the transmission of judicial documents for "
     "service shall be settled through diplomatic channels.", CONVENTION),              # u4076
    ("The arbitral tribunal shall render its decisions in accordance with the provisions of this "
     "Convention, any protocols concerned, and international law.", CONVENTION),        # u4067
    ("Where Parties to the present Convention are also Parties to one or both of the Conventions "
     "on civil procedure signed at The Hague, the present Convention shall replace as between "
     "them articles 1 to 7 of the earlier Conventions.", CONVENTION),                   # u4078
    ("In the relations between Powers which are bound by the Washington Pact of 15 April, 1935, "
     "the present Convention shall be supplementary to the Pact.", CONVENTION),         # u3456
    ("The right to an effective remedy need not be interpreted as always requiring a judicial "
     "remedy.", GENERAL_COMMENT),                                                       # u4015
    ("This general comment has been developed to address these concerns and to urge States to "
     "take measures.", GENERAL_COMMENT),                                                # u3974
    ("All people risk being subject to undue influence, yet this may be exacerbated for those "
     "who rely on the support of others to make decisions.", GENERAL_COMMENT),          # u2974
    ("Formal equality may be achieved by adopting gender-neutral laws and policies.",
     GENERAL_COMMENT),                                                                  # u3096
])
def test_machinery_readings_and_possibilities_bind_no_one(trained, text, genre):
    assert _first(text, trained, genre=genre) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, genre, strength, actor", [
    ("Each contracting State shall be free, in addition, to use consular channels to forward "
     "documents, for the purpose of service, to those authorities of another contracting "
     "State.", CONVENTION, "permission", None),                                         # u4074
    ("Everyone shall be free to leave any country, including his own.", CONVENTION,
     "recognition", "Everyone"),                                                # ICCPR art. 12(2)
    ("It is especially important to avoid any a priori assumption that the norms should be "
     "considered to be non-self-executing.", GENERAL_COMMENT, "recommendation", ""),   # u4018
    ("The developed country Parties shall provide new and additional financial resources to "
     "enable developing country Parties to meet the agreed full incremental costs, in accordance "
     "with the eligibility criteria established by the Conference of the Parties.", CONVENTION,
     "obligation", "developed country Parties"),                                        # u4058
    ("These should include action to empower and inform children to enable them to act safely "
     "online and to report abuse or inappropriate activity when it is encountered.",
     GENERAL_COMMENT, "recommendation", ""),                                            # u3989
])
def test_states_left_free_advice_and_duties_named_beside_an_organ(trained, text, genre, strength,
                                                                  actor):
    p = _first(text, trained, genre=genre)
    assert p is not None and p.strength == strength
    assert actor is None or p.actor == actor


@pytest.mark.integration
def test_a_states_report_to_the_committee_stays_machinery(trained):
    """A child's report of abuse is no reporting; the State's report to a treaty body is."""
    assert _first("States parties shall submit to the Committee reports on the measures they "
                  "have adopted.", trained, genre=CONVENTION) is None
