"""What a modal grants rather than binds, read from the parse: a power to act, which is a
permission (`grants_power`: a constitution's "The Parliament shall … have power to make laws …",
"The High Court shall have original jurisdiction in all matters:", anyone's "… courts shall have
the power to consider mitigating factors …"), and an immunity of a person or a body, which is its
holder's entitlement (`immunity`: "Consular officers … shall be exempt from all dues and taxes").
`statements.parts` reads the strength of such a "shall" from them."""
from __future__ import annotations

from corpus_tool.statements import organs as OG
from corpus_tool.statements.structure import POWER_HOLDERS
from corpus_tool.statements.words import is_agent

# a constitution's grant of power to an organ of State ("The Parliament shall, subject to this
# Constitution, have power to make laws …", "The High Court shall have original jurisdiction in
# all matters:"): the organ may act, a permission, as "The Parliament may make laws …" is
# (heldout15's u2027-u2033); a group's jurisdiction ("An Indian tribe shall have jurisdiction
# exclusive as to any State …", heldout7's u993) is not an organ's
_POWERS = {"power", "powers", "jurisdiction", "authority"}
# the offices of an administration that a law empowers ("The investigative authority shall have
# the power to obtain all the information necessary to the inquiry")
_OFFICES = {"authority", "authorities", "agency", "minister", "secretary", "director", "officer",
            "officers", "inspector", "inspectors", "board", "commissioner", "commission"}


def grants_power(doc, anchor: int) -> bool:
    """Is the modal at this character offset of the unit an organ of State's "shall have
    power/jurisdiction/authority" (`POWER_HOLDERS`, `_POWERS`), or anyone's "shall have the
    power/authority to" act?"""
    modal = next((t for t in doc if t.idx == anchor), None)
    if modal is None or modal.lower_ not in OG.MODAL_AUX or modal.dep_ != "aux":
        return False
    verb = modal.head
    subj = OG.subject(verb)
    if verb.lower_ != "have" or subj is None:
        return False
    # (also "all of the following … powers:": the GDPR's Art. 58(3), whose items were duties of
    # each supervisory authority, a researcher's trial 33, P7)
    powers = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _POWERS] + [
        o for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("all", "each", "any")
        for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj" and o.lower_ in _POWERS]
    # whoever holds it, a power to act is a leave ("When sentencing women offenders, courts shall
    # have the power to consider mitigating factors …", "States Parties shall have the authority
    # to provide a waiver …", "… the Bank shall have power to:"); not what a body "must have"
    # to work ("… they must have the powers to compel and question witnesses": a State's duty)
    return modal.lower_ == "shall" and any(
        c.lower_ != "jurisdiction" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "to"
        for c in powers) or subj.lower_ in POWER_HOLDERS | _OFFICES and bool(powers)


# what frees a person or a body from a charge or a court: an immunity ("Consular officers …
# shall be exempt from all dues and taxes", "… shall not be amenable to the jurisdiction of the
# judicial or administrative authorities …", "The Institute … shall be exempt from all direct
# taxes"); of things it is a duty ("Fuel, lubricating oils … shall be exempt from customs duty",
# "The premises of the mission … shall be immune from search")
_IMMUNE = {"exempt", "exempted", "immune"}


def immunity(doc, anchor: int) -> bool:
    """Is the modal at this character offset of the unit an immunity of a person or body
    (`_IMMUNE`, or "shall not be amenable to the jurisdiction"): its holder's entitlement?"""
    modal = next((t for t in doc if t.idx == anchor), None)
    if modal is None or modal.lower_ not in OG.MODAL_AUX or modal.dep_ != "aux":
        return False
    verb = modal.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not is_agent(subj) or verb.lower_ not in ("be", "exempted"):
        return False
    if verb.lower_ == "exempted":
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    return any(c.dep_ == "acomp" and (c.lower_ in _IMMUNE and any(
        p.dep_ == "prep" and p.lower_ == "from" for p in c.children) or c.lower_ == "amenable" and
        any(n.dep_ == "neg" for n in verb.children)) for c in verb.children)
