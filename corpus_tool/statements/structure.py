"""What a document's structure says about units other than the one that says it: a lead-in
that introduces a quotation (what follows its colon is the quoted text's), the name a document
gives a body it sets up (where that body acts, the unit is machinery), and the form of a request
in a that-clause (worth parsing: the parse says who is to act, `mood.requested_clause`)."""
from __future__ import annotations

import re


# a unit that introduces a quotation ("Article 1177 provides as follows:", "… also recognizes
# the principle … by stating:"): what follows it is the quoted text's, not the unit's
_QUOTE_INTRO = re.compile(
    r"\b(?:provides|provided|reads|read|states|stated|stating|says|said|stipulates|stipulated)"
    r"(?:\s+(?:as\s+follows|in\s+the\s+following\s+terms|inter\s+alia|in\s+part))?\s*:\s*$|"
    # a judgment's lead-in that names the provision it is about to quote and nothing else:
    # "3 Under recital 4 of the GDPR:", "Under Article 2 of that directive:"
    r"^\W*(?:\d{1,3}\s+)?Under\s+(?:the\s+\w+\s+(?:sentence|subparagraph)\s+of\s+)?"
    r"(?:recitals?|Articles?|Clauses?|[Pp]aragraphs?|[Pp]oints?)\s+[\w()., -]{1,40}?\s*:\s*$")


def introduces_quotation(text: str) -> bool:
    """Does the (normalised) unit introduce a quotation ("Article 15 of the GDPR states:",
    "Under recital 4 of the GDPR:")? What follows its colon is the quoted text's."""
    return bool(_QUOTE_INTRO.search(text))


# a body a document sets up and names for itself: "The Group of experts on action against
# violence against women and domestic violence (hereinafter "GREVIO") shall monitor …"
_BODY_DEFINED = re.compile(
    r"\b(?:Group|Committee|Commission|Board|Panel|Council|Body|Mechanism|Conference|Meeting|"
    r"Assembly|Office|Subcommittee|Sub-committee)\b[^()\n]{0,120}?\(\s*(?:hereinafter|hereafter)"
    r"\s+(?:referred\s+to\s+as\s+|called\s+|the\s+)?[\"']?(?P<name>[A-Z][A-Za-z-]{2,30})"
    r"[\"']?\s*\)")


def defined_bodies(texts) -> frozenset[str]:
    """The names a document gives the bodies it sets up ("… (hereinafter "GREVIO")"), from its
    (normalised) passages: where such a body acts, the unit is treaty machinery."""
    return frozenset(m.group("name") for t in texts for m in _BODY_DEFINED.finditer(t))


# a request in a that-clause ("… requests that Justice and Witness Ministries join …"): worth
# parsing, the parse says who is to act (`mood.requested_clause`)
_ASKS_THAT = re.compile(r"\b(?:request|urge|ask|recommend|demand|insist)(?:s|ed)?\s+that\b", re.I)


def asks_that(text: str) -> bool:
    return bool(_ASKS_THAT.search(text))
