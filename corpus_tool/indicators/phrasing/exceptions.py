"""Sources that state an exception to what a group of evidence provides.

A treaty's grounds for refusing what it grants ("A request for environmental information may be
refused if: (a) The public authority … does not hold the environmental information requested")
are near in meaning to the grant itself, and a suggestion made of them joined the group of the
right it limits: the right to request information was drafted as "grounded in" Aarhus Art. 4(3)
(a researcher's trial 27, P1). A suggestion that refuses, withholds, restricts or exempts joins
only a group that states or names such an exception itself (an indicator of the exceptions:
"The aforementioned grounds for refusal shall be interpreted in a restrictive way").
"""
from __future__ import annotations

import re

# the act of a statement (its aim, as the statements stage reads it) that limits a grant
_LIMITING = re.compile(r"(?i)^(?:refus|den(?:y|ie)|withh[eo]ld|reject|restrict|limit|exclud|"
                       r"exempt|derogat|declin|suspend|revok|curtail)")


def limits(e) -> bool:
    """Does the evidence (`indicators.Evidence`) state an exception: its act refuses,
    withholds, restricts, exempts …?"""
    return bool(_LIMITING.match(e.aim or ""))


# what a statement about exceptions names: "grounds for refusal", "exempt information"
_NAMES_EXCEPTIONS = re.compile(r"(?i)\b(?:refus|exempt|exception|withh[eo]ld|derogat|"
                               r"restriction|limitation)\w*")


def may_join(items, e) -> bool:
    """May the suggestion `e` join a group of these `items`? Not one stating an exception to a
    group none of whose statements states or names one."""
    return not limits(e) or any(limits(x) or _NAMES_EXCEPTIONS.search(x.text or x.quote or "")
                                for x in items)
