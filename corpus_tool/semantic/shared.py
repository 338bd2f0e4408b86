"""A cluster label built from what its members share (issue 16), for the cluster whose shared
requirement no single member's phrase states: each member says it in its own words ('Census,
survey and administrative data …', 'Educational data should be disaggregated …', 'Such data
should be disaggregated …'), so the phrase a chooser picks among the members' phrases is one
member's ('census, survey and administrative data') where the members share another
('disaggregation of data').

From the noun phrases the tagger finds in each member read (`labels._phrases`: maximal phrases,
their shorter heads and the phrases inside their prepositional phrases):

1. the head: a head noun (stemmed) at least SHARE of the members read and MIN_MEMBERS use, the
   most used first, then the most distinctive (c-TF-IDF); a head naming no content, people, a
   body, a condition ('valid reason') or a name ('United Nations') does not count (`usable`);
2. the phrase: the longest phrase on that head, its modifiers and its complement as the members
   write them ('of employment', 'to education'), that at least SHARE of the members hold (a
   member holds it when one of its phrases ends its modifiers with the same words and begins
   its complement with the same words: 'reasonable accommodation' is held by 'effective
   reasonable accommodation in education');
3. the aim at least AIM_SHARE of the members give it: the aim verb's noun ('eliminate …
   discrimination' → 'elimination of discrimination'), else a right or an access to it or a
   protection against it, as their texts say it ('right to adequate housing', 'protection
   against interference or attacks'); a wrong without one is named with its prevention;
4. it must be a whole noun phrase of at least two words, never cut inside a member's phrase
   (`naming.title_problem`).

A cluster of list items under one chapeau, or of clauses that share no head, has no such phrase
(no head reaches SHARE): its label stays the chooser's. The phrase replaces the chooser's label
only when few members hold that label (`label_choice.shared_instead`)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus_tool.naming import title_problem
from corpus_tool.semantic.naming import PREPS, head_stem, key_of, stem, with_aim
from corpus_tool.semantic.terms import STOP_WORDS

SHARE = 0.34            # of the members read: the head, and the phrase built on it
MIN_MEMBERS = 3
AIM_SHARE = 0.25        # of the members read: the aim named with the phrase
# a right or an access to it, a protection against it, as a member's text says it
_RELATIONS = (("right to", r"\brights?\b(?:\s+of\s+[^.;:,]{1,40}?)?\s+to\s"),
              ("access to", r"\baccess\s+to\s"),
              ("protection against", r"\bprotection\b[^.;:,]{0,30}?\bagainst\s"))


@dataclass(frozen=True, slots=True)
class Shared:
    """The phrase most members share (`label`, '' when none) and how many members hold it."""
    label: str = ""
    held: int = 0


def _parts(phrase: str) -> tuple[list[str], list[str]]:
    """A phrase's words up to its head, and its complement (from the first attached
    preposition on)."""
    words = phrase.split()
    for k, w in enumerate(words[1:], 1):
        if w.lower() in PREPS:
            return words[:k], words[k:]
    return words, []


def _ends(words: list[str], tail: tuple[str, ...]) -> bool:
    return len(words) >= len(tail) and key_of(" ".join(words[-len(tail):])) == " ".join(tail)


def _begins(words: list[str], start: tuple[str, ...]) -> bool:
    return len(words) >= len(start) and key_of(" ".join(words[:len(start)])) == " ".join(start)


def shared_label(per_member: Sequence[Sequence[str]],
                 aims: Sequence[Sequence[tuple[str, str]]], usable: Callable[[str], bool],
                 texts: Sequence[str] = (), weights: dict[str, float] | None = None) -> Shared:
    """The label built from what the members share (see the module docstring).
    `per_member`: each member's noun phrases; `aims`: each member's (aim noun with its
    preposition, object) pairs ('elimination of', 'discrimination against women'); `usable`:
    whether a head (stemmed) may name a requirement; `texts`: the members' texts (for the
    right, access or protection they name and to check that the label is a whole phrase of
    them); `weights`: the cluster's c-TF-IDF word weights, the more distinctive of two heads
    held alike first."""
    n = len(per_member)
    need = max(MIN_MEMBERS, SHARE * n)
    weights = weights or {}
    by_head: dict[str, dict[int, list[tuple[list[str], list[str]]]]] = {}
    for m, phrases in enumerate(per_member):
        for p in phrases:
            core, comp = _parts(p)
            if core[-1][:1].islower():                 # not a name ('United Nations')
                by_head.setdefault(stem(core[-1]), {}).setdefault(m, []).append((core, comp))
    heads = sorted((h for h, ms in by_head.items() if len(ms) >= need and usable(h)),
                   key=lambda h: (-len(by_head[h]), -weights.get(h, 0.0), h))
    for h in heads:
        for phrase, held in _held(by_head[h], need):
            label = _with_aim(phrase, h, texts, aims, n)
            if len(label.split()) >= 2 and title_problem(label, texts) is None:
                return Shared(label, held)
    return Shared()


def _held(members: dict[int, list[tuple[list[str], list[str]]]],
          need: float) -> list[tuple[str, int]]:
    """The phrases of one head (its modifiers and its complement as a member writes them) that
    at least `need` members hold, with how many hold each, the longest first."""
    cores: dict[tuple[str, ...], str] = {}
    comps: dict[tuple[str, ...], str] = {(): ""}
    for found in members.values():
        for core, comp in found:
            for k in range(len(core)):
                if core[k].lower() not in STOP_WORDS:
                    cores.setdefault(tuple(key_of(" ".join(core[k:])).split()),
                                     " ".join(core[k:]))
            for k in range(2, len(comp) + 1):
                if comp[k - 1].lower() not in STOP_WORDS | PREPS:
                    comps.setdefault(tuple(key_of(" ".join(comp[:k])).split()),
                                     " ".join(comp[:k]))
    out = []
    for ck, core in cores.items():
        for pk, comp in comps.items():
            held = sum(any(_ends(c, ck) and _begins(p, pk) for c, p in found)
                       for found in members.values())
            if held >= need:
                out.append((len(ck) + len(pk), held, f"{core} {comp}".strip()))
    return [(text, held) for _, held, text in sorted(out, key=lambda o: (-o[0], -o[1], o[2]))]


def _related(text: str, phrase: str) -> str:
    """'right to', 'access to' or 'protection against' when a member's text names a right or
    an access to the phrase ('the right of everyone to adequate housing') or a protection
    against it ('protection of the law against such interference or attacks'), ''
    otherwise."""
    last = re.escape(phrase.split()[-1][:5].lower())
    for rel, rx in _RELATIONS:
        if re.search(rx + rf"[^.;:]{{0,40}}?\b{last}", text, re.I):
            return rel
    return ""


def _with_aim(phrase: str, head: str, texts: Sequence[str],
              aims: Sequence[Sequence[tuple[str, str]]], n: int) -> str:
    """The phrase with the aim at least AIM_SHARE of the members give it: an aim verb's noun
    whose object is headed by the same noun, else a right or an access to it; a wrong without
    one is named with its prevention."""
    if head in ('right', 'access', 'protection'):
        return phrase
    need = max(2, AIM_SHARE * n)
    nouns = Counter(noun for found in aims
                    for noun in {a for a, obj in found if head_stem(obj) == head})
    relations = Counter(r for r in (_related(t, phrase) for t in texts) if r)
    best = sorted(nouns.items(), key=lambda kv: (-kv[1], kv[0]))
    if best and best[0][1] >= need:
        return f"{best[0][0]} {phrase}"
    rel = sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))
    if rel and rel[0][1] >= need:
        return f"{rel[0][0]} {phrase}"
    return with_aim(phrase, head)
