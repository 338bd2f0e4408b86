"""Who an indicator is about: the groups concerned, named from the statements' beneficiaries
and words, when no topic names them."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from corpus_tool.indicators.phrasing.gist import _join_and
from corpus_tool.indicators.phrasing.topics import _norm

_GROUP_WORDS = {
    "migrants": ("migrant", "migration", "non national", "non citizen", "foreign", "refugee",
                 "asylum", "undocumented", "unaccompanied", "separated", "stateless", "alien",
                 "immigrant", "irregular"),
    "minorities": ("minorit", "linguistic minorit", "ethnic", "roma"),
    "indigenous": ("indigenous", "tribal"),
    "disabilities": ("disabilit", "disabled"),
    "girls": ("girl", "women", "woman", "female"),
}


_STATUS_RE = re.compile(
    r"\b(irrespective of (their |the |his or her )?(migration |legal |residence |immigration )?status"
    r"|regardless of (their |the |his or her )?(migration |legal |residence |immigration )?status"
    r"|undocumented|irregular (migration |residence )?status|irregular situation"
    r"|without (a )?residence permit|migration status)\b", re.I)


def concerned_groups(beneficiaries: Iterable[str], texts: Iterable[str]) -> Counter:
    """Count how often each group of concern appears among the statements' beneficiaries (or, when
    the extractor left them empty, in the statement text)."""
    c: Counter = Counter()
    for ben, text in zip(beneficiaries, texts):
        hay = _norm(ben) if ben and ben.strip() else _norm(text)
        hay = hay.replace(" ", " ")
        for group, words in _GROUP_WORDS.items():
            if any(w in hay for w in words):
                c[group] += 1
    return c


def mentions_status(texts: Iterable[str]) -> bool:
    return any(_STATUS_RE.search(t or "") for t in texts)


def who_phrase(groups: Counter, n: int, *, compare: bool = False,
               migrant_education: bool = True) -> str:
    """How the groups concerned read in a title or question: 'migrant pupils', 'migrant and
    minority pupils', 'pupils with disabilities'…  A group is named when at least a fifth of the
    statements (and at least one) concern it; pupils with disabilities alone only when they are
    the subject of half the statements. `compare`: the question compares with nationals or other
    pupils, so the subject is the migrant pupils themselves. `migrant_education`: the codebook is
    about the education of migrants; otherwise nobody is called a migrant pupil by default."""
    keep = {g for g, k in groups.items() if k >= max(1, n / 5)}
    mig = "migrants" in keep
    mino = "minorities" in keep or "indigenous" in keep
    if mig and mino:
        base = "migrant and minority pupils"
    elif mig:
        base = "migrant pupils"
    elif "minorities" in keep and "indigenous" in keep:
        base = "pupils from national minorities and indigenous peoples"
    elif "indigenous" in keep:
        base = "indigenous pupils"
    elif "minorities" in keep:
        base = "pupils belonging to national minorities"
    elif groups.get("disabilities", 0) >= max(1, n / 2) and not compare:
        return "pupils with disabilities"
    elif not migrant_education:
        return "non-national pupils" if compare else "all pupils"
    else:
        return "migrant pupils" if compare else "all pupils including migrant pupils"
    if "disabilities" in keep and groups.get("disabilities", 0) >= max(1, n / 3):
        base += " (including those with disabilities)"
    return base


_BENEFICIARY_WORDS = {
    "children": "children", "parents": "parents", "girls and women": "girls and women",
    "migrant workers and their families": "migrant workers and their families",
    "migrants": "migrants", "refugees": "refugees", "asylum seekers": "asylum seekers",
    "non-citizens": "non-citizens", "stateless persons": "stateless persons",
    "minorities": "persons belonging to minorities", "indigenous peoples": "indigenous peoples",
    "persons with disabilities": "persons with disabilities", "workers": "workers",
}


# a more specific name makes a broader one redundant
_NARROWER = {"non-citizens": ("refugees", "asylum seekers", "stateless persons", "migrants",
                              "migrant workers and their families"),
             "migrants": ("migrant workers and their families", "refugees", "asylum seekers"),
             "workers": ("migrant workers and their families",)}


_MIGRATION = re.compile(r"\b(migra\w*|immigra\w*|refugee\w*|asylum|non-nationals?|foreign "
                        r"nationals?)\b", re.I)


_EDUCATION_WORDS = re.compile(r"\b(educat\w*|school\w*|pupil\w*|teach\w*|curricul\w*|"
                              r"learn\w*|student\w*)\b", re.I)


def codebook_about_migrant_education(texts: Iterable[str]) -> bool:
    """Whether a codebook (its title, area names, definitions, coding notes) is about the
    education of migrants: only then do drafts speak of 'migrant pupils' by default."""
    hay = " ".join(t for t in texts if t)
    return bool(_MIGRATION.search(hay)) and bool(_EDUCATION_WORDS.search(hay))


def beneficiary_phrase(beneficiaries: Sequence[Sequence[str]], texts: Sequence[str], *,
                       migrant_education: bool) -> str:
    """Who a generic draft speaks of: the beneficiaries its statements name (at least a third of
    them, at most two names, most frequent first), else 'all pupils including migrant pupils'
    when they say 'everyone', else 'all pupils including migrant pupils' when the codebook is
    about migrant education and the statements about education, else 'everyone concerned'."""
    n = max(1, len(beneficiaries))
    c: Counter = Counter()
    for bens in beneficiaries:
        for b in dict.fromkeys(bens):
            c[b] += 1
    named = [b for b in c if b in _BENEFICIARY_WORDS and c[b] >= max(1, n / 3)]
    named = [b for b in named if not any(x in named for x in _NARROWER.get(b, ()))]
    order = list(_BENEFICIARY_WORDS)
    named.sort(key=lambda b: (-c[b], order.index(b)))
    if named:
        return _join_and([_BENEFICIARY_WORDS[b] for b in named[:2]])
    if c.get("everyone", 0) >= max(1, n / 3):
        return "everyone"
    about_education = any(_EDUCATION_WORDS.search(t or "") for t in texts)
    if migrant_education and about_education:
        return "all pupils including migrant pupils"
    return "everyone concerned"
