"""A shared subject as a signal for grouping loose annotations (issue 15).

Passages of one provision in different instruments often share neither its words nor its aim,
but they name one subject ('family reunification', 'social security', 'free education'). EuroVoc
names subjects across every policy domain (`naming.thesaurus.said`); a subject few passages of the
project name says more than one many name ('education' in an education corpus), so only the
subjects that at most `SUBJECT_MAX_SHARE` of the coded passages name count (an IDF floor of
ln 10), whatever their length. Two loose annotations of different documents that name such a
subject have their similarity raised by `SUBJECT_BONUS` before average linkage
(`structure.sibling_labels`).

Fitted on the development halves (`benchmarks/drafting_split.py`, h15l): at a share of 0.09-0.12
and a bonus of 0.04-0.06 every setting raised B-cubed F1 on both halves (at 0.1 and 0.05:
reference 0.747 → 0.758, labour 0.776 → 0.777). Tried there and dropped: subjects of two words or
more whatever their share, or those and rare one-word subjects (labour's half fell by 0.01-0.08:
'access to education', 'EC Regulation' link passages of different provisions); a subject's words
matched whole instead of by stem (labour's half fell by 0.015-0.05); and merging two clusters
that hold a pair naming one subject when their average similarity comes within 0.03-0.1 of the
threshold (precision fell on both halves).

Read once after h15l's freeze (held-out sets read at earlier freezes too, so blind-ish), against
the same code without it: reference held-out half 0.627 → 0.589, labour held-out half 0.589 →
0.618 (its documents coded later 0.666 → 0.665), anti-discrimination 0.519 → 0.556; the whole
reference and labour projects 0.559 → 0.557 and 0.511 → 0.500. Not a reliable gain: the
development halves' win is within what average linkage moves on these few passages.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from corpus_tool.naming.thesaurus import said

SUBJECT_BONUS = 0.05       # added to the similarity of two passages naming one rare subject
SUBJECT_MAX_SHARE = 0.1    # a subject counts when at most this share of the passages name it


def rare_subjects(texts: Sequence[str], *, max_share: float = SUBJECT_MAX_SHARE
                  ) -> list[frozenset[str]]:
    """For each text, the EuroVoc subjects it names (`thesaurus.said`) that at most `max_share`
    of all the `texts` name."""
    named = said(texts)
    held = Counter(s for subjects in named for s in subjects)
    most = max_share * len(texts)
    return [frozenset(s for s in subjects if held[s] <= most) for subjects in named]
