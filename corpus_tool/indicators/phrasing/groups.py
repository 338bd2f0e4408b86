"""Who an indicator is about: the groups concerned, named from the statements' beneficiaries
and words, when no topic names them."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from corpus_tool.indicators.phrasing.naming import in_their_words
from corpus_tool.indicators.phrasing.topics import People, norm
from corpus_tool.naming.bare import PEOPLE
from corpus_tool.naming.gist import join_and
from corpus_tool.semantic.terms import stems

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
        hay = norm(ben) if ben and ben.strip() else norm(text)
        hay = hay.replace(" ", " ")
        for group, words in _GROUP_WORDS.items():
            if any(w in hay for w in words):
                c[group] += 1
    return c


def mentions_status(texts: Iterable[str]) -> bool:
    return any(_STATUS_RE.search(t or "") for t in texts)


_PEOPLE_STEMS = stems(" ".join(PEOPLE | {w + "s" for w in PEOPLE}))
# words of provision any title may hold ('Access to …', 'Adoption of …', 'Right to …')
_PROVISION_STEMS = stems("""right rights access provision respect protection measure measures
effective equal adoption establishment development promotion guarantee encourage ensure""")
_CLAUSE = re.compile(r"(?i)\s(?:that|which|who|whose|where)\s.*$")


def status_said_of(title: str, texts: Iterable[str]) -> bool:
    """Is the residence-status condition said of what `title` names: does a statement that says
    it share a content word with the title's noun phrase (before any relative clause), other
    than the people it names and the words of provision any title holds? A group a third of
    whose statements say "irrespective of their migration status" of one provision
    ("encourage self-organization among migrant workers, irrespective of their migration
    status") is not thereby titled with it when its title names another ("Adoption of
    strategies regardless of residence status", "Public life regardless of residence status":
    examples/political-participation, rejected by a blind reader)."""
    words = stems(_CLAUSE.sub("", title)) - _PEOPLE_STEMS - _PROVISION_STEMS
    return any(words & stems(t) for t in texts if mentions_status([t]))


def who_phrase(groups: Counter, n: int, *, compare: bool = False,
               people: People = People()) -> str:
    """How the groups concerned read in a title or question, in the project's words (`people`,
    from its topics overlay; general words by default): migrants, migrants and minorities,
    persons with disabilities… A group is named when at least a fifth of the statements (and at
    least one) concern it; persons with disabilities alone only when they are the subject of half
    the statements. `compare`: the question compares with nationals or others, so the subject is
    the people compared (`people.compared`) when no group is named."""
    keep = {g for g, k in groups.items() if k >= max(1, n / 5)}
    mig = "migrants" in keep
    mino = "minorities" in keep or "indigenous" in keep
    if mig and mino:
        base = people.migrants_and_minorities
    elif mig:
        base = people.migrants
    elif "minorities" in keep and "indigenous" in keep:
        base = people.minorities_and_indigenous
    elif "indigenous" in keep:
        base = people.indigenous
    elif "minorities" in keep:
        base = people.minorities
    elif groups.get("disabilities", 0) >= max(1, n / 2) and not compare:
        return people.disabilities
    else:
        return people.compared if compare else people.everyone
    if "disabilities" in keep and groups.get("disabilities", 0) >= max(1, n / 3):
        base += " (including those with disabilities)"
    return base


_BENEFICIARY_WORDS = {
    "children": "children", "parents": "parents", "girls and women": "girls and women",
    "migrant workers and their families": "migrant workers and their families",
    "migrants": "migrants", "refugees": "refugees", "asylum seekers": "asylum seekers",
    "non-citizens": "non-citizens", "stateless persons": "stateless persons",
    "minorities": "persons belonging to minorities", "indigenous peoples": "indigenous peoples",
    "persons with disabilities": "persons with disabilities", "older persons": "older persons",
    "workers": "workers",
}


# a more specific name makes a broader one redundant
_NARROWER = {"non-citizens": ("refugees", "asylum seekers", "stateless persons", "migrants",
                              "migrant workers and their families"),
             "migrants": ("migrant workers and their families", "refugees", "asylum seekers"),
             "workers": ("migrant workers and their families",)}


def beneficiary_phrase(beneficiaries: Sequence[Sequence[str]], texts: Sequence[str], *,
                       people: People = People(), domain: re.Pattern | None = None) -> str:
    """Who a draft no topic fits speaks of: the beneficiaries its statements name (at least a
    third of them, at most two names, most frequent first), else 'everyone' when they say so,
    else the project's word for everyone concerned (`people.everyone`) when the statements use
    the words of its domain (`domain`, the overlay's `suggestion_words`; any statement without
    them), else 'everyone concerned'."""
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
        return join_and([_BENEFICIARY_WORDS.get(w, w) for w in in_their_words(named[:2], c, texts)])
    if c.get("everyone", 0) >= max(1, n / 3):
        return "everyone"
    if domain is None or any(domain.search(t or "") for t in texts):
        return people.everyone
    return "everyone concerned"
