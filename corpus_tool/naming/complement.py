"""A title that names a means without what it is about ('Bilateral agreements', 'Public
information', 'Adoption of an active approach') completed from its statements' own words: the
complement they give its head ('bilateral agreements to prevent abuses and fraudulent practices
in recruitment'), or, for a bare thing nobody acts on in the title ('Cultural identity'), the
act the statements' own aim does to it ('Protection of cultural identity').

A reader rejects such titles as vague ("bilateral agreements on what?"). The complement is read
where the title's words stand in a statement: a preposition or an infinitive of purpose right
after its head, up to the phrase's end (never cut inside it: `quality.title_problem`), the
complement most of the group's statements share first. No domain vocabulary: the heads that need
an object are English nouns of means, documents and ways of acting.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tool.naming.gist import NOUN_OF, StatementParts, sentence_case
from corpus_tool.naming.quality import PREPOSITIONS, title_problem

MAX_WORDS = 12          # a completed title stays as short as any title (`group.MAX_TITLE_WORDS`)
BARE_MAX_WORDS = 5      # a title this short, whose last phrase has no complement, may need one
# nouns naming a means, a document or a way of acting: a title ending in one needs its object
NEEDS_OBJECT = {
    "agreement", "agreements", "arrangement", "arrangements", "information", "approach",
    "approaches", "plan", "plans", "programme", "programmes", "program", "programs",
    "campaign", "campaigns", "measure", "measures", "policy", "policies", "strategy",
    "strategies", "mechanism", "mechanisms", "framework", "frameworks", "procedure",
    "procedures", "instrument", "instruments", "cooperation", "consultation", "consultations",
    "data", "research", "study", "studies", "action", "actions", "steps", "efforts",
    "initiatives", "initiative", "legislation", "provisions", "guidelines", "materials",
    "system", "systems", "tools", "methods", "means", "activities", "awareness", "channels"}
_LINKS = {"on", "concerning", "regarding", "about", "between", "against", "for", "of", "to",
          "with", "in", "aimed", "designed", "relating", "related"}
# words that end the complement: a clause or an aside begins
_STOPS = {"which", "who", "whom", "whose", "that", "shall", "should", "must", "may", "will",
          "can", "could", "would", "might", "is", "are", "was", "were", "be", "been", "has",
          "have", "where", "when", "if", "unless", "whether", "while", "so", "including",
          "notably", "particularly", "especially", "inter", "namely", "thereby", "through",
          "whereby", "such", "as", "within", "under", "by", "without", "pursuant", "subject",
          "except", "taking", "having", "where", "etc", "also"}
_ENDS = {"and", "or", "of", "to", "for", "in", "on", "with", "the", "a", "an", "their", "its",
         "his", "her", "at", "by", "from", "between", "against", "about", "concerning",
         "regarding", "any", "all", "such", "other", "each", "every", "no", "not", "nor",
         "relevant", "appropriate", "this", "these", "those"}
# a text as words, numbers and single marks (how a title's words are found in a statement)
TOKENS = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]")
_WORD = re.compile(r"[a-z][a-z'-]+")
_CONTENT_SKIP = {"the", "and", "for", "with", "their", "its", "all", "any", "such", "from", "into",
                 "other", "each", "every", "not", "this", "these", "those", "that", "which"}


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall((text or "").lower())
            if len(w) > 2 and w not in _CONTENT_SKIP}


def _tail(title: str) -> list[str]:
    """The title's last phrase: its words after the last preposition (all of them if none)."""
    words = title.split()
    k = max((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), default=-1)
    return words[k + 1:]


def needs_object(title: str) -> bool:
    """Whether a title names a means without what it is about: at most `BARE_MAX_WORDS` words,
    its last phrase headed by a noun of means ('agreements', 'information', 'approach') with
    no complement after it."""
    words = title.split()
    tail = _tail(title)
    return (0 < len(words) <= BARE_MAX_WORDS and bool(tail)
            and tail[-1].lower().strip(",.;:") in NEEDS_OBJECT)


def same_word(token: str, word: str) -> bool:
    """A statement's token is the title's word: the same word, or the same noun in the other
    number ('agreement' / 'agreements')."""
    t, w = token.lower(), word.lower()
    return t == w or t.rstrip("s") == w.rstrip("s") and abs(len(t) - len(w)) <= 1


def _complements(tail: Sequence[str], text: str) -> list[str]:
    """The complements a statement gives the title's last phrase where it says it: from the
    preposition (or infinitive of purpose) after the head to the phrase's end; a comma list of
    short items ('recruitment, placement and employment') is kept whole."""
    toks = TOKENS.findall(text or "")
    low = [t.lower() for t in toks]
    n = len(tail)
    out = []
    for i in range(len(toks) - n):
        if not all(same_word(low[i + k], tail[k]) for k in range(n)):
            continue
        j = i + n
        if low[j] not in _LINKS or (low[j] == "in" and j + 1 < len(low)
                                    and low[j + 1] in ("order", "accordance", "particular")):
            continue
        if j + 1 < len(low) and low[j + 1] in ("those", "that") and low[j] in ("to", "with"):
            continue    # '… equal to those of nationals': a comparison, not what it is of
        if low[j] in ("aimed", "designed", "relating", "related"):
            if j + 1 >= len(low) or low[j + 1] not in ("at", "to"):
                continue
        words: list[str] = []
        k = j
        while k < len(toks):
            t = toks[k]
            if not t[0].isalnum():
                if t == "," and _list_goes_on(toks, k):
                    words[-1] += ","
                    k += 1
                    continue
                aside = _aside_end(toks, k) if len(words) >= 2 and \
                    words[-2].lower() == "to" else -1
                if aside > 0:       # 'to promote, by methods appropriate to …, equality'
                    k = aside
                    continue
                break
            if low[k] in _STOPS and k > j:
                break
            if low[k] in ("in", "to") and k + 1 < len(low) and low[k + 1] in (
                    "order", "accordance", "line", "view") and k > j:
                break
            words.append(t)
            k += 1
        while words and words[-1].lower().strip(",") in _ENDS:
            words.pop()
        if len(words) >= 2 and words[-2].lower() == "to" and k < len(toks) and toks[k] == ",":
            continue    # 'designed to promote, by methods …, equality': its object comes later
        if len(words) >= 2:
            out.append(" ".join(words).rstrip(","))
    return out


def _aside_end(toks: Sequence[str], k: int) -> int:
    """After an infinitive and a comma at `k`, the index just past the comma that closes an
    aside of at most 12 words ('to promote, by methods appropriate to national conditions and
    practice, equality …'); -1 when there is none."""
    for x in range(k + 1, min(len(toks), k + 14)):
        if toks[x] == ",":
            return x + 1 if x > k + 1 and x + 1 < len(toks) and toks[x + 1][0].isalpha() else -1
        if not toks[x][0].isalnum():
            return -1
    return -1


def _list_goes_on(toks: Sequence[str], k: int) -> bool:
    """After a comma, a list of at most three short items ending in 'and'/'or' X goes on."""
    seg = []
    for t in toks[k + 1:k + 10]:
        if not t[0].isalnum() and t != ",":
            break
        seg.append(t.lower())
    if "and" not in seg and "or" not in seg:
        return False
    head = seg[:seg.index("and" if "and" in seg else "or")]
    return 0 < len([w for w in head if w != ","]) <= 4 and not set(head) & _STOPS


def _shorten(title: str, text: str) -> str:
    """The longest whole title of at most `MAX_WORDS` words: cut before a preposition or a
    conjunction inside the complement, and only where the statement's phrase ends there too; ''
    when there is none."""
    words = title.split()
    if len(words) <= MAX_WORDS and title_problem(sentence_case(title), [text]) is None:
        return title
    for k in range(min(len(words), MAX_WORDS + 1) - 1, 2, -1):
        if k < len(words) and words[k].lower() in PREPOSITIONS - {"of", "to"} | {"and", "or"}:
            cand = " ".join(words[:k]).rstrip(",")
            if words[k].lower() in ("and", "or") and "," in cand:
                continue            # a list cut after its first items
            if cand.split()[-1].lower() not in _ENDS and \
                    title_problem(sentence_case(cand), [text]) is None:
                return cand
    return ""


def with_object(title: str, parts: Sequence[StatementParts], *, any_head: bool = False) -> str:
    """`title` with its object from the statements (see the module doc): when it names a means
    (`needs_object`, or whatever its head with `any_head`: a bare subject, `bare`), the
    complement of its head that the most statements share (then the shortest), kept whole;
    unchanged when no statement gives one."""
    if not (any_head or needs_object(title)):
        return title
    tail = _tail(title)
    texts = [sp.text for sp in parts]
    word_sets = [_stems(t) for t in texts]
    best = None
    for idx, text in enumerate(texts):
        for comp in _complements(tail, text):
            cand = _shorten(f"{title} {comp}", text)
            if not cand or len(cand.split()) <= len(title.split()) + 1:
                continue
            cs = _stems(cand[len(title):])
            shared = sum(len(cs & ws) / (len(cs) or 1) for ws in word_sets)
            key = (-round(shared, 6), len(cand.split()), cand.lower())
            if best is None or key < best[0]:
                best = (key, cand)
    return best[1] if best else title


_ACTS = {v: n for v, n in NOUN_OF.items() if n}
_NOMINAL_FIRST = {n.split()[0] for n in _ACTS.values()}


def with_act(title: str, parts: Sequence[StatementParts]) -> str:
    """A bare thing ('Cultural identity': two or three words, no preposition) named as the act
    the statements do to it: their aim when their object holds its head, or a verb right before
    its head in their text ('to protect the identity of a minority') → 'Protection of cultural
    identity'. The act most of them name first; unchanged when none names one (verbs like
    'ensure' or 'provide' name no act), the title names one already ('Combating prejudices',
    'Individualized support measures') or its head is a means (`needs_object`)."""
    words = title.split()
    if not 2 <= len(words) <= 3 or any(w.lower() in PREPOSITIONS for w in words) or \
            words[0].lower() in _NOMINAL_FIRST or words[0].lower().endswith(("ion", "ing")):
        return title
    head = words[-1].lower()
    if head in NEEDS_OBJECT:        # a means needs its object, not an act
        return title
    near = re.compile(rf"(?i)\b({'|'.join(sorted(_ACTS))})\s+(?:(?:the|a|an|their|its|his|her|"
                      rf"or|own)\s+){{0,4}}(?:[a-z-]+\s+)?{re.escape(head.rstrip('s'))}s?\b")
    acts: dict[str, int] = {}
    for sp in parts:
        verb = (sp.aim or "").lower().split()
        noun = _ACTS.get(verb[0], "") if verb else ""
        if not (noun and any(same_word(w, head) for w in _WORD.findall((sp.object or "").lower()))):
            m = near.search(sp.text or "")
            noun = _ACTS[m.group(1).lower()] if m else ""
        if noun:
            acts[noun] = acts.get(noun, 0) + 1
    if not acts:
        return _provided(title, parts)
    noun = sorted(acts, key=lambda a: (-acts[a], a))[0]
    if noun.split()[0][:5] in {w.lower()[:5] for w in words}:
        return title                # 'Support for individualized support measures'
    return sentence_case(f"{noun} {title[:1].lower()}{title[1:]}")


_DETERMINERS = {"the", "a", "an", "their", "its", "his", "her", "all", "any", "such", "with",
                "access", "to", "and", "or", "also", "them", "for", "that", "is", "are", "be"}


def _provided(title: str, parts: Sequence[StatementParts]) -> str:
    """A bare thing the statements provide ('States should provide culturally appropriate mental
    health care') named as its provision, with the qualifying words most of them put before it:
    'Mental health care' → 'Provision of culturally appropriate mental health care'; unchanged
    when no statement provides it."""
    words = [w.lower() for w in title.split()]
    run = r"\s+".join(re.escape(w) for w in words)
    said = re.compile(rf"(?i)\bprovi(?:de|des|ded|ding|sion of)\s+((?:[a-z-]+,?\s+){{0,3}}?)"
                      rf"{run}\b")
    forms: dict[str, int] = {}
    for sp in parts:
        for m in said.finditer(sp.text or ""):
            pre = [w.strip(",") for w in m.group(1).split()]
            while pre and pre[0].lower() in _DETERMINERS:
                pre = pre[1:]
            if any(w.lower() in _DETERMINERS for w in pre):
                pre = []
            key = " ".join(pre + words)
            forms[key] = forms.get(key, 0) + 1
    if not forms:
        return title
    best = sorted(forms, key=lambda f: (-forms[f], -len(f.split()), f))[0]
    return sentence_case(f"provision of {best}")
