"""The short forms a document defines for the people it protects, read as their long forms.

A statute or a report names a group once in full with its short form in brackets ("Indigenous
Cultural Communities/Indigenous Peoples (ICCs/IPs)", "persons with disabilities (PWDs)") and
then by the short form alone: "The State shall protect the rights of ICCs/IPs to their ancestral
domains." Neither the lexicon of groups nor a person noun reads "ICCs/IPs", so 102 of the 130
statements of the Philippines' Indigenous Peoples' Rights Act that name them had no beneficiary
(a researcher's trial 26). A short form is taken as defined when its capitals are the initials
of the words just before the bracket (the long form; "of", "and", "the" … may sit between
them; a slashed short form against a slashed long form, part by part), after Schwartz and
Hearst's rule for abbreviations in text (2003).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from corpus_tool.statements.groups import beneficiaries as lexicon_groups

# "(ICCs/IPs)", "(PWDs)", "(NCIP)": capitals, a plural "s" after a part, parts joined by "/"
_DEFINED = re.compile(r"\(((?:[A-Z][A-Za-z]{0,3}?[A-Z]+s?)(?:/[A-Z][A-Za-z]{0,3}?[A-Z]+s?)*)\)")
_MINOR = {"of", "and", "the", "for", "on", "in", "to", "with", "a", "an", "or"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _long_form(words: list[str], short: str) -> str | None:
    """The words at the end of `words` whose initials spell `short`'s capitals, minor words
    allowed between them, or None."""
    letters = [c for c in re.sub(r"s$", "", short) if c.isupper()]
    k, i = len(letters) - 1, len(words) - 1
    start = None
    while k >= 0 and i >= 0:
        w = words[i]
        if w[0].upper() == letters[k]:      # ("with" is the W of "PWDs")
            k, start = k - 1, i
        elif w.lower() not in _MINOR or start is None:
            return None
        i -= 1
    return " ".join(words[start:]) if k < 0 and start is not None else None


def defined(texts: Iterable[str]) -> dict[str, str]:
    """Short form → long form of every short form the texts define (the first definition of
    each; a slashed one also part by part)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            short = m.group(1)
            before = text[max(0, m.start() - 200):m.start()]
            shorts, longs = short.split("/"), before.rstrip().split("/")
            if len(longs) < len(shorts):
                continue
            # the long form's last parts, each against its short form
            found = []
            tail = longs[-len(shorts):]
            for s, lf in zip(shorts, tail):
                words = _WORD.findall(lf)
                got = _long_form(words, s)
                if got is None:
                    break
                found.append(got)
            if len(found) == len(shorts):
                out.setdefault(short, "/".join(found))
                for s, lf in zip(shorts, found):
                    out.setdefault(s, lf)
    return out


def used(text: str, forms: dict[str, str]) -> list[str]:
    """The defined short forms `text` uses, as words, in order of first use."""
    return [s for s in forms if re.search(rf"(?<![\w/]){re.escape(s)}(?![\w/])", text)]


def groups(text: str, forms: dict[str, str]) -> set[str]:
    """The groups of people the long forms of the short forms `text` uses name (the lexicon's
    canonical names)."""
    out: set[str] = set()
    for s in used(text, forms):
        out |= set(lexicon_groups(forms[s]))
    return out
