"""REFI-QDA exchange on the reference project: the .qdpx export is valid against the standard's
Project.xsd, its sources are exactly the texts the offsets count in, GUIDs are stable, and an
export imported into a fresh copy of the project gives back the same annotations."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema

from corpus_tool.coding.files import load_annotations
from corpus_tool.framework import load_framework
from corpus_tool.indicators.selection import indicator_codes
from corpus_tool.coding.qda_xml import guid
from corpus_tool.coding.qdpx_export import build_qdc, build_qdpx, export_qdpx
from corpus_tool.coding.qdpx_import import import_qdpx
from corpus_tool.store import connect, document_text

from tests.coding.interchange_support import reference_copy

DATA = Path(__file__).resolve().parent.parent / "data" / "refi-qda"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def ref(tmp_path_factory):
    return reference_copy(tmp_path_factory.mktemp("qdpx") / "ref")


@pytest.fixture(scope="module")
def indicators(ref):
    return indicator_codes(load_framework(ref.indicators_dir / "framework.yaml"))


@pytest.fixture(scope="module")
def exported(ref, indicators, tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "study.qdpx"
    summary = export_qdpx(ref, path, indicators=indicators)
    return path, summary


def _key(a):
    return (a.doc_id, a.anchor.exact, a.area, a.indicator or "", a.creator, a.memo, a.created)


def test_export_is_valid_against_project_xsd(exported):
    path, summary = exported
    assert (summary.documents, summary.annotations, summary.users) == (36, 166, 2)
    with zipfile.ZipFile(path) as z:
        qde = z.read("project.qde")
    schema = xmlschema.XMLSchema(DATA / "Project.xsd")
    schema.validate(qde.decode("utf-8"))
    assert qde.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n') and b"\r" not in qde


def test_sources_are_the_texts_the_offsets_count_in(ref, exported):
    path, _ = exported
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("project.qde"))
        names = z.namelist()
        conn = connect(ref.db_path)
        checked = 0
        for src in root.iterfind("q:Sources/q:TextSource", NS):
            ref_path = src.get("plainTextPath")
            assert re.fullmatch(r"internal://[0-9A-F-]{36}\.txt", ref_path)
            assert src.get("richTextPath") is None
            raw = z.read("sources/" + ref_path.removeprefix("internal://"))
            assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
            text = raw.decode("utf-8")
            doc_id = src.find("q:Description", NS).text.split(" ")[0].rstrip(";")
            assert text == document_text(conn, doc_id)[0]
            assert src.get("guid") == guid("document", doc_id)
            for sel in src.iterfind("q:PlainTextSelection", NS):
                s, e = int(sel.get("startPosition")), int(sel.get("endPosition"))
                quote = " ".join(text[s:e].split())
                assert sel.get("name").rstrip("…") == quote[:len(sel.get("name").rstrip("…"))]
                checked += 1
        conn.close()
    assert checked == 166 and len([n for n in names if n.startswith("sources/")]) == 36


def test_selection_carries_codes_memo_creator_and_dates(ref, exported):
    path, _ = exported
    a = next(x for x in load_annotations(ref) if x.memo and x.indicator)
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("project.qde"))
    sel = root.find(f".//q:PlainTextSelection[@guid='{guid('annotation', a.id)}']", NS)
    assert sel.find("q:Description", NS).text == a.memo
    assert sel.get("creatingUser") == guid("user", a.creator)
    assert sel.get("creationDateTime") == a.created
    refs = [c.find("q:CodeRef", NS).get("targetGUID") for c in sel.iterfind("q:Coding", NS)]
    assert refs == [guid("area", a.area), guid("indicator", a.indicator)]
    code = root.find(f".//q:Code[@guid='{guid('indicator', a.indicator)}']", NS)
    parent = root.find(f".//q:Code[@guid='{guid('area', a.area)}']", NS)
    assert code in list(parent) and code.get("name") != a.indicator   # the framework's title


def test_guids_are_stable_and_a_re_export_is_byte_identical(ref, indicators, exported):
    path, _ = exported
    again, _counts = build_qdpx(ref, indicators=indicators)
    assert again == path.read_bytes()
    _only_a, counts = build_qdpx(ref, coder="coder-a", indicators=indicators)
    assert counts["annotations"] == 136 and counts["users"] == 1


def test_codebook_export_is_valid_against_codebook_xsd(ref, indicators):
    data, n = build_qdc(ref, indicators=indicators)
    xmlschema.XMLSchema(DATA / "Codebook.xsd").validate(data.decode("utf-8"))
    assert n == 4 + len({i.id for i in indicators} | {a.indicator for a in load_annotations(ref)
                                                       if a.indicator})


def test_round_trip_into_a_fresh_copy_gives_the_same_annotations(ref, indicators, exported,
                                                                  tmp_path):
    path, _ = exported
    fresh = reference_copy(tmp_path / "fresh", annotations=False)
    assert load_annotations(fresh) == []
    report = import_qdpx(fresh, path, indicators=indicators)
    assert report.problems == [] and report.unknown_codes == []
    assert report.imported == 166 and report.anchoring == {"exact": 166}
    assert {s["matched_by"] for s in report.sources} == {"sha256"}
    assert sorted(map(_key, load_annotations(fresh))) == sorted(map(_key, load_annotations(ref)))
    again = import_qdpx(fresh, path, indicators=indicators)
    assert (again.imported, again.already_present) == (0, 166)


def test_a_collaborator_without_the_framework_gets_the_coders_indicator_ids(ref, exported,
                                                                             tmp_path):
    # a researcher's trial (session 42): into a project without the framework whose titles
    # name the indicator codes, 123 of 125 indicator links were lost, with "0 problem(s)"
    path, _ = exported
    fresh = reference_copy(tmp_path / "fresh", annotations=False)
    report = import_qdpx(fresh, path)               # no framework given
    assert report.unknown_codes == [] and report.problems == []
    assert sorted(map(_key, load_annotations(fresh))) == sorted(map(_key, load_annotations(ref)))


def test_a_memo_changed_in_the_other_program_is_reported_not_dropped(ref, indicators, exported,
                                                                    tmp_path):
    # a researcher's trial (session 42): a memo changed in the other program was counted
    # "already present", in silence
    path, _ = exported
    a = next(x for x in load_annotations(ref) if x.memo)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    qde = members["project.qde"].decode("utf-8")
    old = f"<Description>{a.memo}</Description>"
    assert old in qde
    members["project.qde"] = qde.replace(old, "<Description>Changed in NVivo</Description>",
                                         1).encode("utf-8")
    edited = tmp_path / "edited.qdpx"
    with zipfile.ZipFile(edited, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    copy = reference_copy(tmp_path / "copy")
    report = import_qdpx(copy, edited, indicators=indicators)
    assert report.imported == 0
    assert any(f"annotation {a.id} is in the project with another memo" in p
               for p in report.problems), report.problems
    assert next(x for x in load_annotations(copy) if x.id == a.id).memo == a.memo   # kept


def test_a_coding_whose_id_came_from_an_older_text_is_not_imported_twice(ref, indicators,
                                                                        exported, tmp_path):
    # a researcher's trial (session 41): after a document was replaced and the quotes
    # re-anchored, importing the project's own .qdpx export added a copy of every coding in that
    # document under a new id (an id is made from the positions and words it had when made)
    path, _ = exported
    copy = reference_copy(tmp_path / "copy")
    f = copy.annotations_dir / "coder-a.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines()
    first = lines[0]
    old_id = re.search(r'"id":"([^"]+)"', first).group(1)
    older = old_id[:-10] + "0123456789"             # as made on an earlier version of the text
    f.write_text("\n".join([first.replace(old_id, older), *lines[1:]]) + "\n", encoding="utf-8")
    n = len(load_annotations(copy))
    report = import_qdpx(copy, path, indicators=indicators)
    assert report.imported == 0 and len(load_annotations(copy)) == n


def test_an_export_for_a_coder_with_no_annotation_is_refused(ref, tmp_path):
    # a researcher's trial (session 42): `export qdpx --coder nobody` wrote an empty project
    from corpus_tool.errors import InputError
    with pytest.raises(InputError, match="no annotation by 'nobody'"):
        build_qdpx(ref, coder="nobody")


def test_an_indicator_gone_from_the_framework_is_named_as_the_codebook_names_it():
    # trial 24: a coding to an indicator the researcher had merged into another by hand was
    # exported under its bare id "acc-construction"
    from corpus_tool.coding.qda_xml import IndicatorCode, code_tree
    from corpus_tool.models import Anchor, Annotation, AreaIndicator, CodebookArea
    area = CodebookArea("accessibility", "Accessibility", "Use on an equal basis.", indicators=(
        AreaIndicator("acc-standards", "Accessibility standards", "Binding minimum standards."),
        AreaIndicator("acc-construction", "Accessibility of new construction and alterations",
                      "New and altered buildings must be built to be accessible.")))
    coded = Annotation(id="a1", anchor=Anchor(doc_id="ada", exact="new construction"),
                       area="accessibility", indicator="acc-construction", creator="r1",
                       created="2026-12-06T00:00:00Z", modified="2026-12-06T00:00:00Z")
    [tree] = code_tree([area], [IndicatorCode("acc-standards", "National accessibility "
                                              "standards", "Do binding standards exist?",
                                              "accessibility")], [coded])
    assert [(c.indicator, c.name, c.description) for c in tree.children] == [
        ("acc-construction", "Accessibility of new construction and alterations",
         "New and altered buildings must be built to be accessible."),
        ("acc-standards", "National accessibility standards", "Do binding standards exist?")]
