"""Session 28 (issue 14), round 52: errors of `heldout84`-`heldout87` (seen since their one
measurement at 222598a):

- a passive leave ("… shall be permitted to keep such animal provided that:") and the ILO's "It
  shall further be open to exempt …", "It is open to national laws or regulations to decide …"
  are permissions; a statute's present-tense "It is unlawful for a person …:" forbids, as its
  "It shall be unlawful for …" does;
- whoever holds it, a "power" or "authority to" act is a leave ("When sentencing women
  offenders, courts shall have the power to consider …", "… the Bank shall have power to:");
  not what a body "must have" to do its work (a State's duty to give it);
- an immunity of a person or a body is its holder's entitlement ("Consular officers … shall be
  exempt from all dues and taxes", "… shall not be amenable to the jurisdiction …"); of things it
  stays a duty ("The premises of the mission … shall be immune from search");
- an organ's listed functions are machinery also when the organ is named by its acronym ("The
  functions of CAREC shall be:", "The activities carried out by CAREC shall include, but not be
  limited to, the following:") and when an officer "shall perform the following functions";
- "The same shall apply to …" extends what the text said before, a clause of application;
- "shall in no way encroach upon" forbids, as "shall in no case" does.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

LAW = genre_of("statute", "binding")
BY_LAW = genre_of("by-law", "binding")
TREATY = genre_of("treaty", "binding")
GUIDELINES = genre_of("guidelines", "non-binding")
COMMENT = genre_of("general comment", "non-binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, genre", [
    ("Despite Section 83, a person who is keeping a prohibited animal on the date this by-law "
     "comes into force shall be permitted to keep such animal provided that:", BY_LAW), # u14491
    ("Conversion and transference shall be permitted promptly without restrictions or taxation "
     "in respect thereof at the rate of exchange applicable to current transactions.",
     TREATY),                                                                           # u15074
    ("It shall further be open to exempt from the compulsory sickness insurance system persons "
     "who in case of sickness are entitled by virtue of any laws or regulations to advantages "
     "at least equivalent to those provided for in this Convention.", TREATY),         # u14602
    ("It is open to national laws or regulations to decide as to a financial contribution by the "
     "competent public authority.", TREATY),                                            # u14611
    ("When sentencing women offenders, courts shall have the power to consider mitigating "
     "factors such as lack of criminal history.", GUIDELINES),                          # u14813
    ("Except as otherwise provided in this subsection, the Equal Employment Opportunity "
     "Commission shall have authority to enforce the provisions of subsection (a).", LAW),
    ("In addition to the powers provided elsewhere in this Agreement, the Bank shall have power "
     "to:", TREATY),                                                                    # u13867
])
def test_leaves_and_powers_are_permissions(trained, text, genre):
    found = _first(text, trained, genre=genre)
    assert found is not None and found.strength == "permission"


@pytest.mark.integration
def test_what_a_body_must_have_to_work_is_a_duty(trained):
    found = _first("In order to be able to effectively carry out such investigations, they must "
                   "have the powers to compel and question witnesses.", trained,
                   genre=COMMENT)                                                       # u4724
    assert found is not None and found.strength == "obligation"


@pytest.mark.integration
@pytest.mark.parametrize("context, text", [
    ("", "(1) It is unlawful for an employer or a person acting or purporting to act on behalf of "
         "an employer:"),                                                               # u14456
    ("(1) It is unlawful for a person, whether as a principal or agent:",
     "(d) to refuse to permit a second person to occupy any land or any residential or business "
     "accommodation; or"),                                                              # u14455
])
def test_it_is_unlawful_forbids(trained, context, text):
    found = _first(text, trained, context=context, genre=LAW)
    assert found is not None and found.strength == "prohibition"


@pytest.mark.integration
@pytest.mark.parametrize("text, strength", [
    ("Consular officers and consular employees and members of their families forming part of "
     "their households shall be exempt from all dues and taxes, personal or real.",
     "recognition"),                                                                    # u14645
    ("Consular officers and consular employees shall not be amenable to the jurisdiction of the "
     "judicial or administrative authorities of the receiving State in respect of acts "
     "performed in the exercise of consular functions.", "recognition"),               # u14643
    ("The Institute, its assets, income and other property shall be exempt from all direct "
     "taxes.", "recognition"),                                                          # u1882
    ("The premises of the mission, their furnishings and other property thereon and the means "
     "of transport of the mission shall be immune from search, requisition, attachment or "
     "execution.", "obligation"),                                                       # u8635
])
def test_an_immunity_is_its_holders_entitlement(trained, text, strength):
    found = _first(text, trained, genre=TREATY)
    assert found is not None and found.strength == strength


@pytest.mark.integration
@pytest.mark.parametrize("context, text", [
    ("The functions of CAREC shall be:",
     "6. To assess new laboratory procedures, provide advisory services on their suitability, and "
     "maintain test panels to facilitate the assessment."),                            # u14696
    ("The activities carried out by CAREC shall include, but not be limited to, the following:",
     "(v) CAREC shall promote the capacity of its Members to carry out relevant surveillance "
     "activities."),                                                                    # u14697
    ("He shall also perform, inter alia, the following functions as the Commission may "
     "prescribe:", "d) accounting for the funds of the Commission;"),                  # u14685
    ("", "The International Bureau shall exercise the functions enumerated in paragraphs (1) and "
         "(2) above in cooperation with the Committee."),                               # u7519
])
def test_an_organs_listed_functions_are_machinery(trained, context, text):
    assert _first(text, trained, context=context, genre=TREATY) is None


@pytest.mark.integration
def test_an_acronym_in_a_duty_is_no_organ(trained):
    found = _first("The Mayor shall designate a chief data officer (\u201cCDO\u201d) for the City "
                   "of Chicago to coordinate implementation.", trained, genre=LAW)     # u1355
    assert found is not None and found.strength == "obligation"


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "The same shall apply to an attempt to commit any of the foregoing offences or participation "
    "as an accomplice of a person who commits or attempts to commit such an offence.",  # u14618
    "The same rule shall apply to further additional contributions.",                   # u14268
    "The same regime of neutrality shall apply to any other international waterway that may be "
    "built either partially or wholly in the territory of the Republic of Panama.",     # u15081
])
def test_the_same_shall_apply_binds_no_one(trained, text):
    assert _first(text, trained, genre=TREATY) is None


@pytest.mark.integration
def test_in_no_way_forbids(trained):
    found = _first("The official inspector shall in no way encroach upon the master's authority on "
                   "board.", trained, genre=TREATY)                                    # u15121
    assert found is not None and found.strength == "prohibition"
