"""The text's own reach, which binds no one: a saving clause ("The provisions of this Agreement
shall be without prejudice to the laws …", "… shall in no way prejudice …", "However, this shall
not prevent the Member from …", `saves`) and a clause of application ("The provisions of this
Convention shall apply to all the categories of local authorities …", "These Rules shall apply to
all vessels …", "The same shall apply to …", "… shall be subject to approval by the General
Assembly", `applies`). `statements.clauses` drops their modals with the other clauses that bind
no one."""
from __future__ import annotations

from corpus_tool.statements.modality import INSTRUMENTS, TEXT_PARTS
from corpus_tool.statements.words import is_agent, lemma_in

# the parts of a text, named as what applies or is described ("The provisions of this Part …",
# "… article 5 …, which requires that …")
PROVISIONS = TEXT_PARTS | {"convention", "covenant", "charter", "protocol", "comment",
                           "recommendation", "provision", "sentence"}
# a statute's clauses ("subsection (2) shall not apply …")
CLAUSES = {"clause", "clauses", "subsection", "subsections"}


_INSTRUMENT_PARTS = {"article", "convention", "protocol", "agreement", "covenant", "part",
                     "treaty", "clause", "clauses", "paragraph", "paragraphs", "section"}
# what a saving clause says the text does not do to other law or rights ("… shall not affect
# …", "… shall in no way prejudice …", "However, this shall not prevent the Member from …")
_SAVING = {"affect", "prejudice", "prevent", "preclude", "derogate"}


def _negated(verb) -> bool:
    """ "shall not …", "shall in no way …" """
    return any(c.dep_ == "neg" or c.dep_ == "prep" and any(
        o.lower_ == "way" and any(d.lower_ == "no" for d in o.children) for o in c.children)
        for c in verb.children)


def saves(verb) -> bool:
    """A saving clause of the instrument's own application: a negated "affect" or "prejudice",
    or "be without prejudice to", whose subject is the instrument or its application ("The
    application of the present article under this Protocol shall not affect the legal status of
    any party …", "The provisions of this Agreement shall be without prejudice to the laws …").
    "Access to … schools shall be without prejudice to the migration status of the child" is a
    guarantee: its subject is no part of the text."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or is_agent(subj) or not (
            any(t.lower_ in _INSTRUMENT_PARTS for t in subj.subtree) or
            subj.lower_ == "this" and lemma_in(verb, _SAVING)):   # not "A State which is
        # obliged … under this Convention may not preclude either spouse from remarrying"
        return False
    if any(lemma_in(t, {"exercise", "enjoy"}) for t in verb.subtree):
        return False    # "The application of paragraphs 1 and 2 … shall not prevent members of
        # these peoples from exercising the rights granted to all citizens": a guarantee
    return lemma_in(verb, _SAVING) and _negated(verb) or lemma_in(verb, {"be"}) and any(
            c.dep_ == "prep" and c.lower_ == "without" and
            any(o.lower_ == "prejudice" for o in c.children) for c in verb.children)


# what a thing is made subject to when an organ or the facts decide it, not a duty ("… shall be
# subject to approval by the General Assembly", "Admission … shall be subject to the availability
# of places"); not "… subject to Terms of Use" (a duty on the data) nor "… to attachment"
_ASSENT = {"approval", "ratification", "acceptance", "confirmation", "availability"}
_DUTIES = {"obligation", "obligations", "duty", "duties", "requirement", "requirements",
           "prohibition", "prohibitions"}


# a body of rules named as a text ("These Rules", "the present Principles")
_RULES = {"rules", "principles", "guidelines"}


def _named_rules(tok) -> bool:
    return tok.lower_ in _RULES and (tok.text[:1].isupper() or any(
        c.lower_ in ("these", "present") for c in tok.children))


def applies(verb) -> bool:
    """A clause of application: a thing that "shall (not) apply to" or "shall be applicable to"
    something ("The provisions of this Convention shall apply to all the categories of local
    authorities …", "The basic objectives set forth in Article 76 shall be applicable to the people
    of each strategic area"), or that "shall be subject to" an organ's approval or to the
    facts (`_ASSENT`): it says where a rule reaches, and binds no one. "Member States shall apply
    these rules to …" (an object of its own) is an act."""
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    # the text's own reach: its subject is an instrument or a part of one ("The Convention", "The
    # basic objectives set forth in Article 76", "nothing contained in subparagraphs (B) and
    # (C)"), not a duty extended to someone ("The obligations on public sector bodies pursuant
    # to Article 19 … shall apply also to such third parties"), nor measures, nor a person who
    # applies to a court
    subj = subj or next((c for c in kids if c.dep_ == "nsubjpass"), None)
    # … or what the text said before ("The same shall apply to an attempt to commit any of the
    # foregoing offences …", "The same rule shall apply to further additional contributions.")
    textual = subj is not None and subj.lower_ not in _DUTIES and any(
        t.lower_ in PROVISIONS or t.lower_ in INSTRUMENTS or t.lower_ in CLAUSES or
        _named_rules(t) or t.lower_ == "same" and t.i <= subj.i for t in subj.subtree)
    if lemma_in(verb, {"apply"}) and verb.tag_ == "VB":
        # "This Convention shall apply only if the place of take-off … is situated …"
        return textual and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids)
    if verb.lower_ == "applied" and any(c.dep_ == "auxpass" for c in kids) and any(
            c.dep_ == "aux" and c.lower_ == "shall" for c in kids):
        # "The relevant provisions of the present Rules shall be applied to all persons subject
        # to prosecution …" (where they reach); not "… shall be applied by each Member through
        # measures …" (an agent applies them), "… shall be applied in good faith, in a spirit of
        # understanding and tolerance" (how: FCNM art. 2), "This Protocol
        # shall be applied without any adverse distinction founded on race …" (no one is to be
        # treated apart), nor a recommendation's "should … also be applied to persons who work
        # as seafarers on a seasonal basis" or "must be applied under the conditions of
        # non-discrimination" (a duty of those who apply it)
        return textual and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids) and not any(
            c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "without" for c in kids)
    if not lemma_in(verb, {"be"}):
        return False
    for c in kids:
        if c.dep_ != "acomp" or c.lower_ not in ("applicable", "subject"):
            continue
        tos = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
        if c.lower_ == "applicable" and tos and textual:
            return True
        if any(o.dep_ == "pobj" and o.lower_ in _ASSENT for p in tos for o in p.children) and \
                not any(n.dep_ == "neg" for n in kids):
            return True
    return False
