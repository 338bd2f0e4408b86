"""corpus/manifest.csv: one row per document (id, title, issuer, year, type, legal_force,
language, path, source, licence, sha256). Reading validates each row and reports every problem
with the file and line; `add_document` copies a file into corpus/ and adds its row."""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import count
from pathlib import Path

from corpus_tool.corpus.readers import reader_for
from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_bytes, atomic_write_text, csv_text, sha256_file
from corpus_tool.models import Document
from corpus_tool.project import MANIFEST_FIELDS, Project

RE_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*[a-z0-9]$")
# what RE_ID asks, in words ("bad id 't'" said "use lowercase letters", which 't' is: trial 28)
ID_RULE = ("use two or more lowercase letters, digits, hyphens or dots, beginning and ending with "
           "a letter or digit")
REQUIRED = ("id", "title", "issuer", "path")
# The legal force a row gets when its legal_force column is empty. Treaties and EU acts bind
# the parties; a State's own laws bind within it; a court judgment binds the parties to the case
# (and, as precedent, the courts that follow it), so `judgment` binds too. Everything else —
# declarations, recommendations, general comments, reports, documents of no stated type —
# defaults to non-binding.
BINDING_TYPES = {"convention", "covenant", "protocol", "charter", "treaty", "agreement",
                 "directive", "regulation", "judgment", "constitution", "statute", "law", "act",
                 "decree", "ordinance", "legislation"}
# a State's own law, as against the international instruments an index's standards come from
NATIONAL_TYPES = frozenset({"constitution", "statute", "law", "act", "decree", "ordinance",
                            "legislation"})
TYPE_WORDS = [# an administration's or two governments' own announcements, whatever instrument
              # they announce ("Fact Sheet: … National Strategy", "Joint Statement … on the
              # Convention"): the pledging genre (`statements.genre`)
              ("joint statement", "joint statement"), ("press briefing", "press briefing"),
              ("fact sheet", "fact sheet"), ("factsheet", "fact sheet"),
              # texts about an instrument they name ("Guidelines 05/2020 on consent under
              # Regulation 2016/679", "Report of the Special Rapporteur … under the Convention")
              ("guidelines", "guidance"), ("report", "report"),
              # a company's or a profession's rules for itself (`statements.conduct`)
              ("code of conduct", "code of conduct"), ("code of ethics", "code of ethics"),
              # each kind in English, French, Spanish, Portuguese and Italian (the languages
              # the UN, the Council of Europe, the OAS and the AU publish in)
              ("general recommendation", "general recommendation"),
              ("recommandation générale", "general recommendation"),
              ("recomendación general", "general recommendation"),
              ("general comment", "general comment"),
              ("observation générale", "general comment"),
              ("observación general", "general comment"),
              ("covenant", "covenant"), ("pacte", "covenant"), ("pacto", "covenant"),
              ("patto", "covenant"),
              ("protocol", "protocol"), ("charter", "charter"), ("charte", "charter"),
              ("carta", "charter"),
              ("declaration", "declaration"), ("déclaration", "declaration"),
              ("declaración", "declaration"), ("declaração", "declaration"),
              ("dichiarazione", "declaration"),
              ("recommendation", "recommendation"), ("recommandation", "recommendation"),
              ("recomendación", "recommendation"), ("recomendação", "recommendation"),
              ("raccomandazione", "recommendation"),
              ("directive", "directive"), ("directiva", "directive"),
              ("direttiva", "directive"),
              ("convention", "convention"), ("convención", "convention"),
              ("convenio", "convention"), ("convenção", "convention"),
              ("convenzione", "convention"),
              ("treaty", "treaty"), ("traité", "treaty"), ("tratado", "treaty"),
              ("trattato", "treaty"),
              ("agreement", "agreement"), ("accord", "agreement"), ("acuerdo", "agreement"),
              ("acordo", "agreement"), ("accordo", "agreement"),
              # a State's own law, and a court's judgment ("Equality Act 2010", "Ley Orgánica
              # 4/2000", "Loi n° 2016-274"), after the treaties that name a law or an act
              # ("Convention on the Law of the Sea") and the acts that are no law
              ("final act", "final act"), ("acte final", "final act"),
              ("acta final", "final act"), ("model law", "model law"),
              ("constitution", "constitution"), ("constitución", "constitution"),
              ("constituição", "constitution"), ("costituzione", "constitution"),
              ("statute", "statute"), ("regulation", "regulation"),
              ("reglamento", "regulation"), ("règlement", "regulation"),
              ("regolamento", "regulation"), ("decree", "decree"), ("decreto", "decree"),
              ("décret", "decree"), ("ordinance", "ordinance"), ("ordonnance", "ordinance"),
              ("judgment", "judgment"), ("judgement", "judgment"), ("sentencia", "judgment"),
              ("act", "act"), ("law", "law"), ("ley", "law"), ("loi", "law"), ("lei", "law"),
              ("legge", "law"), ("gesetz", "law"),
              # a State's codified law ("Code de l'entrée et du séjour des étrangers", "Código
              # Civil"; a researcher's trial, session 44, had one non-binding)
              ("code de ", "law"), ("code du ", "law"), ("code des ", "law"), ("code civil", "law"),
              ("code pénal", "law"), ("código", "law"), ("codice", "law"),
              # a government's own plan (the statements stage reads its commitments as the
              # issuer's: `statements.genre`, the pledging genre)
              ("action plan", "action plan"), ("plan d'action", "action plan"),
              ("plan de acción", "action plan"), ("strategy", "strategy"),
              # governments' joint pledges ("Carbis Bay G7 Summit Communiqué")
              ("communiqué", "communiqué"), ("communique", "communiqué")]


@dataclass(frozen=True, slots=True)
class ManifestRow:
    line: int
    doc: Document


class RowError(InputError):
    """A manifest row that cannot be read, with the id it gives (`doc_id`, "" when none): its
    document is failed, not gone, so nothing is removed from the index for a typo."""

    def __init__(self, e: InputError, doc_id: str) -> None:
        super().__init__(e.message, path=e.path, line=e.line, fix=e.fix)
        self.doc_id = doc_id


def read_manifest(project: Project) -> tuple[list[ManifestRow], list[InputError]]:
    """Valid rows, and one InputError (file + line + fix) per bad row (a `RowError` when the
    row gives an id). A missing manifest or a header without the required columns raises."""
    path = project.manifest_path
    if not path.exists():
        raise InputError("no manifest", path=path,
                         fix="create it with `corpus-tool init` or add documents with "
                             "`corpus-tool add FILE --title … --issuer …`")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"manifest is not UTF-8 ({e.reason} at byte {e.start})", path=path,
                         fix="save it as UTF-8") from e
    rows: list[ManifestRow] = []
    problems: list[InputError] = []
    # strict: a quote misplaced ('…older persons,"UN Committee on Economic, Social …",1995')
    # shifted the title and issuer of a row in silence (a researcher's trial 36, P7)
    lines = raw.splitlines(keepends=True)
    reader = csv.reader(lines, strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError("manifest is empty", path=path, line=1,
                         fix="the first line must be: " + ",".join(MANIFEST_FIELDS)) from None
    missing = [f for f in REQUIRED if f not in header]
    for sep, name in ((";", "semicolons"), ("\t", "tabs")):
        if missing and len(header) == 1 and sep in header[0]:     # as a spreadsheet saved it
            raise InputError(f"the manifest is separated by {name}, not commas", path=path,
                             line=1, fix="save it as CSV with commas (in a spreadsheet: CSV, "
                                         "comma-separated, UTF-8), or edit it with a text editor")
    if missing:
        raise InputError(f"manifest header lacks column(s) {', '.join(missing)}", path=path,
                         line=1, fix="the first line must be: " + ",".join(MANIFEST_FIELDS))
    seen: dict[str, int] = {}
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            first = lines[reader.line_num - 1].split(",", 1)[0].strip() \
                if 0 < reader.line_num <= len(lines) else ""
            problems.append(RowError(InputError(
                f"malformed CSV ({e})", path=path, line=reader.line_num,
                fix="check the quotes on this line: a field with a comma is quoted whole, "
                    '"like, this"'), first if RE_ID.match(first) else ""))
            continue
        line = reader.line_num
        if not values or not any(v.strip() for v in values):
            continue
        rec = {k: v.strip() for k, v in zip(header, values)}
        if len(values) != len(header):
            problems.append(RowError(InputError(
                f"malformed row: {len(values)} fields, the header has {len(header)}", path=path,
                line=line, fix="quote fields containing commas with double quotes"),
                rec.get("id", "")))
            continue
        try:
            doc = row_to_document(rec, path=path, line=line)
        except InputError as e:
            problems.append(RowError(e, rec.get("id", "")))
            continue
        if doc.id in seen:
            problems.append(InputError(f"duplicate id {doc.id!r} (first on line {seen[doc.id]})",
                                       path=path, line=line, fix="give each document its own id"))
            continue
        seen[doc.id] = line
        rows.append(ManifestRow(line, doc))
    return rows, problems


def row_to_document(rec: dict[str, str], *, path: Path, line: int) -> Document:
    """A manifest row as a document; every problem of the row is said in one error (a year and
    a legal force both wrong were said one run at a time: a researcher's trial 42, P13)."""
    problems: list[tuple[str, str]] = []           # (what is wrong, the fix)
    for f in REQUIRED:
        if not rec.get(f):
            problems.append((f"empty {f!r}", f"fill in the {f} column"))
    if rec.get("id") and not RE_ID.match(rec["id"]):
        problems.append((f"bad id {rec['id']!r}", f"{ID_RULE}, e.g. un-crc-1989"))
    rel = Path(rec.get("path") or ".")
    if rel.is_absolute() or ".." in rel.parts:
        problems.append((f"path {rec['path']!r} is outside corpus/",
                         "copy the file into corpus/ and give its path relative to corpus/"))
    year = None
    if rec.get("year"):
        if re.fullmatch(r"\d{3,4}", rec["year"]):
            year = int(rec["year"])
        else:
            problems.append((f"year {rec['year']!r} is not a year",
                             "write the year as four digits, or leave it empty"))
    dtype = rec.get("type") or guess_type(rec.get("title") or "")
    force = rec.get("legal_force") or default_force(dtype)
    if force not in ("binding", "non-binding"):
        problems.append((f"legal_force {force!r}", "write binding or non-binding"))
    if problems:
        raise InputError("; ".join(p for p, _ in problems), path=path, line=line,
                         fix="; ".join(f for _, f in problems))
    return Document(id=rec["id"], title=rec["title"], issuer=rec["issuer"], year=year,
                    type=dtype, legal_force=force, language=rec.get("language") or "en",
                    path=rec["path"], source=rec.get("source", ""), licence=rec.get("licence", ""),
                    sha256=rec.get("sha256", ""))


# a resolution named by its number near the title's head, whatever instrument it adopts
# ("Resolution 77/321 Agreement under the United Nations Convention on the Law of the Sea …",
# "General Assembly resolution 70/1"); a case's name with its number ("United States v.
# Trump, No. 23-3228"): a researcher's trial (session 45) had them an agreement and a document
RE_RESOLUTION = re.compile(r"^(?:\S+\s+){0,3}?(?:resolution|résolution|resolución|resolução|"
                           r"risoluzione)\s+(?:no\.\s*)?[\w./-]*\d", re.I)
RE_CASE = re.compile(r"\w\s+v\.?\s+\w.*\b(?:no\.|case|application)\s*[\w./-]*\d", re.I)


def guess_type(title: str) -> str:
    """The kind a title names: a resolution or a case by its number (`RE_RESOLUTION`,
    `RE_CASE`), else by the first of `TYPE_WORDS` that begins a word of it ("Pacto" in "Pacto
    Internacional", not in "impacto"; a short one is the whole word: "act", not "action"),
    else `document`."""
    if RE_RESOLUTION.match(title):
        return "resolution"
    if RE_CASE.search(title):
        return "judgment"
    t = title.lower()
    for word, kind in TYPE_WORDS:
        end = r"(?!\w)" if len(word) <= 6 else ""
        if re.search(rf"(?<!\w){re.escape(word)}{end}", t):
            return kind
    return "document"


def default_force(doc_type: str) -> str:
    """`binding` for the types in BINDING_TYPES (treaties, EU acts, judgments), else
    `non-binding`; a manifest row's own legal_force always wins."""
    return "binding" if doc_type in BINDING_TYPES else "non-binding"


def document_row(doc: Document) -> dict:
    d = doc.to_dict()
    d["year"] = "" if doc.year is None else str(doc.year)
    return d


def set_language(project: Project, doc_id: str, language: str) -> Document:
    """Rewrite one manifest row's language; returns the document as it now is."""
    rows, problems = read_manifest(project)
    if problems:        # a rewrite keeps only the rows it can read
        raise InputError(f"fix the manifest first: {problems[0]}", path=project.manifest_path)
    docs = [r.doc for r in rows]
    k = next(i for i, d in enumerate(docs) if d.id == doc_id)
    docs[k] = replace(docs[k], language=language)
    write_manifest(project, docs)
    return docs[k]


def write_manifest(project: Project, docs: list[Document]) -> None:
    rows = [document_row(d) for d in sorted(docs, key=lambda d: d.id)]
    atomic_write_text(project.manifest_path, csv_text(MANIFEST_FIELDS, rows))


def withdraw_document(project: Project, doc: Document, *, remove_file: bool) -> None:
    """Undo `add_document` for a file that could not be read: its manifest row goes, and with
    `remove_file` the copy `add` made in corpus/ (trial 20: a refused file kept its row, so
    adding it again was refused as a duplicate id)."""
    rows, _ = read_manifest(project)
    write_manifest(project, [r.doc for r in rows if r.doc.id != doc.id])
    if remove_file:
        (project.corpus_dir / doc.path).unlink(missing_ok=True)


def slug_id(title: str, year: int | None) -> str:
    """An id from a title and year: "Constitución Española" → constitucion-espanola-1978 (its
    letters without their accents: they split words before; a researcher's trial, session
    44, got `constituci-n-espa-ola-1978`)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", title)
                    if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", plain.lower())
    stop = {"the", "of", "on", "and", "for", "to", "in", "a", "an", "no"}
    base = "-".join(w for w in words if w not in stop)[:50].strip("-") or "document"
    return f"{base}-{year}" if year else base


def add_document(project: Project, file: Path, *, title: str, issuer: str,
                 year: int | None = None, doc_type: str | None = None,
                 legal_force: str | None = None, language: str = "en",
                 doc_id: str | None = None, source: str = "", licence: str = "",
                 subdir: str = "added") -> Document:
    """Copy `file` into corpus/<subdir>/ and add its manifest row (kept sorted by id)."""
    file = Path(file)
    if not file.is_file():
        raise InputError("no such file", path=file, fix="check the path")
    reader_for(file)                                   # unknown extension → clear error now
    rows, problems = read_manifest(project)
    if problems:
        raise InputError(f"fix the manifest first: {problems[0]}", path=project.manifest_path)
    if not doc_id:          # a made id never takes another document's: the next free -2, -3…
        made = slug_id(title, year)
        taken = {r.doc.id for r in rows}
        doc_id = next(c for c in (made if k == 1 else f"{made}-{k}" for k in count(1))
                      if c not in taken)
    if not RE_ID.match(doc_id):
        raise InputError(f"bad id {doc_id!r}", fix=f"{ID_RULE}, e.g. un-crc-1989")
    if any(r.doc.id == doc_id for r in rows):
        raise InputError(f"a document with id {doc_id!r} is already in the manifest",
                         path=project.manifest_path,
                         fix=f"choose another id with --id, or, if the file is a new version of "
                             f"that document, add it with `--id {doc_id} --replace`")
    # the same file under a second id would count its evidence twice, as two instruments (a
    # researcher's trial, session 43: an indicator was drafted only from such copies)
    sha = sha256_file(file)
    if twin := next((r for r in rows if r.doc.sha256 == sha), None):
        raise InputError(f"the same file is already in the corpus as {twin.doc.id!r} (line "
                         f"{twin.line} of corpus/manifest.csv)", path=file,
                         fix=f"code it as {twin.doc.id!r}: a document is added once")
    dest = project.corpus_dir / subdir / file.name
    project.inside(dest, what=f"corpus/{subdir}/{file.name}")
    try:
        same = dest.resolve() == file.resolve()
    except OSError:
        same = False
    if dest.exists() and not same:
        raise InputError(f"corpus/{subdir}/{file.name} already exists", path=dest,
                         fix="rename the file or remove the old one")
    if not same:
        # atomically (temporary file, fsync, rename): a killed `add` leaves no half-copied
        # file in corpus/ to block the next one
        atomic_write_bytes(dest, file.read_bytes())
    dtype = doc_type or guess_type(title)
    doc = Document(id=doc_id, title=title, issuer=issuer, year=year, type=dtype,
                   legal_force=legal_force or default_force(dtype), language=language,
                   path=dest.relative_to(project.corpus_dir).as_posix(), source=source,
                   licence=licence, sha256=sha)      # (the copy has the file's bytes)
    write_manifest(project, [r.doc for r in rows] + [doc])
    return doc


