"""The documents' structure as a signal for grouping loose annotations (issue 15).

Passages of one article (or one numbered paragraph) share its context words, and a chapeau's
list items its lead-in, so their similarity overstates how alike their provisions are: on the
development halves (`benchmarks/drafting_split.py`) coders gave such siblings different
indicator ids far more often than passages of different documents at the same cosine (ICESCR
Art. 13(2)(a)-(d): primary, secondary, higher and fundamental education, four indicators). Their
cosine is lowered by `SIBLING_PENALTY` before average linkage, which lets a lower threshold
merge what different instruments say alike (`meaning.LOOSE_MIN`). Tried there and dropped: a
bonus (or must-link) for passages of one article, one heading or one document (F1 fell on the
labour half, where none of the 6 pairs of one article shares an id), and for a General Comment
paragraph citing the article another passage comes from (no such pair shares an id on either
half). Tried again as a merge bonus (0.05-0.2) for passages of different documents, with the
statements' parts (h15k): the same aim and objects sharing 20-70 % of their words, or objects
(with or without the aim) at a MiniLM cosine of 0.6-0.8, or a citation of the article; none won
on both development halves (at best +0.003 on the reference half and a tie on labour's; most
settings lost 0.004-0.09 on labour's), so none is used. Tried a third time (h15l) as a bonus of
0.05 for loose annotations of different documents naming one rare EuroVoc subject (held by at most
a tenth of the coded passages, by 6-letter stem): it won narrowly on the development halves
(reference 0.747 -> 0.758, labour 0.776 -> 0.777) and lost held out (reference 0.627 -> 0.589;
labour 0.589 -> 0.618, anti-discrimination 0.519 -> 0.556; whole projects 0.559 -> 0.557 and
0.511 -> 0.500), so it was removed, with the EuroVoc subject titles tried with it (no title of
any project changed). Tried a fourth time (session 31) as a learned similarity: a logistic model
of "same coder id" over a pair's MiniLM cosine (coded words, statement), TF-IDF cosine, same
document and same article, fitted on the pairs of both development halves, with average linkage
on its probability at 0.2 (features, C and threshold chosen by training on one development half
and scoring the other). Held out it split the projects: reference 0.627 -> 0.653, labour
0.589 -> 0.610, anti-discrimination 0.519 -> 0.562 (whole), but health 0.523 -> 0.499,
political participation 0.602 -> 0.542 and family reunification 0.549 -> 0.500, so the rule
below stays: it learns the weights of the same cosines, not a new signal.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

SIBLING_PENALTY = 0.2   # fitted on the development halves, with meaning.LOOSE_MIN


def article_of(locator: str) -> str:
    """The article or numbered paragraph a locator belongs to: 'Art. 13(2)(a)' → 'Art. 13',
    'Art. XI(1) ¶ 2' → 'Art. XI', 'Preamble, para. 7' → 'Preamble', 'para. 59' → 'para. 59';
    '' for no locator."""
    loc = " ".join((locator or "").split())
    if loc.startswith("Preamble"):
        return "Preamble"
    return re.split(r"\s*[(¶]", loc)[0].strip()


def sibling_labels(vecs: np.ndarray, doc_ids: Sequence[str], locators: Sequence[str], *,
                   threshold: float, penalty: float = SIBLING_PENALTY) -> list[int]:
    """Average-linkage labels of unit `vecs` at a cosine `threshold`, the cosine of two passages
    of one article of one document lowered by `penalty` (see the module doc); numbered by first
    appearance, deterministic."""
    from scipy.cluster.hierarchy import fcluster, linkage   # where used: commands start faster
    from scipy.spatial.distance import squareform
    n = len(vecs)
    if n <= 1:
        return [0] * n
    x = np.asarray(vecs, dtype=np.float64)
    sim = x @ x.T
    units = [(d, article_of(loc)) for d, loc in zip(doc_ids, locators)]
    for i in range(n):
        for j in range(i + 1, n):
            if units[i][1] and units[i] == units[j]:
                sim[i, j] -= penalty
                sim[j, i] -= penalty
    dist = np.clip(1.0 - (sim + sim.T) / 2.0, 0.0, None)
    np.fill_diagonal(dist, 0.0)
    raw = fcluster(linkage(squareform(dist, checks=False), method="average"),
                   t=1.0 - threshold, criterion="distance")
    first: dict[int, int] = {}
    return [first.setdefault(int(r), len(first)) for r in raw]
