"""Mood without a modal, read from the parse: what a unit asks for or states when no modal
carries it.

- **a mandative subjunctive** ("The High Commissioner for Human Rights consider establishing a
  focal point …", an item of a "Recommends that:" list that lost its chapeau) recommends an
  action to its subject;
- **a request in a that-clause** ("BE IT FURTHER RESOLVED that the Synod requests that Justice
  and Witness Ministries join …") recommends the requested act to the clause's subject;
- **a task the court allots** ("It is therefore, above all, for that controller or processor
  to verify …") is an obligation of the one it names (`task_of`);
- **a policy the issuer declares** ("It is the policy of my Administration to protect …",
  "Accordingly, it shall be the policy of my Administration that:") is an obligation of the
  body whose policy it is (`policy_of`);
- **a participial opener** ("Considering …,") makes a preambular recital only when no main
  clause with a modal follows ("Considering the situation of …, States parties must eliminate …"
  is the Committee's own obligation);
- **a reported undertaking** of a joint statement's or a briefing's issuers, in the past or the
  progressive ("President Biden and President Petro committed to …", "They reaffirmed our
  commitment to …") is their commitment (`reported_commitment`, read in the pledging genre).
"""
from __future__ import annotations

import re

from corpus_tool.statements.modality import INSTRUMENTS
from corpus_tool.statements.words import MODALS, is_agent, lemma_in

# a main clause that recommends without a modal: "X invited the government to …", "X is
# encouraged to …" (after a participial opener it is not a preambular recital)
_RECOMMENDING = {"invite", "urge", "encourage", "request", "call", "recommend"}


def subjunctive_subject(doc):
    """The subject of a mandative subjunctive unit ("The High Commissioner for Human Rights
    consider establishing …", "The World Conference … give due consideration to …"): a root
    verb in its base form, with no auxiliary, modal or "to", after a singular agent subject
    (a plural subject with a base form is an ordinary present tense). None otherwise."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VB", "VBP") or root.lower_.endswith("s") or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NN", "NNP") or not is_agent(subj) or \
            subj.lower_ in ("he", "she", "it", "this", "that") or subj.lower_ in INSTRUMENTS:
        return None
    # "The Contracting States reserve …" (a plural the tagger calls singular), "Both the
    # Covenant and the Convention protect …" (coordinated subjects are plural)
    if re.search(r"[^s]s$", subj.lower_) or any(c.dep_ == "conj" for c in subj.children):
        return None
    return subj


# a lead-in that asks someone to act ("Also recommends:", "Urges:")
_ASKING_LEAD = re.compile(r"\b(?:[Rr]ecommends?|[Uu]rges?|[Cc]alls\s+(?:up)?on|[Rr]equests?)\b")


def item_subject(doc, lead: str) -> str:
    """The subject of an item's own verb in the base form, when it can act and its lead-in ends
    on "that", or the item opens on it: the items of a recommendation's "that:" ("Also
    recommends that: (c) All international sporting bodies promote …", "Also recommends: (b)
    That non-governmental organizations continue to provide …"). A plural subject counts here,
    as the "that" makes the item subjunctive."""
    first = next((t for t in doc if not t.is_punct and t.tag_ != "LS"), None) \
        if doc is not None else None
    opens = first is not None and first.lower_ == "that" and first.dep_ == "mark" and \
        bool(_ASKING_LEAD.search(lead))     # not "… measures to ensure: (a) that workers enjoy …"
    root = next((t for t in doc if t.dep_ == "ROOT"), None) \
        if doc is not None and (re.search(r"\bthat\W*$", lead) or opens) else None
    if root is None or root.tag_ not in ("VB", "VBP"):
        return ""
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not is_agent(subj):
        return ""
    return doc[subj.left_edge.i:subj.right_edge.i + 1].text.split(",")[0]  # not an aside


# verbs that ask for an act in a that-clause: "requests that X join …"
_REQUESTING = {"request", "urge", "ask", "recommend", "demand", "insist"}


def _mandative(verb) -> bool:
    """A that-clause in the mandative subjunctive: the verb in its base form without a modal or
    "to" ("that X join …"), or a passive with a bare "be" ("that the materials be presented
    …"), and a subject."""
    kids = list(verb.children)
    if any(c.tag_ == "MD" or c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to")
           for c in kids):
        return False
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids)
    if verb.tag_ not in ("VB", "VBP") and not passive:
        return False
    return any(c.dep_ == ("nsubjpass" if passive else "nsubj") for c in kids)


def requested_clause(doc):
    """The act a unit requests in a that-clause ("BE IT FURTHER RESOLVED that the Synod
    requests that Justice and Witness Ministries join … to prepare …", "requests that the
    materials … be presented to …"): (the requested verb, its subject; None for a passive)
    when the unit's main verb, or the verb of the clause it resolves, asks for it in the
    mandative subjunctive, and the one who asks (if named) can ask; else None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    for v in [root] + [c for c in root.children if c.dep_ == "ccomp"]:
        # the tagger may take "requests" for a noun; its clause says it is the verb
        if not lemma_in(v, _REQUESTING) or v.tag_ not in ("VBZ", "VBP", "VBD", "NNS"):
            continue
        who = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if who is not None and not is_agent(who):
            continue    # "This moment demands that we build back better": no one requests
        for c in v.children:
            if c.dep_ == "ccomp" and _mandative(c):
                subj = next(k for k in c.children if k.dep_ in ("nsubj", "nsubjpass"))
                return c, (subj if subj.dep_ == "nsubj" else None)
    return None


def main_clause_after_opener(doc) -> bool:
    """ "Considering the situation of …, States parties must eliminate …": the participial
    opener hangs on a main verb that has its own subject and a modal (or that recommends to an
    addressee: "Welcoming …, CoE-Commissioner invited the government to …"), so the unit is
    not a preambular recital."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.i == 0 or root.tag_ == "VBG":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children) and (any(
        c.tag_ == "MD" and c.lower_ in MODALS for c in root.children) or (
        lemma_in(root, _RECOMMENDING) and any(c.dep_ == "xcomp" for c in root.children)))


def task_of(doc):
    """"It is (therefore, above all,) for that controller or processor to verify …": a task the
    text allots, an obligation of the one the "for" phrase names. The parse: a root "be" whose
    subject is the expletive "it", and either an infinitive clause "for X to V" (the mark "for",
    the subject X, "to V") or a "for X" phrase with the infinitive "to V" hung on X; X an agent.
    Returns (the agent token, the verb), else None ("It is difficult for children to …" has an
    adjective; "It is for this reason that …" no infinitive)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not lemma_in(root, {"be"}) or any(
            c.dep_ in ("neg", "acomp", "attr") for c in root.children) or \
            not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children):
        return None
    for verb in (c for c in root.children if c.dep_ in ("advcl", "ccomp", "xcomp")):
        kids = list(verb.children)
        who = next((c for c in kids if c.dep_ == "nsubj"), None)
        if verb.tag_ == "VB" and who is not None and is_agent(who) and \
                any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return who, verb
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "for"):
        who = next((c for c in prep.children if c.dep_ == "pobj"), None)
        verb = next((v for v in (who.children if who is not None else ())
                     if v.dep_ in ("relcl", "acl") and v.tag_ == "VB" and any(
                         c.dep_ == "aux" and c.lower_ == "to" for c in v.children)), None)
        if verb is not None and is_agent(who):
            return who, verb
    return None


def policy_of(doc):
    """"It is the policy of my Administration to organize …", "Accordingly, it shall be the
    policy of my Administration that:" (a lead-in): a policy the text declares as its issuer's,
    an obligation of the body whose policy it is. The parse: a root "be" whose subject is the
    expletive "it" and whose attribute is "policy" with an "of X" (X an agent), and either an
    infinitive "to V" (on the root or on "policy") or a lead-in that ends at a colon. Returns
    (X, the verb or the root), else None ("It is the policy of the Committee that is at issue"
    has neither; "The policy of the State is to …" has no expletive)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not lemma_in(root, {"be"}) or any(c.dep_ == "neg" for c in root.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children):
        return None
    attr = next((c for c in root.children if c.dep_ == "attr" and c.lower_ == "policy"), None)
    of = next((c for c in (attr.children if attr is not None else ()) if c.dep_ == "prep"
               and c.lower_ == "of"), None)
    who = next((c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"), None)
    if who is None or not is_agent(who):
        return None
    verb = next((v for v in (*root.children, *attr.children) if v.dep_ in (
        "xcomp", "acl", "ccomp", "advcl") and v.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children)), None)
    toks = [t for t in doc if not t.is_space]
    if verb is None and toks[-1].text == ":":
        verb = root         # the lead-in of the policy's items
    return (who, verb) if verb is not None else None


def adverbs_only(doc, cue) -> bool:
    """Are the words between the copula and the participle of a cue ("are therefore obliged
    to", "are strongly encouraged to", `structure.ADVERBS`) adverbs that modify it (the parse:
    advmod), not other words ("States are the ones encouraged to …")? True for any other cue
    ("is under an obligation to", "are called upon to")."""
    toks = [t for t in doc if cue.start <= t.idx < cue.end and not t.is_space]
    at = next((i for i, t in enumerate(toks) if t.lower_ in _PARTICIPLES), None)
    if at is None or at < 2 or toks[0].lower_ not in ("is", "are"):
        return True
    return all(t.dep_ == "advmod" and t.head.i in (toks[0].i, toks[at].i) for t in toks[1:at])


_PARTICIPLES = {"encouraged", "urged", "invited", "requested", "called", "required", "obliged",
                "bound", "obligated"}


# the issuer's verbs of its own undertaking ("We commit to …", "We aim to …", "The Government
# intends to …"); the protocol reads the softer ones as commitments too
UNDERTAKING = {"commit", "pledge", "undertake", "aim", "intend", "seek", "plan", "strive",
               "resolve", "decide"}
# the undertakings that commit by themselves ("We commit to X"); the others undertake only an
# act to come ("We seek to …", not "We seek tolerance …", a stance)
BINDING_UNDERTAKINGS = {"commit", "pledge", "undertake"}
# who speaks for the authors of a joint text besides their names and "we" ("the leaders", "both
# sides", "Countries expressed intent to …", "Both Governments reaffirm …")
AUTHORS = {"leader", "president", "minister", "government", "side", "country", "partner",
           "participant"}
# verbs that state an undertaking anew ("reaffirmed their commitment to …", "We underscore our
# commitment to …", "we share a commitment to …")
AFFIRMING = {"affirm", "reaffirm", "express", "reiterate", "renew", "confirm", "underline",
             "underscore", "reconfirm", "restate", "share"}
# what is affirmed anew
PLEDGED = {"commitment", "pledge", "resolve", "determination", "intent", "intention"}


def reported_commitment(root):
    """A joint statement's or a briefing's report of its issuers' own undertaking, in the past
    or the progressive: "President Biden and President Petro committed to work together …",
    "The United States and Colombia are seeking to adapt …", "The leaders expressed their
    commitment to …", "They reaffirmed our commitment to …"; or their instruction to those who
    are to act ("the leaders instructed their teams to intensify …": the teams, returned
    instead). The subject is the issuers' own ("we", "they", a name, "the leaders"); not a
    report of what others did ("The Committee noted …", "Parents committed …")."""
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in ("we", "they") or subj.tag_ in ("NNP", "NNPS") or
                            lemma_in(subj, AUTHORS)):
        return None
    if root.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lower_ in _PROGRESSIVE
                                      for c in root.children):
        return None
    to_act = any(c.dep_ in ("xcomp", "prep") and c.lower_ != "by" for c in root.children)
    if lemma_in(root, UNDERTAKING) and to_act:
        return subj
    if root.tag_ == "VBD" and lemma_in(root, AFFIRMING) and any(
            c.dep_ == "dobj" and lemma_in(c, PLEDGED) for c in root.children):
        return subj
    told = next((c for c in root.children if c.dep_ == "dobj"), None)
    if root.tag_ == "VBD" and lemma_in(root, _INSTRUCTING) and told is not None and any(
            c.dep_ == "xcomp" for c in root.children):
        return told
    return None


# "are seeking to …": the progressive of an undertaking
_PROGRESSIVE = {"are", "is", "am", "'re", "’re", "'s", "’s"}
# verbs by which the issuers set others to act ("instructed their teams to …")
_INSTRUCTING = {"instruct", "direct", "task", "mandate"}
