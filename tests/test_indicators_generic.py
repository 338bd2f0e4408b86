"""Drafts for evidence no topic template fits: phrased from the statements' own parts (aim, object,
beneficiaries) as a researcher would write them, never with placeholder words.

The statements are real provisions of the reference corpus (read from the repository's
`corpus/`, see corpus/SOURCES.md), parsed by the real statements stage."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tool.indicators import Evidence, draft_framework
from corpus_tool.indicator_text import fill, who_phrase
from corpus_tool.models import Area

REPO = Path(__file__).resolve().parent.parent

# (document file, chapeau or "", the provision) — all quoted verbatim from corpus/
UDHR_26_1 = ("un_udhr_1948", "", "Everyone has the right to education. Education shall be free, at "
             "least in the elementary and fundamental stages. Elementary education shall be "
             "compulsory.")
ESC_17 = ("coe_ets163_social_charter_revised_1996",
          "With a view to ensuring the effective exercise of the right of children and young "
          "persons to grow up in an environment which encourages the full development of their "
          "personality and of their physical and mental capacities, the Parties undertake, either "
          "directly or in co-operation with public and private organisations, to take all "
          "appropriate and necessary measures designed:",
          "to provide to children and young persons a free primary and secondary education as "
          "well as to encourage regular attendance at schools.")
ECRML_8 = ("coe_ets148_ecrml_1992",
           "With regard to education, the Parties undertake, within the territory in which such "
           "languages are used, according to the situation of each of these languages, and without "
           "prejudice to the teaching of the official language(s) of the State:",
           "to make available pre-school education in the relevant regional or minority languages;")
REFUGEE_21 = ("un_refugee_convention_1951", "",
              "As regards housing, the Contracting States, in so far as the matter is regulated by "
              "laws or regulations or is subject to the control of public authorities, shall accord "
              "to refugees lawfully staying in their territory treatment as favourable as possible "
              "and, in any event, not less favourable than that accorded to aliens generally in the "
              "same circumstances.")

NEUTRAL = [Area(id="rights", name="Social rights", definition="Social and economic rights of "
                "everyone in the country.")]
MIGRANT_ED = [Area(id="access", name="Equality of access", definition="Whether migrant children "
                   "can enter education at every level on the same footing as nationals.")]


def _real(doc: str, *parts: str) -> None:
    path = next((REPO / "corpus").rglob(doc + "*"))
    text = " ".join(path.read_text(encoding="utf-8").split())
    for p in parts:
        assert not p or p in text, (doc, p[:60])


def _evidence(case, area: str) -> list[Evidence]:
    from corpus_tool.statements import extract
    doc, chapeau, text = case
    _real(doc, chapeau, text)
    out = []
    for d in extract(text, context=chapeau):
        p = d.parts
        out.append(Evidence(area=area, doc_id=doc, quote=text[d.start:d.end], start=d.start,
                            end=d.end, text=text[d.start:d.end], strength=p.strength, aim=p.aim,
                            object=p.object, condition=p.condition,
                            beneficiaries=tuple(p.beneficiaries), indicator=f"{area}-other"))
    assert out
    return out


def _draft(case, areas):
    ev = _evidence(case, areas[0].id)
    fw = draft_framework(ev, areas=areas, docs={}, topics=[])
    [ind] = fw.indicators()
    return ind


def _readable(ind) -> None:
    for text in (ind.title, ind.question):
        assert not re.search(r"(?i)\bmatter concerned\b|\bother\b|\{|\}|  |\s[,.?;]|,,", text), text
        assert text[0].isupper(), text
    assert not re.search(r"(?i)\bmatter\b", ind.title)
    assert ind.question.count("?") == 1 and ind.question.endswith("?")
    assert ind.question.split()[0] in ("Does", "Do", "Is", "Are"), ind.question
    assert len(ind.title.split()) <= 14
    for lv in ind.scale.levels:
        assert "all everyone" not in lv.description and "concerned concerned" not in lv.description


@pytest.mark.integration
def test_udhr_26_free_and_compulsory_from_its_own_words():
    ind = _draft(UDHR_26_1, NEUTRAL)
    _readable(ind)
    title = ind.title.lower()
    assert "free" in title and "compulsory" in title and "education" in title
    assert ind.title[0].isupper() and ind.title[1:] == ind.title[1:].lower()   # sentence case
    assert "migrant" not in ind.question


@pytest.mark.integration
def test_social_charter_17_names_the_children_it_is_about():
    ind = _draft(ESC_17, NEUTRAL)
    _readable(ind)
    assert "primary and secondary education" in ind.title.lower()
    assert "children" in ind.question and "migrant" not in ind.question
    assert ind.question.startswith("Does the law provide")


@pytest.mark.integration
def test_ecrml_8_pre_school_in_minority_languages():
    ind = _draft(ECRML_8, NEUTRAL)
    _readable(ind)
    assert ind.title.startswith("Pre-school education")
    assert "minorit" in ind.question and "migrant" not in ind.question


@pytest.mark.integration
@pytest.mark.parametrize("areas", [NEUTRAL, MIGRANT_ED])
def test_refugee_housing_is_not_for_migrant_pupils(areas):
    ind = _draft(REFUGEE_21, areas)
    _readable(ind)
    assert "housing" in ind.title.lower() and "housing" in ind.question
    text = " ".join([ind.title, ind.question] + [lv.description for lv in ind.scale.levels])
    assert "pupil" not in text
    assert "refugees" in ind.question


def test_migrant_pupils_only_when_the_codebook_is_about_migrant_education():
    from collections import Counter
    assert who_phrase(Counter(), 4, migrant_education=False) == "all pupils"
    assert "migrant" not in who_phrase(Counter(), 4, compare=True, migrant_education=False)
    from corpus_tool.indicator_text import beneficiary_phrase
    texts = ["Education shall be free."]
    assert beneficiary_phrase([()], texts, migrant_education=False) == "everyone concerned"
    assert "migrant" in beneficiary_phrase([()], texts, migrant_education=True)
    assert beneficiary_phrase([()], ["Housing shall be adequate."],
                              migrant_education=True) == "everyone concerned"
    assert beneficiary_phrase([("non-citizens", "refugees")], ["…"],
                              migrant_education=True) == "refugees"


def test_empty_slot_leaves_no_stray_comma():
    q = fill("Does the law guarantee {who}, {status_q}, access to free and compulsory "
             "education?", who="all pupils", status_q="")
    assert q == "Does the law guarantee all pupils access to free and compulsory education?"
