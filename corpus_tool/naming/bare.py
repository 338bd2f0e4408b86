"""A bare subject completed from what the group's statements say of it: 'Mental health care' →
'Development of culturally appropriate and gender sensitive mental health care', 'Reproductive
health' → 'Right to sexual and reproductive health' (issue 15).

A reader rejects a title that names a subject with no provision in it ("Health services",
"Equal treatment": what must the law do about it?). Where the title's words stand in a member's
statement, the statement says what is required of them: a relational head before them ('access
to', 'right to'), an act done to them ('to develop …', '… should be developed') or their
provision ('provide …', '… shall be granted', 'be provided with …'). The statement's own
qualifying words before the subject are kept ('culturally appropriate and gender sensitive'), so
the completion is the statement's phrase, never a cut one. When nothing is said before a
relation ('treatment': with whom, in what?), the complement a statement gives it after its words
completes it ('Equal treatment with nationals in …'). The completion most members give wins
(then the shorter, then alphabetical: deterministic); the title is unchanged when no member
completes it. A means ('support measures') is left to `complement.with_object`. A right cut
from whom it belongs to takes the holder its statement names ('The family … is entitled to
protection …': `with_holder`). No domain vocabulary: the heads and acts are English words of
provision.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpus_tool.naming.complement import NEEDS_OBJECT, TOKENS, same_word, with_object
from corpus_tool.naming.gist import NOUN_OF, StatementParts, sentence_case
from corpus_tool.naming.quality import PHRASE_BOUNDARY, PREPOSITIONS, title_problem

MAX_WORDS = 12
# nouns that name bodies: a name headed by one says who, unless it says what body is required
# ('Official coordinating body for policies on …', 'Independent equality body')
BODIES = frozenset("""society organization organisation authority body agency institution
court tribunal""".split())
# nouns that name people or bodies: a name headed by one says who, not what is required
PEOPLE = frozenset("""person people child children girl boy woman women man men worker employer
pupil student parent family member national citizen alien migrant refugee victim spouse soldier
individual adult youth minor caregiver teacher official officer employee applicant""".split()) \
    | BODIES
BARE_MAX_WORDS = 3
# heads that make a subject a provision when a statement puts them before it
_HEADS = {"access", "right", "rights", "entitlement", "equality", "protection", "provision",
          "participation", "respect", "recognition", "promotion", "availability",
          "quality", "coverage", "affordability"}
_HEAD_MODS = {"equal", "effective", "full", "universal", "free", "adequate", "timely"}
# provision verbs `NOUN_OF` leaves without a noun ('ensure'), named here when they give a thing
_GIVES = {"provide": "provision of", "grant": "grant of", "offer": "offer of",
          "guarantee": "guarantee of"}
_ACTS = {**{v: n for v, n in NOUN_OF.items() if n}, **_GIVES}
_DETERMINERS = {"the", "a", "an", "their", "its", "his", "her", "all", "any", "such", "this",
                "these", "those", "own", "every", "each"}
_AUX = {"shall", "should", "must", "will", "may", "can", "is", "are", "be", "been", "being",
        "also", "not", "always", "therefore"}
_NOMINAL = ("ing",)    # 'Combating discrimination': an act already
# nouns of a relation, incomplete without its other term ('equal treatment' with whom, in what?)
_RELATION = {"treatment", "access", "equality", "protection", "opportunity", "opportunities",
             "participation", "remedy", "remedies", "respect", "discrimination", "barriers",
             "obstacles", "recognition", "integration", "inclusion"}
# adjectives that follow what they qualify, with their complement ('equal to that of nationals')
_AFTER = {"equal", "independent", "free", "separate", "comparable", "equivalent", "identical",
          "similar", "autonomous"}
_CLAUSE = {"which", "who", "whom", "that", "where", "when", "if", "whether", "including", "as",
           "than", "not", "no", "nor", "but", "so", "while", "because", "unless", "until",
           "have", "has", "had", "was", "were", "do", "does", "did", "would", "could", "might"}


def names_people(phrase: str) -> bool:
    """Does a phrase name only people or bodies ('migrant workers', 'the children concerned')?"""
    words = [w.lower().strip(",.;:") for w in phrase.split()]
    words = [w for w in words if w not in _DETERMINERS and w not in ("and", "or", "concerned")]
    return bool(words) and all(w in PEOPLE or w.rstrip("s") in PEOPLE for w in words)


def is_bare(title: str) -> bool:
    """A subject with no provision in it: two or three words, no preposition or conjunction,
    its first word no provision head ('Access …'), determiner or act ('Development …'), its head
    no means ('measures')."""
    words = [w.lower().strip(",.;:") for w in title.split()]
    if not 2 <= len(words) <= BARE_MAX_WORDS:
        return False
    if any(w in PREPOSITIONS or w in ("and", "or") for w in words) or words[-1] in NEEDS_OBJECT:
        return False            # a means ('… support measures') is `complement.with_object`'s
    first = words[0]
    return not (first in _HEADS or first in _DETERMINERS or first in _ACTS or
                first.endswith(_NOMINAL) or
                any(first == n.split()[0] for n in _ACTS.values()))


def _lemma(participle: str) -> str:
    """The verb of a past participle, when `_ACTS` knows it ('developed' → 'develop')."""
    p = participle.lower()
    for v in (p[:-1], p[:-2], p[:-3] + "y" if p.endswith("ied") else "", p[:-3]):
        if v in _ACTS:
            return v
    return ""


def _left_mods(low: Sequence[str], i: int) -> int:
    """Where the subject's qualifying words start, left of index `i`: adjectives and nouns,
    coordinated by 'and'/'or', at most six words, up to a determiner, preposition or verb."""
    j = i
    while j > 0 and i - j < 6:
        w = low[j - 1]
        if not w[0].isalpha() or w in _DETERMINERS or w in PREPOSITIONS or w in _AUX or \
                w in _ACTS or w in _CLAUSE:
            break
        j -= 1
    while j < i and low[j] in ("and", "or"):
        j += 1
    return j


def _postpositive(toks: Sequence[str], low: Sequence[str], end: int) -> int:
    """Past an adjective phrase that follows the subject and belongs to it ('health care | equal
    to that of nationals', 'a residence permit | independent of …'): up to the next punctuation or
    clause word, at most eight words; `end` when none follows."""
    if end + 1 >= len(toks) or low[end] not in _AFTER or low[end + 1] not in ("of", "to", "from",
                                                                              "with"):
        return end
    k, stops = end + 2, _CLAUSE - {"that"} | _AUX | {"regardless", "irrespective", "and", "or"}
    while k < len(toks) and k - end < 8 and toks[k][0].isalnum() and low[k] not in stops:
        k += 1
    return k if k < len(toks) and not toks[k][0].isalnum() else end


def completions(title: str, text: str) -> list[str]:
    """What one statement says of the title's words where it says them (see the module doc)."""
    words = [w.lower() for w in title.split()]
    toks = TOKENS.findall(text or "")
    low = [t.lower() for t in toks]
    n = len(words)
    out = []
    for i in range(len(toks) - n + 1):
        if not all(same_word(low[i + k], words[k]) for k in range(n)):
            continue
        end = _postpositive(toks, low, i + n)
        if end < len(toks) and toks[end][0].isalpha() and low[end] not in PHRASE_BOUNDARY:
            continue                # the subject goes on ('health services | providers')
        start = _left_mods(low, i)
        thing = " ".join(t.lower() if x == 0 or toks[x - 1] in ".;:()" else t  # a name stays
                         for x, t in enumerate(toks[start:end], start))
        b = start
        while b > 0 and low[b - 1] in _DETERMINERS:
            b -= 1
        if start - b == 1 and low[b] in ("a", "an"):
            thing = f"{low[b]} {thing}"         # 'granted a residence permit': one of them
        p = b - 1 - (b >= 2 and low[b - 1] == "with")
        if p >= 1 and low[p - 1] in ("be", "been", "is", "are", "being") and _lemma(low[p]):
            out.append(f"{_ACTS[_lemma(low[p])]} {thing}")  # '… be provided with X' / 'granted X'
            continue
        if b >= 2 and low[b - 1] in ("to", "of", "for") and low[b - 2] in _HEADS:
            h = b - 2
            if h >= 1 and low[h - 1] in _HEAD_MODS:
                h -= 1
            out.append(" ".join(toks[h:b]) + " " + thing)
            continue
        if b >= 1 and low[b - 1] in _ACTS and (b < 2 or low[b - 2] in ("to", "and", "shall",
                                                                         "should", "must", "will")):
            out.append(f"{_ACTS[low[b - 1]]} {thing}")
            continue
        k = end
        while k < len(toks) and low[k] in _AUX and k - end < 4:
            k += 1
        if k > end and low[k - 1] in ("be", "been", "are", "is") and k < len(toks):
            verb = _lemma(low[k])
            if verb:
                out.append(f"{_ACTS[verb]} {thing}")
    return out


def complete_bare(title: str, parts: Sequence[StatementParts]) -> str:
    """`title` completed from the group's statements when it is a bare subject (`is_bare`):
    the whole, well-formed completion most of them give; else, for a relation ('treatment'),
    the complement they give it after its words (`complement.with_object`: 'Equal treatment
    with nationals …'); unchanged when none gives one ('Equal pay' names its provision)."""
    if not is_bare(title):
        return title
    texts = [sp.text for sp in parts]
    count: Counter = Counter()
    forms: dict[str, str] = {}
    for text in texts:
        for c in dict.fromkeys(completions(title, text)):
            cand = sentence_case(" ".join(c.split()))
            if len(cand.split()) > MAX_WORDS or title_problem(cand, [text]) is not None:
                continue
            count[cand.lower()] += 1
            forms.setdefault(cand.lower(), cand)
    if not count:       # nothing done to it: what the statements say right after a relation
        if title.split()[-1].lower() in _RELATION:
            return with_object(title, parts, any_head=True)
        return title
    best = sorted(count, key=lambda c: (-count[c], len(c.split()), c))[0]
    return forms[best]


_ENTITLED = re.compile(r"(?i)\b(?:is|are|shall be|should be)\s+entitled\s+to\s+")
_NO_HOLDER = {"they", "it", "he", "she", "we", "this", "these", "those", "such", "which", "who",
              "there", "that", "you"}


def _holder(before: str) -> str:
    """Who a statement says is entitled, from the words before 'is entitled to': the subject of
    its clause ('The family is the natural … unit of society and | is entitled'), its aside
    (', as a member of society,') left out; '' when it is a pronoun or a duty bearer."""
    clause = re.split(r"[;:.]\s|\b(?:that|whereas|which|where|when|if)\s", before)[-1].strip()
    clause = re.sub(r",[^,]{0,80},", "", clause).strip(" ,")
    if re.search(r"(?i)\band$", clause):      # '… is X and | is entitled': the clause's subject
        m = re.match(r"(?i)^(.+?)\s+(?:is|are|has|have|shall|should|must)\b", clause)
        clause = m.group(1) if m else ""
    words = clause.split()
    if not 1 <= len(words) <= 5 or words[0].lower() in _NO_HOLDER or \
            any(w.lower() in _DETERMINERS - {"the", "a", "an", "every", "each", "all", "any"}
                for w in words) or not all(re.match(r"^[A-Za-z-]+$", w) for w in words):
        return ""
    if words[0].lower() in ("states", "state", "parties", "governments", "member", "members"):
        return ""
    return " ".join(w if w.isupper() and len(w) > 1 or k and w[0].isupper() else w.lower()
                    for k, w in enumerate(words))


def with_holder(title: str, parts: Sequence[StatementParts]) -> str:
    """A right named without whom it belongs to, where the statement it comes from says who is
    entitled to it ('The family … is entitled to protection by society and the State'): 'Right
    to protection by society and the State' → 'Right of the family to protection by society
    and the State'. The first statement that names a holder of those words; unchanged when none
    does or the title would be too long or not whole."""
    m = re.match(r"(?i)^right to (\S.*)$", title)
    if not m:
        return title
    rest = m.group(1)
    lead = r"\s+".join(re.escape(w) for w in rest.split()[:3])
    for sp in parts:
        for e in _ENTITLED.finditer(sp.text or ""):
            if not re.match(rf"(?i){lead}\b", (sp.text or "")[e.end():]):
                continue
            who = _holder((sp.text or "")[:e.start()])
            cand = f"Right of {who} to {rest}"
            if who and len(cand.split()) <= MAX_WORDS and title_problem(cand, [sp.text]) is None:
                return cand
    return title


def complete(title: str, parts: Sequence[StatementParts]) -> str:
    """A title completed from its group's statements: a bare subject (`complete_bare`), a right
    without its holder (`with_holder`)."""
    return with_holder(complete_bare(title, parts), parts)
