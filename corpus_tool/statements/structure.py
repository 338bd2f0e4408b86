"""What a document's structure says about units other than the one that says it: a lead-in
that introduces a quotation (what follows its colon is the quoted text's, in a judgment up to its
next numbered paragraph), the name a document
gives a body it sets up (where that body acts, the unit is machinery), and the form of a request
in a that-clause (worth parsing: the parse says who is to act, `mood.requested_clause`); the
machinery of an organ the text sets up, and an organ of State's powers."""
from __future__ import annotations

import re

from corpus_tool.statements import organs as OG


# a unit that introduces a quotation ("Article 1177 provides as follows:", "… also recognizes
# the principle … by stating:"): what follows it is the quoted text's, not the unit's
_QUOTE_INTRO = re.compile(
    r"\b(?:provides?|provided|reads|read|states?|stated|stating|says|say|said|stipulates?|"
    r"stipulated)"
    r"(?:\s+(?:as\s+follows|in\s+the\s+following\s+terms|inter\s+alia|in\s+part))?\s*:\s*$|"
    # a judgment's lead-in that names the provision it is about to quote and nothing else:
    # "3 Under recital 4 of the GDPR:", "Under Article 2 of that directive:"
    r"^\W*(?:\d{1,3}\s+)?Under\s+(?:the\s+\w+\s+(?:sentence|subparagraph)\s+of\s+)?"
    r"(?:recitals?|Articles?|Clauses?|[Pp]aragraphs?|[Pp]oints?)\s+[\w()., -]{1,40}?\s*:\s*$")


def introduces_quotation(text: str) -> bool:
    """Does the (normalised) unit introduce a quotation ("Article 15 of the GDPR states:",
    "Under recital 4 of the GDPR:")? What follows its colon is the quoted text's."""
    return bool(_QUOTE_INTRO.search(text))


# a judgment's own numbered paragraph: "8 Recitals 6, 10 … of the GDPR state:", "9 Article 2(1)
# … provides:" (a number and a space, then a capital or a quotation mark; a quoted provision's
# "1. This Regulation …" and a recital's "(10) In order …" are not the judgment's)
_NUMBERED = re.compile(r"^\W{0,2}?(\d{1,3})\s+[A-Z\u2018'\"]")


def paragraph_number(text: str) -> int | None:
    """The judgment's paragraph number a passage opens with, if any."""
    m = _NUMBERED.match(text)
    return int(m.group(1)) if m else None


def quotation_runs_on(lead_in: int | None, passage: int | None) -> bool:
    """Does a quotation that the judgment's paragraph `lead_in` introduced ("8 Recitals 6, 10 …
    state:") run on into a passage numbered `passage`? It runs until the judgment's next
    numbered paragraph (or one a few further on, where the reader missed one): the quoted
    recitals and articles in between are one per passage."""
    return lead_in is not None and not (passage is not None and
                                        lead_in < passage <= lead_in + 5)


# a body a document sets up and names for itself: "The Group of experts on action against
# violence against women and domestic violence (hereinafter "GREVIO") shall monitor …"
_BODY_DEFINED = re.compile(
    r"\b(?:Group|Committee|Commission|Board|Panel|Council|Body|Mechanism|Conference|Meeting|"
    r"Assembly|Office|Subcommittee|Sub-committee)\b[^()\n]{0,120}?\(\s*(?:hereinafter|hereafter)"
    r"\s+(?:referred\s+to\s+as\s+|called\s+|the\s+)?[\"']?(?P<name>[A-Z][A-Za-z-]{2,30})"
    r"[\"']?\s*\)")


def defined_bodies(texts) -> frozenset[str]:
    """The names a document gives the bodies it sets up ("… (hereinafter "GREVIO")"), from its
    (normalised) passages: where such a body acts, the unit is treaty machinery."""
    return frozenset(m.group("name") for t in texts for m in _BODY_DEFINED.finditer(t))


# a request in a that-clause ("… requests that Justice and Witness Ministries join …"): worth
# parsing, the parse says who is to act (`mood.requested_clause`)
_ASKS_THAT = re.compile(r"\b(?:request|urge|ask|recommend|demand|insist)(?:s|ed)?\s+that\b", re.I)


def asks_that(text: str) -> bool:
    return bool(_ASKS_THAT.search(text))


# the words that make the final clauses' filter read a unit as State reporting to a treaty body
_REPORT_WORD = re.compile(r"\breport(?:s|ing|ed)?\b", re.I)


# a duty to report or denounce people to the authorities ("… any obligation on health providers
# to report undocumented migrants", a firewall CERD GR 37 para. 62 asks to repeal): a
# substantive requirement, not a State's report to a treaty body nor a treaty's denunciation
# ("… to report on migrants" is a State's report: no preposition before the people)
REPORTED_PEOPLE = (r"(?:report|denounc)\w*\s+(?:(?!on\b|upon\b|about\b|to\b|in\b|for\b|of\b|by\b)"
                   r"[\w-]+\s+){0,2}?(?:migrants|immigrants|persons|"
                   r"people|patients|individuals|non-citizens|foreigners|aliens|refugees|"
                   r"asylum[- ]seekers|workers|women|girls|children|users|victims)\b")

# a person's right to stand for election or to be elected (ETS 144 art. 5(2), CCPR GC 25 para.
# 15): a political right, not a treaty organ's election of its members ("The members of the
# Committee shall be elected …", which stays machinery: "be elected" alone is not enough)
ELECTORAL = (r"stand(?:ing)?\s+(?:as\s+candidates?\s+)?(?:for|in)\s+(?:\w+\s+){0,2}?elections?\b|"
             r"(?:right|rights|eligible|eligibility)\s+to\s+(?:vote\s+and\s+(?:to\s+)?)?be\s+elected|"
             r"\b(?:can|could)\s+be\s+elected\b|\band\s+to\s+be\s+elected\b")

# up to two words between "are" and its "encouraged/obliged to" ("are therefore obliged to", "are
# strongly encouraged to"), never a negation or a habit; the parse keeps the cue only when they
# are adverbs that modify it (`mood.adverbs_only`)
ADVERBS = r"(?:(?!not\b|never\b|often\b|usually\b|sometimes\b|frequently\b)[a-z]+\s+){0,2}?"


def without_report_words(text: str) -> str:
    """The unit with its report words neutralised: if the final clauses' filter passes this, the
    report words alone made it procedural (`named_reporting`)."""
    return _REPORT_WORD.sub("matter", text)


def named_reporting(doc) -> bool:
    """Is every report word of the unit a modifier in the name of a thing deep in a
    prepositional phrase ("… information … on the reporting and complaint mechanisms, services
    and remedies available to them"), not the State's act or its report ("shall submit …
    reports", "shall include in their reports", "fulfil their reporting obligations")? The
    parse: the word modifies a noun (amod, compound, or a conjunct of one) that a preposition
    governs and no possessive owns, beside another modifier that names its kind ("reporting and
    complaint mechanisms", "independent reporting mechanisms"; not "the reporting period")."""
    words = [t for t in doc if _REPORT_WORD.fullmatch(t.text)]
    if not words:
        return False
    for t in words:
        mod = t
        while mod.dep_ == "conj" and mod.head is not mod:
            mod = mod.head
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = mod.head
        if any(c.dep_ == "poss" for c in noun.children):
            return False        # "its next periodic report …": a State's own report
        if not any(c.dep_ == "conj" for c in mod.children) and not any(
                c.dep_ in ("amod", "compound") and c.i != mod.i for c in noun.children):
            return False        # "within the reporting period": the treaty's own
        while noun.dep_ == "conj" and noun.head is not noun:
            noun = noun.head
        if noun.dep_ != "pobj":
            return False
    return True


# "It is (therefore, above all,) for X to V": worth parsing for a task allotted (`mood.task_of`)
_TASK = re.compile(r"\b[Ii]t\s+is\b[^.;:]{0,40}?\bfor\b[^.;:]{1,80}?\bto\s+[a-z]")


def allots_task(text: str) -> bool:
    return bool(_TASK.search(text))


# who reports under a treaty's machinery: its parties, its organs, its periodic cycle, the
# organisation it reports to ("… in their reports to Unesco every four years", heldout15's u1947)
_TREATY_REPORTING = re.compile(
    r"\b(?:States?\s+Part(?:y|ies)|Parties|Contracting|Member\s+States?|Committee|Conference\s+of"
    r"\s+the\s+Parties|Secretar(?:y|iat)|Rapporteur|periodic|present\s+(?:article|Convention|"
    r"Covenant|Protocol)|Unesco|United\s+Nations|International\s+Labour\s+Office)\b", re.I)


def domestic_reporting(text: str, genre: str) -> bool:
    """In a law, an order or a government's plan (genre `enacting` or `pledging`): is the unit's
    reporting an administration's own ("the agency shall report to the Office of the Governor",
    "The working group will report by 30 June 2014", "The report shall include:") rather than a
    treaty's machinery? No party, organ or periodic cycle of a treaty is named (the caller also
    asks that the final clauses' filter pass the unit once its report words are neutralised,
    `without_report_words`)."""
    return genre in ("enacting", "pledging") and not _TREATY_REPORTING.search(text)


# a treaty's final clauses the procedural words miss, as the ILO writes them: its territorial
# declarations ("… may at any time by a subsequent declaration renounce … the right to have
# recourse to any modification …", "Subject to the terms of any such declaration, …") and its
# revision ("… adopt … a revised text of …", "This Convention shall not be regarded as revising
# any existing Convention.")
_FINAL_CLAUSE = re.compile(
    r"\b(?:by (?:a|any) (?:subsequent|new|further) declaration|(?:any )?such declaration|"
    r"revised text|revising (?:any|the|this|existing)(?: \w+)? (?:Convention|Annex)|"
    r"revision of (?:this|the present) Convention)\b")


def final_clause(text: str) -> bool:
    """Is the unit one of a treaty's final clauses on its territorial declarations or its
    revision (`_FINAL_CLAUSE`)? The other final clauses (ratification, entry into force,
    denunciation, registration) are the procedural words' (`cues.filter_reason`)."""
    return bool(_FINAL_CLAUSE.search(text))


_PROVIDED = {"provided", "given", "supplied", "submitted", "furnished", "included"}


def information_list(doc) -> bool:
    """Does the unit lead in the list of what a treaty body asks the States parties' reports to
    say ("Therefore, the Committee wishes to underscore that specific information should be
    provided on the following:")? A passive of providing whose subject is information and
    whose matter is "the following", ending at its colon, with no one it is given to
    ("Information should be provided to victims on …" informs them): treaty-body reporting, as
    its items are ("(c) The rehabilitation facilities available to victims …")."""
    toks = [t for t in doc if not t.is_space]
    if not toks or toks[-1].text != ":":
        return False
    for verb in doc:
        if verb.tag_ != "VBN" or verb.lower_ not in _PROVIDED:
            continue
        kids = list(verb.children)
        if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in kids):
            continue
        if any(c.dep_ == "nsubjpass" and c.lower_ in ("information", "data", "details")
               for c in kids) and any(
                c.dep_ == "prep" and c.lower_ in ("on", "about", "concerning", "regarding") and
                any(o.lower_ == "following" for o in c.children) for c in kids):
            return True
    return False


# a coordination rule of a treaty that says which State's law governs, or what counts as what
# ("… shall, with respect to that employment, be subject only to the legislation of the
# Contracting State …", "Such information … shall be governed by the laws and regulations of that
# Contracting State …", "The procedure is governed by the law of the requested State", "… that sum
# of the periods of coverage shall be regarded as equal to that specified period"): an
# applicable-law or deeming rule, like "shall be deemed" (the unseen gold's u063, u1404, u1775,
# u2558); not "shall be subject only to such limitations as are determined by law" (a limit on a
# right, an obligation)
_APPLICABLE_LAW = re.compile(
    r"\b(?:shall|will)\b(?:,[^,]{1,80},)?\s+(?:also\s+|only\s+)?be\s+(?:subject\s+(?:only\s+)?to|"
    r"governed\s+(?:only\s+)?by)\s+the\s+(?:legislation|laws?)\s+(?:and\s+regulations\s+)?of\b|"
    r"\b(?:is|are)\s+(?:also\s+|only\s+)?governed\s+by\s+the\s+(?:legislation|laws?)\s+of\b|"
    r"\b(?:shall|will)\s+(?:also\s+)?be\s+(?:regarded|treated|considered)\s+as\s+(?:equal|"
    r"equivalent)\s+to\b", re.I)


def applicable_law(text: str) -> bool:
    """Is the (normalised) unit a treaty's applicable-law or deeming rule (`_APPLICABLE_LAW`)?"""
    return bool(_APPLICABLE_LAW.search(text))


# a reading of a text, not a norm ("… the reference in article 11 (1) must be read as referring
# not just to housing …", "Accessibility should be viewed … as", "… should not be underestimated")
_READING = re.compile(r"\b(?:should|must)\s+(?:not\s+)?(?:also\s+)?be\s+(?:(?:read|viewed|seen)\b"
                      r"(?=[^.;]{0,80}?\bas\b)|(?:under|over)estimated\b)")


def a_reading(text: str) -> bool:
    """Does the (normalised) unit say how something must be read or viewed (`_READING`)?"""
    return bool(_READING.search(text))


# when a duty falls due, set off by commas ("Each Contracting Party shall, at the time when the
# instrument of ratification or accession is deposited, designate …"): not what the duty is
# about, unless what falls due is itself a declaration, a notice or the territory it applies to
# ("may, at the time of ratification, declare", "… specify the territory or territories")
_DUE_TIME = re.compile(r",\s*(?:at\s+the\s+time\s+(?:of|when)|upon|on)\s+[^,]{0,120}?"
                       r"\b(?:ratif|accession|deposit)[^,]{0,80},"
                       r"(?![^.;]{0,60}?\b(?:declare|notify|make|inform|communicate|deposit|specify|"
                       r"extend|withdraw)\b)", re.I)


def without_due_time(text: str) -> str:
    """The unit without the time, at ratification or accession, when its duty falls due."""
    return _DUE_TIME.sub("", text)


# the organs an instrument sets up, and the membership of the body it creates (heldout15's
# u1978-u1984, u2001-u2002): where such an organ is the subject, what the text says of its
# existence, composition, seat, meetings or membership is machinery, like a treaty body's
# composition (`modality`'s "shall consist of"); its duties toward people are not ("The Facility
# shall provide legal advice to …")
_ORGANS = {"council", "board", "committee", "commission", "director", "secretariat", "bureau",
           "organ", "organs", "membership", "members", "member", "chairperson", "panel", "fund"}
_SUBJECTS = ("nsubj", "nsubjpass")
# a body's finances ("General expenses of the Organisation … shall be apportioned …")
_FINANCES = {"expenses", "budget"}
# the aims a founding convention gives the body it sets up: "The aims of the Organisation …
# shall be to promote policies designed:" (a body named with a capital, "shall be to")
_AIMS_OF_BODY = re.compile(r"^\W*The\s+(?:aims?|purposes?|objectives?)\s+of\s+the\s+[A-Z]"
                           r"[^.;:]*?\b(?:shall|will)\s+be\s+to\b")
_MODAL_AUX = {"shall", "will", "must"}


def _subject(verb):
    """The verb's subject, or that of the verb it is coordinated with ("… shall serve as … and
    shall be responsible for …")."""
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head
    return None


def _organ(tok) -> bool:
    return tok is not None and tok.lower_ in _ORGANS


def _machinery(verb) -> bool:
    """Does this modal verb state an organ's existence, composition, meetings, membership or votes,
    or what a treaty organ does or is sent (`organs`)?"""
    kids = list(verb.children)      # "There shall be established a Military Staff Committee …"
    subj = _subject(verb) or next((c for c in kids if c.dep_ == "dobj" and any(
        e.dep_ == "expl" for e in kids)), None)
    if OG.organ_subject(verb, subj) or OG.sent_to_organ(verb, kids):
        return True     # "On the basis of the inventories …, the Committee shall establish …"
    lemma = verb.lower_     # the stage's pipeline has no lemmatizer: a verb after its modal
    objs = [c for c in kids if c.dep_ in ("dobj", "attr")]
    agents = [o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if verb.tag_ == "MD":
        return _organ(subj)     # "The Management Board shall, in particular:" (its functions)
    if lemma in ("appoint", "elect", "designate") and any(_organ(t) for o in objs
                                                           for t in o.subtree):
        return True     # "… each Contracting Party shall appoint an equal number of members"
    if OG.votes(verb, subj, kids):
        return True     # "Such an organization shall not exercise its right to vote if …"
    if any(t.lower_ in ("meetings", "sessions") and (t.dep_ == "dobj" or t.dep_ == "pobj" and
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
    if subj is not None and subj.lower_ in _FINANCES and any(
            p.lower_ == "of" and any(o.tag_ == "NNP" or _organ(o) for o in p.children)
            for p in subj.children):
        return True     # "General expenses of the Organisation … shall be apportioned …"
    if not _organ(subj) and not (lemma == "have" and any(_organ(o) for o in objs)):
        return any(_organ(a) for a in agents) and subj is not None and any(
            _organ(t) or t.lower_ == "eligibility" for t in subj.subtree)
    if lemma in ("consist", "comprise", "composed", "meet", "convene", "sit", "have"):
        # "Each Member shall have one vote": the body's voting is its machinery too
        return lemma != "have" or any(_organ(o) or o.lower_ in ("vote", "votes") for o in objs)
    if lemma == "serve":
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
    if lemma == "be":       # "Membership … shall be open to:", "… shall be responsible for …"
        return any(c.dep_ == "acomp" and c.lower_ in ("open", "responsible") for c in kids)
    return any(_organ(a) for a in agents)   # "The organs … shall be assisted by the Secretariat"


def organ_machinery(doc) -> bool:
    """Is every "shall", "will" or "must" of the unit said of the machinery of a body the text
    sets up (`_machinery`): "The Facility shall have a Governing Council, a Management Board, a
    Director …", "The committee shall consist of not more than ten members", "Membership of the
    Facility shall be open to:", "The Director shall serve as the Chief Executive Officer …",
    "Each Member shall have one vote"? Or does the unit state the aims of the body a founding
    convention sets up ("The aims of the Organisation … shall be to promote policies designed:",
    `_AIMS_OF_BODY`)?"""
    if _AIMS_OF_BODY.match(doc.text):
        return True
    verbs = [t.head if t.dep_ == "aux" else t for t in doc if t.lower_ in _MODAL_AUX and
             t.dep_ in ("aux", "ROOT")]
    return bool(verbs) and all(_machinery(v) for v in verbs)


# a constitution's grant of power to an organ of State ("The Parliament shall, subject to this
# Constitution, have power to make laws …", "The High Court shall have original jurisdiction in
# all matters:"): the organ may act, a permission, as "The Parliament may make laws …" is
# (heldout15's u2027-u2033); a group's jurisdiction ("An Indian tribe shall have jurisdiction
# exclusive as to any State …", heldout7's u993) is not an organ's
_POWER_HOLDERS = {"parliament", "court", "congress", "legislature", "senate", "house",
                  "governor-general", "governor", "president", "assembly", "council",
                  "commission", "tribunal"}
_POWERS = {"power", "powers", "jurisdiction", "authority"}


def grants_power(doc, anchor: int) -> bool:
    """Is the modal at this character offset of the unit an organ of State's "shall have
    power/jurisdiction/authority" (`_POWER_HOLDERS`, `_POWERS`)?"""
    modal = next((t for t in doc if t.idx == anchor), None)
    if modal is None or modal.lower_ not in _MODAL_AUX or modal.dep_ != "aux":
        return False
    verb = modal.head
    subj = _subject(verb)
    return verb.lower_ == "have" and subj is not None and \
        subj.lower_ in _POWER_HOLDERS and any(
            c.dep_ == "dobj" and c.lower_ in _POWERS for c in verb.children)


# a legislature's power to make laws (the parse may take a heading or a law's footnote mark for a
# word: "Times and places The Parliament of a State may make laws6 for …")
_MAKES_LAWS = re.compile(r"\b(?:" + "|".join(sorted(_POWER_HOLDERS)) + r")\b[^.;:]{0,40}?\bmay\s+"
                         r"make\s+(?:a\s+)?laws?\d*\b", re.I)


def makes_laws(text: str) -> bool:
    """Does an organ of State (`_POWER_HOLDERS`) "may make laws" or "may make a law" in the
    (normalised) unit? A legislature's power, whatever procedural words its matter holds ("The
    Parliament of a State may make laws for determining the times and places of elections of
    senators …", "… the maximum age for Justices …")."""
    return bool(_MAKES_LAWS.search(text))
