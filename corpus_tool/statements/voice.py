"""An author's own voice, in the genres that speak in it (`genre.PLEDGING_GENRES`: a
government's plan, a summit's communiqué, an intergovernmental declaration): a chapeau that
pledges its items (`commitment`), a main clause in which the authors undertake to act
(`pledge`), a bare action item of the text itself (`action_item`) and, in a declaration, its
authors' call on others (`own_call`). `parts` applies them with the parse; `genre` names the
genres and says which documents are in them."""
from __future__ import annotations

import re

from corpus_tool.statements import cues as C, groups as G, words as W
from corpus_tool.statements.actors import infinitive_addressee
from corpus_tool.statements.mood import (AFFIRMING, AUTHORS, BINDING_UNDERTAKINGS, PLEDGED,
                                         UNDERTAKING, reported_commitment)

_PLEDGE_MODALS = frozenset({"will", "shall"})


def commitment(doc):
    """In an own-voice text: is this chapeau a pledge whose items say what its subject will do
    ("To build back better, we will:", "The Administration will:", "We will continue to:")? The
    parse: the clause ends at the colon on "will"/"shall" (or on a verb after it whose "to" is
    left open) with a subject that can act (a pronoun or an agent; not "More data will:").
    Returns the subject token, else None."""
    toks = [t for t in doc if not t.is_space]
    if len(toks) < 3 or toks[-1].text != ":":
        return None
    last = toks[-2]
    root = last if last.dep_ == "ROOT" else last.head if (
        last.dep_ in ("xcomp", "aux") and last.lower_ == "to" and last.head.dep_ == "ROOT") \
        else _planned(toks)
    if root is None:
        return None
    modal = root if root.tag_ == "MD" else next(
        (c for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is None or modal.lower_ not in _PLEDGE_MODALS or \
            any(c.dep_ == "neg" for c in root.children):
        return None
    who = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # "More data will:" predicts what a thing will do: no one pledges
    return who if who is not None and (who.lower_ in C.PRONOUNS or W.is_agent(who)) else None


# what a plan lists as the things its issuer will do
_PLANNED = frozenset({"action", "actions", "step", "steps", "measure", "measures", "commitment",
                      "commitments", "initiative", "initiatives", "priority", "priorities",
                      "activity", "activities"})


def _planned(toks):
    """The verb of a relative clause that closes a chapeau on the plan's own actions ("… actions
    the Administration will pursue across five pillars:", "… the steps that the Government will
    take:", the colon hung on the main verb), else None: `commitment` reads its modal and
    subject as a main clause's."""
    return next((v for v in (toks[-1].head, toks[-2]) if v.dep_ in ("acl", "relcl") and
                 v.head.lower_ in _PLANNED and v.right_edge.i >= toks[-2].i), None)


def pledge(doc):
    """In a pledging text: a main clause in which the issuer undertakes to act ("This
    Administration will continue to partner with …", "We will invest …", "We are committed to
    …", "A national register will be established"): the root verb takes "will" and a subject
    that is "we" or a proper name ("The Administration", "The Department of Labor"), or is
    "commit" (or "aim", "intend", "seek" …) with such a subject, or any agent but a group the
    plan protects with "will" ("Local authorities will develop …"), or is a passive with "will"
    and no agent (the plan's own measure); no negation. Returns the subject token, else None
    ("Implementing this strategy will require …" and "Its implementation will guide …"
    predict)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.tag_ in ("VBD", "VBG") and \
            not any(c.dep_ == "neg" for c in root.children):
        return reported_commitment(root)
    if root is None or root.tag_ not in ("VB", "VBN", "VBP", "VBZ") and not (
            root.tag_ == "JJ" and W.lemma_in(root, _DEVOTED)) or \
            any(c.dep_ == "neg" for c in root.children):
        return None     # (the tagger's "committed" is at times an adjective heading the clause)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and root.tag_ == "JJ":  # "… the United States is committed to …": the
        subj = next((g for c in root.children if c.dep_ in ("aux", "auxpass", "cop")  # subject
                     for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)  # on "is"
    will = any(c.dep_ == "aux" and c.lower_ == "will" for c in root.children)
    if subj is None:
        return None
    if subj.dep_ == "nsubjpass" and will and root.tag_ == "VBN" and not any(
            c.dep_ == "agent" and not any(g.like_num for g in c.subtree) for c in root.children):
        return subj         # "… will be established (by 2027)": no one else acts
    theirs = any(c.dep_ == "poss" and c.lower_ in ("our", "their") for c in subj.children)
    own = subj.lower_ == "we" or not theirs and (  # "Our NATO Allies …" are others
        subj.tag_ in ("NNP", "NNPS") or W.lemma_in(subj, AUTHORS) or any(
            c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in subj.children))
    committed = W.lemma_in(root, BINDING_UNDERTAKINGS) or W.lemma_in(root, UNDERTAKING) and any(
        c.dep_ == "xcomp" for c in root.children) or root.tag_ == "JJ" or W.lemma_in(
        root, {"be", "remain"}) and any(
        c.dep_ == "acomp" and W.lemma_in(c, _DEVOTED) for c in root.children) or \
        W.lemma_in(root, AFFIRMING) and any(
            c.dep_ in ("dobj", "obj") and W.lemma_in(c, PLEDGED) for c in root.children)
    if own and (will and root.tag_ == "VB" or committed) and not _for_another(root):
        return subj
    if will and root.tag_ == "VB" and W.is_agent(subj) and subj.lower_ not in C.PRONOUNS and \
            not W.lemma_in(root, W.NON_AGENTIVE) and \
            not set(G.beneficiaries(_span(subj))) - {"everyone"}:
        return subj     # "Local authorities will develop …": a body the plan gives the action
    return None


# nouns for the authors that "our" makes theirs ("Our countries will …"; not "Our partners …":
# others)
_OUR_OWN = {"country", "government", "nation", "leader"}


def names_the_authors(tok) -> bool:
    """Does the subject name a joint text's authors by a common noun, as "we" does: "Both sides
    decided …", "Both Governments reaffirm …", "The two countries will …", "Our countries will
    prioritise …"? (Its actor is then the issuer the manifest names.)"""
    if tok.tag_ not in ("NN", "NNS") or not W.lemma_in(tok, AUTHORS):
        return False
    kids = list(tok.children)
    if any(c.lower_ == "both" for c in kids) or any(c.lower_ == "two" for c in kids) and any(
            c.lower_ == "the" for c in kids):
        return True
    return W.lemma_in(tok, _OUR_OWN) and any(c.dep_ == "poss" and c.lower_ == "our"
                                             for c in kids)


def speaks_for_the_authors(tok) -> bool:
    """Is the subject of an own-voice commitment the text's authors, whose actor is the issuer:
    a pronoun ("we", "they") or a common noun naming them (`names_the_authors`)?"""
    return tok.lower_ in C.PRONOUNS or names_the_authors(tok)


# "we are committed to …", "we remain dedicated to …"
_DEVOTED = {"commit", "committed", "dedicate", "dedicated", "determined", "resolved"}


def _for_another(root) -> bool:
    """"We intend for the Partnership to …": what the authors intend another to do, no pledge
    of theirs."""
    return W.lemma_in(root, {"intend"}) and any(
        c.dep_ == "prep" and c.lower_ == "for" or any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in root.children)


def undertakes(verb) -> bool:
    """Is the verb the subject's own undertaking ("The City of Seattle is committed to …"), not a
    measure done to it ("A national register will be established")?"""
    return W.lemma_in(verb, UNDERTAKING)




def _span(tok) -> str:
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text


# the imperatives of a citation ("See resolution 2200 A (XXI), annex.", "Cf. article 5")
_CITING = {"see", "cf", "compare"}


def action_item(doc, listed: bool = False) -> bool:
    """In a pledging text: a unit that is an action of the plan itself, an imperative with no
    subject ("Enhance education and outreach efforts, including for at-risk populations.",
    "Increase efforts to investigate and prosecute forced labor."), also where the tagger took
    the imperative for a noun and no verb heads the sentence ("Build capacity to prevent …":
    "Build" a compound of the root "capacity"; "Build on the historic work … and continue to
    …": "Build" the root noun, a verb conjoined to it); in a list (`listed`), or as a sentence
    without a verb, also an action named by a noun ("Establishment of a national register by
    2027.")."""
    toks = [t for t in doc if not t.is_punct and not t.is_space and t.dep_ != "meta" and
            any(ch.isalnum() for ch in t.text)]     # ("• Reaffirm our commitment …")
    if len(toks) < 3 or W.title_heading(doc):     # "Convey Insights from Data:"
        return False
    first = toks[0]
    if first.lower_ in _CITING and toks[1].lower_ not in ("to", "that"):   # not "See to it …"
        return False    # "See resolution 2200 A (XXI), annex.": a reference, not an action
    if first.dep_ == "ROOT" and first.tag_ == "VB":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children)
    lead = _after_lead(doc)
    if lead is not None and lead.dep_ == "ROOT" and lead.tag_ == "VB":
        # "By 2005, develop and begin to implement …": the action after a date or an aside
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in lead.children)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return False
    if first.is_title and doc.text.rstrip()[-1:] in (".", ";") and \
            first.lower_ not in C.ACTOR_HEADS and (
                first.dep_ in ("compound", "nmod") and first.head.i == root.i or
                first.i == root.i and any(c.dep_ == "conj" and c.tag_ == "VB"
                                          for c in root.children)):
        return True     # "Build capacity …", "Address sexual violence …", "Build on … and continue"
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc) and doc.text.rstrip()[-1:] == "."
    return (listed or verbless) and first.i == root.i and bool(_NOMINAL.search(root.lower_)) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def _after_lead(doc, max_words: int = 5):
    """The word after a short opening phrase with no verb and its comma ("By 2005, develop …",
    "Inter alia, …"), else None."""
    words = [t for t in doc if not t.is_space]
    for k, t in enumerate(words[:max_words + 1]):
        if t.text == ",":
            before = words[:k]
            if before and k + 1 < len(words) and not any(
                    b.pos_ in ("VERB", "AUX") for b in before):
                return words[k + 1]
            return None
    return None


def own_call(doc):
    """In a declaration: its authors' call on others in the third person ("The World Conference
    on Human Rights encourages States to consider …", "It requests the Secretary-General to
    submit …"): the main verb recommends or directs (`actors.infinitive_addressee`: whom, and
    how) and has a subject; or their call with no addressee ("We call for further concrete
    actions …", "We encourage the development of …": a recommendation, no actor). Returns
    (strength, addressee) or None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None \
        else None
    if root is None or root.tag_ not in ("VBZ", "VBP") or subj is None or \
            any(c.dep_ == "neg" for c in root.children):
        return None
    addressed = infinitive_addressee(root)
    if addressed is not None or subj.lower_ != "we":
        return addressed
    told = next((c for c in root.children if c.dep_ in ("dobj", "obj")), None)
    if W.lemma_in(root, {"expect"}) and told is not None and any(
            c.dep_ in ("xcomp", "ccomp") for c in root.children):
        return "recommendation", _span(told)    # "We expect technology suppliers … to …"
    if W.lemma_in(root, {"call"}) and any(c.dep_ == "prep" and c.lower_ == "for"
                                          for c in root.children) or \
            W.lemma_in(root, {"encourage", "urge"}) and any(
                c.dep_ in ("dobj", "obj") for c in root.children):
        return "recommendation", ""     # "We call for further concrete actions …"
    return None


# an action named by a noun ("Establishment of …", "Revision of …", "Provision of …")
_NOMINAL = re.compile(r"(?:ment|tion|sion|ance|ence)$")
