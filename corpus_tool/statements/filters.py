"""Why a unit that looks normative is not a statement, read from its text alone (before any
parse): a definition, a preamble, a construction or saving clause, narrative about a provision,
the introduction of a quotation, a final clause or the procedure of a treaty body
(`filter_reason`)."""
from __future__ import annotations

import functools
import re

from corpus_tool.statements import structure as S
from corpus_tool.statements.cues import find_cues


_PROCEDURAL = re.compile(
    r"\b(ratif\w*|accession|accede[sd]?|acceding|denunciation|denounce[sd]?|entry into force|"
    r"enter(s|ed)? into force|come into (?:force|operation)|"
    r"instruments? of (ratification|acceptance|approval|accession)|deposit(ed|ary)?|depositary|signature|open for signature|reservations?|"
    r"amendments?|authentic|equally authoritative|certified (true )?cop(?:y|ies)|Secretary[- ]General|"
    r"Director[- ]General|registered (with|by) the Secretar\w+|registration with the Secretariat|"
    r"elections?|elected|re-?elect\w*|re-?appoint\w*|"
    r"nominat\w+|term of office|quorum|rules of procedure|International Court of Justice|"
    r"dispute|IN WITNESS WHEREOF|DONE at|DONE in|declarations? (made|addressed)|"
    # an opt-in or opt-out a State may declare ("Any State may declare that it is opposed to
    # such service …", "A State Party may at any time declare that it recognizes the competence
    # of the Committee …"), difficulties settled between the parties, an arbitral tribunal
    r"may\s+(?:\w+\s+){0,4}?declare|shall\s+be\s+settled|arbitral\s+tribunal|"
    # the settlement of disputes under the instrument ("The arbitration tribunal shall lay down
    # its own procedure", "Any conciliation proceeding shall be conducted in accordance with …"),
    # not the "judicial or arbitral proceedings" a body's immunity reaches
    r"arbitration\s+tribunal|(?<!judicial\sor\s)(?:conciliation|arbitration|arbitral)\s+"
    r"proceedings?|"
    # a statute's short title ("This Act may be cited as …", "This by-law shall be known as …")
    # and a provision's lapse ("this Article shall cease to apply", "The reservation shall cease
    # to have effect …")
    r"(?:may|shall)\s+be\s+(?:cited|known)\s+as\b|shall\s+cease\s+to\s+(?:apply|have\s+effect)\b|"
    # a State extending the instrument's reach, like a territorial declaration ("A State Party
    # may extend the application of this Convention to wrecks located within its territory")
    r"may\s+(?:\w+\s+){0,3}?extend\s+the\s+application\s+of\s+(?:this|the\s+present)\s+\w+|"
    # an EU act's comitology and review clauses ("Those implementing acts shall be adopted in
    # accordance with the examination procedure referred to in Article 48(2)", "The Commission
    # shall review the application of this Regulation …")
    r"implementing\s+acts?\s+shall\s+be\s+adopted\s+in\s+accordance\s+with\s+the\s+(?:examination|"
    r"advisory)\s+procedure|review\s+the\s+(?:application|implementation|functioning|operation)\s+"
    r"of\s+this\s+(?:Regulation|Directive|Decision)\b|"
    # the Hague Conference's depositary ("Any such objection shall be notified to the Ministry
    # of Foreign Affairs of the Netherlands")
    r"Ministry\s+of\s+Foreign\s+Affairs\s+of\s+the\s+Netherlands|"
    # a Member's withdrawal from the instrument (like its denunciation)
    r"withdraw(?:s|al|ing)?\s+from\s+(?:this|the\s+present)\s+(?:Agreement|Convention|Protocol|"
    r"Treaty|Charter|Constitution)|"
    # a reservation the text allows ("A Contracting State may reserve the right to exclude the
    # application of Chapter I", "… may, in respect of offences other than …, reserve the right
    # to refuse …"), and the rights a regional organization and its members may not exercise
    # "concurrently"
    r"may\b[^.;]{0,200}?\breserve\s+the\s+right|rights\s+under\s+[^.;]{0,60}?\bconcurrently|"
    # a notification to or by the depositary; not a data-breach notification to a subscriber
    r"(?:by|receipt of|date of)\s+(?:a\s+|the\s+)?notifications?|notifications?\s+(?:addressed|"
    r"received|made|referred|(?:shall\s+)?takes?\s+effect)|"
    r"reports?\b(?! of (violence|abuse))|"
    r"to report\b|reporting)\b", re.I)


# a Party's notice to a treaty organ as its first duty ("The Parties shall inform the Board of the
# method used …", "Each Party shall promptly notify the Committee of any modification …"): state
# reporting; not after a duty of substance ("… shall ensure … and shall inform the Committee"),
# nor a Member State's notice to the European Commission or to a council
_ORGAN_NOTICE = re.compile(
    r"^(?:(?!\b(?:shall|must|should)\b)[^;])*\b(?:shall|must|should)\s+(?:[a-z]+ly\s+)?"
    r"(?:inform|notify|transmit|communicate|furnish|send|submit)\s+(?:to\s+)?the\s+"
    r"(?:Board|Committee|Secretariat|depositary|Executive\s+Body|"
    r"Conference\s+of\s+the\s+Parties)\b")


# the Secretary-General as a channel is not the organ's business: "A State party availing itself
# of the right of derogation must immediately inform the other States parties, through the
# United Nations Secretary-General, of …" (what is sent still decides: "… submit to the
# Committee, through the Secretary-General …, reports …" is reporting, and "Such designation
# shall be notified through the Secretary-General …" a notification)
_CHANNEL = re.compile(r"(?<!\bnotified\s)\bthrough\s+the\s+(?:United\s+Nations\s+)?"
                      r"Secretary[- ]General"
                      r"(?:\s+of\s+the\s+United\s+Nations)?\b")


# substantive words that keep a unit with a procedural word a statement ("registration of births")
_PROC_EXCEPT = re.compile(r"\b(registration of (the )?(birth|child)|registered immediately after "
                          r"birth|birth registration|immigration (authorities|enforcement|control)|"
                          r"(report|share)\w*\s+(or\s+(report|share)\w*\s+)?(personal\s+)?data|"
                          r"right to vote|stand as a candidate|stand for (?:public )?office|"
                          r"if elected|"
                          # a choice, not an election ("… having had the possibility of lodging
                          # a legal remedy …, elected not to do so")
                          r"\belected\s+not\s+to\b|"
                          # a principal's ratification of an agent's act ("An agent who acts
                          # without authority … shall, failing ratification, be liable …")
                          r"\bfailing\s+ratification\b|"
                          # a statute named by its year ("section 182 of the Elementary and
                          # Secondary Education Amendments of 1966"), no treaty's amendment
                          r"\bAmendments?\s+(?:Act\s+)?of\s+\d{4}\b|"
                          # a State asked to withdraw its reservation ("The Committee recommends
                          # that States parties withdraw any reservation to article 37 (c)": CRC GC
                          # 24 para. 63, trial 40, P3), no final clause
                          r"\bwithdraw(?:s|ing)?\s+(?:any\s+|all\s+|its\s+|their\s+|the\s+)?"
                          r"(?:remaining\s+)?reservations?\b|"
                          # a State amending its own laws ("necessary arrangements, including the
                          # enactment or amendment of legislation, should be put in place …"),
                          # not an amendment to the instrument
                          r"\bamendments?\s+(?:of|to)\s+(?:(?:its|their|the|national|domestic|"
                          r"relevant|existing)\s+){0,2}(?:legislation|laws?|regulations?|codes?)\b|"
                          # a victim's or a witness's report ("… to report abuse or
                          # inappropriate activity when it is encountered")
                          r"\breport(?:ing)?\s+(?:abuse|violence|violations?|incidents?|crimes?|"
                          r"harassment|exploitation)\b|" + S.REPORTED_PEOPLE + r"|" +
                          S.ELECTORAL + r"|"
                          # a report an authority is asked to write ("should prepare a report
                          # detailing …"), not treaty machinery ("… a report to the Committee")
                          r"(?:prepare|draft|produce|publish|compile|write|issue)\w*\s+(?:a|an|the)\s+"
                          r"(?:\w+\s+){0,2}?report\b(?![^.;]{0,40}\b(?:to|of|for)\s+the\s+(?:Committee|"
                          r"General|Secretary|Council|Conference))|\bthe\s+final\s+report\b|"
                          r"freedoms?\s+of\s+(?:the\s+press|reporting|information)|"
                          # "… treaties executed and ratified by the Republic": a participle
                          r"\b(?:treaties|conventions|instruments|agreements)\s+(?:\w+\s+){0,3}?"
                          r"(?:ratified|signed)\s+by\b|"
                          # "States parties are encouraged to ratify …", "urges States to
                          # ratify …": a recommendation asking for ratification, not the
                          # treaty's own final clauses ("… to any State invited to accede to
                          # this Charter" stays one: a participle, no one is asked)
                          r"(?:\b(?:are|is)\s+(?:also\s+|further\s+)?(?:encouraged|urged|invited|"
                          r"requested|called\s+(?:up)?on)\s+|\b(?:encourage[sd]?|urge[sd]?|"
                          r"invite[sd]?|request(?:s|ed)?|calls?\s+(?:up)?on|called\s+(?:up)?on)\s+"
                          r"(?:\w+\s+){1,3}?)to\s+(?:sign\s+and\s+)?(?:ratify|accede))\b",
                          re.I)


_TREATY_BODIES = re.compile(
    r"\b([Tt]he Court|Grand Chamber|Chambers?|[Jj]udges?|Registrar|Committee of Ministers|"
    r"[Mm]embers? of the Committee|Conference of (the )?(States )?Parties|Meeting of the Parties|"
    # the monitoring bodies of the Council of Europe's and the ILO's conventions
    r"Consultative Committee|Sub-committee|[Cc]ommittee of [Ee]xperts|Governing Body|"
    r"[Ss]tates [Pp]arties present and voting)\b")


_BODY_ACTOR = re.compile(r"^\W*(The\s+)?(Committee|Conference of (the )?States Parties|Economic and "
                         r"Social Council|General Assembly|Advisory Committee|Consultative Committee|"
                         r"Committee of Ministers|Governmental Committee|Secretariat)\b(?:(?!\bthat\b)[^.]){0,60}?"
                         r"\b(shall|may|will)\b")


_DEFINITION = re.compile(
    r"\bfor the purposes? of (this|the present)\b|\bthe terms?\s+[\"'`]|\b(shall )?mean(s)?\b(?! of)"
    r"(?=\s+(any|every|a|an|the|all|persons?|children|those)\b)|(?<!\bto )\brefers? to (all|any|the)\b|"
    r"\bshall (not )?be deemed\b|\bdeemed\s+typical\b|\bis defined as\b|"
    # a definition's lead-in, its items what the term covers ("food commodity means" / "(a) …")
    r"^(?!.*\b(?:shall|must|should|may|will|can|undertakes?|agrees?|by)\b)"
    r"\W*[\w’' -]{1,60}?[”\"']?\s+means\s*[:\u2014\u2013-]?\s*$|"
    # a statute's deeming rule ("An applicable defined benefit plan shall be treated as failing
    # to meet the requirements …", "… shall not be treated as meeting …") and a condition of
    # what counts as what ("a waiver may not be considered knowing and voluntary unless …")
    # (not "… shall be treated as forming part of the working day", which a State provides)
    r"\bshall\s+(?:not\s+)?be\s+treated\s+as\s+(?:failing|meeting|satisfying|complying|"
    r"having\s+(?:met|satisfied|failed|complied))\b|"
    r"\b(?:shall|may)\s+not\s+be\s+(?:considered|regarded)\s+[^.;:]{1,60}?\bunless\b|"
    # "Mass expulsion shall be that which is aimed at national, racial, ethnic or religious groups"
    r"\bshall\s+be\s+(?:that|those)\s+(?:which|[a-z]+ed\s+(?:from|by|in|under)\b)|"
    # a presumption of validity ("the marriage shall be presumed to be valid until …"; not
    # "Everyone charged … shall be presumed innocent", a right)
    r"\bshall\s+be\s+presumed\s+to\s+be\s+(?:valid|invalid|void|genuine|authentic)\b|"
    r"\bterms? [\"`']+[^\"`']+[\"`']+\s+(embrace|include)|"
    # "The following definitions shall also apply:", "In this article, unless the context
    # otherwise requires:", an item opening with its quoted term ("(b) 'laws in force' includes")
    r"\bdefinitions?\s+(?:shall\s+)?(?:also\s+)?apply\b|\bunless the context otherwise requires\b|"
    r"^\W*[\"'`][^\"'`]{1,60}[\"'`]\s+(?:shall\s+)?(?:means?|includes?)\b(?!\s+that\b)|"
    # "b. the word 'damage' shall mean injury to the person …"
    r"\bthe\s+words?\s+[\"'`][^\"'`]{1,60}[\"'`]\s+(?:shall\s+)?means?\b(?!\s+that\b)",
    re.I)


_CONSTRUCTION = re.compile(
    r"\b(shall|may|can|need)\s+(not\s+)?be\s+(construed|interpreted|understood)\b|"
    # an aside between the modal and its verb: "References … shall, in relation to a person born
    # after the death of his father …, be construed as referring to …" (trial 42, P5)
    r"\bshall\s*,[^.;]{1,200}?,\s*be\s+(?:construed|interpreted|understood)\b|"
    # "It is a right which should not be interpreted narrowly", "… must be understood in a very
    # broad sense": the unit's first modal reads; not "… should be interpreted and implemented
    # …", "… should not be understood nor practiced as …", nor "… should not be confined to …
    # but should be understood as …", which ask for more
    r"^(?:(?!\b(?:shall|should|must|may)\b)[^.;])*\b(?:should|must)\s+(?:not\s+)?be\s+"
    r"(?:construed|interpreted|understood)\b(?!\s+(?:and|nor)\b)|"
    # how the text stands to other treaties ("… the present Convention shall replace as between
    # them articles 1 to 7 of the earlier Conventions", "In the relations between Powers which
    # are bound by the Conventions of The Hague …")
    r"\bshall\s+(?:replace|supersede)\b|^\W*In\s+the\s+relations?\s+between\b|"
    r"^\W*Nothing\s+(?:contained\s+)?in\b|^\W*No\s+(provision|part)\s+of\b|"
    r"^\W*(This|The present)\s+(article|Article|Convention|Covenant|Charter|Protocol|Part|"
    r"Directive|Regulation|Decision|Chapter|Title|Section|Act|Law|Constitution|section|"
    r"subchapter|chapter|title|part)\b[^.]{0,60}"
    r"\bshall\s+not\s+(prevent|affect|have the effect|apply|be applied|prejudice|prohibit|"
    r"prevail)\b|"
    r"\bshall\s+be\s+implemented\s+without\s+prejudice\b|\bshall\s+apply\s+neither\s+to\b|"
    # a statute's remedies borrowed from another ("The powers, remedies, and procedures provided
    # in sections 302 and 304 of the Government Employee Rights Act … shall be …"), and a law
    # that "shall not be invalidated by reason only that …"
    r"^\W*The\s+powers,\s+remedies,?\s+and\s+procedures\b|\bshall\s+not\s+be\s+invalidated\b|"
    # whom the instrument's rules cover ("The prohibitions in this chapter shall be limited to
    # individuals who are at least 40 years of age")
    r"^\W*The\s+(?:prohibitions?|provisions?|requirements?|obligations?)\s+(?:of|in|under)\s+"
    r"this\s+\w+\s+shall\s+be\s+limited\s+to\b|"
    # how a provision is to be read ("Article 12, paragraph 4, must be read in conjunction with
    # …", "the phrase must be read in the light of …")
    r"\b(?:shall|must|should)\s+be\s+read\b|"
    # "… the provisions of article 7 and article 10, paragraph 1, should be borne in mind"
    r"\b(?:provisions?|[Aa]rticles?)\b[^.;]{0,80}?\b(?:should|must)\s+be\s+borne\s+in\s+mind\b|"
    # how an offence is made out ("For an act to constitute an offence …, it shall not be
    # necessary that a terrorist offence be actually committed"), not relief of a person
    r"\bit\s+shall\s+not\s+be\s+necessary\s+that\b|"
    # a statute's exemption from its own bars ("Subject to sections 2007 and 2009 of this title,
    # this chapter shall not prohibit an employer from requesting … if:")
    r"^(?:[^.;]{0,150},\s+)?(?:this|the\s+present)\s+(?:chapter|Act|section|subchapter|title|"
    r"Part|subsection|by-law)\s+shall\s+not\s+(?:prohibit|prevent|preclude)\b|"
    # "The second sentence of paragraph (1) … shall not be affected by this paragraph" (not
    # "The right to compensation … shall not be affected by the fact that …": a guarantee)
    r"\bshall\s+not\s+be\s+affected\s+by\s+(?:this|these|the\s+present|the\s+provisions)\b|"
    # "Paragraph 1 shall not apply …", "Provided that paragraph (c) of this sub-article shall
    # not apply to any law …"
    r"^\W*(?:Provided\s+that\s+)?(?:The\s+provisions\s+of\s+)?"
    r"(?:Article|Chapter|Part|[Pp]aragraph|[Ss]ection)s?\s+"
    r"[\w,() -]{1,60}?\s+shall\s+(?:not\s+|only\s+)?(?:apply|be\s+(?:applicable|applied))\b|"
    r"\bshall\s+(not\s+|it\s+)?(affect|prejudice|derogate from)\s+(any|the)\s+(provisions?|rights?|"
    r"powers?)\s+"
    r"(of|which|under|conferred|and\s+obligations\s+under)\b|"
    # a party's standing under the instrument ("… each Contracting Party shall enjoy all of the
    # rights and assume all of the obligations under this Treaty")
    r"\bshall\s+enjoy\s+all\s+(?:of\s+)?the\s+rights\s+and\s+assume\s+all\s+(?:of\s+)?the\s+"
    r"obligations\b|"
    # how the instrument's own words read ("… any reference to a "Contracting State" or "State"
    # in this Convention shall apply equally … to the Member States of the Organisation")
    r"\breferences?\s+(?:in\s+this\s+\w+\s+)?to\s+[^.;]{1,60}?\s+(?:in\s+this\s+\w+\s+)?"
    r"shall\s+(?:apply|be\s+(?:read|construed|understood|taken))\b")


_PREAMBLE = re.compile(
    r"^\W*(Recalling|Considering|Recognizing|Recognising|Bearing in mind|Convinced|Noting|"
    r"Reaffirming|Having regard|Having considered|Desiring|Desirous|Emphasizing|Emphasising|"
    r"Concerned|Deeply concerned|Mindful|Being determined|Determined|Aware|Believing|Affirming|"
    r"Acknowledging|Taking (into account|note)|Stressing|Welcoming|Whereas|Referring|Observing|"
    r"Underlining|Expressing|Realizing|Realising|Keeping in mind|Have agreed|Having adopted|"
    r"Having decided|Proclaims|Now,? therefore|"
    # the opening of every ILO instrument ("The General Conference of the International Labour
    # Organisation, Having been convened …, Adopts …")
    r"The\s+General\s+Conference\s+of\s+the\s+International\s+Labour\s+Organi[sz]ation)\b")


_NARRATIVE = re.compile(
    # the Court of Justice's answer: what a provision means, not a norm of the judgment's own
    r"^.*?\bmust\s+be\s+interpreted\s+as\s+meaning\b|"
    # a general comment's account of itself ("This general comment has been developed to
    # address these concerns, … and to urge States …"; not "… should be translated …")
    r"^\W*(?:This|The\s+present)\s+general\s+(?:comment|recommendation)\s+(?:has\s+been\s+"
    r"developed|is\s+intended|aims|seeks)\s+to\b|"
    # a provision restated ("According to article 20, no manifestation of religions … may …")
    r"^\W*According\s+to\s+(?:[Aa]rticle|[Pp]aragraph)\s+\d|"
    r"^.{0,80}?\b(?:the|this|that|its)\s+(?:Covenant|Convention|Charter|Declaration|provision|"
    r"[Aa]rticle\s+\d+[\w(), ]{0,30}?)\s+(?:also\s+|further\s+|thus\s+|\w+ly\s+)?"
    r"(?:recogni[sz]es|provides|states|requires|establishes|stipulates|guarantees|sets out|"
    r"prescribes|obliges|imposes|affirms|enshrines|protects|builds\s+(?:up)?on|makes\s+clear|"
    r"clarifies|specifies)\b")


# a participial opener followed by a main clause with its own subject and a modal
# ("Considering the situation of …, States parties must eliminate …"); the parse confirms it
_OPENER_MAIN = re.compile(r",\s+(?:[A-Z][\w-]*|the|all|each|every)\b[^,;:]{0,80}?\b"
                          r"(?:shall|must|should)\b|"
                          # or its authors' own voice ("Mindful of our leadership role, we
                          # reaffirm our steadfast commitments …", "Recognizing …, we call for …")
                          r",\s+we\s+(?:also\s+|further\s+|therefore\s+)?(?:commit|reaffirm|"
                          r"affirm|reiterate|pledge|resolve|will|are\s+committed|remain|call|"
                          r"encourage|urge|undertake|intend|aim|seek|share|underscore|renew)\b|"
                          # or a recommending verb with its addressee ("Welcoming the adoption
                          # of …, CoE-Commissioner invited the government to formulate …",
                          # "Taking into account …, X is encouraged to …")
                          r"\b(?:is|are)\s+(?:also\s+|further\s+)?(?:encouraged|urged|invited|"
                          r"requested|called\s+(?:up)?on)\s+to\b|\b(?:invited|urged|encouraged|"
                          r"requested|called\s+(?:up)?on)\s+(?:the\s+|all\s+)?[\w-]+"
                          r"(?:\s+[\w-]+){0,3}?\s+to\s+[a-z]+")


# after a participle, a main clause whose subject is any noun ("Referring in particular to Article 7
# of this Convention, priority shall be given to urgent consignments"); not after a recital's
# "Whereas", whose clauses go on ("Whereas the organization … of justice … should be inspired by
# those principles, …")
_PARTICIPLE_MAIN = re.compile(r",\s+[a-z][\w-]*\b[^,;:]{0,80}?\b(?:shall|must|should)\b")


def opener_with_main_clause(text: str) -> bool:
    m = _PREAMBLE.match(text)
    return bool(m and (_OPENER_MAIN.search(text) or m.group(1) != "Whereas" and
                       _PARTICIPLE_MAIN.search(text)))


# a provision named before the clause that restates it ("Under article 24, paragraph 2, every
# child has the right …", "Pursuant to article 10 of the Covenant, …")
_RESTATED = re.compile(r"^\W*(?:Under|Pursuant\s+to|In\s+accordance\s+with|By\s+virtue\s+of)\s+"
                       r"(?:the\s+)?[Aa]rticles?\s+\d[^.;:]{0,80}?,")


def restated_article(text: str) -> bool:
    """Does the unit open on the provision it restates (`_RESTATED`)? A commentary's restated
    right is the provision's, not the commentary's (`statements.parts`)."""
    return bool(_RESTATED.match(text))


# a penalty clause: the punishment of whoever does a wrong, not a norm laid on anyone ("Whoever …
# knowingly and willfully falsifies … shall be fined not more than $10,000 …", "Any person who
# … publishes … shall be guilty of an offence and liable on conviction …"); not a party's
# undertaking that offences "shall be punished" ("… agree to take the necessary measures …")
_PENALTY = re.compile(
    r"^\W*(?:\(\w{1,4}\)\s+)?(?:[^.;]{0,120}?,\s+)?"
    r"(?:[Ww]hoever|[Aa]ny\s+person\s+who|[Aa]\s+person\s+who)\b"
    r"[^;]{0,400}?\bshall\s+(?:on\s+conviction\s+)?be\s+(?:punished|fined|imprisoned|guilty\s+of|"
    # "… commits an offence and shall on conviction be liable to—" (the penalties are its items)
    r"liable\s+(?:to|on)\s*(?:[-:]\s*$|(?:a\s+)?(?:fine|imprisonment|conviction|summary\s+"
    r"conviction|penalt)))|"
    # "… the owner and the driver of the vehicle shall each be guilty of an offence"
    r"\bshall\s+(?:each\s+)?be\s+guilty\s+of\s+an?\s+(?:offence|offense|crime)\b")


@functools.lru_cache(maxsize=1 << 16)
def filter_reason(text: str, *, preamble: bool = False) -> str | None:
    """Why a unit is not a statement (definition, preamble, procedural, construction clause, the
    introduction of a quotation, a book's reference), or None when it may be one. Remembered:
    the stage asks it of the same text when it links, selects and reads the units (a quarter of
    the rules' time went to these patterns). A unit without a word is no statement: a judgment's
    section break "* * *" was a list item with its chapeau lost (a trial, session 45)."""
    if not any(ch.isalpha() for ch in text):
        return "no words"
    if S.bibliographic(text):
        return "reference"      # "Athens: Ohio University Press, 1986." (trial 44, P7)
    if _REPEALED.match(text):
        return "repealed"       # "(a) [Repealed, 2012, c. 1, s. 178]": an obligation (trial 40)
    if preamble or _PREAMBLE.match(text) and not opener_with_main_clause(text):
        return "preamble"
    if _DEFINITION.search(text) or S.applicable_law(text) or _PENALTY.search(text):
        return "definition"     # what a term means, which law applies, what a wrong costs
    if _CONSTRUCTION.search(text) or S.a_reading(text):
        return "construction"
    if _NARRATIVE.match(text) or S.introduces_quotation(text):
        return "narrative" if _NARRATIVE.match(text) else "quotation"
    if _BODY_ACTOR.match(text) or S.final_clause(text) or _ORGAN_NOTICE.search(text):
        return "procedural"
    if (_PROCEDURAL.search(_CHANNEL.sub(" ", S.without_due_time(text))) or acting_body(text)) \
            and not _PROC_EXCEPT.search(text):
        return "procedural"
    return None


# a court named beside its judges ("The judges of the Court shall …")
_COURT = re.compile(r"\b(?:Court|Chambers?|Registr(?:ar|y)|Tribunal|bench)\b")
# what a consolidation prints where a provision was ("(9) and (10) [Repealed, 2012, c. 1, s. 174]")
_REPEALED = re.compile(r"^\W*(?:\([\w.]{1,6}\)\s*(?:(?:and|to)\s*\([\w.]{1,6}\)\s*)?)?\[?"
                       r"(?:Repealed|Spent|Expired|Revoked)\b")
# the people before a judge
_LITIGANT = re.compile(r"\b(?:child(?:ren)?|juveniles?|young persons?|minors?|accused|defendants?|"
                       r"victims?|witness(?:es)?|suspects?|parties to the proceedings)\b")


# the parties named as the subject before a unit's first deontic, and how far after it a body
# named in the unit is only a detail of what they are to do
_PARTY_BEFORE = re.compile(r"\b(?:States?|Parties|Party|Members?|Governments?)\s+$")
_FAR = 120


def acting_body(text: str, names: frozenset[str] | None = None) -> bool:
    """A court, a treaty body or its officers (with `names`: a body the document names for
    itself, `structure.defined_bodies`) named in the unit: it is about the body's working ("The
    Court shall consist of …", "Members of GREVIO … shall enjoy …"), except when a right comes
    first and the body is where it leads ("… has the right to refer to the European Ombudsman
    cases …, with the exception of the Court of Justice …")."""
    m = _TREATY_BODIES.search(text) if names is None else re.search(
        r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", text) if names else None
    if not m:
        return False
    first = next(iter(find_cues(text)), None)
    body = re.sub(r"^[Tt]he\s+", "", m.group())
    if first is not None and m.start() > first.anchor and body[0].islower() and " " not in body:
        return False    # "… should strengthen the training provided to officials, judges, …"
    if first is not None and m.start() > first.end + _FAR and \
            _PARTY_BEFORE.search(text, 0, first.start):
        return False    # "The developed country Parties shall provide new and additional
        # financial resources … [300 characters] … established by the Conference of the
        # Parties": the Parties act; not "States Parties shall meet regularly in a Conference of
        # States Parties …", "… shall be responsible for the expenses of the members of the
        # Committee"
    if body.lower() in ("judge", "judges") and not _COURT.search(text) and first is not None \
            and (first.strength == "recommendation" or first.strength == "obligation" and
                 (first.deontic.lower() != "shall" or _LITIGANT.search(text))):
        return False    # "Judges should receive training on …", "the judge must take into
        # consideration …", "The magistrate judge shall insure that the juvenile is represented
        # by counsel" (18 U.S.C. 5034, trial 40, P3): the profession's duty to those before it;
        # not "The judges shall hold office until replaced"
    return first is None or first.strength != "recognition" or m.start() < first.start
