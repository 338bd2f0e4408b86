"""Naming what a cluster's statements require: the aim as a noun composed with its object
('eliminate discrimination against girls' → 'elimination of discrimination against girls',
'torture shall be prohibited' → 'prohibition of torture'), the aim as a gerund with its object
('reducing or abolishing any fees or charges'), a right to do something ('right to vote'), the
people most statements name ('… for migrant workers'), and the honest name of a cluster of
procedural clauses ('reservations and declarations', 'entry into force').

It works on one tagged text at a time, with the phrase pattern of `labels` handed in, and returns
token spans; `labels` turns them into candidates, filters and scores them.

- Aim verbs: a small table of the deontic and policy verbs of human-rights instruments and their
  nouns (`NOMINALS`), then a suffix rule for the rest ('criminalize' → 'criminalization',
  'rehabilitate' → 'rehabilitation'); verbs that name no aim of their own ('take', 'ensure',
  'adopt', 'provide': what they deliver is the object itself) are not nominalised.
  A verb after 'not' or 'never' names no aim ('shall not prohibit'), nor does a verb naming a
  wrong ('violate', 'discriminate': the requirement is their absence).
- People: a label naming an aim is for the people at least BENEFICIARY_SHARE of the
  statements name and restrict it to, unless it names them already (`for_whom`).
- Wrongs: a label naming only a wrong to be ended ('sexual harassment and violence against
  girls') is named with its prevention (`HARMS`, `with_aim`).
- Procedural clauses: a cluster where at least half the members speak of one treaty mechanism
  (`PROCEDURES`: reservations, entry into force, ratification, denunciation, amendments,
  derogation, reports, communications, the committee's election, disputes, territories,
  provisions accepted as binding, dissemination of a general comment) is named after it."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpus_tool.naming.gist import suffix_noun
from corpus_tool.semantic.terms import STOP_WORDS

_WORD = re.compile(r"[a-z][a-z'-]*")


def stem(w: str) -> str:
    """A crude singular: 'duties' → 'duty', 'rights' → 'right' ('access', 'status' kept)."""
    w = w.lower().strip("'-")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


PREPS = frozenset({"of", "for", "to", "against", "in", "between", "with", "on", "from", "within",
                   "among", "at"})


def head_stem(phrase: str) -> str:
    """The head noun's stem: the last word before the first attached preposition."""
    words = phrase.lower().split()
    for k, w in enumerate(words[1:], 1):
        if w in PREPS:
            return stem(words[k - 1])
    return stem(words[-1])


def content_words(text: str) -> list[str]:
    """The stemmed words of a text that are not stop words."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1]


def key_of(phrase: str) -> str:
    """A phrase with each word stemmed: 'social security schemes' ~ 'social security scheme'."""
    return " ".join(stem(w) for w in phrase.lower().split())


# verb → the noun naming the aim, and the preposition that attaches the object
NOMINALS: dict[str, tuple[str, str]] = {
    "eliminate": ("elimination", "of"), "abolish": ("abolition", "of"),
    "prohibit": ("prohibition", "of"), "prevent": ("prevention", "of"),
    "protect": ("protection", "of"), "promote": ("promotion", "of"),
    "combat": ("combating", ""), "reduce": ("reduction", "of"), "remove": ("removal", "of"),
    "repeal": ("repeal", "of"), "punish": ("punishment", "of"), "prosecute": ("prosecution", "of"),
    "investigate": ("investigation", "of"), "recognize": ("recognition", "of"),
    "recognise": ("recognition", "of"), "respect": ("respect", "for"),
    "establish": ("establishment", "of"), "register": ("registration", "of"),
    "monitor": ("monitoring", "of"), "regulate": ("regulation", "of"),
    "strengthen": ("strengthening", "of"), "improve": ("improvement", "of"),
    "expand": ("expansion", "of"),
    "support": ("support", "for"), "assist": ("assistance", "to"),
    "train": ("training", "of"), "inform": ("information", "of"), "pay": ("payment", "of"),
    "compensate": ("compensation", "of"), "redress": ("redress", "for"),
    "ban": ("ban on", ""), "restrict": ("restriction", "of"), "limit": ("limitation", "of"),
    "detain": ("detention", "of"), "expel": ("expulsion", "of"), "return": ("return", "of"),
    "deport": ("deportation", "of"), "release": ("release", "of"), "trace": ("tracing", "of"),
    "identify": ("identification", "of"), "reunify": ("reunification", "of"),
    "enforce": ("enforcement", "of"), "maintain": ("maintenance", "of"),
    "extend": ("extension", "of"), "reintegrate": ("reintegration", "of"),
    "collect": ("collection", "of"), "introduce": ("introduction", "of"),
    "dispose": ("disposal", "of"), "consult": ("consultation", "of"),
    # verbs the suffix rule would misname ('exercise' → 'exercisation', 'update' → 'updation')
    "exercise": ("exercise", "of"), "supervise": ("supervision", "of"),
    "revise": ("revision", "of"), "advertise": ("advertising", "of"),
    "practise": ("practice", "of"), "devise": ("design", "of"), "update": ("updating", "of"),
    "debate": ("debate", "on"), "mandate": ("mandating", "of"),
}
# verbs naming a wrong: the requirement is its absence, not the act ('violates … law')
WRONGS = frozenset("""violate infringe breach discriminate exploit isolate segregate separate
deprive impair nullify""".split())
# verbs whose object is itself what is required ('ensure access to …', 'provide free legal aid'),
# or that name no requirement of their own
LIGHT = frozenset("""take ensure adopt provide undertake have be make give include apply consider
use secure grant develop encourage guarantee accord seek put enable allow permit require receive
do submit agree accept endeavour shall may must should will become ratify implement pursue
address base enjoy""".split())
AIM_NOUNS = frozenset(noun.split()[0] for noun, _ in NOMINALS.values())
# words between the verb and its object that name no part of it
_SKIP = frozenset("all any every the a an such their its his her appropriate effective".split())
_PARTITIVE = frozenset("form forms kind kinds type types".split())


def base_verb(word: str) -> str:
    """The base form of an inflected verb known to the table or the suffix rule ('' if none):
    'eliminates', 'eliminated', 'eliminating' → 'eliminate'; 'expelled' → 'expel'."""
    w = word.lower()
    if w.endswith("ing"):
        forms = [w[:-3], w[:-3] + "e", w[:-4]]
    elif w.endswith(("ied", "ies")):
        forms = [w[:-3] + "y"]
    elif w.endswith("ed"):
        forms = [w[:-1], w[:-2], w[:-3]]
    elif w.endswith("s"):
        forms = [w[:-1], w[:-2]]
    else:
        forms = []
    for cand in [w] + forms:
        if cand in NOMINALS or (cand not in LIGHT | WRONGS and suffix_noun(cand)):
            return cand
    return ""


def nominal(verb: str) -> tuple[str, str]:
    """The noun naming the aim of a base verb and the preposition of its object ('', '' when the
    verb has none): 'eliminate' → ('elimination', 'of')."""
    if verb in NOMINALS:
        return NOMINALS[verb]
    noun = suffix_noun(verb)
    return (noun, "of") if noun and verb not in LIGHT | WRONGS else ("", "")


def _object_start(doc, j: int) -> int:
    """The first token of the object after the verb at j-1: determiners, 'all forms of' and
    'appropriate' skipped."""
    while j < len(doc):
        low = doc[j].lower_
        if low in _SKIP:
            j += 1
        elif low in _PARTITIVE and j + 1 < len(doc) and doc[j + 1].lower_ == "of":
            j += 2
        else:
            return j
    return j


def aim_spans(doc, cls: str, np_re: re.Pattern) -> list[tuple[str, int, int, str]]:
    """(noun of the aim with its preposition, object start, object stop, the verb as written)
    for every aim verb of
    one tagged text with a noun-phrase object: active ('to eliminate discrimination against
    women', each shorter head of the object too) and passive ('torture shall be prohibited')."""
    out = []
    for i, t in enumerate(doc):
        if not t.tag_.startswith("VB"):
            continue
        verb = base_verb(t.text)
        noun, prep = nominal(verb) if verb else ("", "")
        before = [doc[k].lower_ for k in range(max(0, i - 2), i)]
        if not noun or {"not", "never"} & set(before):
            continue                             # 'shall not violate' requires no violation
        head = f"{noun} {prep}".strip()
        if t.tag_ != "VBN" or (i and doc[i - 1].lower_ in ("have", "has")):
            j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "of")   # 'dispose of'
            j = _object_start(doc, j)
            m = np_re.match(cls, j) if j < len(doc) else None
            if m:
                stops = [m.end()] + [q for q in range(m.end() - 1, j, -1)
                                     if cls[q] == "P" and doc[q].lower_ != "of"]
                out.extend((head, j, s, t.text) for s in stops)
        elif i >= 2 and doc[i - 1].lower_ in ("be", "are", "is", "been"):
            k = i - 2
            while k >= 0 and doc[k].tag_ in ("MD", "RB"):
                k -= 1                           # 'shall', 'must', 'not', 'also'
            end = k + 1
            while k >= 0 and cls[k] in "ANDSCM":       # 'laws, regulations and practices'
                k -= 1
            start = next((b for b in range(k + 1, end) if cls[b] not in "DCM"
                          and np_re.fullmatch(cls, b, end)), end)
            if start < end:
                out.append((head, start, end, t.text))
    return out


# gerunds that name no requirement of their own
_EMPTY_GERUNDS = frozenset("""including regarding concerning according following ensuring taking
making having being giving bearing pending notwithstanding excluding relating""".split())


def gerund_spans(doc, cls: str, aim: str, np_re: re.Pattern) -> list[tuple[int, int]]:
    """Spans that name a requirement with its aim: the statement's aim as a gerund and its
    object ('reducing or abolishing any fees or charges', 'improving the security of travel
    documents') and a right to do something ('right to vote', 'right to acquire a
    nationality')."""
    out = []
    for i, t in enumerate(doc):
        j = None
        if t.tag_ == "VBG" and t.lower_ == aim and aim not in _EMPTY_GERUNDS and (
                i == 0 or doc[i - 1].tag_ in (",", ":", "-LRB-", "-RRB-", "LS")):
            j = i + 1
            if j + 1 < len(doc) and cls[j] == "C" and doc[j + 1].tag_ == "VBG":
                j += 2
        elif (t.lower_ == "right" and i + 2 < len(doc) and doc[i + 1].lower_ == "to"
              and doc[i + 2].tag_ == "VB"):
            j = i + 3
            out.append((i, j))                           # 'right to vote'
        if j is None or j >= len(doc):
            continue
        j += cls[j] == "D"
        m = np_re.match(cls, j)
        if m:
            out.append((i, m.end()))
    return out


# treaty mechanisms: a cluster most of whose members speak of one is named after it
_PROCEDURES = (
    ("reservations and declarations", r"\breservations?\b"),
    ("entry into force", r"\b(?:entry|enter|enters|entered) into force\b"),
    ("signature, ratification and accession",
     r"\b(?:ratif\w*|accession|accede|instruments? of \w+|signature)\b"),
    ("denunciation", r"\bdenounc\w*|\bdenunciation\b"),
    ("amendments", r"\bamend(?:s|ed|ment|ments)?\b"),
    ("derogation in a public emergency", r"\bderogat\w*"),
    ("reports to the Committee", r"\breports?\b"),
    ("communications and their admissibility",
     r"\b(?:individual|inter-state|initial) communications?\b"
     r"|\bcommunications? (?:from|submitted|received|concerning)\b|\b(?:in)?admissib\w*"),
    ("election and membership of the Committee", r"\belect\w*|\bnominat\w*|\bterm of office\b"),
    ("settlement of disputes", r"\bdisputes?\b"),
    ("application to territories", r"\bterritories\b"),
    ("provisions accepted as binding",
     r"\b(?:consider\w* (?:itself|themselves) bound|accept\w* as binding)"),
    ("dissemination of the general comment",
     r"\b(?:disseminat\w*|translated)\b.*\bgeneral (?:comment|recommendation)"
     r"|\bgeneral (?:comment|recommendation)\b.*\b(?:disseminat\w*|translated)\b"),
)
PROCEDURES = tuple((name, re.compile(rx, re.I)) for name, rx in _PROCEDURES)
PROCEDURE_SHARE = 0.5


def procedure(texts: Sequence[str], share: float = PROCEDURE_SHARE) -> str:
    """The treaty mechanism at least `share` of the texts speak of, the most shared first; ''
    if none."""
    if not texts:
        return ""
    counts = Counter(name for t in texts for name, rx in PROCEDURES if rx.search(t))
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return best[0][0] if best and best[0][1] >= share * len(texts) else ""


# the people a beneficiary name and a label word name alike
_SINGULAR = {"children": "child", "women": "woman", "men": "man", "people": "person",
             "persons": "person", "girls": "girl", "boys": "boy", "peoples": "people"}


def _people_words(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    return {_SINGULAR.get(w, stem(w)) for w in words}


BENEFICIARY_SHARE = 0.6
_NOBODY = frozenset({"everyone"})
_LINKS = frozenset({"and", "their", "with", "of"})
# a statement speaking of both sexes, of everyone or of the same rights as others does not
# restrict what it requires to the people it names ('Men and women … have the right to marry',
# '(a) The same right to enter into marriage')
_UNRESTRICTED = re.compile(r"\b(?:men|boys|husband|both spouses|both sexes|everyone|every person|"
                           r"all persons|any person|no one|the same rights?|equal rights?)\b", re.I)


def for_whom(beneficiaries: Sequence[Sequence[str]], label: str,
             texts: Sequence[str] = ()) -> str:
    """The people at least BENEFICIARY_SHARE of a cluster's statements name and restrict the
    requirement to (a statement of `texts` that speaks of both sexes, of everyone or of the
    same rights as others restricts it to nobody), when the label names none of them ('' otherwise):
    'migrant workers and their families'."""
    n = len(beneficiaries)
    if texts:
        beneficiaries = [() if _UNRESTRICTED.search(t) else bs
                         for bs, t in zip(beneficiaries, texts, strict=True)]
    counts = Counter(b for bs in beneficiaries for b in dict.fromkeys(bs) if b not in _NOBODY)
    words = _people_words(label)
    shared = [b for b, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
              if k >= BENEFICIARY_SHARE * n]
    if not shared or any((_people_words(b) - _LINKS) & words for b in shared):
        return ""
    return shared[0]


# nouns naming a wrong: a label headed by one names what is to be ended, not the requirement
HARMS = frozenset("""violence abuse harassment discrimination exploitation torture trafficking
neglect mutilation racism xenophobia bullying cyberbullying smuggling violation violations
segregation intimidation hatred stigma stigmatization stereotype stereotypes""".split())


def with_aim(label: str, head: str) -> str:
    """'prevention of …' before a label headed (`head`) by a wrong; the label otherwise."""
    return f"prevention of {label}" if head in HARMS else label
