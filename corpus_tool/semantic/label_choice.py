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
chosen label scores below KEEP_BELOW and another candidate (one of the tagger's first phrases,
or a member's gist of at most MAX_GIST_WORDS words that leans on nothing outside it, or the
phrase the members share: `shared`) scores at least REPLACE_ABOVE and MARGIN more; otherwise
the rules' label stays. After it, the phrase the members share replaces a label at most
FEW_HOLD of the members hold, when more hold the shared phrase and the label does not already
say it (`shared_instead`; set with `scripts/relabel_judged.py` so that no accepted reference
label changes: a looser share, a quarter, changed 5 of the 41).

Fitted on the reference draws r16 … r1617-again (192 judged labels, 46 accepted; AUC 0.83) and
measured on e1618 (56, 6 accepted; AUC 0.69); coverage (`held`) gets next to no weight. The
thresholds were set with `scripts/relabel_judged.py` on the reference and e1618 so that no
label a reader accepted changes (on the reference clustering of d9c99ba: 0 of the 42 accepted
labels; 9 rejected ones change)."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus_tool.naming import StatementParts, statement_gist, title_problem
from corpus_tool.naming.group import sharing
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.naming import content_words
from corpus_tool.semantic.shared import Shared

FEATURES = ("held", "gists", "agree", "specific", "words", "one_word", "problem", "who", "aim")
# fitted by `python -m benchmarks.fit_label_choice` (intercept first, then FEATURES' order)
COEFFICIENTS = (-2.997, 0.175, 0.68, 1.069, -0.669, 2.261, -0.531, 0.004, -0.898, 0.994)
KEEP_BELOW = 0.1
REPLACE_ABOVE = 0.3
MARGIN = 0.2
MAX_GIST_WORDS = 8            # a longer gist is one statement's clause, not a name
_BACK = frozenset("themselves itself its their his her them that this these those such which said"
                  .split())
N_RANKED = 6                  # the tagger's first phrases weighed
MAX_WORDS = 6                 # a label longer than this gains nothing by its length
FEW_HOLD = 0.34               # a label at most this share of the members hold says too little
# one aim, for "does the label already say it": ending a wrong by law or by practice
_ENDING = frozenset("elimination prevention prohibition".split())


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
            min(len(label.split()), MAX_WORDS) / MAX_WORDS,
            float(len(label.split()) == 1),
            float(title_problem(label) is not None),
            float(who),
            float(aim))


def refers_back(label: str) -> bool:
    """Does a label lean on words outside it ('that migrant worker', 'for themselves')?"""
    return any(w in _BACK for w in label.lower().split())


def acceptable(x: Sequence[float]) -> float:
    """The model's probability that a reader accepts the label with features `x`."""
    z = COEFFICIENTS[0] + sum(c * v for c, v in zip(COEFFICIENTS[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def overrule(chosen: float, best: float) -> bool:
    """Does a candidate scoring `best` replace the rules' label scoring `chosen`?"""
    return chosen < KEEP_BELOW and best >= REPLACE_ABOVE and best - chosen >= MARGIN


@dataclass(frozen=True, slots=True)
class Signals:
    """What the second opinion reads of one cluster: the tagger's ranked candidates, the texts
    and gists of the members read, its c-TF-IDF word weights (best word = 1), and the label
    rules' tests of whether a label names people (`who`) and an aim (`aim`)."""
    ranked: list[str]
    texts: list[str]
    gist_titles: list[str]
    weights: dict[str, float]
    who: Callable[[str], bool]
    aim: Callable[[str], bool]
    shared: Shared = Shared()

    def features(self, label: str) -> tuple[float, ...]:
        low = label.lower()
        tagger = any(low == r.lower() or low.startswith(r.lower() + " for ")
                     for r in self.ranked[:N_RANKED])
        return features(label, texts=self.texts, gist_titles=self.gist_titles,
                        weights=self.weights, tagger=tagger, who=self.who(label),
                        aim=self.aim(label))

    def candidates(self) -> list[str]:
        """The tagger's first phrases and the members' gists that are short, whole noun phrases
        referring back to nothing outside them."""
        out = list(self.ranked[:N_RANKED]) + ([self.shared.label] if self.shared.label else [])
        out += [g for g in self.gist_titles if g and len(g.split()) <= MAX_GIST_WORDS
                and not refers_back(g) and title_problem(g, self.texts) is None]
        return list(dict.fromkeys(out))


def second_opinion(label: str, sig: Signals, used: set[str]) -> str:
    """The rules' label, unless the model is sure another candidate not `used` is better
    (`overrule`)."""
    mine = acceptable(sig.features(label))
    scored = [(acceptable(sig.features(c)), c) for c in sig.candidates()
              if c.lower() not in used and c.lower() != label.lower()]
    if not scored:
        return label
    best, cand = max(scored, key=lambda s: (s[0], -len(s[1]), s[1]))
    return cand if overrule(mine, best) else label


def _says(label: str, phrase: str) -> bool:
    """Does a label already say a phrase: its content words, 'elimination', 'prevention' and
    'prohibition' of a wrong counting as one aim ('elimination of discrimination against
    non-citizens' says 'prevention of discrimination')?"""
    def words(text: str) -> set[str]:
        return {"(ending)" if w in _ENDING else w for w in content_words(text)}
    return words(phrase) <= words(label)


def shared_instead(label: str, sig: Signals, used: set[str]) -> bool:
    """Does the phrase the members share (`sig.shared`) replace the rules' label? When at most
    FEW_HOLD of the members read hold the label (its content words) and more hold the shared
    phrase, the label does not already say what the shared phrase says (`_says`:
    'elimination of discrimination against non-citizens' says 'prevention of
    discrimination'), a label naming an aim ('women's access to justice') gives way only to
    a phrase naming one, and the shared phrase is not taken."""
    common = sig.shared.label
    held = sharing(label, sig.texts)
    return (bool(common) and common.lower() not in used and not _says(label, common)
            and (sig.aim(common) or not sig.aim(label))
            and held <= FEW_HOLD * len(sig.texts) and sig.shared.held > held)

