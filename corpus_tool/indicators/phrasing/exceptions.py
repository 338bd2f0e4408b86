"""Sources that state an exception to what a group of evidence provides.

A treaty's grounds for refusing what it grants ("A request for environmental information may be
refused if: (a) The public authority … does not hold the environmental information requested")
are near in meaning to the grant itself, and a suggestion made of them joined the group of the
right it limits: the right to request information was drafted as "grounded in" Aarhus Art. 4(3)
(a researcher's trial 27, P1). A suggestion that refuses, withholds, restricts or exempts joins
only a group that states or names such an exception itself (an indicator of the exceptions:
"The aforementioned grounds for refusal shall be interpreted in a restrictive way").

So does a clause that takes a remedy away ("No appeal shall lie against any order of ejectment
…", "… shall not be entitled to contest …", "the issue … of a writ of possession … shall not be
stayed"): a Sri Lankan summary-ejectment law was drafted as the "binding" ground of "Eviction
only by court order with legal remedies and legal aid" (a researcher's trial 32, P3). And a
saving clause that keeps others' rights as they were (trial 44, P2).
"""
from __future__ import annotations

import re

# the act of a statement (its aim, as the statements stage reads it) that limits a grant
_LIMITING = re.compile(r"(?i)^(?:refus|den(?:y|ie)|withh[eo]ld|reject|restrict|limit|exclud|"
                       r"exempt|derogat|declin|suspend|revok|curtail)")


# a clause that takes a remedy away: no appeal, suit or review lies, a decision may not be
# contested, questioned or stayed
_OUSTING = re.compile(r"(?i)\bno\s+(?:appeal|suit|action|review|application|revision|"
                      r"(?:legal\s+)?proceedings?)\b[^.;]{0,80}?\bshall\s+(?:lie|be\s+"
                      r"(?:entertained|maintainable|brought|instituted))\b|"
                      r"\bshall\s+not\s+be\s+(?:entitled\s+to\s+contest|called\s+in\s+question|"
                      r"stayed|questioned|appealable)\b")


# a clause that keeps others' rights as they were: a proviso that titles granted before stay
# valid, rights "already existing and/or vested" recognised, "Nothing in this Act shall be
# construed …". The Philippines' Indigenous Peoples' Rights Act's s. 78 ("Provided, That prior
# land rights and titles recognized … shall remain valid") and s. 56 were suggested as sources
# of recognising indigenous ownership, which they limit (a researcher's trial 44, P2)
_SAVING = re.compile(r"(?i)\b(?:(?:existing|vested|acquired|prior)\s+(?:[\w/-]+\s+){0,3}"
                     r"(?:rights?|titles?|claims?)|(?:rights?|titles?)\b[^.;]{0,80}?\b(?:already\s+)?"
                     r"(?:existing|vested|acquired))\b[^.;]{0,200}?\bshall\s+(?:remain\s+valid|"
                     r"be\s+recogni[sz]ed|be\s+respected|not\s+be\s+(?:affected|impaired|"
                     r"prejudiced|diminished))|"
                     r"\bnothing\s+in\s+this\s+(?:act|convention|law|article|part|chapter|section|"
                     r"protocol|declaration|regulation)\s+(?:shall|may)\s+(?:be\s+(?:construed|"
                     r"interpreted|deemed)|affect|prejudice|impair|derogate)")


def limits(e) -> bool:
    """Does the evidence (`indicators.Evidence`) state an exception: its act refuses,
    withholds, restricts, exempts …, it takes a remedy away (`_OUSTING`), or it keeps others'
    rights as they were (`_SAVING`)?"""
    text = e.text or e.quote or ""
    return bool(_LIMITING.match(e.aim or "") or _OUSTING.search(text) or _SAVING.search(text))


# what a statement about exceptions names: "grounds for refusal", "exempt information"
_NAMES_EXCEPTIONS = re.compile(r"(?i)\b(?:refus|exempt|exception|withh[eo]ld|derogat|"
                               r"restriction|limitation)\w*")


def may_join(items, e) -> bool:
    """May the suggestion `e` join a group of these `items`? Not one stating an exception to a
    group none of whose statements states or names one."""
    return not limits(e) or any(limits(x) or _NAMES_EXCEPTIONS.search(x.text or x.quote or "")
                                for x in items)
