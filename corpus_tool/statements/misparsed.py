"""Subjects the parser hung somewhere else than on the verb they act for: on a participle it
misread as the finite verb, as an apposition of a thing-subject, or as an apposition of the last
noun of a fronted phrase; or made the root of the sentence, the modal hung on it.
`statements.actors` asks here when the verb has no subject that can act."""
from __future__ import annotations

from corpus_tool.statements import nominals as N


def fronted_apposition(verb, tok):
    """The subject the parser hung on a fronted phrase as an apposition of its last noun:
    "Subject to the provisions of this Constitution, the President, acting …, may … assign …",
    "Within 120 days of the submission of the Strategy, the Secretary of Commerce, … shall
    publish …": a noun after a comma, before the modal, in apposition to the object of a
    preposition in the verb's own clause, that can act."""
    doc = verb.doc
    return next((t for t in doc[verb.left_edge.i:tok.i]
                 if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.i > 0
                 and any(w.text == "," for w in doc[t.head.i + 1:t.left_edge.i])
                 and t.pos_ in ("NOUN", "PROPN") and N.is_actorish(t)), None)


def reduced_relative_subject(verb, tok):
    """The subject the parser gave to a participle it misread as the finite verb: "Migrant
    workers … officially admitted to the territory of a Contracting Party shall be entitled
    …" (nsubj of "admitted", the modal's verb its ccomp), "Public sector bodies which are
    competent … referred to in Article 3(1) shall make …" (nsubj of "referred", a parataxis of
    the modal's verb). Only a past-tense or participle form before the modal, without an
    object of its own, is taken for such a reduced relative."""
    def subject_of(v):
        if v.tag_ not in ("VBD", "VBN") or v.i > tok.i or any(
                c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in v.children):
            return None
        s = next((c for c in v.children if c.dep_ == "nsubj"), None)
        return s if s is not None and s.i < v.i and N.is_actorish(s) else None
    if any(c.dep_ in ("nsubjpass", "expl", "mark") for c in verb.children):
        return None     # a passive's own subject, or a that-clause ("X stated that Y should …")
    if verb.dep_ in ("ccomp", "conj") and verb.head is not verb:
        found = subject_of(verb.head)
        if found is not None:
            return found
    for c in verb.children:
        if c.dep_ in ("parataxis", "advcl", "ccomp") and c.i < tok.i:
            found = subject_of(c)
            if found is not None:
                return found
    return None


def actor_in_apposition(subj, verb):
    """An actor the parser hung on a thing-subject as its apposition, before the verb: "…, and
    the length of stay in the facility permits, trained personnel of the facility should
    prepare …" (the clause before it misread as the subject)."""
    return next((c for c in subj.children if c.dep_ == "appos" and c.i < verb.i and
                 c.pos_ == "NOUN" and N.is_actorish(c) and c.left_edge.i > 0 and
                 c.doc[c.left_edge.i - 1].text == "," and c.left_edge.pos_ != "ADV" and
                 not any(t.lower_ == "including" for t in c.doc[subj.i:c.i])), None)
    # not "(i)", "du 5 octobre", nor a list's member ("Primary education, including primary
    # school and, in many States parties, also secondary school, has to be provided …")


def subject_as_root(tok):
    """The subject the modal `tok` was hung on as its punctuation or apposition (the subject
    made the sentence's root, or the subject of the verb after the modal), when commas or a
    long phrase part the modal from its verb: "(10.1) The Board shall, in deciding whether an
    offender should be released …, take into consideration …" (Canada's CCRA s. 140(10.1): no
    actor, a researcher's trial 47, P8), "The Chief Fire Officer, may, where …, take …"."""
    head = tok.head
    if tok.tag_ == "MD" and tok.dep_ in ("punct", "appos", "dep") and \
            head.dep_ in ("ROOT", "nsubj") \
            and head.i < tok.i and head.pos_ in ("NOUN", "PROPN") and N.is_actorish(head):
        return head
    return None
