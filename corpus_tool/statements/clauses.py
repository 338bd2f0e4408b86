"""Clauses whose modal binds no one, and agreements that bind their parties, read from the parse.

- **A rule of effect**: "No such action shall become effective until thirty days have elapsed …",
  "Such distribution of responsibility shall take effect following …": when something takes
  effect is stated, nobody is bound (as a denunciation's "shall not take effect until …").
- **An applicable-law clause**: "Extradition shall be subject to the conditions provided by the
  law of the requested State", "… action … shall be subject to such judicial review as may
  otherwise be provided by law …": the modal makes a thing subject to what a law provides; not
  "… shall be subject to Terms of Use developed by DOIT" (a body's terms, a duty on the data) nor
  "… shall not be subject to attachment" (a protection), nor a right's limitation clause ("…
  may be subject only to such limitations as are prescribed by law", "The exercise of these
  freedoms … may be subject to such formalities, conditions, restrictions or penalties as are
  prescribed by law …").
- **A disclaimer of liability** ("The District shall assume no liability for …", "Failure to
  comply with any provision of this Order shall not result in any liability to the City …"):
  the issuer says what it does not answer for; "Any employer who violates … shall be liable to
  any eligible employee …" (a liability laid on someone) stays.
- **Arbitration machinery** ("Each Party shall appoint one arbitrator and the two arbitrators
  thus appointed shall together appoint a third arbitrator …", "… parties in the same interest
  shall appoint one arbitrator jointly …"): how a dispute's tribunal is made, a final clause.
- **A deeming rule** ("… shall be deemed to be included as extraditable offences …") binds no
  one; a unit that also lays a duty or grants a power in a main clause of its own ("… and shall
  be included as extraditable offences in every extradition treaty subsequently concluded",
  "… any person aggrieved … may obtain judicial review …, and such action shall not be deemed
  …") is no mere deeming rule (`deeming_in_part`): only the deeming's modal is dropped.
- **An agreement of the parties** ("The High Contracting Parties agree that … they will take all
  measures …", "Contracting Parties also agree to take appropriate measures …") is an
  undertaking when "agree" is the main verb of its subject and carries an act: an infinitive, or
  a that-clause with "will", "shall" or "must". "… notify the Secretary General that it agrees
  to apply …" (reported) and "you … agree to the following Code" (an assent) are not.
"""
from __future__ import annotations

import re

from corpus_tool.statements.cues import Cue
from corpus_tool.statements.modality import INSTRUMENTS, TEXT_PARTS, subordinate
from corpus_tool.statements.reach import CLAUSES, PROVISIONS, applies, saves
from corpus_tool.statements.words import is_agent, lemma_in, token_at

_EFFECTIVE = {"effective", "operative"}
_RIGHTS = {"right", "rights", "freedom", "freedoms", "liberty", "liberties"}
_IF = {"if", "unless", "where", "when", "whenever"}
_LAW = {"law", "laws", "legislation"}
_PROVIDES = {"provide", "prescribe", "determine", "lay", "establish", "set"}
# a statute's or a constitution's own parts ("Clauses (1) and (2) shall not apply to …"); not
# among the provisions a sentence describes ("the Equal Protection Clause, which provides that …")
# a conflict between texts or laws ("In the event of any conflict between … this by-law and …")
_CONFLICTS = {"conflict", "inconsistency", "discrepancy", "divergence", "inconsistent"}
# what prevails in such a conflict
_PREVAILING = _LAW | TEXT_PARTS | INSTRUMENTS | CLAUSES | {"text", "texts", "version", "versions",
                                                          "treaty"}


def _verb(doc, cue: Cue):
    tok = token_at(doc, cue.anchor)
    if tok is None:
        return None
    return tok.head if tok.dep_ in ("aux", "auxpass") or tok.tag_ == "MD" else tok


def takes_effect(verb) -> bool:
    """ "… shall take effect …", "… shall (not) become effective …", "… shall cease when …": when
    a thing takes or loses effect."""
    kids = list(verb.children)
    if lemma_in(verb, {"take"}) and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in kids):
        return True
    if lemma_in(verb, {"cease"}) and any(c.dep_ == "advcl" and any(
            m.dep_ == "advmod" and m.lower_ == "when" for m in c.children) for c in kids):
        return True     # "Such safe conduct shall cease when the witness … has had …"
    if lemma_in(verb, {"entail", "have"}) and any(
            c.dep_ == "dobj" and c.lower_ in ("consequence", "consequences", "effect", "effects")
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in kids):
        return True     # "Any failure … to comply with an order … shall entail no consequences …"
    if lemma_in(verb, {"remain", "continue"}) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                o.lower_ in ("effect", "force") for o in c.children) for c in kids):
        return True     # "All existing laws … shall remain in effect as long as …"
    if lemma_in(verb, {"prevail"}) and (any(
            c.dep_ == "nsubj" and any(t.lower_ in _PREVAILING for t in c.subtree) for c in kids)
            or any(t.lower_ in _CONFLICTS for t in verb.doc[:verb.i])):
        return True     # "… the National and Provincial legislation … shall prevail" (not "No
        # research … should prevail over respect for the human rights …")
    return lemma_in(verb, {"become"}) and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _EFFECTIVE for c in kids)


def governing_law(verb) -> bool:
    """A conflict-of-laws rule: its subject is the applicable law ("The applicable law shall be
    the internal law of the State of …", "The law applicable under this Convention shall
    determine, in particular -"). It says which law governs, and binds no one to act."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in ("law", "laws", "legislation") and any(
        c.lower_ == "applicable" for c in subj.children)


def subject_to_law(verb) -> bool:
    """ "X shall be subject to the conditions provided by the law of …": a thing made subject to
    what a law provides (a verb of providing whose agent is a law, or "the law of …")."""
    if not lemma_in(verb, {"be"}) or any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "subject"),
                   None)
    if subject is None or any(t.lower_ == "only" for t in subject.subtree):
        return False    # "… shall be subject only to such limitations as are determined by law"
    if any(t.lower_ in _RIGHTS for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
           for t in c.subtree):
        return False    # "The exercise of these freedoms … may be subject to such formalities …
        # as are prescribed by law": a right's limitation clause
    return any(_by_law(t) for t in verb.subtree)


def _by_law(verb) -> bool:
    return lemma_in(verb, _PROVIDES) and any(
        c.dep_ == "agent" and any(o.dep_ == "pobj" and o.lower_ in _LAW for o in c.children)
        for c in verb.children)


def _deems(verb) -> bool:
    return lemma_in(verb, {"deem"}) and any(c.dep_ == "auxpass" for c in verb.children)


_DEEMED = re.compile(r"\b(shall\s+(?:not\s+)?(?:also\s+)?be)\s+deemed\b")


def considered_to_be(verb) -> bool:
    """A deeming in other words: a passive "considered" or "regarded" with a "to"-complement of its
    own ("Responsibility shall be considered to be transferred on the expiry of …") or "as being"
    ("Differential rates … shall not be considered as being contrary to the principle …"), or a
    passive "treated" as if a clause held ("Each of the crimes shall be treated … as if it has
    been committed … in the territories of …"), or "regarded as" anything ("… shall be regarded as
    illicit"); not "shall be considered by the Committee" (no complement) nor "shall be treated as
    a priority" (no clause)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    kids = list(verb.children)
    if lemma_in(verb, {"treat"}):
        return any(c.dep_ == "advcl" and {"as", "if"} <= {m.lower_ for m in c.children
                                                          if m.dep_ == "mark"} for c in kids) or \
            any(c.lower_ == "as" and any(m.lower_ in ("if", "though") for m in c.children)
                for c in kids)
    if lemma_in(verb, {"regard"}) and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return True     # "… transfer of ownership … shall be regarded as illicit."
    return lemma_in(verb, {"consider", "regard"}) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) or
        c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pcomp" and p.lower_ == "being"
                                                       for p in c.children) for c in kids)


# what a provision does to the duty it holds ("article 5 … requires that a State party must …",
# "Article 42 sets out that States parties are further required to …", "Article 14 contains
# guarantees that States parties must respect"): the text describes it, it does not lay it
_DESCRIBING = {"require", "set", "state", "provide", "contain", "stipulate", "specify", "lay"}
# what a right, a provision or the sentence before means ("This means that there must be a factual
# basis …", "This right implies that the police authorities … must be forbidden to …"), unless
# an agent is the subject of what it means ("This obligation implies that States should …")
_EXPLAINING = {"mean", "imply", "entail"}
_EXPLAINED = PROVISIONS | {"this", "that", "it", "which", "right", "obligation", "principle"}


def describes_provision(verb) -> bool:
    """Is the modal's verb inside what a provision of a text requires, states or contains (a
    that-clause, a relative or an object of a verb of `_DESCRIBING` whose subject, or the
    antecedent of its "which", is a part of a text or an instrument, `PROVISIONS`)? Or inside what
    a right, a provision or "this" means or implies (`_EXPLAINING`)? A treaty body's description
    of what an article requires, not the body's own call ("Under article 2 of the Convention,
    States parties must adopt measures …" has no such verb and stays)."""
    v = verb
    for _ in range(4):
        if v.dep_ not in ("ccomp", "acl", "relcl", "dobj", "xcomp", "conj") or v.head.i == v.i:
            return False
        head = v.head
        if v.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and lemma_in(head, _EXPLAINING):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            # "This obligation implies that States should ensure …" still asks the States
            return subj is not None and subj.lower_ in _EXPLAINED and not any(
                c.dep_ == "nsubj" and is_agent(c) for c in v.children)
        if v.dep_ in ("ccomp", "acl", "dobj") and head.pos_ in ("VERB", "AUX") and \
                lemma_in(head, _DESCRIBING):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("which", "that") and head.dep_ == "relcl":
                subj = head.head
            return subj is not None and subj.lower_ in PROVISIONS
        v = head
    return False


# what a treaty body asks the States to tell it: to describe, explain or indicate matters (in
# their reports), to no one named ("States parties are requested to describe, as far as
# possible, factors affecting the incidence and prevention of torture …")
_TELLING = {"describe", "explain", "indicate"}
_STATES = {"state", "states", "party", "parties", "government", "governments"}


def asked_to_tell(verb) -> bool:
    """Are the States or parties requested, invited or asked to describe, explain or indicate
    (`_TELLING`), to no one named? Treaty-body reporting; "States parties shall explain how the
    right has been respected in the decision" (a duty to give reasons) and a label that "must
    indicate" stay."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    told = next((c for c in verb.children if c.dep_ == "xcomp" and lemma_in(c, _TELLING)),
                None) if verb.lower_ in ("requested", "invited", "asked") else None
    return told is not None and subj is not None and subj.lower_ in _STATES and not any(
        c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in told.children)


def without_deeming(text: str) -> str:
    """The unit with its "shall be deemed" neutralised: what the text filters say of the rest."""
    return _DEEMED.sub(r"\1", text)


def deeming_in_part(doc) -> bool:
    """Does one modal of the unit deem ("shall be deemed to …") while another governs a verb of
    its own in a main clause ("… and shall be included …", "… may obtain judicial review …")?"""
    verbs = [t.head for t in doc if t.tag_ == "MD" and t.dep_ in ("aux", "auxpass")]
    return any(_deems(v) for v in verbs) and any(
        not _deems(v) and not subordinate(v) for v in verbs)


_ARBITRATION = {"arbitrator", "arbitrators", "arbitrations"}


def arbitration(verb) -> bool:
    """ "… shall appoint one arbitrator …", "The arbitrators … shall …": the tribunal's making."""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in _ARBITRATION
               for c in verb.children)


_DISCLAIMING = {"assume", "result", "incur", "accept", "bear", "create"}


def disclaims_liability(verb) -> bool:
    """ "… shall assume no liability …", "… shall not result in any liability …"."""
    if not lemma_in(verb, _DISCLAIMING):
        return False
    held = [t for t in verb.subtree if t.lower_ in ("liability", "liabilities") and
            t.dep_ in ("dobj", "pobj") and verb.i in (t.head.i, t.head.head.i)]
    return bool(held) and (any(c.dep_ == "neg" for c in verb.children) or any(
        d.dep_ == "det" and d.lower_ == "no" for t in held for d in t.children))


def binds_no_one(doc, cue: Cue) -> bool:
    """Is the cue's modal that of a rule of effect, an applicable-law clause or a conflict-of-laws
    rule, a disclaimer of liability, arbitration machinery or a deeming ("shall be deemed"), or the
    "may" of an "as may … be provided by law"?"""
    verb = _verb(doc, cue)
    if verb is not None and verb.dep_ == "xcomp" and _deems(verb.head):
        return True     # "Such organizations shall also be deemed to have rights …"
    if verb is not None and considered_to_be(verb):
        return True     # "Responsibility shall be considered to be transferred on …"
    if verb is not None and saves(verb):
        return True     # "The application of the present article … shall not affect …"
    if verb is not None and describes_provision(verb):
        return True     # "… article 5 …, which requires that a State party must take measures …"
    if verb is not None and asked_to_tell(verb):
        return True     # "States parties are requested to describe … factors affecting …"
    if verb is not None and applies(verb):
        return True     # "The Convention shall apply to any child who …"
    if verb is not None and governing_law(verb):
        return True     # "The applicable law shall be the internal law of the State of …"
    if verb is None or verb.i == token_at(doc, cue.anchor).i:
        return False
    if _by_law(verb) and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    return takes_effect(verb) or subject_to_law(verb) or disclaims_liability(verb) or \
        arbitration(verb) or (
        token_at(doc, cue.anchor).lower_ == "shall" and _deems(verb))


def _main(verb) -> bool:
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "ROOT"


def agreement_binds(doc, cue: Cue) -> bool:
    """Does an "agree to" / "agree that" cue state the parties' own undertaking (see above)?
    Cues of other words are not judged here (True)."""
    tok = token_at(doc, cue.anchor)
    if tok is None or not cue.deontic.lower().startswith("agree"):
        return True
    if not lemma_in(tok, {"agree"}) or not _main(tok) or tok.tag_ not in ("VBP", "VBZ", "VB"):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if cue.deontic.lower().endswith(" to"):
        after = [t for t in doc[tok.i + 1:] if not t.is_space]
        if len(after) == 2 and after[0].lower_ == "to" and after[1].text in (":", "—", "-"):
            return True     # a lead-in its items complete ("A. Rivergrove agrees to:")
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "must")
                                         for a in c.children) for c in tok.children) or \
        cue.deontic.lower() == "agree that"


def in_condition(doc, cue: Cue) -> bool:
    """Is the cue's modal inside a condition ("… and if the requested State Party does not or
    will not extradite …, that State shall take …")? Where the unit has a modal in its main
    clause too, that one speaks."""
    tok = token_at(doc, cue.anchor)
    if tok is None or tok.tag_ != "MD":
        return False
    v, hops = (tok.head if tok.dep_ in ("aux", "auxpass") else tok), 0
    while hops < 6 and v.head.i != v.i:
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _IF for c in v.children):
            return True
        if v.dep_ not in ("conj", "advcl", "xcomp"):
            return False
        v, hops = v.head, hops + 1
    return False


def verb_read_as_noun(doc, cue: Cue) -> bool:
    """A recommending verb the parse reads as a noun ("Requests for open data … are subject to
    potential disclosure …"): no request is made."""
    tok = token_at(doc, cue.anchor)
    return tok is not None and cue.strength == "recommendation" and tok.pos_ in ("NOUN", "PROPN") \
        and tok.tag_ in ("NN", "NNS", "NNP", "NNPS") and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
