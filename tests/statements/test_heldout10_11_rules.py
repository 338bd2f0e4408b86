"""Session 12 (issue 14), round 11, frozen before `heldout12` was measured: rules from the
failures of `heldout10` and `heldout11` (seen: measured once at c1031ff, their failures read,
now tuned on), read from the parse and the document's structure. Every sentence is a unit of
those halves (`tests/data/statements_gold_unseen.jsonl`), with its gold label:

- "It is the policy of my Administration to …" (and the lead-in "it shall be the policy of my
  Administration that:") declares the issuer's policy, an obligation of the body it names;
- a summit's communiqué is in the governments' own voice (the pledging genre): "We will …";
- "The Task Force shall consist of the following …": a body's composition, not a duty, nor its
  items;
- "The Convention shall remain in force for …" is the text's own life (a final clause); the
  articles of a coordinated actor ("the Secretary of State and the Secretary of …") do not
  count against it in `statements evaluate`;
- a lead-in ending "…, who shall" gives its items the relative's antecedent as actor;
- the Conference of the Parties is a treaty's organ (its functions are machinery, as the
  Conference of States Parties');
- a lead-in whose subject cannot act ("More data will:") or that pledges nothing ("The Open
  Data Program exists explicitly to:") lends its items no commitment of the issuer;
- in a law, an order or a government's plan, an administration's own reporting ("the agency
  shall report to the Office of the Governor", "The report shall include:") is a duty, not the
  final clauses' treaty reporting.
"""
from __future__ import annotations

from corpus_tool.statements import evaluate as E, stage as S
from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first


def test_the_policy_the_issuer_declares_is_its_obligation(trained):
    # u1510, u1466 (EO 13999, EO 14008), u1495 (EO 14013's lead-in)
    for text in ("It is the policy of my Administration to protect the health and safety of "
                 "workers from COVID-19.",
                 "It is the policy of my Administration to organize and deploy the full capacity "
                 "of its agencies to combat the climate crisis.",
                 "Accordingly, it shall be the policy of my Administration that:"):
        p = _first(text, trained, genre="enacting")
        assert p is not None and p.strength == "obligation" and p.actor == "Administration", text
    # no expletive, no policy: described, not declared
    assert _first("The policy of the Administration was discussed at length.", trained,
                  genre="enacting") is None


def test_a_summit_communique_pledges(trained):
    assert genre_of("communiqué", "non-binding") == "pledging"
    # u1532 (Carbis Bay G7 communiqué): the governments' own future action, the issuer's
    text = ("We will explore how existing and potential new mechanisms and initiatives can "
            "support risk reduction, prevention and response to future systemic crises.")
    drafts = [d for d in S.extract(text, pipeline=trained, genre="pledging", issuer="G7")
              if d.parts.strength != "none"]
    assert drafts and drafts[0].parts.strength == "obligation" and drafts[0].parts.actor == "G7"
    assert _first(text, trained, genre="recommending") is None


def test_a_bodys_composition_is_no_duty(trained):
    # u1468, u1469 (EO 14008): the Task Force's members
    lead = "The Task Force shall consist of the following additional members:"
    assert _first(lead, trained, genre="enacting") is None
    assert _first("(iii) the Attorney General;", trained, context=lead, genre="enacting") is None
    # u1521: "shall, consistent with applicable law, explore …" stays a duty ("consistent" is
    # no form of "consist")
    p = _first("(b) The Secretary of Agriculture, the Secretary of Labor, and the Secretary of "
               "Energy, in consultation with the heads of any other appropriate agencies, shall, "
               "consistent with applicable law, explore mechanisms to protect workers.", trained,
               genre="enacting")
    assert p is not None and p.strength == "obligation"
    # what a process must contain is no body's composition (reference corpus, CRC GC 6 para. 72)
    p = _first("The assessment process should comprise a case-by-case examination of the unique "
               "combination of factors presented by each child.", trained, genre="recommending")
    assert p is not None and p.strength == "recommendation"


def test_a_treatys_own_life_and_coordinated_names(trained):
    # u1443 (Hague Convention, denunciation): the text's own life, a final clause
    assert _first("The Convention shall remain in force for the other Contracting States.",
                  trained, genre="enacting") is None
    # u1464: the articles of a coordinated name do not make another actor
    assert E.actor_matches("Secretary of State and Secretary of the Treasury",
                           "Secretary of State and the Secretary of the Treasury")
    assert not E.actor_matches("Secretary of State", "Secretary of the Treasury")


def test_the_actor_of_a_relative_lead_in(trained):
    # u1356, u1357 (Chicago EO 2012-2)
    lead = ("The head of each city agency shall designate from within the city agency an open "
            "data coordinator, who shall")
    p = _first("(ii) serve on the open data advisory group;", trained, context=lead,
               genre="enacting")
    assert p is not None and p.actor == "open data coordinator"
    # a lead-in whose last relative is not at its end keeps its first duty's actor (the
    # reference corpus's CoE migrant workers convention, art. 30(2))
    lead = ("To enable migrant workers to know, before they set out on their return journey, the "
            "conditions on which they will be able to resettle in their State of origin, this "
            "State shall communicate to the receiving State, which shall keep available for those "
            "who request it, information regarding in particular:")
    p = _first("financial aid granted for economic reintegration;", trained, context=lead,
               genre="enacting")
    assert p is not None and p.strength == "obligation" and p.actor == "this State"


def test_an_administrations_own_reporting_is_a_duty(trained):
    # u1497 (EO 14013), u1360 (Chicago EO), u1393 (Seattle policy, under its chapeau)
    assert _first("The report shall include:", trained, genre="enacting").strength == "obligation"
    p = _first("Such annual report shall (i) establish, on an agency specific basis, reasonable "
               "timelines, implementation plans and review processes.", trained, genre="enacting")
    assert p is not None and p.strength == "obligation"
    p = _first("Publish an annual Open Data report, which shall include: a.", trained,
               context="The Open Data Program shall:", genre="pledging")
    assert p is not None and p.actor == "Open Data Program"
    # a treaty's reporting stays machinery, in a binding text too
    assert _first("States Parties undertake to submit reports on the measures they have "
                  "adopted.", trained, genre="enacting") is None
    # and outside a law, an order or a plan, the filter reads as before
    assert _first("The report shall include:", trained) is None


def test_a_conference_of_the_parties_works_as_a_treaty_organ(trained):
    # u1452, u1455 (Minamata): the functions of the treaty's own organ, machinery
    for text in ("The Conference of the Parties shall adopt guidance on managing contaminated "
                 "sites that may include methods and approaches for:",
                 "The Conference of the Parties shall, at its first meeting, decide on the "
                 "hosting institution for the Programme."):
        assert _first(text, trained, genre="enacting") is None, text


def test_a_lead_in_that_pledges_nothing_lends_its_items_no_commitment(trained):
    # u1302/u1303 (DfE strategy, "More data will:" predicts), u1385/u1386 (Seattle policy,
    # "The Open Data Program exists explicitly to:" states goals)
    assert _first("Improve quality and outcomes – more data will help citizens to compare",
                  trained, context="More data will:", genre="pledging") is None
    assert _first("Encourage the development of innovative technology solutions that improve "
                  "quality of life.", trained, context="The Open Data Program exists explicitly "
                  "to:", genre="pledging") is None
    # the pledging dev set's "… we will:" still lends its items the issuer's commitment
    p = _first("Invest in care infrastructure.", trained, context="To build back better, we "
               "will:", genre="pledging")
    assert p is not None and p.strength == "obligation"


def test_a_body_committed_is_the_one_that_pledges(trained):
    # u1382 (Seattle policy): the City, not the issuer left unnamed
    p = _first("Purpose The City of Seattle is committed to expanding both the data it makes "
               "available to the public and tools for understanding this data.", trained,
               genre="pledging")
    assert p is not None and p.strength == "obligation" and p.actor == "City of Seattle"
