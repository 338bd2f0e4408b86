"""Session 15 (issue 14), round 17: rules from the failures of `heldout18` (seen: measured at
a2245c7 and at round 16's freeze, its failures read, now tuned on) and the same classes in the
seen halves. Every sentence is a unit of the unseen gold (`tests/data/statements_gold_unseen.jsonl`)
with its gold label, unless it says otherwise:

- a clause of application binds no one (`reach.applies`): an instrument or a part of one that
  "shall apply to" or "shall be applicable to" something, or a thing that "shall be subject to"
  an organ's approval or to the facts ("the availability of places"); a person who "may apply to
  a court", obligations that "shall apply also to" third parties, measures that apply, a thing
  "subject to Terms of Use" and a protection ("shall not be subject to attachment") still bind or
  permit;
- how an organ votes is its machinery (`organs.organ_machinery`): a member organisation's
  exercise of its right to vote, a decision "made by an affirmative vote of nine members", what
  the Parties do "at their meetings" (a meeting of the parties: "At their meetings, the Parties
  shall keep under continuous review … and … shall:" and its items), a
  representative's part in an organ's meetings "without the right to vote"; a citizen's right to
  vote and "a majority of votes" in a constitution's Senate are untouched;
- what a provision requires, states or contains ("Article 42 sets out that States parties are
  further required to …", "… paragraph 12 of General Comment No. 3, which states that … must be
  protected …") is described, not laid (`clauses.describes_provision`); "Under article 2 of the
  Convention, States parties must …" and the Committee's own "states that" stay;
- what a treaty's organ does ("the Committee shall establish, keep up to date and publish …",
  "the Committee shall consult the State Party …") is the treaty's machinery, whatever the verb
  (`organs.organ_machinery`), and so is its establishment ("There shall be established a
  Military Staff Committee …"); an administration's "Interagency Council", the EU Commission and
  a Committee's own call on others ("The Committee wishes to emphasize that policies … must …")
  still bind;
- what the States parties are asked to describe, explain or indicate, to no one named, is
  treaty-body reporting (`clauses.asked_to_tell`); explaining to victims and a label that must
  indicate stay; what a State "shall submit to the Committee" is a step of its procedure
  (`organs.sent_to_organ`), what an employer submits to the competent authority stays;
- strength: "shall refrain in their international relations from …" is a prohibition (words
  between "refrain" and "from", `cues`);
- actors: the Parties who "shall be guided … by the following principles:" act in its items
  (`actors.ACTIVE_PASSIVES`); "It shall be the duty of the administering authority to …" names
  its holder (`actors._duty_holder`).
"""
from __future__ import annotations

import pytest

from corpus_tool.statements import stage as S
from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")
CONVENTION = genre_of("convention", "binding")


@pytest.mark.parametrize("text", [
    "The basic objectives set forth in Article 76 shall be applicable to the people of each "
    "strategic area.",                                                              # u2432
    "The Convention shall apply to any child who was habitually resident in a Contracting State "
    "immediately before any breach of custody or access rights.",                   # u1431
    "Admission to any university shall be subject to the availability of places.",  # u2392
    "Such agreements shall be subject to approval by the General Assembly.",        # u2431
])
def test_a_clause_of_application_binds_no_one(trained, text):
    assert _first(text, trained, genre=TREATY) is None


@pytest.mark.parametrize("text, strength", [
    ("(1) Anyone whose rights or freedoms, as guaranteed by this Charter, have been infringed or "
     "denied may apply to a court of competent jurisdiction to obtain such remedy as the court "
     "considers appropriate and just in the circumstances.", "permission"),        # u188
    ("The City of Chicago data portal and all public data contained on such portal shall be "
     "subject to Terms of Use developed by DOIT.", "obligation"),                   # u1362
    # made up: obligations extended to others bind them (u930's parse hides its own "apply")
    ("The obligations laid down in Article 19 shall apply to such third parties.", "obligation"),
])
def test_who_applies_or_what_a_duty_reaches_still_binds(trained, text, strength):
    p = _first(text, trained, genre=TREATY)
    assert p is not None and p.strength == strength


@pytest.mark.parametrize("text", [
    "Such an organization shall not exercise its right to vote if any of its member States "
    "exercises its right, and vice versa.",                                         # u2386
    "Regional economic integration organizations, in matters within their competence, shall "
    "exercise their right to vote with a number of votes equal to the number of their member "
    "States which are Parties.",                                                    # u2421
    "Decisions of the Security Council on procedural matters shall be made by an affirmative "
    "vote of nine members.",                                                        # u2427
    "Representatives appointed under paragraphs 1 to 3 above shall participate in meetings of "
    "the Committee of the Parties without the right to vote.",                      # u981
])
def test_how_an_organ_votes_is_machinery(trained, text):
    assert _first(text, trained, genre=TREATY) is None


@pytest.mark.parametrize("text, strength, issuer", [
    # made up: a citizen exercising the right to vote is no organ's member voting
    ("Every citizen shall exercise his right to vote in person.", "obligation", ""),
    ("Voting in Senate Questions arising in the Senate shall be determined by a majority of "
     "votes, and each senator shall have one vote.", "obligation", ""),             # u2024
])
def test_a_persons_vote_is_no_organs_machinery(trained, text, strength, issuer):
    # the rule, without the statement detector (which since session 28 vetoes the Senate's vote)
    drafts = [d.parts for d in S.extract(text, pipeline=trained, genre=CONVENTION, issuer=issuer,
                                         detector=None)
              if d.parts.strength != "none"]
    assert drafts and drafts[0].strength == strength


GENERAL_COMMENT = genre_of("general comment", "non-binding")


@pytest.mark.parametrize("text", [
    "Article 42 sets out that States parties are further required to ensure that children and "
    "adults are provided information on the principles and provisions of the Convention.",  # u138
    "The Committee recalls paragraph 12 of General Comment No. 3 (1990), which states that even "
    "in times of severe resource constraints, the vulnerable members of society must be "
    "protected by the adoption of relatively low-cost targeted programmes.",        # u1720
])
def test_what_a_provision_requires_is_described_not_laid(trained, text):
    assert _first(text, trained, genre=GENERAL_COMMENT) is None


@pytest.mark.parametrize("text, actor", [
    ("Under article 2 of the Convention, States parties must adopt measures without delay to "
     "prevent and eliminate all forms of gender-based violence against Indigenous women and "
     "girls.", "States parties"),                                                   # u611
    # made up: the Committee's own call after a verb of its own
    ("The Committee states that States parties must adopt measures to protect victims.",
     "States parties"),
])
def test_a_treaty_bodys_own_call_stays(trained, text, actor):
    p = _first(text, trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "obligation" and p.actor == actor


ENACTING = genre_of("executive order", "binding")


@pytest.mark.parametrize("text", [
    "On the basis of the inventories submitted by States in accordance with paragraph 1, the "
    "Committee shall establish, keep up to date and publish, under the title of “World Heritage "
    "List”, a list of properties forming part of the cultural heritage and natural heritage, "
    "which it considers as having outstanding universal value in terms of such criteria as it "
    "shall have established.",                                                      # u2060
    "Before refusing a request for inclusion in one of the two lists mentioned in paragraphs 2 "
    "and 4 of this article, the Committee shall consult the State Party in whose territory the "
    "cultural or natural property in question is situated.",                       # u2063
])
def test_what_a_treaty_organ_does_is_machinery(trained, text):
    assert _first(text, trained, genre=CONVENTION) is None


@pytest.mark.parametrize("text, genre, actor", [
    ("The Interagency Council shall develop a strategy to address current and historic "
     "environmental injustice by consulting with the White House Environmental Justice Advisory "
     "Council and with local environmental justice leaders.", ENACTING,
     "Interagency Council"),                                                        # u1475
    ("The Commission shall establish a European single access point offering a searchable "
     "electronic register of data available in the national single information points.",
     ENACTING, "Commission"),                                                       # u429
    ("The Committee wishes to emphasize that policies and programmes aimed at reducing substance "
     "use and HIV transmission must recognize the particular sensitivities and lifestyles of "
     "children, including adolescents, in the context of HIV/AIDS prevention.",
     GENERAL_COMMENT, ""),                                                          # u171
])
def test_an_administrations_organ_and_a_committees_call_still_bind(trained, text, genre, actor):
    p = _first(text, trained, genre=genre)
    assert p is not None and p.strength == "obligation"
    assert actor.lower() in p.actor.lower()


def test_refrain_with_words_before_its_from_is_a_prohibition(trained):
    p = _first("4.All Members shall refrain in their international relations from the threat or "
               "use of force against the territorial integrity or political independence of any "
               "state.", trained, genre=TREATY)                                    # u2423
    assert p is not None and p.strength == "prohibition"


def test_the_items_of_principles_a_party_is_guided_by_are_the_partys(trained):
    lead_in = ("In taking measures to implement this Protocol, the Parties shall be guided in "
               "particular by the following principles and approaches:")
    item = ("b) The polluter-pays principle, by virtue of which costs of pollution prevention, "
            "control and reduction shall be borne by the polluter;")                # u2412
    drafts = [d.parts for d in S.extract(item, context=lead_in, pipeline=trained,
                                         genre=genre_of("protocol", "binding"))]
    assert drafts and drafts[0].strength == "obligation" and drafts[0].actor == "Parties"


def test_it_shall_be_the_duty_of_x_names_its_actor(trained):
    p = _first("It shall be the duty of the administering authority to ensure that the trust "
               "territory shall play its part in the maintenance of international peace and "
               "security.", trained, genre=TREATY)                                 # u2433
    assert p is not None and p.strength == "obligation"
    assert p.actor == "administering authority"
    # an "it" that stands for a thing keeps no actor
    p = _first("It shall apply from 1 January 2025.", trained)
    assert p is None or p.actor == ""


def test_what_the_parties_do_at_their_meetings_is_machinery(trained):
    protocol = genre_of("protocol", "binding")
    assert _first("Multilateral arrangements of a non-confrontational, non-judicial and "
                  "consultative nature for reviewing compliance shall be established by the "
                  "Parties at their first meeting.", trained, genre=protocol) is None  # u2419
    lead_in = ("At their meetings, the Parties shall keep under continuous review the "
               "implementation of this Protocol, and, with this purpose in mind, shall:")
    item = ("l) Consider and undertake any additional action that may be required for the "
            "achievement of the purposes of this Protocol.")                        # u2420
    # the rules' reading (the two-layer detector of session 25 scores this unit from 0.8 and
    # takes it: a statement of the stage, against the gold)
    assert not [d for d in S.extract(item, context=lead_in, pipeline=trained, genre=protocol,
                                     detector=None) if d.parts.strength != "none"]
    # made up: meetings that are no organ's (no possessive) leave the duty
    p = _first("Employers shall hold consultations with workers at regular meetings.", trained,
               genre=protocol)
    assert p is not None and p.strength == "obligation"


def test_a_treaty_organ_established_is_machinery(trained):
    assert _first("There shall be established a Military Staff Committee to advise and assist "
                  "the Security Council on all questions relating to the Security Council's "
                  "military requirements.", trained, genre=TREATY) is None         # u2430


def test_what_the_states_are_asked_to_describe_is_reporting(trained):
    assert _first("States parties are requested to describe, as far as possible, factors "
                  "affecting the incidence and prevention of torture or ill-treatment.", trained,
                  genre=GENERAL_COMMENT) is None                                   # u2339
    # made up: telling someone, or a thing that must indicate, stays
    p = _first("States parties should explain to victims the remedies available to them.",
               trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "recommendation"
    p = _first("The label must indicate the country of origin.", trained,
               genre=genre_of("regulation", "binding"))
    assert p is not None and p.strength == "obligation"


def test_reference_corpus_guards(trained):
    # the reference corpus's CRC GC 14: a duty to give reasons in a decision, not reporting
    p = _first("In this regard, States parties shall explain how the right has been respected in "
               "the decision, that is, what has been considered to be in the child’s best "
               "interests.", trained, genre=GENERAL_COMMENT)
    assert p is not None and p.strength == "obligation" and p.actor == "States parties"
    # CMW/CRC joint general comment 3: what is guided by an authority keeps it as the actor
    p = _first("Best-interest determination procedures should be guided by child protection "
               "authorities within child protection systems.", trained, genre=GENERAL_COMMENT)
    assert p is not None and p.actor == "child protection authorities"


def test_what_a_state_submits_to_a_treaty_organ_is_its_procedure(trained):
    # the reference corpus's ICERD art. 11(2)/14: the same class as heldout18's u2378 ("The State
    # Party concerned shall … submit its observations to the Committee", gold none; its parse
    # takes "shall" for a noun)
    assert _first("Within three months, the receiving State shall submit to the Committee written "
                  "explanations or statements clarifying the matter and the remedy, if any, that "
                  "may have been taken by that State.", trained, genre=CONVENTION) is None
    # made up: what is submitted to a national authority stays a duty
    p = _first("The employer shall submit the plan to the competent authority within three "
               "months.", trained, genre=CONVENTION)
    assert p is not None and p.strength == "obligation"
