"""Who acts in an impersonal construction, where an "it" stands for the clause that names the
party: "It is essential that States parties take …", "It is incumbent on the State to …", "It
shall be the duty of X to …", "It is prohibited for a person to import …". `statements.actors`
asks it when the deontic is such a formula."""
from __future__ import annotations

from corpus_tool.statements import nominals as N

# the nouns of an impersonal duty ("It shall be the duty of X to …", "it is the endeavour of X
# to …")
DUTIES = {"duty", "responsibility", "obligation", "task", "endeavour"}


def duty_holder(verb) -> str:
    """The holder of the duty an "it" clause names ("It shall be the duty of X to …")."""
    for c in verb.children:
        if c.dep_ == "attr" and c.lower_ in DUTIES:
            for o in (o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children):
                if o.dep_ == "pobj" and N.is_actorish(o):
                    return N.span_text(o)
    return ""


_CLAUSES = ("ccomp", "xcomp", "advcl")


def impersonal_actor(verb) -> str:
    """ "It is essential that States parties take …", "It is incumbent on the State to …": the
    first party named in the complement (subject of the that-clause, object of for/on); "it is
    the duty of public authorities to ensure …": the duty's holder."""
    held = duty_holder(verb)
    if held:
        return held
    for t in verb.subtree:
        if t.i > verb.i and N.is_actorish(t) and (t.dep_ == "nsubj" and t.head.dep_ in _CLAUSES or
                                                 _incumbent_on(t, verb)):
            return N.span_text(t)
    return ""       # "it is imperative that such children be provided with …": no actor


def for_whom(verb) -> str:
    """ "It is prohibited for a person to import …" (a Canadian act's prohibitions, trial 39: no
    actor): the subject of the for-clause that an "it" subject announces."""
    if not any(c.lower_ == "it" and c.dep_ in ("nsubj", "nsubjpass", "expl")
               for c in verb.children):
        return ""
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        # (not a state: "it shall not be necessary for one of the parties to be present"; the
        # parser hangs the subject on the verb, or on "for": "for employers to …")
        if c.dep_ in ("advcl", "ccomp", "xcomp") and mark is not None and c.lower_ != "be":
            return next((N.span_text(s) for s in (*c.children, *mark.children)
                         if s.dep_ in ("nsubj", "pobj")), "")
    return ""


def _incumbent_on(t, verb) -> bool:
    """ "incumbent on X", "necessary for X": the object of for/on hanging on the adjective."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("for", "on", "upon") and (
        prep.head.i == verb.i or prep.head.dep_ == "acomp" and prep.head.head.i == verb.i)
