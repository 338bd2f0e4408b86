"""`provenance --format prov` read back by the reference PROV library (`prov`, test extra) with
its warnings turned into errors: no null attribute (prov 3.3 rejects them), round trip equal,
and every relation points at a record the document defines."""
from __future__ import annotations

import json
import warnings

import pytest
from prov.model import ProvDocument, ProvRelation

from corpus_tool.framework import load_framework
from corpus_tool.indicators.provenance import render

from tests.conftest import REPO


@pytest.fixture(scope="module")
def prov_text() -> str:
    return render(load_framework(REPO / "indicators" / "framework.yaml"), fmt="prov")


def test_reference_framework_reads_without_a_warning(prov_text):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = ProvDocument.deserialize(content=prov_text, format="json")
    assert len(doc.get_records()) > 1000
    assert "null" not in prov_text.replace('"null"', "")


def test_round_trip_is_equal_and_no_relation_dangles(prov_text):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = ProvDocument.deserialize(content=prov_text, format="json")
        again = ProvDocument.deserialize(content=doc.serialize(format="json"), format="json")
    assert again == doc
    defined = {r.identifier for r in doc.get_records() if not isinstance(r, ProvRelation)}
    relations = [r for r in doc.get_records() if isinstance(r, ProvRelation)]
    assert relations
    for rel in relations:
        for _name, value in rel.formal_attributes[:2]:
            assert value in defined, (rel, value)


def test_passages_without_a_page_simply_have_no_page(prov_text):
    ents = json.loads(prov_text)["entity"]
    passages = [e for e in ents.values() if e["prov:type"] == "ct:Passage"]
    assert passages and all("ct:page" not in e or isinstance(e["ct:page"], int)
                            for e in passages)
    assert any("ct:page" not in e for e in passages)
