"""A title composed from what a group's statements share (issue 15, `naming.compose`): the object
most members require, under the provision they make of it, with the holder most of them name;
its question asked from the same parts.

Texts and parts (aim, object, strength) as the statements stage stored them for the groups the
no-topics drafts made at b61445b. Health example (examples/health/corpus, see its SOURCES.md),
the coder's `hea-ent-documentation-requirements`: CERD General Recommendation 37 (p), the joint
general comment CMW 4 / CRC 23, CMW General Comment 2, ETS 14 (European Convention on Social and
Medical Assistance), CRC General Comments 15 and 6. Labour-market example, `lab-wr-trade-unions`
(six of its statements): CMW General Comments 1 and 2, ESC Art. 19(4), ETS 93 Art. 28 (the
European Convention on the Legal Status of Migrant Workers), ILO C087 Art. 2, ICESCR Art. 8."""
from __future__ import annotations

from corpus_tool.naming import StatementParts, frame_question, name_group, title_problem
from corpus_tool.naming.compose import compose, name_composed, objects

DOCUMENTATION = [
    ("(p) denying access to health services due to excessive requirements of health insurance "
     "policies or due to criminalisation of undocumented entry and stay of migrants.",
     "denying", "access", "prohibition"),
    ("Children who have not been registered should be ensured equal access to health care, "
     "protection, education and other social services.", "ensured", "equal access",
     "recommendation"),
    ("Migrant children should have access to health services without being required to present "
     "a residence permit or asylum registration.", "have", "access", "recommendation"),
    ("Administrative and financial barriers to accessing services should be removed, including "
     "through the acceptance of alternative means of proving identity and residence, such as "
     "testimonial evidence.", "removed", "", "recommendation"),
    ("States parties shall not require migrant workers to present a residence permit in order to "
     "register a child, as this would effectively deprive migrant children in an irregular "
     "situation of their right to birth registration, which can also deny them access to "
     "education, health services, employment and other rights.", "require", "migrant workers",
     "prohibition"),
    ("Failure to renew any such permit, if due solely to the inadvertence of the person "
     "concerned, shall not cause him to cease to be entitled to assistance.", "cause",
     "him to cease to be entitled to assistance", "prohibition"),
    ("Lack of ability to pay for services, supplies or medicines should not result in the denial "
     "of access.", "result", "", "prohibition"),
    ("(iv) Unaccompanied and separated children should be provided with their own personal "
     "identity documentation as soon as possible;", "provided", "", "recommendation"),
    ("States should ensure that unaccompanied or separated children are provided with school "
     "certificates or other documentation indicating their level of education, in particular in "
     "preparation of relocation, resettlement or return.", "ensure",
     "that unaccompanied or separated children are provided with school certificates or other",
     "recommendation"),
    ("Local integration must be based on a secure legal status (including residence status) and "
     "be governed by the Convention rights that are fully applicable to all children who remain "
     "in the country, irrespective of whether this is due to their recognition as a refugee, "
     "other legal obstacles to return, or whether the best-interests-based balancing test has "
     "decided against return.", "based", "", "obligation"),
]

TRADE_UNIONS = [
    ("The laws of States parties, particularly countries of employment of migrant domestic "
     "workers, should recognize the right of the latter to form and join organizations, "
     "regardless of migration status (article 26) and self-organization should be encouraged.",
     "recognize", "the right of the latter to form and join organizations", "recommendation"),
    ("Article 26 of the Convention sets out the right of all migrant workers to join trade unions "
     "and other associations protecting their interests.", "", "", "none"),
    ("(b) membership of trade unions and enjoyment of the benefits of collective bargaining;",
     "secure", "membership of trade unions and enjoyment of the benefits of collective "
     "bargaining", "obligation"),
    ("Each Contracting Party shall allow to migrant workers the right to organise for the "
     "protection of their economic and social interests on the conditions provided for by "
     "national legislation for its own nationals.", "allow",
     "the right to organise for the protection of their economic and social", "obligation"),
    ("Workers and employers, without distinction whatsoever, shall have the right to establish "
     "and, subject only to the rules of the organisation concerned, to join organisations of "
     "their own choosing without previous authorisation.", "have", "the right to establish and",
     "recognition"),
    ("(a) The right of everyone to form trade unions and join the trade union of his choice, "
     "subject only to the rules of the organization concerned, for the promotion and protection "
     "of his economic and social interests.", "undertake",
     "The right of everyone to form trade unions and join the trade", "obligation"),
]


def _parts(rows) -> list[StatementParts]:
    return [StatementParts(text=t, aim=a, object=o, actor="States", strength=s)
            for t, a, o, s in rows]


def test_an_object_part_that_is_a_relational_head_gives_what_it_relates_to():
    migrant, *_ = _parts([DOCUMENTATION[2]])
    assert objects(migrant) == ["health services"]      # 'access' → 'access to health services'
    certificates, *_ = _parts([DOCUMENTATION[8]])
    assert objects(certificates) == []                   # a clause ('that …') names no object
    organise, *_ = _parts([TRADE_UNIONS[3]])
    assert objects(organise) == ["organise"]             # 'the right to organise for …'


def test_the_object_most_members_require_is_named_by_the_provision_they_make_of_it():
    # four of the ten statements require access to health services, no two the same phrase;
    # the children who are the group's people are named by half of them: the holder
    title, body, support = compose(_parts(DOCUMENTATION), who="children")
    assert title == "Access of children to health services"
    assert body == "guarantee children access to health services"
    assert support == 4
    assert title_problem(title) is None
    # a chosen title that already says the object (and more of it) is not replaced
    assert compose(_parts(DOCUMENTATION), who="children",
                   chosen="Equal access to health services for children") == ("", "", 0)
    # people named by fewer than half of the members are no holder
    title, body, _ = compose(_parts(DOCUMENTATION), who="migrant workers")
    assert title == "Access to health services"
    assert body == "guarantee access to health services"


def test_the_composed_title_replaces_a_member_phrase_fewer_members_say():
    parts = _parts(DOCUMENTATION)
    kw = dict(keys=["documentation", "residence permit"], who="children", status=False,
              hint_words=["documentation", "requirements"])
    alone = name_group(parts, **kw)
    assert alone.title == ("Removal of administrative and financial barriers to accessing "
                           "services")                # one member's phrase: services of what?
    nm = name_composed(parts, **kw)
    assert nm.title == "Access of children to health services"
    assert nm.provision == "access of children to health services"
    # the question from the same parts: no beneficiary glued on, asked of the law
    q = frame_question(nm.question, nm.title, nm.provision, nm.who)
    assert q == "Does the law guarantee children access to health services?"
    # a title another group of the area already has is not given twice
    taken = {"access of children to health services"}
    assert name_composed(parts, taken=taken, **kw) == name_group(parts, taken=taken, **kw)


def test_a_right_the_members_share_names_the_group_and_keeps_the_status_condition():
    # 'membership of trade unions' is two members' phrase; the right to organise (to form and
    # join organisations) is what most of them give, and half of them name workers
    parts = _parts(TRADE_UNIONS)
    kw = dict(keys=["trade unions"], who="workers", hint_words=["trade", "unions"])
    assert name_group(parts, status=False, **kw).title == "Membership of trade unions"
    nm = name_composed(parts, status=False, **kw)
    assert nm.title == "Right of workers to organise"
    assert nm.question == "Does the law guarantee workers the right to organise?"
    nm = name_composed(parts, status=True, **kw)
    assert nm.title == "Right of workers to organise regardless of residence status"
    assert nm.provision == "right of workers to organise"
    assert nm.question == ("Does the law guarantee workers the right to organise regardless of "
                           "residence status?")


def test_a_group_whose_members_share_no_object_keeps_its_title():
    # CRC General Comment 6 para. 48 alone: nothing shared by two members
    text = ("In order to facilitate such recovery and reintegration, culturally appropriate and "
            "gender sensitive mental health care should be developed and qualified psychosocial "
            "counselling provided.")
    parts = [StatementParts(text=text, aim="developed", actor="States",
                            strength="recommendation")]
    assert compose(parts) == ("", "", 0)
    kw = dict(keys=["mental health care"], who="", status=False)
    assert name_composed(parts, **kw) == name_group(parts, **kw)


# four statements of the coder's `hea-chg-disaggregated-data` group in the health example: CERD
# General Recommendation 37 (two), the joint general comment CMW 3 / CRC 22, CRC General Comment 4
DATA = [
    ("In cooperation with WHO and regional organizations and agencies, States should disaggregate "
     "data and make available anonymized statistics to racial and ethnic groups and the public.",
     "disaggregate", "data", "recommendation"),
    ("(b) Collect data that include comprehensive public health monitoring.", "Collect", "data",
     "recommendation"),
    ("Such data should be disaggregated by nationality, migration status, gender, age, ethnicity, "
     "disability and all other relevant statuses to monitor intersectional discrimination.",
     "disaggregated", "", "recommendation"),
    ("Data should also be collected to study the situation of specific groups such as ethnic "
     "and/or indigenous minorities, migrant or refugee adolescents, adolescents with "
     "disabilities, working adolescents, etc. Where appropriate, adolescents should participate "
     "in the analysis to ensure that the information is understood and utilized in an adolescent "
     "sensitive way.", "collected", "", "recommendation"),
]


def test_an_act_the_members_do_to_the_object_is_asked_of_whom_can_do_it():
    # the question's verb is the act the title names, and the frame asks it of the authorities
    title, body, _ = compose(_parts(DATA))
    assert (title, body) == ("Collection of data", "collect data")
    assert frame_question(f"Does the law {body}?", title, title.lower()) == \
        "Do the authorities collect data?"
    # the coder's 'Disaggregate data' already says the object: it is not replaced
    assert compose(_parts(DATA), chosen="Disaggregate data") == ("", "", 0)
