"""A code renamed or merged in the codebook, carried to every coding at once.

A researcher's trial (session 45) renamed an area, renamed an indicator and merged two: each
meant one `annotations edit` per coding (17, 6 and 15 of them), found by a script. `recode`
moves every coding of the old codes to the new one, in every coder's file, under the lock the
other writers take. It is a change of the codebook, not a judgment on a coding: each coding
keeps its coder, its words and its memo, and says when it changed (`modified`). A split cannot
be done this way: which part of a split code a coding belongs to is a coder's decision.
"""
from __future__ import annotations

from dataclasses import replace
from typing import NotRequired, TypedDict

from corpus_tool.codebook import area_ids
from corpus_tool.coding.annotations import listed_indicators, off_codebook
from corpus_tool.coding.files import annotations_lock, read_annotations, write_files
from corpus_tool.coding.records import now_iso
from corpus_tool.errors import InputError
from corpus_tool.names import check_id
from corpus_tool.project import Project


class Recoded(TypedDict):
    """What `annotations recode` changed (or, with `dry_run`, would change)."""
    kind: str                     # "area" or "indicator"
    old: list[str]
    new: str
    annotations: list[str]        # ids of the codings moved
    files: dict[str, int]         # file -> codings moved in it
    dry_run: bool
    framework: NotRequired[str]   # what the CLI did to the framework's indicator (its rename)


def recode(project: Project, kind: str, old: list[str], new: str, *,
           dry_run: bool = False) -> Recoded:
    """Move every coding of the `old` areas or indicators (`kind`) to `new`. The new area must
    be in the codebook; a new indicator must fit each coding's area where the codebook lists
    indicators. All or nothing: a coding it cannot move stops the whole change."""
    if kind not in ("area", "indicator"):
        raise InputError(f"unknown kind {kind!r}", fix="recode an area or an indicator")
    if not old or new in old:
        raise InputError("name the old code(s) and a different new one",
                         fix="e.g. `annotations recode --indicator old-id --to new-id`")
    if kind == "area" and new not in (ids := area_ids(project)):
        raise InputError(f"unknown area {new!r}", path=project.codebook_path,
                         fix=f"use one of: {', '.join(ids)} (add it to the codebook first)")
    check_id(new, what=f"{kind} id")
    listed = listed_indicators(project)
    with annotations_lock(project):
        cur = read_annotations(project)
        moved = [a for a in cur.annotations if (a.area if kind == "area" else a.indicator) in old]
        if not moved:
            raise InputError(f"no coding has the {kind} {' or '.join(map(repr, old))}",
                             fix="`corpus-tool annotations list` shows the codes in use")
        when = now_iso()
        new_of = {a.id: replace(a, modified=when, **{kind: new}) for a in moved}
        for a in new_of.values():
            if why := off_codebook(listed, a.area, a.indicator):
                raise InputError(f"{a.id} would have the area {a.area!r} and the indicator "
                                 f"{a.indicator!r}: {why}", fix="nothing was changed")
        files: dict[str, int] = {}
        for a in moved:
            files[a.file] = files.get(a.file, 0) + 1
        if not dry_run:
            write_files(project, cur, {f: [new_of.get(a.id, a) for a in cur.annotations
                                           if a.file == f] for f in files})
    return Recoded(kind=kind, old=list(old), new=new, annotations=[a.id for a in moved],
                   files=dict(sorted(files.items())), dry_run=dry_run)
