"""The coders' files: annotations/<coder>.jsonl read and written whole, one W3C record a line
(annotations and rejections side by side), under one lock, canonical and sorted."""
from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus_tool.coding.records import (REJECTION_MOTIVATION, Rejection, annotation_id,
                                        annotation_to_record, record_to_annotation,
                                        record_to_rejection, rejection_to_record, slug)
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import (atomic_write_text, dumps_json, file_lock, merge_conflict,
                                 read_jsonl)
from corpus_tool.models import Annotation
from corpus_tool.names import check_id, check_name
from corpus_tool.project import Project


def default_coder() -> str:
    """`$CORPUS_TOOL_CODER`, else the login name."""
    name = os.environ.get("CORPUS_TOOL_CODER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):              # no login name (containers, some CI runners)
        return "anonymous"


@dataclass
class AnnotationSet:
    annotations: list[Annotation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)      # "file, line N: …"
    bad_files: set[str] = field(default_factory=set)       # files holding a malformed line
    rejections: list = field(default_factory=list)         # rejections.Rejection (`assessing`):
    conflicts: list[str] = field(default_factory=list)     # files left in a git merge conflict


def annotation_files(project: Project) -> list[Path]:
    d = project.annotations_dir
    return sorted(p for p in d.glob("*.jsonl") if not p.name.startswith(".")) if d.is_dir() else []


def rel_path(project: Project, path: Path) -> str:
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)


def check_names(a: Annotation | Rejection) -> None:
    """The coder names and ids an annotation (or rejection) carries, as every entry point
    checks them; InputError naming the first bad one."""
    check_name(a.creator, what="coder name")
    check_id(a.anchor.doc_id, what="document id")
    check_id(a.area, what="area id")
    if getattr(a, "indicator", None):
        check_id(a.indicator, what="indicator id")
    if a.origin.accepted_by:
        check_name(a.origin.accepted_by, what="name of who accepted it")


def read_annotations(project: Project) -> AnnotationSet:
    """Every annotation of the project, plus the problems found (malformed lines, duplicate ids):
    a bad line is reported with file and line and the rest still loads."""
    out = AnnotationSet()
    seen: dict[str, str] = {}
    for path in annotation_files(project):
        rel = rel_path(project, path)
        try:
            conflict = merge_conflict(path, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            conflict = None                  # said line by line below
        if conflict is not None:             # neither side is read until it is resolved
            out.problems.append(f"{rel}, {conflict.message}: none of its annotations is read "
                                f"({conflict.fix})")
            out.bad_files.add(rel)
            out.conflicts.append(rel)
            continue
        for lineno, rec in read_jsonl(path):
            if isinstance(rec, InputError):
                out.problems.append(f"{rel}, line {lineno}: {rec.message} ({rec.fix})")
                out.bad_files.add(rel)
                continue
            try:
                if isinstance(rec, dict) and rec.get("motivation") == REJECTION_MOTIVATION:
                    a = record_to_rejection(rec, file=rel)
                else:
                    a = replace(record_to_annotation(rec, file=rel), line=lineno)
                check_names(a)
            except InputError as e:          # a name or id no entry point would accept
                out.problems.append(f"{rel}, line {lineno}: {e}")
                out.bad_files.add(rel)
                continue
            except (ValueError, TypeError, AttributeError) as e:
                out.problems.append(f"{rel}, line {lineno}: {e} (fix or delete this line)")
                out.bad_files.add(rel)
                continue
            if a.id in seen:
                out.problems.append(f"{rel}, line {lineno}: duplicate annotation id {a.id!r} "
                                    f"(also in {seen[a.id]}; give one of them a new id)")
                out.bad_files.add(rel)
                continue
            seen[a.id] = f"{rel}, line {lineno}"
            (out.rejections if isinstance(a, Rejection) else out.annotations).append(a)
    out.annotations.sort(key=lambda a: a.id)
    out.rejections.sort(key=lambda a: a.id)
    return out


def load_annotations(project: Project, *, doc_id: str | None = None,
                     creator: str | None = None, area: str | None = None) -> list[Annotation]:
    """The project's annotations sorted by id (malformed lines skipped: see read_annotations)."""
    anns = read_annotations(project).annotations
    return [a for a in anns if (doc_id is None or a.doc_id == doc_id)
            and (creator is None or a.creator == creator) and (area is None or a.area == area)]


def get_annotation(project: Project, annotation_id: str) -> Annotation:
    for a in load_annotations(project):
        if a.id == annotation_id:
            return a
    raise NotFoundError(f"no annotation {annotation_id!r} "
                        "(`corpus-tool annotations list` shows them)")


@contextmanager
def annotations_lock(project: Project) -> Iterator[None]:
    """Exclusive lock for read-modify-write of annotation files (fcntl.flock on a lock file
    under build/, which is regenerable and ignored by git)."""
    with file_lock(project.build_dir / "annotations.lock"):
        yield


def annotations_text(annotations: list[Annotation], rejections: list = ()) -> str:
    """The canonical file content for `annotations` (and rejections kept in the same file): one
    sorted-key object per line, by id."""
    recs = sorted([annotation_to_record(a) for a in annotations]
                  + [rejection_to_record(r) for r in rejections], key=lambda r: r["id"])
    return "".join(dumps_json(r) + "\n" for r in recs)


def write_files(project: Project, current: AnnotationSet, changed: dict[str, list[Annotation]],
                 *, rejections: dict[str, list] | None = None) -> None:
    """Rewrite the files in `changed` (relative path → all annotations it should hold). The
    rejections a file holds are written back as they are, unless `rejections` gives that
    file's new list. A file left holding nothing is removed."""
    for rel in changed:
        if rel in current.bad_files:
            bad = [p for p in current.problems if p.startswith(rel + ",")]
            first = bad[0].removesuffix(" (fix or delete this line)")    # said once, below
            raise InputError(f"{rel} has problems that must be fixed first: {first}",
                             fix="fix or delete that line; nothing was written")
    for rel, anns in changed.items():
        rejs = (rejections or {}).get(rel)
        if rejs is None:
            rejs = [r for r in current.rejections if r.file == rel]
        text = annotations_text(anns, rejs)
        if text:
            atomic_write_text(project.root / rel, text)
        else:       # a coder's file left with nothing: no empty file stays behind (trial 24)
            (project.root / rel).unlink(missing_ok=True)


def coder_file(project: Project, creator: str) -> str:
    return rel_path(project, project.annotations_dir / f"{slug(creator)}.jsonl")


def save_annotations(project: Project, new: list[Annotation], *, replace_ids: bool = False,
                     clash: Callable[[Annotation, list[Annotation]], bool] | None = None
                     ) -> list[Annotation]:
    """Add `new` annotations (each to its creator's file) under the lock. Duplicate ids are
    refused unless `replace_ids` (then the old record with that id is replaced). `clash`, asked
    under the lock with the annotations on file, leaves out an annotation it returns True for
    (or refuses the whole batch by raising). Returns the annotations saved."""
    with annotations_lock(project):
        cur = read_annotations(project)
        if clash is not None:
            new = [a for a in new if not clash(a, cur.annotations)]
        by_id = {a.id: a for a in cur.annotations}
        by_file: dict[str, list[Annotation]] = {}
        for a in cur.annotations:
            by_file.setdefault(a.file, []).append(a)
        changed: dict[str, list[Annotation]] = {}
        batch_ids: set[str] = set()
        saved: list[Annotation] = []
        for a in new:
            if a.id in by_id and not replace_ids and _coded_otherwise(a, by_id[a.id]):
                a = replace(a, id=annotation_id(a.creator, a.anchor.doc_id, a.anchor.start,
                                                a.anchor.end, a.anchor.exact, a.area,
                                                also=f"{a.indicator or ''}\n{a.stance}"))
            if a.id in batch_ids:
                raise InputError(f"duplicate annotation id {a.id!r} in this batch",
                                 fix="each annotation needs its own id")
            batch_ids.add(a.id)
            if a.id in by_id:
                if not replace_ids:
                    old = by_id[a.id]
                    raise InputError(f"annotation {a.id!r} already exists ({old.file}: "
                                     f"{old.creator} coded this quote as {old.area!r})",
                                     fix="`corpus-tool annotations list` shows it; remove it first "
                                         "to re-code")
                old = by_id[a.id]
                lst = changed.setdefault(old.file, list(by_file.get(old.file, [])))
                lst[:] = [x for x in lst if x.id != a.id]
            rel = a.file or coder_file(project, a.creator)
            a = replace(a, file=rel)
            changed.setdefault(rel, list(by_file.get(rel, []))).append(a)
            saved.append(a)
        write_files(project, cur, changed)
    return saved


def _coded_otherwise(a: Annotation, old: Annotation) -> bool:
    """Does `a` code the quote `old` codes to another indicator or with the other stance? It is
    a coding of its own, with an id of its own: the same quote coded for one indicator and
    against another was refused as "already exists" (a researcher's trial 45, P12)."""
    return (a.indicator or "", a.stance) != (old.indicator or "", old.stance) and \
        a.anchor.exact == old.anchor.exact and a.area == old.area and a.creator == old.creator
