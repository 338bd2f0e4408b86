"""Headings that name an instrument, and the language of a short heading (which half of a
bilingual file it opens), for `segment`.

A heading starts a (second) instrument only when it is the instrument's title —
"Convention on the Rights of the Child", "Protocol No. 12 to the Convention…", "Europees Sociaal
Handvest (herzien)", "61/295. United Nations Declaration on the Rights of Indigenous Peoples",
"Agreement on the rescue of astronauts …" —
not when it merely names one: "APPLICATION OF THE CHARTER", "Amendments to the Convention",
"Relations between the Charter and domestic law", "Alleged violation of Article 6 of the
Convention". A title puts the instrument's name first: before the keyword there are at most a
few capitalised title words (International, European, Optional, Council of Europe…), never a
function word (the, of, to, with, van, het…) that makes the keyword a complement.
"""
from __future__ import annotations

import re

from corpus_tool.corpus.lang import stopword_language

RE_INSTRUMENT = re.compile(
    r"\b(Convention|Covenant|Protocol|Charter|Declaration|Agreement|Verdrag|Handvest|Verklaring|"
    r"Kaderverdrag)\b|"
    # an ILO Recommendation printed after its Convention ("Recommendation concerning minimum age
    # for admission to employment": its paragraphs were the Convention's, trial 31, P2)
    r"\bRecommendation\s+concerning\b", re.I)
# the issuer may lead the title: "Council of Europe Convention on…", "Raad van Europa"
RE_ISSUER = re.compile(r"^(?:Council of Europe|Raad van Europa)\s+", re.I)
# a resolution number before the title: "61/295."
RE_NUMBER_PREFIX = re.compile(r"^[\d/.()\s\u00a0]+")
FUNCTION_WORDS = {
    "the", "of", "to", "with", "and", "between", "on", "for", "in", "this", "that", "its",
    "under", "by", "from", "against", "concerning", "relating", "applying", "application",
    "de", "het", "van", "met", "en", "tot", "bij", "dit", "deze", "op", "voor", "in", "inzake",
    "betreffende", "des", "du", "la", "le", "les", "der", "die", "das", "zur", "zum",
}
MAX_TITLE_PREFIX = 4


def is_instrument_title(h: str) -> bool:
    """Whether the heading `h` is the title of an instrument (see the module docstring)."""
    m = RE_INSTRUMENT.search(h)
    if not m:
        return False
    prefix = RE_NUMBER_PREFIX.sub("", h[:m.start()])
    prefix = RE_ISSUER.sub("", prefix)
    words = prefix.split()
    if len(words) > MAX_TITLE_PREFIX:
        return False
    return all(w[:1].isupper() and w.strip("(),.").lower() not in FUNCTION_WORDS
               for w in words)


TITLE_WORDS = {
    "en": {"convention", "covenant", "protocol", "charter", "declaration", "international",
           "against", "concerning", "relating", "rights", "conference", "european", "treaty",
           "framework", "regional", "languages", "status", "migrant", "workers", "labour"},
    "nl": {"verdrag", "handvest", "verklaring", "inzake", "betreffende", "nopens", "bij",
           "rechten", "internationaal", "europees", "kaderverdrag", "regionale", "talen",
           "arbeiders", "bescherming", "vluchtelingen", "tegen", "aanvulling"},
}


# an item's mark before a heading's words ("(E) Restitution", "(iv) Definitions"): no word of
# any language (the Italian "e" made the US Code's "(E) Restitution ." an Italian half of an
# English statute, its passages' ids "it-p1-en"…; a researcher's trial 34, P12)
RE_LEADING_MARK = re.compile(r"^\W*\(\s*[A-Za-z]{1,4}\s*\)\s*")


RE_ABBREVIATION = re.compile(r"\b(?:et\s+al|[^\W\d_]{1,4})\.(?=[\s\d(]|$)", re.I)


def heading_language(h: str) -> str | None:
    """Language of a short heading: title keywords first, then stopwords (an item's mark
    before it aside)."""
    h = RE_LEADING_MARK.sub("", h)
    # (an abbreviation is no word of a language: "— 2022, c. 17, par. 77(2)(i)", a consolidated
    # act's note of another Act's provision, read as French, restarted the document's state)
    h = RE_ABBREVIATION.sub(" ", h)
    words = re.findall(r"[^\W\d_]+", h.lower())
    hits = {lang: sum(w in ws for w in words) for lang, ws in TITLE_WORDS.items()}
    best = max(hits, key=hits.get)
    if hits[best] and all(hits[best] > n for lang, n in hits.items() if lang != best):
        return best
    return stopword_language(h, min_hits=1)


DUTCH_STRUCTURE = {"artikel", "deel", "titel", "hoofdstuk", "afdeling", "bijlage", "aanhangsel",
                   "paragraaf", "lid", "preambule", "facultatief"}
ENGLISH_STRUCTURE = {"article", "part", "title", "chapter", "section", "annex", "appendix",
                     "schedule", "paragraph", "preamble", "optional"}


def keyword_language(word: str) -> str | None:
    """The language of a structure keyword (`Artikel` → nl, `Article` → en), else None."""
    w = word.lower()
    if w in DUTCH_STRUCTURE:
        return "nl"
    if w in ENGLISH_STRUCTURE:
        return "en"
    return None


def half_of(lang: str, language: str) -> str:
    """The half a heading in `lang` belongs to: English headings (a stray "a", an English
    keyword) in a document in another language than Dutch are that document's own."""
    if lang == "en" and language not in ("en", "nl"):
        return language
    return lang


RE_ROMAN_HEAD = re.compile(r"^[IVXLC]+\.\s")
RE_LETTER_HEAD = re.compile(r"^[A-Z]\.\s")
RE_DIGIT_HEAD = re.compile(r"^\d{1,3}\.\s")


def heading_rank(h: str) -> int:
    """How high a heading without markup level stands, from how judgments and reports set
    them: capitals or a roman number (1: "THE FACTS", "I. Circumstances"), a letter (2:
    "A. Background"), a number (3: "1. Investigation"), other words (4: "Civil Code")."""
    letters = [c for c in h if c.isalpha()]
    if RE_ROMAN_HEAD.match(h) or (len(letters) >= 2 and all(c.isupper() for c in letters)):
        return 1
    if RE_LETTER_HEAD.match(h):
        return 2
    if RE_DIGIT_HEAD.match(h):
        return 3
    return 4


def nest_heading(heads: list[tuple[int, str]], section: str | None, h: str) -> str:
    """The heading context after heading `h`: `h` under the sub-headings above its rank
    ("B. Relevant domestic law > Civil Code"), kept in `heads` (updated in place); a section
    set in another way since (`section` is not what `heads` made) starts them afresh."""
    if section != " > ".join(t for _, t in heads):
        heads.clear()
    rank = heading_rank(h)
    while heads and heads[-1][0] >= rank:
        heads.pop()
    heads.append((rank, h))
    return " > ".join(t for _, t in heads)
