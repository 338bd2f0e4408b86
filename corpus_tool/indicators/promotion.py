"""Promoting the drafts into `indicators/framework.yaml`: the file operations of `indicators
promote`, `diff` and of `build`'s refresh, each a locked read-merge-write of `merge_drafts`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict

from corpus_tool.coding.annotations import listed_indicators, off_codebook
from corpus_tool.coding.files import read_annotations
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.framework.io import load_framework, update_framework
from corpus_tool.framework.model import Framework
from corpus_tool.indicators.draft import draft_path, framework_path
from corpus_tool.indicators.merge import MergeResult, MergeSummary, merge_drafts
from corpus_tool.indicators.source_check import passages_kept, refuse_edited_anchors
from corpus_tool.indicators.source_match import coded


class PromoteReport(TypedDict):
    """`indicators promote --json`: the framework written, its changes and its size."""
    framework: str
    changes: dict[str, int]
    pending: list[str]
    indicators: int


class DiffReport(TypedDict):
    """`indicators diff --json`: each change promoting the drafts would make, counted."""
    changes: list[dict[str, Any]]
    counts: dict[str, int]
    pending: list[str]


def promote(project, *, ids: list[str] | None = None, dry_run: bool = False) -> MergeResult:
    """Merge the drafts into `indicators/framework.yaml` (creating it if needed). Indicators
    already in the framework are always refreshed (edits kept); draft indicators not yet in it
    are added when named in `ids` (all of them when `ids` is None)."""
    dpath, fpath = draft_path(project), framework_path(project)
    if not dpath.exists():
        raise InputError("no drafts yet", path=dpath, fix="run `corpus-tool indicators draft`")
    draft = load_framework(dpath)
    if ids:
        known = {i.id for i in draft.indicators()}
        missing = [i for i in ids if i not in known]
        if missing:
            raise NotFoundError(f"no draft indicator {', '.join(missing)} in {dpath.name} "
                                "(`corpus-tool indicators list --drafts` shows them)")
    if not dry_run and fpath.exists() and (why := unread_coding(project)):
        raise InputError(f"indicators/framework.yaml not changed: {why}",
                         fix="`corpus-tool annotations check` lists the lines to fix")
    if not dry_run and fpath.exists() and (why := codebook_moved(project, load_framework(fpath))):
        raise InputError(f"indicators/framework.yaml not changed: {why}")
    out: list[MergeResult] = []

    def merge(current: Framework | None) -> Framework | None:
        refuse_edited_anchors(project, current, fpath)
        d = draft.only(set(ids)) if current is None and ids else draft
        out[:] = [merge_drafts(current, d, add="all" if ids is None else set(ids), kept=kept,
                               unread=unread)]
        return None if dry_run else out[0].framework

    with passages_kept(project) as (kept, unread):
        update_framework(fpath, merge, missing_ok=True)     # locked read-merge-write
    return out[0]


def promote_report(project, result: MergeResult) -> PromoteReport:
    summary = result.summary()
    return {"framework": str(project.indicators_dir / "framework.yaml"),
            "changes": summary["changes"], "pending": summary["pending"],
            "indicators": len(result.framework.indicators())}


class RefreshSummary(MergeSummary, total=False):
    held_back: bool         # the framework was not written …
    held_for: str           # … for this reason
    reworded: list[str]     # "id: title 'old' → 'new'": a title or question the drafts reworded


@dataclass
class Refreshed(MergeResult):
    """A refresh's merge, and why it was not written to the framework ('' when it was)."""
    held_for: str = ""

    def summary(self) -> RefreshSummary:
        """The merge's summary, with why it was held back and the titles and questions the
        drafts reworded, each said: an indicator a researcher had accepted as drafted went from
        "Promotion of the establishment and use of appropriate machinery for conciliation and
        voluntary arbitration" to "Promotion of establishment" when a document was added, and
        the build said "5 updated in 2 indicators" (a researcher's trial 45, P4)."""
        out = RefreshSummary(**super().summary())
        if self.held_for:
            out.update(held_back=True, held_for=self.held_for)
        if reworded := [f"{c.indicator}: {c.field} {c.old!r} → {c.new!r}" for c in self.changes
                        if c.kind == "updated" and c.field in ("title", "question")
                        and c.old != c.new]:
            out["reworded"] = reworded
        return out


def unread_coding(project) -> str:
    """Why a framework that exists is not rewritten while a line of a coder's file is unread
    (a malformed line, a duplicate id, a name no command accepts: the annotation warnings say
    which line and how to fix it), '' when every line is read. Rewritten from the other lines,
    it marked the unread coding's sources stale and withdrew the indicators resting on it alone,
    though the researcher had removed nothing (a researcher's trial 43, P6b)."""
    bad = sorted(read_annotations(project).bad_files)
    return (f"{', '.join(bad)} {'has' if len(bad) == 1 else 'have'} a line that is not read: "
            "fix it first, or its codings would go stale" if bad else "")


def codebook_moved(project, framework: Framework) -> str:
    """Why a framework that exists is not rewritten while a coding names an indicator the
    codebook, which lists its areas' indicators, does not list there, when the indicator is
    one of the framework's or the coding's area lists its own (a typo in the codebook or in a
    coding, or a rename not carried to the codings): the draft of the framework's indicator lost
    the codebook's name, or the coding, and the build reworded the published indicator
    ("Personal and place names in the minority language" → "Use or adoption", a researcher's
    trial 48, P3; "Religion or belief" → "Coercion", asked "Does the law provide for coercion
    …?", when one of its two codings read `bel-no-coersion`: trial 49, P1); '' when every
    coding fits."""
    listed = listed_indicators(project)
    ours = {i.id for i in framework.indicators()}
    why = {a.indicator: off_codebook(listed, a.area, a.indicator)
           for a in read_annotations(project).annotations
           if a.indicator in ours or a.area in listed.values()}
    gone = sorted(k for k, v in why.items() if v)
    if not listed or not gone:
        return ""
    return (f"codings name {', '.join(gone)}, but {why[gone[0]]}: fix the codebook, or the "
            f"codings (`corpus-tool annotations edit ID --indicator …`, or `corpus-tool "
            f"annotations recode --indicator {gone[0]} --to …` for all of them); the drafts "
            "would otherwise reword the framework's indicators")


def refresh(project, *, hold: str = "") -> Refreshed:
    """What `build` does after drafting: refresh the indicators already in the framework (new
    evidence marked new, lost evidence marked stale, edits kept) without adding new ones; a
    project without a framework gets one made of all drafts once they rest on a coded passage.
    (Drafts of suggestions alone, before any coding, made a framework whose indicators stayed
    as withdrawn entries, and whose overall score counted only the one area they drew: two
    researchers' trials, session 44, built before they coded.) Nothing is written when `hold`
    says why not (`build --strict` after a warning), nor to a framework that exists while a
    coder's line is unread (`unread_coding`) or the codebook no longer lists an indicator of it
    that codings name (`codebook_moved`); the result says what would have changed."""
    dpath, fpath = draft_path(project), framework_path(project)
    draft = load_framework(dpath)
    if not hold and fpath.exists():
        hold = unread_coding(project) or codebook_moved(project, load_framework(fpath))
    out: list[MergeResult] = []

    def merge(current: Framework | None) -> Framework | None:
        refuse_edited_anchors(project, current, fpath)
        if current is None and not rests_on_codings(draft):
            out[:] = [MergeResult(draft, [], sorted(i.id for i in draft.indicators()))]
            return None
        if current is None:         # the drafts that rest on a coded passage; the others wait
            first = merge_drafts(None, coded_only(draft))
            taken = {i.id for i in first.framework.indicators()}
            out[:] = [MergeResult(first.framework, first.changes,
                                  sorted(i.id for i in draft.indicators() if i.id not in taken))]
        else:
            out[:] = [merge_drafts(current, draft, add="none", kept=kept, unread=unread)]
        return None if hold else out[0].framework

    with passages_kept(project) as (kept, unread):
        update_framework(fpath, merge, missing_ok=True)     # locked read-merge-write
    return Refreshed(out[0].framework, out[0].changes, out[0].pending, held_for=hold)


def rests_on_codings(draft: Framework) -> bool:
    """Does any draft indicator rest on a coded passage (an annotation), not on suggestions
    alone?"""
    return any(_coded(ind) for ind in draft.indicators())


def _coded(ind) -> bool:
    return any(coded(s) for s in ind.sources)


def coded_only(draft: Framework) -> Framework:
    """The draft with only its indicators that rest on a coded passage, and the areas that hold
    one: the first framework `build` makes. A draft of suggestions alone went into it and into
    the experts' questionnaire, though nobody had coded a passage to it (a researcher's trial
    43, P2); it waits for `promote`, which adds its area too."""
    def kept(inds):
        return [i for i in inds if _coded(i)]
    areas = [a.model_copy(update={
        "indicators": kept(a.indicators),
        "dimensions": [d.model_copy(update={"indicators": kept(d.indicators)})
                       for d in a.dimensions if kept(d.indicators)]}) for a in draft.areas]
    return draft.model_copy(update={"areas": [a for a in areas if a.indicators or a.dimensions]})


def diff(project, *, ids: list[str] | None = None) -> DiffReport:
    """What promoting the drafts would change in the framework, without writing anything."""
    result = promote(project, ids=ids, dry_run=True)
    summary = result.summary()
    return {"changes": [c.to_dict() for c in result.changes], "counts": summary["changes"],
            "pending": summary["pending"]}


def rename_indicator(project, old: list[str], new: str, *, dry_run: bool = False) -> str:
    """After `annotations recode --indicator OLD --to NEW`: the framework's indicator OLD takes
    the id NEW, keeps OLD among its `aliases` (answers under it are still found), and its draft
    is NEW's, so that the researcher's edits go on being updated by the drafts of the codings
    now under NEW (trial 22: the edited indicator was withdrawn, NEW came as a bare new draft).
    Only when exactly one of `old` is in the framework and NEW is not; otherwise nothing is
    written. Returns what was done or why not ('' when there is no framework or no OLD in it)."""
    fpath = framework_path(project)
    if not fpath.exists():
        return ""
    fw = load_framework(fpath)
    ids = {i.id for i in fw.indicators()}
    present = [o for o in old if o in ids]
    if not present:
        return ""
    if new in ids or len(present) > 1:
        return (f"indicators/framework.yaml holds {', '.join(present)}"
                + (f" and {new}" if new in ids else "") + ": merge their wording by hand (the "
                "drafts of the codings now under " + new + " update " + new + ")")
    if dry_run:
        return f"would rename indicator {present[0]} to {new} in indicators/framework.yaml"

    def rename(current: Framework | None) -> Framework | None:
        if current is None or new in {i.id for i in current.indicators()}:
            return None
        data = current.model_dump(mode="python", exclude_none=True)
        ref = current.find(present[0])
        node = data
        for k in ref.loc:
            node = node[k]
        node["id"] = new
        node["aliases"] = list(dict.fromkeys([*node.get("aliases", []), present[0]]))
        if node.get("generated"):
            node["generated"]["draft"] = new
        return type(current).model_validate(data)

    update_framework(fpath, rename)
    return (f"renamed indicator {present[0]} to {new} in indicators/framework.yaml (its old id "
            "kept among its aliases; your edits stay with it)")
