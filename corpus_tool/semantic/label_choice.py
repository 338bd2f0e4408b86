"""A second opinion on a cluster's label: a small logistic model, fitted on the judged labels of
benchmarks/data/cluster_label_judgments.csv (`python -m benchmarks.fit_label_choice`), that
scores how likely a reader is to accept a candidate label unchanged, from signals other than how
many members hold it alone:

- `gists`: the share of the members' gists (`corpus_tool.naming.statement_gist`, the provision
  each statement makes, read from its own aim and object) that hold the label's content words;
  a phrase one statement mentions in passing is in its text but not in its gist;
- `agree`: whether the label is both a phrase of the tagger's ranked candidates and held by at
  least two gists (the tagger and the gists agree on it);
- `held`: the share of members whose text holds it (coverage, as a feature among others);
- `specific`: the mean class-based TF-IDF weight of its words (how distinctive of the cluster);
- its shape: words, one word, a whole noun phrase (`naming.title_problem`), names people or a
  body, names an aim.

The model only overrides the label rules (`labels._choose`) when it is sure both ways: the
chosen label scores below KEEP_BELOW and another candidate (a tagger phrase or a gist) scores
at least REPLACE_ABOVE and MARGIN more; otherwise the rules' label stays. The thresholds were
set so that no label a reader accepted on the reference corpus changes."""
from __future__ import annotations

import math
from collections.abc import Sequence

from corpus_tool.naming import StatementParts, statement_gist, title_problem
from corpus_tool.naming.group import sharing
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.naming import content_words

FEATURES = ("held", "gists", "agree", "specific", "words", "one_word", "problem", "who", "aim")
# fitted by `python -m benchmarks.fit_label_choice` (intercept first, then FEATURES' order)
COEFFICIENTS = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
KEEP_BELOW = 0.0
REPLACE_ABOVE = 1.0
MARGIN = 1.0


def gists(group: Sequence[Item]) -> list[str]:
    """Each member's gist as a lower-case noun phrase ('' when its words give none)."""
    out = []
    for it in group:
        g = statement_gist(StatementParts(text=it.text, aim=it.aim, object=it.object,
                                          actor=it.actor, strength=it.strength))
        out.append(g.title[:1].lower() + g.title[1:] if g is not None else "")
    return out


def features(label: str, *, texts: Sequence[str], gist_titles: Sequence[str],
             weights: dict[str, float], tagger: bool, who: bool, aim: bool) -> tuple[float, ...]:
    """The model's inputs for one candidate label of a cluster (see the module docstring):
    `texts` and `gist_titles` of the members read, `weights` the cluster's c-TF-IDF word
    weights (best word = 1), `tagger` whether it is among the tagger's ranked phrases."""
    n = max(1, len(texts))
    words = content_words(label)
    by_gist = sharing(label, [g for g in gist_titles if g])
    return (sharing(label, texts) / n,
            by_gist / n,
            float(tagger and by_gist >= 2),
            sum(weights.get(w, 0.0) for w in words) / len(words) if words else 0.0,
            min(len(label.split()), 12) / 12,
            float(len(label.split()) == 1),
            float(title_problem(label) is not None),
            float(who),
            float(aim))


def acceptable(x: Sequence[float]) -> float:
    """The model's probability that a reader accepts the label with features `x`."""
    z = COEFFICIENTS[0] + sum(c * v for c, v in zip(COEFFICIENTS[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def overrule(chosen: float, best: float) -> bool:
    """Does a candidate scoring `best` replace the rules' label scoring `chosen`?"""
    return chosen < KEEP_BELOW and best >= REPLACE_ABOVE and best - chosen >= MARGIN
