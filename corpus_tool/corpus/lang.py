"""Language of a passage.

Latin-script text: very frequent function words of English, Dutch, French, German, Spanish,
Portuguese and Italian decide first (they tell the Dutch half of a bilingual treaty file, and
stray Dutch status lines, from the English text, and are what the reference corpus was built
with); when they cannot say and the passage is long enough, the py3langid identifier (97
languages, BSD-3-Clause, its model ships in the wheel) decides if it is confident. Text mostly
in another script (Cyrillic, Arabic, Han, Greek…) is always identified with py3langid, however
short. Returns None when the evidence is too thin.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_LETTERS_IDENTIFY = 60      # Latin text shorter than this, with no stopword evidence: None
MIN_PROB_IDENTIFY = 0.95       # py3langid's normalised probability needed for Latin text
MIN_LETTERS_CONFIRM = 12       # Latin text the identifier may keep in the document's language

_STOPWORDS = {
    "en": """the of and to in a is that for it as with be by on not this are or from at which
        shall have has any all such other their its an was were been may these those
        into under upon who whose than there also should would every each no""",
    "nl": """de het een van en in is dat op te voor met zijn niet aan door als bij ook of
        om tot uit worden wordt naar deze die dit zal zullen kan heeft hebben
        onder over hun haar hij zij geen alle elke andere welke waarin artikel lid
        verdrag partijen staten""",
    "fr": """le la les des du de et à en un une est que qui pour dans par sur au aux ne pas
        son sa ses leur leurs ce cette être sont doit doivent tout toute tous""",
    "de": """der die das und zu den von mit ist im dem nicht ein eine als auch es an werden
        aus er hat dass sie nach bei einer um am sind noch wie einem über einen so
        zum zur durch jede jeder""",
    # Spanish, Portuguese and Italian share words with French ("la", "que", "un", "à"), listed so
    # that they count for neither: without these lists a Spanish text read as French
    "es": """la que un son o el los las del y una por para con se su sus al lo como más
        este esta estos estas ser será deberá deberán todos todas cada toda otro otra otros
        sobre entre sin""",
    "pt": """que o os à do da dos das em um uma não com ao aos pela pelo pelos pelas seu
        sua seus suas ser será deverá deverão todos todas cada outro outra sobre entre sem
        é""",
    "it": """la un o il gli della delle dei degli del di e che con una sono è
        alla alle ai nel nella ogni tutti tutte essere deve devono suo sua loro""",
}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese",
                  "it": "Italian", "de": "German", "nl": "Dutch", "ru": "Russian", "ar": "Arabic",
                  "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "el": "Greek",
                  "tr": "Turkish", "pl": "Polish", "uk": "Ukrainian", "ro": "Romanian",
                  "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
                  "cs": "Czech", "hu": "Hungarian", "hi": "Hindi", "sw": "Swahili",
                  "af": "Afrikaans", "xh": "isiXhosa", "zu": "isiZulu", "la": "Latin",
                  "ca": "Catalan", "eu": "Basque", "gl": "Galician", "id": "Indonesian"}


def language_name(code: str) -> str:
    """"Spanish" for "es"; a code without a name here stays a code."""
    return LANGUAGE_NAMES.get(code, code)


# Words shared by several languages carry no signal.
_SETS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_SHARED = {w for w in set().union(*_SETS.values())
           if sum(w in s for s in _SETS.values()) > 1}
_SETS = {lang: s - _SHARED for lang, s in _SETS.items()}

_LANG_OF = {w: lang for lang, ws in _SETS.items() for w in ws}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_WORD_ASCII = re.compile(r"[A-Za-z]+")      # the same in ASCII text, and faster to scan


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's model, loaded once per process on first use (a few seconds)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """(language code, probability) from py3langid."""
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


def non_latin_share(text: str) -> tuple[int, float]:
    """(letters, share of letters not in the Latin script) of the first 1200 characters (the
    letters counted in C, the names looked up only past U+024F: Latin Extended-B and before are
    Latin)."""
    head = text[:1200]
    letters = sum(map(str.isalpha, head))
    if not letters or head.isascii():
        return letters, 0.0
    other = sum(1 for ch in filter("\u0250".__le__, head)
                if ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN"))
    return letters, other / letters


def detect_language(text: str, *, min_hits: int = 2, expected: str | None = None) -> str | None:
    """The most likely language code of `text`, or None when the evidence is too thin. With the
    document's language `expected`, function words that say otherwise are checked with the
    identifier where the text is long enough: the Spanish "a", "no" are English words too ("2. A
    proteger de manera eficaz el derecho del trabajador a ganarse la vida …" read as English)."""
    letters, other = non_latin_share(text)
    if letters and other >= 0.5:
        return identify(text[:1200])[0]
    guess = stopword_language(text, min_hits)
    if guess is None and letters >= MIN_LETTERS_IDENTIFY:
        lang, prob = identify(text[:1200])
        if prob >= MIN_PROB_IDENTIFY:
            return lang
    elif expected and guess not in (None, expected) and letters >= MIN_LETTERS_CONFIRM \
            and _prefers(text[:1200], expected, guess):
        return expected
    return guess


def _prefers(text: str, expected: str, guess: str) -> bool:
    """Does the identifier find `text` likelier in the document's language than in the one its
    function words said? (It may rank a third first: Galician for a short Spanish line.)"""
    ranks = dict(_identifier().rank(text))
    return ranks.get(expected, 0.0) > ranks.get(guess, 0.0)


def stopword_language(text: str, min_hits: int = 2) -> str | None:
    """English, Dutch, French, German, Spanish, Portuguese or Italian by function words alone
    (short headings: the identifier is not reliable on a few words, and a heading's language
    switches the half of a bilingual file)."""
    counts = dict.fromkeys(_SETS, 0)
    head = text[:1200].lower()
    for lang in filter(None, map(_LANG_OF.get, (_WORD_ASCII if head.isascii() else _WORD)
                                 .findall(head))):
        counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n1), (_, n2) = ranked[0], ranked[1]
    if n1 < min_hits or n1 < 1.5 * n2:
        return None
    return best
