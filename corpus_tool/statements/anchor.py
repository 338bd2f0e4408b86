"""Where a unit's statement hangs in its parse: the deontic cue that governs it (`main_cue`),
whether its cues only describe a duty in a relative clause (`described`),
its aim and object (`aim_object_from_parse`), the cue a chapeau's items continue
(`clause_cue`), and what an item's opening says (a negated verb, a verb, a bare infinitive)."""
from __future__ import annotations

import re

from corpus_tool.statements import (actors as A, impersonal as IM, nominals as N, rules as R,
                                    words as W)
from corpus_tool.statements.cues import Cue


_QUALIFYING = {"relcl", "acl", "pcomp"}


def qualifying(tok) -> bool:
    """Is the token in a clause that qualifies another: a relative clause ("A State which is
    obliged to recognize …", "by which States parties undertake …"), a prepositional one ("for
    the purpose of enabling … to undertake …") or an adverbial one with its conjunction
    ("whereas primary education shall be …")? An adverbial clause without one is often the
    parser's misreading of a main clause ("With a view to …, the Parties undertake …")."""
    for _ in range(100):
        if tok.dep_ in _QUALIFYING or tok.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def aim_object_from_parse(doc, cue: Cue) -> tuple[str, str] | None:
    tok = W.token_at(doc, cue.anchor)
    if tok is None:
        return None
    verb = A.governor(tok)
    if verb.lower_ in ("undertake", "undertakes", "agree") or verb.lower_ in A.RECOMMEND_VERBS \
            or verb.lower_ in A.ACTIVE_PASSIVES:
        x = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if x is not None:
            verb = x
    duty = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ in IM.DUTIES), None)
    if duty is not None:
        # "It shall be the duty of the Commission to make recommendations …": what the duty is
        # to do, not "be"
        x = next((c for c in [*verb.children, *duty.children]
                  if c.dep_ in ("xcomp", "acl") and c.tag_ == "VB"), None)
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
    words = N.span_text(obj).split()
    return aim, " ".join(words[:12])


def main_cue(cues: list[Cue], doc) -> Cue:
    """The cue the unit's statement hangs on: the first, unless it only qualifies a noun or
    another clause and a later one does not ("A State which is obliged to recognize a divorce …
    may not preclude …"). Not the parser's root: of two clauses joined by ";" or ", and" it
    often makes the first a complement of the last."""
    if doc is None or len(cues) == 1:
        return cues[0]
    toks = [W.token_at(doc, c.anchor) for c in cues]
    if toks[0] is None or not qualifying(A.governor(toks[0])):
        return cues[0]
    return next((c for c, t in zip(cues, toks) if t is not None and
                 not qualifying(A.governor(t))), cues[0])


def described(doc, cue: Cue) -> bool:
    """Is the cue only in a relative clause on a noun that a main clause without a modal speaks
    of ("Consequently, the implementation of this provision entails the adoption of special
    measures …, in addition to the measures that States are required to take under article 2
    …")? The unit describes what someone is bound to do; it binds no one itself."""
    tok = W.token_at(doc, cue.anchor)
    if tok is None:
        return False
    verb = A.governor(tok)
    if verb.dep_ != "relcl" or verb.head.dep_ != "pobj":
        return False
    root = verb.sent.root
    return root.tag_ in ("VBZ", "VBP", "VBD") and root.lower_ not in ("is", "are", "was", "were") \
        and not any(c.tag_ == "MD" or c.dep_ == "expl" for c in root.children)


def clause_cue(cues: list[Cue], norm: str) -> bool:
    """A chapeau's items attach to the cue nearest the colon when it starts a new clause
    ("…recognize the right …, and … they shall, in particular:"; "… shall designate … a
    coordinator, who shall")."""
    if cues[0].deontic.endswith("agree that"):
        return False
    return bool(re.search(r"\b(and|they)\b", norm[cues[0].end:cues[-1].start]) or
                re.search(r",\s+who\s+(?:shall|must|should|will|may)\W*$", norm))


def negated_verb(doc) -> bool:
    """Does the item open on a negated verb ("(b) Not compel victims to …", "Never …")?"""
    toks = [t for t in doc if not t.is_punct and t.dep_ != "meta" and t.tag_ != "LS"] \
        if doc is not None else []
    return len(toks) > 1 and toks[0].lower_ in ("not", "never") and toks[1].tag_ in ("VB", "VBP")


def starts_with_verb(doc) -> bool:
    toks = [t for t in doc if not t.is_punct and t.lower_ != "to"]
    return bool(toks) and (toks[0].tag_ in ("VB", "VBG") or R.imperative(toks[0].text))


def infinitive_verb(doc):
    """The verb of a recommendation item that lost its chapeau, read from the parse: the unit
    is a bare infinitive clause ("To act with determination to …", "To adopt …"), "To" marking
    the root verb, no subject; else None."""
    toks = [t for t in doc if not t.is_punct and t.dep_ != "meta"]
    if len(toks) < 3 or toks[0].text != "To" or toks[0].dep_ != "aux":
        return None
    verb = toks[0].head
    # "To prevent … ; to this end, to endeavour to raise …": the parser may hang the first
    # infinitive on a later one; climb to the clause that carries the item
    while verb.dep_ in ("advcl", "conj") and verb.head is not verb and verb.head.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children):
        verb = verb.head
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    return None


def root_token(doc):
    return next((t for t in doc if t.dep_ == "ROOT"), doc[0])


def root_idx(doc) -> int:
    return next((t.idx for t in doc if t.dep_ == "ROOT"), 0)


def first_word(text: str) -> int:
    m = re.search(r"[A-Za-z]", text)
    return m.start() if m else 0


# subjects no leave is given to: a relative pronoun, or a thing said of ("While lack of respect
# for the confidentiality of patients will affect both men and women, it may deter women from
# seeking advice", CEDAW GR 24 para. 12(d): a possibility, not a leave)
_NO_HOLDER = frozenset({"which", "who", "that", "it", "this", "these", "those", "there"})


def own_leave(doc) -> bool:
    """Does a chapeau's item give a leave of its own: "may" with a verb and a subject of its
    own, the item's main clause, the item a sentence of its own ("(i) If …, the Secretary of
    Homeland Security may permit the alien to remain …", "(B) Law enforcement officials may
    submit …", 22 U.S.C. 7105(c)(3), under "… shall promulgate regulations … to implement the
    following:")? Such an item is read on its own: with its chapeau's "shall" it was an
    obligation of the Attorney General (a researcher's trial 46, P1), a leave published as a
    duty. Not an item that continues its chapeau's sentence ("a) equal treatment …, whatever
    movements the persons protected may undertake …"), nor a duty of its own under a chapeau
    that recognises or recommends it ("(a) Primary education shall be compulsory …", ICESCR
    Art. 13(2)(a), takes the chapeau's recognition, as the labelling guide reads items)."""
    if doc is None:
        return False
    first = next((t for t in doc if t.is_alpha and t.tag_ != "LS" and t.dep_ != "meta"
                  and not (len(t.text) <= 3 and t.i + 1 < len(doc) and doc[t.i + 1].text in
                           (")", "."))), None)
    if first is None or not first.text[0].isupper():
        return False
    for t in doc:
        if t.tag_ != "MD" or t.lower_ not in ("may", "can") or t.head is t:
            continue
        verb = t.head
        if verb.dep_ != "ROOT" or t.i > verb.i or any(c.dep_ == "mark" for c in verb.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and c.lower_ not in _NO_HOLDER
               for c in verb.children):
            return True
    return False

