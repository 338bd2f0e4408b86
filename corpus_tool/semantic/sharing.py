"""How widely a cluster's statements share a label candidate, and the honest name of a cluster
whose statements share none (issue 16).

A label should name the requirement most of a cluster's statements share, not the phrase of the
one statement that happens to score best. A candidate is *held* by a statement when every one
of its content words occurs in the statement (stemmed and cut to PREFIX letters, so that
'remuneration of workers' is held by 'workers shall be remunerated'; the aim noun a label
adds, 'elimination of …', 'right to …', need not occur); it
is *shared* when at least two of the statements read hold it (a share of them, 30 %, was tried
on the development half of draw e1618: it turned specific labels into single words). Shared
candidates come first, those headed by people, a body or a place last; among the rest, the
more statements hold one the better it scores. A cluster whose best candidate is not shared
is named for what it mixes: 'mixed: A; B', two candidates held by different statements."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from corpus_tool.semantic.naming import AIM_NOUNS, PEOPLE, PREPS, content_words, stem

PREFIX = 6
N_READ = 40                      # statements read per cluster, nearest the centroid first
SHARE_WEIGHT = 1.0               # a candidate's score × (1 + this × the share that hold it)


def word_keys(text: str) -> frozenset[str]:
    """A text's content words, stemmed and cut to PREFIX letters."""
    return frozenset(w[:PREFIX] for w in content_words(text))


# words a label adds to what the statements say: the aim as a noun ('elimination of …' for
# 'eliminate …'), 'right', 'access'
_ADDED = frozenset(w[:PREFIX] for w in AIM_NOUNS | {"right", "access", "equal"})


def holders(phrase: str, bags: Sequence[frozenset[str]]) -> int:
    """How many of the statements (their `word_keys`) hold every content word of `phrase`
    but the aim nouns."""
    need = word_keys(phrase) - _ADDED
    return sum(1 for b in bags if need <= b) if need else len(bags)


def needed(n: int) -> int:
    """How many of n statements must hold a candidate for it to be shared."""
    return 2 if n >= 2 else 1


def mixed(ranked: Iterable[str], bags: Sequence[frozenset[str]]) -> str:
    """'mixed: A; B' for the two best candidates that different statements hold and that
    share no content word; '' when there are no two such."""
    first = None
    for cand in ranked:
        keys = word_keys(cand)
        held = {k for k, b in enumerate(bags) if keys and keys <= b}
        if first is None:
            first = (cand, keys, held)
        elif not keys & first[1] and held - first[2]:
            return f"mixed: {first[0]}; {cand}"
    return ""


_PLACES = frozenset("""headquarters headquarter secretariat office council assembly commission
conference session meeting""".split())


def tier(label: str, held: int, n: int) -> int:
    """0: a candidate enough of the n statements read hold (`held` of them, `sharing`); 1: one
    they do not share; 2: one headed by people, a body or a place (a last resort)."""
    words = label.split()
    k = next((i - 1 for i, w in enumerate(words[1:], 1) if w.lower() in PREPS), len(words) - 1)
    if words[k][:1].isupper() or stem(words[k]) in PEOPLE | _PLACES:
        return 2
    return 0 if held >= needed(n) else 1


def by_share(scores: dict[str, float], bags: Sequence[frozenset[str]]) -> list[str]:
    """Candidates (→ their score) best first: by `tier`, then by score × (1 + SHARE_WEIGHT ×
    the share of the statements that hold them); ties keep the order given."""
    held = {c: holders(c, bags) for c in scores}
    n = len(bags)
    return sorted(scores, key=lambda c: (tier(c, held[c], n),
                                         -scores[c] * (1 + SHARE_WEIGHT * held[c] / max(1, n))))
