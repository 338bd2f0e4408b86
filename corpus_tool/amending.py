"""An amending act's quoted text: the provisions an act enacts by quoting them ("Section 4 of
Republic Act No. 7432 … is hereby further amended to read as follows:" / "“SEC. 4. … The senior
citizens shall be entitled to the following:" / "“(a) the grant of twenty percent (20%) discount
…" / … / "… as amended.”"). Elsewhere quoted text is another text's words (a judgment's "Article
15 of the GDPR states:"); here it is the act's own law, each paragraph opened by a quotation
mark and the last closed by one, so the marks are no quotation of the sentences they stand
around (a researcher's trial 29, P1: 39 of the 51 passages of the Philippines' RA 9994 with a
modal gave no statement)."""
from __future__ import annotations

import re
from typing import Iterable

# the formula that ends a paragraph (or a heading: "Section 5. Section 5 of the same Act, as
# amended, is hereby further amended to read as follows") and introduces the text it enacts:
# "… amended to read as follows:", "… as amended shall read as follows:" (not a treaty's
# "Article 9, paragraph 4, … shall read:", which applies an article as it quotes it), "… is
# hereby amended by inserting the following new section:", "the following paragraph is hereby
# added:", "The following new Part is hereby inserted … of the principal enactment :-" (Sri
# Lanka's Acts, and "(i) by the repeal of paragraph (b) … and the substitution therefor, of the
# following paragraph : –"), and the UK's "for subsection (2) substitute—", "after section 4
# insert—"
_FORMULA = re.compile(
    r"\b(?:(?:amended|modified|revised)\s+(?:so\s+as\s+)?to\s+read|"
    r"amended\b[^:]{0,200}?\bshall\s+(?:now\s+)?read)(?:\s+as\s+follows)?\s*:?\s*$|"
    r"\b(?:amended|supplemented)\s+by\s+(?:adding|inserting|substituting|replacing)\b"
    r"[^:]{0,160}?\bthe\s+following\b[^:]{0,80}:?\s*$|"
    r"\b[Tt]he\s+following\s+(?:\w+\s+){0,3}(?:is|are|shall\s+be)\s+(?:hereby\s+)?"
    r"(?:inserted|added|substituted)\b[^:]{0,200}(?::\s*[-\u2014\u2013]?)?\s*$|"
    r"\bby\s+the\s+(?:[^:]{0,120}?\bthe\s+)?(?:insertion|substitution|addition)\b[^:]{0,160}?"
    r"\bof\s+the\s+following\b[^:]{0,80}"
    r"(?::\s*[-\u2014\u2013]?)?\s*$")
# the UK's imperative forms: only an amending act writes them
_IMPERATIVE = re.compile(r"\b(?:substitute|insert)\s*[-\u2014\u2013:]\s*$")
# "hereby": the act speaks of its own amendment, not a judgment or a report of another's
_HEREBY = re.compile(r"\bhereby\b", re.I)

# a double quotation mark (any form), and the double prime some transcriptions print for one
_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2033]")
# the mark that closes the quoted text: the paragraph's last, before at most its punctuation
_CLOSES = re.compile("[\"\u201d\u00bb\u2033\u201c]\\s*(?:[.;,]\\s*(?:and|or)?\\s*)?$")


def amends(text: str, enacting: bool = False) -> bool:
    """Does the paragraph (or heading) end by introducing the text an act enacts by quoting it?
    In an enacting text (`enacting`) any amending formula does; elsewhere one that says
    "hereby", or the UK's "… substitute—"."""
    text = text.rstrip()
    return bool(_IMPERATIVE.search(text) or _FORMULA.search(text) and (
        enacting or _HEREBY.search(text)))


def enacted_marks(items: Iterable[tuple[str, str | None]], enacting: bool = False
                  ) -> list[list[int] | None]:
    """For each item of a document in order, a paragraph's text and the heading it starts
    under (None: under the same heading as the item before): None outside an amending act's
    quoted text, else the offsets of the quotation marks in the text that quote no one (the one
    opening the paragraph, the one closing the whole quotation; possibly none). The quoted text
    runs from the paragraph after the formula (or the first under a heading that ends with one)
    to the paragraph whose last mark closes it, or on to the next formula."""
    out: list[list[int] | None] = []
    running = False
    for text, heading in items:
        if heading is not None:
            running = running or amends(heading.rsplit(" > ", 1)[-1], enacting)
        if not running:
            out.append(None)
            running = amends(text, enacting)
            continue
        lead = len(text) - len(text.lstrip())
        opening = _MARK.match(text, lead)
        marks = [m.start() for m in _MARK.finditer(text, opening.end() if opening else 0)]
        end = _CLOSES.search(text)
        closing = end is not None and marks and marks[-1] == end.start() and len(marks) % 2
        out.append(([lead] if opening else []) + ([end.start()] if closing else []))
        running = not closing or amends(text, enacting)
    return out

