"""What makes a unit a statement: deontic cues (shall, must, may, undertake to, …), the lexicon
of actors, and the epistemic "may" the cues set aside (the filters for units that look
normative but are not are `statements.filters`; the lexicon of the groups a norm is for is
`statements.groups`)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from corpus_tool.statements import structure as S

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
    # the parties of private law's conventions ("the agent shall communicate the name of the
    # principal …", "the principal may not invoke …")
    "agent", "agents", "principal", "principals",
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


# what a causative makes another do (the parse decides whether it is that): "require that the
# person provide …", "require the owner of the ship to provide" (an object of up to eight words
# and no "and", then "to" and a word),
# "cause the position of a fire hydrant … to be marked" (a longer one, then a passive); not "may
# require positive legal measures of protection and measures to ensure …" (a need)
_REQUIRE_THEN = r"\s+(?:that\s|(?:(?!and\s)[\w'\u2019-]+\s+){1,8}?to\s+[a-z])"
_CAUSE_THEN = r"\s+(?:[\w'\u2019,-]+\s+){1,16}?to\s+be\s+[a-z]+(?:ed|en)\b"
_EPISTEMIC_MAY = re.compile(
    r"\bmay\s+(also\s+|\w+ly\s+)?(be\s+(necessary|needed|required|at risk|considered|affected|faced|the case|"
    r"useful|able|in|more|less|particularly|especially|exposed|vulnerable|unable|unaware|different|"
    r"difficult|lacking|\w+ing)\b|include|"
    # "may require the other Party to explain …" is a party's power (the parse decides)
    # "… may require that the requested Party keep confidential …" too; so may "… may require
    # the owner to provide …", "… may require:" (its items) and "… may cause the position … to
    # be marked" be (`modality._epistemic_may`: an agent making another act)
    r"require(?!\s+(?:that\s+)?(?:the|any|a|an|such)\s+(?:other\s+)?(?:Party|State|Contracting|Member|"
    r"requesting|requested)\b|\s*[:\u2014]|" + _REQUIRE_THEN + r")|arise|have|lead|result|"
    r"cause(?!" + _CAUSE_THEN + r")|occur|exist|originate|affect|"
    r"involve|help|prove|differ|vary|need|face|find|become|seem|appear|constitute|contribute|create|"
    r"lose|suffer|experience|encounter|miss|remain|fail|struggle|be\s+lost|"
    r"well|therefore|thus|even)\b|"
    r"\bmay\s+not\s+(always\s+|necessarily\s+|even\s+)?(be\s+(eligible|able|aware|available|possible|"
    r"sufficient|adequate|appropriate|enough|known|in a position|the case)|have|know|receive|"
    r"understand|include|exist|apply|reflect|benefit|speak|seek|report)\b", re.I)


MAY_LIMIT = re.compile(r"\bmay\s+(be\s+)?subject(ed)?\s+(only\s+)?to\b", re.I)


@dataclass(frozen=True, slots=True)
class Cue:
    start: int          # offsets in the unit text
    end: int
    strength: str
    deontic: str        # as written
    anchor: int         # offset of the modal/verb token the actor and aim hang on


# (not the number sign of "Regulation (EC) No 45/2001 … shall be adapted", "Act No. 3 of 2021")
_NEG_SUBJ = r"(?:No|no|None|none|Nor|nor|Neither|neither)(?!\.?\s*\d)"
# a negated subject before a leave or a power ("No child shall be permitted …", "No person
# shall be authorized …"): the prohibition's, not the permission's
_NEG_BEFORE = re.compile(r"\b" + _NEG_SUBJ + r"\s+(?:[\w'-]+\s+){0,10}?$")
# a sentence whose subject is denied ("No juvenile committed, … may …"); not "No later than …"
NO_START = re.compile(r"^\W*(?:\([\w.]{1,5}\)\s*)?No\s+(?!later\b|sooner\b|more\b|less\b|"
                       r"fewer\b|longer\b|doubt\b|matter\b)[a-z]")
# the participles of a reading ("has to be considered as …", "is to be read with …")
_READ = r"(?:considered|regarded|seen|read|understood|interpreted|construed|noted|borne|deemed)\b"


_CUES: list[tuple[str, re.Pattern]] = [(s, re.compile(p)) for s, p in [
    # relief from an obligation ("no Party shall be bound to …", "it shall not be necessary for
    # … to") and a reserved right or option ("reserves the right not to apply") are permissions
    ("permission", r"\breserves?\s+(?:the|its)\s+(?:right|option)\s+(?:not\s+)?to\b|"
                   # a power conferred ("The Organization is authorized to make … proposals",
                   # "The Director … is authorized to, after consulting …, designate …");
                   # not a relative clause's ("vessels that are authorized to fly its flag")
                   r"(?<!which )(?<!who )(?<!that )\b(?:is|are|shall\s+be)\s+(?:hereby\s+|also\s+|"
                   r"further\s+)?(?:authori[sz]ed|empowered)\s+to\b"
                   # … or before the items that say what ("… is authorized to:")
                   r"(?=(?:\s*,[^,;]{1,100},)?\s+[a-z]|\s*[:\u2014]\s*$)|"
                   # a statute's safe harbour ("It shall not be unlawful for an employer … to
                   # take any action otherwise prohibited …", "It shall not be a violation of
                   # subsection (a) … solely because …": 29 U.S.C. 623(l), trial 36, P8)
                   r"\b[Ii]t\s+shall\s+not\s+be\s+(?:unlawful\s+for|a\s+violation\s+of)\b|"
                   # a passive leave ("… a person who is keeping a prohibited animal … shall be
                   # permitted to keep such animal provided that:", "Conversion and transference
                   # shall be permitted promptly …") and the ILO's "It shall further be open to
                   # exempt …", "It is open to national laws or regulations to decide …" (not a
                   # treaty's "open for signature")
                   r"\bshall\s+(?:also\s+|further\s+)?be\s+permitted\b|"
                   r"\b[Ii]t\s+(?:shall\s+(?:also\s+|further\s+)?be|is)\s+open\s+to\b|"
                   r"\bshall\s+not\s+be\s+necessary\s+(?:for\s+[^.;]{1,60}?\s+)?to\b|"
                   r"\b(?:shall|will)\s+not\s+be\s+(?:bound|obliged|required)\b|"
                   # relief from liability ("The carrier shall not be liable for damages …",
                   # "the carrier shall be relieved of liability when …")
                   # (not "… shall not be liable to be dissolved or suspended by administrative
                   # authority", ILO C87 Art. 4: a protection from what is done to them, trial 45)
                   r"\bshall\s+not\s+be\s+(?:held\s+)?liable\b(?!\s+to\s+be\b)|"
                   r"\bshall\s+be\s+relieved\s+of\s+(?:liability|responsibility)\b|"
                   r"\bno\s+[\w ]{1,40}?\s+shall\s+be\s+(?:bound|obliged|required)\b|"
                   # … and at the head of a sentence, when a party is the one relieved ("No
                   # State Party to this Protocol shall be obliged to accord …"; "No person shall
                   # be required to perform forced labour" forbids compelling a person)
                   r"\bNo\s+(?:[\w-]+\s+){0,2}?(?:State|Party|Member|Government)s?\b"
                   r"[\w ]{0,40}?\s+shall\s+be\s+(?:bound|obliged|required)\b|"
                   # a State left free to act ("Each contracting State shall be free, in
                   # addition, to use consular channels …"; "Everyone shall be free to leave any
                   # country" is a person's right)
                   r"(?:(?<=\bState\s)|(?<=\bStates\s)|(?<=\bParty\s)|(?<=\bParties\s))"
                   r"shall\s+be\s+free\b|"
                   # … or a party named with what binds it ("Each Member which ratifies this
                   # Convention shall be free to decide …")
                   r"\b(?:State|Party|Member|Government)s?\s+(?:which|that)\s+[^,;:.]{1,60}?"
                   r"\s+shall\s+be\s+free\b"),
    ("prohibition", r"\b(?:shall|must|may|should|will|can)\s+not\b(?!\s+only)|"
                    r"\b(?:is|are)\s+not\s+to\s+be\s+(?!" + _READ + r")(?=[a-z]+(?:ed|en)\b)|"
                    r"\b(?:shall|must|should|can)\s+never\b|"   # not "who may never acquire"
                    r"\b(?:shall|must|may)\s+in\s+no\s+(?:case|way)\b|\b(?:shall|must|should|may)n't\b|"
                    r"\bshall\s+(?:be\s+|remain\s+)?(?:prohibited|forbidden|outlawed)\b|"
                    r"\b(?:shall|must|should)\s+refrain\s+(?:[\w-]+\s+){0,6}?from\b|"
                    # an aside between the modal and "refrain" ("… the notifying State shall,
                    # if so requested by the notified State …, refrain from implementing …")
                    r"\b(?:shall|must|should),\s+[^.;]{1,160}?,\s+refrain\s+from\b|\b[Tt]here\s+shall\s+be\s+no\b|\bundertakes?\s+not\s+to\b|"
                    # a duty to abstain ("They also have a duty not to interfere in the internal
                    # affairs of that State")
                    r"\b(?:has|have|are\s+under|is\s+under|bears?)\s+(?:an?|the)\s+(?:\w+\s+)?"
                    r"(?:obligation|duty)\s+not\s+to\b|"
                    # a prohibition or an abolition stated by the law itself ("… is abolished
                    # and its practice in any form is forbidden"), a criminalisation
                    r"\b(?:is|are)\s+(?:hereby\s+)?(?:prohibited|forbidden|abolished|outlawed|"
                    r"impermissible)\b|"
                    # "Incommunicado detention is not permitted for persons below the age of
                    # 18", "Coercion … is impermissible" (CRC GC 24 paras. 95(a), 59: trial 40)
                    r"\b(?:is|are)\s+(?:not|never)\s+(?:permitted|allowed|permissible)\b|"
                    r"\bshall\s+(?:be|constitute)\s+(?:an?\s+)?(?:criminal\s+)?offence\b|"
                    r"\b" + _NEG_SUBJ + r"\s+(?:[\w'-]+\s+){0,10}?(?:shall|may|must|should)\b|"
                    r"\bare\s+entitled\s+not\s+to\s+be\s+denied\b|"
                    # a statute's "It shall be an unlawful employment practice for an employer
                    # to request …", "It shall be unlawful for …", "It is unlawful for a person,
                    # whether as a principal or agent:"
                    r"\b[Ii]t\s+(?:shall\s+be|is)\s+(?:an\s+)?unlawful\b|"
                    # a lead-in that makes its items wrongs ("… the following conduct is a
                    # violation of this section:", "The following practices shall be unlawful:")
                    r"\b[Tt]he\s+following\s+(?:[\w-]+\s+){0,3}?(?:is|are|shall\s+be|"
                    r"constitutes?|shall\s+constitute)\s+(?:an?\s+)?(?:violations?|breach(?:es)?|"
                    r"contraventions?|unlawful|offen[cs]es?)\b(?=[^.;]*[:\u2014]\s*$)"),
    # (not what was recognised: "… that they have recognized the right of every child …")
    ("recognition", r"^\W*(?:The\s+)?(?:[Ff]reedoms?|[Rr]ights?)\s+(?:of|to)\b[^.;]{0,120}?\bshall\s+be\s+"
                    r"guaranteed\b|"     # "Freedom of conscience … shall be guaranteed": a right
                    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)"
                    r"\b(?:shall\s+(?:also\s+)?|undertake\s+to\s+|also\s+)?recogni[sz]e[sd]?\s+(?:that\s+)?"
                    r"(?=[^.;:]{0,80}\bright)|"
                    r"\b(?:has|have|shall\s+have|should\s+have)\s+(?:a|the|an?\s+equal|the\s+same|equal|"
                    r"a\s+prior)?\s*rights?\b|"
                    # "Everyone has inherent dignity and the right to have their dignity respected"
                    r"\b(?:has|have)\s+(?:[\w-]+\s+){1,4}?and\s+(?:a|the)\s+right\s+to\b|"
                    # "has the inherent right", "have the inalienable rights": one qualifier
                    r"\b(?:has|have|shall\s+have)\s+(?:a|an|the)\s+(?!following\b|same\b)"
                    r"(?:[a-z-]+(?<!ed)\s+)rights?(?=\s+(?:to|of)\b)|"
                    r"\b(?:is|are|shall\s+be|should\s+be|be)\s+(?:\w+\s+)?entitled\b|"
                    r"\bshall\s+(?:continue\s+to\s+)?enjoy\b|"
                    # "Every German shall have in every Land the same political rights and
                    # duties", "… shall have, under that Part, the same rights as nationals …"
                    r"\bshall\s+have(?:,\s+[^.;:]{1,80}?,|\s+in\s+[^.;:,]{1,40}?)\s+"
                    r"(?:the\s+same|equal)\s+(?:[a-z-]+\s+){0,2}rights\b|"
                    # "Everyone lawfully within the territory of a State shall, within that
                    # territory, have the right to liberty of movement …"
                    r"\bshall,\s+[^.;:]{1,80}?,\s+have\s+(?:the|a|an?\s+equal|equal)\s+rights?\b|"
                    # "Every person who is charged with a criminal offence shall be presumed to
                    # be innocent …": the accused's right
                    r"\bshall\s+be\s+presumed\s+(?:to\s+be\s+)?innocent\b|"
                    # a document that "shall, unless it contains a statement to the contrary,
                    # entitle the holder to re-enter …": the holder's entitlement
                    r"\bshall(?:,\s+[^.;]{1,100}?,)?\s+entitle\s+(?:the|its|their|every|each|any)\b|"
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
    # (not "the requesting and requested State shall …" nor "… those Parties which request it")
    ("recommendation", r"\bshould\b|\bought\s+to\b|\b(?:recommends?|recommended|urges?|urged|encouraged|invited|"
                       r"calls?\s+(?:up)?on|called\s+(?:up)?on|encourag(?:es?|ed)|invite[sd]?|"
                       r"(?<![Ww]hich )(?<![Ww]ho )requests?|"
                       r"(?<![Tt]he )(?<!and )(?<!or )requested)\b(?=\s+(?:that\s+)?"
                       r"(?:the\s+)?(?:all\s+)?(?:States?|Governments?|Parties|parties|Member|"
                       r"countries|it|them|the\s+State|the\s+(?:authorities|[Gg]overnment)|"
                       r"[A-Z][a-z]+\s+to\b))|\bit\s+is\s+recommended\b|"
                       # "AI recommended that Slovenia stop …", "CoE-CPT recommended
                       # ensuring …": the that-clause or the gerund is what is recommended
                       r"\brecommend(?:s|ed)?\s+(?=that\b|[a-z]+ing\b)|"
                       r"\b(?:is|are)\s+" + S.ADVERBS + r"(?:encouraged|urged|invited|"
                       r"requested|called\s+(?:up)?on)\s+to\b|"
                       # "It is essential that States parties take …", "… it would be desirable
                       # for States parties to take …": the writer's advice
                       r"\b[Ii]t(?:\s+is|'s|\s+would\s+be)\s+(?:therefore\s+|also\s+|thus\s+)?"
                       r"(?:essential|important|necessary|crucial|vital|imperative|desirable|"
                       r"advisable)\s+(?:that|for)\b|"
                       # a measure named as desirable: "School feeding is desirable to ensure all
                       # pupils have access to a full meal every day" (CRC GC 15 para. 46)
                       r"(?<![Ii]t\s)\b(?:is|are)\s+(?:therefore\s+|also\s+|highly\s+)?"
                       r"(?:desirable|advisable)\s+(?:to|in\s+order\s+to)\s+(?=[a-z])|"
                       # "… it is important to take account of …", "it is desirable, to employ
                       # older workers …" (not "It is also important to note that …")
                       r"\b[Ii]t(?:\s+is|'s)\s+(?:therefore\s+|also\s+|thus\s+|equally\s+|"
                       r"especially\s+|particularly\s+)?"
                       r"(?:essential|important|crucial|vital|imperative|desirable|advisable)"
                       r",?\s+to\s+(?!the\b|an?\b|this\b|that\b|these\b|its\b|their\b|note\b|"
                       r"recall\b|stress\b|emphasi[sz]e\b|mention\b|"
                       r"remember\b|underline\b|highlight\b|bear\b|point\b|observe\b|understand\b|"
                       r"recogni[sz]e\b|reali[sz]e\b|acknowledge\b)(?=[a-z])"),
    # (not a denied undertaking: "Germany does not undertake to grant …", a reservation that
    # states no duty)
    ("obligation", r"\bshall\b|\bmust\b|(?<!\bnot )(?<!n't )\bundertakes?\b|\bundertaken\b|"
                   # "The Contracting Parties pledge themselves to promote …" (as "undertake to")
                   r"\bpledges?\s+(?:themselves|itself)\s+to\b|"
                   r"\b(?:is|are)\s+" + S.ADVERBS + r"(?:required|obliged|bound|obligated|authori[sz]ed\s+and\s+directed)\s+to\b|"
                   r"\b(?:has|have|are\s+under|is\s+under|bears?|assumes?)\s+(?:an?|the)\s+"
                   # "a specific and continuing obligation to"
                   r"(?:\w+\s+(?:and\s+\w+\s+)?)?(?:obligation|duty|responsibility)\s+to\b|"
                   # … and before the items that say what ("Signatories agree:" "to eliminate …")
                   r"\bagrees?\s+(?:that|to)\b|\bagrees?\s*[:\u2014]\s*$|"
                   r"\b[Ii]t\s+is\s+(?:therefore\s+|also\s+|particularly\s+|especially\s+)?"
                   r"incumbent\s+(?:up)?on\b|"
                   # a duty named by its holder, without a modal ("it is also the duty of public
                   # authorities to ensure protection …", "It is the duty of the family, society
                   # and the State to assist the elderly …"); not "it is not the function of …"
                   r"\b[Ii]t\s+is\s+(?:therefore\s+|also\s+|equally\s+)?the\s+(?:duty|obligation|"
                   r"responsibility|endeavour)\s+of\b|"
                   # "States parties have to implement …", "individuals are to be protected …"
                   # (not "does not have to meet", "what plans does X have to …?", "has to be
                   # considered as …": a reading)
                   r"(?<!\bnot\s)(?<!n't\s)(?<!\bwe\s)(?<!\bwe\swill\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)\b(?:has|have)\s+to\s+(?!date\b|do\s+with\b|be\s+"
                   + _READ + r")(?=[a-z])(?![^.?]*\?)|"
                   r"\b(?:is|are)\s+to\s+be\s+(?!" + _READ + r")(?=[a-z]+(?:ed|en)\b)|"
                   # "Developed States need to urgently address …" (a party's need is its duty;
                   # "children need to be heard" is not written here)
                   r"(?:(?<=\bStates\s)|(?<=\bState\s)|(?<=\bparties\s)|(?<=\bParties\s)|"
                   r"(?<=\bparty\s)|(?<=\bParty\s)|(?<=\bGovernments\s)|(?<=\bGovernment\s))"
                   r"needs?\s+to\s+(?!be\b)(?=[a-z])|"
                   # "the following principles and rules need to be observed", "Specific,
                   # immediate and urgent measures need to be taken" (not "… need to be
                   # considered": a reading)
                   r"\bneeds?\s+to\s+be\s+(?!" + _READ + r")(?=[a-z]+(?:ed|en)\b)|"
                   # "the obligation remains for a State party to strive …", "the primary
                   # responsibility … lies with the State"
                   r"\b(?:obligation|duty|responsibility)\s+(?:remains|rests|lies)\s+"
                   r"(?:with|on|upon|for)\b|"
                   # "State Parties re-affirm their commitment to regularly holding … elections"
                   r"(?:(?<=\bParties\s)|(?<=\bStates\s))(?:re-?affirm|reiterate|renew)\s+their\s+"
                   r"commitment\s+to\b"),
    ("permission", r"\bmay\b|\bneed\s+not\b(?!\s+(?:necessarily|mean|imply|entail|indicate|be\s+(?!\w+(?:ed|en)\b)))"),
    # an option a recommending text offers ("The compensation might take the form of …"); the
    # parse keeps it only in a main clause that is not negated, hedged or a possibility
    # (statements.modality), and rules-only mode never does
    ("recommendation", r"\bmight\b"),
]]


def find_cues(text: str) -> list[Cue]:
    """All deontic cues of a unit, earliest first; overlapping weaker readings dropped (the
    first pattern list entry that covers a position wins). Remembered per text: the stage asks
    it of a unit several times."""
    return list(_find_cues(text))


@functools.lru_cache(maxsize=1 << 16)
def _find_cues(text: str) -> tuple[Cue, ...]:
    found: list[Cue] = []
    if not HAS_CUE.search(text):
        return ()
    taken: list[tuple[int, int]] = []
    for strength, rx in _CUES:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            dtext, denied = m.group().strip(), False
            if strength == "prohibition" and dtext.startswith("may") and _EPISTEMIC_MAY.match(text, s):
                continue
            if strength == "permission" and dtext.startswith("shall") and \
                    _NEG_BEFORE.search(text, 0, s):
                continue    # "No child shall be permitted … to work": forbidden (trial 31, P8)
            if strength in ("permission", "obligation") and dtext in ("may", "shall", "must") \
                    and NO_START.match(text) and ";" not in text[:s] and \
                    not any(c.start < s for c in found):
                # "No juvenile committed, whether pursuant to …, to the custody of the Attorney
                # General may be placed …" (18 U.S.C. 5039, a permission: trial 40, P2): the
                # sentence's "No" subject, however far, denies its first modal
                strength, denied = "prohibition", True
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
            anchor = s + mm.start() if mm else s
            held = re.match(r"(?:obligation|duty|responsibility)\s+(remains|rests|lies)\b", dtext)
            if held or re.match(r"needs?\s+to\b(?!\s+be\b)", dtext):
                anchor = s + held.start(1) if held else s     # the verb that holds the duty
            if re.fullmatch(r"(?:is|are)\s+(?:not\s+)?to\s+be|needs?\s+to\s+be", dtext):
                anchor = e      # "… are to be protected": the participle, a passive
            found.append(Cue(s, e, strength, _tidy(f"no … {dtext}" if denied else dtext), anchor))
            taken.append((s, e))
    found.sort(key=lambda c: c.start)
    return tuple(found)


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
    r"impermissible|permitted|allowed|permissible|"
    r"invit\w*|request\w*|required|obliged|bound|obligated|directed|obligations?|dut(?:y|ies)|"
    r"authori[sz]ed|empowered|pledges?|"
    r"responsibilit\w*|agrees?|needs?|freedoms|essential|important|necessary|crucial|vital|"
    r"imperative|desirable|advisable|commitment|violations?|breach(?:es)?|contraventions?|unlawful|"
    r"offen[cs]es?|"
    r"incumbent|ha(?:s|ve)\s+to|(?:is|are)\s+(?:not\s+)?to\s+be|is\s+open\s+to)\b", re.I)
