"""Who acts in a unit, read from the parse: the grammatical subject of the main deontic (or
the modal the parser hung it on), the addressee of a recommending verb, the agent of a
passive, the party named by an impersonal formula, a pronoun's antecedent in the same
sentence, and the subjects the parser hung elsewhere (`statements.misparsed`).
`statements.parts` calls it; without a parse `statements.rules.actor_by_rules` does the work.
The noun phrases themselves, and what a pronoun stands for, are `statements.nominals`'."""
from __future__ import annotations

from corpus_tool.statements import misparsed as M, nominals as N
from corpus_tool.statements.cues import Cue
from corpus_tool.statements.impersonal import duty_holder, for_whom, impersonal_actor
from corpus_tool.statements.words import composition_after, governor, is_agent, token_at

# the passives whose agent grants what the subject may do
_GRANTED = {"authorized", "authorised", "permitted", "allowed"}
ACTIVE_PASSIVES = {"entitled", "bound", "obliged", "required", "obligated", "permitted",
                   "allowed", "authorized", "authorised", "encouraged", "urged", "invited",
                   "called", "requested", "asked"}
RECOMMEND_VERBS = {"recommend", "recommends", "urge", "urges", "encourage", "encourages", "call",
                   "calls", "invite", "invites", "request", "requests", "recommended", "urged",
                   "encouraged", "called", "invited", "requested"}


# the people a "No … may/shall" bars without naming anyone ("No person may keep …")
_ANYONE = {"person", "persons", "one", "individual", "individuals", "body"}


def actor_from_parse(doc, cue: Cue) -> str | None:
    tok = token_at(doc, cue.anchor)
    if tok is None:
        return None
    if tok.tag_ == "MD" and tok.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children):
        return N.span_text(tok.head)  # a lead-in "… an open data coordinator, who shall": its items
    verb = governor(tok)
    if composition_after(doc, tok):
        return ""   # "The persons protected shall comprise— (a) …": what a class is made of
    if _verbless_lead_in(doc, tok, cue):
        own = _lead_in_subject(doc, cue)
        if own:
            return own
    if cue.deontic.endswith("to be") and tok.dep_ == "xcomp":   # "… are to be protected"
        return next((N.span_text(o) for a in tok.children if a.dep_ == "agent"
                     for o in a.children if o.dep_ == "pobj"), "")
    if cue.deontic.lower().startswith(("it is ", "it's ", "it would be ", "it shall be ")):
        return impersonal_actor(verb)     # "… it would be desirable for States parties to …"
    if cue.strength == "prohibition" and (own := for_whom(verb)):
        return own      # "It is prohibited for a person to import …" (not a safe harbour's)
    recommends = _recommending(tok, verb)
    if recommends:
        own = _addressee(verb)
        if own is not None:
            return own
    shared = False      # the subject is borrowed from a verb this one is conjoined with
    own = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            break
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            shared = shared or verb.dep_ == "conj"
            verb = verb.head
        else:
            break
    if shared and cue.strength != "recognition" and own.lower_ not in ACTIVE_PASSIVES and any(
            c.dep_ == "auxpass" for c in own.children) and any(
            c.dep_ == "nsubj" for c in verb.children):
        # "Family reunification … is not in the best interests of the child and should therefore
        # not be pursued": the subject the passive borrows is what is done, not who does it;
        # its own agent acts, if it names one (a right's holder stays its actor: "Everyone
        # charged with a criminal offence shall be presumed innocent …")
        return _named_agent(own)
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
        if holder is not None and N.is_actorish(holder):
            return N.span_text(holder)
    if recommends:
        own = _addressee(verb)
        if own is not None:
            return own
    # a modal the parser took for the subject ("To this end, Member States may, inter alia,
    # adopt …"): its own subject is the verb's
    subjs = sorted((next((k for k in c.children if k.dep_ == "nsubj"), c) if c.tag_ == "MD" else c
                    for c in kids if c.dep_ == "nsubj"), key=lambda c: abs(verb.i - c.i))
    listed = _listed_subjects(verb, subjs)
    if listed:
        return listed
    subjs = _before_relative_clause(verb, subjs)
    subj = next((c for c in subjs if N.is_actorish(c)), subjs[0] if subjs else None)
    if subj is None and (root := M.subject_as_root(tok)) is not None:
        return N.span_text(root, end=tok.i)
    if subj is None:
        subj = M.reduced_relative_subject(verb, tok)
    fronted = M.fronted_apposition(verb, tok) if subj is None and not any(
        c.dep_ in ("nsubjpass", "auxpass") for c in kids) else None
    if fronted is not None:
        return N.span_text(fronted)
    if subj is None and verb.lower_ == "guided":
        # "the Parties shall be guided … by the following principles:": the Parties follow them
        # ("Procedures should be guided by child protection authorities": the agent guides)
        subj = next((c for c in kids if c.dep_ == "nsubjpass" and N.is_actorish(c)), None)
    if subj is None and verb.lower_ in ACTIVE_PASSIVES and not (
            verb.lower_ in _GRANTED and any(
                o.dep_ == "pobj" and N.is_actorish(o) for c in kids if c.dep_ == "agent"
                for o in c.children)):  # "… may be authorised by the competent authority": it
        # acts (not "everyone is entitled to a … hearing … by an independent … tribunal")
        # "All are entitled to …", "no Party shall be bound to …": the subject holds it
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if subj is not None and verb.lower_ in RECOMMEND_VERBS and subj.text[:1].isupper() and \
                subj.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "xcomp" for c in kids):
            return N.span_text(subj)      # "Slovenia is also invited to take …": the addressee
    if subj is None:
        passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        expl = next((c for c in kids if c.dep_ == "expl"), None)
        # "… shall be extended or renewed by the first State": the agent of coordinated
        # passives hangs on the last of them
        agent = next((c for c in kids if c.dep_ == "agent"), None) or next(
            (a for c in kids if c.dep_ == "conj" and c.tag_ == "VBN" for a in c.children
             if a.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None and N.is_actorish(pobj):
                return N.span_text(pobj)
        if expl is not None:
            for c in kids:
                if c.dep_ in ("ccomp", "xcomp", "acomp"):
                    for cc in c.children:
                        if cc.dep_ == "nsubj" and N.is_actorish(cc):
                            return N.span_text(cc)
            return ""
        if passive is not None:
            # "the States Parties agree that education shall …": the agreeing parties
            return ""
        return None
    if subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl" and \
            N.is_actorish(verb.head):
        # "… distributed to state bodies, which shall coordinate with and control one
        # another …": the relative pronoun's antecedent acts
        return N.span_text(verb.head)
    if subj.lower_ == "it" and subj.dep_ == "nsubj":
        # "It shall be the duty of the administering authority to ensure …": the duty's holder;
        # else an active "it shall …": its antecedent may be in the unit (parts)
        return duty_holder(verb) or "it"
    held = next((c for c in kids if c.dep_ == "dobj" and N.is_actorish(c)), None) \
        if verb.lower_ == "entitle" else None
    if held is not None:
        return N.span_text(held)    # "A travel document … shall … entitle the holder to …"
    if subj.lower_ in _ANYONE and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) \
            and all(c.dep_ in ("det", "punct") for c in subj.children):
        # "No person may keep … any animals …": a bar on everyone names no actor (not "No person
        # who has been designated as an investigator …", "no person, other than …")
        return ""
    member = N.member_of_kind(subj)
    if member is not None:
        return N.span_text(member)
    if not N.is_actorish(subj):
        other = M.reduced_relative_subject(verb, tok)
        if other is not None and other.pos_ in ("NOUN", "PROPN") and len(other.text) > 1:
            return N.span_text(other)
        other = M.actor_in_apposition(subj, verb)
        if other is not None:
            return verb.doc[other.left_edge.i:other.right_edge.i + 1].text
        return _passive_agent(verb) or _passive_agent(governor(tok))
    return N.pointed_back(subj) or N.span_text(subj)


# the marks a lead-in ends on, before its items ("The municipality may–", "… is authorized to:")
_LEAD_IN_MARKS = {":", "-", "—", "–", ","}
# the words that open an adverbial, not a subject ("Subject to this section, …")
_NOT_SUBJECTS = {"subject", "notwithstanding", "pursuant", "save", "except"}


def _verbless_lead_in(doc, tok, cue: Cue) -> bool:
    """Does the unit end on its deontic without the verb, a lead-in whose items carry the verbs
    ("Under Section 42, a by-law officer may himself or herself or with the assistance of any
    other person:", "(2) The municipality may–", "…, the Director, …, is authorized to:")? The
    parser cannot read such a fragment: it takes the modal for a noun, an apposition or the
    root (not "The Contracting Parties shall:" when it finds their subject, nor "may take
    the following measures:", whose verb follows); or one that ends on the modal, its colon
    lost ("The Secretary of Health and Human Services, not later than 6 months …, shall")."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text[-1:] not in _LEAD_IN_MARKS and last.i != tok.i:
        return False
    if any(t.lower_ in ACTIVE_PASSIVES for t in doc if cue.start <= t.idx < cue.end):
        return all(t.is_punct or t.is_space or t.lower_ == "to" for t in doc if t.idx >= cue.end)
    verb = governor(tok)
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (tok.tag_ == "MD" or tok.lower_.rstrip("-") in ("may", "shall", "must")) and (
        verb.i <= tok.i or verb.pos_ not in ("VERB", "AUX")) and (
        after is None or after.pos_ not in ("NOUN", "VERB", "AUX", "ADJ"))  # "shall concern"


def _lead_in_subject(doc, cue: Cue) -> str:
    """The noun phrase a verbless lead-in opens with, by its comma-separated pieces before the
    deontic, the nearest first: one that opens on a determiner or a noun and whose head can act
    ("a by-law officer", not "Under Section 42" or "in carrying out the functions of …"), up to
    its relative clause ("the head of the institution | to which the request is made shall,"). A
    bar's cue holds its subject ("No driver of a taxi shall—": the driver; "No person shall—":
    no one named)."""
    barred = cue.deontic.lower().startswith("no ")
    before = [t for t in doc if t.idx + len(t) <= (cue.anchor if barred else cue.start)]
    pieces, piece, depth = [], [], 0
    for t in before:
        depth += t.text.count("(") - t.text.count(")")
        if t.text == ",":
            pieces.append(piece)
            piece = []
        elif depth <= 0 and any(ch.isalpha() for ch in t.text) and not (
                t.is_punct or t.dep_ == "meta" or t.tag_ == "LS"):
            piece.append(t)     # not a marker ("(2)", "12.—(1)") nor a parenthesis ("(“P”)")
    pieces.append(piece)
    for piece in reversed(pieces):
        k = next((k for k, t in enumerate(piece) if k and t.tag_ in ("WDT", "WP", "WP$")), 0)
        piece = piece[:k - (piece[k - 1].pos_ in ("ADP", "PART"))] if k else piece   # trial 28
        if not piece or piece[0].pos_ not in ("DET", "NOUN", "PROPN") or \
                piece[0].lower_ in _NOT_SUBJECTS or any(t.pos_ in ("VERB", "AUX") for t in piece):
            continue
        inside = {t.i for t in piece}
        head = next((t for t in piece if t.head.i not in inside or t.head == t), piece[-1])
        if head.dep_ == "conj" and head.head.i < piece[0].i:
            continue    # the end of a list the commas cut ("…, including their attachments,
            # anchorages and supports, shall—")
        if barred and head.lower_ in _ANYONE:
            return ""
        if head.pos_ in ("NOUN", "PROPN") and N.is_actorish(head):
            return doc[piece[0].i:piece[-1].i + 1].text
    # no comma before the subject: "It is further declared to be the policy of the Government of
    # Canada that all federal institutions shall:": the noun phrase the modal follows, opened by
    # its determiner, one phrase (not "For these purposes States Parties may:", "on the high seas
    # shall:", nor the last of a list, "All scaffolds … and all ladders shall—")
    tail: list = []
    for t in reversed(before):
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            break
        tail.insert(0, t)
    if not tail or tail[-1].pos_ not in ("NOUN", "PROPN") or tail[-1].dep_ in ("pobj", "conj") or \
            not N.is_actorish(tail[-1]):
        return ""
    inside = {t.i for t in tail}
    for k, t in enumerate(tail[:-1]):
        if t.pos_ == "DET" and all(w.head.i in inside and w.head.i >= t.i for w in tail[k:-1]):
            return doc[t.i:tail[-1].i + 1].text
    return ""


def _named_agent(verb) -> str:
    """Who a passive verb's by-agent names, if it can act ("… be protected by the State")."""
    return next((N.span_text(o) for a in verb.children if a.dep_ == "agent"
                 for o in a.children if o.dep_ == "pobj" and N.is_actorish(o)), "")


def _passive_agent(verb) -> str:
    """The agent of a passive the modal's verb takes as its complement, when its subject is a
    thing: "Plant genetic resources … shall continue to be made available … by the recipients
    …" → "recipients"."""
    for x in verb.children:
        if x.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in x.children):
            for a in x.children:
                pobj = next((o for o in a.children if o.dep_ == "pobj"), None) \
                    if a.dep_ == "agent" else None
                if pobj is not None and (N.is_actorish(pobj) or is_agent(pobj)):
                    return N.span_text(pobj)
    return ""


# verbs by which an author instructs a body it governs ("To direct the … unit to develop …")
DIRECTING_VERBS = {"direct", "instruct", "mandate", "charge", "order"}


def infinitive_addressee(verb) -> tuple[str, str] | None:
    """Whom a bare infinitive clause addresses, and how: "To encourage the Office of the
    Presiding Bishop to plan …" (`recommendation`, the Office), "To direct the Domestic Mission
    unit, together with …, to develop …" (`obligation`, the unit). A recommending or directing
    verb whose object (or "upon X") is followed by an infinitive that the object is to carry
    out. None when the clause addresses no one ("To encourage appropriate arrangements …",
    "To receive with gratitude …")."""
    if verb.lower_ in DIRECTING_VERBS:
        strength = "obligation"
    elif verb.lower_ in RECOMMEND_VERBS:
        strength = "recommendation"
    else:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        on = next((c for c in verb.children if c.dep_ in ("prep", "prt")
                   and c.lower_ in ("upon", "on")), None)
        obj = next((x for x in on.children if x.dep_ == "pobj"), None) if on is not None else None
    if obj is None or not any(
            c.i > obj.i and c.dep_ in ("xcomp", "advcl", "ccomp") and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return None
    return strength, N.span_text(obj)


def _listed_subjects(verb, subjs) -> str:
    """ "The State, the family, and society shall create …" when the parser gives the verb a
    subject per conjunct: the whole list, from the first subject to the last, when they all
    precede the verb and an "and"/"or" joins them; else ""."""
    if len(subjs) < 2 or any(s.i > verb.i for s in subjs):
        return ""
    first, last = min(subjs, key=lambda s: s.i), max(subjs, key=lambda s: s.i)
    if not N.is_actorish(first):
        return ""       # "A variety of dispositions, such as care, …": things
    between = verb.doc[first.i:last.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return ""
    return verb.doc[first.left_edge.i:last.right_edge.i + 1].text


def _before_relative_clause(verb, subjs) -> list:
    """"Each Member … which maintains a system of supervision of contracts … between an
    employer … and a migrant for employment undertakes to require—": a later "subject" inside
    the first one's relative clause is the parser's slip; the first (an actor) is the verb's."""
    before = sorted((s for s in subjs if s.i < verb.i), key=lambda s: s.i)
    if len(before) < 2 or not N.is_actorish(before[0]) or not any(
            t.dep_ == "relcl" for t in verb.doc[before[0].i:before[-1].i]):
        return subjs
    return [before[0]]


def _recommending(tok, verb) -> bool:
    """Is the cue a recommending verb whose object is the addressee ("urges States to …", "are
    encouraged to …")? Not a modal whose verb happens to be one: in "The parties shall
    encourage a spirit of tolerance …" or "States parties should encourage the work of …" the
    parties act (they encourage), and the object is what they encourage."""
    if tok.lower_ in RECOMMEND_VERBS:
        return True
    if verb.lower_ not in RECOMMEND_VERBS:
        return False
    return not (tok.tag_ == "MD" and not any(c.dep_ == "auxpass" for c in verb.children))


def _addressee(verb) -> str | None:
    """Who a recommending verb addresses: "urge States parties to …", "recommends that States
    …", "calls upon X"; "" when it recommends an action with no one named ("CoE-CPT
    recommended ensuring that …"); None when the verb's own children do not say."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            return N.antecedent(c) if c.lower_ in ("it", "them") else N.span_text(c)
        if c.dep_ in ("prep", "prt") and c.lower_ in ("upon", "on"):     # "calls upon X"
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                return N.span_text(pobj)
        if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") and c.tag_ != "VBG" and \
                not any(cc.dep_ in ("nsubj", "nsubjpass") for cc in c.children):
            # a lead-in without its verb: "The Committee recommends that, in cooperation with
            # non-State actors, States parties:" (the parser took "parties" for the clause; the
            # Committee was the actor of the items, trial 41, P7)
            return " ".join(t.text for t in c.subtree if t.i == c.i or t.head.i == c.i and
                            t.i < c.i and t.dep_ in ("compound", "amod", "det"))
        if c.dep_ in ("ccomp", "xcomp"):
            for cc in c.children:
                if cc.dep_ == "nsubj" or cc.dep_ == "nsubjpass" and c.lower_ in ACTIVE_PASSIVES:
                    return N.span_text(cc)
                if cc.dep_ == "nsubjpass":
                    # "… recommends that public denials … should be declared offences": what is
                    # to be done, its doer unnamed unless a by-agent names it
                    return _named_agent(c)
            if c.tag_ == "VBG" and verb.lower_.startswith("recommend"):
                return ""       # a gerund: the action is recommended, the addressee unnamed
    return None
