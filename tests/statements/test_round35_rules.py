"""Session 19 (issue 14), round 35: errors of `heldout36` (fresh 0.740 before and after round 34;
its errors read now, so it is seen):

- a statute's deeming rule ("… shall be treated as failing to meet the requirements …") and a
  condition of what counts ("a waiver may not be considered knowing and voluntary unless …",
  whose items it carries) are definitions; whom a chapter's prohibitions cover is its scope;
- the federal clause ("In the case of a Federal or non-unitary State, the following provisions
  shall apply:") is a final clause, with its items;
- the parties holding meetings, what they do "at such meetings", an organ deciding by
  consensus, an organ establishing a fund or committee: machinery;
- a duty counted "at the date of entry into force of this Convention for that State" is no
  final clause;
- "It shall not be unlawful for …" permits; a document that "shall … entitle the holder to …"
  confers the holder's entitlement; "organs and agencies" act.
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

LAW = genre_of("law", "binding")
CONVENTION = genre_of("convention", "binding")
COMMENT = genre_of("general comment", "non-binding")


@pytest.mark.integration
@pytest.mark.parametrize("text, context", [
    ("An applicable defined benefit plan shall be treated as failing to meet the requirements of "
     "paragraph (1) unless the terms of the plan provide otherwise.", ""),              # u4911
    ("(B) the waiver specifically refers to rights or claims arising under this chapter;",
     "Except as provided in paragraph (2), a waiver may not be considered knowing and voluntary "
     "unless at a minimum:"),                                                           # u4919
    ("The prohibitions in this chapter shall be limited to individuals who are at least 40 years "
     "of age.", ""),                                                                    # u4923
    ("(b) With respect to those articles of this Convention that come within the legislative "
     "jurisdiction of constituent States, the Federal Government shall bring such articles with "
     "a favourable recommendation to the notice of the appropriate authorities.",
     "In the case of a Federal or non-unitary State, the following provisions shall apply:"),
    ("Following that, the Parties shall hold ordinary meetings at least once every two years.",
     ""),                                                                               # u4928
    ("c) Adopt such additional conservation and management measures as deemed appropriate.",
     "At such meetings, the Parties shall, among other things:"),                       # u4929
    ("Subject to this paragraph, the Council of Ministers shall decide by consensus on the "
     "substantive matters submitted to it for consideration.", ""),                     # u4949
    ("The Ministerial Council shall also establish a special fund for the purpose of financing "
     "programmes of technical cooperation.", ""),                                       # u4951
])
def test_deeming_scope_federal_clauses_and_machinery_bind_no_one(trained, text, context):
    assert _first(text, trained, context=context, genre=LAW) is None


@pytest.mark.integration
@pytest.mark.parametrize("text, context, genre, strength, actor", [
    ("Each Contracting State shall continue to accord to stateless persons the rights and "
     "benefits to which they were already entitled at the date of entry into force of this "
     "Convention for that State.", "", CONVENTION, "obligation", "Each Contracting State"),
    ("A travel document issued in accordance with article 28 of this Convention shall, unless it "
     "contains a statement to the contrary, entitle the holder to re-enter the territory of the "
     "issuing State.", "", CONVENTION, "recognition", "holder"),                        # u4905
    ("(ii) that is a voluntary early retirement incentive plan consistent with the purposes of "
     "this chapter.", "It shall not be unlawful for an employer to observe the terms of a bona "
     "fide employee benefit plan:", LAW, "permission", ""),                             # u4909
    ("As a matter of principle, the appropriate United Nations organs and agencies should "
     "specifically recognize the relationship between development and human rights.", "",
     COMMENT, "recommendation", "appropriate United Nations organs and agencies"),      # u4840
])
def test_a_counted_duty_an_entitlement_a_safe_harbour_and_organs(trained, text, context, genre,
                                                                 strength, actor):
    p = _first(text, trained, context=context, genre=genre)
    assert p is not None and (p.strength, p.actor) == (strength, actor)


@pytest.mark.integration
@pytest.mark.parametrize("text, strength", [
    # a person's treatment is no deeming rule, a Member's board no organ's
    ("Every person deprived of liberty shall be treated with humanity.", "obligation"),
    ("Each Member shall establish a national tripartite board to advise on wages.", "obligation"),
    # elections a State holds are no meeting
    ("The States Parties shall hold free elections at reasonable intervals.", "obligation"),
])
def test_what_the_round_leaves_alone(trained, text, strength):
    p = _first(text, trained, genre=CONVENTION)
    assert p is not None and p.strength == strength


@pytest.mark.integration
def test_entry_into_force_itself_is_still_a_final_clause(trained):
    assert _first("This Convention shall enter into force on the ninetieth day following the date "
                  "of deposit of the sixth instrument of ratification.", trained,
                  genre=CONVENTION) is None


@pytest.mark.integration
def test_time_a_state_counts_as_working_time_is_no_deeming_rule(trained):
    """European Social Charter art. 7(6): the Parties undertake to provide that training time
    "shall be treated as forming part of the working day" (in the reference build)."""
    p = _first("6. to provide that the time spent by young persons in vocational training during "
               "the normal working hours shall be treated as forming part of the working day;",
               trained, context="With a view to ensuring the effective exercise of the right of "
               "children and young persons to protection, the Contracting Parties undertake:",
               genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
