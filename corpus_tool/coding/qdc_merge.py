"""Bring a codebook made elsewhere (a REFI-QDA `.qdc`, as Taguette, QualCoder or ATLAS.ti export
it) into `annotations/codebook.yaml`.

The codebook is a file people write, with comments: nothing in it is rewritten. Top-level codes
that match an area (by GUID, id or name) leave that area as it is (a different description is
reported, the researcher's definition is kept); new top-level codes are appended as new areas at
the end of the `areas:` list, with their description as definition. Codes below an area have
no place in the codebook (indicators are ids that annotations carry) and are reported.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from corpus_tool.coding.qda_xml import child, guid, local, parse_xml, read_codes
from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_text, dump_yaml
from corpus_tool.project import Project
from corpus_tool.codebook import load_codebook, parse_codebook

ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-"


@dataclass
class QdcImportReport:
    """What `import qdc` did (the `--json` output)."""
    file: str
    added: list[str] = field(default_factory=list)            # new area ids
    unchanged: list[str] = field(default_factory=list)        # areas matched and identical
    kept_definition: list[str] = field(default_factory=list)  # matched, description differs
    sub_codes: list[str] = field(default_factory=list)        # "Area / code" not stored
    written: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


def _area_id(name: str, taken: set[str]) -> str:
    base = "".join(ch if ch in ID_CHARS else "-" for ch in name.lower())
    base = "-".join(p for p in base.split("-") if p) or "area"
    if not base[0].isalnum():
        base = "a-" + base
    new, n = base, 2
    while new in taken:
        new, n = f"{base}-{n}", n + 1
    return new


def add_areas(project: Project, new: list[dict], *, source: str) -> list[str]:
    """Append areas (`id`, `name`, `definition`) to the end of the codebook's `areas:` list,
    leaving every existing line as it is; the result is validated before it is written.
    Returns the ids written (an id already taken gets a suffix)."""
    path = project.codebook_path
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text)
    seq = next((v for k, v in getattr(node, "value", []) if getattr(k, "value", None) == "areas"),
               None)
    if not isinstance(seq, yaml.SequenceNode) or not seq.value:
        raise InputError("the codebook has no `areas:` list to add to", path=path,
                         fix="see the default codebook in corpus_tool/data/codebook.yaml")
    indent = seq.value[0].start_mark.column - 2
    taken = {a.id for a in load_codebook(project)}
    items, ids = [], []
    for a in new:
        aid = a["id"] if a["id"] not in taken and a["id"] else _area_id(a["name"], taken)
        taken.add(aid)
        ids.append(aid)
        items.append({"id": aid, "name": a["name"],
                      "definition": " ".join((a.get("definition") or "").split())
                      or f"(imported from {source} without a definition: write one)"})
    block = "".join(" " * indent + line + "\n" for line in dump_yaml(items).splitlines())
    lines = text.splitlines(keepends=True)
    end = seq.value[-1].end_mark
    at = end.line if end.column == 0 else end.line + 1
    while at > 0 and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")):
        at -= 1               # before the blank lines and comments that lead to the next key
    head = "".join(lines[:at])
    if head and not head.endswith("\n"):
        head += "\n"
    out = head + block + "".join(lines[at:])
    fd, tmp = tempfile.mkstemp(suffix=".yaml", dir=path.parent)
    os.close(fd)
    try:
        Path(tmp).write_text(out, encoding="utf-8")
        parse_codebook(Path(tmp))
    except InputError as e:
        raise InputError(f"merging would make the codebook invalid ({e.message}); nothing was "
                         "written", path=path, fix="fix the codebook, then import again") from None
    finally:
        os.unlink(tmp)
    atomic_write_text(path, out)
    return ids


def import_qdc(project: Project, path: str | Path, *, dry_run: bool = False) -> QdcImportReport:
    """Merge a `.qdc` codebook into annotations/codebook.yaml (see the module doc)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=path)
    root = parse_xml(path.read_bytes(), path=str(path),
                     fix="export the codebook again (REFI-QDA .qdc)")
    if local(root.tag) != "CodeBook":
        raise InputError(f"the root element is <{local(root.tag)}>, not <CodeBook>", path=path,
                         line=1, fix="a .qdc holds a QDA-XML <CodeBook>; for a whole project use "
                                     "`corpus-tool import qdpx`")
    report = QdcImportReport(file=str(path))
    areas = load_codebook(project)
    by_key = {guid("area", a.id): a for a in areas}
    for a in areas:
        by_key[a.id.casefold()] = a
        by_key[a.name.casefold()] = a
    codes = read_codes(child(root, "Codes"))
    new = []
    for c in codes:
        if c.parent is not None:
            report.sub_codes.append(" / ".join(c.path))
            continue
        a = by_key.get(c.guid) or by_key.get(c.name.casefold())
        if a is None:
            new.append({"id": "", "name": c.name, "definition": c.description})
        elif c.description and " ".join(c.description.split()) != a.definition:
            report.kept_definition.append(a.id)
        else:
            report.unchanged.append(a.id)
    if new and not dry_run:
        report.added = add_areas(project, new, source=path.name)
        report.written = True
    elif new:
        taken = {a.id for a in areas}
        report.added = [_area_id(n["name"], taken) for n in new]
    return report

