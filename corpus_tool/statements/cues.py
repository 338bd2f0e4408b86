"""What makes a unit a statement: deontic cues (shall, must, may, undertake to, …), the lexicons
of actors and beneficiaries, and the filters for units that look normative but are not
(procedural, definitions, preamble, epistemic "may", narrative)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_tool.statements import structure as S

BENEFICIARIES: list[tuple[str, re.Pattern]] = [(name, re.compile(p, re.I)) for name, p in [
    ("children", r"\b(child|children|childhood|juveniles?|minors|young persons|young people|"
                 r"adolescents?|boys|infants?|(?:persons|those) who have not attained the age)\b|"
                 r"\bchild(?:'s|ren's)\b|\bchild-"),
    ("parents", r"\b(parents?|parental|legal guardians?)\b"),
    ("girls and women", r"\b(women|woman|girls?|mothers?|maternity|pregnant)\b"),
    ("migrant workers and their families", r"\bmigrant workers?\b|\bmembers of (?:their|his|the) famil"),
    ("migrants", r"\b(migrants?|migration|immigrants?|emigrants?)\b(?!\s+workers?\b)|"
                 r"\bundocumented\b"),
    ("refugees", r"\brefugees?\b"),
    ("asylum seekers", r"\basylum\b"),
    ("non-citizens", r"\bnon-?citizens?\b|\bforeign nationals\b|\baliens\b|\bforeigners\b|\bnon-?nationals\b"),
    ("stateless persons", r"\bstateless(ness)?\b"),
    # Roma and Sinti: Europe's largest national/ethnic minorities, named by the group's name
    ("minorities", r"\bminorit(y|ies)\b|\bRoma\b|\bSinti\b"),
    ("indigenous peoples", r"\bindigenous\b|\btribal peoples\b|\bpeoples concerned\b|"
                           r"\bthese peoples\b"),
    ("persons with disabilities", r"\bdisabilit(y|ies)\b|\bdisabled\b|\bimpairments?\b"),
    ("workers", r"\bworkers?\b"),
    ("everyone", r"\b(everyone|everybody|no one|no person|every person|all persons|any person|"
                 r"every human being|all individuals)\b|"
                 r"\b(?:to|for) all\b(?!\s+(?!on|in|at|without|and|or|who|regardless|alike)[a-z])|"
                 r"^\W*(all|everyone) (are|is|have|shall)\b"),
]]


# "migrant workers" also matches "workers"; the family name is what researchers look for
_IMPLIES = {"migrant workers and their families": ("workers",)}


def beneficiaries(text: str) -> tuple[str, ...]:
    found = {name for name, rx in BENEFICIARIES if rx.search(text)}
    for k, drop in _IMPLIES.items():
        if k in found:
            found.difference_update(drop)
    return tuple(sorted(found))


ACTOR_HEADS = {
    "state", "states", "party", "parties", "government", "governments", "authority",
    "authorities", "member", "members", "everyone", "everybody", "one", "person", "persons",
    "people", "peoples", "child", "children", "parent", "parents", "worker", "workers",
    "employer", "employers", "women", "girls", "men", "minorities", "family", "families",
    "individual", "individuals", "migrant", "migrants", "refugee", "refugees", "country",
    "countries", "organization", "organizations", "organisation", "organisations", "all",
    "community", "communities", "guardian", "guardians", "teacher", "teachers", "school",
    "schools", "institution", "institutions", "society", "body", "bodies", "court", "courts",
    "agency", "agencies", "committee", "committees", "they", "he", "she", "we", "nationals",
    "citizens", "non-citizens", "learners", "students", "pupils", "professionals", "staff",
    "officials", "providers", "stakeholders", "municipalities", "legislature", "citizen",
    "anyone", "anybody", "parliament", "seekers", "residents", "being",
    # the persons EU and national acts address ("the provider of … services shall …", "the
    # user or subscriber must …"), and other agent nouns of the instruments
    "provider", "user", "users", "subscriber", "subscribers", "operator", "operators",
    "controller", "controllers", "processor", "processors", "holder", "holders", "re-user",
    "re-users", "intermediary", "intermediaries", "decision-makers", "learner", "petitioner",
    "offender", "offenders", "applicant", "applicants", "entity", "entities", "gatekeeper",
    # the regulated of statutes ("a covered entity …", "the gatekeeper …"), bodies in lower case
    "gatekeepers", "assembly", "council", "board",     # ("4. the general assembly shall …")
}


ACTOR_RX = re.compile(
    r"\b(?:(?:Each|Every|Any|All|The|the|each|every|any|all|no|No)\s+)?(?:"
    r"(?:High\s+)?Contracting\s+(?:States?|Part(?:y|ies))|States?\s+[Pp]art(?:y|ies)|"
    r"[Mm]ember\s+States|Members?|Part(?:y|ies)|parties|Governments?|governments?|"
    r"(?:competent|public|national|local|relevant|State)\s+authorit(?:y|ies)|"
    r"[Ee]veryone|[Ee]verybody|[Nn]o\s+one|Countries|countries|States|[Ss]tate|"
    r"(?:[Mm]igrant\s+)?[Ww]orkers(?:\s+and\s+(?:employers|members\s+of\s+their\s+families))?|"
    r"[Ee]mployers|[Pp]arents|(?:[Mm]igrant\s+)?[Cc]hildren|[Pp]ersons\s+(?:belonging\s+to\s+"
    r"(?:a\s+)?national\s+minorit(?:y|ies)|with\s+disabilities|with\s+family\s+responsibilities)|"
    r"[Tt]he\s+peoples\s+concerned|All|They|they)\b")


PRONOUNS = {"they", "it", "he", "she", "we", "them"}


_PROCEDURAL = re.compile(
    r"\b(ratif\w*|accession|accede[sd]?|acceding|denunciation|denounce[sd]?|entry into force|"
    r"enter(s|ed)? into force|come into force|instruments? of (ratification|acceptance|approval|"
    r"accession)|deposit(ed|ary)?|depositary|signature|open for signature|reservations?|"
    r"amendments?|authentic|equally authoritative|certified (true )?copies|Secretary[- ]General|"
    r"Director[- ]General|registered (with|by) the Secretar\w+|registration with the Secretariat|"
    r"elections?|elected|"
    r"nominat\w+|term of office|quorum|rules of procedure|International Court of Justice|"
    r"dispute|IN WITNESS WHEREOF|DONE at|DONE in|declarations? (made|addressed)|"
    # a notification to or by the depositary; not a data-breach notification to a subscriber
    r"(?:by|receipt of|date of)\s+(?:a\s+|the\s+)?notifications?|notifications?\s+(?:addressed|"
    r"received|made|referred|(?:shall\s+)?takes?\s+effect)|"
    r"reports?\b(?! of (violence|abuse))|"
    r"to report\b|reporting)\b", re.I)


# substantive words that keep a unit with a procedural word a statement ("registration of births")
_PROC_EXCEPT = re.compile(r"\b(registration of (the )?(birth|child)|registered immediately after "
                          r"birth|birth registration|immigration (authorities|enforcement|control)|"
                          r"(report|share)\w*\s+(or\s+(report|share)\w*\s+)?(personal\s+)?data|"
                          r"right to vote|stand as a candidate|stand for (?:public )?office|"
                          r"if elected|" + S.REPORTED_PEOPLE + r"|" + S.ELECTORAL + r"|"
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
    r"\bshall (not )?be deemed\b|\bis defined as\b|\bterms? [\"`']+[^\"`']+[\"`']+\s+(embrace|include)|"
    # "The following definitions shall also apply:", "In this article, unless the context
    # otherwise requires:", an item opening with its quoted term ("(b) 'laws in force' includes")
    r"\bdefinitions?\s+(?:shall\s+)?(?:also\s+)?apply\b|\bunless the context otherwise requires\b|"
    r"^\W*[\"'`][^\"'`]{1,60}[\"'`]\s+(?:shall\s+)?(?:means?|includes?)\b(?!\s+that\b)",
    re.I)


_CONSTRUCTION = re.compile(
    r"\b(shall|may|can)\s+(not\s+)?be\s+(construed|interpreted|understood)\b|"
    r"^\W*Nothing\s+in\b|^\W*No\s+(provision|part)\s+of\b|"
    r"^\W*(This|The present)\s+(article|Article|Convention|Covenant|Charter|Protocol|Part|"
    r"Directive|Regulation|Decision|Chapter|Title|Section|Act|Law|Constitution|section|"
    r"subchapter|chapter|title|part)\b[^.]{0,60}"
    r"\bshall\s+not\s+(prevent|affect|have the effect|apply|be applied|prejudice|prohibit)\b|"
    r"\bshall\s+be\s+implemented\s+without\s+prejudice\b|"
    # "The second sentence of paragraph (1) … shall not be affected by this paragraph" (not
    # "The right to compensation … shall not be affected by the fact that …": a guarantee)
    r"\bshall\s+not\s+be\s+affected\s+by\s+(?:this|these|the\s+present|the\s+provisions)\b|"
    r"^\W*(?:The\s+provisions\s+of\s+)?(?:Article|Chapter|Part|[Pp]aragraph|[Ss]ection)s?\s+"
    r"[\w,() -]{1,60}?\s+shall\s+(?:not\s+|only\s+)?(?:apply|be\s+(?:applicable|applied))\b|"
    r"\bshall\s+(not\s+)?(affect|prejudice|derogate from)\s+(any|the)\s+(provisions?|rights?)\s+"
    r"(of|which|under)\b")


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


_EPISTEMIC_MAY = re.compile(
    r"\bmay\s+(also\s+|\w+ly\s+)?(be\s+(necessary|needed|required|at risk|considered|affected|faced|the case|"
    r"useful|able|in|more|less|particularly|especially|exposed|vulnerable|unable|unaware|different|"
    r"difficult|lacking|\w+ing)\b|include|require|arise|have|lead|result|cause|occur|exist|originate|affect|"
    r"involve|help|prove|differ|vary|need|face|find|become|seem|appear|constitute|contribute|create|"
    r"lose|suffer|experience|encounter|miss|remain|fail|struggle|be\s+lost|"
    r"well|therefore|thus|even)\b|"
    r"\bmay\s+not\s+(always\s+|necessarily\s+|even\s+)?(be\s+(eligible|able|aware|available|possible|"
    r"sufficient|adequate|appropriate|enough|known|in a position|the case)|have|know|receive|"
    r"understand|include|exist|apply|reflect|benefit|speak|seek|report)\b", re.I)


MAY_LIMIT = re.compile(r"\bmay\s+(be\s+)?subject(ed)?\s+(only\s+)?to\b", re.I)


_NARRATIVE = re.compile(
    # the Court of Justice's answer: what a provision means, not a norm of the judgment's own
    r"^.*?\bmust\s+be\s+interpreted\s+as\s+meaning\b|"
    r"^.{0,80}?\b(?:the|this|that|its)\s+(?:Covenant|Convention|Charter|Declaration|provision|"
    r"[Aa]rticle\s+\d+[\w(), ]{0,30}?)\s+(?:also\s+|further\s+|thus\s+|\w+ly\s+)?"
    r"(?:recogni[sz]es|provides|states|requires|establishes|stipulates|guarantees|sets out|"
    r"prescribes|obliges|imposes|affirms|enshrines|protects)\b")


# a participial opener followed by a main clause with its own subject and a modal
# ("Considering the situation of …, States parties must eliminate …"); the parse confirms it
_OPENER_MAIN = re.compile(r",\s+(?:[A-Z][\w-]*|the|all|each|every)\b[^,;:]{0,80}?\b"
                          r"(?:shall|must|should)\b|"
                          # or a recommending verb with its addressee ("Welcoming the adoption
                          # of …, CoE-Commissioner invited the government to formulate …",
                          # "Taking into account …, X is encouraged to …")
                          r"\b(?:is|are)\s+(?:also\s+|further\s+)?(?:encouraged|urged|invited|"
                          r"requested|called\s+(?:up)?on)\s+to\b|\b(?:invited|urged|encouraged|"
                          r"requested|called\s+(?:up)?on)\s+(?:the\s+|all\s+)?[\w-]+"
                          r"(?:\s+[\w-]+){0,3}?\s+to\s+[a-z]+")


def opener_with_main_clause(text: str) -> bool:
    return bool(_PREAMBLE.match(text) and _OPENER_MAIN.search(text))


def filter_reason(text: str, *, preamble: bool = False) -> str | None:
    """Why a unit is not a statement (definition, preamble, procedural, construction clause, the
    introduction of a quotation), or None when it may be one."""
    if preamble or _PREAMBLE.match(text) and not opener_with_main_clause(text):
        return "preamble"
    if _DEFINITION.search(text) or S.applicable_law(text):
        return "definition"
    if _CONSTRUCTION.search(text) or S.a_reading(text):
        return "construction"
    if _NARRATIVE.match(text):
        return "narrative"
    if S.introduces_quotation(text):
        return "quotation"
    if _BODY_ACTOR.match(text) or S.final_clause(text):
        return "procedural"
    if (_PROCEDURAL.search(S.without_due_time(text)) or acting_body(text)) and not _PROC_EXCEPT.search(text):
        return "procedural"
    return None


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
    return first is None or first.strength != "recognition" or m.start() < first.start


@dataclass(frozen=True, slots=True)
class Cue:
    start: int          # offsets in the unit text
    end: int
    strength: str
    deontic: str        # as written
    anchor: int         # offset of the modal/verb token the actor and aim hang on


_NEG_SUBJ = r"(?:No|no|None|none|Nor|nor|Neither|neither)"


_CUES: list[tuple[str, re.Pattern]] = [(s, re.compile(p)) for s, p in [
    # relief from an obligation ("no Party shall be bound to …", "it shall not be necessary for
    # … to") and a reserved right or option ("reserves the right not to apply") are permissions
    ("permission", r"\breserves?\s+(?:the|its)\s+(?:right|option)\s+(?:not\s+)?to\b|"
                   r"\bshall\s+not\s+be\s+necessary\s+(?:for\s+[^.;]{1,60}?\s+)?to\b|"
                   r"\b(?:shall|will)\s+not\s+be\s+(?:bound|obliged|required)\b|"
                   r"\bno\s+[\w ]{1,40}?\s+shall\s+be\s+(?:bound|obliged|required)\b"),
    ("prohibition", r"\b(?:shall|must|may|should|will|can)\s+not\b(?!\s+only)|"
                    r"\b(?:shall|must|may)\s+in\s+no\s+case\b|\b(?:shall|must|should|may)n't\b|"
                    r"\bshall\s+(?:be\s+)?(?:prohibited|forbidden|outlawed)\b|"
                    r"\b(?:shall|must|should)\s+refrain\s+(?:[\w-]+\s+){0,6}?from\b|\b[Tt]here\s+shall\s+be\s+no\b|\bundertakes?\s+not\s+to\b|"
                    # a prohibition or an abolition stated by the law itself ("… is abolished
                    # and its practice in any form is forbidden"), a criminalisation
                    r"\b(?:is|are)\s+(?:hereby\s+)?(?:prohibited|forbidden|abolished|outlawed)\b|"
                    r"\bshall\s+(?:be|constitute)\s+(?:an?\s+)?(?:criminal\s+)?offence\b|"
                    r"\b" + _NEG_SUBJ + r"\s+(?:[\w'-]+\s+){0,10}?(?:shall|may|must|should)\b|"
                    r"\bare\s+entitled\s+not\s+to\s+be\s+denied\b"),
    ("recognition", r"\b(?:shall\s+|undertake\s+to\s+|also\s+)?recogni[sz]e[sd]?\s+(?:that\s+)?"
                    r"(?=[^.;:]{0,80}\bright)|"
                    r"\b(?:has|have|shall\s+have|should\s+have)\s+(?:a|the|an?\s+equal|the\s+same|equal|"
                    r"a\s+prior)?\s*rights?\b|"
                    # "Everyone has inherent dignity and the right to have their dignity respected"
                    r"\b(?:has|have)\s+(?:[\w-]+\s+){1,4}?and\s+(?:a|the)\s+right\s+to\b|"
                    # "has the inherent right", "have the inalienable rights": one qualifier
                    r"\b(?:has|have|shall\s+have)\s+(?:a|an|the)\s+(?!following\b|same\b)"
                    r"(?:[a-z-]+(?<!ed)\s+)rights?(?=\s+(?:to|of)\b)|"
                    r"\b(?:is|are|shall\s+be|should\s+be|be)\s+(?:\w+\s+)?entitled\b|\bshall\s+enjoy\b|"
                    r"\bshall\s+have\s+(?:full\s+|equal\s+)?access\b|"
                    r"^\W*(?:This|That|Such|The\s+same)\s+right\s+(?:shall\s+)?includes?\b|"
                    # "This includes the right to maintain …" (the article's right goes on)
                    r"^\W*(?:This|That)\s+(?:shall\s+)?includes?\b"
                    r"(?=\s+the\s+rights?\s+(?:to|of)\b)|"
                    # "The Charter guarantees the rights and freedoms set out in it", "All the
                    # rights … are equally guaranteed to …"; a participle ("rights guaranteed
                    # by …") is dropped in context (statements.modality)
                    r"\bguarantees\b(?=\s+(?:the\s+|all\s+)?(?:rights?|freedoms?)\b)|"
                    r"(?:(?<=\brights)|(?<=\bfreedoms)|(?<=\b[Ff]reedom))[^.;:]{0,60}?\b"
                    r"(?:are|is|shall\s+be)\s+"
                    r"(?:\w+\s+)?guaranteed\b|"
                    r"\b(?:has|have)\s+the\s+following\s+(?:\w+\s+)?(?:rights|freedoms)\b|"
                    # a constitution's guarantee without a modal ("… is ensured to everyone",
                    # "… are inviolable"); not a report's "… is ensured in all municipalities"
                    r"\b(?:is|are)\s+(?:hereby\s+|fully\s+)?(?:ensured|assured)\s+(?:of|to)\b|"
                    r"\b(?:is|are)\s+(?:hereby\s+|fully\s+)?(?:ensured|guaranteed|assured)\s*:|"
                    r"\b(?:is|are)\s+inviolable\b|"
                    r"^\W*[Tt]he\s+following\s+are\s+(?:the\s+)?rights\b|"
                    r"\bprinciples\s+of\s+the\s+present\s+\w+\s+shall\s+be\b|"
                    r"\b(?:Parties|States|Members)\s+(?:[\w-]+\s+){0,8}?recogni[sz]e\s+that\b"
                    r"(?!\s+rights?\b)"),
    # a resolution's operative clause, verb first ("B. Urges various governments … to …")
    ("recommendation", r"^\W*(?:[A-Z]\.\s+)?(?:Urges|Calls\s+(?:up)?on|Requests|Encourages|"
                       r"Invites|Recommends|Appeals\s+to)\b(?=[^.;]{0,120}?\bto\s+[a-z]+)"),
    ("recommendation", r"\bshould\b|\bought\s+to\b|\b(?:recommends?|recommended|urges?|urged|encouraged|invited|requested|"
                       r"calls?\s+(?:up)?on|called\s+(?:up)?on|encourag(?:es?|ed)|invite[sd]?|requests?|requested)\b(?=\s+(?:that\s+)?"
                       r"(?:the\s+)?(?:all\s+)?(?:States?|Governments?|Parties|parties|Member|"
                       r"countries|it|them|the\s+State|the\s+(?:authorities|[Gg]overnment)|"
                       r"[A-Z][a-z]+\s+to\b))|\bit\s+is\s+recommended\b|"
                       # "AI recommended that Slovenia stop …", "CoE-CPT recommended
                       # ensuring …": the that-clause or the gerund is what is recommended
                       r"\brecommend(?:s|ed)?\s+(?=that\b|[a-z]+ing\b)|"
                       r"\b(?:is|are)\s+" + S.ADVERBS + r"(?:encouraged|urged|invited|"
                       r"requested|called\s+(?:up)?on)\s+to\b|"
                       # "It is essential that States parties take …": the writer's advice
                       r"\b[Ii]t(?:\s+is|'s)\s+(?:therefore\s+|also\s+|thus\s+)?(?:essential|important|necessary|"
                       r"crucial|vital|imperative)\s+(?:that|for)\b"),
    ("obligation", r"\bshall\b|\bmust\b|\bundertakes?\b|\bundertaken\b|"
                   r"\b(?:is|are)\s+" + S.ADVERBS + r"(?:required|obliged|bound|obligated|authori[sz]ed\s+and\s+directed)\s+to\b|"
                   r"\b(?:has|have|are\s+under|is\s+under|bears?)\s+(?:an?|the)\s+(?:\w+\s+)?"
                   r"(?:obligation|duty|responsibility)\s+to\b|\bagrees?\s+(?:that|to)\b|"
                   r"\b[Ii]t\s+is\s+(?:therefore\s+|also\s+)?incumbent\s+(?:up)?on\b"),
    ("permission", r"\bmay\b|\bneed\s+not\b(?!\s+(?:necessarily|mean|imply|entail|indicate|be\s+(?!\w+(?:ed|en)\b)))"),
    # an option a recommending text offers ("The compensation might take the form of …"); the
    # parse keeps it only in a main clause that is not negated, hedged or a possibility
    # (statements.modality), and rules-only mode never does
    ("recommendation", r"\bmight\b"),
]]


def find_cues(text: str) -> list[Cue]:
    """All deontic cues of a unit, earliest first; overlapping weaker readings dropped (the
    first pattern list entry that covers a position wins)."""
    found: list[Cue] = []
    if not HAS_CUE.search(text):
        return found
    taken: list[tuple[int, int]] = []
    for strength, rx in _CUES:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            dtext = m.group().strip()
            if strength == "prohibition" and dtext.startswith("may") and _EPISTEMIC_MAY.match(text, s):
                continue
            if strength == "permission" and dtext == "may" and _EPISTEMIC_MAY.match(text, s) and \
                    not MAY_LIMIT.match(text, s):
                continue
            if strength == "obligation" and dtext.startswith("agree") and dtext.endswith("that"):
                # "X agree that education shall …", "… that … they will take …": the agreement
                if not re.search(r"\b(?:shall|must|will)\b", text[e:]) and not text.rstrip().endswith(":"):
                    continue
            if dtext.startswith("agree") and dtext.endswith(" to") and re.match(
                    r"\s+(?:the|this|these|those|that|such|an?|any|its|their|our)\b", text[e:]):
                continue    # "agree to the following Code": an assent, no undertaking to act
            mm = re.search(r"\b(shall|must|may|should|will|can|undertakes?|undertaken|recogni[sz]e[sd]?|"
                           r"ha(?:s|ve)|(?:is|are|be)|urges?|recommends?|encourages?|calls?|"
                           r"invites?|requests?|ought|agrees?|enjoy)\b", dtext)
            found.append(Cue(s, e, strength, _tidy(dtext), s + mm.start() if mm else s))
            taken.append((s, e))
    found.sort(key=lambda c: c.start)
    return found


def _tidy(deontic: str) -> str:
    d = re.sub(r"\s+", " ", deontic).strip()
    d = re.sub(r"^(?:No|no|None|none|Nor|nor|Neither|neither)\s+.*?\s+(shall|may|must|should)$",
               r"no … \1", d)
    d = re.sub(r"^(?:Parties|States|Members)\b.*?\b(recogni[sz]e that)$", r"\1", d)
    d = re.sub(r"^.*?\b((?:are|is|shall be) (?:\w+ )?guaranteed)$", r"\1", d)
    return d


HAS_CUE = re.compile(  # a superset of every word the cue patterns need: the cheap first gate
    r"\b(shall|must|may|might|should|will|can|cannot|shan't|mustn't|undertak\w*|recogni[sz]\w*|rights?|"
    r"ensured|guaranteed|assured|inviolable|appeals|entitled|enjoy|principles|prohibited|forbidden|abolished|outlawed|ought|recommend\w*|urg\w*|call\w*|encourag\w*|"
    r"invit\w*|request\w*|required|obliged|bound|obligated|directed|obligations?|dut(?:y|ies)|"
    r"responsibilit\w*|agrees?|need|freedoms|essential|important|necessary|crucial|vital|imperative|"
    r"incumbent)\b", re.I)
