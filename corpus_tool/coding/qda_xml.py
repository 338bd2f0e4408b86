"""REFI-QDA (QDA-XML 1.0) ground shared by the `.qdpx` and `.qdc` export and import: stable
GUIDs, the code tree (codebook areas with the indicators under them), safe XML parsing.

- GUIDs are RFC 4122 version-5 UUIDs of our ids under one fixed namespace, so the same area,
  indicator, document or annotation gets the same GUID in every export and a re-export diffs
  cleanly (`guid("annotation", "un-crc-1989:coder-a:6ea299eb49")`).
- Codes: one code per area (name, definition as description, a colour) with one code per
  indicator nested under its area; both are codable.
- Parsing refuses DTD entities and external references (defusedxml): a `.qdpx` is a file from
  elsewhere. A malformed file raises `InputError` naming the file, the XML line and the fix.
"""
from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from corpus_tool.errors import InputError
from corpus_tool.models import Annotation, CodebookArea

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
GUID_NAMESPACE = uuid.UUID("6f0d2a52-4c1e-5b8a-9d7e-2c1f0e3a7b64")   # corpus-tool REFI-QDA ids
# colour per area, in codebook order (colour-blind safe Okabe-Ito, then Tableau)
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#000000", "#8C564B", "#7F7F7F")
DATETIME_RE = re.compile(r"^-?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
GUID_RE = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{12})\}?$")


def guid(kind: str, ident: str) -> str:
    """The stable GUID of an area, indicator, document, user, annotation or coding."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{ident}")).upper()


def norm_guid(value: str | None) -> str:
    """A GUID as we compare them: braces dropped, upper case ('' when it is not a GUID)."""
    m = GUID_RE.match((value or "").strip())
    return m.group(1).upper() if m else ""


def xml_datetime(value: str | None) -> str | None:
    """`value` when it is a valid xsd:dateTime, else None (left out of the export)."""
    return value if value and DATETIME_RE.match(value) else None


@dataclass(frozen=True, slots=True)
class IndicatorCode:
    """What the export knows about an indicator: its id, a readable name (the framework's
    title, else the codebook's name, else the id), a description (the framework's question, else
    the codebook's definition) and its area."""
    id: str
    name: str
    description: str = ""
    area: str = ""


@dataclass(frozen=True, slots=True)
class Code:
    """One code of the code tree: an area (`indicator` None) or an indicator under it."""
    guid: str
    name: str
    description: str
    color: str
    area: str
    indicator: str | None = None
    children: tuple[Code, ...] = field(default_factory=tuple)


def code_tree(areas: Sequence[CodebookArea], indicators: Iterable[IndicatorCode] = (),
              annotations: Iterable[Annotation] = ()) -> list[Code]:
    """The codebook as REFI-QDA codes: each area with its indicators under it. Indicators come
    from `indicators` (e.g. the framework), from the codebook's own indicators (its name and
    definition: an indicator a researcher removed from the framework, or one not drafted yet)
    and from the annotations that use one (named by id when nothing else names them); an
    indicator goes under the area it belongs to, else under the area of the first annotation
    using it."""
    known = {i.id: i for i in indicators}
    for area in areas:
        for i in area.indicators:
            if i.id not in known:
                known[i.id] = IndicatorCode(i.id, i.name or i.id, i.definition, area.id)
    for a in annotations:
        if a.indicator and a.indicator not in known:
            known[a.indicator] = IndicatorCode(a.indicator, a.indicator, "", a.area)
        elif a.indicator and not known[a.indicator].area:
            i = known[a.indicator]
            known[a.indicator] = IndicatorCode(i.id, i.name, i.description, a.area)
    area_ids = [a.id for a in areas]
    under: dict[str, list[IndicatorCode]] = {a: [] for a in area_ids}
    for ind in known.values():
        if ind.area in under:
            under[ind.area].append(ind)
    out = []
    for n, area in enumerate(areas):
        color = PALETTE[n % len(PALETTE)]
        kids = tuple(Code(guid("indicator", i.id), i.name or i.id, i.description, color, area.id,
                          i.id) for i in sorted(under[area.id], key=lambda i: i.id))
        out.append(Code(guid("area", area.id), area.name, area.definition, color, area.id, None,
                        kids))
    return out


# an indicator code carries its id in its description, so that a project that receives the
# file (without the framework whose titles name the codes) gets the coders' ids back
ID_MARK = "corpus-tool indicator id: "
RE_ID_MARK = re.compile(r"\[" + re.escape(ID_MARK) + r"([A-Za-z0-9][A-Za-z0-9._-]*)\]")


def indicator_id_of(description: str) -> str | None:
    """The indicator id a code's description carries (`code_element`), if any."""
    m = RE_ID_MARK.search(description or "")
    return m.group(1) if m else None


# evidence against an indicator (`Annotation.stance`): a code of its own beside the areas,
# coded on the selection with the area and the indicator, as QDA programs flag a passage
AGAINST_CODE = "Evidence against"
AGAINST_GUID = guid("stance", "against")


def against_code() -> Code:
    return Code(AGAINST_GUID, AGAINST_CODE, "corpus-tool: the text coded with it is evidence "
                "against the indicator it is also coded with (a clause that takes away what "
                "the indicator asks): listed apart, it grounds nothing.", "#000000", "")


def is_against_code(code: ForeignCode) -> bool:
    """The code that marks evidence against (ours by GUID, another program's by name)."""
    return code.guid == AGAINST_GUID or (code.parent is None
                                         and code.name.strip().casefold() == AGAINST_CODE.casefold())


def code_element(parent: ET.Element, code: Code, *, ns: str) -> None:
    """Append `code` (and its children) as a <Code> under `parent`; an indicator's id is in
    its description (`ID_MARK`)."""
    el = ET.SubElement(parent, f"{{{ns}}}Code", {"guid": code.guid, "name": code.name,
                                                 "isCodable": "true", "color": code.color})
    description = code.description
    if code.indicator:
        mark = f"[{ID_MARK}{code.indicator}]"
        description = f"{description}\n\n{mark}" if description else mark
    if description:
        ET.SubElement(el, f"{{{ns}}}Description").text = description
    for child in code.children:
        code_element(el, child, ns=ns)


def to_xml_bytes(root: ET.Element, *, ns: str) -> bytes:
    """UTF-8 XML with the QDA-XML namespace as the default one, LF line ends, indented."""
    ET.register_namespace("", ns)
    ET.indent(root, space="  ")
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8",
                                                                       xml_declaration=False)
            + b"\n")


# --- reading ----------------------------------------------------------------------------------

def parse_xml(data: bytes, *, path: str, member: str | None = None,
              fix: str = "export it again from the program that made it") -> ET.Element:
    """Parse XML from elsewhere safely (no entities, no external references). Raises InputError
    with the file (and archive member), the XML line and the fix."""
    where = f"{path} ({member})" if member else path
    try:
        return fromstring(data)
    except ET.ParseError as e:
        line = e.position[0] if getattr(e, "position", None) else None
        msg = str(e).split(":", 1)[0]
        raise InputError(f"malformed XML ({msg}, column {e.position[1] + 1})"
                         if line else f"malformed XML ({e})", path=where, line=line,
                         fix=fix) from None
    except DefusedXmlException as e:
        raise InputError(f"refused: the XML declares entities or external references ({e})",
                         path=where, fix="QDA-XML needs neither; remove the DOCTYPE") from None


def local(tag: str) -> str:
    """The element name without its namespace (tools differ in how they write it)."""
    return tag.rsplit("}", 1)[-1]


def children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name] if el is not None else []


def child(el: ET.Element | None, name: str) -> ET.Element | None:
    return next((c for c in children(el, name)), None)


def text_of(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


@dataclass(frozen=True, slots=True)
class ForeignCode:
    """A code read from a .qde/.qdc: its GUID, name, description and path of names from the top."""
    guid: str
    name: str
    description: str
    path: tuple[str, ...]
    parent: str | None            # parent code's GUID

    @property
    def depth(self) -> int:
        return len(self.path) - 1


def read_codes(codes_el: ET.Element | None) -> list[ForeignCode]:
    """Every code under a <Codes> element, depth first."""
    out: list[ForeignCode] = []

    def visit(el: ET.Element, path: tuple[str, ...], parent: str | None) -> None:
        for c in children(el, "Code"):
            name = (c.get("name") or "").strip()
            g = norm_guid(c.get("guid")) or guid("foreign-code", "/".join((*path, name)))
            out.append(ForeignCode(g, name, text_of(child(c, "Description")), (*path, name),
                                   parent))
            visit(c, (*path, name), g)

    if codes_el is not None:
        visit(codes_el, (), None)
    return out
