"""Cluster labels: class-based TF-IDF over phrases (1–3 words that cross no stop word and no
punctuation), so a cluster reads as "primary education, free, compulsory" rather than as a
bag of single words."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np

N_TERMS = 8

# Phrases never cross these words; they are also never label terms on their own.
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either etc few for from
further had has have having he her here hers herself him himself his how i if in inter alia into
is it its itself just me more most my myself no nor not now of off on once only or other ought our
ours ourselves out over own per same she should so some such than that the their theirs them
themselves then there these they this those through thus to too under until up upon us very via
was we were what when where whether which while who whom whose why will with within without would
you your yours yourself yourselves shall may must might article articles paragraph paragraphs
para present including include includes included ii iii iv vi vii viii ix xi xii particular
ensure take taken taking made make makes given give well one two three also therefore however
accordance respect regard regards order art parties party
""".split())
# one pass: a word, or a break (punctuation, a dash between spaces)
_TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]|[.;:,!?()\[\]\"“”‘’/]|\s[-–—]\s")


def _flush(run: list[str], out: list[str], max_n: int) -> None:
    k = len(run)
    out.extend(run)
    for n in range(2, max_n + 1):
        out.extend(" ".join(run[i:i + n]) for i in range(k - n + 1))


def phrases(text: str, max_n: int = 3) -> list[str]:
    """Lower-cased 1–3-word phrases that contain no stop word and do not cross punctuation."""
    out: list[str] = []
    run: list[str] = []
    stop = STOP_WORDS
    for tok in _TOKEN.findall(text.lower()):
        if tok[0].isalpha():
            tok = tok.strip("'-")
            if tok.endswith("'s"):
                tok = tok[:-2]
            if len(tok) > 1 and tok not in stop:
                run.append(tok)
                continue
        if run:
            _flush(run, out, max_n)
            run = []
    if run:
        _flush(run, out, max_n)
    return out


def label_terms(groups: Sequence[Sequence[str]], *, top_n: int = N_TERMS) -> list[list[str]]:
    """Class-based TF-IDF over phrases: for each group of texts, the phrases frequent in it and
    rare in the others. A phrase must occur in at least two members of a group of 2+."""
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer

    docs = [t for g in groups for t in g]
    if not docs:
        return [[] for _ in groups]
    cv = CountVectorizer(analyzer=phrases, lowercase=False)
    try:
        m = cv.fit_transform(docs).tocsr()
    except ValueError:           # no phrase at all
        return [[] for _ in groups]
    vocab = cv.get_feature_names_out()
    rows, cols = [], []
    pos = 0
    for gi, g in enumerate(groups):
        for _ in g:
            rows.append(gi)
            cols.append(pos)
            pos += 1
    ind = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(groups), len(docs)))
    # groups × phrases, kept sparse (dense, three of them held groups × vocabulary floats at
    # once: hundreds of MB for a large corpus); a group's rows are made dense one at a time
    tf = (ind @ m).astype(np.float64).tocsr()
    df = (ind @ (m > 0).astype(np.float64)).tocsr()
    words_per_class = np.asarray(tf.sum(axis=1))
    words_per_class[words_per_class == 0] = 1
    avg = tf.sum() / max(1, len(groups))        # counts: the sums are exact in any order
    idf = np.log(1 + avg / np.maximum(np.asarray(tf.sum(axis=0)).ravel(), 1))
    out: list[list[str]] = []
    nwords = np.array([len(v.split()) for v in vocab])
    for gi, g in enumerate(groups):
        need = 2 if len(g) >= 2 else 1
        score = tf[gi].toarray().ravel() / words_per_class[gi] * idf
        s = np.where(df[gi].toarray().ravel() >= need, score, 0.0)
        order = sorted(np.nonzero(s)[0], key=lambda j: (-s[j], -nwords[j], vocab[j]))
        chosen: list[str] = []
        for j in order:
            term = vocab[j]
            words = set(term.split())
            if any(words <= set(c.split()) for c in chosen):
                continue                       # already said by a longer phrase
            sub = [c for c in chosen if set(c.split()) < words]
            if sub:                            # a longer phrase subsumes an earlier word: replace
                chosen[chosen.index(sub[0])] = term
                chosen = [c for c in chosen if c not in sub[1:]]
            else:
                chosen.append(term)
            if len(chosen) >= top_n:
                break
        out.append(chosen)
    return out


@functools.lru_cache(maxsize=1 << 16)
def stems(text: str, size: int = 6) -> frozenset[str]:
    """The content words of a text as stems: words of four letters or more that are no stop
    word, cut to `size` letters ('educational' meets 'education'). What a suggestion shares with
    a group (`indicators.phrasing.suggested`, which asks for each passage of a group again for
    each suggestion: kept), a label with its cluster's statements (`semantic.carry`)."""
    return frozenset(w[:size] for w in re.findall(r"[a-z]{4,}", (text or "").lower())
                     if w not in STOP_WORDS)
