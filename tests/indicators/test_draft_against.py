"""A group whose statements act against what its title names is drafted with what they do to
it: CEDAW art. 6 ("to suppress all forms of traffic in women …") coded alone was drafted "Traffic
in women and exploitation of prostitution of women", asked "Does the law provide for traffic in
women …?", and scored 100 for providing it (a researcher's trial 22)."""
from __future__ import annotations

import pytest

from corpus_tool.naming import StatementParts, against, name_composed

CEDAW_6 = ("States Parties shall take all appropriate measures, including legislation, to "
           "suppress all forms of traffic in women and exploitation of prostitution of women.")


@pytest.mark.parametrize("title, texts, expected", [
    ("Traffic in women and exploitation of prostitution of women", [CEDAW_6],
     "Suppression of traffic in women and exploitation of prostitution of women"),
    ("Harmful practices", ["States parties shall prohibit harmful practices by law.",
                           "Harmful practices are rooted in discrimination."],
     "Prohibition of harmful practices"),
    ("Gender-based violence against women",
     ["States parties should prevent all acts of gender-based violence against women."],
     "Prevention of gender-based violence against women"),
    ("Corporal punishment", ["States must refrain from the use of corporal punishment."],
     "Prohibition of corporal punishment"),
    # what the statements provide stays as it is
    ("Free primary education", ["Make primary education compulsory and available free to all."],
     "Free primary education"),
    ("Legal aid", ["States shall ensure legal aid and end court fees for victims."], "Legal aid"),
    ("Prohibition of forced labour", ["No one shall be required to perform forced labour; States "
                                      "shall prohibit forced labour."],
     "Prohibition of forced labour"),
])
def test_a_harm_is_titled_with_what_the_statements_do_to_it(title, texts, expected):
    assert against(title, texts) == expected


def test_words_joined_by_a_slash_stay_joined():
    """The parse leaves a "/" out of the object's words, and "victims/survivors" was drafted
    "victimssurvivors" in the title, the question and every level (trial 22)."""
    text = ("Provide effective reparations to victims/survivors of gender-based violence "
            "against women.")
    nm = name_composed([StatementParts(text=text, strength="obligation")], who="",
                       status=False, keys=["effective reparations", "victims/survivors"])
    assert "victims/survivors" in nm.title and "victimssurvivors" not in nm.question
