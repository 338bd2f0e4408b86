"""Disagreements between coders are shown, not resolved silently.

When two coders coded the same text (one unit in the sense of `agreement`: same document, spans
overlapping by at least half the shorter) to different areas or to different indicators, or one
as evidence for an indicator and the other as evidence against it, the
drafting used to keep one of the codings as the source and drop the other. Now every source whose
text is such a unit carries all its codings (`Source.contested`: coder, area, indicator, time),
so `indicators validate`, the provenance tables and the report can say the text is contested.

Two codings are compared by area and indicator: the one the coder named, else the draft
indicator the coding was grouped into. Each coding records only what its coder chose: a
drafted indicator was shown as the coder's (a researcher's trial, session 45). A coding that
matches the source's own area and indicator still counts as one of the codings of a contested
text.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, TypedDict

from corpus_tool.coding.agreement import same_unit
from corpus_tool.framework.model import Coding, Framework, Indicator, Source, walk


class Evidence(Protocol):
    """What is read of a piece of drafting evidence (`indicators.Evidence`)."""
    kind: str
    doc_id: str
    start: int | None
    end: int | None
    area: str
    indicator: str
    creator: str
    time: str
    annotation_id: str
    stance: str


class ContestedSource(TypedDict):
    """A contested source as `indicators validate --json` lists it."""
    indicator: str
    doc_id: str
    locator: str
    quote: str
    codings: list[dict]
    text: str


def _span(x) -> tuple[int, int] | None:
    s, e = x.start, x.end
    return (s, e) if s is not None and e is not None and e > s else None


def codings_of(source: Source, annotations: Sequence[Evidence],
               placed: Mapping[str, str]) -> list[Coding]:
    """Every coding of the source's text when coders disagree on it (else [])."""
    span = _span(source.anchor)
    if span is None:
        return []
    same = [e for e in annotations if e.doc_id == source.anchor.doc_id and _span(e) is not None
            and same_unit(span, _span(e))]
    codings: dict[tuple, tuple[Coding, tuple[str, str]]] = {}
    for e in same:
        c = Coding(coder=e.creator, area=e.area, indicator=e.indicator, time=e.time,
                   annotation_id=e.annotation_id, stance=e.stance)
        # compared by where the draft put a coding with no indicator of its coder's (so that
        # "protection" and "protection → prot-guardian" agree), but never recorded as chosen
        codings[(c.coder, c.area, c.indicator, c.time, c.annotation_id)] = (
            c, (e.area, e.indicator or placed.get(e.annotation_id, ""), e.stance))
    disagree = any(a.coder != b.coder and ka != kb
                   for a, ka in codings.values() for b, kb in codings.values())
    return [codings[k][0] for k in sorted(codings)] if disagree else []


def _mark(ind: Indicator, annotations: Sequence[Evidence], placed: Mapping[str, str]
          ) -> Indicator:
    sources = [s.model_copy(update={"contested": codings_of(s, annotations, placed)})
               for s in ind.sources]
    subs = [_mark(sub, annotations, placed) for sub in ind.sub_indicators]
    return ind.model_copy(update={"sources": sources, "sub_indicators": subs})


def mark_contested(fw: Framework, evidence: Sequence[Evidence], placed: Mapping[str, str]
                   ) -> Framework:
    """`fw` with `contested` set on every source whose text coders disagree on. `placed`: the
    indicator each annotation was drafted into (annotation id -> indicator id)."""
    annotations = [e for e in evidence if e.kind == "annotation" and e.creator]
    areas = []
    for area in fw.areas:
        dims = [d.model_copy(update={"indicators": [_mark(i, annotations, placed)
                                                    for i in d.indicators]})
                for d in area.dimensions]
        areas.append(area.model_copy(update={
            "dimensions": dims,
            "indicators": [_mark(i, annotations, placed) for i in area.indicators]}))
    return fw.model_copy(update={"areas": areas})


def coding_text(c: Coding) -> str:
    """`coder-a: outcomes → out-targeted-measures (2026-11-25T18:30:00Z)`."""
    where = c.area + (f" → {c.indicator}" if c.indicator else "")
    where += " (evidence against)" if c.stance == "against" else ""
    return f"{c.coder}: {where}" + (f" ({c.time})" if c.time else "")


def contested_text(s: Source) -> str:
    """The codings of a contested source on one line (empty when it is not contested)."""
    return "; ".join(coding_text(c) for c in s.contested)


def contested_sources(fw: Framework) -> list[ContestedSource]:
    """One entry per contested source of the framework: indicator, document, locator, quote
    and the codings, for `indicators validate` and the report."""
    out = []
    for ref in walk(fw):
        if ref.kind not in ("indicator", "sub-indicator"):
            continue
        for s in ref.node.sources:
            if s.contested and s.status != "stale":
                out.append(ContestedSource(**{"indicator": ref.node.id, "doc_id": s.anchor.doc_id,
                            "locator": s.locator, "quote": s.quote or s.anchor.exact,
                            "codings": [c.model_dump() for c in s.contested],
                            "text": contested_text(s)}))
    return out
