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
whole stays within MAX_WORDS. A verb with no noun, or no object, gives nothing. Without the
trained pipeline there is no parse and nothing is given.
"""
from __future__ import annotations

import functools

from corpus_tool.naming.gist import NOUN_OF, Gist, sentence_case, suffix_noun
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
_LINKS = frozenset("in to for with into on from against among".split())
# objects that say nothing without the clause that tells which
_VAGUE = frozenset("practices practice measures steps situations cases matters issues things ways "
                   "forms acts conduct persons people individuals".split())
# nouns of a preposition that only links ('in order to', 'in accordance with')
_HOLLOW = frozenset("order accordance respect particular view addition case regard relation line "
                    "conformity".split())
# nouns of common verbs of provision the table and the suffix rule do not give, for this path
# only: added to `gist.NOUN_OF` they would change what `gist` and `bare` make of a statement
# (tried: five titles of the seven projects moved, an accepted one among them)
_MORE_NOUNS = {"involve": "involvement of", "appoint": "appointment of",
               "consult": "consultation of", "employ": "employment of",
               "enforce": "enforcement of", "assess": "assessment of",
               "amend": "amendment of", "reimburse": "reimbursement of", "pay": "payment of",
               "treat": "treatment of", "review": "review of", "revise": "revision of",
               "expand": "expansion of", "create": "creation of", "design": "design of",
               "enact": "enactment of", "withdraw": "withdrawal of", "repeal": "repeal of",
               "conduct": "conduct of", "increase": "increase in", "raise": "raising of",
               "allocate": "allocation of", "ratify": "ratification of",
               "implement": "implementation of", "achieve": "achievement of",
               "maintain": "maintenance of", "protect": "protection of"}


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
        if c in NOUN_OF or c in _MORE_NOUNS or c in _FRAMES or c in _GIVES or _suffixed(c):
            return c
    return cands[0]


def _suffixed(verb: str) -> str:
    """`gist.suffix_noun`, but for the verbs whose ending misleads it here."""
    return "" if verb in _NOT_SUFFIXED else suffix_noun(verb)


def _noun_of(verb: str) -> str:
    """'involve' → 'involvement of' (NOUN_OF), 'provide' → 'provision of', 'facilitate' →
    'facilitation of'; '' when the verb has no noun here."""
    if NOUN_OF.get(verb) or _MORE_NOUNS.get(verb):
        return NOUN_OF.get(verb) or _MORE_NOUNS[verb]
    if verb in _GIVES:
        return "provision of"
    noun = _suffixed(verb)
    return f"{noun} of" if noun else ""


def _phrase(head) -> str:
    """The whole phrase a noun heads: its modifiers and the phrases its prepositions govern,
    recursively (no clause, apposition or coordination after a comma), without a leading
    determiner, in lower case but for names; its modifiers alone when longer than
    MAX_OBJECT_WORDS; '' when even that is."""
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
        toks = [t for t in toks if t.i <= head.i]          # not contiguous: the noun alone
    while toks and toks[0].dep_ in ("det", "predet", "poss") and toks[0].i < head.i:
        toks = toks[1:]
    if len([t for t in toks if not t.is_punct]) > MAX_OBJECT_WORDS:
        toks = [t for t in toks if t.i <= head.i]
    if not toks or len(toks) > MAX_OBJECT_WORDS or toks[-1].dep_ in ("cc", "prep", "det"):
        return ""
    words = "".join(t.text_with_ws for t in toks).strip()
    return " ".join(w if w[:1].isupper() and (w.isupper() or any(
        t.pos_ == "PROPN" for t in toks if t.text == w)) else w.lower() for w in words.split())


def _complement(verb, used: int) -> str:
    """A prepositional complement of the verb ('in public inquiries'), when it fits."""
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _LINKS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                inner = _phrase(objs[0])
                if inner and used + 1 + len(inner.split()) <= MAX_WORDS:
                    return f"{c.lower_} {inner}"
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
def parsed_gist(text: str) -> Gist | None:
    """The provision the statement `text` makes, read from its parse (see the module doc), or
    None."""
    pipe = load_pipeline("auto")
    text = " ".join((text or "").split())
    if not pipe.trained or not text:
        return None
    doc = pipe.nlp(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    verb = _down(root)
    base = _base(verb)
    noun = _noun_of(base)
    if not noun or base in _FRAMES:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    want = ("nsubjpass",) if passive else ("dobj",)
    obj = next((c for c in verb.children if c.dep_ in want), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in ("right", "rights"):
        return None                     # a right is named by `gist` ('Right to …')
    if obj.lower_ in _VAGUE and not any(c.dep_ == "prep" for c in obj.children):
        return None                     # 'prevent practices | that …': what practices?
    what, more = _phrase(obj), ""
    given = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if base in _GIVES and passive and given is not None:   # 'X are provided with Y'
        thing = next((o for o in given.children if o.dep_ == "pobj"), None)
        what, more = (_phrase(thing), f"to {what}") if thing is not None else ("", "")
    if not what:
        return None
    title = f"{noun} {what}"
    more = more if more and len(title.split()) + len(more.split()) <= MAX_WORDS else \
        _complement(verb, len(title.split()))
    title = f"{title} {more}".strip()
    if len(title.split()) > MAX_WORDS:
        return None
    question = f"{base} {what} {more}".strip()
    return Gist(title=sentence_case(title), question=question, provision=title)
