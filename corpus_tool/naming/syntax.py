"""Whether a name parses as one noun phrase: the parser's check beside the word lists of
`quality.title_problem` (issue 15).

A name is parsed where a noun phrase stands ("They spoke about the …."), so that a fragment's
capital first word or missing article does not mislead the tagger. It is no noun phrase when its
words hang from more than one head (a clause: 'Political parties … play a significant role'; a
phrase run into another: 'Bargaining, encourage self-organization …') or name no thing
('Exclusion of there in the calculation …'), when that head is not a noun ('Culturally
acceptable and respectful available …'), when a verb outside a relative clause is finite
('Discrimination refers to …'), when it opens on an adverb, a preposition or a finite verb
('Fully upon legislation …'), or on a verb with its object ('Made reasonable efforts',
'Share equal rights …'; a gerund names an act: 'Combating prejudices'), or when it ends on a
word that leaves it open ('… against expulsion so', '… laid down', an adjective without its
noun: '… descent, and national'; 'children one'; a light verb: '… and to have'; a verb whose
partner has an object and it none: '… to expedite proceedings and to reduce'), or opens on a
conjunction ('Neither marriage … nor …'). A prepositional phrase or a purpose ('… to ensure
access to justice') after the head is part of it, and so are more infinitives coordinated with
the head's own ('Right to marry and to found a family'). The status condition drafting adds
('… regardless of residence status'), an aside in brackets and a closing 'respectively' are
left out.

Judged titles (benchmarks/data/drafting_title_judgments.csv, read while this was written: 311
titles of eight projects, citizenship's and permanent residence's among them): 33 of the 209
rejected are flagged, none of the 102 accepted. Without the trained pipeline there is no parse,
and nothing is flagged.
"""
from __future__ import annotations

import functools
import re

from corpus_tool.statements.stage import load_pipeline

_CARRIER = "They spoke about the "
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "X")
_FINITE = ("VBZ", "VBP", "VBD", "MD")
_OPENERS = ("VB", "VBD", "VBP", "VBZ", "RB", "IN", "MD", "CC")
# verbs that say nothing without what follows them ('… and to have')
_LIGHT = frozenset("have be make take give provide ensure receive enjoy do get".split())
_VERB_FIRST = ("VB", "VBD", "VBN", "VBP")
_OPEN_END = ("ADV", "CCONJ", "SCONJ", "ADP", "DET", "PART", "ADJ")
_STATUS = re.compile(r"(?i),?\s+regardless of residence status$")
_ASIDE = re.compile(r"\s*\([^()]*\)|,?\s+respectively$")
# the reasons `phrase_problem` gives
NOT_ONE, NO_NOUN = "not one phrase", "no noun at its head"
OPENS = "opens on a verb, an adverb, a preposition or a conjunction"
VERB_OBJECT, FINITE, OPEN = "a verb and its object", "a finite verb", "left open"
REASONS = frozenset({NOT_ONE, NO_NOUN, OPENS, VERB_OBJECT, FINITE, OPEN})


def _infinitive(t) -> bool:
    """'to ensure …', and 'to equal …', which the tagger takes for one."""
    return any(c.tag_ == "TO" for c in t.children)


def _nominal(t) -> bool:
    """A noun, or a gerund naming an act ('Monitoring the participation of …')."""
    return t.pos_ in _NOMINAL or t.tag_ == "VBG"


@functools.lru_cache(maxsize=1 << 14)
def phrase_problem(name: str) -> str | None:
    """Why `name` does not parse as one noun phrase (see the module doc), or None."""
    pipe = load_pipeline("auto")
    text = _STATUS.sub("", _ASIDE.sub("", " ".join(name.split())).rstrip(" ."))
    if not pipe.trained or not text:
        return None
    first = text.split()[0]
    if not (len(first) > 1 and first.isupper()):
        text = text[:1].lower() + text[1:]
    carrier = _CARRIER[:-4] if text.split()[0].lower().endswith("ing") else _CARRIER
    nlp = pipe.nlp
    doc = nlp(f"{carrier}{text}.")       # a gerund takes no article: 'about monitoring the …'
    start, end = len(nlp.tokenizer(carrier)), len(doc) - 1
    span = doc[start:end]
    if not len(span):
        return None
    heads = [t for t in span if not start <= t.head.i < end or t.head.i == t.i]
    nouns = [t for t in heads if _nominal(t)]
    # a noun with its own infinitive takes more, coordinated ('right to marry and to found …')
    links = ("prep", "cc", "punct") if nouns and any(map(_infinitive, nouns[0].children)) \
        else ("prep",)
    after = [t for t in heads if t.dep_ in links or _infinitive(t)]
    if len(nouns) == 1 and len(heads) == 1 + len(after) and all(
            t.i > nouns[0].i for t in after):
        heads = nouns           # '… after job loss', '… to ensure access to justice'
    if len(heads) != 1 or any(t.tag_ == "EX" or t.dep_ == "pobj" and t.pos_ == "ADV"
                              for t in span):        # 'exclusion of there …': no thing
        return NOT_ONE
    if not _nominal(heads[0]):
        return NO_NOUN
    if span[0].tag_ in _OPENERS:
        return OPENS
    alone = nlp(text[:1].upper() + text[1:])[0]
    if alone.dep_ == "ROOT" and alone.tag_ in _VERB_FIRST and any(
            c.dep_ == "dobj" for c in alone.children):
        return VERB_OBJECT
    for t in span:
        if t.tag_ in _FINITE and not any(a.dep_ in ("relcl", "acl") and a.i >= start
                                         for a in (t, *t.ancestors)):
            return FINITE
    return OPEN if _left_open(span[-1]) else None


def _left_open(last) -> bool:
    """Whether a name's last word leaves it open (see the module doc)."""
    if last.pos_ in _OPEN_END or last.lower_ in ("one", "ones"):
        return True
    if last.pos_ not in ("VERB", "AUX"):
        return False

    def has_object(t) -> bool:
        return any(c.dep_ == "dobj" for c in t.children)
    return last.lower_ in _LIGHT or (last.dep_ == "conj" and has_object(last.head)
                                     and not has_object(last))


_MAX_WORDS = 10
# nouns that are half of a verb's idiom, not a thing required ('take part in', 'give effect to')
_IDIOM_OBJECTS = frozenset("part place account note care effect".split())
_LINKS = ("of", "to", "for", "in", "on", "against")


@functools.lru_cache(maxsize=1 << 12)
def noun_phrases(text: str) -> tuple[str, ...]:
    """The noun phrases a statement names, each with the complement its head takes ('access
    to legal assistance', 'consultation of foreign residents'): the parser's noun chunks, a
    chunk widened by a following 'of'/'to'/'for'/'in'/'on'/'against' and the whole phrase that
    preposition governs (never cut: at most `_MAX_WORDS` words in all, no punctuation), the
    chunk without its leading determiner; not the noun of an idiom ('take part in …'). Empty
    without the trained pipeline."""
    pipe = load_pipeline("auto")
    if not pipe.trained or not text.strip():
        return ()
    doc = pipe.nlp(" ".join(text.split()))
    out: list[str] = []
    for chunk in doc.noun_chunks:
        toks = [t for t in chunk if not (t.i == chunk.start and t.pos_ in ("DET", "PRON"))]
        if not toks or not any(t.pos_ in ("NOUN", "PROPN") for t in toks) or (
                len(toks) == 1 and toks[0].lower_ in _IDIOM_OBJECTS):
            continue
        words = [t.text for t in toks]
        out.append("".join(t.text_with_ws for t in toks).strip())
        nxt = doc[chunk.end] if chunk.end < len(doc) else None
        if nxt is not None and nxt.lower_ in _LINKS and nxt.head == chunk.root:
            objs = [c for c in nxt.children if c.dep_ == "pobj"]
            if objs:
                inner = list(doc[nxt.i + 1:objs[0].right_edge.i + 1])
                if len(words) + 1 + len(inner) <= _MAX_WORDS and not any(
                        t.is_punct for t in inner):
                    out.append("".join(t.text_with_ws for t in (*toks, nxt, *inner)).strip())
    return tuple(dict.fromkeys(out))
