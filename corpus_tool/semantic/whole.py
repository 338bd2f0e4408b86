"""A cluster label never falls back to one word, a list of terms or a cut phrase (issue 16).

The chooser (`labels`) may end on a label no reader keeps: one word ('review', 'operations'),
the cluster's top terms joined ('effective exercise, undertake, ensuring'), or a phrase cut
inside a member's phrase ('access to occupation pursued up'). Such a label (`shape_problem`)
gives way, in this order, to:

1. the treaty mechanism at least FEW_MECHANISM of the members read speak of
   (`naming.procedure`: 'application to territories' for a cluster of territorial clauses);
2. the whole noun phrase of two content words or more most of the members read hold (their
   content words; at least MIN_HELD) among the chooser's ranked phrases, the phrase the members
   share and the gists of the members nearest the centroid (each member's aim with its object,
   from the statement parts: `label_choice.gists`), none naming only people or bodies.

Before that, a cluster most of whose members read are chapeaux (at least CHAPEAU_SHARE introduce
a list: 'With a view to ensuring the effective exercise of the right to …, the Parties
undertake:') and whose label is poor (its shape, or few members hold it) is named by the rights
they introduce (`chapeau_label`: 'effective exercise of the rights to … and to …'), or by the
mechanism when they introduce more than MAX_RIGHTS.

Tried and not kept (issue 16, session 13): naming a cluster by the larger part of a k = 2
split of its members' vectors when that part holds two thirds of them. On the development
clusterings it changed no label where the label's shape was poor, and where few members held
the label it cost three accepted reference labels ('effective firewalls …' → 'effective
firewalls', 'validity of travel documents', 'effective remedy') for none gained; a split with
neither part holding two thirds marks no mixed cluster either (on the reference, 11 of 21 such
judged clusters carry an accepted label, against 3 of 11 of the others)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tool.naming import title_problem
from corpus_tool.naming.group import sharing
from corpus_tool.semantic.naming import content_words

CHAPEAU_SHARE = 0.5            # of the members read
MAX_RIGHTS = 3                 # rights named in a chapeau cluster's label
MIN_HELD = 2                   # members read holding a rebuilt label
FEW_MECHANISM = 0.34           # of the members read, naming a poor label's cluster a mechanism
# a phrase ending on a particle is cut ('occupation pursued up' … 'to the age')
_PARTICLES = frozenset("up out off down away back over".split())
_ED_NOUNS = frozenset("hatred kindred need creed greed speed seed breed".split())
_PREPOSITIONS = frozenset("in with of for on".split())
_HOLLOW = frozenset("respect regard view accordance relation addition case".split())
# verbs that say nothing without their object ('right to have')
_LIGHT_VERBS = frozenset("have be do make take get give enjoy receive provide ensure".split())
_CHAPEAU_END = re.compile(r"(?:[:\u2014\u2013]|\s-|\bundertakes?|\bincludes?)\s*$", re.I)
_RIGHT_TO = re.compile(r"\brights?\s+(?:of\s+[^,:;()]{1,60}?\s+)?to\s+([^,:;()]{3,60}?)"
                       r"(?=\s*(?:,|:|;|\(|$|\band\b\s+(?:to|the)\b|\bwhich\b|\bthe\s+part))",
                       re.I)
_LEAD = re.compile(r"^(?:the|a|an|their|his|her|its)\s+", re.I)


def shape_problem(label: str) -> str | None:
    """Why a label is no whole noun phrase a reader could keep: 'one word', 'terms joined'
    (commas without 'and' or 'or'), a `title_problem` ('dangling', 'clause', …), a phrase
    ending on a particle or on a preposition's hollow noun ('cut': 'occupation pursued up',
    'territories in respect'), on a participle or on 'to' and a light verb ('right to have');
    None when it is one. Whether it stops inside a member's phrase is not asked: the members'
    wording goes on after many a label readers accept ('… remedies for any violation' of
    …)."""
    words = label.split()
    if len(words) < 2:
        return "one word"
    low = f" {label.lower()} "
    if "," in label and " and " not in low and " or " not in low:
        return "terms joined"
    problem = title_problem(label)
    if problem:
        return problem
    if words[-1].lower() in _PARTICLES:
        return "cut"
    if words[-2].lower() in _PREPOSITIONS and words[-1].lower() in _HOLLOW:
        return "cut"                          # 'territories in respect' (of what?)
    if words[-2].lower() == "to" and words[-1].lower() in _LIGHT_VERBS:
        return "dangling"                     # 'right to have' what?
    if (words[-1].lower().endswith("ed") and len(words[-1]) > 4
            and words[-1].lower() not in _ED_NOUNS):
        return "dangling participle"          # 'body established'
    return None


def is_chapeau(text: str) -> bool:
    """Does a statement introduce a list ('… the Parties undertake:')?"""
    return bool(_CHAPEAU_END.search(" ".join(text.split())))


def chapeau_label(texts: Sequence[str]) -> str:
    """For a cluster most of whose members are chapeaux, the rights they introduce
    ('effective exercise of the rights to work and to vocational training'); '' when fewer
    than CHAPEAU_SHARE of the texts are chapeaux or they name no right."""
    heads = [t for t in texts if is_chapeau(t)]
    if not texts or len(heads) < max(2, CHAPEAU_SHARE * len(texts)):
        return ""
    rights: dict[str, int] = {}
    for t in heads:
        for m in dict.fromkeys(_LEAD.sub("", m.group(1).strip()) for m in _RIGHT_TO.finditer(t)):
            if m and (len(m.split()) == 1 or not title_problem(m)):
                rights[m] = rights.get(m, 0) + 1
    if not rights:
        return ""
    named = sorted(rights, key=lambda r: (-rights[r], r))
    exercise = sum("effective exercise" in t.lower() for t in heads) >= CHAPEAU_SHARE * len(heads)
    if len(named) > MAX_RIGHTS:               # the mechanism, not three rights of many
        return "undertakings for the effective exercise of each right" if exercise else ""
    lead = "effective exercise of the right" if exercise else "right"
    if len(named) == 1:
        return f"{lead} to {named[0]}"
    return f"{lead}s " + ", ".join(f"to {r}" for r in named[:-1]) + f" and to {named[-1]}"


def rebuilt(candidates: Sequence[str], texts: Sequence[str], used: set[str]) -> str:
    """The candidate (ranked phrases, the shared phrase, the nearest members' gists, in that
    order) that is a whole noun phrase (`shape_problem`) of two content words or more, not
    taken, and held by the most members read (at least MIN_HELD); '' when none is."""
    best, top = "", MIN_HELD - 1
    for cand in dict.fromkeys(c for c in candidates if c):
        if (cand.lower() in used or shape_problem(cand)
                or len(content_words(cand)) < 2):
            continue
        held = sharing(cand, texts)
        if held > top:
            best, top = cand, held
    return best
