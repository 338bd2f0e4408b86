"""A codebook may describe the indicators of an area (`indicators:` with id, name, definition):
drafting then groups evidence that names no indicator under the nearest description, and takes
the codebook's name as the title. The examples' codebooks describe theirs (definitions only)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corpus_tool.codebook import codebook_fingerprint, parse_codebook
from corpus_tool.coding import read_annotations
from corpus_tool.errors import InputError
from corpus_tool.indicators.draft import draft_from_corpus
from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.quality import framework_quality
from corpus_tool.models import AreaIndicator, CodebookArea
from corpus_tool.project import open_project
from corpus_tool.semantic import HashEmbedder
from tests.indicators.conftest import REPO

AREA = """version: 1
areas:
  - id: rights
    name: Workers' rights
    definition: What migrant workers are entitled to once they work.
"""


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "codebook.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_an_area_may_describe_its_indicators(tmp_path):
    areas = parse_codebook(_write(tmp_path, AREA + """    indicators:
      - id: lab-wr-trade-unions
        name: Membership of trade unions
        definition: >-
          migrant workers may join
          trade unions
      - id: lab-wr-social-security
        definition: equal treatment in social security
"""))
    assert areas[0].indicators == (
        AreaIndicator(id="lab-wr-trade-unions", name="Membership of trade unions",
                      definition="migrant workers may join trade unions"),
        AreaIndicator(id="lab-wr-social-security", definition="equal treatment in social security"))
    # the area suggestions do not depend on the indicators
    plain = parse_codebook(_write(tmp_path, AREA))
    assert codebook_fingerprint(areas) == codebook_fingerprint(plain)


@pytest.mark.parametrize("indicators, message, line", [
    ("      - id: Bad Id\n        name: x\n", "lowercase letters", 7),
    ("      - id: a-b\n", "a `name` or a `definition`", 7),
    ("      - id: a-b\n        name: x\n      - id: a-b\n        name: y\n",
     "duplicate indicator id 'a-b'", 9),
])
def test_a_bad_indicator_description_is_refused_with_its_line(tmp_path, indicators, message,
                                                               line):
    with pytest.raises(InputError) as e:
        parse_codebook(_write(tmp_path, AREA + "    indicators:\n" + indicators))
    assert message in str(e.value) and f"line {line}" in str(e.value), str(e.value)


def test_the_examples_describe_every_indicator_their_coders_use():
    for name in ("labour-market", "anti-discrimination"):
        project = open_project(REPO / "examples" / name)
        described = {i.id for a in parse_codebook(project.codebook_path) for i in a.indicators}
        used = {a.indicator for a in read_annotations(project).annotations if a.indicator}
        assert len(used) == 18 and used == described, (name, used ^ described)


def _ann(area: str, doc: str, text: str, indicator: str = "") -> Evidence:
    return Evidence(area=area, doc_id=doc, quote=text, text=text, strength="obligation",
                    start=0, end=len(text), indicator=indicator, annotation_id=f"a-{doc}")


def _embed(texts):
    return HashEmbedder().encode(texts)


UNIONS = _ann("rights", "d1", "Migrant workers shall have the right to join trade unions.")
SOCIAL = _ann("rights", "d2", "Migrant workers shall enjoy equal treatment in social security "
                              "benefits.")
DEFINED = [("rights", "lab-wr-trade-unions", "migrant workers join trade unions"),
           ("rights", "lab-wr-social-security", "equal treatment in social security benefits")]


def test_evidence_naming_no_indicator_joins_the_nearest_description():
    groups = group_by_meaning([UNIONS, SOCIAL], _embed, defined=DEFINED)
    by_hint = {g.hint: [e.doc_id for e in g.items] for g in groups}
    assert by_hint == {"lab-wr-trade-unions": ["d1"], "lab-wr-social-security": ["d2"]}
    # without descriptions the two statements are loose, each a group with no name
    assert {g.hint for g in group_by_meaning([UNIONS, SOCIAL], _embed)} == {""}
    # a description nothing joins founds no indicator
    lone = group_by_meaning([UNIONS], _embed, defined=DEFINED)
    assert [g.hint for g in lone] == ["lab-wr-trade-unions"]


def test_the_codebook_s_name_is_the_title():
    areas = [CodebookArea(id="rights", name="Workers' rights", definition="…", indicators=(
        AreaIndicator(id="lab-wr-trade-unions", name="Membership of trade unions",
                      definition="migrant workers join trade unions"),))]
    ind = draft_from_corpus([UNIONS], docs={}, embed=_embed, areas=areas)["rights"][0]
    assert ind.id == "lab-wr-trade-unions"
    assert ind.title == "Membership of trade unions"
    assert ind.question == "Does the law provide for membership of trade unions?"
    assert "membership of trade unions" in ind.scale.levels[0].description
    # withheld, the group is drafted from the corpus alone
    plain = draft_from_corpus([UNIONS], docs={}, embed=_embed, areas=areas,
                              use_definitions=False)["rights"][0]
    assert plain.id != "lab-wr-trade-unions"
    # a name in parts is asked as one provision (trial 37, P8: "… the employer; regularisation?")
    parts = [CodebookArea(id="rights", name="Workers' rights", definition="…", indicators=(
        AreaIndicator(id="lab-wr-trade-unions", name="Trade union membership; collective "
                      "bargaining", definition="migrant workers join trade unions"),))]
    ind = draft_from_corpus([UNIONS], docs={}, embed=_embed, areas=parts)["rights"][0]
    assert ind.title == "Trade union membership; collective bargaining"
    assert ind.question == ("Does the law provide for trade union membership and collective "
                            "bargaining?")
    assert ";" not in ind.scale.levels[0].description


def test_a_codebook_name_s_levels_name_the_people_it_names():
    """Trial 39, P3: "Secure and equal access to land" drawn from CEDAW GR 34 said "covering all
    women concerned": its sources speak of rural women, the codebook's indicator of everyone
    who farms. A name or definition that names women keeps them; "a minimum age …" and "a
    range of …" take their article in the question (trial 40, P12)."""
    land = [_ann("resources", f"cedaw-gr34-{k}", text, "re-land")
            for k, text in enumerate(["States parties should ensure that rural women have "
                                      "secure tenure of land.", "Women shall have equal rights "
                                      "to land and to agrarian reform."])]
    land = [replace(e, beneficiaries=("girls and women",)) for e in land]

    def levels(name: str, definition: str) -> str:
        areas = [CodebookArea(id="resources", name="Resources", definition="…", indicators=(
            AreaIndicator(id="re-land", name=name, definition=definition),))]
        ind = draft_from_corpus(land, docs={}, embed=_embed, areas=areas)["resources"][0]
        return ind.scale.levels[0].description + " " + ind.scale.levels[1].description

    plain = levels("Secure and equal access to land", "tenure security for food producers")
    assert "everyone concerned" in plain and "women" not in plain
    named = levels("Women's equal rights to land", "rural women's land tenure")
    assert "all women concerned" in named and "some of the women concerned" in named
    areas = [CodebookArea(id="rights", name="Workers' rights", definition="…", indicators=(
        AreaIndicator(id="lab-wr-trade-unions", name="Minimum age of criminal responsibility",
                      definition="migrant workers join trade unions"),))]
    ind = draft_from_corpus([UNIONS], docs={}, embed=_embed, areas=areas)["rights"][0]
    assert ind.question == "Does the law provide for a minimum age of criminal responsibility?"


def test_a_codebook_name_for_a_wrong_is_asked_as_its_prohibition():
    # a researcher's trial 24: "Denial of reasonable accommodation as discrimination" was asked
    # "Does the law provide for the denial of …?", its full level scoring the denial provided
    areas = [CodebookArea(id="rights", name="Equality", definition="…", indicators=(
        AreaIndicator(id="eq-accommodation",
                      name="Denial of reasonable accommodation as discrimination",
                      definition="reasonable accommodation"),))]
    # CRPD Art. 5(3)
    crpd = _ann("rights", "d1", "In order to promote equality and eliminate discrimination, "
                                "States Parties shall take all appropriate steps to ensure that "
                                "reasonable accommodation is provided.", "eq-accommodation")
    ind = draft_from_corpus([crpd], docs={}, embed=_embed, areas=areas)["rights"][0]
    assert ind.title == "Denial of reasonable accommodation as discrimination"
    assert ind.question == ("Does the law prohibit the denial of reasonable accommodation as "
                            "discrimination?")
    assert "prohibition of the denial of reasonable accommodation" in \
        ind.scale.levels[0].description


def test_a_codebook_name_saying_no_wrong_is_asked_as_the_wrong_s_prohibition():
    # a researcher's trial 27 (P2): "No penalisation or harassment for exercising procedural
    # rights" was asked "Does the law prohibit no penalisation or harassment …?", its full
    # level "the prohibition of no penalisation …": the opposite of Aarhus Art. 3(8)
    areas = [CodebookArea(id="enabling", name="Enabling environment", definition="…",
                          indicators=(AreaIndicator(
                              id="ena-no-penalisation",
                              name="No penalisation or harassment for exercising procedural "
                                   "rights",
                              definition="persons exercising their rights are not penalised"),))]
    aarhus = _ann("enabling", "d1", "Each Party shall ensure that persons exercising their "
                                    "rights in conformity with the provisions of this Convention "
                                    "shall not be penalized, persecuted or harassed in any way "
                                    "for their involvement.", "ena-no-penalisation")
    ind = draft_from_corpus([aarhus], docs={}, embed=_embed, areas=areas)["enabling"][0]
    assert ind.title == "No penalisation or harassment for exercising procedural rights"
    assert ind.question == ("Does the law prohibit penalisation or harassment for exercising "
                            "procedural rights?")
    assert "prohibition of penalisation or harassment" in ind.scale.levels[0].description
    assert "prohibition of no" not in ind.scale.levels[0].description


def test_a_codebook_name_saying_no_to_what_is_no_wrong_is_asked_as_its_prohibition_too():
    # a researcher's trial 30 (P2): "No prior censorship or ban of publications" was asked "Does
    # the law provide for no prior censorship …?" and scored 0 by "Neither law nor policy
    # provides for no prior censorship …": the level of a country that censors nothing
    areas = [CodebookArea(id="media", name="Media freedom", definition="…",
                          indicators=(AreaIndicator(
                              id="md-no-censorship",
                              name="No prior censorship or ban of publications",
                              definition="no licensing or prior restraint of the press"),))]
    gc34 = _ann("media", "d1", "States parties should not impose general State control over "
                               "the media, nor prior censorship of publications.",
                "md-no-censorship")
    ind = draft_from_corpus([gc34], docs={}, embed=_embed, areas=areas)["media"][0]
    assert ind.title == "No prior censorship or ban of publications"
    assert ind.question == "Does the law prohibit prior censorship or ban of publications?"
    levels = [lv.description for lv in ind.scale.levels]
    assert "prohibition of prior censorship or ban of publications" in levels[0]
    assert not any("for no " in lv or "provides for no" in lv for lv in levels)
    # validate says so of a question a researcher wrote so
    src = [("gc34 para. 22", "prior censorship of publications"), ("x", "prior censorship")]
    item = ("m1", ind.title, "Does the law provide for no prior censorship or ban of "
                             "publications?", src)
    assert [w for w in framework_quality([item], None)["m1"]
            if w.startswith("question asks whether the law provides for a wrong")]
