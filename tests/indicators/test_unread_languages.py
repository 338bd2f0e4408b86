"""A coded passage in a language the statements stage does not read (here the Spanish text of the
European Social Charter) has no strength: its duties and rights are not known, not absent. The
drafts said of binding French and Spanish provisions that they were cited "for words that state
no duty or right", in text meant for publication (a researcher's trial, session 44)."""
from __future__ import annotations

import csv

from corpus_tool.coding.annotations import add_annotation
from corpus_tool.framework.io import load_framework
from corpus_tool.indicators.draft import draft_indicators, draft_path
from corpus_tool.pipeline import ingest
from corpus_tool.project import MANIFEST_FIELDS

from tests.indicators.conftest import REPO, copy_project, make_project

ESC_ES = REPO / "tests" / "data" / "languages" / "es-boe-a-1980-13567-esc.md"
QUOTE = ("A asegurar o favorecer, según se requiera, la formación técnica y profesional de todas "
         "las personas")


def _with_spanish_charter(root):
    project = make_project(root, annotations=[])
    (project.corpus_dir / "esc-es.md").write_bytes(ESC_ES.read_bytes())
    with open(project.manifest_path, "a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n").writerow({
            "id": "coe-esc-1961-es", "title": "Carta Social Europea", "issuer": "Consejo de Europa",
            "year": "1961", "type": "charter", "legal_force": "binding", "language": "es",
            "path": "esc-es.md"})
    ingest(project)
    return project


def _rationale(project, doc_id):
    fw = load_framework(draft_path(project))
    ind = next(i for i in fw.indicators() if any(s.anchor.doc_id == doc_id for s in i.sources))
    return ind, ind.rationale


def test_a_spanish_binding_provision_is_not_said_to_state_no_duty(tmp_path):
    project = _with_spanish_charter(tmp_path / "p")
    add_annotation(project, area="access", doc_id="coe-esc-1961-es", quote=QUOTE,
                   indicator="vocational-training", coder="tester", created="2026-01-01T00:00:00Z")
    draft_indicators(project, use_suggestions=False)
    ind, rationale = _rationale(project, "coe-esc-1961-es")
    source = next(s for s in ind.sources if s.anchor.doc_id == "coe-esc-1961-es")
    assert source.locator == "Art. 10(1)" and source.strength == ""
    assert "state no duty or right" not in rationale
    assert "non-binding texts only" not in rationale
    assert ("Cited in binding texts in Spanish, whose duties and rights the tool does not read "
            "(check them): the Carta Social Europea (1961), Art. 10(1).") in rationale

    # beside an English binding text it is cited too, after the grounding
    p2 = copy_project(project.root, tmp_path / "q")
    add_annotation(p2, area="access", doc_id="un-icescr-1966",
                   quote="Primary education shall be compulsory and available free to all",
                   indicator="vocational-training", coder="tester", created="2026-01-01T00:00:00Z")
    draft_indicators(p2, use_suggestions=False)
    _, rationale = _rationale(p2, "coe-esc-1961-es")
    assert rationale.startswith("Grounded in binding obligations in the International Covenant")
    assert "Also cited in binding texts in Spanish" in rationale


def test_validate_compares_no_key_terms_across_languages(tmp_path):
    """Every Spanish and French source was said to "share no key term" with its English title,
    which buried the warnings that mean something."""
    from corpus_tool.indicators.promotion import promote
    from corpus_tool.indicators.validate import validate_framework
    project = _with_spanish_charter(tmp_path / "p")
    for doc, quote in [("coe-esc-1961-es", QUOTE), ("unesco-cade-1960", "To make primary "
                                                    "education free and compulsory")]:
        add_annotation(project, area="access", doc_id=doc, quote=quote, indicator="training",
                       coder="tester", created="2026-01-01T00:00:00Z")
    draft_indicators(project, use_suggestions=False)
    promote(project)
    warnings = validate_framework(project, backend="hash")["warnings"]
    assert not [w for w in warnings if "no key term" in w and "coe-esc-1961-es" in w]
