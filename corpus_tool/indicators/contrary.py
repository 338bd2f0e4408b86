"""Evidence against an indicator: codings that say their text takes away what their indicator
asks (`stance: against`; "No appeal shall lie against any order of ejectment", coded to a right
of appeal). Such evidence words nothing and grounds nothing: it is kept out of the grouping and
the phrasing of the drafts, and joins the indicator its coding names as a source marked
`against`, which the rationale and the provenance tables list apart (a researcher's trial 32,
P3: the coder's memo "negative evidence" was the only trace, and the clause was listed as the
binding ground of the right it denies)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from corpus_tool.framework.model import Framework
from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.grouping import hint_id


def split_stance(evidence: Iterable[Evidence]) -> tuple[list[Evidence], dict[str, list[Evidence]]]:
    """The evidence for the indicators, and the evidence against them by the indicator id its
    coding names (as the drafts' ids are made of it)."""
    support: list[Evidence] = []
    against: dict[str, list[Evidence]] = defaultdict(list)
    for e in evidence:
        if e.stance == "against" and e.indicator:
            against[hint_id(e.indicator, e.area)].append(e)
        else:
            support.append(e)
    return support, dict(against)


def beside(support: Sequence[Evidence], against: Sequence[Evidence]) -> list[Evidence]:
    """The sources of an indicator: its evidence for, then the evidence against it, but for
    words already quoted as evidence for it (one quote, one source; `unplaced_against` says
    so). A clause quoted within a paragraph coded for is a source of its own."""
    keys = {e.key for e in support}
    out = list(support)
    for e in sorted(against, key=lambda e: (e.doc_id, e.start if e.start is not None else -1,
                                            e.annotation_id)):
        if e.key not in keys:
            keys.add(e.key)
            out.append(e)
    return out


def unplaced_against(fw: Framework, against: dict[str, list[Evidence]]) -> list[str]:
    """A note for each coding against an indicator that is not among its sources: no draft has
    the indicator (nothing supports it), or the same words are its evidence for."""
    sources = {i.id: i.sources for i in fw.indicators()}
    notes = []
    for key, items in sorted(against.items()):
        for e in items:
            if key not in sources:
                notes.append(f"annotation {e.annotation_id} is evidence against {key!r}, which "
                             "no draft proposes (no coding or confident suggestion supports "
                             "it): it is in no draft")
            elif not any(s.linked_by and s.linked_by.annotation_id == e.annotation_id
                         for s in sources[key]):
                notes.append(f"annotation {e.annotation_id} is evidence against {key!r}, and "
                             "the same words are coded as evidence for it: listed for it (one "
                             "quote is one source; `corpus-tool annotations list --doc "
                             f"{e.doc_id}` shows both codings)")
    return notes
