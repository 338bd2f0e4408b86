"""The provision a statement makes, read from its dependency parse: what is done, named as a
noun ('involve' → 'involvement of'), and to what (issue 15).

`gist.statement_gist` names a statement from its aim and object parts, which a long sentence of
a general comment splits badly ('Women to senior decision-making roles and … to consult'). Here
the parse is followed from the sentence's root down through the verbs that only frame what is
required ('should ensure that …', 'undertake to …', 'take measures to …', 'are required to …',
'have a responsibility to …') to the verb that says it ('… to appoint women to senior
decision-making roles'), which is named by its noun (`gist.NOUN_OF`, a provision verb's
'provision of', or the '-ation' of an '-ate'/'-ise'/'-ify' verb): 'Appointment of women to
senior decision-making roles'. Its object is the verb's direct object, or the subject of a
passive ('registration … should be facilitated' → 'Facilitation of registration'), as a whole
phrase of the parse (the noun with what it governs, never cut: a phrase over MAX_OBJECT_WORDS
is its noun chunk alone; a vague noun with nothing after it, 'practices', gives nothing); a
complement the verb takes ('involve foreign residents | in public inquiries') follows when the
whole stays within MAX_WORDS. A verb with no noun, or no object, gives nothing; asked for one
(`gerund`, for a bare subject a group's title must complete), a verb the tables do not name
gives its '-ing' ('… be processed within a reasonable time' → 'Processing of applications
within a reasonable time'), never for a light verb or a person told.

What a statement forbids is never named as the act: 'should never be detained solely for
immigration purposes' → 'No detention of children solely for immigration purposes', and what
it allows keeps its exception ('shall not expel … save on grounds of national security' →
'Expulsion of a stateless person only on grounds of national security …'); an exception or a
condition the parse does not attach ('… unless …', 'may be expelled only if …') gives
nothing. An object that names the act with a light verb is the provision ('pay due regard to
family ties' → 'Due regard to family ties'). A paragraph's or item's own number is not part of
the sentence, and a participle with no auxiliary ('recognised refugees') is no verb of one.
Without the trained pipeline there is no parse and nothing is given.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection

from corpus_tool.naming.gist import MORE_NOUNS, NOUN_OF, Gist, sentence_case, suffix_noun
from corpus_tool.statements.stage import load_pipeline

MAX_WORDS = 12
MAX_OBJECT_WORDS = 8
# verbs that frame what is required rather than say it: followed down to their complement
_FRAMES = frozenset("""ensure guarantee endeavour endeavor undertake take seek strive aim try
continue need consider recommend urge call request require oblige commit be have make intensify
redouble pursue adopt put step enable help allow permit invite""".split())
# nouns of a frame's object whose clause says what is required ('measures to …', 'a duty to …')
_FRAME_NOUNS = frozenset("""measures measure steps step action actions efforts effort obligation
obligations duty duties responsibility responsibilities need commitment""".split())
_GIVES = frozenset("provide grant offer afford accord extend".split())
_NOT_SUFFIXED = frozenset("""appreciate state create relate rate late date hate debate
estimate indicate advocate note rise raise arise advise revise supervise exercise comprise
compromise promise practise""".split())
_LINKS = frozenset("in to for with into on from against among within without at".split())
# objects that say nothing without the clause that tells which
_VAGUE = frozenset("practices practice measures steps situations cases matters issues things ways "
                   "forms acts conduct persons people individuals period periods".split())
# objects that name the act themselves with a light verb ('pay due regard to …', 'give priority
# to …'): the object is the provision ('Due regard to family ties')
_SELF_NAMED = frozenset("regard attention consideration account heed priority preference".split())
# nouns of a preposition that only links ('in order to', 'in accordance with')
_HOLLOW = frozenset("order accordance respect particular view addition case regard relation line "
                    "conformity".split())
# verbs whose '-ing' names no act of provision ('entailing of …'): no gerund for them
_LIGHT = frozenset("""be have do make take give get entail involve include contain concern
affect use receive enjoy bear lead result cause constitute become remain seem appear
apply mean refer relate belong play subject remind""".split())
# a paragraph's or item's own number before its sentence ('1. ', '(a) ', 'b) ')
_NUMBER = re.compile(r"^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\(\d{1,3}\))\s+")
# what excepts from a prohibition ('shall not expel … save on grounds of …')
_EXCEPT = frozenset("save except".split())
_ONLY = frozenset("only solely exclusively merely".split())


_IRREGULAR = {"made": "make", "taken": "take", "took": "take", "given": "give", "gave": "give",
              "done": "do", "held": "hold", "paid": "pay", "kept": "keep", "brought": "bring",
              "laid": "lay", "drawn": "draw", "shown": "show", "sought": "seek", "built": "build",
              "met": "meet", "undertaken": "undertake", "undertook": "undertake",
              "chosen": "choose", "sent": "send", "has": "have", "had": "have", "is": "be",
              "are": "be", "was": "be", "were": "be", "been": "be"}


def _base(tok) -> str:
    """The base form of a verb token (the pipeline runs without a lemmatizer)."""
    w = tok.text.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    tag = tok.tag_
    if tag in ("VB", "VBP") or not w.isalpha():
        return w
    if tag == "VBZ":
        cands = [w[:-1], w[:-2]] if w.endswith("es") else [w[:-1]]
    elif tag in ("VBD", "VBN"):
        cands = [w[:-3] + "y"] if w.endswith("ied") else [w[:-1], w[:-2], w[:-3]]
    elif tag == "VBG":
        cands = [w[:-3] + "e", w[:-3], w[:-4]]
    else:
        return w
    for c in cands:
        if c in NOUN_OF or c in MORE_NOUNS or c in _FRAMES or c in _GIVES or _suffixed(c):
            return c
    if tag in ("VBD", "VBN") and _clustered(w[:-2]):
        return w[:-2]           # 'processed' → 'process': no 'processe'
    return cands[0]


def _clustered(stem: str) -> bool:
    """A stem that ends in two consonants ('process', 'correct'), so that '-ed' was added to it
    as it is ('processed'), not to a stem that drops its 'e' ('used')."""
    return len(stem) >= 3 and stem[-1] not in "aeiouy" and stem[-2] not in "aeiouy" and (
        stem[-1] != stem[-2] or stem[-2:] in ("ss", "ll"))


def _suffixed(verb: str) -> str:
    """`gist.suffix_noun`, but for the verbs whose ending misleads it here."""
    return "" if verb in _NOT_SUFFIXED else suffix_noun(verb)


def _gerund(verb: str) -> str:
    """'process' → 'processing', 'issue' → 'issuing', 'ban' → 'banning'; '' for a light verb
    or where the spelling rule is unsure ('open' or 'admit': is the last syllable stressed?)."""
    if verb in _LIGHT or not verb.isalpha() or len(verb) < 3:
        return ""
    vowels = "aeiou"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "oe", "ye")):
        return verb[:-1] + "ing"
    cvc = verb[-1] not in vowels + "wxy" and verb[-2] in vowels and verb[-3] not in vowels
    if cvc:
        return verb + verb[-1] + "ing" if len(verb) <= 4 else ""
    return verb + "ing"


def _noun_of(verb: str) -> str:
    """'involve' → 'involvement of' (NOUN_OF), 'provide' → 'provision of', 'facilitate' →
    'facilitation of'; '' when the verb has no noun here."""
    if NOUN_OF.get(verb) or MORE_NOUNS.get(verb):
        return NOUN_OF.get(verb) or MORE_NOUNS[verb]
    if verb in _GIVES:
        return "provision of"
    noun = _suffixed(verb)
    return f"{noun} of" if noun else ""


def _gerund_of(tok, base: str) -> str:
    """A verb with no noun here named by its '-ing' ('processed' → 'processing of'), when `base`
    is surely `tok`'s verb: a base form, or a participle whose stem ends in two consonants
    ('processed' → 'process'; not 'used': 'us' or 'use'?); '' otherwise."""
    w = tok.lower_
    sure = tok.tag_ in ("VB", "VBP") or w in _IRREGULAR or (
        w.endswith("ed") and w[:-2] == base and _clustered(base))
    noun = _gerund(base) if sure and base not in NOUN_OF else ""
    return f"{noun} of" if noun else ""


def _exception(verb) -> str | None:
    """What a prohibition excepts, as the phrase that follows 'only' ('shall not expel … save on
    grounds of national security' → 'on grounds of national security'); '' when none; None
    when it excepts in a way not named here ('unless they endanger …')."""
    for c in verb.children:
        if c.lower_ in _EXCEPT and c.dep_ in ("advcl", "prep", "mark", "cc"):
            inner = next((g for g in c.children if g.dep_ == "prep"), None)
            obj = next((o for o in (inner.children if inner is not None else ())
                        if o.dep_ == "pobj"), None)
            phrase = _phrase(obj) if obj is not None else ""
            if not phrase or any(w in ("following", "this", "these", "such", "above")
                                 for w in f"{phrase} {obj.doc[obj.i - 1].lower_}".split()):
                return None     # 'except in the following cases': which, is elsewhere
            return f"{inner.lower_} {phrase}"
        if c.dep_ == "advcl" and any(g.lower_ in ("unless", "until", "if") for g in c.children):
            return None
    return ""


def _phrase(head, article: Collection[str] = ()) -> str:
    """The whole phrase a noun heads: its modifiers and the phrases its prepositions govern,
    recursively (no clause, apposition or coordination after a comma), without a leading
    determiner (but those in `article`: 'in a humane manner'), in lower case but for
    names; its modifiers alone when longer than MAX_OBJECT_WORDS; '' when even that is."""
    keep = {head.i}

    def take(t):
        for c in t.children:
            if c.dep_ in ("amod", "compound", "nummod", "det", "poss", "nmod", "quantmod",
                          "advmod", "case") and c.i < t.i or c.dep_ == "punct" and c.text == "-":
                keep.update(x.i for x in c.subtree)
            elif c.dep_ == "nummod" and c.i > t.i:
                keep.add(c.i)                        # 'article 25'
            elif c.dep_ == "prep" and any(o.lower_ in _HOLLOW or any(
                    g.dep_ == "relcl" for g in o.children) for o in c.children):
                continue        # 'in order to …', 'in environments | that maximize …'
            elif c.dep_ in ("prep", "pobj", "conj", "cc") and c.i > t.i and not (
                    c.dep_ in ("conj", "cc") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_punct):
                keep.add(c.i)
                take(c)
    take(head)
    toks = [head.doc[i] for i in sorted(keep)]
    if [t.i for t in toks] != list(range(toks[0].i, toks[-1].i + 1)):
        # not contiguous: the noun and the words right before it, no further than a gap other
        # than a joiner ("where necessary and appropriate, machinery" ran together as
        # "appropriatemachinery", the comma between them left out: a researcher's trial 45, P5)
        toks = [t for t in toks if t.i <= head.i]
        k = len(toks) - 1
        while k > 0 and _adjoining(toks[k - 1], toks[k]):
            k -= 1
        toks = toks[k:]
    while toks and toks[0].dep_ in ("det", "predet", "poss") and toks[0].i < head.i and \
            toks[0].lower_ not in article:
        toks = toks[1:]
    if len([t for t in toks if not t.is_punct]) > MAX_OBJECT_WORDS:
        toks = [t for t in toks if t.i <= head.i]
    if not toks or len(toks) > MAX_OBJECT_WORDS or toks[-1].dep_ in ("cc", "prep", "det"):
        return ""
    words = "".join(t.text_with_ws for t in _with_joiners(toks)).strip()
    return " ".join(w if w[:1].isupper() and (w.isupper() or any(
        t.pos_ == "PROPN" for t in toks if t.text == w)) else w.lower() for w in words.split())


def _adjoining(a, b) -> bool:
    """Are tokens `a` and `b` next to each other, or apart only by marks that join them
    ("victims/survivors": `_with_joiners` puts the "/" back)?"""
    return all(a.doc[j].text in _JOINERS for j in range(a.i + 1, b.i))


def _with_joiners(toks: list) -> list:
    """`toks` with the marks that join two of them back in ("victims/survivors": the parse
    leaves the "/" out, and the words ran together as "victimssurvivors", trial 22)."""
    out: list = []
    for t in toks:
        if out and t.i > out[-1].i + 1:
            gap = [t.doc[j] for j in range(out[-1].i + 1, t.i)]
            if all(g.text in _JOINERS for g in gap):
                out.extend(gap)
        out.append(t)
    return out


_JOINERS = {"/", "-", "–", "&"}


def _complement(verb, used: int) -> str:
    """A prepositional complement of the verb ('in public inquiries'), when it fits, with the
    adverb that restricts it ('solely for immigration purposes')."""
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _LINKS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and objs[0].lower_ not in _HOLLOW:
                inner = _phrase(objs[0], article=("a", "an", "the"))
                before = c.doc[c.i - 1]
                only = f"{before.lower_} " if before.lower_ in _ONLY and \
                    before.head.i == verb.i else ""
                if inner and used + 1 + len((only + inner).split()) <= MAX_WORDS:
                    return f"{only}{c.lower_} {inner}"
    return ""


def _down(verb):
    """From a framing verb to the verb that says what is required (see the module doc)."""
    for _ in range(6):
        if _base(verb) not in _FRAMES:
            return verb
        nxt = None
        for c in verb.children:
            if c.pos_ in ("VERB", "AUX") and (c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl"
                                                and any(x.tag_ == "TO" for x in c.children)):
                nxt = c
                break
            if c.dep_ in ("dobj", "attr", "acomp") and (c.lower_ in _FRAME_NOUNS or
                                                      c.pos_ == "ADJ"):
                nxt = next((g for g in c.children if g.dep_ in ("acl", "xcomp", "relcl",
                                                                 "advcl") and g.pos_ == "VERB"
                            and any(x.tag_ == "TO" for x in g.children)), None)
                if nxt is not None:
                    break
        if nxt is None:
            return verb
        verb = nxt
    return verb


@functools.lru_cache(maxsize=1 << 13)
def parsed_gist(text: str, gerund: bool = False) -> Gist | None:
    """The provision the statement `text` makes, read from its parse (see the module doc), or
    None. With `gerund`, a verb with no noun here is named by its '-ing' ('processing of …'),
    when its object is a common noun."""
    pipe = load_pipeline("auto")
    text = _NUMBER.sub("", " ".join((text or "").split()))
    if not pipe.trained or not text:
        return None
    doc = pipe.nlp(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    verb = _down(root)
    base = _base(verb)
    named = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _SELF_NAMED),
                 None)
    if named is not None and not any(c.dep_ == "neg" for c in verb.children):
        title = _phrase(named)          # 'pay due regard to family ties' → 'Due regard to …'
        if " " not in title:
            title = f"{title} {_complement(verb, 1)}".strip()
        if len([w for w in title.split() if w not in _LINKS | {"the", "a", "an", "of"}]) < 3 \
                or len(title.split()) > MAX_WORDS:
            return None                 # 'attention to the position': of what?
        return Gist(title=sentence_case(title), question=f"{base} {title}", provision=title)
    noun = _noun_of(base) or (_gerund_of(verb, base) if gerund else "")
    if not noun or base in _FRAMES:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.tag_ in ("VBN", "VBD") and not passive and not any(c.dep_ == "aux"
                                                               for c in verb.children):
        return None     # a past event, or 'stateless persons and recognised refugees …' misread
    want = ("nsubjpass",) if passive else ("dobj",)
    obj = next((c for c in verb.children if c.dep_ in want), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in ("right", "rights"):
        return None                     # a right is named by `gist` ('Right to …')
    if obj.pos_ == "PROPN" and noun.endswith("ing of"):
        return None                     # 'informing of Secretary General': someone told
    if obj.lower_ in _VAGUE and not any(c.dep_ == "prep" for c in obj.children):
        return None                     # 'prevent practices | that …': what practices?
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    what, more = _phrase(obj, article=("a", "an")), ""     # 'expulsion of a stateless person'
    given = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if base in _GIVES and passive and given is not None:   # 'X are provided with Y'
        thing = next((o for o in given.children if o.dep_ == "pobj"), None)
        what, more = (_phrase(thing), f"to {what}") if thing is not None else ("", "")
    if not what:
        return None
    title = f"{noun} {what}"
    if any(c.lower_ in _ONLY and c.dep_ == "advmod" and c.i < verb.i or c.dep_ == "advcl" and
           c.doc[c.left_edge.i].lower_ in _ONLY for c in verb.children):
        return None                     # 'may be expelled only if …': a condition, not an act
    if negated:         # a prohibition: 'No detention of …', or what it allows 'only …'
        allowed = _exception(verb)
        if allowed is None or not allowed and any(
                t.lower_ in _EXCEPT | {"unless", "until", "without"} for t in doc[verb.i:]):
            return None         # an exception the parse does not attach: never dropped
        if allowed:
            more = f"only {allowed}"
            if len(title.split()) + len(more.split()) > MAX_WORDS + 2:
                return None             # the exception is the provision: never dropped
        else:
            title = f"no {title}"
    more = more if more and len(title.split()) + len(more.split()) <= MAX_WORDS + 2 * (
        negated) else _complement(verb, len(title.split()))
    title = f"{title} {more}".strip()
    if len(title.split()) > MAX_WORDS + 2 * negated:
        return None
    if negated:         # 'prohibit detention of …', 'allow expulsion of … only on grounds …'
        question = f"{'allow' if more.startswith('only') else 'prohibit'} " + \
            re.sub(r"^no ", "", title)
    else:               # 'dealt with' keeps its particle: 'deal with applications …'
        stranded = next((c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and
                         c.i == verb.i + 1 and not any(True for _ in c.children)), "")
        question = " ".join(w for w in (base, stranded, what, more) if w)
    return Gist(title=sentence_case(title), question=question, provision=title)
