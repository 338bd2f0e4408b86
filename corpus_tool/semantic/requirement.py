"""The requirement of a statement, as text to embed: what is required and for whom, rather than
who must do it or which instrument says so.

Clustering whole sentences groups statements by their instrument's wording ("The Contracting
States shall …", "The Committee recommends that States parties …"); clustering the requirement
lets the same requirement in a treaty and in a General Comment meet. The requirement is the
statement's predicate: its sentence from the aim on, which holds the aim, the object and the
condition in their own words ("ensure that residential facilities do not restrict children's
movements"), the actor and whatever precedes it dropped; then the people it benefits, when the
predicate does not name them ("… for children"). A statement without an actor (a passive: "Primary
education shall be free") or whose aim is not found keeps its whole sentence: there the subject
is what is required. Measured against clustering on the object, aim and condition alone, and on
the whole sentence, by `python -m benchmarks cluster`."""
from __future__ import annotations

import re

from corpus_tool.semantic.items import Item

ON = ("sentence", "requirement")
_ENUMERATOR = re.compile(r"^\s*(?:\(?[a-z0-9ivx]{1,4}[).]\s+)+", re.I)


def predicate(item: Item) -> str:
    """The sentence from the aim on, when an actor precedes it; else the whole sentence
    (without a leading enumerator such as '2.' or '(b)')."""
    text = _ENUMERATOR.sub("", " ".join(item.text.split()))
    aim = " ".join(item.aim.split())
    if not item.actor or not aim:
        return text
    m = re.search(r"\b" + re.escape(aim) + r"\b", text, re.I)
    return text[m.start():] if m else text


def requirement_text(item: Item) -> str:
    """What one item requires, and for whom (see the module docstring); a passage is its text."""
    text = predicate(item)
    low = text.lower()
    people = [b for b in item.beneficiaries if b.split()[0].lower() not in low]
    return text + (" for " + " and ".join(people) if people else "")


def texts_on(items, on: str) -> list[str]:
    """The text of each item to embed when clustering on `on` (sentence or requirement)."""
    if on == "sentence":
        return [it.text for it in items]
    return [requirement_text(it) for it in items]
