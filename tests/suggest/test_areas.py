"""The codebook (default + validation errors) and area suggestions (few-shot with "none of these
areas", zero-shot, supervised)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.anchoring import find_quote
from corpus_tool.coding.annotations import add_annotation
from corpus_tool.coding.files import load_annotations
from corpus_tool.errors import InputError
from corpus_tool.project import Project, init_project
from corpus_tool.suggest import fewshot as F
from corpus_tool.codebook import load_codebook, parse_codebook
from corpus_tool.corpus import extract_document
from corpus_tool.suggest.areas import suggest_areas
from corpus_tool.suggest.model import MIN_PER_AREA
from corpus_tool.suggest.evaluate import evaluate_suggestions
from corpus_tool.suggest.review import accept_suggestions

from tests.coding.conftest import small_project
from tests.conftest import REPO

PACKAGED = REPO / "corpus_tool" / "data" / "codebook.yaml"


def test_default_codebook_is_the_reference_codebook_and_has_the_four_areas(tmp_path):
    assert PACKAGED.read_bytes() == (REPO / "annotations" / "codebook.yaml").read_bytes()
    project = init_project(tmp_path / "new")
    areas = load_codebook(project)
    assert [a.id for a in areas] == ["access", "outcomes", "diversity", "intercultural"]
    for a in areas:
        assert a.definition and a.include and a.exclude and len(a.seed_terms) >= 10
        assert len(a.examples) >= 3


def test_codebook_examples_are_real_quotes_from_the_reference_corpus():
    import csv
    with open(REPO / "corpus" / "manifest.csv", encoding="utf-8", newline="") as f:
        paths = {r["id"]: REPO / "corpus" / r["path"] for r in csv.DictReader(f)}
    texts: dict[str, str] = {}
    for area in parse_codebook(PACKAGED):
        for ex in area.examples:
            # as the product reads the file (the readers drop what a conversion left in it)
            if ex.doc not in texts:
                texts[ex.doc] = " ".join(extract_document(paths[ex.doc]).text.split())
            assert find_quote(texts[ex.doc], ex.quote), (area.id, ex.doc, ex.quote[:50])


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = PACKAGED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "annotations" / "codebook.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_malformed_codebook_names_file_line_and_field(tmp_path):
    path = _broken(tmp_path, "    seed_terms:\n      - mother tongue",
                   "    seed_terms:\n      - {term: mother tongue}")
    with pytest.raises(InputError) as e:
        parse_codebook(path)
    line = path.read_text(encoding="utf-8").splitlines().index("      - {term: mother tongue}") + 1
    assert str(e.value).startswith(f"{path}, line {line}: areas -> 2 -> seed_terms -> 0: ")


def test_codebook_errors_for_missing_field_bad_id_duplicates_and_yaml(tmp_path):
    path = _broken(tmp_path, "    name: Equality of access\n", "")
    with pytest.raises(InputError, match=r"line \d+: areas -> 0 -> name: Field required"):
        parse_codebook(path)
    path = _broken(tmp_path, "  - id: outcomes", "  - id: Outcomes Area")
    with pytest.raises(InputError, match=r"areas -> 1 -> id: .*lowercase"):
        parse_codebook(path)
    path = _broken(tmp_path, "  - id: outcomes", "  - id: access")
    with pytest.raises(InputError, match=r"line \d+: areas -> 1 -> id: duplicate area id 'access'"
                                         r" \(also the id of the area at line 12\)"):
        parse_codebook(path)     # the first by its line, not "(also area 0)" (trial 40, P14)
    path = _broken(tmp_path, "areas:", "areas: [")
    with pytest.raises(InputError, match=r"codebook.yaml, line \d+: invalid YAML"):
        parse_codebook(path)
    path = _broken(tmp_path, "    definition: >-", "    colour: blue\n    definition: >-")
    with pytest.raises(InputError, match=r"areas -> 0 -> colour: Extra inputs"):
        parse_codebook(path)


def test_researchers_can_add_an_area(tmp_path):
    path = _broken(tmp_path, "areas:\n", "areas:\n  - id: early-years\n    name: Early years\n"
                   "    definition: Pre-primary education and care.\n    seed_terms: preschool\n")
    areas = parse_codebook(path)
    assert areas[0].id == "early-years" and areas[0].seed_terms == ("preschool",)


@pytest.fixture()
def project(tmp_path):
    return small_project(tmp_path / "p")


TEXTS = ["Primary education shall be free and compulsory for all children, irrespective of their "
         "residence status.",
         "Schools offer lessons in the mother tongue of pupils with a migrant background."]


def test_zero_shot_suggestions_rank_all_areas_with_model_id(project):
    sugg = suggest_areas(project, texts=TEXTS, backend="hash", method="zero-shot")
    assert [s.id for s in sugg] == ["text-1", "text-2"]
    for s in sugg:
        assert s.method == "zero-shot"
        assert s.model_id.startswith("areas-zs-v1:hash-")
        # its relevance comes from the few-shot model, whose version it names
        assert s.model_version.startswith(f"zs-v1+{F.VERSION}-")
        assert sorted(a for a, _ in s.scores) == ["access", "diversity", "intercultural",
                                                  "outcomes"]
        scores = [v for _, v in s.scores]
        assert scores == sorted(scores, reverse=True)
        assert sum(scores) == pytest.approx(1.0, abs=1e-3)
    # the codebook's own example passage is recognised as its area
    example = load_codebook(project)[2].examples[0].quote
    assert suggest_areas(project, texts=[example], backend="hash",
                         method="zero-shot")[0].area == "diversity"


def test_default_is_few_shot_with_a_calibrated_relevance(project):
    sugg = suggest_areas(project, texts=TEXTS, backend="hash")
    for s in sugg:
        assert s.method == "few-shot"
        assert s.model_id.startswith("areas-fewshot-v2:hash-")
        assert sum(v for _, v in s.scores) == pytest.approx(1.0, abs=1e-3)
        assert 0.0 <= s.relevance <= 1.0 and s.none_below == 0.5
        assert s.to_dict()["fits"] == (s.relevance >= 0.5)
    # the codebook's own example is in its area and more relevant than a packaged background
    # sentence, which is not about the codebook (the hash embedder is crude: MiniLM's figures
    # are in the integration test below)
    example = load_codebook(project)[2].examples[0].quote
    background = F.background_sentences()[0]["text"]
    ex, bg = suggest_areas(project, texts=[example, background], backend="hash")
    assert ex.area == "diversity"
    assert not bg.fits and bg.relevance < ex.relevance


def test_codebook_texts_put_exclude_notes_under_the_area_they_point_to(project):
    pairs = F.codebook_texts(load_codebook(project))
    assert ("support once pupils are in school (language support, targeted measures, "
            "monitoring results)", "outcomes") in pairs
    assert ("right to education", "access") in pairs
    assert {a for _, a in pairs} == {"access", "outcomes", "diversity", "intercultural"}
    assert not any("→" in t for t, _ in pairs)


def test_background_sentences_are_attributed_and_off_topic():
    bg = F.background_sentences()
    assert len(bg) == 165 and len({b["id"] for b in bg}) == 165
    assert {b["doc"] for b in bg} >= {"cbd-1992", "ccpr-gc36-2018", "vcdr-1961"}
    assert all(b["title"] and b["locator"] and 70 <= len(b["text"]) <= 350 for b in bg)
    assert not [b for b in bg if re.search(r"educat|school|pupil|child", b["text"], re.I)]


def test_suggestions_for_every_passage_when_no_statements(project):
    sugg = suggest_areas(project, backend="hash")
    assert len(sugg) > 50
    assert all(s.id.split(":")[0] in {"un-crc-1989", "coe-fcnm-1995", "cmw-crc-jgc4-23-2017"}
               for s in sugg)
    # the Dutch translations that follow the English treaty texts are not scored
    assert not [s.id for s in sugg if ":nl-" in s.id]
    assert "un-crc-1989:art-28-1-a" in {s.id for s in sugg}


# five human annotations per area from the reference coding of the three documents
CODING = {
    "access": ["Make primary education compulsory and available free to all;",
               "Make higher education accessible to all on the basis of capacity",
               "The Parties undertake to promote equal opportunities for access to education",
               "irrespective of status, shall have full access to all levels",
               "from registering at schools and educational institutions"],
    "outcomes": ["encourage regular attendance at schools and the reduction of drop-out rates",
                 "targeted measures are needed, including additional language education",
                 "prohibiting and preventing any kind of educational segregation",
                 "without prejudice to the learning of the official language",
                 "dedicate staff to facilitating access to education for migrant children"],
    "diversity": ["has the right to learn his or her minority language",
                  "to set up and to manage their own private educational",
                  "opportunities for being taught the minority language",
                  "his or her own cultural identity, language and values",
                  "to enjoy his or her own culture"],
    "intercultural": ["friendship among all peoples, ethnic, national and religious groups",
                      "foster knowledge of the culture, history, language and religion",
                      "facilitate contacts among students and teachers of different communities",
                      "The development of respect for human rights and fundamental freedoms",
                      "encourage a spirit of tolerance and intercultural dialogue"],
}
DOC_OF = {}


def _code(project: Project, n: int = MIN_PER_AREA) -> None:
    docs = ("un-crc-1989", "coe-fcnm-1995", "cmw-crc-jgc4-23-2017")
    for area, quotes in CODING.items():
        for q in quotes[:n]:
            for d in docs:
                try:
                    add_annotation(project, doc_id=d, quote=q, area=area, coder="coder-a")
                    break
                except InputError:
                    continue
            else:
                raise AssertionError(q)


def test_supervised_on_request_once_every_area_has_enough(project):
    _code(project, MIN_PER_AREA - 1)
    assert suggest_areas(project, texts=TEXTS, backend="hash")[0].method == "few-shot"
    with pytest.raises(InputError, match="at least 5 annotations per area"):
        suggest_areas(project, texts=TEXTS, backend="hash", method="supervised")
    _code_rest(project)
    s = suggest_areas(project, texts=TEXTS, backend="hash", method="supervised")[0]
    assert s.method == "supervised"
    assert s.model_id.startswith("areas-logreg-cal-zs-v1:hash-")
    assert s.model_version.startswith(f"logreg-cal-zs-v1+{F.VERSION}-")
    # every method's version changes when the annotations change: the relevance of each is
    # the few-shot model's, fitted on them
    before = {m: suggest_areas(project, texts=TEXTS, backend="hash", method=m)[0].model_version
              for m in ("few-shot", "zero-shot", "supervised")}
    add_annotation(project, doc_id="un-crc-1989", quote="Make educational and vocational "
                   "information and guidance available", area="outcomes", coder="coder-b")
    for m, v1 in before.items():
        s = suggest_areas(project, texts=TEXTS, backend="hash", method=m)[0]
        assert s.method == m and s.model_version != v1


def _code_rest(project: Project) -> None:
    for area, quotes in CODING.items():
        q = quotes[MIN_PER_AREA - 1]
        for d in ("un-crc-1989", "coe-fcnm-1995", "cmw-crc-jgc4-23-2017"):
            try:
                add_annotation(project, doc_id=d, quote=q, area=area, coder="coder-a")
                break
            except InputError:
                continue


def test_evaluation_reports_cross_validated_accuracy(project):
    _code(project)
    rep = evaluate_suggestions(project, backend="hash", folds=5)
    assert rep["annotations"] == 20
    assert rep["per_area"] == {a: 5 for a in CODING}
    assert 0 <= rep["zero_shot"]["accuracy"] <= 1
    sup = rep["supervised"]
    assert sup["folds"] == 5 and 0 <= sup["cv_accuracy"] <= 1
    assert 0 <= sup["cv_accuracy_classifier_alone"] <= 1


def test_accept_keeps_model_score_and_who_accepted(project):
    pid = "un-crc-1989:art-28-1-e"
    res = accept_suggestions(project, statement_ids=[pid], coder="coder-a", backend="hash",
                             area="outcomes")
    [a] = load_annotations(project)
    assert res["accepted"] == [a.id]
    assert a.area == "outcomes" and a.anchor.passage_id == pid
    assert a.origin.type == "suggestion" and a.origin.accepted_by == "coder-a"
    assert a.origin.model_id.startswith("areas-fewshot-v2:hash-")
    assert 0 < a.origin.score <= 1
    skipped = accept_suggestions(project, statement_ids=["un-crc-1989:art-28-1-a"],
                                 coder="coder-a", backend="hash", min_score=1.01)
    assert skipped["accepted"] == [] and len(skipped["skipped"]) == 1


def test_a_batch_accept_skips_what_the_coder_already_coded(project):
    """One statement the coder has coded is refused (a stale tab, trial 17); in a batch of
    several it is skipped with its reason, and the others are accepted (a re-run of the same
    batch was refused whole)."""
    from corpus_tool.errors import InputError
    first = "un-crc-1989:art-28-1-e"
    accept_suggestions(project, statement_ids=[first], coder="coder-a", backend="hash",
                       area="outcomes")
    with pytest.raises(InputError, match="already coded by you \\(coder-a\\)"):
        accept_suggestions(project, statement_ids=[first], coder="coder-a", backend="hash",
                           area="access")
    res = accept_suggestions(project, statement_ids=[first, "un-crc-1989:art-28-1-a"],
                             coder="coder-a", backend="hash", area="access")
    assert len(res["accepted"]) == 1
    (skip,) = res["skipped"]
    assert skip["id"] == first and skip["reason"].startswith("already coded by you as 'outcomes'")
    assert len(load_annotations(project)) == 2


def test_accept_checks_what_is_coded_under_the_file_lock(project, monkeypatch):
    """Two tabs accepting one statement at once: the check of what the coder has coded is made
    under the annotation files' lock, so the tab that comes second is refused and the statement
    is coded once (the check was made before the lock, from a list read earlier)."""
    from corpus_tool.errors import InputError
    from corpus_tool.suggest import review
    sid = "un-crc-1989:art-28-1-e"
    real_locate, raced = review.locate, []

    def locate_while_the_other_tab_saves(*args, **kwargs):
        if not raced:            # the other tab saves between this tab's reading and writing
            raced.append(True)
            accept_suggestions(project, statement_ids=[sid], coder="coder-a", backend="hash",
                               area="outcomes")
        return real_locate(*args, **kwargs)

    monkeypatch.setattr(review, "locate", locate_while_the_other_tab_saves)
    with pytest.raises(InputError, match="already coded by you"):
        accept_suggestions(project, statement_ids=[sid], coder="coder-a", backend="hash",
                           area="access")
    assert [a.area for a in load_annotations(project)] == ["outcomes"]


@pytest.mark.integration
def test_minilm_zero_shot_puts_clear_texts_in_their_area(project):
    texts = TEXTS + ["Newly arrived pupils get extra teaching in the language of instruction and "
                     "additional support staff.",
                     "The curriculum promotes tolerance and understanding among all ethnic and "
                     "religious groups."]
    got = [s.area for s in suggest_areas(project, texts=texts, backend="minilm",
                                         method="zero-shot")]
    assert got == ["access", "diversity", "outcomes", "intercultural"]


@pytest.mark.integration
def test_minilm_few_shot_areas_and_none_of_these(project):
    texts = TEXTS + ["Newly arrived pupils get extra teaching in the language of instruction and "
                     "additional support staff.",
                     "The curriculum promotes tolerance and understanding among all ethnic and "
                     "religious groups.",
                     "Each contracting State agrees to take measures to ensure that every aircraft "
                     "flying over its territory shall comply with the rules of the air.",
                     "The coastal State may adopt laws relating to innocent passage through the "
                     "territorial sea in respect of the conservation of fisheries."]
    got = suggest_areas(project, texts=texts, backend="minilm")
    assert [s.area for s in got[:4]] == ["access", "diversity", "outcomes", "intercultural"]
    assert [s.fits for s in got] == [True] * 4 + [False] * 2


def test_a_text_in_a_language_the_model_does_not_read_fits_no_area(project):
    """"La capital del Estado es la villa de Madrid" had a relevance of 0.90 to a codebook on
    migrant workers (a researcher's trial, session 44): the area model's embeddings are
    English, and a Spanish or French text's scores say nothing about it."""
    texts = ["La capital del Estado es la villa de Madrid y la bandera de España está formada "
             "por tres franjas horizontales",
             "Les travailleurs immigrés recevront, à travail égal, une rémunération égale à celle "
             "des travailleurs nationaux",
             TEXTS[0]]
    sugg = suggest_areas(project, texts=texts, backend="hash")
    assert [s.unread for s in sugg] == ["es", "fr", ""]
    assert [s.fits for s in sugg][:2] == [False, False]
    assert sugg[0].to_dict()["unread"] == "es" and "unread" not in sugg[2].to_dict()
    r = CliRunner().invoke(app, ["areas", "suggest", "--text", texts[0], "--backend", "hash",
                                 "--project", str(project.root), "--wide"])
    assert r.exit_code == 0, r.output
    assert "not read: in Spanish" in r.output and "the area model reads English" in r.output
