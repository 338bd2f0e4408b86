"""A treaty's organs at work: who they are (a capitalised Committee; the Security, Trusteeship,
Economic and Social or Human Rights Council; the General Assembly; the Conference or Meeting of
the Parties; the Secretary-General), what they do, how they vote and meet, and what the parties
send them. All of it is the treaty's machinery (`structure.organ_machinery`), not a norm for the
people the treaty protects."""
from __future__ import annotations

_SUBJECTS = ("nsubj", "nsubjpass")
# who votes in a treaty's organ, and who is counted in a vote ("… of nine members")
VOTERS = {"organization", "organizations", "organisation", "organisations", "state", "states",
          "party", "parties", "member", "members"}
MEETINGS = {"meeting", "meetings", "session", "sessions"}
# the councils and assemblies of an organisation (not an "Interagency Council", nor a union's
# "general assembly": the organ is written with capitals)
COUNCILS = {"security", "trusteeship", "social", "general", "human"}
# what a party sends an organ ("… submit its observations to the Committee")
SENDING = {"submit", "transmit", "send", "furnish", "communicate", "forward"}


def votes(verb, subj, kids) -> bool:
    """How an organ votes or meets: a member's (`VOTERS`) right to vote exercised ("Such an
    organization shall not exercise its right to vote if …"), a decision "made by an affirmative
    vote of nine members" (not "by a majority of votes"), what the parties do "at their
    meetings" or "at their first meeting" (a meeting of the parties)."""
    if verb.lower_ == "exercise" and subj is not None and subj.lower_ in VOTERS and any(
            c.dep_ == "dobj" and c.lower_ == "right" and any(
                a.dep_ in ("acl", "xcomp") and a.lower_ == "vote" for a in c.children)
            for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
            o.lower_ in MEETINGS and any(p.dep_ == "poss" for p in o.children)
            for o in c.children) for c in kids):
        return True     # "At their meetings, the Parties shall keep under continuous review …"
    return any(o.lower_ in ("vote", "votes") and any(
        p.lower_ == "of" and any(m.lower_ in VOTERS for m in p.children) for p in o.children)
        for c in kids if c.dep_ == "agent" for o in c.children)


def treaty_organ(tok) -> bool:
    """Is the token a treaty's organ (see the module's docstring)?"""
    low = tok.lower_
    if not tok.text[:1].isupper():
        return False
    if low in ("committee", "secretary-general"):
        return True
    if low in ("council", "assembly"):
        return any(c.dep_ in ("compound", "amod", "conj") and c.lower_ in COUNCILS
                   for c in tok.children)
    return low in ("conference", "meeting") and any(
        p.lower_ == "of" and any(o.lower_ == "parties" for o in p.children) for p in tok.children)


def organ_subject(verb, subj) -> bool:
    """Is the verb's subject a treaty organ, or "it" after one ("… such criteria as it shall have
    established")? Not a clause the parser joined to the organ's verb ("The Committee wishes to
    emphasize that policies … must recognize …": "recognize" a conjunct of "wishes")."""
    if subj is None or verb.dep_ == "conj" and not any(
            c.dep_ in _SUBJECTS for c in verb.children) and not any(
            c.tag_ == "MD" for c in verb.head.children):
        return False
    return treaty_organ(subj) or subj.lower_ == "it" and any(
        t.i < subj.i and t.dep_ == "nsubj" and treaty_organ(t) for t in subj.doc)


def sent_to_organ(verb, kids) -> bool:
    """Does the verb send something to a treaty organ ("The State Party concerned shall, within
    six months …, submit its observations to the Committee", "… shall be transmitted to the
    Secretary-General")? A step of its procedure or of reporting to it."""
    return verb.lower_ in SENDING | {"submitted", "transmitted", "sent", "furnished",
                                      "communicated", "forwarded"} and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and treaty_organ(o) for o in c.children) for c in kids)
