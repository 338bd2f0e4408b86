"""Merging indicator drafts into the researcher's framework without losing an edit (the file
operations, `promote`, `refresh` and `diff`, are in `promotion.py`).

Each generated indicator keeps a `generated` record: a fingerprint of the value the drafting
stage last wrote into each field, and the keys of the sources it proposed. On regeneration:
- a field whose value still matches its fingerprint is untouched and takes the new draft value;
  a field that no longer matches was edited by a researcher and is kept as it is;
- a source the drafts propose for the first time is added with status `new`;
- a source the drafts proposed before but no longer do is kept and marked `stale` (one still
  `new`, never looked at, goes), and comes back as it was when proposed again (`source_match`);
- a source whose document text changed is marked `suspect`, unless the index knows its passage
  unchanged (spacing aside); so is one whose quoted words changed (the same annotation, or the
  same passage and letters), which takes the new words, and keeps its status when only the
  spacing changed;
- sources a researcher added by hand are never touched, and one a researcher removed is not
  added back while the drafts keep proposing it;
- an indicator the drafts no longer propose is kept, its record marked `withdrawn`;
- a new area of the drafts counts in every overall score that counted every area until then;
- an indicator given another id is still updated by its draft (`generated.draft`); one a
  researcher removed is not added back unless promoted by name (`drafts_taken`);
- an anchor edited by hand (the tool's record of where a link points) is refused, not put back
  in silence (`source_check.refuse_edited_anchors`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TypedDict

from corpus_tool.framework.io import framework_to_data
from corpus_tool.framework.model import (Aggregation, Area as FwArea, Framework, Generated,
                                         Indicator, Overall, Source, with_note)
from corpus_tool.indicators.draft import TRACKED_FIELDS, fingerprint
from corpus_tool.indicators.rationale import rationale_support
from corpus_tool.indicators.source_check import Kept, Unread
from corpus_tool.indicators.source_match import (coded, covered, relinked, requoted, respaced,
                                                restanced, same_source, short, skey, unlinked)


class MergeSummary(TypedDict):
    """Changes counted by kind, the indicators each kind touched, and the draft indicators not
    added."""
    changes: dict[str, int]
    indicators: dict[str, list[str]]
    pending: list[str]
    relocated: list[str]        # "doc old locator → new locator" of sources now cited otherwise


@dataclass
class Change:
    indicator: str
    kind: str          # added, updated, kept-edit, held, withdrawn, source- new, stale, back,
    #                    suspect, respaced, superseded, dropped, kept-out, relocated
    field: str = ""
    detail: str = ""
    old: object = None
    new: object = None

    def to_dict(self) -> dict:
        d = {"indicator": self.indicator, "change": self.kind}
        if self.field:
            d["field"] = self.field
        if self.detail:
            d["detail"] = self.detail
        if self.old is not None:
            d["old"] = self.old
        if self.new is not None:
            d["new"] = self.new
        return d


@dataclass
class MergeResult:
    framework: Framework
    changes: list[Change] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)   # draft indicators not (yet) in the framework

    def summary(self) -> MergeSummary:
        counts: dict[str, int] = {}
        touched: dict[str, set[str]] = {}
        for c in self.changes:
            counts[c.kind] = counts.get(c.kind, 0) + 1
            touched.setdefault(c.kind, set()).add(c.indicator)
        return {"changes": counts, "indicators": {k: sorted(v) for k, v in touched.items()},
                "pending": self.pending,
                "relocated": sorted({c.detail for c in self.changes
                                     if c.kind == "source-relocated"})}


def _containers(fw: Framework) -> list[list[Indicator]]:
    """Every list of indicators in the tree: an area's, a dimension's, an indicator's
    sub-indicators (researchers may move drafted indicators anywhere)."""
    out: list[list[Indicator]] = []

    def add(lst: list[Indicator]) -> None:
        out.append(lst)
        for ind in lst:
            if ind.sub_indicators:
                add(ind.sub_indicators)

    for a in fw.areas:
        add(a.indicators)
        for d in a.dimensions:
            add(d.indicators)
    return out


def _add_area(fw: Framework, darea: FwArea) -> str:
    """Append a new area of the drafts, and count it in every overall score that counted every
    area until now (as the one the first draft made does); one that counts only some is a
    researcher's choice, left as it is. Says what it did. (A first build before any coding
    made a framework of one area; the areas coded later were left out of the overall score,
    and a country scored 100 where its indicators gave 25: a researcher's trial.)"""
    every = {a.id for a in fw.areas}
    fw.areas.append(FwArea(id=darea.id, title=darea.title, description=darea.description,
                           indicators=[]))
    counted = [ov for ov in fw.overall if set(ov.areas) == every]
    for ov in counted:
        ov.areas.append(darea.id)
    if counted:
        return (f"new area {darea.id}, counted in the overall score "
                + ", ".join(repr(ov.id) for ov in counted))
    return f"new area {darea.id}, counted in no overall score" if fw.overall else ""


def _indicator_index(fw: Framework) -> dict[str, tuple[list[Indicator], int]]:
    return {ind.id: (lst, k) for lst in _containers(fw) for k, ind in enumerate(lst)}


def merge_drafts(current: Framework | None, draft: Framework, *, add: str | set[str] = "all",
                 kept: Kept = lambda a: False, unread: Unread = lambda a: "") -> MergeResult:
    """Merge `draft` into `current` (None: a new framework made of the draft). `add` says which
    draft indicators not yet in the framework are added: "all", "none" or a set of ids. A source
    whose document changed is marked suspect, unless `kept` knows its passage unchanged
    (`source_check.passages_kept`); `unread` gives the language of a source's passage the
    statements stage does not read (a rationale names such texts apart)."""
    if current is None:
        title = draft.title.replace("Draft indicators: ", "")
        overall = [Overall(id="overall", title=f"{title}: overall score",
                           description="As MIPEX scores a strand: the unweighted mean of all its "
                           "indicators (missing answers left out).",
                           aggregation=Aggregation(rule="mean_of_leaves"),
                           areas=[a.id for a in draft.areas])] if draft.areas else []
        fw = draft.model_copy(update={"id": "framework", "title": title, "description":
            "Indicator framework drafted by corpus-tool from the annotated corpus; edit freely: "
            "regenerations keep your edits.", "version": "1", "overall": overall})
        fw = fw.model_copy(update={"drafts_taken": sorted(i.id for i in fw.indicators())})
        changes = [Change(i.id, "added") for i in fw.indicators()]
        return MergeResult(fw, changes)
    fw = current.model_copy(deep=True)
    changes: list[Change] = []
    pending: list[str] = []
    index = _indicator_index(fw)
    renamed = _renamed(fw, index)
    taken = set(fw.drafts_taken) | {ind.generated.draft for lst in _containers(fw) for ind in lst
                                    if ind.generated and ind.generated.draft}
    area_pos = {a.id: k for k, a in enumerate(fw.areas)}
    draft_ids = set()
    for darea in draft.areas:
        for d in darea.indicators:
            draft_ids.add(d.id)
            if d.id in index or d.id in renamed:   # by its id, or by the draft it came from
                lst, k = index[d.id] if d.id in index else renamed[d.id]
                merged, ch = merge_indicator(lst[k], d, kept, unread)
                lst[k] = merged
                changes += ch
                continue
            named = add != "all" and add != "none" and d.id in add
            if d.id in taken and not named:
                # its coders' passages feed no indicator: say which (a researcher's trial 24 merged
                # an indicator into another by hand, then coded a passage to the old id)
                mine = [s for s in d.sources if coded(s)]
                held = (f", with {len(mine)} passage{'s' if len(mine) > 1 else ''} coded to "
                        f"it ({'; '.join(_label(s) for s in mine[:3])}"
                        f"{'; …' if len(mine) > 3 else ''}: `corpus-tool annotations recode "
                        f"--indicator {d.id} --to …` moves them to the indicator that took its "
                        "place)") if mine else ""
                changes.append(Change(d.id, "kept-edit", detail="removed from the framework by a "
                                      f"researcher; the drafts still propose it{held} "
                                      f"(`corpus-tool indicators promote {d.id}` adds it back)"))
                continue
            if add != "all" and not named:
                pending.append(d.id)
                continue
            taken.add(d.id)
            new_area = ""
            if darea.id not in area_pos:
                new_area = _add_area(fw, darea)
                area_pos[darea.id] = len(fw.areas) - 1
            area = fw.areas[area_pos[darea.id]]
            weighted = area.aggregation.rule == "weighted_mean" and d.weight is None \
                and (area.aggregation.weights or {}).get(d.id) is None
            if weighted:            # a weighted area needs a weight of every child
                d = d.model_copy(update={"weight": 1.0})
            area.indicators.append(d)
            index[d.id] = (area.indicators, len(area.indicators) - 1)
            changes.append(Change(d.id, "added", detail="; ".join(filter(None, (
                f"weight 1 in {area.id}, whose indicators are weighted: set its weight"
                if weighted else "", new_area)))))
    # indicators the drafts no longer propose: kept, their generated sources marked stale
    for lst in _containers(fw):
        for k, ind in enumerate(lst):
            if ind.generated is None or ind.id in draft_ids or ind.generated.withdrawn \
                    or ind.generated.draft in draft_ids:    # renamed, or a researcher's copy
                continue
            gen_keys = set(ind.generated.sources)
            sources = []
            for s in ind.sources:
                if skey(s) in gen_keys and s.status != "stale":
                    s = unlinked(s, drop_unseen=False)      # (its record, for the researcher)
                sources.append(s)
            lst[k] = ind.model_copy(update={
                "sources": sources,
                "generated": ind.generated.model_copy(update={"withdrawn": True})})
            changes.append(Change(ind.id, "withdrawn",
                                  detail="the drafts no longer propose this indicator; kept"))
    fw.drafts_taken = sorted(taken)
    return MergeResult(fw, changes, sorted(pending))


def _renamed(fw: Framework, index: dict[str, tuple[list[Indicator], int]]
             ) -> dict[str, tuple[list[Indicator], int]]:
    """Indicators a researcher gave another id, by their `generated.draft`, when no indicator
    holds that id: the draft still updates them."""
    out: dict[str, tuple[list[Indicator], int]] = {}
    for lst in _containers(fw):
        for k, ind in enumerate(lst):
            d = ind.generated.draft if ind.generated else ""
            if d and d != ind.id and d not in index and d not in out:
                out[d] = (lst, k)
    return out


def merge_indicator(cur: Indicator, new: Indicator, kept: Kept = lambda a: False,
                    unread: Unread = lambda a: "") -> tuple[Indicator, list[Change]]:
    """One indicator: untouched fields follow the draft, edited fields stay, sources merged
    (`kept`, `unread`: see `merge_drafts`); where a researcher removed a source the drafts still
    propose, the rationale and the support (unless edited) are those of the sources left."""
    changes: list[Change] = []
    gen = cur.generated or Generated(draft=new.id)
    new_fields = dict(gen.fields)
    update: dict = {}

    def edited(f: str) -> bool:
        cur_v, last = getattr(cur, f), gen.fields.get(f)
        return not _empty(cur_v) and not (last is not None and fingerprint(cur_v) == last)

    # the drafts phrase the levels from their own title: where a researcher reworded the title
    # or question, new levels would say another thing than it (a researcher's trial 22)
    reworded = [f for f in ("title", "question") if edited(f)]
    for f in TRACKED_FIELDS:
        cur_v, new_v = getattr(cur, f), getattr(new, f)
        new_fp = fingerprint(new_v)
        untouched = not edited(f)
        if f == "scale" and untouched and reworded and not _empty(cur_v) \
                and fingerprint(cur_v) != new_fp:
            changes.append(Change(cur.id, "held", f, detail=(
                f"the levels are not reworded from the drafts, which phrase them from their own "
                f"title, since you reworded the {' and '.join(reworded)}: edit the levels to "
                "match your wording, or remove `scale:` to take the drafts' levels"),
                old=framework_to_data(cur_v), new=framework_to_data(new_v)))
            continue
        if untouched:
            if fingerprint(cur_v) != new_fp:
                update[f] = new_v
                changes.append(Change(cur.id, "updated", f, old=framework_to_data(cur_v), new=framework_to_data(new_v)))
        elif fingerprint(cur_v) != new_fp:
            changes.append(Change(cur.id, "kept-edit", f, detail="edited by a researcher; the "
                                  "draft now proposes another value", old=framework_to_data(cur_v),
                                  new=framework_to_data(new_v)))
        new_fields[f] = new_fp
    # sources
    new_by_key = {skey(s): s for s in new.sources}
    prev_gen = set(gen.sources)
    sources: list[Source] = []
    seen = set()
    moved = requoted(cur.sources, new_by_key)
    for s in cur.sources:
        k = skey(s)
        seen.add(k)
        if k in moved and respaced(s, new_by_key[moved[k]]) and kept(s.anchor):
            # only the spacing changed, in the quote and in its passage ("a.To" → "a. To")
            old_quote, fresh = s.quote, new_by_key[moved[k]]
            seen.add(moved[k])
            s = fresh.model_copy(update={"status": s.status, "note": s.note,
                                         "comment": s.comment,
                                         "contested": fresh.contested or s.contested})
            changes.append(Change(cur.id, "source-respaced", detail=f"{_label(s)}: the same "
                                  f"words, spaced anew (was: \"{short(old_quote)}\")"))
        elif k in moved:        # the same coding or statement, its words changed in the document
            fresh = new_by_key[moved[k]]
            seen.add(moved[k])
            s = with_note(fresh.model_copy(update={"contested": fresh.contested or s.contested}),
                          "suspect", f"the quoted words changed in the document (were: "
                          f"\"{short(s.quote)}\"): check the new quote, then set status to ok",
                          was=s)
            changes.append(Change(cur.id, "source-suspect", detail=_label(s)))
        elif k in new_by_key:
            fresh = new_by_key[k]
            status = s.status
            note = s.note
            if status == "stale":
                status, note = relinked(s)
                changes.append(Change(cur.id, "source-back", detail=_label(s)))
            elif (status != "new" and fresh.anchor.text_sha256 and s.anchor.text_sha256
                  and fresh.anchor.text_sha256 != s.anchor.text_sha256
                  and not kept(s.anchor)):
                # the document changed since the link was made: a person should look again
                status = "suspect"
                note = ("the document text changed since this source was linked: check that the "
                        "quote still says the same in its context, then set status to ok")
                changes.append(Change(cur.id, "source-suspect", detail=_label(s)))
            # refresh what the tool knows (positions, document facts); keep the quote, the
            # status and the researcher's remark
            fresh = fresh.model_copy(update={"quote": s.quote or fresh.quote})
            if fresh.stance != s.stance:
                fresh, said = restanced(s, fresh)
                changes += [Change(cur.id, "source-stance", detail=said)] if said else []
            if note == s.note and s.locator and fresh.locator != s.locator:
                # the same words, cited otherwise: the readers now cut the document otherwise
                # (its articles found), or cite an item of its paragraph; a citation already
                # published changes (a researcher's trial, session 44: only "4 updated" was said)
                note = (f"now cited {fresh.locator} (was {s.locator}): the tool reads the "
                        "document's parts otherwise; check the citation where you published it")
                changes.append(Change(cur.id, "source-relocated",
                                      detail=f"{s.anchor.doc_id} {s.locator} → {fresh.locator}"))
            if note != s.note:
                s = with_note(fresh, status, note, was=s)
            else:
                s = fresh.model_copy(update={"status": status, "note": note,
                                             "comment": s.comment})
        elif k in prev_gen and s.status != "stale":
            if (gone := unlinked(s)) is None:
                changes.append(Change(cur.id, "source-dropped", detail=f"{_label(s)}: new, "
                                      "unreviewed, and no longer linked"))
                continue
            s = gone
            changes.append(Change(cur.id, "source-stale", detail=_label(s)))
        if s.status == "stale" and s.anchor.statement_id:
            # the statements are renumbered as the corpus and the rules change: a statement id
            # no draft refreshes any more would come to name another sentence of the passage
            # (the quote and its positions stay the anchor)
            s = s.model_copy(update={"anchor": replace(s.anchor, statement_id=None)})
        sources.append(s)
    kept_out = set()
    for k, s in new_by_key.items():
        if k in seen:
            continue
        if k in prev_gen:       # proposed before, and a researcher has since removed it
            # said by every build that drafts (a source a merge of two researchers' files lost
            # looks the same as one removed: a researcher's trial, session 43)
            changes.append(Change(cur.id, "source-kept-out", "sources", detail=f"{_label(s)}: "
                                  "removed by a researcher; the drafts still propose it"))
            kept_out.add(k)
            continue
        sources.append(s.model_copy(update={"status": "new", "note": "new evidence since the "
                                            "last regeneration"}))
        changes.append(Change(cur.id, "source-new", detail=_label(s)))
    live = [x for x in sources if x.status != "stale"]
    # (a suggestion never displaces a coder's link: one whose annotation is broken for a while
    # comes back as it was, not as new evidence; a researcher's trial, session 43)
    # (nor does a stale suggestion stay beside a coder's quote of part of its sentence: the same
    # evidence twice, once stale and once new; a researcher's trial, session 47)
    superseded = [x for x in sources if x.status == "stale" and any(
        (same_source(x, y) or covered(x, y)) and (coded(y) or not coded(x))
        or coded(y) and not coded(x) and covered(y, x) for y in live)]
    for x in superseded:        # a stale copy of a source the drafts now give in other words
        how = ("the same source in its document's current words" if any(
            same_source(x, y) for y in live) else "within a fuller quote of the same passage"
            if any(covered(x, y) for y in live) else "coded since, in part of its sentence")
        changes.append(Change(cur.id, "source-superseded",
                              detail=f"{_label(x)}: {how} (was: \"{short(x.quote)}\")"))
    update["sources"] = [x for x in sources if not any(x is y for y in superseded)]
    if kept_out:    # the rationale and the counts say what is left (a researcher's trial 28)
        left = [x for x in new.sources if skey(x) not in kept_out]
        for f, v in zip(("rationale", "support"), rationale_support(left, unread)):
            if edited(f):
                continue
            changes[:] = [c for c in changes if (c.kind, c.field) != ("updated", f)]
            if fingerprint(getattr(cur, f)) != fingerprint(v):
                update[f] = v
                changes.append(Change(cur.id, "updated", f, detail="without the sources you "
                                      "removed", old=framework_to_data(getattr(cur, f)),
                                      new=framework_to_data(v)))
            else:
                update.pop(f, None)
            new_fields[f] = fingerprint(v)
    update["generated"] = Generated(draft=new.id, fields=new_fields,
                                    sources=sorted(new_by_key), withdrawn=False)
    if gen.withdrawn:
        changes.append(Change(cur.id, "updated", "generated", detail="proposed again"))
    return cur.model_copy(update=update), changes


def _empty(v) -> bool:
    return v is None or v == "" or v == []


def _label(s: Source) -> str:
    return f"{s.anchor.doc_id} {s.locator}".strip()
