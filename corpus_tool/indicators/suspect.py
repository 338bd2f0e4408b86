"""Indicator sources that cite a document which has a new version become `suspect` until a
person has looked at them: the quote may still be there, but the text around it changed.

Called after `corpus-tool add FILE --id ID --replace` has registered and ingested the new
version: every source in the framework files under `indicators/` whose anchor was made on another
text of that document is marked, with a note naming the replacement, unless the index knows its
passage unchanged word for word (the new version changed other passages only). Edits are kept
(the file is rewritten through `update_framework`, under its lock); `stale` sources stay stale.
"""
from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from corpus_tool.framework.io import update_framework
from corpus_tool.framework.model import Framework, Indicator, Source, with_note
from corpus_tool.indicators.source_check import Kept


class SuspectMark(TypedDict):
    file: str
    indicator: str
    locator: str
    quote: str


def _mark(ind: Indicator, doc_id: str, text_sha256: str, note: str,
          out: list[SuspectMark], rel: str, kept: Kept) -> Indicator:
    sources: list[Source] = []
    for s in ind.sources:
        if (s.anchor.doc_id == doc_id and s.status in ("ok", "new")
                and s.anchor.text_sha256 != text_sha256 and not kept(s.anchor)):
            s = with_note(s, "suspect", note)
            out.append({"file": rel, "indicator": ind.id, "locator": s.locator,
                        "quote": s.quote or s.anchor.exact})
        sources.append(s)
    subs = [_mark(sub, doc_id, text_sha256, note, out, rel, kept) for sub in ind.sub_indicators]
    return ind.model_copy(update={"sources": sources, "sub_indicators": subs})


def _mark_framework(fw: Framework, doc_id: str, text_sha256: str, note: str,
                    out: list[SuspectMark], rel: str, kept: Kept) -> Framework:
    areas = []
    for area in fw.areas:
        dims = [d.model_copy(update={"indicators": [_mark(i, doc_id, text_sha256, note, out, rel,
                                                          kept) for i in d.indicators]})
                for d in area.dimensions]
        inds = [_mark(i, doc_id, text_sha256, note, out, rel, kept) for i in area.indicators]
        areas.append(area.model_copy(update={"dimensions": dims, "indicators": inds}))
    return fw.model_copy(update={"areas": areas})


def framework_files(indicators_dir: Path) -> list[Path]:
    """The framework files a project keeps under `indicators/` (not the drafts, not topics)."""
    return sorted(p for p in indicators_dir.glob("*.yaml") if p.name != "topics.yaml")


def mark_suspect(indicators_dir: Path, doc_id: str, *, text_sha256: str, note: str,
                 kept: Kept = lambda a: False) -> list[SuspectMark]:
    """Mark `suspect` every live source citing `doc_id` on a text other than `text_sha256` (the
    text now ingested), in every framework file under `indicators_dir`, but those whose passage
    `kept` knows unchanged (`source_check.passages_kept`). Returns what was marked."""
    out: list[SuspectMark] = []
    needle = f"doc_id: {doc_id}"
    for path in framework_files(indicators_dir):
        if needle not in path.read_text(encoding="utf-8"):
            continue
        rel = f"{indicators_dir.name}/{path.name}"
        before = len(out)

        def apply(fw: Framework | None) -> Framework | None:
            del out[before:]            # a second call, on a file saved meanwhile, starts again
            if fw is None:
                return None
            new = _mark_framework(fw, doc_id, text_sha256, note, out, rel, kept)
            return new if len(out) > before else None

        update_framework(path, apply)
    return out
