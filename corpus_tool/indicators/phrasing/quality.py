"""Quality checks of an indicator's wording and footing, used by `indicators validate`.

- `title_problem`, `question_problem` (from `corpus_tool.naming.quality`) and `phrase_problem`
  (`corpus_tool.naming.syntax`, the parse): a title that is no whole noun phrase, a question
  that is no question.
- `names_no_provision`: a title naming a bare subject or people, not what is required.
- `near_duplicates`: pairs of indicators that say the same thing (cosine of their title +
  question embeddings, within and across areas).
- `unrelated_message`: the sources whose statement shares no key term with the indicator, in
  one warning.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from corpus_tool.naming.bare import BODIES, PEOPLE, is_bare
from corpus_tool.naming.quality import question_problem, title_problem
from corpus_tool.naming.wording import names_a_harm, without_no
from corpus_tool.naming.syntax import phrase_problem
from corpus_tool.semantic.naming import content_words, head_stem

NEAR_DUPLICATE_MIN = 0.92


def near_duplicates(items: Sequence[tuple[str, str]], embed: Callable[[list[str]], np.ndarray],
                    *, min_similarity: float = NEAR_DUPLICATE_MIN) -> list[tuple[str, str, float]]:
    """(id, id, cosine) for every pair of indicators whose title + question say the same thing.
    `items`: (id, title + ' ' + question)."""
    if len(items) < 2:
        return []
    m = np.asarray(embed([t for _, t in items]), dtype=np.float64)
    n = np.linalg.norm(m, axis=1, keepdims=True)
    n[n == 0] = 1.0
    m = m / n
    sims = m @ m.T
    out = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if sims[i, j] >= min_similarity:
                out.append((items[i][0], items[j][0], round(float(sims[i, j]), 3)))
    return out


_STOP = {"the", "and", "for", "shall", "all", "any", "their", "its", "which", "with", "such",
         "this", "that", "states", "parties", "party", "state", "have", "has", "been", "are",
         "not", "who", "from", "into", "other", "also", "may", "should", "must", "will", "law",
         "does", "provide", "provides", "ensure", "whatever", "regardless", "status",
         "residence", "their", "they", "them", "those", "these", "every", "each", "concerned",
         "everyone", "take", "measures", "appropriate", "including", "guarantee", "make"}


def key_terms(text: str) -> set[str]:
    """Content-word stems of a text (first six letters), for the shared-term check."""
    return {w[:6] for w in re.findall(r"[a-z]{3,}", (text or "").lower()) if w not in _STOP}


# words that say what kind of thing, never which: a title made of them alone names nothing
# ('Support for services', 'Establishment of programs', 'Relevant measures')
_GENERAL = frozenset(content_words("""support services measures programmes programs
establishment provision development action steps policies activities mechanisms relevant
appropriate necessary such other various forms effective adequate specific special certain
matters issues framework arrangements procedures implementation use means ways efforts
initiatives plans systems facilities structures legislation laws"""))


def names_no_provision(title: str) -> str | None:
    """What a title names instead of a provision, or None: a bare subject ('Health services',
    'Procedure': `naming.bare.is_bare`, or one word), or people ('Child victims', 'Workers in a
    regular situation and members of their families'); a body named with what it is for
    ('Official coordinating body for policies on …') is a requirement. Or general words alone
    ('Support for services', 'Relevant measures'): of the judged drafts a reader rejected all
    four such titles (`benchmarks/data/drafting_title_judgments.csv`). Of today's judged drafts of the
    held-out examples a reader rejected all 23 such titles (64 % of all); on the development
    projects, whose naming was tuned there, 2 of 7 ('Equal pay' and 'Written contracts' name a
    well-known entitlement): `benchmarks/data/README.md`, 'Titles that name no provision'."""
    have = set(content_words(title))
    if have and (have <= PEOPLE or head_stem(title) in PEOPLE - BODIES):
        return "people, not what is required for them"
    if len(title.split()) == 1 or is_bare(title):
        return "a subject, not what is required of it"
    if have and have <= _GENERAL:
        return "nothing specific, in general words only (of what, for whom?)"
    return None


def unrelated_sources(title: str, question: str,
                      sources: Sequence[tuple[str, str | None]]) -> list[str]:
    """The labels of the `sources` ((label, statement text)) that share no key term with the
    indicator's title and question. A source whose text is None, in a language other than the
    wording's, is not compared."""
    terms = key_terms(f"{title} {question}")
    return [label for label, text in sources
            if terms and text is not None and not (terms & key_terms(text))]


def mostly_unrelated(n_unrelated: int, n_sources: int) -> bool:
    """Do half the sources or more share no key term with the wording (`unrelated_message`)?"""
    return n_sources > 1 and 2 * n_unrelated >= n_sources


def unrelated_message(labels: Sequence[str], n_sources: int) -> str:
    """One warning for the sources of an indicator sharing no key term with its title and
    question: how many of how many, each place once (with its number of quotes), and, when
    they are half its sources or more, that the wording may say less than the sources require
    (on the held-out examples' judged drafts a reader rejected 88 % of such titles, against
    64 % of all; on the development projects it does not separate: `benchmarks/data/README.md`,
    'Sources the wording does not speak for')."""
    counts = Counter(labels)
    places = "; ".join(f"{label} ({n} quotes)" if n > 1 else label for label, n in counts.items())
    noun = "source" if n_sources == 1 else "sources"
    verb = "shares" if len(labels) == 1 else "share"
    msg = f"{len(labels)} of {n_sources} {noun} {verb} no key term with the indicator: {places}"
    if mostly_unrelated(len(labels), n_sources):
        msg += " (the title and question may be narrower than what its sources require)"
    return msg


def indicator_problems(*, title: str, question: str, sources: Sequence[tuple[str, str]],
                       source_texts: Sequence[str] = (), written: bool = False) -> list[str]:
    """The wording and footing problems of one indicator, as warning texts. `sources`:
    (label, statement text) of its live sources. A title a researcher wrote (`written`) is not
    read for what garbles a drafted one (a phrase the parse does not read as one, a reduced
    clause): 'Culturally appropriate consultation procedure and information' and 'Restitution
    of or compensation for lands taken' are a person's good noun phrases (trial 26, P10)."""
    out = []
    tp = title_problem(title, source_texts)
    if written and tp and tp.startswith("garbled"):
        tp = None
    tp = tp or (None if written else phrase_problem(title))
    if tp:
        out.append(f"title is not a whole noun phrase ({tp}): {title!r}")
    else:
        what = names_no_provision(title)
        if what:
            out.append(f"title may name {what}: {title!r} (what must the law or the "
                       "authorities do?)")
    qp = question_problem(question)
    if qp:
        out.append(f"question: {qp}: {question!r}")
    elif (m := re.match(r"Does the law provide for (?:the )?(.+)\?$", question)) and (
            names_a_harm(m.group(1)) or without_no(m.group(1)) != m.group(1)):
        out.append(f"question asks whether the law provides for a wrong: {question!r} (ask "
                   "whether it prohibits or limits it, and say so in the levels)")
    elif re.search(r"(?i)\b(?:prohibit|ban|forbid|outlaw)s?\s+(?:the\s+)?no\b",
                   question):
        out.append(f"question asks to prohibit a negation, the opposite of what it means: "
                   f"{question!r}")
    elif re.search(r"(?i)\b(?:prohibit|ban|forbid|outlaw)s?\b[^?]*\b(?:only|last resort)\b",
                   question):     # "prohibit eviction only by court order" (trial 32, P1)
        out.append(f"question asks to prohibit what its sources allow only under a condition, "
                   f"the opposite of what they mean: {question!r} (ask whether the law allows "
                   "it only so)")
    unrelated = unrelated_sources(title, question, sources)
    if unrelated:
        out.append(unrelated_message(unrelated, len(sources)))
    if len(sources) == 1:
        out.append("rests on one source only")
    return out


def framework_quality(indicators: Sequence[tuple[str, str, str, Sequence[tuple[str, str]]]],
                      embed: Callable[[list[str]], np.ndarray] | None, *,
                      written: frozenset[str] | set[str] = frozenset()) -> dict[str, list[str]]:
    """Quality warnings per indicator id. `indicators`: (id, title, question, [(source label,
    quote)] of its live sources). Near-duplicates are looked for when `embed` is given. A title
    a researcher wrote (its id in `written`) is not read for a draft's garbling
    (`indicator_problems`), nor against its sources' words: that check
    finds words the drafts ran together, and a person's own phrasing ('Criminalisation of forced
    marriage') need not be its sources' ('forced into marriage'; a researcher's trial 22)."""
    out: dict[str, list[str]] = {}
    for iid, title, question, sources in indicators:
        texts = [] if iid in written else [q for _, q in sources if q is not None]
        probs = indicator_problems(title=title, question=question, sources=sources,
                                   source_texts=texts, written=iid in written)
        if probs:
            out.setdefault(iid, []).extend(probs)
    if embed is not None:
        pairs = near_duplicates([(iid, f"{t}. {q}") for iid, t, q, _ in indicators], embed)
        for a, b, sim in pairs:
            out.setdefault(a, []).append(f"near-duplicate of {b} (cosine {sim:.2f} on title "
                                         "and question)")
            out.setdefault(b, []).append(f"near-duplicate of {a} (cosine {sim:.2f} on title "
                                         "and question)")
    return out
