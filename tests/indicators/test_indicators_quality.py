"""Quality of drafted indicators: titles that are whole noun phrases, questions that are
questions, near-duplicates by meaning, sources sharing no key term, one-source indicators; how
`indicators validate` reports them (warnings with ids; errors with --strict); the statements'
own phrase for a coder's indicator id; `--project` before the command."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.semantic import HashEmbedder
from corpus_tool.formats import load_yaml, write_yaml
from corpus_tool.indicators.promotion import promote
from corpus_tool.indicators.draft import draft_indicators, framework_path
from corpus_tool.indicators.phrasing import indicator_problems, near_duplicates, who_of
from corpus_tool.naming import anchor_phrase, noun_phrase, question_problem, title_problem
from tests.indicators.conftest import REPO, copy_project, make_project

runner = CliRunner()
CRPD_24_5 = next((REPO / "corpus").rglob("un_crpd_2006*")).read_text(encoding="utf-8")
CRPD_27_D = ("Enable persons with disabilities to have effective access to general technical and "
             "vocational guidance programmes, placement services and vocational and continuing "
             "training")


def test_a_title_cut_inside_its_statements_phrase_is_found():
    assert CRPD_27_D in " ".join(CRPD_24_5.split())
    cut = ("Effective access to general technical and vocational guidance programmes, placement "
           "services and vocational and continuing")
    assert title_problem(cut, [CRPD_27_D]) == "cut"
    assert title_problem(cut + " training", [CRPD_27_D]) is None
    # 'belonging | to', 'based | on': a participle that needs its preposition
    assert title_problem("Girls and women belonging", ["girls and women belonging to "
                                                       "minorities"]) == "cut"
    # the same words in a name ('the Trafficking in Persons Protocol') cut nothing (trial 46, P6)
    cedaw_gr38 = ("Under article 9 (5) of the Trafficking in Persons Protocol, States should "
                  "adopt or strengthen legislative or other measures to discourage the demand")
    assert title_problem("Prevention of trafficking in persons", [cedaw_gr38]) is None
    assert title_problem("Prevention of trafficking in persons",
                         ["to prevent trafficking in persons protocol violations"]) == "cut"


@pytest.mark.parametrize("title, problem", [
    ("Worker", "one word"),
    ("Free and compulsory primary education", None),
    ("Migrant workers have access to legal aid", "clause"),
    ("Primary education shall be free", "clause"),
    ("Right to education and to", "dangling"),
    ("Does the law protect workers?", "question"),
    ("Irrespective of status", "not a noun phrase"),
    ("— the obligation to respect", "not a noun phrase"),
    ("Facilitation of the teaching of its language", "pronoun without antecedent"),
    ("Failing released", "not a noun phrase"),      # trial 40, P6
    ("Provision of appropriate protective", "cut"),   # trial 41, P10
    ("Participation of a legal representative", None),
    ("Access to an effective remedy and alternatives", None),
    ("Use of the national initiative", None),
    ("Right to an adequate standard of living for himself", "pronoun without antecedent"),
    # a researcher's codebook name (trial 39, P7): "themselves" refers to "those"
    ("Food assistance and safety nets for those unable to feed themselves", None),
    ("Support for persons who cannot provide for themselves", None),
    # a researcher's codebook name (trial 42, P12): "its" refers to the noun it is joined to
    ("Nationality unaffected by marriage or its dissolution", None),
    ("Protection of its nationals abroad", "pronoun without antecedent"),
    # ILO C095 Art. 15(c) as a title: 'thereof' points to the laws, outside the title, even
    # with plural nouns before it
    ("Adequate penalties or other appropriate remedies for any violation thereof",
     "pronoun without antecedent"),
    ("Remedies for violations of the provisions aforesaid", "pronoun without antecedent"),
    ("Development of more specific pre-departure training and awareness-raising programmes",
     "comparison without its term"),
    ("Treatment no less favourable than that of nationals", None),
    ("Further training for women", None),
])
def test_titles_must_be_whole_noun_phrases(title, problem):
    assert title_problem(title) == problem


def test_clauses_read_as_the_noun_phrase_they_name():
    assert noun_phrase("Women migrant workers have access to legal assistance") == \
        "Access to legal assistance for women migrant workers"
    assert noun_phrase("Standards of education are equivalent in all public schools") == \
        "Equivalent standards of education in all public schools"
    assert noun_phrase("Migrant workers have the right to join trade unions") == \
        "Right of migrant workers to join trade unions"
    assert noun_phrase("Collection of disaggregated data") == "Collection of disaggregated data"


def test_questions_are_questions_a_law_can_answer():
    assert question_problem("Does the law ban recruitment fees?") is None
    assert question_problem("Does the law ban recruitment fees") == "no question mark"
    assert question_problem("The law bans recruitment fees?") == "not phrased as a question"
    assert question_problem("Does the law enjoy equal treatment?") is not None
    assert question_problem("Does the law ensure that girls and women belonging?") == \
        "ends mid-phrase"
    assert question_problem("Does the law guarantee {who} access?") == "unfilled slot"


def test_the_statements_own_phrase_for_a_coders_id():
    texts = ["shall be granted access to higher education according to the general regulations",
             "Higher education shall be made equally accessible to all",
             "access to higher education;"]
    assert anchor_phrase(["higher", "education"], texts) == "access to higher education"
    assert anchor_phrase(["trade", "unions"], ["the right to join trade unions of their choice",
                                               "membership of trade unions"]) in (
        "membership of trade unions", "trade unions")
    assert anchor_phrase(["employer", "tie"], texts) == ""
    assert who_of([("migrant workers and their families", "workers"),
                   ("migrant workers and their families",), ()]) == \
        "migrant workers and their families"
    assert who_of([(), (), ("children",)]) == "children"
    assert who_of([(), (), ()]) == ""


def test_the_people_a_draft_names_are_named_in_its_statements_words():
    """"girls and women" is the lexicon's name: a draft whose statements speak of women alone, or
    of older women, says so (trial 36, P6: "protecting all girls and women and older persons
    concerned" of discrimination against older women; "covering all girls and women concerned"
    of women's pensions)."""
    older = ["States parties should pay particular attention to older women who live in poverty.",
             "State parties must recognize that older women are an important resource."]
    both = [("girls and women", "older persons")] * 2
    assert who_of(both, older, most=True) == "older women"
    assert who_of(both + [("older persons",)], older + ["Older persons shall be protected."],
                  most=True) == "older persons"
    pensions = ["Women shall have equal access to contributory pension schemes.",
                "States parties shall ensure that women receive a pension."]
    assert who_of([("girls and women",)] * 2, pensions) == "women"
    girls = pensions[:1] + ["Girls shall have access to education."]
    assert who_of([("girls and women",)] * 2, girls) == "girls and women"
    assert who_of([("girls and women",)] * 2) == "girls and women"       # no texts: the names


def test_near_duplicates_by_meaning_within_and_across_areas():
    emb = HashEmbedder().encode
    same = "Curriculum reflects diversity. Does the curriculum reflect the diversity of society?"
    items = [("diversity-curriculum-diversity", same), ("intercultural-curriculum-diversity", same),
             ("workers-rights-trade-unions", "Membership of trade unions. Does the law guarantee "
              "migrant workers membership of trade unions?")]
    pairs = near_duplicates(items, emb)
    assert [(a, b) for a, b, _ in pairs] == [("diversity-curriculum-diversity",
                                             "intercultural-curriculum-diversity")]


def test_sources_sharing_no_key_term_and_one_source_are_reported():
    probs = indicator_problems(
        title="Teachers trained to meet migrant pupils' learning needs",
        question="Does the law require teacher training on the needs of migrant pupils?",
        sources=[("un-crc-1989 para. 12", "should be registered with appropriate school "
                  "authorities")])
    assert "1 of 1 source shares no key term with the indicator: un-crc-1989 para. 12" in probs
    assert "rests on one source only" in probs


def test_unrelated_sources_are_one_warning_each_place_once_and_narrow_wording_is_said():
    """The sources sharing no key term make one warning: each place once with its number of
    quotes; when they are half the sources or more, the warning says the wording may be
    narrower than the sources (titles a reader mostly rejected)."""
    title = "Effective firewalls between health services and immigration enforcement"
    question = "Does the law put in place firewalls between health services and immigration?"
    firewall = ("States should ensure firewalls between health services and immigration "
                "enforcement.")
    data = "Personal data collected for other purposes must not be shared."
    four = [("cmw-gc2-2013 para. 74", data), ("cmw-gc2-2013 para. 74", "Nor used to detain."),
            ("cerd-gr37-2024 para. 50", firewall), ("cescr-gc14-2000 para. 35", firewall)]
    probs = indicator_problems(title=title, question=question, sources=four)
    assert probs == ["2 of 4 sources share no key term with the indicator: cmw-gc2-2013 para. 74 "
                     "(2 quotes) (the title and question may be narrower than what its sources "
                     "require)"]
    one_of_three = indicator_problems(title=title, question=question, sources=four[1:])
    assert one_of_three == ["1 of 3 sources shares no key term with the indicator: "
                            "cmw-gc2-2013 para. 74"]
    assert indicator_problems(title=title, question=question, sources=four[2:]) == []


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("quality") / "p")
    draft_indicators(p, use_suggestions=False)
    promote(p)
    return p.root


@pytest.fixture
def project(base, tmp_path):
    return copy_project(base, tmp_path / "p")


def _validate(project, *extra):
    r = runner.invoke(app, ["indicators", "validate", "--project", str(project.root), "--json",
                            "--backend", "hash", *extra])
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def _duplicate_two(project) -> tuple[str, str]:
    path = framework_path(project)
    data = load_yaml(path)
    inds = [i for a in data["areas"] for i in a["indicators"]]
    a, b = inds[0], inds[-1]
    b["title"], b["question"] = a["title"], a["question"]
    write_yaml(path, data)
    return a["id"], b["id"]


def test_validate_warns_of_near_duplicates_with_their_ids(project):
    a, b = _duplicate_two(project)
    r, rep = _validate(project)
    assert r.exit_code == 0, r.output
    dup = [w for w in rep["warnings"] if "near-duplicate" in w]
    # each named with its line in the file
    assert any(re.match(rf"{a} \(line \d+\): near-duplicate of {b}", w) for w in dup), dup
    assert any(re.match(rf"{b} \(line \d+\): near-duplicate of {a}", w) for w in dup), dup
    per = {x["id"]: x for x in rep["per_indicator"]}
    assert any("near-duplicate" in q for q in per[a]["quality"])


def test_validate_strict_turns_quality_warnings_into_exit_1(project):
    a, b = _duplicate_two(project)
    r, rep = _validate(project, "--strict")
    assert r.exit_code == 1
    assert rep["ok"] is False
    assert any(re.match(rf"{a} \(line \d+\): near-duplicate of {b}", e) for e in rep["errors"])
    assert "Error:" in r.stderr


def test_global_project_option_before_the_command(project):
    before = runner.invoke(app, ["--project", str(project.root), "indicators", "list", "--json"])
    after = runner.invoke(app, ["indicators", "list", "--project", str(project.root), "--json"])
    assert before.exit_code == 0, before.output
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(before.stdout)
    # the command's own option wins over the global one
    other = runner.invoke(app, ["--project", "/nonexistent-project", "indicators", "list",
                                "--project", str(project.root), "--json"])
    assert other.exit_code == 0, other.output


def test_titles_naming_a_bare_subject_or_people_are_warned_of():
    """Titles a reader rejected on the held-out examples because they name no provision: a bare
    subject or people. A provision ('Access to education', 'Right of the child to be heard')
    is not warned of."""
    src = [("a", "States shall ensure access to health services for child victims."),
           ("b", "Health services shall be available to child victims.")]

    def warned(title: str) -> list[str]:
        return [p for p in indicator_problems(title=title, question="Does the law provide it?",
                                              sources=src) if p.startswith("title may name")]
    assert warned("Health services") == ["title may name a subject, not what is required of it: "
                                         "'Health services' (what must the law or the "
                                         "authorities do?)"]
    assert "title is not a whole noun phrase (one word): 'Procedure'" in indicator_problems(
        title="Procedure", question="Does the law provide it?", sources=src)
    assert warned("Child victims") == ["title may name people, not what is required for them: "
                                       "'Child victims' (what must the law or the authorities "
                                       "do?)"]
    assert warned("Workers in a regular situation and members of their families")
    for title in ("Access to health services", "Right of the child to be heard",
                  "Free assistance of an interpreter",
                  "Prohibition of recruitment fees charged to domestic workers"):
        assert warned(title) == [], title
