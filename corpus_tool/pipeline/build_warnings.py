"""What `corpus-tool build` must not swallow: every warning a stage met, said once, with where and
how to fix it. `build` prints them on stderr and `build --strict` fails on any of them.

The warnings come from
- the annotation files themselves, read at every build (a malformed or duplicate line in
  `annotations/<coder>.jsonl`: file, line and fix; an area the codebook does not have; an
  indicator id one slip from a known one), and the codebook's examples (a document the corpus
  does not hold, words it does not say), whether or not a stage ran;
- the cluster curation (`annotations/clusters.yaml`) that the clustering stored in the index
  could not carry over, read at every build too: that clustering may come from a `corpus-tool
  cluster` run with other options since, which the build's own stage does not see;
- ingest: a file whose sha256 differs from the manifest, reader warnings, annotations that a
  re-ingest left orphaned or ambiguous, re-anchoring failures;
- draft: annotations left out (orphaned quote, document not ingested), suggestions unavailable or
  failed, no statements extracted;
- statements: its own warnings (e.g. no trained spaCy pipeline);
- validate: links to sources that are stale and orphaned, or suspect.
A stage skipped because its inputs did not change reports the warnings of its last run (they are
kept with its summary in the build lock), so a warning lasts until its cause is fixed.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypedDict

from corpus_tool.coding.annotations import example_problems, indicator_problems, unknown_areas
from corpus_tool.coding.files import read_annotations
from corpus_tool.project import Project
from corpus_tool.semantic.curate import curation_report


class BuildWarning(TypedDict):
    stage: str
    message: str


# draft notes that are not the annotation file's own problems (those are read directly)
_DRAFT_SKIP = ("annotation skipped: ",)


def reanchor_warnings(report: Mapping) -> list[str]:
    """Warnings from an ingest's re-anchoring report: annotations orphaned or ambiguous after a
    document changed, documents whose annotations could not be re-anchored."""
    out = []
    for r in report.get("results", []):
        if r.get("status") in ("orphaned", "ambiguous"):
            why = f": {r['reason']}" if r.get("reason") else ""
            out.append(f"{r.get('file')}: annotation {r['id']} is {r['status']}{why} "
                       "(fix the quote; see `corpus-tool annotations check`)")
    for e in report.get("errors", []):
        out.append(f"{e['doc_id']}: {e['message']} (run `corpus-tool annotations check`)")
    return out


def build_warnings(project: Project, stages: Iterable[Mapping]) -> list[BuildWarning]:
    """Every warning of this build, in stage order, each message once. `stages` are the build's
    stage results (`{"stage", "status", "summary"}`), skipped ones carrying their last summary."""
    out: list[BuildWarning] = []
    seen: set[str] = set()

    def add(stage: str, message: str) -> None:
        if message not in seen:
            seen.add(message)
            out.append({"stage": stage, "message": message})

    read = read_annotations(project)
    for problem in [*read.problems, *unknown_areas(project, read.annotations),
                    *indicator_problems(project, read.annotations), *example_problems(project)]:
        add("annotations", problem)
    stored = project.db_path.exists()
    if stored:      # the curation as the clusters in the index carry it, whoever clustered last
        for message in curation_report(project).warnings():
            add("cluster", message)
    for st in stages:
        name, summary = st.get("stage", ""), st.get("summary") or {}
        if st.get("status") not in ("ran", "skipped") or not isinstance(summary, Mapping):
            continue
        if name == "cluster" and stored:
            continue    # its curation warnings are the stored ones, or stale after a `cluster`
        for w in summary.get("warnings", []) or []:
            add(name, str(w))
        if name == "draft":
            for note in summary.get("notes", []):
                if not note.startswith(_DRAFT_SKIP):
                    add(name, note)
    return out
