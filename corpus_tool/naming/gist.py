"""The gist of one statement (what it provides, to whom) for an indicator no topic fits: the
statement's own object and aim, cut, nominalised and tidied into a short phrase.

Over 400 lines on purpose: one algorithm (`statement_gist`) and the word lists it needs."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatementParts:
    """What the generic wording needs of one statement: its text and Institutional-Grammar
    parts."""
    text: str
    aim: str = ""
    object: str = ""
    actor: str = ""
    strength: str = ""


@dataclass(frozen=True, slots=True)
class Gist:
    """One statement's provision: `title` (a noun phrase, sentence case), `question` (a verb phrase
    for 'Does the law …?', with a `{who}` slot), `provision` (lower-case noun phrase)."""
    title: str
    question: str
    provision: str
    subject: str = ""                  # copular statements: the thing that shall be …
    qualities: tuple[str, ...] = ()    # … and what it shall be (free, compulsory)
    closed: bool = False               # the question needs no 'for {who}'


_DETERMINERS = ("the", "a", "an", "such", "all", "any", "every", "each", "their", "its", "his",
                "her", "these", "those", "this", "that", "appropriate")


_ACTOR_WORDS = re.compile(r"\b(states?|parties|party|governments?|authorities|contracting|"
                          r"members?|signator\w*|it|they|he|she|this|each)\b", re.I)


_CUT = re.compile(r"\s*(?:[;:(]|,\s*(?:at least|in particular|including|where|when|if|as far as|"
                  r"in so far|subject to|without prejudice|in accordance|and in|or in|which|who|"
                  r"as well as|so as)\b|\s(?:which|who|whose|whereby|so as|in order to|in "
                  r"accordance with|without prejudice|subject to|as well as|with a view to|"
                  r"in so far as|as far as|at least|on the basis of|notwithstanding|(?:under|"
                  r"within) (?:the|its|their) jurisdiction|as soon as|that (?:is|are|was|were)|"
                  r"by,?\s+inter alia|by \w+ing)\b|,\s*$|,?\s*inter alia\b|"
                  r",\s*(?:irrespective|regardless)\b|"
                  r",\s*(?:the\s+)?(?:States?|Parties|Contracting|Governments?|Members?|each)\b)",
                  re.I)


_TAIL_WORDS = {"and", "or", "as", "of", "to", "for", "in", "on", "with", "by", "at", "the", "a",
               "an", "their", "its", "well", "from", "into", "such", "all", "any", "nor", "but",
               "within", "among", "between", "under", "against", "without", "through", "about",
               "upon", "including", "than", "regarding", "concerning", "towards", "over", "after",
               "before", "during", "his", "her", "this", "that", "these", "those", "each",
               "every", "no", "not", "is", "are", "be", "shall", "which", "who", "whose"}


_TO_ALL = re.compile(r"\s+(?:to|for|of)\s+(?:all\s+persons|all\s+children|all|everyone|everybody|"
                     r"every\s+\w+)\b(?=$|[\s,;.])", re.I)


_VAGUE = {"measures", "measure", "steps", "step", "action", "actions", "efforts", "effort", "means",
          "treatment", "care", "policy", "policies", "provision", "provisions", "right", "rights",
          "effect", "account", "note", "responsibility", "obligation", "obligations", "what", "",
          "legislation", "mechanisms", "attention"}


_ADJECTIVES = {"free", "compulsory", "available", "accessible", "equal", "equally", "generally",
               "adequate", "appropriate", "effective", "open", "inclusive", "universal", "possible",
               "progressively", "fully", "made", "sufficient", "regular", "public", "safe"}


NOUN_OF = {"promote": "promotion of", "encourage": "encouragement of", "protect": "protection of",
           "respect": "respect for", "combat": "combating", "eliminate": "elimination of",
           "prevent": "prevention of", "prohibit": "prohibition of", "recognise": "recognition of",
           "recognize": "recognition of", "support": "support for", "teach": "teaching of",
           "develop": "development of", "establish": "establishment of",
           "facilitate": "facilitation of", "improve": "improvement of", "foster": "fostering of",
           "preserve": "preservation of", "strengthen": "strengthening of",
           "reduce": "reduction of", "monitor": "monitoring of", "collect": "collection of",
           "train": "training of", "admit": "admission of", "recruit": "recruitment of",
           "include": "inclusion of", "adopt": "adoption of", "assist": "assistance to",
           "finance": "funding of", "fund": "funding of", "publish": "publication of",
           "disseminate": "dissemination of", "ban": "prohibition of",
           "abolish": "abolition of", "liberalise": "liberalisation of",
           "liberalize": "liberalization of", "simplify": "simplification of",
           "remove": "removal of", "register": "registration of", "issue": "issue of",
           "renew": "renewal of", "avoid": "avoidance of", "address": "addressing",
           "tackle": "tackling", "investigate": "investigation of", "punish": "punishment of",
           "condemn": "condemnation of", "guarantee": "", "ensure": "", "provide": "",
           "make": "", "offer": "", "grant": "", "give": "", "accord": "", "secure": "",
           "allow": "", "permit": "", "take": "", "afford": "", "extend": "", "set": ""}


# nouns of common verbs of provision the table and the suffix rule do not give, for the parse's
# path (`parsed`) and for an act done to people only: added to `NOUN_OF` they would change what
# `gist` and `bare` make of a statement (tried: five titles of the seven projects moved, an
# accepted one among them)
MORE_NOUNS = {"involve": "involvement of", "appoint": "appointment of",
              "consult": "consultation of", "employ": "employment of",
              "enforce": "enforcement of", "assess": "assessment of",
              "amend": "amendment of", "reimburse": "reimbursement of", "pay": "payment of",
              "treat": "treatment of", "review": "review of", "revise": "revision of",
              "expand": "expansion of", "create": "creation of", "design": "design of",
              "enact": "enactment of", "withdraw": "withdrawal of", "repeal": "repeal of",
              "conduct": "conduct of", "increase": "increase in", "raise": "raising of",
              "allocate": "allocation of", "ratify": "ratification of",
              "implement": "implementation of", "achieve": "achievement of",
              "maintain": "maintenance of", "protect": "protection of",
              "expel": "expulsion of", "detain": "detention of", "deport": "deportation of",
              "deal": "handling of", "refuse": "refusal of", "exclude": "exclusion of",
              "return": "return of"}
# an object that is people and nothing else ("the peoples concerned", "migrant workers"): the
# title is the act done to them ("Consultation of the peoples concerned"), not the people
# alone, "Peoples concerned" (a researcher's trial 44: ILO C169 Art. 6(1)(a), "consult the
# peoples concerned")
_PEOPLE_ONLY = re.compile(r"(?i)^(?:the\s+|all\s+|these\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:peoples?|"
                          r"persons?|people|individuals|workers|children|women|girls|migrants|"
                          r"refugees|communities|members)(?:\s+concerned)?$")


# the noun of a verb by its ending ('facilitate' → 'facilitation'), for verbs no table names
SUFFIXES = (("ize", "ization"), ("ise", "isation"), ("ate", "ation"), ("ify", "ification"))


def suffix_noun(verb: str) -> str:
    """'facilitate' → 'facilitation', 'harmonise' → 'harmonisation'; '' when the verb's ending
    gives no noun (the caller keeps its own exceptions: 'exercise' is no 'exercisation')."""
    for end, noun in SUFFIXES:
        if verb.endswith(end) and len(verb) > len(end) + 3:
            return verb[:-len(end)] + noun
    return ""


_NOMINAL = {"protected": "protection", "included": "inclusion", "provided": "provision",
            "admitted": "admission", "enrolled": "enrolment", "informed": "information",
            "respected": "respect", "treated": "treatment", "integrated": "integration",
            "guaranteed": "guarantee", "consulted": "consultation", "supported": "support",
            "assisted": "assistance", "educated": "education", "registered": "registration",
            "recognised": "recognition", "recognized": "recognition", "trained": "training",
            "prepared": "preparation", "accommodated": "accommodation", "housed": "housing",
            "excluded": "exclusion", "discriminated": "discrimination", "denied": "denial",
                 "detained": "detention", "separated": "separation", "segregated": "segregation",
                 "expelled": "expulsion", "deprived": "deprivation", "returned": "return",
                 "heard": "hearing", "taught": "teaching", "given": "granting",
                 "imposed": "imposition", "accorded": "granting", "subjected": "subjection",
                 "reviewed": "review", "monitored": "monitoring",
                 "evaluated": "evaluation", "assessed": "assessment", "amended": "amendment",
                 "repealed": "repeal"}


_COMMISSIVE = {"undertake", "undertakes", "agree", "agrees", "endeavour", "endeavor", "decide",
               "commit", "pledge", "", "take"}


_HAVE = {"have", "has", "receive", "enjoy", "get", "obtain", "benefit"}


_TO_HEADS = {"access", "right", "rights", "entitlement", "admission", "equality", "exposure",
             "respect", "assistance", "support", "information", "guidance"}


_ING = {"ensuring": "ensure", "promoting": "promote", "providing": "provide", "enabling": "enable",
        "facilitating": "facilitate", "guaranteeing": "guarantee", "eliminating": "eliminate",
        "preventing": "prevent", "protecting": "protect", "securing": "secure",
        "encouraging": "encourage", "developing": "develop", "improving": "improve"}


_NOT_NOUN = re.compile(r"(?i)^(?:as|of|to|in|on|at|by|or|and|nor|but|if|when|where|whether|"
                       r"than|which|who|what|without|because|it|they|he|she|we|there|"
                       r"themselves|itself)\b")


PROVIDE = ("provide", "make", "guarantee", "ensure", "offer", "grant", "give", "secure", "extend",
           "afford", "accord", "allow", "permit", "set", "establish", "organise", "organize")


_MATTER = re.compile(r"\b(?:as regards|with respect to|in respect of|with regard to|in regard to|"
                     r"in the field of|in matters of|in the matter of|as concerns)\s+"
                     r"(?P<m>[^,;:.]+)",
                     re.I)


_RIGHT = re.compile(r"\b(?:(?:has|have|shall have|enjoys?|shall enjoy)\s+(?:the\s+|a\s+)?"
                    r"(?:right|rights|entitlement)\s*|(?:is|are|shall be) entitled\s+|"
                    r"recogni[sz]e\s+the\s+right\s+of\s+(?:\w+\s+){1,4}?(?=to\s))"
                    r"(?P<r>to\s+[^,;:.]+)", re.I)


_PASSIVE = re.compile(r"(?P<subj>[^,;:]+?)\s+(?:shall|must|should|will|may|is to|are to|"
                      r"can)(?:\s+(?:also|progressively|in particular|in principle|therefore|"
                      r"ideally|always|(?P<neg>not)))*\s+(?:be|become)\s+(?P<comp>[^,;:]+.*)$",
                      re.I)


_PARTICIPLE = re.compile(r"^(?:\w+ly\s+)?(?:\w+ed|given|taught|made|known|done|shown|seen|held|"
                         r"kept|paid|built|set|put|met|brought|sought|borne|drawn|chosen)\b",
                         re.I)


def clean_text(text: str) -> str:
    t = " ".join((text or "").split())
    t = re.sub(r"^(?:\(?[a-z0-9ivx]{1,4}[).]\s+)+", "", t, flags=re.I)
    t = re.sub(r"^\(?[a-z0-9]{1,3}[).](?=[A-Z][a-z])", "", t)     # 'a.Education is …'
    t = re.sub(r"(?:[;:,.]\s*(?:and|or)?\s*)+$", "", t).strip()
    return t


_AND_VERB = re.compile(r"(?<=\w),?\s+(?:and|or)\s+(?:to\s+)?(?P<v>[a-z]+)\s+(?=\S)")


def cut(phrase: str, max_words: int = 10, *, whole: bool = False) -> str:
    """A noun or verb phrase without its trailing clauses (a second verb phrase too: '… redress
    mechanisms | and ensure access to justice'), determiners or dangling words. `whole`: a
    phrase longer than `max_words` runs on to where it ends, if that is near (`_phrase_end`),
    rather than stop mid-phrase (a question says its clause whole)."""
    p = " ".join((phrase or "").split())
    m = _CUT.search(p)
    if m:
        p = p[:m.start()]
    verbs = [m for m in _AND_VERB.finditer(p) if m.group("v") in NOUN_OF or
             m.group("v") in PROVIDE]
    if verbs:
        p = p[:verbs[0].start()]
    p = p.strip(" ,;:.")
    words = p.split()
    words = words[:_phrase_end(words, max_words) if whole else max_words]
    while words and words[-1].lower().strip(",") in _TAIL_WORDS:
        words.pop()
    return _balanced(_MANNER_CUT.sub("", " ".join(words).strip(" ,")))


# words a phrase may end before: the next one starts another phrase or clause (a preposition
# does not: 'respect | for human rights' goes on)
_PHRASE_STARTS = {"and", "or", "but", "nor", "which", "who", "whom", "whose", "that", "unless",
                  "if", "when", "where", "while", "whereas", "including", "so", "until"}
PHRASE_REACH = 5        # words a phrase may run past its limit to end whole


def _phrase_end(words: list[str], max_words: int) -> int:
    """How many of `words` a phrase of at most `max_words` keeps: all of them when they fit;
    else up to where its clause ends (a comma, a conjunction, a relative, the end) within
    `PHRASE_REACH` words past the limit ('… unless it is in their best | interests and …' runs
    on to 'interests'), rather than cut mid-phrase; else the limit."""
    if len(words) <= max_words:
        return len(words)
    for j in range(max_words, min(len(words), max_words + PHRASE_REACH) + 1):
        if j == len(words) or words[j].lower() in _PHRASE_STARTS or \
                words[j - 1].endswith((",", ";", ":")):
            return j
    return max_words


_QUOTES = re.compile(r"[“”\"]")
# a manner whose description was cut ('… in a manner | consistent with …')
_MANNER_CUT = re.compile(r"(?i),?\s+in (?:a|such a|the same) (?:manner|way)$")


def _balanced(phrase: str) -> str:
    """A phrase without its quotation marks when they do not pair up (a quotation cut open:
    'used “only as a measure of last resort')."""
    opened, closed = phrase.count("“"), phrase.count("”")
    if opened != closed or phrase.count('"') % 2:
        return _QUOTES.sub("", phrase)
    return phrase


def shorten(phrase: str, limit: int = 12) -> str:
    """A title of at most `limit` words, cut before a preposition rather than mid-phrase."""
    words = phrase.split()
    if len(words) <= limit:
        return phrase
    cuts = [i for i in range(3, limit + 1) if words[i].lower() in (   # not 'of', 'to': they bind
        "in", "for", "with", "on", "among", "at", "from", "by", "under", "within",
        "without", "against", "through", "including")]
    words = words[:cuts[-1]] if cuts else words[:limit]
    while words and words[-1].lower().strip(",") in _TAIL_WORDS:
        words.pop()
    return " ".join(words).strip(" ,")


def _strip_det(np: str) -> str:
    words = np.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return " ".join(words)


def lower_first(s: str) -> str:
    """Lower-case a phrase's first word unless it is an acronym or a name ('UN', 'Roma')."""
    if not s:
        return s
    first = s.split()[0]
    if first.isupper() and len(first) > 1 or any(ch.isdigit() for ch in first):
        return s
    if first.lower() in {"roma", "sinti", "european", "english", "french", "braille", "states",
                         "state", "parties", "party", "member", "members", "contracting", "high",
                         "committee", "convention", "covenant", "charter", "protocol", "council",
                         "article", "articles", "un", "united"}:
        return s
    return s[:1].lower() + s[1:]


def sentence_case(s: str) -> str:
    s = " ".join((s or "").split())
    return s[:1].upper() + s[1:]


_QUALITY = r"(?:free|compulsory|equal|equally|generally|open|inclusive|universal|safe)"
# 'X [compulsory and] available [and accessible] [free [of charge]]' after make/render
_AVAILABLE = re.compile(
    rf"(?i)(?P<x>.+?)\s+(?P<q>(?:{_QUALITY}(?:,\s*|\s+(?:and|or)\s+))*"
    r"(?:(?:equally|generally|fully|progressively)\s+)?(?:available|accessible)"
    r"(?:\s+(?:and|or)\s+(?:available|accessible))?(?:\s+free(?:\s+of\s+charge)?)?)\b")


def join_and(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(np: str) -> bool:
    """Whether a subject takes 'are': its head noun (before 'of', 'who' …) is plural, or it
    coordinates two nouns."""
    core = re.split(r"(?i)\s(?:of|for|in|with|from|to|on|at|by|who|which|that|taking|"
                    r"concerning|involved|belonging)\s", " " + np + " ")[0].split()
    if not core:
        return False
    if len(core) > 1 and any(w.lower() in ("and", "or") for w in core):
        return True
    head = core[-1].lower()
    if head in ("children", "people", "persons", "women", "men", "peoples", "staff"):
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))


def _quality(q: str) -> str:
    q = re.sub(r"^(?:made\s+)?available\s+(free(?:\s+of\s+charge)?)$", r"\1", q.strip(), flags=re.I)
    q = re.sub(r"^free\s+of\s+charge$", "free", q, flags=re.I)
    return q


# a right to several acts of one object: "to revitalize, use, develop and transmit to future
# generations their histories, languages, oral traditions …" (the Declaration on the Rights of
# Indigenous Peoples, Art. 13(1)); its object starts at its determiner
_VERB_LIST = re.compile(r"to\s+(?P<v>[a-z]+)(?:,\s*[a-z]+)*,?\s+(?:and|or)\s+(?!to\b)[a-z]+"
                        r"(?:\s+(?:to|for|among)\s+[a-z]+(?:\s+[a-z]+)?)?"
                        r"\s+(?P<o>(?:their|its|his|her|the)\s.+)$")


def _first_verb(right: str) -> str:
    """A right to a list of acts said with its first act and their object ("to revitalize
    their histories, languages, oral traditions …"), '' when it is no such list: it was named
    by its first verb alone, "Right to revitalize", "Right to manifest" (trial 44)."""
    m = _VERB_LIST.match(right)
    return f"to {m.group('v')} {m.group('o')}" if m else ""


def statement_gist(sp: StatementParts) -> Gist | None:
    """The provision one statement makes, phrased three ways (see Gist); None when its words give
    nothing to name."""
    t = clean_text(sp.text)
    if not t:
        return None
    low = t.lower()
    # a right: "Everyone has the right to education", "recognize the right of everyone to …"
    m = _RIGHT.search(t)
    if m and (sp.strength == "recognition" or not sp.strength or "right" in low):
        listed = _first_verb(t[m.start("r"):])
        r = cut(listed, 10, whole=True) if listed else cut(m.group("r"), 10)
        if len(r.split()) >= 2:
            np = f"right {lower_first(r)}"
            return Gist(title=sentence_case(np), question=f"recognise the right of {{who}} {r}",
                        provision=f"the {np}")
    # "As regards housing, the States shall accord to refugees treatment as favourable as …"
    matter = ""
    mm = _MATTER.search(t)
    if mm:
        matter = lower_first(_strip_det(cut(re.split(
            r"\s+(?:the\s+)?(?:Contracting|States|Parties|High|Governments?)\b", mm.group("m"))[0],
            6)))
    g = _passive_gist(t)
    if g is not None:
        return g
    # active statements: aim (verb) + object, e.g. "provide … a free primary education"
    verb = (sp.aim or "").strip().lower()
    obj = clean_text(sp.object)
    rest = ""
    if obj and obj.lower() in low:
        i = low.index(obj.lower())
        rest = t[i + len(obj):]
    if not obj and not matter:
        m = re.match(r"(?i)to\s+([a-z]+)\s+(.+)$", t)
        if m and not m.group(1).endswith("s"):
            verb, obj, rest = m.group(1).lower(), m.group(2), ""
    m = re.match(r"(?i)to\s+([a-z]+)\s+(.+)$", obj)
    if m and not m.group(1).endswith("s"):        # "undertake [to arrange for …]"
        verb, obj = m.group(1).lower(), m.group(2)
    head = (_strip_det(cut(obj, 10)).split() or [""])[-1].lower()
    if matter and head in _VAGUE:
        if re.search(r"(?i)same treatment|equal(?:ity of)? treatment|treatment (?:as|equal|no|not)"
                     r"[^,;]*nationals|accorded to (?:their own )?nationals", t):
            return Gist(title=sentence_case(f"equal treatment with nationals in {matter}"),
                        question=f"accord {{who}} the same treatment as nationals in {matter}",
                        provision=f"equal treatment with nationals in {matter}")
        return Gist(title=sentence_case(f"access to {matter}"),
                    question=f"guarantee {{who}} access to {matter}",
                    provision=f"access to {matter}")
    for _ in range(2):    # "take measures to ensure X", "undertake: to provide X" → X
        head = (_strip_det(cut(obj, 10)).split() or [""])[-1].lower()
        if head not in _VAGUE and verb not in _COMMISSIVE:
            break
        m = re.search(r"\bto\s+(?P<v>[a-z]+)\s+(?P<o>[^;:.]+)", (rest or t[len(obj):]) if obj
                      else t)
        if not m:
            break
        v = _ING.get(m.group("v").lower(), m.group("v").lower())
        if v in ("be", "which", "the", "a", "an", "all", "any", "whom", "this", "that") or (
                v.endswith("s") and not v.endswith("ss")) or v.endswith("ing"):
            break
        verb, obj, rest = v, m.group("o"), ""
    # coordinated verbs: "eliminate and prevent discrimination"
    m = re.match(r"(?i)(and|or)\s+([a-z]+)\s+(.+)$", obj)
    if m and (m.group(2).lower() in NOUN_OF or m.group(2).lower() in PROVIDE):
        v2, obj = m.group(2).lower(), m.group(3)
        n1, n2 = NOUN_OF.get(verb, ""), NOUN_OF.get(v2, "")
        verb = f"{verb} {m.group(1).lower()} {v2}"
        noun_pair = (f"{n1.rsplit(' ', 1)[0]} {m.group(1).lower()} {n2}"
                     if n1 and n2 and n1.endswith(" of") and n2.endswith(" of") else "")
    else:
        noun_pair = ""
    that = re.match(r"(?i)(?:that\s+)?(?P<c>.+?\s(?:is|are|be|shall|will|can|has|have)\s.+)$", obj)
    if that and (obj.lower().startswith("that ") or verb in _COMMISSIVE or verb in (
            "ensure", "guarantee", "secure")):
        return _clause_gist(verb, cut(that.group("c"), 14))
    if verb in ("make", "render") and re.match(r"(?i)(?:generally\s+|equally\s+)?(?:available|"
                                               r"accessible)\s+", obj):
        words = obj.split()
        k = 1 if words[0].lower() in ("available", "accessible") else 2
        verb, obj = f"make {' '.join(words[:k]).lower()}", " ".join(words[k:])
    avail = _AVAILABLE.match(obj) if verb in ("make", "render") else None
    if avail and not re.match(r"(?i)(?:it|them|this|these)$", avail.group("x")):
        # "make X available and accessible to all" → 'Available and accessible X'; "make
        # primary education compulsory and available free" → 'Free and compulsory primary
        # education', as the copular statement of the same provision is titled
        x, q = lower_first(_strip_det(avail.group("x"))), avail.group("q").lower()
        quals = list(dict.fromkeys(_quality(w) for w in re.split(
            r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", q) if w))
        np = f"{join_and(sorted(quals, key=lambda w: (len(w), w)))} {x}"
        return Gist(title=sentence_case(np), question=f"make {x} {q} for {{who}}",
                    provision=np, subject=x, qualities=tuple(quals))
    pv = re.search(rf"(?i)\b{re.escape(verb)}\s+(into\s+(?:account|consideration))\b", t) \
        if verb else None
    if pv:
        verb = f"{verb} {pv.group(1).lower()}"
    np_q = cut(obj, 16)
    head = (np_q.split() or [""])[-1].lower()
    if np_q and rest and len(np_q.split()) <= 5 and re.match(
            r"\s+(?:in|of|for|at|on|among|from|against)\s+|,\s*[\w-]+(?:\s[\w-]+)?,?\s"
            r"(?:and|or)\s|\s+(?:and|or)"
            r"\s+[\w-]+\s+(?:among|in|of)\b" + (r"|\s+to\s" if head in _TO_HEADS else ""), rest):
        tail = re.split(r",\s*(?:and\s+)?(?=(?:shall|must|should|will|may|which|who|in order|"
                        r"so as)\b)|[;.]", rest)[0]
        ext = cut(re.sub(r",(?=\s*(?:and|or)?\s*[\w-]+(?:\s[\w-]+)?(?:,|\s+(?:and|or)\s))",
                         " ,", np_q + tail).replace(" ,", ","), 16)
        if len(ext.split()) > len(np_q.split()):
            np_q = ext
    np_q = _TO_ALL.sub("", np_q)
    if re.match(r"(?i)such\s", np_q):
        np_q = np_q.split(None, 1)[1]
    np = _strip_det(np_q)
    if re.match(r"(?i)(?:for|to|of|with|on|upon)\s", np) and verb in ("arrange", "provide", "call",
                                                                      "care", "account"):
        verb, np = f"{verb} {np.split()[0].lower()}", _strip_det(np.split(None, 1)[1])
        np_q = np
    head = (np.split() or [""])[-1].lower()
    if not np or _NOT_NOUN.match(np) or (len(np.split()) == 1 and head in _ADJECTIVES | {
            "necessary", "exempt", "acceptable", "necessary for"}):
        return None
    np_l, np_ql = lower_first(np), lower_first(np_q)
    if verb in _HAVE:       # "migrant workers shall receive the treatment …"
        if re.match(r"(?i)\w+ly\s|(?:from|of|to|for)\s", np):
            return None
        return Gist(title=sentence_case(np_l), question=f"guarantee {{who}} {np_ql}",
                    provision=np_l)
    if verb and verb not in ("be", "is", "are"):
        noun = noun_pair or NOUN_OF.get(verb.split()[0], None)
        if noun is None and _PEOPLE_ONLY.match(np):     # "consult the peoples concerned"
            noun = MORE_NOUNS.get(verb.split()[0]) or (
                f"{suffix_noun(verb.split()[0])} of" if suffix_noun(verb.split()[0]) else None)
        np_the = re.sub(r"(?i)^(?:such|all|any|appropriate)\s+", "", np_ql)
        title = f"{noun} {lower_first(np_the)}" if noun else np_l
        for_who = " for {who}" if verb.split()[0] in PROVIDE else ""
        return Gist(title=sentence_case(title), question=f"{verb} {np_ql}{for_who}",
                    provision=lower_first(title))
    if head not in _VAGUE and len(np.split()) > 1:
        return Gist(title=sentence_case(np_l), question=f"provide for {np_ql} for {{who}}",
                    provision=np_l)
    return None


_SUBORDINATE = re.compile(r"(?i)\s*(?:unless|if|when|where|whereas|although|though|whether|"
                          r"because|while|until|provided|insofar|in so far)\b")


# an adverbial phrase set off before a clause's subject ('As a general rule, children …')
_LEAD_ADVERBIAL = re.compile(r"(?i)^(?:as|in|where|wherever|at|under|by|on|with|for)"
                             r"(?:\s+[\w'-]+){0,4},\s+")


def _passive_gist(t: str) -> Gist | None:
    """Copular and passive statements: 'Primary education shall be compulsory and available free
    to all', 'No one shall be denied the right to education', 'The child shall be accorded …'."""
    for start in [0] + [x.end() for x in re.finditer(r",\s*", t)]:
        m = _PASSIVE.match(t, start)
        if m and not _ACTOR_WORDS.search(m.group("subj")) and len(m.group("subj").split()) <= 8 \
                and not _SUBORDINATE.match(m.group("subj")):
            break
    else:
        return None
    raw_subj = re.split(r"(?i)\bthat\s", m.group("subj"))[-1].strip()
    head = t[:m.start()].rstrip(", ")
    if m.start() and re.search(r"\band\b", raw_subj) and 0 < len(head.split()) <= 4 and \
            "," not in head and not _ACTOR_WORDS.search(head):
        raw_subj = f"{head}, {raw_subj}"    # a list subject: 'Health facilities, goods and …'
    neg = bool(m.group("neg")) or bool(re.match(r"(?i)(?:no\s+\w+|nobody|none|neither)\b",
                                                 raw_subj))
    if re.match(r"(?i)(?:neither|nor)\b", raw_subj):
        return None
    subj = lower_first(_strip_det(cut(raw_subj, 8)))
    said = re.split(r",?\s+(?:and|or)\s+(?=(?:[\w-]+\s+){0,5}(?:shall|must|should|will|may)\b)",
                    m.group("comp"))[0]
    comp = _TO_ALL.sub("", cut(said, 12))
    if not subj or not comp:
        return None
    be = "are" if _plural(subj) else "is"
    if re.match(r"(?i)no\s+(?:one|person|child|body)\b|nobody", raw_subj):
        be, subj_q = "is", raw_subj.lower()
    else:
        subj_q = lower_first(raw_subj)
    made = bool(re.match(r"(?i)made\b", comp))
    if made:
        comp = comp.split(None, 1)[1] if len(comp.split()) > 1 else ""
    # 'accessible to all, especially the most vulnerable': the qualities come before the aside
    aside = re.split(r"(?i),\s*(?:especially|particularly|notably)\b", m.group("comp"))
    qcomp = _TO_ALL.sub("", cut(aside[0], 12)) if len(aside) > 1 else comp
    quals = [_quality(q) for q in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", qcomp)]
    quals = [q for q in quals if q]
    adjectival = quals and all(len(q.split()) <= 3 and not re.search(
        r"\b(?:to|of|in|for|by|with|on|from|the|a|an)\b", q, re.I) and not _PARTICIPLE.match(q)
        or q.lower() in _ADJECTIVES for q in quals)
    if not neg and adjectival:
        title_q = sorted(dict.fromkeys(quals), key=lambda q: (len(q), q))
        np = f"{join_and(title_q)} {subj}"
        the = "the " if re.match(r"(?i)the\s", raw_subj) else ""
        return Gist(title=sentence_case(np),
                    question=f"make {the}{subj} {join_and(quals)} for {{who}}",
                    provision=lower_first(np), subject=subj,
                    qualities=tuple(dict.fromkeys(quals)))
    if made:        # 'made available', or made in a manner its words do not keep: the thing
        named, asked = f"{comp} {subj}".strip(), f"{subj} {comp}".strip()
        return Gist(title=sentence_case(named) if len(comp.split()) <= 2
                    else sentence_case(subj), question=f"make {asked} for {{who}}",
                    provision=lower_first(named))
    part = comp.split()[0].lower()
    after = comp.split(None, 1)[1] if len(comp.split()) > 1 else ""
    not_ = "not " if m.group("neg") else ""
    question = f"ensure that {subj_q} {be} {not_}" + _TO_ALL.sub("", cut(said, 12, whole=True))
    if part in ("accorded", "given", "granted", "offered", "afforded", "guaranteed") and after \
            and not neg and not re.match(r"(?i)(?:to|by|for|in|on|at|within|under|throughout|"
                                         r"\w+ly)\b", after):
        title = _strip_det(after)      # "the child shall be accorded the same protection as …"
    elif neg and part in ("denied", "refused", "deprived") and after:
        obj = _strip_det(re.sub(r"(?i)^of\s+", "", after))
        title = obj
    elif part in _NOMINAL:
        who_of = subj if re.match(r"(?i)no\s", raw_subj) else lower_first(raw_subj)
        who_of = _LEAD_ADVERBIAL.sub("", who_of)  # 'As a general rule, children …': children
        after = re.split(r"(?i)\s*\bto (?:ensure|guarantee)\b", after)[0]   # its purpose
        title = f"{'no ' if neg else ''}{_NOMINAL[part]} of {who_of} {after}"
        title = re.sub(r"(?i)^no (\w+) of no (one|person|child)\b", r"no \1 of any \2", title)
    elif neg:
        return None
    elif part in ("the", "a", "an"):    # what it shall be: 'Best interests of the child as the
        title = f"{subj} as {comp}"     # paramount consideration'
    else:
        title = f"{subj} {comp}"
    return Gist(title=sentence_case(cut(lower_first(title), 14)), question=question,
                provision=lower_first(cut(title, 14)))


def _clause_gist(verb: str, clause: str) -> Gist | None:
    """'ensure that the child is protected against …' → 'Protection of the child against
    …'."""
    if verb in _COMMISSIVE or not verb:
        verb = "ensure"
    clause = re.sub(r"(?i)^that\s+", "", clause)
    cm = re.match(r"(?i)(?P<s>.+?)\s+(?:is|are|shall be|will be|can be)\s+(?P<n>not\s+)?"
                  r"(?P<p>\w+ed)\b\s*(?P<r>.*)$", clause)
    title = clause
    if cm and cm.group("p").lower() in _NOMINAL:
        title = (f"{'no ' if cm.group('n') else ''}{_NOMINAL[cm.group('p').lower()]} of "
                 f"{lower_first(cm.group('s'))} {cm.group('r')}")
    title = cut(_strip_det(title), 14)
    return Gist(title=sentence_case(title), question=f"{verb} that {lower_first(clause)}",
                provision=lower_first(title))
