"""Import a REFI-QDA `.qdpx` project made here or in ATLAS.ti, NVivo, MAXQDA, QualCoder…

- The `.qde` may have any name, sources may sit in `sources/` or `Sources/`, texts may be stored
  inline (`PlainTextContent`) or as `internal://` files, with CRLF line ends and a BOM.
- Each source with coded selections is matched to a corpus document by the sha256 of its text,
  then by title or id, then by `--map NAME=DOC`; otherwise the import stops with an error that
  lists the closest documents.
- Positions count code points of the source text as stored. For a CRLF text some tools count
  the CR and some do not: the import decides per source from the selections' names (tools put
  the start of the quote there) and says which it chose.
- Each coding becomes an annotation anchored by quote (the source text's slice) and position,
  re-anchored against the current corpus text like any other annotation (exact, moved, fuzzy;
  ambiguous and orphaned ones are reported and left out).
- Codes map onto areas and indicators by GUID, then by name (area id or name, indicator id or
  title). A selection also coded "Evidence against" is evidence against its indicator. Unknown codes are listed and their codings left out, unless `add_codes`: then a top
  code becomes a new area of the codebook and a code below an area becomes an indicator id.
"""
from __future__ import annotations

import difflib
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from corpus_tool.coding.anchoring import make_anchor, reanchor
from corpus_tool.coding.annotations import new_annotation
from corpus_tool.coding.files import default_coder, read_annotations, save_annotations
from corpus_tool.coding.lookup import passage_at
from corpus_tool.coding.records import differences, differs_note, now_iso, slug
from corpus_tool.coding.qda_positions import counts_cr, lf_text, to_lf
from corpus_tool.coding.qda_xml import (ForeignCode, IndicatorCode, child, children, guid,
                                        indicator_id_of, is_against_code, local, norm_guid,
                                        parse_xml, read_codes, text_of)
from corpus_tool.coding.qdc_merge import add_areas
from corpus_tool.errors import InputError
from corpus_tool.formats import sha256_text
from corpus_tool.models import Anchor, Origin
from corpus_tool.project import Project
from corpus_tool.statements.query import statement_at
from corpus_tool.store import connect, document_text, list_documents
from corpus_tool.codebook import load_codebook

CONTEXT = 32


@dataclass
class QdpxImportReport:
    """What `import qdpx` did (the `--json` output); `problems` are one line each."""
    file: str
    imported: int = 0
    already_present: int = 0
    anchoring: dict[str, int] = field(default_factory=dict)   # exact/moved/fuzzy/…: count
    sources: list[dict] = field(default_factory=list)         # name, doc, matched_by, positions
    users: list[dict] = field(default_factory=list)           # guid, name, coder, known
    codes: list[dict] = field(default_factory=list)           # path, maps_to
    unknown_codes: list[str] = field(default_factory=list)
    added_areas: list[str] = field(default_factory=list)
    added_indicators: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


# --- the archive --------------------------------------------------------------------------------

def _open(path: Path) -> tuple[zipfile.ZipFile, str]:
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise InputError(f"not a .qdpx archive ({e})", path=path,
                         fix="a .qdpx is a ZIP file holding a .qde project; export it again "
                             "from the QDA program") from None
    qde = [n for n in z.namelist() if n.lower().endswith(".qde")]
    if not qde:
        raise InputError("no .qde project file inside the archive", path=path,
                         fix="export the whole project (REFI-QDA .qdpx), not only the codebook")
    qde.sort(key=lambda n: (n.count("/"), n.lower() != "project.qde", n))
    return z, qde[0]


def _member(z: zipfile.ZipFile, internal: str) -> str | None:
    """The archive member for `internal://NAME`: sources/NAME in any case of folder and name."""
    want = internal.split("://", 1)[-1].lstrip("/").lower()
    for n in z.namelist():
        low = n.lower()
        if low == f"sources/{want}" or low == want:
            return n
    return None


# --- codes --------------------------------------------------------------------------------------

def _map_codes(codes: list[ForeignCode], areas, indicators: dict[str, IndicatorCode],
               add: bool, report: QdpxImportReport) -> dict[str, tuple[str, str | None]]:
    """Code GUID → (area, indicator or None) for every code that maps; new areas (with `add`)
    are returned in report.added_areas for the caller to write."""
    area_by = {guid("area", a.id): a.id for a in areas}
    for a in areas:
        area_by[a.id.casefold()] = a.id
        area_by[a.name.casefold()] = a.id
    ind_by: dict[str, str] = {}
    for i in indicators.values():
        ind_by[guid("indicator", i.id)] = i.id
        ind_by[i.id.casefold()] = i.id
        ind_by[i.name.casefold()] = i.id
    out: dict[str, tuple[str, str | None]] = {}
    new_area_ids = {a.id for a in areas}
    for c in codes:
        key = c.name.casefold()
        parent = out.get(c.parent or "")
        if c.guid in area_by or (key in area_by and parent is None):
            out[c.guid] = (area_by.get(c.guid) or area_by[key], None)
        elif c.guid in ind_by or key in ind_by:
            ind = ind_by.get(c.guid) or ind_by[key]
            area = parent[0] if parent else indicators[ind].area
            if area:
                out[c.guid] = (area, ind)
        elif parent is not None and parent[1] is None and (own := indicator_id_of(c.description)):
            out[c.guid] = (parent[0], own)        # an indicator code of ours, its id in the file
        elif parent is not None and parent[1] is None and c.guid == guid("indicator", c.name):
            out[c.guid] = (parent[0], c.name)     # an indicator code of our own, named by id
        elif add and parent is None and c.parent is None:
            new_id = slug(c.name)
            while new_id in new_area_ids:
                new_id += "-x"
            new_area_ids.add(new_id)
            out[c.guid] = (new_id, None)
            report.added_areas.append(new_id)
            area_by[key] = new_id
        elif add and parent is not None:
            out[c.guid] = (parent[0], slug(c.name))
            report.added_indicators.append(slug(c.name))
        where = " / ".join(c.path)
        if c.guid in out:
            a, i = out[c.guid]
            report.codes.append({"code": where, "area": a, "indicator": i})
        else:
            report.unknown_codes.append(where)
    return out


# --- sources → annotations ----------------------------------------------------------------------

def _match(name: str, text: str, docs, by_sha: dict[str, str], mapping: dict[str, str],
           path: Path) -> tuple[str, str]:
    """(doc id, how) for a source: by text sha256, then title or id, then the user's mapping."""
    sha = sha256_text(text)
    if sha in by_sha:
        return by_sha[sha], "sha256"
    stem = name.rsplit(".", 1)[0] if name.lower().endswith((".txt", ".docx", ".pdf", ".rtf")) \
        else name
    for d in docs:
        if stem.casefold() in (d.title.casefold(), d.id.casefold()):
            return d.id, "title"
    if name in mapping:
        return mapping[name], "map"
    titles = {d.title: d.id for d in docs}
    close = difflib.get_close_matches(stem, list(titles), n=3, cutoff=0.3)
    cands = "; ".join(f"{titles[t]} ({t})" for t in close) or "none is close"
    raise InputError(f"source {name!r} matches no corpus document by text or title "
                     f"(closest: {cands})", path=path,
                     fix=f"say which with --map '{name}=DOC_ID', add the document to the corpus, "
                         "or leave such sources out with --skip-unmatched")


def _memo(sel, notes: dict[str, str]) -> str:
    parts = [text_of(child(sel, "Description"))]
    parts += [notes.get(norm_guid(n.get("targetGUID")), "") for n in children(sel, "NoteRef")]
    return "\n\n".join(p for p in parts if p)


def import_qdpx(project: Project, path: str | Path, *, coder_prefix: str = "",
                add_codes: bool = False, indicators: Iterable[IndicatorCode] = (),
                source_map: dict[str, str] | None = None, skip_unmatched: bool = False
                ) -> QdpxImportReport:
    """Import the codings of a `.qdpx` file as annotations (see the module doc)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=path)
    report = QdpxImportReport(file=str(path))
    z, qde = _open(path)
    with z:
        root = parse_xml(z.read(qde), path=str(path), member=qde)
        if local(root.tag) != "Project":
            raise InputError(f"the root element is <{local(root.tag)}>, not <Project>",
                             path=f"{path} ({qde})", line=1,
                             fix="a .qde holds a QDA-XML <Project>; for a codebook use "
                                 "`corpus-tool import qdc`")
        areas = load_codebook(project)
        known = {i.id: i for i in indicators}
        for a in read_annotations(project).annotations:
            if a.indicator and a.indicator not in known:
                known[a.indicator] = IndicatorCode(a.indicator, a.indicator, "", a.area)
        codebook = child(root, "CodeBook")
        fcodes = read_codes(child(codebook, "Codes") if codebook is not None else None)
        against = {c.guid for c in fcodes if is_against_code(c)}
        fcodes = [c for c in fcodes if c.guid not in against]
        code_map = _map_codes(fcodes, areas, known, add_codes, report)
        users = {norm_guid(u.get("guid")): (u.get("name") or u.get("id") or "").strip()
                 for u in children(child(root, "Users"), "User")}
        coders: dict[str, str] = {}

        def coder_of(g: str | None) -> str:
            g = norm_guid(g)
            if g not in coders:
                name = users.get(g) if g else None
                coder = coder_prefix + (name or (f"user-{g[:8].lower()}" if g
                                                 else default_coder()))
                coders[g] = coder
                report.users.append({"guid": g, "name": name or "", "coder": coder,
                                     "known": bool(name)})
                if g and not name:
                    report.problems.append(f"{path}: user {g} is not in <Users>; "
                                           f"recorded as coder {coder!r}")
            return coders[g]

        notes = {}
        for n in children(child(root, "Notes"), "Note"):
            content = text_of(child(n, "PlainTextContent"))
            if not content and (m := _member(z, n.get("plainTextPath") or "")):
                content = z.read(m).decode("utf-8-sig").strip()
            notes[norm_guid(n.get("guid"))] = content
        new = _read_sources(project, z, root, path, (code_map, against), coder_of, notes,
                            source_map or {}, skip_unmatched, report)
    if report.added_areas:
        add_areas(project, [{"id": a, "name": c.name, "definition": c.description}
                            for c in fcodes for a in [code_map.get(c.guid, ("", ""))[0]]
                            if a in report.added_areas and code_map[c.guid][1] is None],
                  source=path.name)
    held = read_annotations(project).annotations
    by_id = {a.id: a for a in held} | {_same_coding(a): a for a in held}
    existing = set(by_id)
    fresh = []
    for ann in new:
        # the same coding may hold another id: its id was made from the positions and words of
        # a document version that has since been replaced (its quote re-anchored)
        if {ann.id, _same_coding(ann)} & existing or any(f.id == ann.id for f in fresh):
            report.already_present += 1
            was = by_id.get(ann.id) or by_id.get(_same_coding(ann))
            if was is not None and (diff := differences(was, ann)):
                report.problems.append(f"{path.name}: {differs_note(was, diff)}")
        else:
            fresh.append(ann)
    saved = save_annotations(project, fresh) if fresh else []
    report.imported, report.ids = len(saved), [a.id for a in saved]
    return report


def _same_coding(a) -> str:
    """What makes two annotations one coding, whatever their ids: who coded which words of which
    document to which area and indicator."""
    return "\t".join([a.creator, a.doc_id, a.area, a.indicator or "", " ".join(a.quote.split())])


def _read_sources(project, z, root, path, codes, coder_of, notes, mapping, skip_unmatched,
                  report) -> list:
    if not project.db_path.exists():
        raise InputError("the corpus is not ingested yet", path=project.db_path,
                         fix="run `corpus-tool ingest` first")
    conn = connect(project.db_path)
    out = []
    status = Counter()
    try:
        docs = list_documents(conn)
        texts = {d.id: document_text(conn, d.id) for d in docs}
        by_sha = {sha: doc for doc, (_t, sha) in texts.items()}
        for src in children(child(root, "Sources"), "TextSource"):
            sels = children(src, "PlainTextSelection")
            name = (src.get("name") or src.get("guid") or "").strip()
            if not sels:
                continue
            raw = text_of_source(z, src, path)
            lf, crs = lf_text(raw)
            try:
                doc, how = _match(name, lf, docs, by_sha, mapping, path)
            except InputError:
                if not skip_unmatched:
                    raise
                report.problems.append(f"{path}: source {name!r} left out (no corpus document)")
                continue
            if doc not in texts:
                raise InputError(f"--map names {doc!r}, which is not an ingested document",
                                 fix="`corpus-tool docs list` shows the ids")
            spans = [(int(s.get("startPosition", 0)), int(s.get("endPosition", 0)),
                      s.get("name") or "") for s in sels]
            with_cr = not crs or counts_cr(lf, crs, spans)
            positions = ("code points of LF text" if not crs else
                         "code points with CR counted (as stored)" if with_cr else
                         "code points with CRLF counted as one")
            report.sources.append({"name": name, "doc": doc, "matched_by": how,
                                   "selections": len(sels), "positions": positions})
            text, sha = texts[doc]
            for sel in sels:
                s, e = int(sel.get("startPosition", 0)), int(sel.get("endPosition", 0))
                if with_cr:
                    s, e = to_lf(s, crs), to_lf(e, crs)
                where = f"{path}, selection {sel.get('guid')} in {name!r}"
                if not 0 <= s < e <= len(lf):
                    report.problems.append(f"{where}: positions {s}-{e} outside the text")
                    continue
                probe = Anchor(doc_id=doc, text_sha256=sha if lf == text else "",
                               exact=lf[s:e], prefix=lf[max(0, s - CONTEXT):s],
                               suffix=lf[e:e + CONTEXT], start=s, end=e)
                res = reanchor(probe, text)
                status[res.status] += 1
                if not res.found:
                    report.problems.append(f"{where}: the quote is {res.status} in {doc}: "
                                           f"{probe.exact[:60]!r}")
                    continue
                anchor = replace(make_anchor(text, res.start, res.end, doc_id=doc,
                                             text_sha256=sha),
                                 passage_id=passage_at(conn, doc, res.start, res.end),
                                 statement_id=statement_at(conn, doc, res.start, res.end))
                out += _codings(sel, anchor, codes, coder_of, notes, path, where, report)
    finally:
        conn.close()
    report.anchoring = dict(sorted(status.items()))
    return out


def text_of_source(z: zipfile.ZipFile, src, path: Path) -> str:
    inline = child(src, "PlainTextContent")
    if inline is not None:
        return inline.text or ""
    ref = src.get("plainTextPath") or ""
    member = _member(z, ref) if ref.startswith("internal://") else None
    if member is None:
        raise InputError(f"the text of source {src.get('name')!r} ({ref or 'no plainTextPath'}) "
                         "is not inside the archive", path=path,
                         fix="export the project with its sources embedded")
    try:
        return z.read(member).decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{member} is not UTF-8 ({e.reason} at byte {e.start})", path=path,
                         fix="REFI-QDA plain-text sources are UTF-8; re-export them") from None


def _codings(sel, anchor, codes, coder_of, notes, path, where, report) -> list:
    """One annotation per (area, indicator) the selection's codings name (`codes`: the code
    map, and the GUIDs of the code of evidence against)."""
    code_map, against = codes
    pairs: dict[tuple[str, str | None], str] = {}
    stance = "for"
    for coding in children(sel, "Coding"):
        ref = child(coding, "CodeRef")
        g = norm_guid(ref.get("targetGUID") if ref is not None else None)
        if g in against:
            stance = "against"
            continue
        if g not in code_map:
            continue          # unknown code: listed once in report.unknown_codes
        area, ind = code_map[g]
        user = coding.get("creatingUser") or sel.get("creatingUser")
        pairs.setdefault((area, ind), user)
    # an area coded together with one of its indicators is one annotation, not two
    pairs = {k: v for k, v in pairs.items()
             if k[1] is not None or not any(k2[0] == k[0] and k2[1] for k2 in pairs)}
    if not pairs:
        report.problems.append(f"{where}: no coding with a known code (left out)")
        return []
    if stance == "against" and not any(ind for _, ind in pairs):
        report.problems.append(f"{where}: coded \"Evidence against\" with no indicator code, "
                               "so against no indicator (left out): code it with the indicator "
                               "it counts against too")
        return []
    memo = _memo(sel, notes)
    created = sel.get("creationDateTime") or now_iso()
    out = []
    for (area, ind), user in sorted(pairs.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        ann = new_annotation(anchor, area=area, indicator=ind, memo=memo, creator=coder_of(user),
                             created=created, origin=Origin(type="import", source=path.name),
                             stance=stance)
        out.append(replace(ann, modified=sel.get("modifiedDateTime") or created))
    return out
