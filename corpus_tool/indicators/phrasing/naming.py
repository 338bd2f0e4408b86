"""The parts of an indicator draft's wording that belong to drafting: the key phrases of each
group of evidence against the other groups of its area (class-based TF-IDF,
`semantic.terms.label_terms`), the people a group's statements name and the three levels of
its scale. The title and question are the group's name (`corpus_tool.naming.name_group`).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpus_tool.indicators.phrasing.standards import beyond, short_of, with_standards
from corpus_tool.naming import adopted, names_body, sanctioned, state_measure, with_article
from corpus_tool.semantic.terms import label_terms

_BROADER = {"non-citizens": ("refugees", "asylum seekers", "stateless persons", "migrants",
                             "migrant workers and their families"),
            "migrants": ("migrant workers and their families", "refugees", "asylum seekers"),
            "workers": ("migrant workers and their families",),
            "everyone": ()}


def key_phrases(groups: Sequence[Sequence[str]], top_n: int = 6) -> list[list[str]]:
    """Class-based TF-IDF key phrases of each group of texts against the other groups."""
    return label_terms([list(g) for g in groups], top_n=top_n)


def who_of(beneficiaries: Sequence[Sequence[str]], texts: Sequence[str] = (), *,
           most: bool = False) -> str:
    """The people a group's statements name: names found in at least a third of them (two at
    most, the most frequent first, a narrower name hiding a broader one), in the words of the
    statements' `texts` (`in_their_words`); '' when none. With `most`, names found in more than
    half of them: the people a scale's levels cover ("covering all persons with disabilities
    concerned"), which limit the requirement to them, so one statement in two naming
    disability as a ground of discrimination does not (trial 25)."""
    n = max(1, len(beneficiaries))
    c: Counter = Counter()
    for bens in beneficiaries:
        for b in dict.fromkeys(bens):
            c[b] += 1
    named = [b for b in c if (2 * c[b] > n if most else c[b] >= max(1, n / 3))]
    named = [b for b in named if not any(x in named for x in _BROADER.get(b, ()))]
    if len(named) > 1 and "everyone" in named:
        named.remove("everyone")
    named.sort(key=lambda b: (-c[b], b))
    return " and ".join(in_their_words(named[:2], c, texts))


_GIRLS = re.compile(r"\bgirls?\b", re.I)
_WOMEN = re.compile(r"\b(?:wom[ae]n|mothers?|maternity|pregnant)\b", re.I)
_OLDER_WOMEN = re.compile(r"\b(?:older|elderly|aged)\s+women\b", re.I)


def in_their_words(named: list[str], counts: Counter, texts: Sequence[str]) -> list[str]:
    """The beneficiaries `named` (their `counts` among the statements) as the statements'
    `texts` say them: "women" where none speaks of girls ("covering all girls and women
    concerned" of women's pension rights), "older women" where every one that speaks of women
    speaks of older women, and that alone when they are all that speak of older persons
    ("protecting all girls and women and older persons concerned" of discrimination against
    older women: a researcher's trial 36, P6). No `texts`: the names as they are."""
    if "girls and women" not in named or not texts or any(_GIRLS.search(t or "") for t in texts):
        return list(named)
    women = [t for t in texts if _WOMEN.search(t or "")]
    older = bool(women) and all(_OLDER_WOMEN.search(t) for t in women)
    if older and "older persons" in named:
        if counts["older persons"] > counts["girls and women"]:
            return [b for b in named if b != "girls and women"]
        return ["older women"]
    return [("older women" if older else "women") if b == "girls and women" else b
            for b in named]


def deterrent(provision: str) -> str:
    """Penalties as a top level asks them: "effective, proportionate and dissuasive penalties
    for …" (after the article a provision may have)."""
    art, rest = re.match(r"(?i)((?:the|an?)\s+)?(.*)", provision).groups()
    return f"{art or ''}effective, proportionate and dissuasive {rest}"


def phrase_levels(*, provision: str, who: str, binding: bool, status: bool,
                  conditional: bool, policy: bool = False,
                  standards: Sequence[str] = ()) -> list[dict]:
    """The three levels of compliance, each saying what a country must have: the top one what the
    strongest sources ask (an enforceable entitlement in law when they are binding and the
    question asks the law; law or binding national policy when it asks the country or its
    authorities, `policy`) to the `standards` they set (a time limit, an age, a cost:
    `phrasing.standards`), the middle one less in scope (some of the people concerned, some
    regions), in force (non-binding) or short of those standards, the bottom one nothing. A
    prohibition or a penalty is no one's entitlement: its top level asks for remedies or
    sanctions for its breach, or penalties that deter, protecting the people concerned."""
    # not 'provides for provision of …'; a right with its article
    provision = with_article(re.sub(r"(?i)^provision of ", "", provision))
    standards = beyond(provision, standards)
    kind = sanctioned(provision)     # a prohibition or penalties: no one's entitlement (trial 31)
    binding = binding and not policy
    everyone = f"all {who} concerned" if who and who != "everyone" else "everyone concerned"
    # the middle level names whom it leaves out: "some of them" had no antecedent in its own
    # sentence (trial 21)
    some_of = f"some of the {who} concerned" if who and who != "everyone" else \
        "some of the people concerned"
    scope = ", whatever their residence status" if status else ""
    plan = adopted(provision) if policy else None
    if plan:        # a plan, policy or agreement the country adopts: say so at each level
        did, what = plan
        return [{"score": 100, "label": "full", "description":
                 f"The country has {did} {what}, covering {everyone}{scope}, in force "
                 "throughout the country."},
                {"score": 50, "label": "partial", "description":
                 f"The country has {did} {what}, but only for {some_of}, only in some "
                 "regions, or only as a draft or non-binding guidance."},
                {"score": 0, "label": "none", "description": f"The country has not {did} {what}."}]
    if names_body(provision):       # a body is set up, no one is entitled to it (trial 28)
        top = (f"The law establishes {provision} for the whole country." if binding else
               f"Law or binding national policy establishes {provision} for the whole country.")
    elif state_measure(provision) and not kind:     # no one's entitlement (trial 46, P5)
        top = (f"{'The law' if binding else 'Law or binding national policy'} provides for "
               f"{provision}, in force throughout the country.")
        mid = (f"The law or policy provides for {provision}, but only in part, only in some "
               "regions, or only in non-binding guidance, recommendations or pilot projects")
        mid += ", or only 'as far as practicable' or on request." if conditional else "."
        return [{"score": 100, "label": "full", "description": with_standards(top, standards)},
                {"score": 50, "label": "partial", "description": short_of(mid, standards)},
                {"score": 0, "label": "none", "description":
                 f"Neither law nor policy provides for {provision}."}]
    elif kind == "penalty" and binding:
        top = f"The law provides for {deterrent(provision)}, protecting {everyone}{scope}."
    elif kind == "prohibition" and binding:
        # remedies where the State itself must not (collective expulsion), sanctions where
        # others must not (recruitment fees)
        top = (f"The law provides for {provision}, protecting {everyone}{scope}, with remedies or "
               "sanctions for its breach.")
    elif binding:
        top = (f"The law provides for {provision}, covering {everyone}{scope}, as an "
               "enforceable entitlement.")
    else:
        top = (f"Law or binding national policy provides for {provision}, "
               f"{'protecting' if kind else 'covering'} {everyone}{scope}, throughout the "
               "country.")
    some = (f"{some_of} (for example only those with a residence permit)" if status
            else some_of)
    mid = (f"The law or policy provides for {provision}, but only for {some}, only in some "
           "regions, or only in non-binding guidance, recommendations or pilot projects")
    mid += {"prohibition": ", or without remedies or sanctions for its breach",
            "penalty": ", or only penalties too light to deter"}.get(kind, "")
    mid += ", or only 'as far as practicable' or on request." if conditional else "."
    low = f"Neither law nor policy provides for {provision}."
    return [{"score": 100, "label": "full", "description": with_standards(top, standards)},
            {"score": 50, "label": "partial", "description": short_of(mid, standards)},
            {"score": 0, "label": "none", "description": low}]

