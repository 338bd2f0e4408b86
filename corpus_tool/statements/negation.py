"""How a modal is negated, read from the parse: by its subject ("No pre-judgment measures of
constraint, such as attachment or arrest, against property of a State may be taken …", "No one
shall …", "Neither party may …"), however far the subject stands from the modal, or by a phrase
of its verb ("In no case may …", "under no circumstances shall …"). The cue patterns of
`statements.cues` see a "no" only within a few words of the modal, and any "no" there: a modal
whose "no" is not its subject's ("… shall entail no consequences other than those which may
result from …") reads as it stands (`as_it_stands`)."""
from __future__ import annotations

from corpus_tool.statements.cues import NO_START, Cue

# what "in no …", "under no …", "at no …" deny (not "at no cost to the workers")
_NO_OCCASION = {"case", "cases", "way", "circumstance", "circumstances", "time", "account",
                "event", "condition"}
# the strength a modal has as it stands
_PLAIN = {"shall": "obligation", "must": "obligation", "may": "permission",
          "should": "recommendation"}


def _number_sign(tok) -> bool:
    """"No" as a number sign: "Regulation (EC) No 45/2001 … shall be adapted" (a prohibition,
    a researcher's trial 33, P7), "Act No. 3 of 2021"."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ".":
        nxt = nxt.nbor(1) if nxt.i + 1 < len(tok.doc) else None
    return nxt is not None and any(ch.isdigit() for ch in nxt.text)


def denied(verb, subj) -> bool:
    """Is the modal's verb denied by its subject ("No measures …", "No one", "Neither party",
    "Neither the State nor …", "None of …") or by a phrase of its own ("in no case")?"""
    if subj is not None and (subj.lower_ in ("none", "nobody", "neither", "nor") or any(
            c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
            and not _number_sign(c) for c in subj.children)):
        return True
    return any(c.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lower_ in _NO_OCCASION and any(
            d.dep_ == "det" and d.lower_ == "no" for d in o.children)
        for o in c.children) for c in verb.children)


def opened_by_no(tok) -> bool:
    """Is the modal `tok` the first of a sentence that opens on its denied subject ("No juvenile
    committed, whether pursuant to …, to the custody of the Attorney General may be placed …",
    18 U.S.C. 5039: the parser hung "juvenile" on "committed" and read "pursuant" as the
    subject, and the prohibition was a permission, trial 40, P2)?"""
    doc = tok.doc
    return bool(NO_START.match(doc.text)) and ";" not in doc.text[:tok.idx] and not any(
        t.lower_ in _PLAIN for t in doc[:tok.i])


def as_it_stands(cue: Cue, tok, verb) -> Cue:
    """A "no … modal" cue whose "no" does not deny the modal (`denied` is false): the modal's own
    strength, negated only by its own "not" ("Unaccompanied children for whom there is no
    indication … should not automatically …")."""
    if not cue.deontic.startswith("no … ") or tok.lower_ not in _PLAIN:
        return cue
    negated = any(c.dep_ == "neg" for c in verb.children)
    return Cue(tok.idx, tok.idx + len(tok), "prohibition" if negated else _PLAIN[tok.lower_],
               tok.lower_, cue.anchor)


def prohibited(cue: Cue, tok) -> Cue:
    """The cue of a bare modal (strength as it stands) whose verb is denied: a prohibition."""
    if cue.strength == "prohibition" or cue.deontic.lower() != tok.lower_:
        return cue
    return Cue(cue.start, cue.end, "prohibition", f"no … {tok.lower_}", cue.anchor)
