"""Language per passage (issue 13): py3langid for other scripts and for Latin text the
function words cannot place; the function words keep deciding English/Dutch."""
from __future__ import annotations

from corpus_tool.corpus.lang import detect_language, non_latin_share, stopword_language


def test_other_scripts_are_identified_however_short():
    assert detect_language("Русский,") == "ru"
    assert detect_language("Заявник стверджував, зокрема, що суди не звільнили його") == "uk"
    assert detect_language("عربي,") == "ar"
    assert detect_language("汉语.") not in (None, "en")
    assert non_latin_share("Article 5 — Статья 5")[1] > 0.3


def test_latin_text_keeps_the_function_word_decision_and_asks_the_identifier_only_beyond():
    assert detect_language("The States Parties shall take all appropriate measures to ensure") == "en"
    assert detect_language("De Staten die partij zijn, nemen alle passende maatregelen om") == "nl"
    xhosa = ("Ilungelo lemfundo. Wonke umntu unelungelo lokufumana imfundo esisiseko, kuquka "
             "nemfundo esisiseko yabantu abadala, nelokufumana imfundo ephakamileyo")
    assert stopword_language(xhosa) is None and detect_language(xhosa) == "xh"
    assert detect_language("Jan Smit, Piet Bos") is None        # too short to say
