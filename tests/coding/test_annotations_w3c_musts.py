"""Every reference annotation, exported as W3C JSON-LD, passes all MUST assertions of the W3C
Web Annotation Working Group's own test suite (`annotationMusts.test`)."""
from __future__ import annotations

import pytest

from corpus_tool.coding.interchange import export_w3c

from tests.coding.interchange_support import reference_copy
from tests.coding.w3c_support import failed_musts, must_validators


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    project = reference_copy(tmp_path_factory.mktemp("w3c") / "ref")
    return export_w3c(project)


def test_the_suite_has_its_54_must_assertions():
    assert len(must_validators()) == 54


def test_the_suite_catches_a_bare_document_id_as_source(exported):
    item = dict(exported["first"]["items"][0], **{"@context": exported["@context"]})
    bare = dict(item, target=dict(item["target"], source="un-crc-1989"))
    assert "annotations/3.2-targetObjectsRecognized.json" in failed_musts(bare)
    assert "annotations/3.1-annotationIdValidated.json" in failed_musts(dict(item, id="not an iri"))


def test_every_reference_annotation_passes_every_must(exported):
    items = exported["first"]["items"]
    assert len(items) == exported["total"] == 166
    failures = {}
    for item in items:
        failed = failed_musts(dict(item, **{"@context": exported["@context"]}))
        if failed:
            failures[item["id"]] = failed
    assert failures == {}
    assert all(i["id"].startswith("urn:corpus-tool:annotation:") for i in items)
    assert all(i["target"]["source"].startswith("urn:corpus-tool:doc:") for i in items)
