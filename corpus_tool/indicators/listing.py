"""`indicators list`: one row per indicator of the framework or of the drafts."""
from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from corpus_tool.errors import InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import walk
from corpus_tool.indicators.draft import draft_path, framework_path
from corpus_tool.project import Project


class IndicatorRow(TypedDict):
    """One indicator in `indicators list`."""
    id: str
    area: str
    title: str
    question: str | None
    status: str
    sources: int            # live links (stale ones, no longer links, counted apart)
    new_sources: int
    stale_sources: int
    instruments: int        # of the live links
    withdrawn: bool


class IndicatorList(TypedDict):
    """`indicators list --json`."""
    indicators: list[IndicatorRow]


def list_indicators(project: Project, *, drafts: bool = False, path: Path | None = None
                    ) -> list[IndicatorRow]:
    """One row per indicator of the framework (or of the drafts)."""
    p = Path(path) if path else (draft_path(project) if drafts else framework_path(project))
    if not p.exists():
        raise InputError("no such framework file", path=p,
                         fix="run `corpus-tool indicators draft` (and `indicators promote`)")
    fw = load_framework(p)
    rows: list[IndicatorRow] = []
    for ref in walk(fw):
        if ref.kind not in ("indicator", "sub-indicator"):
            continue
        ind = ref.node
        area = fw.areas[ref.loc[1]].id if len(ref.loc) > 1 else ""
        live = [s for s in ind.sources if s.status != "stale"]   # stale: no longer a link
        rows.append({"id": ind.id, "area": area, "title": ind.title, "question": ind.question,
                     # a withdrawn indicator says so where its status is read
                     "status": "withdrawn" if ind.generated and ind.generated.withdrawn
                     else ind.status, "sources": len(live),
                     "new_sources": sum(s.status == "new" for s in ind.sources),
                     "stale_sources": len(ind.sources) - len(live),
                     "instruments": len({s.anchor.doc_id for s in live}),
                     "withdrawn": bool(ind.generated and ind.generated.withdrawn)})
    return rows
