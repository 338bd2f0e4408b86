"""The parse's words as the statement rules read them: the modal verbs, the token at an offset, a
verb's subject, a lemma without a lemmatizer, whether a subject noun can act, and the nouns and
verbs that never can (a thing, a state, an experience)."""
from __future__ import annotations

import re

from corpus_tool.statements.cues import ACTOR_HEADS

MODALS = {"may", "might", "can", "could", "must", "shall", "should", "will"}
# verbs of experience, causation and state: with "may" they state a possibility, not a liberty
NON_AGENTIVE = {
    "lack", "fear", "stem", "reinforce", "suffer", "experience", "face", "feel", "result",
    "lead", "cause", "contribute", "render", "entail", "constitute", "discriminate", "differ",
    "vary", "arise", "occur", "exist", "remain", "seem", "appear", "become", "affect", "impede",
    "hinder", "undermine", "increase", "reduce", "create", "reflect", "amount", "indicate",
    "mean", "imply", "explain", "hide", "mask", "perpetuate", "exacerbate", "aggravate",
    "deny", "refuse", "be", "have", "find", "need", "include", "involve", "require", "happen",
    "conflict", "coincide", "overlap",
}
THING_HEADS = {"law", "laws", "legislation", "measure", "measures", "policy", "policies",
               "practice", "practices", "procedure", "procedures", "system", "systems",
               "factor", "factors", "situation", "situations", "condition", "conditions",
               "difference", "differences", "discrimination", "treatment", "rule", "rules",
               "provision", "provisions", "requirement", "requirements", "barrier", "barriers",
               "which", "that", "who", "this", "these", "those", "it", "reluctance", "fear",
               "lack", "absence", "failure", "use", "effect", "effects", "act", "acts"}
_AGENT_SUFFIX = re.compile(r"(?:ers?|ors?|ists?|ants?|(?<!m)ents?|ees?|ians?)$")  # not "-ment"


def token_at(doc, offset: int):
    """The token of the parsed unit at this character offset, if any."""
    for t in doc:
        if t.idx <= offset < t.idx + len(t.text):
            return t
    return None


def is_agent(tok) -> bool:
    """Can this subject token hold a power or a duty: a party, person, group or named body?"""
    low = tok.lower_
    if low in THING_HEADS:
        return False
    if low in ACTOR_HEADS or low in ("anyone", "anybody", "someone", "citizen", "citizens",
                                     "parliament", "legislature", "she", "he", "they"):
        return True
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return True
    return tok.pos_ == "NOUN" and bool(_AGENT_SUFFIX.search(low)) and low not in (
        "matters", "orders", "centers", "centres", "numbers", "members")


def lemma_in(tok, vocab: set[str]) -> bool:
    """Is the token a form of one of these lemmas? (The stage's pipeline runs without the
    lemmatizer: the inflected form is matched against the lemma by its common endings.)"""
    if tok.lemma_ and tok.lemma_ in vocab:
        return True
    w = tok.lower_
    ied = w[:-3] + "y" if w.endswith(("ied", "ies")) else w     # "applied", "applies" → "apply"
    return bool({w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", ied, _IRREGULAR.get(w, w)} & vocab)


# the irregular forms the endings miss ("it should be borne in mind that …")
_IRREGULAR = {"borne": "bear", "bore": "bear", "understood": "understand", "thought": "think",
              "seen": "see", "saw": "see", "said": "say", "held": "hold", "found": "find",
              "led": "lead", "made": "make", "given": "give", "gave": "give", "taken": "take",
              "took": "take", "laid": "lay", "brought": "bring", "kept": "keep", "sought": "seek",
              "meant": "mean", "felt": "feel", "done": "do", "did": "do", "arisen": "arise",
              "arose": "arise", "become": "become", "became": "become", "drawn": "draw",
              "written": "write", "known": "know", "shown": "show", "told": "tell"}


def grammatical_subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def shared_subject(verb):
    """The verb's subject, or for a verb conjoined to another the subject they share."""
    subj = grammatical_subject(verb)
    if subj is None and verb.dep_ == "conj":
        subj = grammatical_subject(verb.head)
    return subj


# the words a title leaves in lower case ("Convey Insights from Data:")
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "nor", "of", "to", "for", "in", "on",
                          "with", "by", "from", "at", "as", "into", "its", "their"})


def title_heading(doc) -> bool:
    """A heading in title case before a colon, as a plan heads its actions ("Convey Insights
    from Data:", "Recognize the Value of Data Assets:"): a title, not an action of its own."""
    words = [t for t in doc if t.is_alpha and t.lower_ not in _TITLE_SMALL]
    return doc.text.rstrip(" *").endswith(":") and len(words) >= 2 and \
        all(t.text[:1].isupper() for t in words)


# verbs that say what something is made of: their subject does nothing ("The persons protected
# shall comprise— (b) all women in prescribed classes …", ILO C102 Art. 48: "persons protected"
# was the actor of its items, a researcher's trial 34, P9); "include" and "contain" only before
# their list ("… shall include:", "… shall include at least the following"): to include
# something in something is an act ("States parties should include children's rights in the
# school curricula")
_COMPOSED = re.compile(r"^\s+(?:\w+ly\s+)?(?:comprises?\b|consists?\b|(?:includes?|contains?)"
                       r"(?=\s*(?:[:—–-]|$)|,?\s+(?:the\s+following|at\s+(?:least|a\s+minimum)|"
                       r"in\s+particular|inter\s+alia|but\s+(?:is|are)\s+not\s+limited)\b))")


def composition_after(doc, tok) -> bool:
    """Does the text after the deontic `tok` say what its subject is made of (`_COMPOSED`)?"""
    return bool(_COMPOSED.match(doc.text[tok.idx + len(tok.text):]))


def governor(tok):
    """The verb a cue token hangs on: the head of a modal, else the token itself."""
    return tok.head if tok.dep_ in ("aux", "auxpass") or tok.tag_ == "MD" else tok


# a modal a few words before a verb ("may without prior notice undertake")
_AFTER_MODAL = re.compile(r"\b(?:may|shall|must|should|will|can|could|might|would)"
                          r"(?:\s+[\w-]+){0,4}\s+$", re.I)


def doing_after_modal(before: str, cue: str) -> bool:
    """Is an "undertake" cue a verb of doing after a modal ("the municipality may without prior
    notice undertake the work": the modal says how strong it is; trial 35, P6), not "States
    Parties undertake to …"? `before`: the text before the cue."""
    return bool(re.fullmatch(r"undertakes?", cue, re.I) and _AFTER_MODAL.search(before))
