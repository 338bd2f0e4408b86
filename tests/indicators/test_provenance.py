"""Provenance tables: one row per source, in Markdown, CSV, HTML, XLSX and W3C PROV-JSON."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_indicators, framework_path
from corpus_tool.indicators.promotion import promote
from corpus_tool.indicators.provenance import (COLUMNS, document_facts, prov_document,
                                               provenance_rows, render)

from tests.indicators.conftest import ANNOTATIONS, make_project

runner = CliRunner()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("prov") / "p")
    draft_indicators(p, use_suggestions=False)
    promote(p)
    return p


@pytest.fixture(scope="module")
def fw(project):
    return load_framework(framework_path(project))


def test_one_row_per_source_with_everything_a_reader_needs(fw):
    rows = provenance_rows(fw)
    assert len(rows) == sum(len(i.sources) for i in fw.indicators()) == len(ANNOTATIONS)
    quotes = {q for _, _, q, _, _ in ANNOTATIONS}
    assert {r["quote"] for r in rows} == quotes
    for r in rows:
        for k in ("document", "issuer", "year", "type", "legal_force", "locator", "quote",
                  "strength", "area", "linked_by"):
            assert r[k] not in (None, ""), (k, r)
        assert r["linked_by"].startswith("annotation ") and r["linked_by"].endswith("by tester")
    one = provenance_rows(fw, "parental-convictions")
    assert {r["doc_id"] for r in one} == {"coe-echr-p1-1952", "un-icescr-1966"}
    assert {r["area"] for r in one} == {"intercultural"}


def test_csv_md_html_xlsx(fw):
    data = render(fw, fmt="csv")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert list(rows[0])[:len(COLUMNS)] == COLUMNS and len(rows) == len(ANNOTATIONS)
    md = render(fw, fmt="md", indicator_id="parental-convictions")
    assert md.count("\n| ") == 3          # header + 2 sources
    assert "in conformity with their own religious and philosophical convictions" in md
    html = render(fw, fmt="html")
    assert html.startswith("<!doctype html>") and "<script src" not in html
    assert "Art. 13(2)(a)" in html
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(render(fw, fmt="xlsx")))
    ws = wb["provenance"]
    assert ws.max_row == len(ANNOTATIONS) + 1
    assert [c.value for c in ws[1]][:3] == ["Indicator", "Indicator title", "Area"]


def test_prov_json_chain_indicator_passage_document(fw):
    doc = prov_document(fw, "parental-convictions")
    ents = doc["entity"]
    assert ents["ind:parental-convictions"]["prov:type"] == "ct:Indicator"
    derived = {(d["prov:generatedEntity"], d["prov:usedEntity"])
               for d in doc["wasDerivedFrom"].values()}
    # indicator → (statement →) passage → document, for every source
    for s in next(i for i in fw.indicators() if i.id == "parental-convictions").sources:
        pid = "psg:" + s.anchor.passage_id.replace(":", "/")
        did = "doc:" + s.anchor.doc_id
        assert ents[pid]["prov:type"] == "ct:Passage" and ents[did]["prov:type"] == "ct:Document"
        first = pid if not s.anchor.statement_id else "stmt:" + s.anchor.statement_id.replace(":", "/")
        assert ("ind:parental-convictions", first) in derived
        assert (pid, did) in derived
    agents = doc["agent"]
    assert agents["agent:tester"]["prov:type"] == "prov:Person"
    # every reference points at a declared entity or agent
    for d in doc["wasDerivedFrom"].values():
        assert d["prov:generatedEntity"] in ents and d["prov:usedEntity"] in ents
    for a in doc["wasAttributedTo"].values():
        assert a["prov:entity"] in ents and a["prov:agent"] in agents


def test_prov_json_names_the_suggester_a_software_agent_and_its_acceptor_a_person(fw):
    # a researcher's trial (session 43): a confident suggestion's source named "corpus-tool
    # areas suggest" a prov:Person
    from corpus_tool.framework.model import LinkedBy, SuggestionLink
    fw = fw.model_copy(deep=True)               # the module's framework stays as it is
    ind = next(i for i in fw.indicators() if i.id == "parental-convictions")
    ind.sources[0] = ind.sources[0].model_copy(update={"linked_by": LinkedBy(
        suggestion=SuggestionLink(model_id="areas-fewshot-v1", score=0.8),
        by="corpus-tool areas suggest")})
    ind.sources[1] = ind.sources[1].model_copy(update={"linked_by": LinkedBy(
        suggestion=SuggestionLink(model_id="areas-fewshot-v1", score=0.7, accepted_by="ana"),
        by="corpus-tool areas suggest")})
    agents = prov_document(fw, "parental-convictions")["agent"]
    assert agents["agent:areas-fewshot-v1"]["prov:type"] == "prov:SoftwareAgent"
    assert agents["agent:ana"]["prov:type"] == "prov:Person"
    assert not [a for a, v in agents.items() if "suggest" in a and v["prov:type"] == "prov:Person"]


def test_the_tables_name_each_documents_source_and_licence(fw, project):
    # a researcher's trial (session 43): a paper's appendix needs where each document was taken
    # from and under what licence; the tables named neither
    docs = document_facts(project)
    row = provenance_rows(fw, docs=docs)[0]
    assert row["source_url"] == docs[row["doc_id"]]["source"] != ""
    assert row["licence"] == docs[row["doc_id"]]["licence"]
    md = render(fw, fmt="md", docs=docs)
    assert f"]({row['source_url']})" in md                    # the document's name links to it
    html = render(fw, fmt="html", docs=docs)
    if row["source_url"].startswith("http"):
        assert f'href="{row["source_url"]}"' in html
    prov = json.loads(render(fw, fmt="prov", docs=docs))
    assert prov["entity"]["doc:" + row["doc_id"]]["ct:source"] == row["source_url"]
    header = next(csv.reader(io.StringIO(render(fw, fmt="csv", docs=docs))))
    assert "source_url" in header and "licence" in header


def test_a_source_that_is_no_web_address_is_no_link(fw, project):
    # a researcher's trial 29 (P13): "https://github.com/…/title-42 (chunks 11800-12130, see
    # SOURCES.md)" was made a link, which was broken; the document's name is then plain text
    docs = document_facts(project)
    row = provenance_rows(fw, docs=docs)[0]
    noted = {k: dict(v) for k, v in docs.items()}
    noted[row["doc_id"]]["source"] = "https://example.org/act (chunks 1-9, see SOURCES.md)"
    assert "href=\"https://example.org/act" not in render(fw, fmt="html", docs=noted)
    assert "](https://example.org/act" not in render(fw, fmt="md", docs=noted)


def test_cli_formats_and_errors(project, tmp_path):
    r = runner.invoke(app, ["provenance", "parental-convictions", "--format", "csv",
                            "--project", str(project.root)])
    assert r.exit_code == 0, r.output
    assert len(list(csv.DictReader(io.StringIO(r.stdout)))) == 2
    r = runner.invoke(app, ["provenance", "--json", "--project", str(project.root)])
    assert r.exit_code == 0
    assert len(json.loads(r.stdout)["rows"]) == len(ANNOTATIONS)
    r = runner.invoke(app, ["provenance", "--format", "prov", "--project", str(project.root)])
    assert r.exit_code == 0 and "wasDerivedFrom" in json.loads(r.stdout)
    out = tmp_path / "p.xlsx"
    r = runner.invoke(app, ["provenance", "--format", "xlsx", "-o", str(out), "--project",
                            str(project.root)])
    assert r.exit_code == 0 and out.stat().st_size > 1000
    r = runner.invoke(app, ["provenance", "parental-conviction", "--project", str(project.root)])
    assert r.exit_code == 1 and "Error:" in r.output and "parental-convictions" in r.output
    r = runner.invoke(app, ["provenance", "--format", "pdf", "--project", str(project.root)])
    assert r.exit_code == 1 and "md, csv, html, xlsx, prov" in r.output


def test_xlsx_cells_are_typed_header_frozen_widths_fitted(fw):
    from openpyxl import load_workbook
    rows = provenance_rows(fw)
    ws = load_workbook(io.BytesIO(render(fw, fmt="xlsx")))["provenance"]
    head = [c.value for c in ws[1]]
    year_col = head.index("Year") + 1
    years = [ws.cell(row=i, column=year_col) for i in range(2, ws.max_row + 1)]
    assert [c.value for c in years] == [r["year"] for r in rows]
    assert all(c.data_type == "n" and isinstance(c.value, int) for c in years)
    assert all(c.number_format == "0" for c in years)          # 1966, not 1,966
    assert ws.freeze_panes == "A2" and all(c.font.b for c in ws[1])
    widths = {h: ws.column_dimensions[chr(64 + i)].width for i, h in enumerate(head, 1)}
    assert widths["Year"] < 10 < widths["Document"]          # fitted, not one width for all
    assert widths["Quote"] == 80                              # capped; long quotes wrap
    quote_cell = ws.cell(row=2, column=head.index("Quote") + 1)
    assert quote_cell.alignment.wrap_text


def test_xlsx_of_the_same_framework_is_the_same_bytes(fw, project, tmp_path):
    import time
    import zipfile
    docs = document_facts(project)
    first = render(fw, fmt="xlsx", docs=docs)
    time.sleep(1.1)                                           # a later second, a later stamp
    assert render(fw, fmt="xlsx", docs=docs) == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert "1980-01-01T00:00:00Z</dcterms:created>" in core
    assert "1980-01-01T00:00:00Z</dcterms:modified>" in core
    # -o writes where the researcher asks, the same bytes
    out = tmp_path / "elsewhere" / "prov.xlsx"
    r = runner.invoke(app, ["provenance", "--format", "xlsx", "-o", str(out), "--project",
                            str(project.root)])
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == first


def test_a_quote_with_its_own_quote_marks_is_not_quoted_twice():
    # a researcher's trial (session 41): "““[P]rogressive introduction of free education” …"
    from corpus_tool.indicators.provenance import indicator_table_html
    own = "“[P]rogressive introduction of free education” means that States must prioritize"
    html = indicator_table_html([{"quote": own}, {"quote": "Education shall be free"}])
    assert f'<td class="quote">{own}</td>' in html
    assert '<td class="quote"><q>Education shall be free</q></td>' in html


def test_the_tool_s_own_terms_have_one_namespace_in_every_export(fw):
    # a researcher's trial (session 41): 'ct:' meant one IRI in PROV-JSON and another in the
    # W3C annotation export
    from corpus_tool.coding.interchange import EXPORT_CONTEXT
    from corpus_tool.indicators.provenance import prov_document
    assert prov_document(fw)["prefix"]["ct"] == EXPORT_CONTEXT[1]["ct"]


def test_coded_only_leaves_out_what_a_model_alone_suggested(fw, project, tmp_path):
    """A model's suggestions sat in the published tables beside the codings, told apart only by
    the "Linked by" column (trial 20). `--coded-only` keeps the sources a researcher linked: a
    coding (an accepted suggestion is one) and a source written in by hand."""
    from corpus_tool.framework.io import save_framework
    from corpus_tool.framework.model import LinkedBy, SuggestionLink
    from corpus_tool.indicators.selection import coded_only
    mixed = fw.model_copy(deep=True)
    ind = mixed.indicators()[0]
    coded = ind.sources[0]
    machine = coded.model_copy(update={"linked_by": LinkedBy(suggestion=SuggestionLink(
        model_id="areas-fewshot-v1", score=0.8)), "quote": coded.quote + " (suggested)"})
    by_hand = coded.model_copy(update={"linked_by": None, "quote": coded.quote + " (by hand)"})
    ind.sources = [coded, machine, by_hand]
    kept = coded_only(mixed).indicators()[0].sources
    assert [s.quote for s in kept] == [coded.quote, by_hand.quote]
    assert len(mixed.indicators()[0].sources) == 3            # a copy: the framework is as it was
    path = tmp_path / "mixed.yaml"
    save_framework(path, mixed)
    rows = {}
    for flag in ([], ["--coded-only"]):
        r = runner.invoke(app, ["provenance", ind.id, "-f", str(path), "--json", *flag,
                                "--project", str(project.root)])
        assert r.exit_code == 0, r.output
        rows[bool(flag)] = json.loads(r.stdout)["rows"]
    assert len(rows[False]) == len(rows[True]) + 1
    assert not any(r["linked_by"].startswith("suggestion") for r in rows[True])
