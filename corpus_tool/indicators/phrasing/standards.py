"""The concrete standards an indicator's sources set, for its top level to say what a country
must have: a time limit ("not later than 20 working days"), an age ("not less than 15 years"),
a cost ("free of charge"), a form ("in writing", "with reasons"), a remedy ("a right of appeal").
Three researchers' trials (28–30) judged 0, 4 and 0 of 20 levels concrete: every level said
"The law provides for …, covering everyone concerned, as an enforceable entitlement", and the
twenty-working-day limit its sources set was in none (trial 30, P3).

Each kind is read from the statements' text by its own pattern; of a kind, the phrase most of
the statements say is kept (the first said on a tie, annotations coming first), so that two
sources' different limits do not both become the standard; in a group of three statements or
more, a kind only one of them says is left out ("free of charge" of one legal-aid statement
grouped under a risk assessment)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_NUMBER = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty|thirty|forty|forty-five|"
           r"sixty|ninety)(?:\s*\(\d{1,3}\))?")
_UNIT = r"(?:working\s+|calendar\s+|business\s+|clear\s+)?(?:days?|weeks?|months?|hours?)"
KINDS: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(p, re.I)) for kind, p in (
    ("time", rf"\b(?:within|not\s+later\s+than|no\s+later\s+than|not\s+more\s+than|"
             rf"not\s+exceeding|at\s+the\s+latest\s+within)\s+(?:a\s+period\s+of\s+)?"
             rf"{_NUMBER}\s+{_UNIT}\b"),
    ("age", rf"\b(?:(?:under|below|over|above)\s+the\s+age\s+of\s+{_NUMBER}(?:\s+years)?|"
            rf"(?:not\s+(?:be\s+)?less\s+than|at\s+least|a\s+minimum\s+of)\s+{_NUMBER}\s+years"
            rf"(?:\s+of\s+age)?)"),
    ("cost", r"\b(?:free\s+of\s+charge|without\s+charge|at\s+no\s+cost|"
             r"(?:a\s+)?reasonable\s+(?:fee|charge)s?)\b"),
    # (not a medium of expression: "orally, in writing or in print")
    ("writing", r"(?<!orally, )(?<!orally or )(?<!orally and )\bin\s+writing\b"
                r"(?!,?\s+(?:or|and)\s+(?:in\s+print|orally))"),
    ("reasons", r"\b(?:with|giving|stating|state\s+the|give\s+the)\s+(?:the\s+)?reasons\b"),
    ("speed", r"\b(?:without\s+(?:undue\s+|excessive\s+)?delay|promptly)\b"),
    # a body's independence ("The supervisory authorities shall exercise their functions in
    # complete independence": a privacy index's independent authority, trial 33, P6)
    ("independence", r"\b(?:complete|full|total)\s+independence\b"),
    ("appeal", r"\b(?:a\s+)?right\s+(?:of|to)\s+(?:an?\s+)?(?:appeal|review)\b"),
))
# how a kind reads in a level, where its phrase does not read alone
_READ = {"reasons": "with reasons", "appeal": "a right of appeal or review",
         "independence": "in complete independence"}
MAX_STANDARDS = 3


def standards(texts: Sequence[str]) -> list[str]:
    """The standards the statements `texts` set, one per kind, in the order of `KINDS`, at most
    `MAX_STANDARDS` (the kinds most statements say first)."""
    found: list[tuple[int, int, str]] = []
    for order, (kind, rx) in enumerate(KINDS):
        said = Counter()
        first: dict[str, int] = {}
        for k, text in enumerate(texts):
            # (in the order the text says them: two of a kind in one statement are told apart
            # by it, not by a set's order, which changed from run to run: "at least five years
            # if he entered it before … 55 years, or for at least ten years …", ETS 14 Art. 7)
            for m in dict.fromkeys(_plain(m.group(0)) for m in rx.finditer(text or "")):
                said[m] += 1
                first.setdefault(m, k)
        # one statement in three or more is no group's standard: another requirement joined it
        if said and sum(said.values()) >= (2 if len(texts) >= 3 else 1):
            phrase = min(said, key=lambda p: (-said[p], first[p]))
            found.append((-sum(said.values()), order, _READ.get(kind, phrase)))
    return [p for _, _, p in sorted(sorted(found)[:MAX_STANDARDS], key=lambda f: f[1])]


def _plain(phrase: str) -> str:
    """"shall not be less than 15 years" → "not less than 15 years"; spaces as one."""
    return re.sub(r"\bnot\s+be\s+", "not ", re.sub(r"\s+", " ", phrase.lower()))


def with_standards(level: str, found: Sequence[str]) -> str:
    """A top level with the standards its sources set: "The law provides for …, as an
    enforceable entitlement, to the standard its sources set: not later than 20 working days,
    free of charge." (unchanged when there is none)."""
    return f"{level[:-1]}, to the standard its sources set: {', '.join(found)}." if found else level


def short_of(level: str, found: Sequence[str]) -> str:
    """A middle level that also takes a provision short of that standard."""
    return f"{level[:-1]}, or short of the standard its sources set." if found else level
