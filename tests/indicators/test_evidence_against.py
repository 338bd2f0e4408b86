"""Evidence against an indicator (a researcher's trial 32, P3). A housing researcher coded a
Sri Lankan summary-ejectment clause, "No appeal shall lie against any order of ejectment", to
the indicator on legal remedies against eviction, with the memo "negative evidence": there was
no way to say so, and the rationale said the indicator was "Grounded in binding obligations in"
that Act, the provenance table listing the clause as plain support. A coding now says whether
its text is evidence for its indicator or against it; evidence against words nothing and grounds
nothing, and the rationale, the provenance tables (CSV, Markdown, HTML, PROV) and the
exchange formats (W3C, CSV, REFI-QDA) carry it apart.

Real documents: CESCR General Comment 7 (the housing example) and the NHDA (Amendment) Act No. 30
of 1999 as printed (tests/pdfs)."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.annotations import add_annotation, remove_annotations, update_annotation
from corpus_tool.coding.files import load_annotations
from corpus_tool.coding.interchange import export_w3c, import_annotations
from corpus_tool.coding.qdpx_export import export_qdpx
from corpus_tool.coding.qdpx_import import import_qdpx
from corpus_tool.coding.records import annotation_to_record, record_to_annotation
from corpus_tool.errors import InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_indicators, draft_path, framework_path
from corpus_tool.indicators.merge import merge_drafts
from corpus_tool.indicators.provenance import prov_document, provenance_rows, render
from corpus_tool.pipeline import ingest
from tests.conftest import REPO, make_project

runner = CliRunner()
GC7 = REPO / "examples" / "housing" / "corpus" / "added" / "Annotated_ESCR-GC7-Evictions.json"
NHDA = REPO / "tests" / "pdfs" / "lk_nhda_amendment_act_30_1999__lk-parliament-docs.pdf"
ROWS = [{"id": "cescr-gc7-1997", "title": "General Comment No. 7: forced evictions",
         "issuer": "UN Committee on Economic, Social and Cultural Rights", "year": "1997",
         "type": "general comment", "legal_force": "non-binding", "language": "en",
         "path": "gc7.json"},
        {"id": "lk-nhda-amendment-1999",
         "title": "National Housing Development Authority (Amendment) Act, No. 30 of 1999",
         "issuer": "Parliament of Sri Lanka", "year": "1999", "type": "act",
         "legal_force": "binding", "language": "en", "path": "nhda.pdf"}]
CODEBOOK = """title: Housing and evictions
areas:
  - id: evictions
    name: Protection from forced evictions
    definition: Procedural protection and remedies where evictions take place.
    indicators:
      - id: ev-court-remedies
        name: Legal remedies and legal aid against eviction
"""
REMEDY = "(g) provision of legal remedies"
NO_APPEAL = "No appeal shall lie against any order of ejectment"
STAYED = "shall not be stayed in any manner"


@pytest.fixture(scope="module")
def housing(tmp_path_factory):
    root = tmp_path_factory.mktemp("against") / "p"
    project = make_project(root, ROWS, {"gc7.json": GC7, "nhda.pdf": NHDA})
    project.codebook_path.write_text(CODEBOOK, encoding="utf-8")
    assert not ingest(project, workers=1).get("failed")
    add_annotation(project, area="evictions", doc_id="cescr-gc7-1997", quote=REMEDY,
                   indicator="ev-court-remedies", coder="coder-h")
    add_annotation(project, area="evictions", doc_id="cescr-gc7-1997",
                   quote="(h) provision, where possible, of legal aid to persons who are in "
                         "need of it to seek redress from the courts",
                   indicator="ev-court-remedies", coder="coder-h")
    add_annotation(project, area="evictions", doc_id="lk-nhda-amendment-1999", quote=NO_APPEAL,
                   indicator="ev-court-remedies", coder="coder-h", stance="against",
                   memo="negative evidence")
    summary = draft_indicators(project, use_suggestions=False)
    return project, summary


def _indicator(path: Path):
    [ind] = [i for i in load_framework(path).indicators() if i.id == "ev-court-remedies"]
    return ind


def test_evidence_against_is_a_source_apart_that_grounds_nothing(housing):
    project, summary = housing
    ind = _indicator(draft_path(project))
    by_quote = {s.quote: s for s in ind.sources}
    assert by_quote[NO_APPEAL].stance == "against"
    assert by_quote[NO_APPEAL].locator == "s. 69E(9)"
    assert {s.stance for q, s in by_quote.items() if q != NO_APPEAL} == {"for"}
    assert ind.sources[-1].quote == NO_APPEAL           # listed after the evidence for
    # the Act is no ground of the indicator: the rationale names it apart, the figures leave
    # it out (it was "Grounded in binding obligations in the National Housing … Act"; since
    # stop 72 a State's law is "National law cited", still as support)
    assert "Grounded in binding" not in ind.rationale
    assert ind.rationale.endswith("Evidence against (coded): the National Housing Development "
                                  "Authority (Amendment) Act, No. 30 of 1999, s. 69E(9).")
    assert "2 coded passages" in ind.rationale
    assert (ind.support.statements, ind.support.instruments, ind.support.binding_sources) == \
        (2, 1, 0)
    # nor does it word the indicator: the same draft as without it
    update_annotation(project, load_annotations(project, doc_id="lk-nhda-amendment-1999")[0].id,
                      stance="for")
    try:
        draft_indicators(project, use_suggestions=False)
        plain = _indicator(draft_path(project))
    finally:
        update_annotation(project,
                          load_annotations(project, doc_id="lk-nhda-amendment-1999")[0].id,
                          stance="against")
        draft_indicators(project, use_suggestions=False)
    assert "National law cited: the National Housing" in plain.rationale
    assert "National law cited" not in ind.rationale
    assert "3 coded passages: 1 prohibition" in plain.rationale
    assert plain.support.binding_sources == 1


def test_provenance_tables_say_which_source_is_against(housing):
    project, _ = housing
    fw = load_framework(draft_path(project))
    rows = {r["quote"]: r for r in provenance_rows(fw, "ev-court-remedies")}
    assert rows[NO_APPEAL]["stance"] == "against" and rows[REMEDY]["stance"] == "for"
    table = list(csv.DictReader(io.StringIO(render(fw, fmt="csv"))))
    assert {r["quote"]: r["stance"] for r in table}[NO_APPEAL] == "against"
    md = render(fw, fmt="md", indicator_id="ev-court-remedies")
    assert "For or against the indicator" in md and "| against |" in md
    html = render(fw, fmt="html", indicator_id="ev-court-remedies")
    assert 'class="tag status-against">against</span>' in html
    # PROV: the indicator is not derived from the clause; the clause influenced it
    doc = prov_document(fw, "ev-court-remedies")
    derived = [d["ct:quote"] for d in doc["wasDerivedFrom"].values() if "ct:quote" in d]
    assert NO_APPEAL not in derived and REMEDY in derived
    [inf] = doc["wasInfluencedBy"].values()
    assert (inf["ct:quote"], inf["ct:stance"]) == (NO_APPEAL, "against")


def test_a_table_with_no_evidence_against_shows_no_stance_column(housing):
    project, _ = housing
    fw = load_framework(draft_path(project))
    ind = _indicator(draft_path(project))
    only_for = ind.model_copy(update={"sources": [s for s in ind.sources
                                                  if s.stance == "for"]})
    fw = fw.model_copy(update={"areas": [a.model_copy(update={"indicators": [only_for]})
                                         for a in fw.areas]})
    assert "For or against" not in render(fw, fmt="md")
    assert "For or against" in render(fw, fmt="csv").splitlines()[0].replace("stance",
                                                                             "For or against")


def test_a_stance_changed_on_the_coding_is_said_at_the_merge(housing, tmp_path):
    project, _ = housing
    draft = load_framework(draft_path(project))
    current = merge_drafts(None, draft).framework
    flipped = draft.model_copy(deep=True)
    ind = next(i for i in flipped.indicators() if i.id == "ev-court-remedies")
    src = next(s for s in ind.sources if s.quote == NO_APPEAL)
    ind.sources[ind.sources.index(src)] = src.model_copy(update={"stance": "for"})
    res = merge_drafts(current, flipped)
    [change] = [c for c in res.changes if c.kind == "source-stance"]
    assert "s. 69E(9): now evidence for the indicator, as coding" in change.detail
    assert "--stance" in change.detail
    # a source no coding links (a suggestion) marked against by a researcher stays so: the
    # drafts mark none against
    ind_cur = next(i for i in current.indicators() if i.id == "ev-court-remedies")
    ind_cur.sources[[s.quote for s in ind_cur.sources].index(NO_APPEAL)] = src.model_copy(
        update={"linked_by": None, "stance": "against"})
    ind.sources[[s.quote for s in ind.sources].index(NO_APPEAL)] = src.model_copy(
        update={"linked_by": None, "stance": "for"})
    res = merge_drafts(current, flipped)
    assert not [c for c in res.changes if c.kind == "source-stance"]
    kept = next(s for s in next(i for i in res.framework.indicators()
                                if i.id == "ev-court-remedies").sources if s.quote == NO_APPEAL)
    assert kept.stance == "against"


def test_the_cli_records_the_stance_and_refuses_it_without_an_indicator(housing):
    project, _ = housing
    args = ["annotations", "add", "--project", str(project.root), "--area", "evictions",
            "--doc", "lk-nhda-amendment-1999", "--quote", STAYED,
            "--stance", "against", "--coder", "coder-h"]
    res = runner.invoke(app, args)
    assert res.exit_code != 0
    assert "evidence against an indicator names that indicator" in res.output
    assert "--indicator ID" in res.output
    res = runner.invoke(app, args[:-4] + ["--stance", "agin", "--indicator", "ev-court-remedies",
                                          "--coder", "coder-h"])
    assert res.exit_code != 0 and "unknown stance 'agin'" in res.output
    listing = runner.invoke(app, ["annotations", "list", "--project", str(project.root),
                                  "--csv"])
    rows = list(csv.DictReader(io.StringIO(listing.output)))
    assert {r["quote"][:50]: r["stance"] for r in rows}[NO_APPEAL] == "against"


def test_w3c_records_carry_the_stance_as_an_assessment(housing):
    project, _ = housing
    [a] = load_annotations(project, doc_id="lk-nhda-amendment-1999")
    rec = annotation_to_record(a)
    assert {"type": "TextualBody", "purpose": "assessing", "value": "against"} in rec["body"]
    assert record_to_annotation(json.loads(json.dumps(rec))).stance == "against"
    rec["body"] = [b for b in rec["body"] if b.get("purpose") != "assessing"]
    assert record_to_annotation(rec).stance == "for"
    rec["body"].append({"type": "TextualBody", "purpose": "assessing", "value": "contra"})
    with pytest.raises(ValueError, match="for or against"):
        record_to_annotation(rec)
    exported = export_w3c(project)
    [item] = [i for i in exported["first"]["items"]
              if i["target"]["source"].endswith("lk-nhda-amendment-1999")]
    assert {"type": "TextualBody", "purpose": "assessing", "value": "against"} in item["body"]


def test_csv_import_reads_the_stance_column(housing, tmp_path):
    project, _ = housing
    path = tmp_path / "codings.csv"
    path.write_text(
        "doc,quote,area,indicator,stance\n"
        f"lk-nhda-amendment-1999,{STAYED},evictions,ev-court-remedies,Against\n"
        f"lk-nhda-amendment-1999,{STAYED},evictions,ev-court-remedies,contra\n"
        f"lk-nhda-amendment-1999,{STAYED},evictions,,against\n", encoding="utf-8")
    report = import_annotations(project, path, coder="coder-i")
    assert report["imported"] == 1
    [p2, p3] = report["problems"]
    assert "line 3: unknown stance 'contra'" in p2 and "an empty cell is `for`" in p2
    assert "line 4" in p3 and "names that indicator" in p3
    [a] = [a for a in load_annotations(project, creator="coder-i")]
    assert a.stance == "against"


def test_refi_qda_exchange_keeps_the_stance(housing, tmp_path):
    project, _ = housing
    path = tmp_path / "housing.qdpx"
    export_qdpx(project, path)
    with zipfile.ZipFile(path) as z:
        qde = z.read("project.qde").decode("utf-8")
    assert 'name="Evidence against"' in qde
    fresh = make_project(tmp_path / "fresh", ROWS, {"gc7.json": GC7, "nhda.pdf": NHDA})
    fresh.codebook_path.write_text(CODEBOOK, encoding="utf-8")
    assert not ingest(fresh, workers=1).get("failed")
    report = import_qdpx(fresh, path)
    assert report.unknown_codes == [] and report.added_areas == []
    got = {(a.creator, a.quote): a.stance for a in load_annotations(fresh)}
    held = {(a.creator, a.quote): a.stance for a in load_annotations(project)}
    assert got == held and "against" in got.values()


def test_a_stance_is_refused_for_a_coding_that_loses_its_indicator(housing):
    project, _ = housing
    [a] = [a for a in load_annotations(project, doc_id="lk-nhda-amendment-1999")
           if a.creator == "coder-h"]
    with pytest.raises(InputError, match="names that indicator"):
        update_annotation(project, a.id, indicator="")


def test_the_build_keeps_evidence_against_apart_in_the_framework(housing):
    project, _ = housing
    res = runner.invoke(app, ["indicators", "promote", "--project", str(project.root)])
    assert res.exit_code == 0, res.output
    ind = _indicator(framework_path(project))
    assert [s.stance for s in ind.sources if s.quote == NO_APPEAL] == ["against"]
    assert "stance: against" in framework_path(project).read_text(encoding="utf-8")


def test_words_coded_for_and_against_one_indicator_are_said_and_contested(housing):
    """One quote is one source: a second coder's coding of the same words against the
    indicator is not dropped in silence; the draft says so, and the source is contested."""
    project, _ = housing
    a = add_annotation(project, area="evictions", doc_id="cescr-gc7-1997", quote=REMEDY,
                       indicator="ev-court-remedies", coder="coder-k", stance="against")
    try:
        summary = draft_indicators(project, use_suggestions=False)
        [note] = [n for n in summary["notes"] if a.id in n]
        assert "the same words are coded as evidence for it: listed for it" in note
        src = next(s for s in _indicator(draft_path(project)).sources if s.quote == REMEDY)
        assert src.stance == "for"
        assert {(c.coder, c.stance) for c in src.contested} == {("coder-h", "for"),
                                                                ("coder-k", "against")}
    finally:
        remove_annotations(project, [a.id])
        draft_indicators(project, use_suggestions=False)
