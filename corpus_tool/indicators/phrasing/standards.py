"""The concrete standards an indicator's sources set, for its top level to say what a country
must have: a time limit ("not later than 20 working days"), an age ("not less than 15 years"),
a cost ("free of charge"), a form ("in writing", "with reasons"), a remedy ("a right of appeal"),
a share ("not less than 50 per cent of all employees"), a duration ("throughout the
contingency"), a rest or notice period ("at least 24 consecutive hours"), a frequency ("at least
once a month"). A time limit set in a condition ("if such individual requests a hearing …
within sixty days") is the claimant's, not the duty's, and no standard of a level.
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
_UNIT = r"(?:working\s+|calendar\s+|business\s+|clear\s+)?(?:days?|weeks?|months?|hours?|years?)"
KINDS: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(p, re.I)) for kind, p in (
    # (and a ceiling a duty may not pass: "it shall not provide for a period of residence
    # exceeding ten years before the lodging of an application", ETS 166 Art. 6(3): trial 42, P3)
    ("time", rf"\b(?:within|not\s+later\s+than|no\s+later\s+than|not\s+more\s+than|"
             rf"not\s+exceeding|at\s+the\s+latest\s+within)\s+(?:a\s+period\s+of\s+)?"
             rf"{_NUMBER}\s+{_UNIT}\b|"
             rf"\b(?:shall|may|must)\s+not\s+[^.;:]{{0,60}}?\bexceeding\s+{_NUMBER}\s+{_UNIT}\b"),
    # (not the band of ages a measure is for: "domestic workers who are under the age of 18
    # and above the minimum age of employment", ILO C189 Art. 4(2), was the standard of a
    # minimum age, "under the age of 18", where the sources set none: trial 37, P2)
    ("age", rf"\b(?:(?<!who are )(?<!who is )(?:under|below|over|above)\s+the\s+age\s+of\s+"
            rf"{_NUMBER}(?!\w)(?!(?:\s+years)?\s+(?:and|or)\s+(?:above|over|under|below)\b)"
            rf"(?:\s+years)?|"
            rf"(?:not\s+(?:be\s+)?less\s+than|at\s+least|a\s+minimum\s+of)\s+{_NUMBER}\s+years"
            rf"(?:\s+of\s+age)?)"),
    ("cost", r"\b(?:free\s+of\s+charge|without\s+charge|at\s+no\s+cost|"
             r"(?:a\s+)?reasonable\s+(?:fee|charge)s?)\b"),
    # (not a medium of expression: "orally, in writing or in print")
    ("writing", r"(?<!orally, )(?<!orally or )(?<!orally and )\bin\s+writing\b"
                r"(?!,?\s+(?:or|and)\s+(?:in\s+print|orally))"),
    ("reasons", r"\b(?:with|giving|stating|state\s+the|give\s+the|contains?|containing)\s+"
                r"(?:the\s+)?reasons\b"),
    ("speed", r"\b(?:without\s+(?:undue\s+|excessive\s+)?delay|promptly|"
              r"within\s+a\s+reasonable\s+(?:time|period))\b"),
    # fees a duty caps ("the fees for the acquisition … of its nationality be reasonable", ETS 166
    # Art. 13(1)), a review or a hearing it gives ("open to an administrative or judicial
    # review", Art. 12; "the right to a fair hearing by a court", 1961 Convention Art. 8(4))
    ("fees", r"\bfees?\b[^.;:]{0,90}?\b(?:shall\s+|should\s+|must\s+)?be\s+reasonable\b"),
    ("review", r"\b(?:administrative\s+or\s+judicial|judicial\s+or\s+administrative)\s+"
               r"review\b"),
    ("hearing", r"\b(?:an?\s+)?(?:fair|public)\s+(?:and\s+public\s+)?hearing\b"),
    # a body's independence ("The supervisory authorities shall exercise their functions in
    # complete independence": a privacy index's independent authority, trial 33, P6)
    ("independence", r"\b(?:complete|full|total)\s+independence\b"),
    ("appeal", r"\b(?:a\s+)?right\s+(?:of|to)\s+(?:an?\s+)?(?:appeal|review)\b"),
    # a share of the people covered or of a wage ("constituting not less than 50 per cent, of
    # all employees", ILO C102 Art. 9(a); "not exceed 50 per cent of the total …": a social
    # security index's coverage and adequacy, trial 34, P1)
    ("share", r"\b(?:not\s+(?:be\s+)?less\s+than|no\s+less\s+than|at\s+least|a\s+minimum\s+of|"
              r"not\s+(?:be\s+)?more\s+than|not\s+exceed(?:ing)?)\s+\d{1,3}(?:\.\d)?\s*"
              r"(?:per\s*cent\b\.?|%)"
              r"(?:,?\s+of\s+(?:all\s+)?(?!the\b|an?\b)[a-z-]+(?=[\s,;.]|$))?"),
    # how long a benefit lasts ("shall be granted throughout the contingency", "a duration which
    # may not be limited to less than 52 weeks": at least 52 weeks; "a total of at least
    # fourteen weeks")
    ("duration", rf"\b(?:throughout\s+the\s+contingency|"
                 rf"(?:not\s+(?:be\s+)?limited\s+to\s+less\s+than|"
                 rf"(?:a\s+total\s+of\s+)?at\s+least|a\s+minimum\s+of)\s+{_NUMBER}\s+weeks)\b"),
    # a rest, a break or a notice in hours, days or minutes ("Weekly rest shall be at least 24
    # consecutive hours", ILO C189 Art. 10(2)) and how often wages are paid ("at least once a
    # month", Art. 12(1)): trial 37, P3, whose levels named neither
    ("period", rf"\b(?:at\s+least|not\s+(?:be\s+)?less\s+than|no\s+less\s+than|a\s+minimum\s+of)"
               rf"\s+{_NUMBER}\s+(?:consecutive\s+|uninterrupted\s+)?(?:hours|minutes|days)\b"),
    ("frequency", r"\b(?:at\s+least\s+once\s+(?:a|every|per)\s+(?:day|week|fortnight|month|year)|"
                  r"at\s+(?:regular\s+)?intervals\s+not\s+exceeding\s+one\s+month)\b"),
    # how the duty is done or whom it treats alike, where the sources say it: "without previous
    # authorisation", "organisations of their own choosing" (ILO C87 Art. 2), "in a language
    # they understand", "on an equal basis with others", "at all stages of the proceedings",
    # "free, prior and informed consent". Two trials judged 0 and 2 of 20 levels concrete: every
    # level said "provides for …, covering everyone concerned, as an enforceable entitlement"
    # where its sources said how (trials 44, 45)
    ("authorisation", r"\bwithout\s+(?:any\s+)?(?:previous|prior)\s+authori[sz]ation\b"),
    ("distinction", r"\bwithout\s+(?:any\s+)?(?:discrimination|distinction)"
                    r"(?:\s+(?:of\s+any\s+kind|whatsoever))?(?![\w-])"),
    ("choice", r"\b(?:organi[sz]ations?|unions?|lawyer|counsel|representatives?|associations?|"
               r"(?<!a )legal\s+assistance)\s+of\s+(?:their|his|her|his\s+or\s+her)\s+"
               r"(?:own\s+)?(?:choosing|choice)\b"),
    ("language", r"\bin\s+a\s+language\s+(?:that\s+|which\s+)?(?:they|he|she|he\s+or\s+she|"
                 r"the\s+child|the\s+person(?:\s+concerned)?|[a-z]+)\s+(?:can\s+)?"
                 r"understands?\b"),
    ("stages", r"\bat\s+(?:all|every)\s+stages?\s+of\s+(?:the\s+)?(?:proceedings|procedure|"
               r"process)\b"),
    ("equal", r"\b(?:on\s+an?\s+equal\s+(?:basis|footing)\s+with\s+(?:others|men|"
              r"(?:its\s+|their\s+)?(?:own\s+)?nationals|national\s+workers|citizens)|"
              r"on\s+the\s+same\s+(?:basis|footing|terms)\s+as\s+(?:(?:its\s+|their\s+)?"
              r"(?:own\s+)?nationals|national\s+workers|citizens|others)|"
              r"not\s+less\s+favourable\s+than\s+that\s+(?:accorded|which\s+applies|applied|of)\s+"
              r"(?:to\s+)?(?:its\s+|their\s+)?(?:own\s+)?(?:nationals|national\s+workers|citizens|"
              r"aliens\s+generally))\b"),
    ("consent", r"\bfree,?\s+prior\s+and\s+informed\s+consent\b|"
                r"\bfree\s+and\s+(?:full|informed)\s+consent\b"),
    ("manner", r"\b(?:child-friendly|age-appropriate|gender-sensitive|culturally\s+appropriate)"
               r"(?:(?:,\s+|\s+and\s+)(?:child-friendly|age-appropriate|gender-sensitive|"
               r"culturally\s+appropriate))*\b"),
    ("individual", r"\b(?:individuali[sz]ed|individual)\s+(?:assessment|examination)s?\b|"
                   r"\bon\s+a\s+case-by-case\s+basis\b"),
))
# how a kind reads in a level, where its phrase does not read alone
_READ = {"reasons": "with reasons", "appeal": "a right of appeal or review",
         "independence": "in complete independence", "fees": "at reasonable fees",
         "language": "in a language they understand",
         "individual": "with an individual assessment of each case"}
MAX_STANDARDS = 3


def standards(texts: Sequence[str], seconding: Sequence[str] = ()) -> list[str]:
    """The standards the statements `texts` set, one per kind, in the order of `KINDS`, at most
    `MAX_STANDARDS` (the kinds most statements say first). `seconding`: other statements (a
    State's own laws beside international instruments) that count for a standard `texts` set
    when they say it too, and set none of their own."""
    found: list[tuple[int, int, str]] = []
    for order, (kind, rx) in enumerate(KINDS):
        said = Counter()
        first: dict[str, int] = {}
        for k, text in enumerate(texts):
            for m in _said(kind, rx, text):
                said[m] += 1
                first.setdefault(m, k)
        for text in seconding:
            for m in _said(kind, rx, text):
                if m in said:
                    said[m] += 1
        # one statement in three or more is no group's standard: another requirement joined it
        if said and sum(said.values()) >= (2 if len(texts) + len(seconding) >= 3 else 1):
            phrase = min(said, key=lambda p: (-said[p], first[p]))
            found.append((-sum(said.values()), order, _READ.get(kind, phrase)))
    return [p for _, _, p in sorted(sorted(found)[:MAX_STANDARDS], key=lambda f: f[1])]


def _said(kind: str, rx: re.Pattern, text: str | None) -> list[str]:
    """The phrases of `kind` `text` says, once each, in the order it says them (two of a kind
    in one statement are told apart by it, not by a set's order, which changed from run to run:
    "at least five years if he entered it before … 55 years, or for at least ten years …", ETS
    14 Art. 7); a time limit set in a condition is none (`_conditional`)."""
    return list(dict.fromkeys(_plain(m.group(0)) for m in rx.finditer(text or "")
                              if kind != "time" or not _conditional(text, m.start())))


# a condition the sentence sets before its duty: "… if such individual requests a hearing …
# within sixty days after notice …" (42 U.S.C. 1383(c)(1): the claimant's time to ask, not the
# authority's to answer; trial 34, P3); a modal after it ("Where a request is made, the
# authority shall decide within 30 days") makes the limit the duty's again
_CONDITION = re.compile(r"\b(?:if|unless|provided\s+that|on\s+condition\s+that)\b(?!.*\b(?:shall|"
                        r"must|should|will)\b)[^.;:]*$", re.I)


def _conditional(text: str, at: int) -> bool:
    """Is the phrase at `at` inside a condition the sentence sets (`_CONDITION`)?"""
    return bool(_CONDITION.search(text[max(0, at - 300):at]))


def _plain(phrase: str) -> str:
    """"shall not be less than 15 years" → "not less than 15 years"; "50 per cent, of all
    employees" → "50 per cent of all employees"; spaces as one."""
    phrase = re.sub(r"\s+", " ", phrase.lower())
    phrase = re.sub(r"\bper ?cent\.?,?$", "per cent", phrase)
    phrase = re.sub(r"\bper ?cent\.?,? of\b", "per cent of", phrase)
    phrase = re.sub(r"^(?:not (?:be )?limited to less than|a total of at least)\b", "at least",
                    phrase)
    phrase = re.sub(r"^(?:shall|may|must) not\b.*?\bexceeding\b", "not exceeding", phrase)
    # how a duty is done, as a level says it: "union of his choice" → "union of their choice",
    # "not less favourable than that accorded to its own nationals" → "on terms not less
    # favourable than for nationals", "without any discrimination" → "without discrimination"
    phrase = re.sub(r"\b(?:his or her|his|her) (own )?(choosing|choice)$", r"their \1\2", phrase)
    phrase = re.sub(r"\b(?:its |their )?(?:own )?(nationals)$", r"\1", phrase)
    phrase = re.sub(r"^not less favourable than that (?:accorded |which applies |applied |of )"
                    r"(?:to )?", "on terms not less favourable than for ", phrase)
    phrase = re.sub(r"^without any (discrimination|distinction)", r"without \1", phrase)
    phrase = re.sub(r"^(free,? prior and informed|free and (?:full|informed)) consent$",
                    r"with \1 consent", phrase)
    phrase = re.sub(r"^((?:child-friendly|age-appropriate|gender-sensitive|culturally "
                    r"appropriate)\b.*)", lambda m: f"in a{'n' * (m[1][0] in 'aeiou')} {m[1]} way",
                    phrase)
    return re.sub(r"\bnot\s+be\s+", "not ", phrase)


_HOW = frozenset("without with their than that which they from terms same basis equal footing "
                 "favourable less others whatsoever kind".split())


def beyond(provision: str, found: Sequence[str]) -> list[str]:
    """The standards that say more than the provision's own words: "a right of appeal or
    review" adds nothing to "the right of appeal against refusal of benefits" (trial 34, P1:
    its top level said "… to the standard its sources set: a right of appeal or review")."""
    said = set(re.findall(r"[a-z]{4,}", provision.lower()))
    out = []
    for phrase in found:
        # by the words that say what, not how ("without discrimination" adds nothing to the
        # prohibition of discrimination)
        words = [w for w in re.findall(r"[a-z]{4,}", phrase.lower()) if w not in _HOW]
        if not words or sum(w in said for w in words) * 3 < 2 * len(words):
            out.append(phrase)
    return out


def with_standards(level: str, found: Sequence[str]) -> str:
    """A top level with the standards its sources set: "The law provides for …, as an
    enforceable entitlement, to the standard its sources set: not later than 20 working days,
    free of charge." (unchanged when there is none)."""
    return f"{level[:-1]}, to the standard its sources set: {', '.join(found)}." if found else level


def short_of(level: str, found: Sequence[str]) -> str:
    """A middle level that also takes a provision short of that standard."""
    return f"{level[:-1]}, or short of the standard its sources set." if found else level
