"""No command works on stale inputs.

Every command that reads what an earlier stage wrote first asks whether that output is still
the one its inputs would give, with cheap checks on content hashes that are already stored:

- the index (`ingest`): each ingested document's file still has the sha256 it was extracted from,
  every manifest row is ingested (or recorded as failed), nothing ingested left the manifest;
- the statements (`statements`): each document's `statement_docs` key still matches its current
  English passages (the key the stage itself skips unchanged documents on);
- the clusters (`cluster`): each clustered statement still exists with the text it was embedded
  with, and no statement is missing from them.

What a command does with a stale input is decided per command (see the CLI): the drafting and
provenance commands bring the statements up to date themselves (`ensure_statements`, as
`build` would), the others refuse with `StaleInputs`, whose message names the command to run.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable

from corpus_tool.errors import InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import Framework, walk
from corpus_tool.indicators.draft import draft_path
from corpus_tool.corpus.filehash import FileHashes
from corpus_tool.corpus.manifest import read_manifest
from corpus_tool.project import Project
from corpus_tool.statements.rows import document_issuer
from corpus_tool.statements.stage import (NO_DETECTOR, RULES_NAME, document_genres,
                                          pipeline_name, statement_doc_key, update_statements)
from corpus_tool.store.db import connect, iter_passages, passage_hashes


class StaleInputs(InputError):
    """A command's input is older than what it derives from; `fix` names the command to run."""


def stale_documents(project: Project, conn: sqlite3.Connection) -> list[str]:
    """One line per document whose index entry no longer matches corpus/ (empty: up to date)."""
    rows, problems = read_manifest(project)
    try:
        ingested = {r[0]: r[1] for r in conn.execute("SELECT id, file_sha256 FROM documents")}
        failed = {r[0] for r in conn.execute("SELECT doc_id FROM failures WHERE doc_id IS NOT NULL")}
    except sqlite3.Error:
        ingested, failed = {}, set()
    out = []
    hashes = FileHashes(project)    # an unchanged file is not read again (by size and time)
    for row in rows:
        doc, rel = row.doc, f"corpus/{row.doc.path}"
        path = project.corpus_dir / doc.path
        if doc.id not in ingested:
            if doc.id not in failed:
                out.append(f"{rel} ({doc.id}) is not ingested")
        elif not path.is_file():
            out.append(f"{rel} ({doc.id}) is gone from corpus/")
        elif hashes.sha256(path) != ingested[doc.id]:
            out.append(f"{rel} ({doc.id}) changed since it was ingested")
    hashes.save()
    listed = {r.doc.id for r in rows} | {getattr(e, "doc_id", "") for e in problems}
    out += [f"{d} is in the index but no longer in corpus/manifest.csv"
            for d in sorted(set(ingested) - listed)]
    return out


def _statement_state(conn: sqlite3.Connection) -> tuple[list[str], str]:
    """(documents whose statements are out of date, the pipeline mode they were made with)."""
    try:
        stored = {r[0]: r[1] for r in conn.execute("SELECT doc_id, key FROM statement_docs")}
    except sqlite3.Error:
        return [], "auto"                    # the stage never ran: nothing extracted to go stale
    if not stored:
        return [], "auto"
    by_doc: dict[str, list] = defaultdict(list)
    for p in iter_passages(conn, lang="en"):
        by_doc[p.doc_id].append(p)
    hashes = passage_hashes(conn)
    names = {"rules": RULES_NAME, "auto": pipeline_name("auto")}
    if names["auto"] != RULES_NAME:
        names[NO_DETECTOR] = pipeline_name(NO_DETECTOR)
    genres = document_genres(conn)
    votes = dict.fromkeys(names, 0)
    stale = []
    for doc_id in sorted(set(by_doc) | set(stored)):
        issuer = document_issuer(conn, doc_id)
        keys = {mode: statement_doc_key(by_doc.get(doc_id, []), hashes, name,
                                     genres.get(doc_id, ""), issuer)
                for mode, name in names.items()}
        hit = [mode for mode, k in keys.items() if stored.get(doc_id) == k]
        if doc_id not in by_doc or not hit:
            stale.append(doc_id)
        for mode in hit:
            votes[mode] += 1
    mode = max(votes, key=lambda m: (votes[m], m == "auto"))
    return stale, mode


def stale_statements(conn: sqlite3.Connection) -> list[str]:
    """Documents whose stored statements were extracted from other passages than the current
    ones (or whose passages are gone, or that have none yet while others have)."""
    return _statement_state(conn)[0]


def stale_cluster_items(conn: sqlite3.Connection) -> int:
    """How many statements the stored clusters disagree with: clustered ones gone or changed,
    and current ones never clustered (0 when no clustering was stored)."""
    try:
        if conn.execute("SELECT 1 FROM cluster_points LIMIT 1").fetchone() is None:
            return 0
        gone = conn.execute("SELECT count(*) FROM cluster_points cp LEFT JOIN statements s "
                            "ON s.id = cp.item_id WHERE s.id IS NULL OR s.text != cp.text"
                            ).fetchone()[0]
        new = conn.execute("SELECT count(*) FROM statements s LEFT JOIN cluster_points cp "
                           "ON cp.item_id = s.id WHERE cp.item_id IS NULL").fetchone()[0]
    except sqlite3.Error:
        return 0
    return gone + new


def _names(items: list[str], n: int = 3) -> str:
    more = f" and {len(items) - n} more" if len(items) > n else ""
    return "; ".join(items[:n]) + more


def require_ingested(project: Project, conn: sqlite3.Connection, command: str) -> None:
    """Refuse (StaleInputs) when corpus/ changed since the last ingest."""
    stale = stale_documents(project, conn)
    if stale:
        raise StaleInputs(f"`{command}` would read an index older than corpus/: {_names(stale)}",
                          fix="run `corpus-tool ingest` first")


def require_statements(conn: sqlite3.Connection, command: str) -> None:
    """Refuse (StaleInputs) when the statements are older than the passages."""
    stale = stale_statements(conn)
    if stale:
        raise StaleInputs(f"`{command}` would read statements older than the passages of "
                          f"{len(stale)} document(s) ({_names(stale)})",
                          fix="run `corpus-tool statements` first")


def require_clusters(conn: sqlite3.Connection, command: str) -> None:
    """Refuse (StaleInputs) when the stored clusters are older than the statements."""
    n = stale_cluster_items(conn)
    if n:
        raise StaleInputs(f"`{command}` would read clusters older than the statements ({n} "
                          "statement(s) changed, gone or never clustered)",
                          fix="run `corpus-tool cluster` first")


def ensure_statements(conn: sqlite3.Connection, *,
                      progress: Callable[..., None] | None = None) -> dict | None:
    """Bring the statements up to date (only the documents whose passages changed are
    recomputed, with the pipeline the others were made with). None when nothing was stale."""
    stale, mode = _statement_state(conn)
    if not stale:
        return None
    summary = update_statements(conn, pipeline=mode, progress=progress)
    summary["stale_documents"] = stale
    return summary


def stale_draft_documents(conn: sqlite3.Connection, draft: Framework) -> list[str]:
    """Documents the drafts cite on another text than the one now ingested."""
    current = {r[0]: r[1] for r in conn.execute("SELECT id, text_sha256 FROM documents")}
    out = set()
    for ref in walk(draft):
        for s in getattr(ref.node, "sources", []):
            a = s.anchor
            if a.text_sha256 and current.get(a.doc_id) != a.text_sha256:
                out.add(a.doc_id)
    return sorted(out)


def prepare_inputs(project: Project, command: str, *, statements: str | None = None,
                   clusters: bool = False, drafts: bool = False,
                   progress: Callable[..., None] | None = None) -> dict:
    """What `command` needs before it reads the index: corpus/ ingested (else StaleInputs), and
    per flag the statements brought up to date (`statements="ensure"`) or required fresh
    (`"require"`), the clusters required fresh, the drafts required to cite the ingested text.
    Returns {"statements": the update summary or None}."""
    out: dict = {"statements": None}
    if not project.db_path.exists():
        return out
    conn = connect(project.db_path)
    try:
        require_ingested(project, conn, command)
        if statements == "ensure":
            out["statements"] = ensure_statements(conn, progress=progress)
        elif statements == "require":
            require_statements(conn, command)
        if clusters:
            require_clusters(conn, command)
        if drafts:
            path = draft_path(project)
            if path.exists():
                stale = stale_draft_documents(conn, load_framework(path))
                if stale:
                    raise StaleInputs(
                        f"`{command}` would read drafts made on an older text of "
                        f"{len(stale)} document(s) ({_names(stale)})",
                        fix="run `corpus-tool indicators draft` first")
    finally:
        conn.close()
    return out
