"""The act a group's prohibitions forbid, when its title names it: "Administrative dissolution"
of "… shall not be liable to be dissolved or suspended by administrative authority" (ILO C87
Art. 4), "Acquiesce in any cruel, inhumane or degrading treatment …" of "No person shall
administer, instigate, consent to or acquiesce in …" (Canada's CCRA s. 69). Asked whether the
law "provides for" it, a draft's question and full level asked for what the sources forbid
(trials 45 and 47); it is asked as its prohibition (`names_prohibited`), a verb as the act
(`as_act`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from corpus_tool.naming.wording import names_a_harm, title_head

# first words of a title that are no forbidden act, whatever the sources forbid
_NOT_ACTS = frozenset({"right", "rights", "freedom", "access", "protection", "equal"})
# the acts a prohibition forbids: "shall not be liable to be dissolved or suspended", "shall not
# be expelled", "No person shall administer, instigate, consent to or acquiesce in …"
_FORBIDS = re.compile(r"\b(?:(?:shall|must|may|should)\s+not|(?<![a-z])no\s+"
                      r"(?:one|person|[a-z]+)\s+(?:shall|may|must))\s+"
                      r"(?:be\s+liable\s+to\s+)?(?:be\s+)?"
                      r"((?:[a-z]+ly\s+)?[a-z]+(?:(?:,\s*|\s+(?:or|and)\s+)(?:[a-z]+ly\s+)?[a-z]+"
                      r"(?:\s+(?:to|in))?){0,4})", re.I)


def names_prohibited(title: str, texts: Sequence[str], strengths: Sequence[str]) -> bool:
    """Does the title name the act most of its statements prohibit ("Administrative
    dissolution" of "Workers' organisations shall not be liable to be dissolved or suspended by
    administrative authority", ILO C87 Art. 4; "Acquiesce in any cruel, inhumane or degrading
    treatment …" of "No person shall administer, instigate, consent to or acquiesce in any
    cruel, inhumane or degrading treatment …", Canada's CCRA s. 69)? Asked whether the law
    "provides for" it, the question and the full level asked for the act the sources forbid
    (trial 45's drafts, read again; trial 47, P1). By the title's first word, or its nouns
    before a preposition, against the forbidden verbs (their first four letters: "dissolution"
    of "dissolved")."""
    if 2 * sum(s == "prohibition" for s in strengths) <= len(strengths) or names_a_harm(title):
        return False
    head = title_head(title)
    nouns = {w[:4] for w in head if len(w) > 5 and re.search(r"(?:tion|sion|ment|al|ure)s?$", w)}
    verbs = _forbidden(texts)
    first = head[0] if head else ""
    return bool(nouns & verbs) or first[:4] in verbs and first not in _NOT_ACTS


def _forbidden(texts: Sequence[str]) -> set[str]:
    """The first four letters of the verbs `texts` forbid (`_FORBIDS`)."""
    verbs: set[str] = set()
    for t in texts:
        for m in _FORBIDS.finditer(t or ""):
            for piece in re.split(r",\s*|\s+(?:or|and)\s+", m.group(1)):
                words = [w for w in piece.split() if not w.lower().endswith("ly")]
                if words:
                    verbs.add(words[0].lower()[:4])
    return verbs


def as_act(phrase: str, texts: Sequence[str]) -> str:
    """A forbidden act a title names by the verb `texts` forbid, as the law prohibits it:
    "acquiesce in any cruel … treatment" → "acquiescing in any cruel … treatment" ("Does the
    law prohibit acquiesce in …?" was no question, trial 47, P1); a noun phrase as it is."""
    m = re.match(r"([a-z]+)(\b.*)", phrase, re.S)
    if not m or re.search(r"(?:tion|sion|ment|al|ure|ing|ive|s)$", m[1]) or \
            m[1] in _NOT_ACTS or m[1][:4] not in _forbidden(texts):
        return phrase
    verb = m[1][:-1] if m[1].endswith("e") and not m[1].endswith("ee") else m[1]
    return f"{verb}ing{m[2]}"
