"""Which indicators and sources a table of the framework shows: every indicator or one, its
area, the sources a researcher linked (leaving out those a model alone suggested), and the
indicators as REFI-QDA codes."""
from __future__ import annotations

from corpus_tool.coding.qda_xml import IndicatorCode
from corpus_tool.errors import NotFoundError
from corpus_tool.framework.model import Framework, Source, walk


def indicator_refs(fw: Framework, indicator_id: str | None):
    """The framework's indicators and sub-indicators in order, or the one asked for."""
    refs = [r for r in walk(fw) if r.kind in ("indicator", "sub-indicator")]
    if indicator_id:
        hits = [r for r in refs if r.id == indicator_id]
        if not hits:
            fw.find(indicator_id)  # raises NotFoundError with close ids
            raise NotFoundError(f"{indicator_id!r} is not an indicator")
        refs = hits
    return refs


def area_id(fw: Framework, ref) -> str:
    i = ref.loc[1] if len(ref.loc) > 1 else None
    return fw.areas[i].id if isinstance(i, int) else ""


def linked_by_researcher(s: Source) -> bool:
    """A source a coder's annotation links (a suggestion a coder accepted is one), or one a
    researcher wrote into the framework by hand; not one a model alone suggested."""
    return s.linked_by is None or bool(s.linked_by.annotation_id)


def coded_only(fw: Framework) -> Framework:
    """A copy of `fw` whose indicators keep only the sources a researcher linked (trial 20: a
    model's suggestions sat in the published tables beside the codings, told apart only by
    the "Linked by" column)."""
    out = fw.model_copy(deep=True)
    for ref in walk(out):
        if ref.kind in ("indicator", "sub-indicator"):
            ref.node.sources = [s for s in ref.node.sources if linked_by_researcher(s)]
    return out


def indicator_codes(fw: Framework) -> list[IndicatorCode]:
    """The framework's indicators as REFI-QDA codes: title as name, question as description,
    under their area (for `export qdpx|qdc` and to recognise them on import)."""
    return [IndicatorCode(ref.id, ref.node.title or ref.id, ref.node.question or "",
                          area_id(fw, ref))
            for ref in indicator_refs(fw, None)]
