"""Wording a group of statements with their own words: the title, question and provision of the
gist most of them share (`phrase_generic`), and the tidying every title and question gets
(`fill`, `tidy`, `tidy_question`), and whether a question's verb is one a State can do for its
statement (`states_verb`)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from corpus_tool.naming.gist import (NOUN_OF, PROVIDE, Gist, StatementParts, clean_text, cut,
                                     lower_first, shorten, join_and, sentence_case,
                                     statement_gist)
from corpus_tool.naming.quality import PREPOSITIONS
from corpus_tool.naming.statement_phrase import DEFINITION


def fill(template: str, **slots: str) -> str:
    """Fill {slots}; empty slots leave no stray commas or double spaces behind."""
    out = template
    for k, v in slots.items():
        if not v:   # "guarantee {who}, {status_q}, access" → "guarantee {who} access"
            out = re.sub(r",\s*\{" + k + r"\}\s*,", " ", out)
            out = re.sub(r",\s*\{" + k + r"\}", "", out)
        out = out.replace("{" + k + "}", v or "")
    out = re.sub(r"\{[a-z_]+\}", "", out)
    out = re.sub(r"\s*,\s*,", ",", out)
    out = re.sub(r",\s*([?.])", r"\1", out)
    out = re.sub(r"\s+([?.,])", r"\1", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out[:1].upper() + out[1:]


_WORD = re.compile(r"[a-z]{3,}")


_STOP = {"the", "and", "for", "shall", "all", "any", "their", "its", "which", "with", "such",
         "this", "that", "states", "parties", "party", "state", "have", "has", "been", "are",
         "not", "who", "from", "into", "other", "also", "may", "should", "must", "will"}


def _words(s: str) -> set[str]:
    return {w for w in _WORD.findall((s or "").lower()) if w not in _STOP}


_RANK = {"obligation": 0, "prohibition": 0, "recognition": 1, "recommendation": 2,
         "permission": 3}


def phrase_generic(*, statements: Sequence[StatementParts], who: str, status: bool
                   ) -> tuple[str, str, str]:
    """Title, question and provision for a group no topic fits, from its statements' own words:
    the gist most of them share (copular statements about the same thing are merged: 'free' +
    'compulsory' elementary education), else the gist of the most representative statement (the
    one whose words the others share most, binding ones first). Never a placeholder."""
    gists = [(sp, statement_gist(sp)) for sp in statements]
    gists = [(sp, g) for sp, g in gists if g is not None]
    if not gists:
        sp = sorted(statements, key=lambda s: (len(s.text or ""), s.text or ""))[0] if statements \
            else StatementParts(text="")
        clause = clean_text(sp.text)
        # the clause that holds the modal, without a leading adverbial ("In case of …, ")
        mod = re.search(r"(?i)\b(?:shall|must|should|will|may|undertake)\b", clause)
        if mod:
            head_part = clause[:mod.start()]
            k = head_part.rfind(",")
            if k >= 0 and len(clause[k + 1:mod.start()].split()) <= 8:
                clause = clause[k + 1:].strip()
        np = cut(clause, 16) or cut(clean_text(sp.text), 16)
        inf = re.match(r"(?i)to\s+(.+)$", np)      # a list item: "to provide or promote, as …"
        if inf:
            gists = [(sp, Gist(title=sentence_case(inf.group(1)), question=inf.group(1),
                               provision=f"what the provision requires ({inf.group(1)})",
                               closed=True))]
        else:
            gists = [(sp, Gist(title=sentence_case(np), question="give effect to the provision "
                               f"that {lower_first(np)}",
                               provision=f"the provision that {lower_first(np)}"))]
    # copular statements about the same thing: one subject, all its qualities
    by_subject: dict[str, list[Gist]] = defaultdict(list)
    for _, g in gists:
        if g.subject:
            by_subject[g.subject.split()[-1].lower()].append(g)
    merged = None
    for head, gs in sorted(by_subject.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        subjects = Counter(g.subject.lower() for g in gs if g.subject.lower() != head)
        if subjects:    # the most frequent specific subject, and the bare head ('education')
            subj_l = sorted(subjects, key=lambda x: (-subjects[x], len(x.split()), x))[0]
            gs = [g for g in gs if g.subject.lower() in (subj_l, head)]
        if len(gs) >= 2 and len(gs) * 2 >= len(gists):
            subj = sorted({g.subject for g in gs}, key=lambda s: (-len(s.split()), s))[0]
            quals = list(dict.fromkeys(q for g in gs for q in g.qualities))
            title_q = sorted(quals, key=lambda q: (len(q), q))
            np = f"{join_and(title_q)} {subj}"
            merged = Gist(title=sentence_case(np), question=f"make {subj} {join_and(quals)} "
                          "for {who}", provision=lower_first(np), subject=subj,
                          qualities=tuple(quals))
        break
    if merged is not None:
        best = merged
    else:
        counts = Counter(g.title.lower() for _, g in gists)
        all_words = [_words(sp.text) for sp in statements]

        def rank(item):
            sp, g = item
            gw = _words(g.title + " " + sp.text)
            overlap = sum(len(gw & w) / (len(gw | w) or 1) for w in all_words)
            return (-counts[g.title.lower()], _RANK.get(sp.strength, 4), -round(overlap, 6),
                    len(g.title), g.title)
        best = sorted(gists, key=rank)[0][1]
    title = shorten(best.title, 12)
    if status:
        title += " regardless of residence status"
    q = best.question
    if ("{who}" not in q and who and not best.closed and q.split()[0] in PROVIDE
            and not q.startswith(("ensure that", "give effect"))):
        q += " for {who}"
    who_q = who
    if status:
        who_q = f"{who}, whatever their residence status," if who else ""
    question = fill("Does the law " + q + "?", who=who_q)
    return tidy(title), tidy_question(question), best.provision


def tidy(s: str) -> str:
    s = re.sub(r"\s+([,.?;:])", r"\1", " ".join((s or "").split()))
    s = re.sub(r",\s*,", ",", s).strip(" ,")
    return sentence_case(s)


def tidy_question(s: str) -> str:
    s = tidy(s).rstrip(" ?.,;:")
    s = re.sub(r",\s*$", "", s)
    return s + "?"


GIST_VERBS = {"ensure", "recognise", "recognize", "make", "provide", "guarantee", "accord",
              "prohibit", "promote", "protect", "respect", "combat", "eliminate", "prevent",
              "support", "facilitate", "encourage", "establish", "develop", "collect",
              "monitor", "adopt", "give", "grant", "offer", "secure", "allow",
              "permit", "apply", "avoid", "ban", "abolish", "liberalise", "liberalize"}


def states_verb(question: str, sp: StatementParts) -> bool:
    """Whether the question's verb is one a State can do for the statement: the statement's aim,
    a verb its text puts after a modal or 'to', or a verb the gist rules use."""
    first = (question.split() or [""])[0].lower()
    if first == "take" and not re.match(r"(?i)take\s+(?:\w+\s+){0,2}(?:measures|steps|action)\b",
                                        question):
        return False        # 'take the same opportunities…': the parse took the wrong verb
    if first in GIST_VERBS or first == (sp.aim or "").lower().split(" ")[0]:
        return True
    return bool(re.search(rf"(?i)\b(?:shall|should|must|will|undertakes? to|agrees? to)\s+"
                          rf"(?:\w+ly\s+)?{re.escape(first)}\b", sp.text or ""))


# a provision headed by a right, or by an act or state named with its object ('issue of …',
# 'protection of …', 'processing of …'), or by a measure of something ('share of the
# population protected', 'level of benefits': trial 34, P11), takes the article ('access to',
# 'equality of' do not)
_NOMINAL = (r"(?!access\b|equality\b)(?:issue|status|use|care|share|level|rate|amount|scope|"
            r"number|length|period|extent|value|coverage|"
            r"\w+(?:tion|sion|ment|ance|ence|al|ing|ty))")
# ('the use and revitalisation of …': two such nouns joined, as one)
_TAKES_ARTICLE = re.compile(rf"^(?:rights? |(?:{_NOMINAL} (?:and|or) )?{_NOMINAL} (?:of|to)\b)")


# singular nouns of a thing a law sets up or lays down, which are counted: one of them named
# alone takes 'a' ('provide for a legal duty to consult …', not 'provide for legal duty …':
# a codebook's name without its article, a researcher's trial 26, P11)
_COUNTED = frozenset("""duty requirement procedure mechanism body system plan strategy programme
program institution authority commission committee office fund register registry process
framework agency ombudsman tribunal court council board network unit scheme policy
obligation guarantee presumption prohibition ban quota threshold deadline limit basis remedy
age range period
""".split())      # ('a legal basis …', 'an effective remedy …': trial 33, P6; 'a minimum age of
# criminal responsibility …', 'a range of non-custodial sentences': trial 40, P12)


def with_article(provision: str) -> str:
    """A provision as the object of 'provides for': a right, or an act named with its object,
    takes its article ('provides for the right to vote …', '… for the issue of residence
    permits', not 'provides for right to vote …'); a counted thing named in the singular takes
    'a' (`counted`)."""
    return f"the {provision}" if _TAKES_ARTICLE.match(provision) else counted(provision)


def counted(phrase: str) -> str:
    """`phrase` with 'a' or 'an' when it names one counted thing without an article ('a legal
    duty to consult …', 'a free, prior and informed consent requirement', 'an independent
    complaints mechanism'): its head, before its first preposition or conjunction, is one of
    `_COUNTED`."""
    words = phrase.split()
    if not words or words[0].lower() in ("a", "an", "the", "any", "every", "each", "one", "its",
                                         "their", "his", "her", "no", "such", "this", "that"):
        return phrase
    low = [w.lower().strip(",;:") for w in words]
    prep = next((k for k, w in enumerate(low) if w in PREPOSITIONS), len(low))
    conj = next((k for k, w in enumerate(low[:prep]) if w in ("and", "or")), prep)
    # (its head before a participle too: 'a legal basis required for every processing …')
    if any(0 < k and (low[k - 1] in _COUNTED or k > 1 and low[k - 1].endswith("ed")
                      and low[k - 2] in _COUNTED) for k in {prep, conj}):
        return ("an " if low[0][:1] in "aeio" else "a ") + phrase
    return phrase


# the heads of a provision that names a body a country sets up, not something people are
# entitled to ("an independent supervisory authority with … powers": trial 28)
_BODIES = frozenset("""authority authorities body bodies commission commissioner committee office
ombudsman ombudsperson tribunal court council board agency institution institutions
mechanism mechanisms register registry registers fund network unit""".split())


def _head(provision: str) -> list[str]:
    """The words of `provision` before its first preposition or relative, lower case."""
    low = [w.lower().strip(",;:") for w in provision.split()]
    end = next((k for k, w in enumerate(low) if w in PREPOSITIONS or w in (
        "that", "which", "who", "to")), len(low))
    return low[:end]


def names_body(provision: str) -> bool:
    """Does `provision` name a body, an office or a register a country sets up (its head, before
    its first preposition or relative, is one of `_BODIES`)?"""
    head = _head(provision)
    return bool(head) and head[-1] in _BODIES


# the heads of what a State does, not what anyone holds: an offence, an investigation, a
# liability, co-operation, measures, regulation (a researcher's trial 46, P5: "The law provides
# for criminal offence of trafficking …, covering everyone concerned, as an enforceable
# entitlement", and so for liability of legal persons, international co-operation and border
# measures)
_STATE_MEASURES = frozenset("""offence offences offense offenses investigation investigations
prosecution prosecutions liability confiscation seizure forfeiture co-operation cooperation
co-ordination coordination measures regulation regulations inspection inspections jurisdiction
extradition sanctions legislation campaigns strategy monitoring""".split())


def state_measure(provision: str) -> bool:
    """Does `provision` name what a State does (its words before the first preposition or
    relative hold one of `_STATE_MEASURES`: "criminal offence of trafficking", "ex officio
    investigation and prosecution", "the liability of legal persons", "international
    co-operation")? No one is entitled to it: its levels ask that the law provide it, not an
    enforceable entitlement covering everyone concerned."""
    return any(w in _STATE_MEASURES for w in _head(provision))


# the heads of a provision that acts against a wrong with the law's force: a prohibition, which
# is breached, and a penalty, which is imposed; no one is entitled to either, so their levels
# ask for remedies or sanctions, not "an enforceable entitlement" (a researcher's trial 31, P5)
_SANCTIONED = {"prohibition": "prohibition", "prohibitions": "prohibition", "ban": "prohibition",
               "bans": "prohibition", "criminalisation": "prohibition",
               "criminalization": "prohibition", "penalisation": "prohibition",
               "penalization": "prohibition", "penalties": "penalty", "penalty": "penalty",
               "sanctions": "penalty", "punishment": "penalty", "punishments": "penalty",
               "fines": "penalty"}


def sanctioned(provision: str) -> str:
    """'prohibition' when `provision` names a prohibition ("prohibition of night work of
    children", "a ban on …", "criminalisation of …"), 'penalty' when it names penalties
    ("penalties for employing children"), else ''."""
    words = [w.lower().strip(",;:") for w in provision.split()[:2]]
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return _SANCTIONED.get(words[0], "") if words else ""


def provides(provision: str) -> str:
    """'Does the law provide for …?', a definition asked as one ('Does the law define …?'), a
    right with its article."""
    if provision.startswith(DEFINITION.lower()):
        return f"Does the law define {provision[len(DEFINITION):]}?"
    return f"Does the law provide for {with_article(provision)}?"


# the verbs by which a statement acts against a harm it names; the noun a title puts before the
# harm is `gist.NOUN_OF`'s, or this one's where it has none or one a title cannot put before a
# harm ("combating" would make "the law provides for the combating gender-based violence")
_AGAINST = ("prohibit", "ban", "outlaw", "forbid", "refrain from", "suppress", "combat",
            "eliminate", "eradicate", "end", "abolish", "prevent", "avoid", "criminalise",
            "criminalize", "penalise", "penalize", "punish", "protect from", "protect against")
_AGAINST_NOUN = {"outlaw": "prohibition of", "forbid": "prohibition of",
                 "refrain from": "prohibition of", "suppress": "suppression of",
                 "combat": "elimination of",
                 "eradicate": "eradication of", "end": "elimination of",
                 "criminalise": "criminalisation of", "criminalize": "criminalization of",
                 "penalise": "penalisation of", "penalize": "penalization of",
                 "protect from": "protection against", "protect against": "protection against"}
_QUANTIFIED = (r"(?:(?:all|any|every|the|such)\s+)?(?:(?:forms?|acts?|cases?|instances?|use|"
               r"practices?|imposition)\s+of\s+)?")


def _verb_pattern(verb: str) -> str:
    """'suppress' → its forms ('suppresses', 'suppressed', 'suppressing'); 'protect from' with up
    to two words between ('protect women from')."""
    words = verb.split()
    head = re.sub(r"e$", "", words[0]) + r"(?:e?s|e?d|ing|e)?"
    rest = "".join(r"\s+(?:\w+\s+){0,2}?" + w for w in words[1:])
    return rf"\b{head}{rest}\s+{_QUANTIFIED}"


_AGAINST_RE = [(_verb_pattern(v), _AGAINST_NOUN.get(v) or NOUN_OF[v]) for v in _AGAINST]


# nouns of a wrong done to people: a name headed by one names what the law is to prevent
HARMS = frozenset("""denial detention discrimination exploitation trafficking traffic violence
abuse abuses expulsion expulsions deportation deportations segregation exclusion harassment
torture refusal deprivation eviction evictions mutilation marriage marriages practices labour
slavery servitude profiling stigmatisation stigmatization laws""".split())
# what makes such a noun a wrong ("forced marriage", "harmful practices", "forced labour");
# alone, "marriage", "practices" and "labour" are none
_WRONG_ONLY_WITH = {"marriage": ("forced", "child", "early"), "marriages": ("forced", "child",
                    "early"), "practices": ("harmful",), "labour": ("forced", "child"),
                    "laws": ("harmful", "discriminatory")}


def without_no(title: str) -> str:
    """A title "No …" without its "No" ("No prior censorship …" → "prior censorship …"): what
    must not be, asked as its prohibition (trials 27 and 30); any other title as it is."""
    return re.sub(r"(?i)^no\s+(?!one\b)", "", title)


def title_head(title: str) -> list[str]:
    """A title's words before its first preposition or "and", lower case: where it names what it
    is about ("Denial" of "Denial of reasonable accommodation")."""
    words = []
    for w in re.findall(r"[\w'-]+", title.lower()):
        if w in PREPOSITIONS or w == "and":
            break
        words.append(w)
    return words


def names_a_harm(title: str) -> bool:
    """Does the title name a wrong done to people (its words before the first preposition hold
    a harm noun: "Denial of reasonable accommodation as discrimination", "Gender-based
    violence", "Forced marriage"), not a safeguard against it ("Protection against violence",
    "Non-discrimination …")? A question asking whether the law "provides for" it asks the
    opposite of the norm (a researcher's trial 24). A wrong allowed only so ("Eviction only by
    court order …", "Detention as a measure of last resort") names the safeguard: prohibited,
    it would read "Does the law prohibit eviction only by court order?" (trial 32, P1)."""
    if re.search(r"(?i)\bonly\b|\blast resort\b", title):
        return False
    first = re.match(r"[\w'-]+", title.strip().lower())
    if first and first.group().endswith("ing") and first.group() not in HARMS:
        return False    # what is done about it: "Addressing indirect discrimination" (an example)
    # "health-harming laws and practices" (examples/health) are harmful ones
    words = ["harmful" if w.endswith("-harming") else w for w in title_head(title)]
    for k, w in enumerate(words):
        if w in HARMS and (w not in _WRONG_ONLY_WITH or
                           any(x in words[:k] for x in _WRONG_ONLY_WITH[w])):
            return True
    return False


def against(title: str, texts: Sequence[str]) -> str:
    """The title of a group whose statements act against what the title names ("to suppress all
    forms of traffic in women" titled "Traffic in women"), with what they do to it: "Suppression
    of traffic in women"; else the title as it is. A title that names the harm alone makes the
    question ask whether the law provides for the harm, and the full level score providing it
    (a researcher's trial 22: "Does the law provide for traffic in women?")."""
    t = title.strip()
    low = t[:1].lower() + t[1:]
    if not t or re.match(r"(?i)(?:prohibition|prevention|protection|elimination|eradication|"
                         r"suppression|abolition|criminali[sz]ation|penali[sz]ation|punishment|"
                         r"avoidance|combating|freedom|right|ban|limits?|safeguards?|"
                         r"alternatives?|non-)\b", t):
        return t
    target = re.escape(re.sub(r"\s+", " ", low))
    said: Counter = Counter()
    for text in texts:
        flat = re.sub(r"\s+", " ", text or "")
        for pattern, noun in _AGAINST_RE:
            if re.search(pattern + rf"(?:the\s+)?{target}\b", flat, re.I):
                said[noun] += 1
                break
    if not said:
        return t
    return sentence_case(f"{said.most_common(1)[0][0]} {low}")
