"""Export to REFI-QDA: a `.qdpx` project (ATLAS.ti, NVivo, MAXQDA, QualCoder open it) and a
`.qdc` codebook.

A `.qdpx` is a ZIP holding `project.qde` (QDA-XML, valid against the standard's Project.xsd)
and `sources/<GUID>.txt`: each document's text exactly as the index holds it (UTF-8, LF, no BOM),
the very text annotation offsets count in, so `PlainTextSelection` start/end are our offsets
(Unicode code points from 0, end exclusive). Users are the coders; the codebook's areas are
codes with their indicators nested under them; each annotation is one selection with a coding
of its area (and of its indicator; evidence against its indicator, of the code "Evidence
against" too), its memo as the selection's description, its creator and dates. Every GUID is derived from our ids (`qda_xml.guid`) and the ZIP entries carry a fixed
date, so the same project exports to the same bytes.
"""
from __future__ import annotations

import io
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus_tool import __version__
from corpus_tool.coding.anchoring import reanchor
from corpus_tool.coding.files import load_annotations
from corpus_tool.coding.qda_xml import (AGAINST_GUID, CODEBOOK_NS, PROJECT_NS, Code,
                                        IndicatorCode, against_code, code_element, code_tree,
                                        guid, to_xml_bytes, xml_datetime)
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import atomic_write_bytes
from corpus_tool.models import Annotation
from corpus_tool.project import Project
from corpus_tool.store import connect, document_text, list_documents
from corpus_tool.codebook import load_codebook

ORIGIN = f"corpus-tool {__version__}"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)      # fixed, so that an unchanged project exports identically
NAME_CHARS = 100                      # a selection's name: the start of its quote


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What `export qdpx` / `export qdc` wrote (the `--json` output)."""
    path: str
    format: str
    documents: int
    annotations: int
    codes: int
    users: int
    bytes: int
    seconds: float
    not_exported: tuple[str, ...] = ()     # annotations whose quote is not in the current text

    def to_dict(self) -> dict:
        return asdict(self)


def _q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


def _count(codes: Iterable[Code]) -> int:
    return sum(1 + _count(c.children) for c in codes)


def _span(a: Annotation, text: str, sha: str) -> tuple[int, int] | None:
    """Where the annotation is in the current text: its position when still exact, else where
    re-anchoring finds it (None when it cannot be found)."""
    s, e = a.anchor.start, a.anchor.end
    if s is not None and e is not None and text[s:e] == a.anchor.exact:
        return s, e
    res = reanchor(a.anchor, text)
    return (res.start, res.end) if res.found else None


def _selection(parent: ET.Element, a: Annotation, start: int, end: int,
               codes: dict[str, str]) -> None:
    user = guid("user", a.creator)
    quote = " ".join(a.anchor.exact.split())
    attrs = {"guid": guid("annotation", a.id),
             "name": quote if len(quote) <= NAME_CHARS else quote[:NAME_CHARS - 1] + "…",
             "startPosition": str(start), "endPosition": str(end), "creatingUser": user}
    created, modified = xml_datetime(a.created), xml_datetime(a.modified)
    if created:
        attrs["creationDateTime"] = created
    attrs["modifyingUser"] = user
    if modified:
        attrs["modifiedDateTime"] = modified
    sel = ET.SubElement(parent, _q("PlainTextSelection"), attrs)
    if a.memo:
        ET.SubElement(sel, _q("Description")).text = a.memo
    targets = [("area", codes[f"area:{a.area}"])]
    if a.indicator:
        targets.append(("indicator", codes[f"indicator:{a.indicator}"]))
    if a.stance == "against":
        targets.append(("stance", AGAINST_GUID))
    for kind, code_guid in targets:
        c_attrs = {"guid": guid("coding", f"{a.id}:{kind}"), "creatingUser": user}
        if created:
            c_attrs["creationDateTime"] = created
        coding = ET.SubElement(sel, _q("Coding"), c_attrs)
        ET.SubElement(coding, _q("CodeRef"), {"targetGUID": code_guid})


def _code_index(tree: list[Code]) -> dict[str, str]:
    """`area:<id>` and `indicator:<id>` → code GUID (an indicator sits under one area only)."""
    out: dict[str, str] = {}
    for area in tree:
        if area.guid == AGAINST_GUID:
            continue
        out[f"area:{area.area}"] = area.guid
        for ind in area.children:
            out[f"indicator:{ind.indicator}"] = ind.guid
    return out


def _codes(areas, indicators: Iterable[IndicatorCode], anns: list[Annotation]) -> list[Code]:
    """The code tree, and the code of evidence against when an annotation is such evidence."""
    tree = code_tree(areas, indicators, anns)
    return tree + [against_code()] if any(a.stance == "against" for a in anns) else tree


def build_qdpx(project: Project, *, coder: str | None = None, doc_id: str | None = None,
               indicators: Iterable[IndicatorCode] = ()) -> tuple[bytes, dict]:
    """The `.qdpx` archive as bytes, and counts. `indicators` names the indicator codes (the
    framework's titles and questions); without it indicators are named by id."""
    areas = load_codebook(project)
    area_ids = {a.id for a in areas}
    anns = load_annotations(project, doc_id=doc_id, creator=coder)
    if coder and not anns and not load_annotations(project, creator=coder):   # a typo: say so
        coders = sorted({a.creator for a in load_annotations(project)})
        raise InputError(f"no annotation by {coder!r}", fix=f"coders: {', '.join(coders)}")
    unknown = sorted({a.area for a in anns} - area_ids)
    if unknown:
        raise InputError(f"annotations use area(s) not in the codebook: {', '.join(unknown)}",
                         path="annotations/codebook.yaml",
                         fix="add them to the codebook (or run `corpus-tool annotations list "
                             f"--area {unknown[0]}` to find them)")
    tree = _codes(areas, indicators, anns)
    codes = _code_index(tree)
    root = ET.Element(_q("Project"), {"name": project.root.resolve().name, "origin": ORIGIN})
    modified = max((m for a in anns if (m := xml_datetime(a.modified))), default=None)
    if modified:
        root.set("modifiedDateTime", modified)
    users = sorted({a.creator for a in anns})
    if users:
        users_el = ET.SubElement(root, _q("Users"))
        for u in users:
            ET.SubElement(users_el, _q("User"), {"guid": guid("user", u), "name": u, "id": u})
    codes_el = ET.SubElement(ET.SubElement(root, _q("CodeBook")), _q("Codes"))
    for code in tree:
        code_element(codes_el, code, ns=PROJECT_NS)
    files: dict[str, bytes] = {}
    skipped: list[str] = []
    by_doc: dict[str, list[Annotation]] = {}
    for a in anns:
        by_doc.setdefault(a.doc_id, []).append(a)
    if not project.db_path.exists():
        raise InputError("the corpus is not ingested yet", path=project.db_path,
                         fix="run `corpus-tool ingest` first")
    conn = connect(project.db_path)
    try:
        docs = [d for d in list_documents(conn) if doc_id is None or d.id == doc_id]
        if doc_id is not None and not docs:
            raise NotFoundError(f"no ingested document {doc_id!r} (`corpus-tool docs list`)")
        sources_el = ET.SubElement(root, _q("Sources")) if docs else None
        for d in docs:
            text, sha = document_text(conn, d.id)
            g = guid("document", d.id)
            src = ET.SubElement(sources_el, _q("TextSource"), {
                "guid": g, "name": d.title or d.id, "plainTextPath": f"internal://{g}.txt"})
            about = ", ".join(str(x) for x in (d.issuer, d.year) if x)
            ET.SubElement(src, _q("Description")).text = (
                f"{d.id}{' (' + about + ')' if about else ''}; corpus-tool document, text "
                f"sha256 {sha}")
            for a in by_doc.get(d.id, []):
                span = _span(a, text, sha)
                if span is None:
                    skipped.append(a.id)
                    continue
                _selection(src, a, span[0], span[1], codes)
            files[f"sources/{g}.txt"] = text.encode("utf-8")
    finally:
        conn.close()
    files["project.qde"] = to_xml_bytes(root, ns=PROJECT_NS)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in ["project.qde", *sorted(n for n in files if n != "project.qde")]:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name])
    data = buf.getvalue()
    exported = [a for a in anns if a.doc_id in {d.id for d in docs} and a.id not in skipped]
    return data, {"documents": len(docs), "annotations": len(exported), "codes": _count(tree),
                  "users": len(users), "not_exported": tuple(skipped)}


def export_qdpx(project: Project, output: str | Path, *, coder: str | None = None,
                doc_id: str | None = None, indicators: Iterable[IndicatorCode] = ()
                ) -> ExportSummary:
    """Write the project's documents and annotations as a REFI-QDA `.qdpx` file."""
    t0 = time.perf_counter()
    data, counts = build_qdpx(project, coder=coder, doc_id=doc_id, indicators=indicators)
    atomic_write_bytes(Path(output), data)
    return ExportSummary(path=str(output), format="qdpx", bytes=len(data),
                         seconds=round(time.perf_counter() - t0, 3), **counts)


def build_qdc(project: Project, *, indicators: Iterable[IndicatorCode] = ()) -> tuple[bytes, int]:
    """The codebook alone as a REFI-QDA `.qdc` (valid against Codebook.xsd), and its code count."""
    tree = _codes(load_codebook(project), indicators, load_annotations(project))
    root = ET.Element(f"{{{CODEBOOK_NS}}}CodeBook", {"origin": ORIGIN})
    codes_el = ET.SubElement(root, f"{{{CODEBOOK_NS}}}Codes")
    for code in tree:
        code_element(codes_el, code, ns=CODEBOOK_NS)
    return to_xml_bytes(root, ns=CODEBOOK_NS), _count(tree)


def export_qdc(project: Project, output: str | Path, *,
               indicators: Iterable[IndicatorCode] = ()) -> ExportSummary:
    """Write the codebook (areas, with the indicators under them) as a REFI-QDA `.qdc` file."""
    t0 = time.perf_counter()
    data, n = build_qdc(project, indicators=indicators)
    atomic_write_bytes(Path(output), data)
    return ExportSummary(path=str(output), format="qdc", documents=0, annotations=0, codes=n,
                         users=0, bytes=len(data), seconds=round(time.perf_counter() - t0, 3))
