"""Institutional-Grammar parts of one unit (a sentence or an enumeration item): which deontic
cue governs, the actor, aim, object, condition and beneficiaries. With a spaCy parse the
grammatical subject and the main clause decide; without one, the lexicon rules of
`statements.rules` do."""
from __future__ import annotations

import re
from dataclasses import replace

from corpus_tool.statements import cues as C, modality as M, rules as R, units as U
from corpus_tool.statements.beneficiaries import unit_beneficiaries
from corpus_tool.statements.cues import Cue
from corpus_tool.statements.rules import Parts

_ACTIVE_PASSIVES = {"entitled", "bound", "obliged", "required", "obligated", "permitted",
                    "allowed", "authorized", "authorised", "encouraged", "urged", "invited",
                    "called", "requested", "asked"}
_RECOMMEND_VERBS = {"recommend", "recommends", "urge", "urges", "encourage", "encourages", "call",
                    "calls", "invite", "invites", "request", "requests", "recommended", "urged",
                    "encouraged", "called", "invited", "requested"}


def _token_at(doc, offset: int):
    for t in doc:
        if t.idx <= offset < t.idx + len(t.text):
            return t
    return None


def _depth(tok) -> int:
    d = 0
    while tok.head is not tok and d < 100:
        tok, d = tok.head, d + 1
    return d


def _governor(tok):
    """The verb a cue token hangs on: the head of a modal, else the token itself."""
    if tok.dep_ in ("aux", "auxpass") or tok.tag_ == "MD":
        return tok.head
    return tok


def _span_text(head) -> str:
    """A subject's noun phrase without relative clauses, appositions or '… to the present
    Convention' tails."""
    drop = set()
    for c in head.subtree:
        if c.dep_ in ("relcl", "appos", "advcl", "parataxis") or (
                c.dep_ == "acl" and any(w.tag_ in ("WDT", "WP") for w in c.subtree)):
            drop.update(x.i for x in c.subtree)
        if c.dep_ == "punct" and c.text in ",;:()":
            drop.add(c.i)
        if c.dep_ == "prep" and c.head.i == head.i and c.lower_ not in ("of", "with"):
            drop.update(x.i for x in c.subtree)     # "children at home" → "children"
    toks = [t for t in head.subtree if t.i not in drop]
    # keep the contiguous run around the head
    idx = [t.i for t in toks]
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = head.doc
    return doc[lo:hi + 1].text


def _actor_from_parse(doc, cue: Cue) -> str | None:
    tok = _token_at(doc, cue.anchor)
    if tok is None:
        return None
    verb = _governor(tok)
    if cue.deontic.lower().startswith("it is "):
        return _impersonal_actor(verb)
    recommends = _recommending(tok, verb)
    if recommends:
        own = _addressee(verb)
        if own is not None:
            return own
    shared = False      # the subject is borrowed from a verb this one is conjoined with
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            break
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            shared = shared or verb.dep_ == "conj"
            verb = verb.head
        else:
            break
    # the parser may hang the subject (and the fronted adverbial) on the modal itself: "In
    # the case of …, the provider … shall, without undue delay, notify …"
    kids = list(verb.children)
    if tok is not verb and tok.dep_ in ("aux", "ROOT") and not any(
            c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in kids):   # not of a passive
        kids += [c for c in tok.children if c.dep_ == "nsubj"]
    if shared and not any(c.dep_ == "nsubj" for c in kids):
        # "Anyone whose rights … have been infringed or denied may apply …": the passive
        # subject of the first verb is the one who acts in the conjoined one
        holder = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if holder is not None and _is_actorish(holder):
            return _span_text(holder)
    if recommends:
        own = _addressee(verb)
        if own is not None:
            return own
    # a modal the parser took for the subject ("To this end, Member States may, inter alia,
    # adopt …"): its own subject is the verb's
    subjs = sorted((next((k for k in c.children if k.dep_ == "nsubj"), c) if c.tag_ == "MD" else c
                    for c in kids if c.dep_ == "nsubj"), key=lambda c: abs(verb.i - c.i))
    subj = next((c for c in subjs if _is_actorish(c)), subjs[0] if subjs else None)
    if subj is None:
        subj = _reduced_relative_subject(verb, tok)
    if subj is None and verb.lower_ in _ACTIVE_PASSIVES:
        # "All are entitled to …", "no Party shall be bound to …": the subject holds it
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None:
        passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        expl = next((c for c in kids if c.dep_ == "expl"), None)
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_actorish(pobj):
                return _span_text(pobj)
        if expl is not None:
            for c in kids:
                if c.dep_ in ("ccomp", "xcomp", "acomp"):
                    for cc in c.children:
                        if cc.dep_ == "nsubj" and _is_actorish(cc):
                            return _span_text(cc)
            return ""
        if passive is not None:
            # "the States Parties agree that education shall …": the agreeing parties
            return ""
        return None
    if not _is_actorish(subj):
        return ""
    return _span_text(subj)


def _recommending(tok, verb) -> bool:
    """Is the cue a recommending verb whose object is the addressee ("urges States to …", "are
    encouraged to …")? Not a modal whose verb happens to be one: in "The parties shall
    encourage a spirit of tolerance …" or "States parties should encourage the work of …" the
    parties act (they encourage), and the object is what they encourage."""
    if tok.lower_ in _RECOMMEND_VERBS:
        return True
    if verb.lower_ not in _RECOMMEND_VERBS:
        return False
    return not (tok.tag_ == "MD" and not any(c.dep_ == "auxpass" for c in verb.children))


def _reduced_relative_subject(verb, tok):
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
        return s if s is not None and s.i < v.i and _is_actorish(s) else None
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


def _addressee(verb) -> str | None:
    """Who a recommending verb addresses: "urge States parties to …", "recommends that States
    …", "calls upon X"; "" when it recommends an action with no one named ("CoE-CPT
    recommended ensuring that …"); None when the verb's own children do not say."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            return _antecedent(c) if c.lower_ in ("it", "them") else _span_text(c)
        if c.dep_ in ("prep", "prt") and c.lower_ in ("upon", "on"):     # "calls upon X"
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                return _span_text(pobj)
        if c.dep_ in ("ccomp", "xcomp"):
            for cc in c.children:
                if cc.dep_ in ("nsubj", "nsubjpass"):
                    return _span_text(cc)
            if c.tag_ == "VBG" and verb.lower_.startswith("recommend"):
                return ""       # a gerund: the action is recommended, the addressee unnamed
    return None


_CLAUSES = ("ccomp", "xcomp", "advcl")


def _impersonal_actor(verb) -> str:
    """ "It is essential that States parties take …", "It is incumbent on the State to …": the
    first party named in the complement (subject of the that-clause, object of for/on)."""
    for t in verb.subtree:
        if t.i > verb.i and _is_actorish(t) and (t.dep_ == "nsubj" and t.head.dep_ in _CLAUSES or
                                                 _incumbent_on(t, verb)):
            return _span_text(t)
    return ""       # "it is imperative that such children be provided with …": no actor


def _incumbent_on(t, verb) -> bool:
    """ "incumbent on X", "necessary for X": the object of for/on hanging on the adjective."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("for", "on", "upon") and (
        prep.head.i == verb.i or prep.head.dep_ == "acomp" and prep.head.head.i == verb.i)


def _antecedent(pron) -> str:
    """ "X commended Slovenia … and encouraged it to …": the proper-noun object before the
    pronoun, else the pronoun (resolved later from the context)."""
    for t in reversed(pron.doc[:pron.i]):
        if t.dep_ in ("dobj", "obj") and t.pos_ == "PROPN":
            return _span_text(t)
    return pron.text


def _antecedent_in_unit(doc, pronoun: str) -> str:
    """What a subject pronoun stands for when the unit itself names it first: "When children
    are unaccompanied, they are entitled to …" → "children" (the subject of the clause before
    the pronoun; "they" only for a plural, "he"/"she" for a singular)."""
    pron = next((t for t in doc if t.lower_ == pronoun.lower() and t.dep_ in ("nsubj", "nsubjpass")),
                None)
    if pron is None:
        return ""
    plural = pron.lower_ in ("they", "them", "we")
    for t in reversed(doc[:pron.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in C.PRONOUNS and _is_actorish(t) \
                and (t.tag_ in ("NNS", "NNPS")) == plural:
            return _span_text(t)
    return ""


def _is_actorish(tok) -> bool:
    if tok.lower_ in C.ACTOR_HEADS:
        return True
    return tok.pos_ == "PROPN" and tok.lower_ not in ("convention", "covenant", "charter",
                                                         "article", "protocol")


def _aim_object_from_parse(doc, cue: Cue) -> tuple[str, str] | None:
    tok = _token_at(doc, cue.anchor)
    if tok is None:
        return None
    verb = _governor(tok)
    if verb.lower_ in ("undertake", "undertakes", "agree") or verb.lower_ in _RECOMMEND_VERBS \
            or verb.lower_ in _ACTIVE_PASSIVES:
        x = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if x is not None:
            verb = x
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    aim = verb.text + (" " + prt.text if prt is not None else "")
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "attr", "oprd")), None)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "acomp")), None)
    if obj is None:
        return aim, ""
    words = _span_text(obj).split()
    return aim, " ".join(words[:12])


def _main_cue(cues: list[Cue], doc) -> Cue:
    if doc is None or len(cues) == 1:
        return cues[0]
    best, best_d = cues[0], None
    for c in cues:
        tok = _token_at(doc, c.anchor)
        if tok is None:
            continue
        d = _depth(_governor(tok))
        if best_d is None or d < best_d:
            best, best_d = c, d
    return best


def analyse_unit(text: str, *, doc=None, chapeau: Parts | None = None, chapeau_text: str = "",
                 item: bool = False, preamble: bool = False, prev_actor: str = "",
                 for_items: bool = False, unfiltered: bool = False,
                 recommending: bool = False) -> Parts:
    """The statement parts of one unit (`text` without its item marker). `chapeau` is the
    analysed chapeau the unit continues, if any. `unfiltered`: as if no filter (preamble,
    definition, procedural…) and no modality check had dropped anything — the parts the learned
    gate (`statements.gate`) takes when it overrules the rules. `recommending`: the unit is
    from a recommending text (a general comment, a recommendation, a report …), where a "may"
    that offers its subject a course (`modality.offers_course`) is a recommendation: such a
    text grants no permission (it binds no one)."""
    norm = U.normalise(text)
    if not unfiltered:
        if chapeau is not None and chapeau.reason:
            return Parts(False, reason=chapeau.reason)
        reason = C.filter_reason(norm, preamble=preamble)
        if reason is None and doc is not None and C.opener_with_main_clause(norm) and \
                not M.main_clause_after_opener(doc):
            reason = "preamble"     # the parse finds no main clause after "Considering …,"
        if reason == "procedural" and chapeau is not None and \
                chapeau.strength == "recommendation" and R.imperative(norm):
            reason = None       # "Sign and ratify the Convention …" recommended to a State
        if reason:
            return Parts(False, reason=reason)
    if chapeau is not None and chapeau.statement and chapeau.strength != "none":
        aim_obj = _aim_object_from_parse(doc, Cue(0, 0, "", "", _first_word(norm))) \
            if doc is not None else None
        aim, obj = aim_obj if aim_obj else R.item_aim_object(norm)
        if not (_starts_with_verb(doc) if doc is not None else R.imperative(norm)):      # "b) The development of respect for …": the item is
            aim, obj = chapeau.aim, R.first_words(norm)     # the object of the chapeau's aim
        p = Parts(True, chapeau.strength, chapeau.deontic, chapeau.actor, aim, obj,
                  R.conditions(norm) or chapeau.condition)
        return _with_beneficiaries(p, doc, norm, chapeau_text)
    cues = C.find_cues(norm)
    if not unfiltered:
        cues = M.contextual_cues(cues, doc, norm)
    if not cues:
        if chapeau is not None and not chapeau.statement and not R.imperative(norm):
            return Parts(False)     # an item of a descriptive list ("Such measures include:")
        if item or chapeau is not None:
            aim, obj = R.item_aim_object(norm)
            keep = Parts(True, "none", "", chapeau.actor if chapeau else "", aim, obj,
                         R.conditions(norm))
            return _with_beneficiaries(keep, doc, norm, chapeau_text)
        if chapeau is None and not preamble and (
                R.chapeau_less_item(norm) if doc is None else _infinitive_item(doc)):
            aim, obj = R.item_aim_object(norm)
            p = Parts(True, "recommendation", "(to …)", prev_actor or R.DEFAULT_ADDRESSEE, aim,
                      obj, R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        subj = M.subjunctive_subject(doc) if doc is not None and chapeau is None else None
        if subj is not None and not preamble:
            aim, obj = _aim_object_from_parse(doc, Cue(0, 0, "", "", subj.head.idx)) or ("", "")
            name = doc[subj.left_edge.i:subj.right_edge.i + 1].text     # the whole name
            p = Parts(True, "recommendation", "(subjunctive)", R.clean_actor(name), aim, obj,
                      R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        return Parts(False)
    cue = _main_cue(cues, doc)
    if for_items and len(cues) > 1 and _clause_cue(cues, norm):
        cue = cues[-1]      # the items continue the clause nearest the colon
    actor = _actor_from_parse(doc, cue) if doc is not None else None
    if actor is None:
        actor = R.actor_by_rules(norm, cue)
    actor = R.clean_actor(actor)
    if actor.lower() in C.PRONOUNS:
        actor = (_antecedent_in_unit(doc, actor) if doc is not None else "") or prev_actor or (
            chapeau.actor if chapeau else "") or ""
        if not actor and cue is not cues[0]:
            # "States Parties recognize …, and … they shall": the unit's first actor
            first = _actor_from_parse(doc, cues[0]) if doc is not None else None
            actor = R.clean_actor(first if first is not None else R.actor_by_rules(norm, cues[0]))
            if actor.lower() in C.PRONOUNS:
                actor = ""
    if not actor and chapeau is not None:
        actor = chapeau.actor          # "States Parties agree that: (a) Education shall …"
    aim_obj = _aim_object_from_parse(doc, cue) if doc is not None else None
    aim, obj = aim_obj if aim_obj else R.aim_object_by_rules(norm, cue)
    strength = cue.strength
    if recommending and strength == "permission" and doc is not None and M.offers_course(doc, cue):
        strength = "recommendation"
    p = Parts(True, strength, cue.deontic, actor, aim, obj, R.conditions(norm))
    return _with_beneficiaries(p, doc, norm, chapeau_text)


def _with_beneficiaries(p: Parts, doc, norm: str, *texts: str) -> Parts:
    return replace(p, beneficiaries=unit_beneficiaries(norm, *texts, doc=doc,
                                                       strength=p.strength, actor=p.actor))


def _clause_cue(cues: list[Cue], norm: str) -> bool:
    """A chapeau's items attach to the cue nearest the colon when it starts a new clause
    ("…recognize the right …, and … they shall, in particular:")."""
    if cues[0].deontic.endswith("agree that"):
        return False
    return bool(re.search(r"\b(and|they)\b", norm[cues[0].end:cues[-1].start]))


def _starts_with_verb(doc) -> bool:
    toks = [t for t in doc if not t.is_punct and t.lower_ != "to"]
    return bool(toks) and (toks[0].tag_ in ("VB", "VBG") or R.imperative(toks[0].text))


def _infinitive_item(doc) -> bool:
    """A recommendation item that lost its chapeau, read from the parse: the unit is a bare
    infinitive clause ("To act with determination to …", "To adopt …"), "To" marking the
    root verb, no subject."""
    toks = [t for t in doc if not t.is_punct and t.dep_ != "meta"]
    if len(toks) < 3 or toks[0].text != "To" or toks[0].dep_ != "aux":
        return False
    verb = toks[0].head
    # "To prevent … ; to this end, to endeavour to raise …": the parser may hang the first
    # infinitive on a later one; climb to the clause that carries the item
    while verb.dep_ in ("advcl", "conj") and verb.head is not verb and verb.head.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children):
        verb = verb.head
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _first_word(text: str) -> int:
    m = re.search(r"[A-Za-z]", text)
    return m.start() if m else 0


def chapeau_context(parts: Parts, text: str) -> Parts:
    """A chapeau without its own deontic that introduces measures lends a recommendation; one
    that ends on its subject lends that subject to items that have none ("…, a court, tribunal
    or forum -" / "(c) may consider foreign law.")."""
    if parts.statement and parts.strength != "none":
        return parts
    if parts.reason:
        return parts
    s = R.chapeau_strength_fallback(U.normalise(text))
    if not s and not parts.actor:
        return replace(parts, actor=R.chapeau_subject(U.normalise(text)))
    if s:
        norm = U.normalise(text)
        if R.imperative_chapeau(norm):
            # a nested list under a recommended action: its addressee, like a "To adopt …" item
            return replace(parts, statement=True, strength=s, deontic="(imperative)",
                           actor=parts.actor or R.DEFAULT_ADDRESSEE)
        actor = R.recommendation_addressee(norm) or R.actor_by_rules(norm, Cue(0, 0, "", "",
                                                                                len(text)))
        deontic = "(the following recommendations)" if "recommendations" in norm else \
            "(adopt the following measures)"
        return replace(parts, statement=True, strength=s, deontic=deontic,
                       actor=R.clean_actor(actor))
    return parts
