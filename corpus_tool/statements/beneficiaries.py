"""Who a statement is for, read from the parse: the groups its text names in the places where
a norm names the people it protects, each under the canonical name of `groups.BENEFICIARIES`
when one covers it, else under the group's own head noun.

Where a norm names its beneficiaries (not a word list of groups, the positions):

- the **rights-holder**: the subject of an entitlement or a liberty ("Every citizen of the
  Union has the right to …", "Anyone whose rights … have been infringed … may apply …");
- the **quantified complements** of "for", "to" and "among" ("access to quality education
  for all students", "accessible to every pupil": the group the norm is for; an unquantified
  one is as often a comparator or a party to a procedure: "the same treatment as is accorded
  to nationals", "no adverse consequences for the applicants"), and the list of "including"
  ("the rights of vulnerable groups, including women, children, older persons and persons with
  disabilities");
- each of them with its conjuncts and appositions.

A phrase found there names a group of people when the lexicon of canonical groups matches it
(then the canonical name: "citizens of the Union" is not canonical, "Roma children" is
`children` and `minorities`), or when its head is a noun of person (`PERSON_HEADS`: the
general nouns for people by role or status, not a list of groups; "persons", "people" and
"individuals" only with a qualifier that names a group: "older persons", not "natural or legal
persons"; unqualified and unrestricted under "every", "any", "all" they are `everyone`, as
"anyone" is). Then the head names the group, plural, with the qualifier for those general
heads ("citizens", "students", "older persons").

The lexicon over the whole text (`groups.beneficiaries`) still runs: it is what the rules-only
mode has, and it catches the groups named elsewhere ("in cases involving migrant children").
"""
from __future__ import annotations

import re

from corpus_tool.statements.groups import beneficiaries as lexicon_groups

# nouns whose referent is a person by role or status; general English, not groups of concern
PERSON_HEADS = {
    "citizen", "citizens", "student", "students", "pupil", "pupils", "learner", "learners",
    "resident", "residents", "national", "nationals", "adult", "adults", "youth", "youths",
    "patient", "patients", "victim", "victims", "detainee", "detainees", "prisoner", "prisoners",
    "orphan", "orphans", "widow", "widows", "survivor", "survivors", "applicant", "applicants",
    "claimant", "claimants", "inhabitant", "inhabitants", "newcomer", "newcomers", "settler",
    "settlers", "tenant", "tenants", "voter", "voters", "consumer", "consumers",
}
# general heads that name a group only with a qualifier ("older persons", "poor people")
GENERAL_HEADS = {"person", "persons", "people", "individual", "individuals"}
# qualifiers that classify persons in law or refer back, without naming a group of people
_NOT_GROUPS = {"natural", "legal", "juridical", "other", "such", "same", "certain", "concerned",
               "relevant", "third", "said", "interested", "several", "various", "many", "few"}
_UNIVERSAL_PRONOUNS = {"everyone", "everybody", "anyone", "anybody"}
_PREPS = {"for", "to", "among"}
_QUANTIFIERS = {"every", "any", "all", "each"}
_HOLDER_STRENGTHS = {"recognition", "permission"}


def _plural(tok) -> str:
    w = tok.lower_
    if tok.tag_ in ("NNS", "NNPS") or w in ("people", "youth"):
        return w
    return w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s"


def _phrase(tok, tails: tuple[str, ...] = ("of", "with")) -> str:
    """The noun phrase of a head without its clauses and prepositional tails other than
    `tails` ("persons with disabilities", "citizens of Canada")."""
    keep = []
    for t in tok.subtree:
        cut = any(a.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl") or
                  (a.dep_ == "prep" and a.lower_ not in tails)
                  for a in _path(t, tok))
        if not cut:
            keep.append(t)
    return " ".join(t.text for t in keep)


def _path(t, top):
    """The tokens from t up to (not including) top."""
    out = []
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def group_names(tok) -> set[str]:
    """The names of the group a noun heads: canonical where the lexicon covers the phrase, else
    its own name when it is a noun of person; both for a qualified head with a canonical tail
    ("older persons with disabilities": older persons, persons with disabilities)."""
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return set()
    out = set(lexicon_groups(_phrase(tok)))
    core = set(lexicon_groups(_phrase(tok, ())))
    if core:
        return out | core
    w = tok.lower_
    if w in _UNIVERSAL_PRONOUNS or w in GENERAL_HEADS and _universal(tok):
        out.add("everyone")
    elif w in PERSON_HEADS:
        out.add(_plural(tok))
    elif w in GENERAL_HEADS:
        mods = [c.lower_ for c in tok.children if c.dep_ == "amod" and c.i < tok.i]
        if mods and not set(mods) & _NOT_GROUPS:
            out.add(" ".join(mods + [_plural(tok)]))
    return out


def _quantified(tok) -> bool:
    return any(c.dep_ in ("det", "predet") and c.lower_ in _QUANTIFIERS for c in tok.children)


def _universal(tok) -> bool:
    """ "Every individual", "any person", "all persons", unqualified."""
    kids = list(tok.children)
    return _quantified(tok) and not any(c.dep_ in ("amod", "compound", "relcl", "acl", "prep")
                                        for c in kids)


def _with_conjuncts(tok):
    todo, seen = [tok], set()
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        yield t
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
        # "vulnerable groups, including women, …": the including-list names them
        todo.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "including"
                    for p in c.children if p.dep_ == "pobj")


def _holder(doc, actor: str, text: str):
    """The root token of the actor phrase in the parse (the rights-holder), if found."""
    if not actor:
        return None
    at = text.find(actor)
    if at < 0:
        return None
    span = doc.char_span(at, at + len(actor), alignment_mode="expand")
    return span.root if span is not None else None


def parsed_groups(doc, text: str, *, strength: str, actor: str) -> set[str]:
    """The groups named in the rights-holder and complement positions of a parsed unit."""
    heads = []
    if strength in _HOLDER_STRENGTHS:
        h = _holder(doc, actor, text)
        if h is not None:
            heads.append(h)
    for t in doc:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and (
                t.head.lower_ == "including" or t.head.lower_ in _PREPS and _quantified(t)):
            heads.append(t)
    out: set[str] = set()
    for h in heads:
        for t in _with_conjuncts(h):
            out |= group_names(t)
    return out


# both sexes before the noun of a group ("men and women workers", "disabled men and women
# workers"): they qualify the group, all of it, and name no group of their own (the parser
# cannot tell: it reads "disabled men and women workers" as three conjuncts)
_SEXES = re.compile(r"\b(?:men\s+and\s+women|women\s+and\s+men)\s+(?=(\w+))", re.I)


def _named_groups(text: str) -> set[str]:
    """The lexicon's groups in `text`, a pair of the sexes that qualifies a group it names
    left out: "men and women workers" are workers, not "girls and women"."""
    return set(lexicon_groups(_SEXES.sub(
        lambda m: "" if lexicon_groups(m.group(1)) else m.group(), text)))


def unit_beneficiaries(text: str, *texts: str, doc=None, strength: str = "",
                       actor: str = "") -> tuple[str, ...]:
    """The lexicon's groups over the unit and its chapeau `texts` (`_named_groups`), with the
    groups of the unit's parse when there is one, sorted."""
    found = _named_groups(text)
    for t in texts:
        found |= _named_groups(t)
    if doc is not None:
        found |= parsed_groups(doc, text, strength=strength, actor=actor)
    return tuple(sorted(found))
