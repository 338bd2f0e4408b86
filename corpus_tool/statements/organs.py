"""A treaty's organs at work: who they are (a capitalised Committee; the Security, Trusteeship,
Economic and Social or Human Rights Council; the General Assembly; the Conference or Meeting of
the Parties; the Secretary-General or Director-General; an organisation's Secretariat,
Chairperson, Executive or Governing Board and Executive Director), what they do, how they vote
and meet, and what the parties send them; and the bodies an instrument sets up (a council,
board, fund, subcommittee …): their existence, composition, members, seat, meetings and
finances. All of it is the instrument's machinery (`organ_machinery`), not a norm for the
people it protects."""
from __future__ import annotations

import re

_SUBJECTS = ("nsubj", "nsubjpass")
# who votes in a treaty's organ, and who is counted in a vote ("… of nine members")
VOTERS = {"organization", "organizations", "organisation", "organisations", "state", "states",
          "party", "parties", "member", "members"}
MEETINGS = {"meeting", "meetings", "session", "sessions"}
# the majorities an organ decides by ("by a simple majority", "by a two-thirds majority")
_MAJORITIES = {"simple", "absolute", "qualified", "two-thirds", "three-fourths", "three-quarters",
               "two", "three", "thirds", "fourths", "quarters"}
_INSTRUMENTS = {"convention", "protocol", "charter", "covenant", "agreement", "treaty"}
# the councils and assemblies of an organisation (not an "Interagency Council", nor a union's
# "general assembly": the organ is written with capitals)
COUNCILS = {"security", "trusteeship", "social", "general", "human"}
# what a party sends an organ ("… submit its observations to the Committee")
SENDING = {"submit", "transmit", "send", "furnish", "communicate", "forward"}


def votes(verb, subj, kids) -> bool:
    """How an organ votes or meets: a member's (`VOTERS`) right to vote exercised ("Such an
    organization shall not exercise its right to vote if …"), a decision "made by an affirmative
    vote of nine members" (not "by a majority of votes"), what the parties do "at their
    meetings" or "at their first meeting" (a meeting of the parties)."""
    if verb.lower_ == "exercise" and subj is not None and subj.lower_ in VOTERS and any(
            c.dep_ == "dobj" and c.lower_ == "right" and any(
                a.dep_ in ("acl", "xcomp") and a.lower_ == "vote" for a in c.children)
            for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
            o.lower_ in MEETINGS and any(p.dep_ == "poss" or p.lower_ in ("such", "these", "those")
                                         for p in o.children)
            for o in c.children) for c in kids):
        return True     # "At their meetings, the Parties shall keep under continuous review …",
        # "At such meetings, the Parties shall, among other things:"
    if verb.lower_ == "participate" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.lower_ in ("vote", "voting") for o in c.children) for c in kids):
        return True     # "No such intergovernmental organization shall participate in the vote …"
    return any(o.lower_ in ("vote", "votes") and any(
        p.lower_ == "of" and any(m.lower_ in VOTERS for m in p.children) for p in o.children)
        for c in kids if c.dep_ == "agent" for o in c.children)


def treaty_organ(tok) -> bool:
    """Is the token a treaty's organ (see the module's docstring)?"""
    low = tok.lower_
    if not tok.text[:1].isupper():
        return False
    if low in ("committee", "secretary-general", "director-general", "secretariat",
               "chairperson", "chairman"):
        return True
    if low in ("board", "director"):    # "the Executive Board", "the Executive Director"
        return any(c.dep_ in ("compound", "amod") and c.lower_ in ("executive", "governing")
                   for c in tok.children)
    if low in ("council", "assembly"):
        return any(c.dep_ in ("compound", "amod", "conj") and c.lower_ in COUNCILS
                   for c in tok.children)
    return low in ("conference", "meeting") and any(
        p.lower_ == "of" and any(o.lower_ == "parties" for o in p.children) for p in tok.children)


def organ_subject(verb, subj) -> bool:
    """Is the verb's subject a treaty organ, or "it" after one ("… such criteria as it shall have
    established")? Not a clause the parser joined to the organ's verb ("The Committee wishes to
    emphasize that policies … must recognize …": "recognize" a conjunct of "wishes")."""
    if subj is None or verb.dep_ == "conj" and not any(
            c.dep_ in _SUBJECTS for c in verb.children) and not any(
            c.tag_ == "MD" for c in verb.head.children):
        return False
    return treaty_organ(subj) or subj.lower_ == "it" and any(
        t.i < subj.i and t.dep_ == "nsubj" and treaty_organ(t) for t in subj.doc)


def sent_to_organ(verb, kids) -> bool:
    """Does the verb send something to a treaty organ ("The State Party concerned shall, within
    six months …, submit its observations to the Committee", "… shall be transmitted to the
    Secretary-General"), or inform it ("… should inform the Committee whether …")? A step of its
    procedure or of reporting to it."""
    if verb.lower_ == "inform" and any(c.dep_ == "dobj" and treaty_organ(c) for c in kids):
        return True     # "States parties should inform the Committee of measures taken …"
    return verb.lower_ in SENDING | {"submitted", "transmitted", "sent", "furnished",
                                      "communicated", "forwarded"} and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and treaty_organ(o) for o in c.children) for c in kids)


# the organs an instrument sets up, and the membership of the body it creates (heldout15's
# u1978-u1984, u2001-u2002): where such an organ is the subject, what the text says of its
# existence, composition, seat, meetings or membership is machinery, like a treaty body's
# composition (`modality`'s "shall consist of"); its duties toward people are not ("The Facility
# shall provide legal advice to …")
_ORGANS = {"council", "board", "committee", "commission", "director", "secretariat", "bureau",
           "organ", "organs", "membership", "members", "member", "chairperson", "panel", "fund",
           "subcommittee", "sub-committee"}
# the organs named with a capital only (`_organ`)
_NAMED_ORGANS = {"Body", "Assembly", "Agency", "Association", "Organisation", "Organization"}
# what an organ does, listed ("The functions of CAREC shall be:", "He shall also perform, inter
# alia, the following functions as the Commission may prescribe:")
_FUNCTIONS = {"functions", "activities", "tasks", "duties"}
_PERFORMS = {"perform", "exercise", "discharge"}
# what the members of a body pay it and what it spends ("The share of the Special Union in such
# common expenses shall be in proportion to …", "Contributions of members in respect of the
# financial biennium … shall be due …", "The adjusted assessment of each Contracting Government
# shall be reduced by …"), not what people pay or receive ("The fees for the issue of … visas
# shall not exceed …", "The expenses of repatriation shall include …", "The contribution of the
# State benefiting from international assistance shall constitute …")
_MONEY = {"assessment", "assessments", "contribution", "contributions", "budget", "expenditure",
            "expenditures", "expenses", "costs", "share", "shares", "amount", "amounts",
            "payment", "payments", "scale", "dues", "arrears", "quota", "quotas", "subscription",
            "subscriptions"}
_CONTRIBUTORS = {"member", "members", "union", "unions", "conference", "organization",
                 "organisation"}
_PARTIES = {"government", "governments", "party", "parties", "state", "states"}
# how a body's costs are divided among its members ("… shall be shared equally among producer and
# consumer members")
_DIVIDED = {"shared", "apportioned", "borne", "divided"}


def _contributor(tok) -> bool:
    """A body's member or the body itself, as the one whose money is meant: "members", "the
    Special Union", "each Contracting Government", "the Conference", "the Commission"."""
    return tok.lower_ in ("member", "members") or tok.text[:1].isupper() and (
        _organ(tok) or tok.lower_ in _CONTRIBUTORS or tok.lower_ in _PARTIES and any(
            c.lower_ == "contracting" for c in tok.children))


def _membership(verb) -> bool:
    """Does this verb's clause admit to, or renew, a body's membership ("A country shall be
    admitted to membership of the Union if …", "In recommending and approving a State for
    membership, the Board of Governors … shall determine …", "Half the members shall be renewed
    every two years")? Not a worker's membership of a trade union (no capital, no admission)."""
    for t in verb.subtree:
        if t.lower_ != "membership":
            continue
        if any(p.lower_ in ("of", "in") and any(o.text[:1].isupper() for o in p.children)
               for p in t.children):
            return True
        if t.head.lower_ == "for" and t.head.head.lower_ in ("approving", "approve", "admitted",
                                                            "admit", "recommending", "eligible"):
            return True
    subj = subject(verb)
    return verb.lower_ == "renewed" and subj is not None and subj.lower_ == "members"


def _finances(verb, subj) -> bool:
    """Does this modal verb state a body's finances: a payment, share or budget of its members
    or of the body as its subject (`_MONEY`, `_contributor`), or costs divided among its
    members (`_DIVIDED`)?"""
    if subj is not None and subj.lower_ in _MONEY and any(
            _contributor(t) and t.dep_ != "poss" for t in subj.subtree if t.i != subj.i):
        return True     # not an organ's own appraisal ("The Commission's assessment shall take
        # into account whether …")
    # (a body's "members"; not the States an ILO convention calls "Members", whose sharing of
    # the cost of migrants' benefits is a duty: "The cost of invalidity … benefits … shall either
    # be shared among the Members concerned, or be borne by the Member …", C118 art. 7(3))
    return verb.lower_ in _DIVIDED and any(
        c.dep_ in ("prep", "agent") and c.lower_ in ("among", "between", "by") and any(
            o.text == "members" for o in c.children) for c in verb.children)


# how a body comes to be, or is filled ("A Special Fund shall be set up …", "The members of the
# Subcommittee … shall be chosen from among persons of high moral character …")
_CONSTITUTED = {"set", "established", "created", "constituted", "chosen", "elected", "appointed",
                "selected", "nominated"}
# a body's finances ("General expenses of the Organisation … shall be apportioned …")
_FINANCES = {"expenses", "expenditure", "expenditures", "budget"}
# what an organisation is made of and where it sits, beside its finances ("The principal organs
# of the Organization shall be:", "The seat of the Union shall be at Geneva"; not its members'
# contributions: "The contribution of the State benefiting from international assistance shall
# constitute …")
_PARTS_OF_BODY = _FINANCES | {"organs", "seat", "headquarters"}
# a State's assent to the instrument, notified to its depositary
_ASSENTS = {"acceptance", "approval", "ratification", "accession", "denunciation"}
# an organ's decisions, as the subject of how they are taken
_DECISIONS = {"decision", "decisions"}
# the aims a founding convention gives the body it sets up: "The aims of the Organisation …
# shall be to promote policies designed:" (a body named with a capital, "shall be to")
_AIMS_OF_BODY = re.compile(r"^\W*The\s+(?:aims?|purposes?|objectives?)\s+of\s+the\s+[A-Z]"
                           r"[^.;:]*?\b(?:shall|will)\s+be\s+to\b")
MODAL_AUX = {"shall", "will", "must"}
# the modals whose every use `organ_machinery` reads: a treaty body's "should inform the Committee"
# is reporting too
_MACHINERY_MODALS = MODAL_AUX | {"should"}


def subject(verb):
    """The verb's subject, or that of the verb it is coordinated with ("… shall serve as … and
    shall be responsible for …")."""
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head
    return None


def _organ(tok) -> bool:
    """An organ's name: "the Committee", "members"; a body, an assembly, an agency or the
    organisation itself only when the text names it with a capital ("The Subsidiary Body for
    Implementation …", "The Assembly shall by consensus …:", "The Agency shall:", "… the
    Association shall promote … the following activities:"), not "a national human rights
    body"."""
    return tok is not None and (tok.lower_ in _ORGANS or tok.text in _NAMED_ORGANS)


def _acronym(tok) -> bool:
    """A body named by its acronym ("CAREC", "ICCAT")."""
    return tok.tag_ == "NNP" and len(tok.text) > 2 and tok.text.isupper()


def _named_organ_member(tok) -> bool:
    """"members of the Subcommittee on Prevention": members of a body named with a capital."""
    return tok.lower_ in ("members", "member") and any(
        p.lower_ == "of" and any(_organ(o) and o.text[:1].isupper() for o in p.children)
        for p in tok.children)


def _by(kids, what) -> bool:
    """Is one of the verb's children `kids` a "by" (a preposition or a passive's agent) whose
    object is `what` ("… decide by consensus", "… approved by a simple majority")?"""
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(what(o) for o in c.children)
               for c in kids)


def _machinery(verb) -> bool:
    """Does this modal verb state an organ's existence, composition, meetings, membership or votes,
    or what a treaty organ does or is sent (`organ_subject`, `sent_to_organ`)?"""
    kids = list(verb.children)      # "There shall be established a Military Staff Committee …"
    subj = subject(verb) or next((c for c in kids if c.dep_ == "dobj" and any(
        e.dep_ == "expl" for e in kids)), None)
    if organ_subject(verb, subj) or sent_to_organ(verb, kids):
        return True     # "On the basis of the inventories …, the Committee shall establish …"
    lemma = verb.lower_     # the stage's pipeline has no lemmatizer: a verb after its modal
    objs = [c for c in kids if c.dep_ in ("dobj", "attr")]
    agents = [o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if votes(verb, subj, kids):
        return True     # "Such an organization shall not exercise its right to vote if …"
    if _finances(verb, subj):
        return True     # "Contributions of members … shall be due on the date on which …"
    if _membership(verb):
        return True     # "A country shall be admitted to membership of the Union if …"
    if verb.dep_ in ("ROOT", "conj") and any(treaty_organ(a) for a in agents):
        # "Enhanced protection shall be granted to cultural property by the Committee …" (not
        # "… contributions, the amount of which … shall be determined by the General Assembly")
        return True
    if verb.tag_ == "MD":       # "The Management Board shall, in particular:" (its functions),
        # not "Each Member shall:" (an ILO Member, a State, whose duties the items list)
        return _organ(subj) and not (subj.text == "Member" and not any(
            c.lower_ == "of" for c in subj.children))
    if lemma in ("appoint", "elect", "designate") and any(_organ(t) for o in objs
                                                           for t in o.subtree):
        return True     # "… each Contracting Party shall appoint an equal number of members"
    if lemma in ("monitor", "supervise", "review", "oversee") and any(
            t.lower_ in ("implementation", "application", "working", "operation", "functioning")
            and any(
                p.lower_ == "of" and any(o.lower_ in _INSTRUMENTS for o in p.children)
                for p in t.children) for o2 in objs for t in o2.subtree):
        return True     # "GRECO shall monitor the implementation of this Convention by the Parties"
    if any(t.lower_ in MEETINGS and (t.dep_ == "dobj" or t.dep_ == "pobj" and
                                                     t.head.head.i == verb.i) and any(
            _organ(o) for c in t.children if c.lower_ == "of" for o in c.children)
           for t in verb.subtree):
        return True     # "… shall be invited to attend the meetings of the committee"
    if lemma in ("consist", "comprise", "composed") and subj is not None and any(
            _organ(t) for t in subj.subtree):
        return True     # "The resources of the Fund shall consist of:" (heldout15's u1949)
    if lemma == "be" and any(c.dep_ == "attr" and _organ(c) and any(
            p.lower_ == "of" for p in c.children) for c in kids):
        return True     # "The Contracting Parties … shall be Members of the Organisation"
    if subj is not None and subj.lower_ in _PARTS_OF_BODY and any(
            p.lower_ == "of" and any(t.tag_ == "NNP" or _organ(t) for o in p.children
                                     for t in o.subtree)
            for p in subj.children):
        return True     # "General expenses of the Organisation … shall be apportioned …", "The
        # principal organs of the Organization shall be:"
    if lemma == "hold" and any(o.lower_ in MEETINGS for o in objs):
        return True     # "Following that, the Parties shall hold ordinary meetings at least …"
    decisions = subj is not None and subj.lower_ in _DECISIONS
    if (lemma == "decide" or decisions) and \
            _by(kids, lambda o: o.lower_ in ("consensus", "majority")):
        return True     # "… the Council of Ministers shall decide by consensus on …",
        # "Decisions of the Commission shall be taken by a simple majority of those members …"
    if _by(kids, lambda o: o.lower_ == "majority" and any(a.lower_ in _MAJORITIES
                                                          for a in o.children)):
        return True     # "The budget and the accounts of the Institute shall be approved by a
        # simple majority by the Board …"
    if decisions and any(t.lower_ == "votes" for o in objs for t in o.subtree):
        return True     # "… the decisions of the Assembly shall require two-thirds of the votes
        # cast"
    if lemma == "be" and any(c.dep_ == "attr" and c.lower_ == "representative" and any(
            a.lower_ == "legal" for a in c.children) for c in kids):
        return True     # "The President shall be the legal representative of the Bank."
    if lemma in ("have", "possess", "enjoy") and subj is not None and subj.text[:1].isupper() \
            and any(o.lower_ == "personality" and any(a.lower_ == "legal" for a in o.children)
                    for o in objs):
        return True     # "The Authority shall possess legal personality.", "EUTELSAT shall have
        # legal personality": a body's status (not "… enjoy legal capacity on an equal basis")
    if subj is not None and subj.lower_ == "languages" and any(
            a.lower_ in ("official", "working") for a in subj.children):
        return True     # "The official languages of the Organisation shall be English and French."
    if lemma in ("notify", "notified") and any(t.lower_ in _ASSENTS for t in verb.subtree):
        return True     # "They shall notify their acceptance in writing to the Government of …"
    if subj is not None and subj.lower_ in ("abstention", "abstentions"):
        return True     # "Abstentions shall not be considered as votes."
    if subj is not None and subj.lower_ in ("majority", "quorum") and any(
            p.lower_ == "of" for p in subj.children):
        return True     # "… except that a three-fourths majority of those members voting shall be
        # required for action …"
    if lemma in ("establish", "create", "set") and _organ(subj) and subj.text[:1].isupper() and \
            subj.lower_ not in ("member", "members") and any(_organ(t) for o in objs
                                                               for t in o.subtree):
        return True     # "The Ministerial Council shall also establish a special fund …"
    if lemma in ("meet", "convene") and subj is not None and subj.lower_ == "it":
        return True     # "It shall subsequently meet at least every year." (the organ before)
    if lemma in ("meet", "convene") and any(
            c.dep_ == "prep" and c.lower_ in ("as", "in") and any(
                o.dep_ == "pobj" and (_organ(o) or o.lower_ in MEETINGS | {"conference"})
                for o in c.children) for c in kids):
        return True     # "The Contracting States shall meet as an ad hoc committee …", "… meet
        # regularly in a Conference of States Parties": whoever meets, an organ sits
    if any(_named_organ_member(a) for a in agents):
        return True     # "The visits shall be conducted by at least two members of the Subcommittee"
    if lemma == "have" and any(o.lower_ in ("vote", "votes") and any(
            n.dep_ == "nummod" or n.lower_ == "no" for n in o.children) for o in objs):
        return True     # "Each of the Contracting Parties represented at a Conference shall have
        # one vote": who votes in the organ, whoever the subject
    if lemma in ("represented", "sit") and any(
            t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "at") and _organ(t)
            for t in verb.subtree):
        return True     # "Any Party may be represented on the Standing Committee by …", "The
        # President … shall sit ex officio in an advisory capacity on the Executive Board"
    if lemma == "contribute" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.lower_ in _FINANCES for o in c.children) for c in kids):
        return True     # "Each Contracting Party shall contribute to the budget according to a
        # scale of contributions adopted by …": the organ's finances
    if lemma in ("be", "include") and subj is not None and subj.lower_ in _FUNCTIONS and \
            any(_organ(t) or _acronym(t) for t in subj.subtree if t.i != subj.i):
        return True     # "The continuing bureau duties shall be, inter alia:", "The activities
        # carried out by CAREC shall include, but not be limited to, the following:"
    if lemma in _PERFORMS and (_organ(subj) or subj is not None and subj.lower_ in (
            "he", "she", "it")) and any(t.lower_ in _FUNCTIONS for t in verb.subtree):
        return True     # "He shall also perform, inter alia, the following functions as the
        # Commission may prescribe:", "The International Bureau shall exercise the functions
        # enumerated in paragraphs (1) and (2) above …"
    if not _organ(subj) and not (lemma == "have" and any(_organ(o) for o in objs)):
        return any(_organ(a) for a in agents) and subj is not None and any(
            _organ(t) or t.lower_ == "eligibility" for t in subj.subtree)
    if lemma in _CONSTITUTED and (subj.text[:1].isupper() and subj.i > 1 or
                                  _named_organ_member(subj)):
        return True     # a body named with capitals set up, or its members chosen
    if lemma in ("consist", "comprise", "composed", "meet", "convene", "sit", "have"):
        # "Each Member shall have one vote": the body's voting is its machinery too
        return lemma != "have" or any(_organ(o) or o.lower_ in ("vote", "votes") for o in objs)
    if lemma == "serve":
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
    if lemma == "be":       # "Membership … shall be open to:", "… shall be responsible for …"
        return any(c.dep_ == "acomp" and c.lower_ in ("open", "responsible") for c in kids)
    return any(_organ(a) for a in agents)   # "The organs … shall be assisted by the Secretariat"


def organ_machinery(doc) -> bool:
    """Is every "shall", "will", "must" or "should" of the unit said of the machinery of a body
    the text sets up (`_machinery`), or of what the parties send or tell an organ ("States
    parties should inform the Committee of …"): "The Facility shall have a Governing Council, a
    Management Board, a Director …", "The committee shall consist of not more than ten
    members", "Membership of the Facility shall be open to:", "The Director shall serve as the
    Chief Executive Officer …", "Each Member shall have one vote"? Or does the unit state the
    aims of the body a founding convention sets up ("The aims of the Organisation … shall be to
    promote policies designed:", `_AIMS_OF_BODY`)?"""
    if _AIMS_OF_BODY.match(doc.text):
        return True
    verbs = [t.head if t.dep_ == "aux" else t for t in doc
             if t.lower_ in _MACHINERY_MODALS and t.dep_ in ("aux", "ROOT")]
    return bool(verbs) and all(_machinery(v) for v in verbs)
