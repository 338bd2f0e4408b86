"""The "may" of what may be true of people, not of what they are allowed to do: read from the
parse, for `statements.modality` (the rules) and `statements.parts` (the detector's unfiltered
reading, which skips the rules' other checks).

A person or a party given a "may" is granted a power or a liberty only by a verb of action. Three
forms say instead what may be the case:

- **a state**: "may be" with an adjective ("States may also be responsible for private acts if
  they fail to act with due diligence …", "persons … who may be liable", "the controller may be
  exempt from liability"): what may hold of them, not an act ("A person … may be a candidate",
  a noun, is a capacity the text confers, and stays);
- **what befalls them**: "may be subject to" a harm ("they may be subject to financial, physical,
  sexual or psychological abuse"), where "may be subject(ed) only to such limitations", "to
  further restrictions", "to conditions" is a text limiting a right (`cues.MAY_LIMIT`) and stays
  a permission;
- **a harm done to them**, in the passive ("They may be forced into marriage", "… may be
  exploited, abused or trafficked"): what may happen to people.

A list under "… may:" whose items say what people undergo, are or know ("Victims may: • Suffer
injuries …", `possible_item`) lists signs, not leaves.

A "should" or "ought to" in the perfect ("the State party should have obtained individual
guarantees", "… knew or ought to have known of the breach") judges what was or was not done,
after the fact (`hindsight`): it lays down no duty either. Nor does the writer's own voice,
"It must be emphasized / noted that …" (`discourse`), nor what "may not be" so ("it may not yet
be possible to conclude …", `not_so`).

Lexicons name only the closed classes the parse cannot tell (the nouns of a limitation, the
verbs of a harm); the subject, the voice and the complement come from the parse.
"""
from __future__ import annotations

from corpus_tool.statements.cues import Cue
from corpus_tool.statements.words import (MODALS, grammatical_subject, is_agent, lemma_in,
                                          shared_subject, token_at)

# what a text subjects a right or a person to when it limits or regulates (a permission)
LIMITS = {"limitation", "limitations", "restriction", "restrictions", "condition", "conditions",
          "formality", "formalities", "requirement", "requirements", "control", "controls",
          "regulation", "regulations", "law", "laws", "provision", "provisions", "penalty",
          "penalties", "sanction", "sanctions", "fine", "fines", "measure", "measures",
          "procedure", "procedures", "review", "supervision", "approval", "authorization",
          "authorisation", "exception", "exceptions", "derogation", "derogations", "tax",
          "taxes", "taxation", "jurisdiction", "ratification", "acceptance", "deduction",
          "deductions", "payment", "suspension", "expulsion", "extradition", "inspection"}
# verbs of a harm done to people: in the passive after "may", what may happen to them
HARMS = {"force", "abuse", "exploit", "traffic", "expose", "victimize", "victimise", "harass",
         "coerce", "marginalize", "marginalise", "stigmatize", "stigmatise", "trap", "lure",
         "deceive", "threaten", "assault", "rape", "mistreat", "ill-treat", "neglect",
         "abandon", "trick", "intimidate", "disadvantage"}


def befalls_cue(doc, cue: Cue) -> bool:
    """`befalls` or `hindsight` of the token of a cue in its unit's parse `doc`."""
    tok = token_at(doc, cue.anchor)
    return tok is not None and (befalls(tok) or hindsight(tok))


def hindsight(tok) -> bool:
    """Is this "should" or "ought" (token `tok`, an auxiliary) in the perfect, a duty judged
    after the fact ("should have been taken into account"), not one laid down?"""
    if tok.lower_ == "should" and tok.dep_ == "aux":
        verb = tok.head
    elif tok.lower_ == "ought":         # its verb is its complement: "ought to have known"
        verb = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    else:
        return False
    return verb is not None and verb.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def befalls(tok) -> bool:
    """Is this "may" (token `tok`, an auxiliary) one of what may be true of a person or party:
    a state ("may be responsible"), a harm to undergo ("may be subject to abuse") or a harm
    done to them in the passive ("may be forced into marriage")? See the module doc."""
    if tok.lower_ != "may" or tok.dep_ != "aux":
        return False
    verb = tok.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False                    # "may not be subjected to …": a prohibition
    subj = shared_subject(verb)
    if subj is None or not is_agent(subj) or subj.lower_ in ("which", "who", "that"):
        return False
    if lemma_in(verb, {"be"}) and verb.dep_ in ("ROOT", "conj"):
        comp = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if comp is None:
            return False
        if comp.lower_ in ("subject", "subjected"):
            return _harm_object(comp)
        return comp.pos_ == "ADJ"
    if any(c.dep_ == "auxpass" for c in verb.children):
        if verb.lower_ == "subjected":
            return _harm_object(verb)
        return lemma_in(verb, HARMS)
    return False


def _harm_object(head) -> bool:
    """Does the "to" after "subject(ed)" take a harm, not a limitation ("subject to abuse", not
    "subject to such limitations as are prescribed by law")?"""
    to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return obj is not None and obj.lower_ not in LIMITS


# what "may not be" so: a thing the text points to, with a state ("it may not yet be possible to
# conclude that …", "this may not be sufficient")
_POINTERS = {"it", "this", "that", "these", "those", "which"}


def not_so(verb, subj) -> bool:
    """Is a "may not" the verb "be" with an adjective, said of what the text points to ("The
    Committee notes that while it may not yet be possible to conclude that discrimination on the
    grounds of age is comprehensively prohibited …": CESCR GC 6 para. 12, a prohibition of the
    Committee's in a researcher's trial 29, P6)? What may not hold, not what is forbidden ("The
    detention may not exceed 48 hours", "Such measures may not be discriminatory" stay)."""
    return lemma_in(verb, {"be"}) and any(c.dep_ == "acomp" for c in verb.children) and \
        subj is not None and subj.lower_ in _POINTERS


# the verbs of the writer's own voice: "It must be emphasized / noted / borne in mind that …"
DISCOURSE = {"emphasize", "emphasise", "note", "stress", "recall", "remember", "underline",
             "underscore", "observe", "point", "recognize", "recognise", "acknowledge",
             "bear", "mention", "highlight", "reiterate"}


def discourse(tok) -> bool:
    """Is this modal the writer's voice, "It must be emphasized / noted that …"? Asked of the
    detector's unfiltered reading too (`discourse_cue`): a General Comment's "it must be
    emphasized that the unacceptableness of discrimination … is underlined in many …
    documents" was an obligation (a researcher's trial 29)."""
    if tok.lower_ not in MODALS or tok.dep_ not in ("aux", "auxpass"):
        return False
    subj = grammatical_subject(tok.head) or grammatical_subject(tok)
    return subj is not None and subj.lower_ == "it" and subj.dep_ in ("nsubjpass", "expl") and \
        lemma_in(tok.head, DISCOURSE)


def discourse_cue(doc, cue: Cue) -> bool:
    """`discourse` of the cue's modal in the parse."""
    tok = token_at(doc, cue.anchor)
    return tok is not None and discourse(tok)


# what people undergo or are, not what they may choose to do: the verbs of a list of signs
UNDERGO = {"suffer", "lack", "fear", "feel", "experience", "show", "appear", "seem", "owe",
           "believe", "face", "depend", "exhibit", "display", "struggle", "eat", "sleep",
           "originate", "look", "behave", "know"}
# what is done to them, in the passive after "be" (beside `HARMS`)
_DONE_TO = {"subject", "discipline", "deprive", "deny", "keep", "hold", "isolate", "confine",
            "find", "punish", "detain", "control", "watch", "monitor", "move"}


def possible_item(doc) -> bool:
    """Is an item under a "… may:" lead-in what may be true of people, not what they may do:
    its first word a verb of what they undergo or know ("• Suffer injuries …", "• Not know
    their home or work address"), "be" with an adjective, a place or state or a harm ("• Be
    unable to leave …", "• Be in a situation of dependence", "• Be subjected to violence"),
    "have" in the perfect or with nothing ("• Have acted on the basis of false promises", "•
    Have no access to their earnings"), or any verb of "little or no" ("• Receive little or no
    payment")? A guide's "General Indicators – Victims may:" gave 38 such items as permissions
    of "General Indicators - Victims" (a researcher's trial 46, P3). "(a) have regard to …",
    "(b) be accompanied by …", "(c) apply for …", "have access to …" stay leaves."""
    toks = [t for t in doc if t.is_alpha and t.tag_ != "LS" and t.dep_ != "meta"]
    negated = bool(toks) and toks[0].lower_ == "not"
    toks = toks[1:] if negated else toks
    if len(toks) < 2:
        return False
    first, nxt = toks[0], toks[1]
    if first.lower_ == "be":
        return nxt.pos_ in ("ADJ", "ADP") or nxt.tag_ == "VBN" and lemma_in(nxt, HARMS | _DONE_TO)
    if first.lower_ == "have":
        return negated or nxt.tag_ == "VBN" or nxt.lower_ in ("no", "little", "limited", "false")
    if nxt.lower_ in ("little", "no"):
        return True
    return lemma_in(first, UNDERGO) or first.lower_ == "come" and nxt.lower_ == "from"
