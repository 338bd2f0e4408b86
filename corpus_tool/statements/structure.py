"""What a document's structure says about units other than the one that says it: a lead-in
that introduces a quotation (what follows its colon is the quoted text's, in a judgment up to its
next numbered paragraph), the name a document
gives a body it sets up (where that body acts, the unit is machinery), and the form of a request
in a that-clause (worth parsing: the parse says who is to act, `mood.requested_clause`), and an
organ of State's powers. (The machinery of an organ the text sets up is `organs`'.)"""
from __future__ import annotations

import re



# a unit that introduces a quotation ("Article 1177 provides as follows:", "… also recognizes
# the principle … by stating:"): what follows it is the quoted text's, not the unit's
_QUOTE_INTRO = re.compile(
    # (not a passive: "d) The envisaged procedure, including, as and when this information can
    # be provided:" heads the items of what the public is informed of, Aarhus Art. 6(2)(d); its
    # items had no statement: a researcher's trial 38, P11)
    r"\b(?<!be )(?<!been )(?<!being )"
    r"(?:provides?|provided|reads|read|states?|stated|stating|says|say|said|stipulates?|"
    r"stipulated)"
    r"(?:\s+(?:as\s+follows|in\s+the\s+following\s+terms|inter\s+alia|in\s+part))?\s*:\s*$|"
    # a judgment's lead-in that names the provision it is about to quote and nothing else:
    # "3 Under recital 4 of the GDPR:", "Under Article 2 of that directive:"
    r"^\W*(?:\d{1,3}\s+)?Under\s+(?:the\s+\w+\s+(?:sentence|subparagraph)\s+of\s+)?"
    r"(?:recitals?|Articles?|Clauses?|[Pp]aragraphs?|[Pp]oints?)\s+[\w()., -]{1,40}?\s*:\s*$")


# a book a bibliography or a note lists, closed by its publisher and year ("Athens: Ohio
# University Press, 1986.", "Saskatoon, Canada: Purich Publishing, 2008."): after "Athens:" it
# was an item, and "Press" an imperative, a report's recommendation to the States parties (the
# UN Permanent Forum's study E/C.19/2010/13, its annexed bibliography: a researcher's trial 44,
# P7)
_PUBLISHED = re.compile(r"\b(?:Press|Publishing|Publishers|Printing\s+Office|Verlag|[ÉE]ditions)"
                        r"\b[^.;:]{0,40}?,?\s+(?:1[5-9]|20)\d\d[a-z]?\)?[.;]?\s*$")


# an entry of a bibliography opens on its author, surname first ("Scott, James Brown.",
# "Hinsdale, B. A.", "Davenport, Francis Gardiner, ed.", "Lyons, Oren, and John Mohawk, eds.")
# or on the rule that repeats the author before ("———."), and closes on a year ("… Chicago:
# Encyclopædia Britannica, Inc., 1952.", "… vol. 20, No. 2 (1993).")
_AUTHOR = re.compile(r"^\W*(?:[a-z]['’])?[A-Z][\w'’-]+,\s+[A-Z][a-z'’-]*\.?(?:\s+[A-Z][a-z'’-]*\.?)"
                     r"{0,3}(?:,\s+(?:and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+)?eds?\.)?"
                     r"(?<=\.)\s+[A-Z\d“\"]|^\W*[-—–_]{3,}\s*\.\s")
_YEAR_END = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\)?\.\s*$")


def bibliographic(text: str) -> bool:
    """Does the unit close on a publisher and a year, a book's reference (`_PUBLISHED`)?"""
    return bool(_PUBLISHED.search(text))


def book_entry(text: str) -> bool:
    """Is the passage an entry of a bibliography, its author first and its publisher and year
    last? None of its units is a statement: "The Catholic Conception of International Law:" /
    "Francisco de Vitoria, Founder of the Modern Law of Nations;" was a chapeau and its item,
    the States parties' recommendation (trial 44, P7)."""
    return bool(_AUTHOR.match(text)) and (bibliographic(text) or bool(_YEAR_END.search(text)))


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
             r"\b(?:can|could)\s+be\s+elected\b|\band\s+to\s+be\s+elected\b|"
             # what a State is to hold or devolve to ("holding transparent, free and fair
             # elections", "… decentralize power to democratically elected local authorities")
             r"\b(?:free|fair|transparent|credible|periodic)\s+(?:and\s+)?(?:\w+\s+){0,2}?elections\b|"
             r"\bdemocratically\s+elected\b|"
             # a voter's or a candidate's part in elections ("… the necessary documentation to
             # register to vote and run as candidates for election": CEDAW GR 27 para. 39, a
             # researcher's trial 29, P7), not the treaty body's ("… nominate candidates")
             r"\bregister\s+to\s+vote\b|\brun(?:ning)?\s+(?:as\s+(?:a\s+)?candidates?|for\s+"
             r"(?:public\s+|political\s+)?office)\b")

# up to two words between "are" and its "encouraged/obliged to" ("are therefore obliged to", "are
# strongly encouraged to"), never a negation or a habit; the parse keeps the cue only when they
# are adverbs that modify it (`mood.adverbs_only`)
ADVERBS = r"(?:(?!not\b|never\b|often\b|usually\b|sometimes\b|frequently\b)[a-z]+\s+){0,2}?"


def without_report_words(text: str) -> str:
    """The unit with its report words neutralised: if the final clauses' filter passes this, the
    report words alone made it procedural (`named_reporting`)."""
    return _REPORT_WORD.sub("matter", text)


# where a treaty body said what the unit reports ("In its concluding observations on States
# parties' initial reports, in relation to article 12, the Committee … has repeatedly stated
# that States parties must …": CRPD GC 1 para. 26, a researcher's trial 29, P7)
_OBSERVATIONS = re.compile(r"^\W*(?:\d{1,3}\.\s+)?In\s+(?:its|their)\s+concluding\s+observations"
                           r"\b[^;:,]{0,120},(?:\s+in\s+relation\s+to\s+[^;:,]{1,40},)?")


def without_observations(text: str) -> str:
    """The unit with its opening "In its concluding observations on … reports," blanked (same
    length): if the final clauses' filter passes this, the report words of the opener alone
    made it procedural, and they are no State's report."""
    m = _OBSERVATIONS.match(text)
    return text if m is None else " " * m.end() + text[m.end():]


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
# organisation it reports to ("… in their reports to Unesco every four years", heldout15's u1947),
# what it reports on ("… in the first report on the application of the Convention submitted under
# article 22 of the Constitution of the International Labour Organisation", heldout26's u3399)
_TREATY_REPORTING = re.compile(
    r"\b(?:States?\s+Part(?:y|ies)|Parties|Contracting|Member\s+States?|Committee|Conference\s+of"
    r"\s+the\s+Parties|Secretar(?:y|iat)|Rapporteur|periodic|present\s+(?:article|Convention|"
    r"Covenant|Protocol)|Unesco|United\s+Nations|International\s+Labour\s+(?:Office|Organi[sz]ation)|"
    r"application\s+of\s+(?:the|this)\s+Convention)\b", re.I)


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
    r"revision of (?:this|the present) Convention|"
    # the federal clause ("In the case of a Federal or non-unitary State, the following
    # provisions shall apply:"), which its items continue
    r"Federal\s+or\s+non-unitary\s+States?)\b")


def final_clause(text: str) -> bool:
    """Is the unit one of a treaty's final clauses on its territorial declarations, its
    revision or a federal State (`_FINAL_CLAUSE`)? The other final clauses (ratification, entry
    into force, denunciation, registration) are the procedural words' (`filters.filter_reason`)."""
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
                      r"(?=[^.;]{0,80}?\bas\b)|(?:under|over)estimated\b|understood\s+"
                      r"(?:comprehensively|broadly|narrowly|restrictively|in\s+the\s+light\b))")


def a_reading(text: str) -> bool:
    """Does the (normalised) unit say how something must be read or viewed (`_READING`)?"""
    return bool(_READING.search(text))


# when a duty falls due, set off by commas ("Each Contracting Party shall, at the time when the
# instrument of ratification or accession is deposited, designate …"): not what the duty is
# about, unless what falls due is itself a declaration, a notice or the territory it applies to
# ("may, at the time of ratification, declare", "… specify the territory or territories":
# `_DUE_ACTS`)
_DUE_ACTS = r"\b(?:declare|notify|make|inform|communicate|deposit|specify|extend|withdraw)\b"
_DUE_TIME = re.compile(r",\s*(?:at\s+the\s+time\s+(?:of|when)|upon|on)\s+[^,]{0,120}?"
                       r"\b(?:ratif|accession|deposit)[^,]{0,80},"
                       r"(?![^.;]{0,60}?" + _DUE_ACTS + ")", re.I)


# the clause by which a party is named ("Each Member of the International Labour Organisation
# which ratifies this Convention undertakes to suppress …", the ILO's opening formula): who is
# bound, not a final clause about ratification
_RATIFYING_PARTY = re.compile(r"\b(?:which|that|who)\s+(?:has\s+|have\s+)?(?:ratif(?:ies|ied|y)|"
                              r"accede[sd]?\s+to|accepts?|approves?)\s+(?:this|the\s+present)\s+"
                              r"(?:Convention|Protocol|Charter|Agreement|Covenant|Treaty)\b,?", re.I)


# the same time at the end of the duty, without commas ("Each Contracting Party shall designate
# at least one wetland … when signing this Convention or when depositing its instrument of
# ratification or accession"), unless what falls due is a declaration or a notice (`_DUE_ACTS`)
_DUE_WHEN = re.compile(r"\s+(?:when|upon|on)\s+(?:signing|ratifying|depositing)\b[^,.;]{0,160}",
                       re.I)


# the day a duty is counted from ("… shall continue to accord … the rights … to which they were
# already entitled … at the date of entry into force of this Convention for that State")
_FROM_ENTRY = re.compile(r"\b(?:at|from|on|since|before|after)\s+the\s+date\s+of\s+(?:the\s+)?"
                         r"entry\s+into\s+force\s+of\s+(?:this|the\s+present)\s+\w+\s+for\s+"
                         r"(?:that|the|a|each)\s+(?:State|Party|Member)\b", re.I)


def without_due_time(text: str) -> str:
    """The unit without the time, at signature, ratification or accession, when its duty falls
    due, or the date it is counted from (`_FROM_ENTRY`), and without the clause that names its
    party by its ratification."""
    text = _RATIFYING_PARTY.sub("", _FROM_ENTRY.sub("", _DUE_TIME.sub("", text)))
    m = _DUE_WHEN.search(text)
    if m and not re.search(_DUE_ACTS, text[:m.start()], re.I):
        text = text[:m.start()] + text[m.end():]
    return text


# the organs of State a constitution empowers (`statements.grants`), and that make laws
POWER_HOLDERS = {"parliament", "court", "congress", "legislature", "senate", "house",
                  "governor-general", "governor", "president", "assembly", "council",
                  "commission", "tribunal"}


# a legislature's power to make laws (the parse may take a heading or a law's footnote mark for a
# word: "Times and places The Parliament of a State may make laws6 for …")
_MAKES_LAWS = re.compile(r"\b(?:" + "|".join(sorted(POWER_HOLDERS)) + r")\b[^.;:]{0,40}?\b"
                         r"(?:may\s+make\s+(?:a\s+)?laws?\d*\b|"
                         # "Parliament shall enact legislation to provide for— (b) …"
                         r"(?:may|shall|must)\s+enact\s+(?:legislation|laws?)\b)", re.I)


def makes_laws(text: str) -> bool:
    """Does an organ of State (`POWER_HOLDERS`) "may make laws", "may make a law" or "shall enact
    legislation" in the (normalised) unit? A legislature's power, whatever procedural words its
    matter holds ("The Parliament of a State may make laws for determining the times and places
    of elections of senators …", "… the maximum age for Justices …")."""
    return bool(_MAKES_LAWS.search(text))
