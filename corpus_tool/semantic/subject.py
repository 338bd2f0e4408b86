"""A cluster label from the subject its members share (issue 16), for the cluster whose members
share a topic rather than a phrase: EuroVoc names the subject ('national minority', 'cultural
identity', 'termination of employment'), the members' aims make it a requirement ('rights of
persons belonging to national minorities').

For each cluster, the EuroVoc subjects (`naming.thesaurus.said`) that at least SHARE of the
members read and MIN_MEMBERS say (its words in its order, as written or in the plural: `says`)
are weighed like class-based TF-IDF: the share of the cluster's members that say it, times
log(1 + clusters / the sum of that share over every cluster), so that a subject most clusters
hold ('education', 'child', 'work') never wins, the more specific (more words) first. A subject
with no content (`content`: an empty head, a condition) or an aim or right with no complement
('human rights', 'family protection') does not count. The best TRIED are completed, in turn:

1. with the aim at least a quarter of the members give it (`shared.with_members_aim`: an aim
   verb's noun, else a right, an access or a protection as their texts say it), unless the
   subject names people (`who`; one word naming people, 'child', is no subject);
2. else with the relation (RELATIONS: 'rights of', 'right to', 'access to', 'protection of',
   'protection against', 'respect for') a quarter of the members write before it, as most of
   them write the words from the relation to the subject ('rights of persons belonging to
   national minorities').

A subject that gets no aim names a topic, not a requirement, and is no label."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from corpus_tool.naming import title_problem
from corpus_tool.naming.thesaurus import said
from corpus_tool.semantic.naming import head_stem
from corpus_tool.semantic.shared import AIM_SHARE, Shared, with_members_aim

SHARE = 0.2            # of the members read
MIN_MEMBERS = 3
WORD_BONUS = 0.3        # per word of the subject beyond the first
GAP = 3                 # words at most between two words of a subject in a member's text
TRIED = 3               # the best subjects tried for an aim, in turn
MAX_WORDS = 9           # a completed label longer than this is a clause
RELATIONS = ("rights of", "right to", "access to", "protection of", "protection against",
             "respect for")
_GLUE = frozenset("the and for with of to in on by at a an or".split())
_GAP = rf"\W+(?:[\w'’-]+\W+){{0,{GAP}}}"


def _pattern(subject: str) -> str:
    words = [w for w in re.findall(r"[a-z][a-z'-]*", subject.lower()) if w not in _GLUE]
    forms = [re.escape(w[:-1]) + r"(?:y|ies)" if w.endswith("y") else
             re.escape(w) + r"(?:s|es)?" for w in words]
    return _GAP.join(forms)


def says(text: str, subject: str) -> bool:
    """Does a text say a subject: its words in its order, as written or in the plural, at most
    GAP words apart ('rights of persons belonging to national minorities' says 'rights of
    minorities'; 'the right of workers to a remuneration … work' does not say 'right to
    work')?"""
    rx = _compiled(subject)
    return rx is not None and rx.search(text) is not None


@lru_cache(maxsize=None)
def _compiled(subject: str) -> re.Pattern | None:
    pattern = _pattern(subject)
    return re.compile(rf"\b{pattern}\b", re.I) if pattern else None


def _general(subject: str, names_aim: Callable[[str], bool]) -> bool:
    """An aim or a right with no complement says no requirement ('human rights', 'family
    protection', 'social rights')."""
    return names_aim(subject) and not re.search(r"\b(?:of|to|against)\b", subject)


def _related(subject: str, texts: Sequence[str], n: int) -> str:
    """The relation a quarter of the members write before the subject, with the words from it
    to the subject as most of them write them; '' when none."""
    found: Counter = Counter()
    for text in texts:
        seen = set()
        for rel in RELATIONS:
            rx = (r"\b(" + rel.replace(" ", r"\W+") + r"\W+(?:[\w'’-]+\W+)" + f"{{0,{GAP}}}?"
                  + _pattern(subject) + r")\b")
            m = re.search(rx, text, re.I)
            if m and rel not in seen:
                seen.add(rel)
                found[(rel, " ".join(m.group(1).lower().split()))] += 1
    by_rel = Counter()
    for (rel, _), k in found.items():
        by_rel[rel] += k
    best = [r for r, k in by_rel.most_common() if k >= max(2, AIM_SHARE * n)]
    if not best:
        return ""
    return max((k, -len(w), w) for (r, w), k in found.items() if r == best[0])[2]


def subject_labels(texts: Sequence[Sequence[str]],
                   aims: Sequence[Sequence[Sequence[tuple[str, str]]]],
                   content: Callable[[str], bool], who: Callable[[str], bool],
                   names_aim: Callable[[str], bool]) -> list[Shared]:
    """Per cluster (its members' `texts` read, each member's (aim noun, object) pairs `aims`),
    the label built from the most distinctive subject its members say, or `Shared()`."""
    found = [{s.descriptor.label: sum(says(x, s.descriptor.label) for x in t)
              for s in said(t, min_members=1)} for t in texts]
    spread: Counter = Counter()
    for t, f in zip(texts, found):
        for label, k in f.items():
            spread[label] += k / max(1, len(t))
    out = []
    for t, a, f in zip(texts, aims, found):
        n = max(1, len(t))
        ranked = sorted(((k / n * math.log(1 + len(texts) / spread[label])
                          * (1 + WORD_BONUS * (len(label.split()) - 1)), k, label)
                         for label, k in f.items()
                         if k >= max(MIN_MEMBERS, SHARE * n) and content(label)
                         and not _general(label, names_aim)), reverse=True)
        out.append(Shared())
        for _, k, subject in ranked[:TRIED]:
            if who(subject) and len(subject.split()) < 2:
                continue                     # 'rights of the child' names no requirement
            label = "" if who(subject) else with_members_aim(subject, head_stem(subject), t, a, n)
            if not label or not names_aim(label):
                label = _related(subject, t, n)
            if (label and names_aim(label) and len(label.split()) <= MAX_WORDS
                    and title_problem(label, t) is None):
                out[-1] = Shared(label, k)
                break
    return out
