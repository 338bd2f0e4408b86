"""The noun phrases a unit names as its actors, read from the parse: a subject's phrase without
its relative clauses and tails (`span_text`), whether a noun can act (`is_actorish`: a party,
a body, an office of one, a name, or a common noun `statements.agentive` reads as one who can
act), and what a pronoun or a demonstrative subject stands for in
the same unit (`antecedent_in_unit`, `pointed_back`, `antecedent`), the people a kind-noun
subject counts (`member_of_kind`: "All categories of rural workers"). `statements.actors` decides
which of them acts."""
from __future__ import annotations

import re

from corpus_tool.statements import agentive
from corpus_tool.statements import cues as C
from corpus_tool.statements.modality import INSTRUMENTS, TEXT_PARTS
from corpus_tool.statements.rules import DOCUMENT_HEADS
from corpus_tool.statements.words import THING_HEADS


def _in_council(prep) -> bool:
    """"in Council" of "the Governor in Council", the executive's name in Canada's acts (the
    actor was "Governor": a researcher's trial 28)."""
    return prep.lower_ == "in" and any(t.text == "Council" for t in prep.children)


def span_text(head, end: int | None = None) -> str:
    """A subject's noun phrase without relative clauses, appositions or '… to the present
    Convention' tails (its own, also when the parser made the noun itself an apposition);
    `end`: the index of a token it stops before (a modal the parser hung on it)."""
    drop = set()
    for c in head.subtree:
        if c is not head and (c.dep_ in ("relcl", "appos", "advcl", "parataxis") or (
                c.dep_ == "acl" and any(w.tag_ in ("WDT", "WP") for w in c.subtree))):
            drop.update(x.i for x in c.subtree)
        if c.dep_ == "punct" and c.text in ",;:()" and not (c.text == "," and any(
                k.dep_ == "conj" and k.i > c.i for k in c.head.children)):
            drop.add(c.i)       # not the commas of a list: "The State, the family, and society"
        if c.dep_ == "prep" and c.head.i == head.i and c.lower_ not in ("of", "with") \
                and not _in_council(c):
            drop.update(x.i for x in c.subtree)     # "children at home" → "children"
    toks = [t for t in head.subtree if t.i not in drop]
    # keep the contiguous run around the head
    idx = [t.i for t in toks]
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx and (end is None or hi + 1 < end):
        hi += 1
    if lo > 0 and head.lower_ in _CONTRACTING and _party_participle(head.doc, lo - 1):
        lo -= 1     # "Each contracting State agrees …", "a requesting State shall …": the parser
        #             took the participle for a subject or a verb of its own
    return head.doc[lo:hi + 1].text.rstrip("-\u2014\u2013 ")   # a chapeau's dash: "… of India—"


# the parties a participle names ("contracting parties", "each contracting State", "the
# requesting State", "the notifying Member State", "assisting parties")
_CONTRACTING = {"state", "states", "party", "parties"}
_NOT_PARTICIPLES = {"including", "concerning", "regarding", "following", "notwithstanding",
                    "according", "excluding", "during", "pending", "considering", "being",
                    "having", "nothing", "something", "anything", "everything"}


def _party_participle(doc, i: int) -> bool:
    """Is the word before a party's name a participle that names which party it is: "contracting",
    or an "-ing" word after a determiner, a quantifier or a clause's start ("a requesting State",
    "…, assisting parties shall …"), not a preposition-like "including", "concerning" …?"""
    t = doc[i]
    if t.lower_ == "contracting":
        return True
    if not (t.is_alpha and t.lower_.endswith("ing") and t.lower_ not in _NOT_PARTICIPLES):
        return False
    return i == 0 or doc[i - 1].tag_ in ("DT", "PDT") or doc[i - 1].is_punct or \
        doc[i - 1].lower_ in ("each", "any", "every", "all", "no")


def pointed_back(subj) -> str:
    """ "… if the requested State Party does not … extradite …, that State shall take …": the
    earlier subject of the unit a demonstrative subject points back to (its name holds the
    subject's word)."""
    doc = subj.doc
    if subj.i == 0 or doc[subj.i - 1].lower_ not in ("that", "this", "such"):
        return ""
    for t in reversed(doc[:subj.i - 1]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in C.PRONOUNS and \
                any(w.lower_ == subj.lower_ for w in t.subtree) and is_actorish(t):
            return span_text(t)
    return ""


def antecedent(pron) -> str:
    """ "X commended Slovenia … and encouraged it to …": the proper-noun object before the
    pronoun, else the pronoun (resolved later from the context)."""
    for t in reversed(pron.doc[:pron.i]):
        if t.dep_ in ("dobj", "obj") and t.pos_ == "PROPN":
            return span_text(t)
    return pron.text


def antecedent_in_unit(doc, pronoun: str) -> str:
    """What a subject pronoun stands for when the unit itself names it first: "When children
    are unaccompanied, they are entitled to …" → "children" (the subject of a clause before
    the pronoun, also the "for X to V" subject of an infinitive in an adverbial clause: "Where a
    complaint contains sufficient grounds for the provider … to consider …, it shall reverse
    its decision" → "provider …"; the subject of the opener first: "If a State Party considers
    that another State Party is not giving effect …, it may …" → "State Party"; "they" only for
    a plural, "it", "he", "she" for a singular)."""
    pron = next((t for t in doc if t.lower_ == pronoun.lower() and t.dep_ in ("nsubj", "nsubjpass")),
                None)
    if pron is None:
        return ""
    plural = pron.lower_ in ("they", "them", "we")
    opener = next((c for c in pron.head.children if c.dep_ == "advcl" and c.i < pron.i), None)
    first = next((c for c in opener.children if c.dep_ == "nsubj"), None) if opener else None
    if first is not None and first.lower_ not in C.PRONOUNS and is_actorish(first) and \
            not _counted(first) and \
            (first.tag_ in ("NNS", "NNPS")) == plural:
        return span_text(first)     # "If a State Party considers that another …, it may …"
    # an earlier subject, not the count of a relative ("… more than one sentence, at least one
    # of which is …")
    for t in reversed(doc[:pron.i]):
        if (t.dep_ in ("nsubj", "nsubjpass") or for_subject(t)) and \
                t.lower_ not in C.PRONOUNS and is_actorish(t) and \
                not _counted(t) and \
                (t.tag_ in ("NNS", "NNPS")) == plural:
            return span_text(t)
    return ""


def _counted(t) -> bool:
    """Is the noun phrase the count of a relative ("at least one of which", "none of whom")?"""
    return bool(re.search(r"\bof\s+wh(?:ich|om)\b", t.doc[t.left_edge.i:t.right_edge.i + 1].text))


def for_subject(t) -> bool:
    """ "grounds for the provider … to consider": the object of "for" that is the subject of
    the infinitive after it (the parser hangs the infinitive on the noun, on "for" or on what
    "for" modifies)."""
    return t.dep_ == "pobj" and t.head.lower_ == "for" and any(
        c.i > t.i and c.dep_ in ("acl", "relcl", "xcomp") and any(
            a.lower_ == "to" for a in c.children)
        for c in (*t.children, *t.head.children, *t.head.head.children))


def named_actorish(tok) -> bool | None:
    """What the lexicons and the text's own naming say of a noun: True for a party, a body, an
    office of one, a name; False for a document, a part of a text, a thing; None when they say
    nothing."""
    if tok.lower_ in C.ACTOR_HEADS:
        return True
    if tok.lower_ in ("subject", "subjects") and any(c.dep_ == "compound" and c.lower_ == "data"
                                                    for c in tok.children):
        return True     # the data subject, whose rights a data protection law lays down
    if tok.lower_ in _OFFICES and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and is_actorish(o) for o in c.children) for c in tok.children):
        return True     # "The head of each city agency shall designate …": an office of a body
    if tok.lower_ in _ORGANS:
        return True     # "Each Federal department and agency … is authorized and directed to …"
    if tok.lower_ in DOCUMENT_HEADS or tok.lower_ in INSTRUMENTS | TEXT_PARTS:
        return False    # "The Open Government Report shall address …": a thing
    if tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True     # "the Facility shall carry out …": a body the text names for itself
    if re.fullmatch(r"[A-Z]+[OIACB]s", tok.text) and tok.pos_ in ("NOUN", "PROPN"):
        # "NHRIs should consult …", "NGOs may …": bodies named by a plural acronym whose last
        # letter is its head's (organisations, institutions, agencies, centres, bodies), not
        # papers or goals ("PRSPs must include …")
        return True
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or tok.lower_ in THING_HEADS or tok.lower_ in _KINDS or \
            re.fullmatch(r"[A-Z]{2,}s?", tok.text):
        return False    # an acronym says nothing of its meaning ("PRSPs must include …")
    if tok.lower_ == "alia" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "inter":
        return False    # "the Parties shall inter alia provide …": the parser's subject
    return None


def is_actorish(tok) -> bool:
    """Can this noun act? The lexicons first (`named_actorish`); a common noun they do not name
    is read by its meaning (`statements.agentive`: "the seller", "the salvor", "inspectors")."""
    named = named_actorish(tok)
    return named if named is not None else agentive.can_act(tok.lower_)


def member_of_kind(tok):
    """ "All categories of rural workers … shall have the right …": the people a kind-noun
    subject counts, and "Each of the Contracting Parties shall allow …": the people a partitive
    subject picks from (the object of its "of" when they can act), else None."""
    if tok.lower_ not in _KINDS and not (tok.lower_ in _PARTITIVES and tok.pos_ in _PARTITIVE_POS):
        return None
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and is_actorish(o)), None)


# nouns that name kinds of people, not people
_KINDS = {"category", "categories", "kind", "kinds", "type", "types", "class", "classes"}
# the words that pick some of a group ("each of the Parties", "either of them", "none of the
# States"), as the parser tags them when they head the subject
_PARTITIVES = {"each", "either", "neither", "any", "none", "all", "both", "one", "some"}
_PARTITIVE_POS = {"DET", "PRON", "NUM"}


# the organs of an administration that act in its name
_ORGANS = {"department", "departments", "ministry", "ministries", "directorate", "directorates",
           "secretariat", "officer", "officers", "official", "organs"}


# offices that act for a body when the text names the body ("the head of each city agency", "the
# director of the department"); not a thing of a person ("the age and maturity of the child")
_OFFICES = {"head", "heads", "director", "directors", "chair", "chairs", "chairperson",
            "secretary", "minister", "commissioner", "manager", "officer", "officers",
            "president", "coordinator"}
