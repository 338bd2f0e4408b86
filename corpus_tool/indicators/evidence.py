"""The evidence indicator drafts are built from: annotations (re-anchored in the current corpus)
and confident area suggestions, each joined to its statement (aim, object, beneficiaries,
strength), passage (locator, page) and cluster.

Every upstream stage is optional here: without statements the quote stands for itself (its
strength read from its modal verb); without clusters no cluster ids; without suggestions only the
annotations. What was missing is returned as notes, so the caller can say so.
"""
from __future__ import annotations

import difflib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from corpus_tool.coding.anchoring import reanchor
from corpus_tool.coding.files import read_annotations
from corpus_tool.coding.lookup import passage_at
from corpus_tool.errors import CorpusToolError, InputError, NotFoundError
from corpus_tool.formats import CONFLICT_FIX, sha256_text
from corpus_tool.progress import counted
from corpus_tool.project import Project
from corpus_tool.semantic.cluster import load_clusters
from corpus_tool.semantic.curated import curated_groups, excluded_items
from corpus_tool.statements.coverage import unread
from corpus_tool.statements.parts import analyse_unit
from corpus_tool.statements.query import statement_covering
from corpus_tool.statements.stage import list_statements, statements_by_id
from corpus_tool.store.db import (document_text, document_versions, page_runs, passage_covering,
                                  quote_page)

_CONTEXT = 32

# confident suggestions: best area score and margin over the second area
SUGGESTION_MIN_SCORE = 0.6
SUGGESTION_MIN_MARGIN = 0.15


@dataclass(frozen=True, slots=True)
class Evidence:
    """One stretch of text linked to an area, with what the drafting needs to know about it."""
    area: str
    doc_id: str
    quote: str
    start: int | None = None
    end: int | None = None
    text_sha256: str = ""
    prefix: str = ""
    suffix: str = ""
    passage_id: str = ""
    statement_id: str = ""
    locator: str = ""
    page: int | None = None
    text: str = ""                   # the statement (or passage) text the quote comes from
    strength: str = ""
    aim: str = ""
    object: str = ""
    condition: str = ""
    beneficiaries: tuple[str, ...] = ()
    actor: str = ""                  # who the statement binds ('States Parties'), never a title
    kind: str = "annotation"         # annotation / suggestion
    indicator: str = ""              # the indicator an annotation names (body.indicator)
    memo: str = ""
    stance: str = "for"              # "against": evidence against its indicator
    annotation_id: str = ""
    creator: str = ""
    model_id: str = ""
    model_version: str = ""
    score: float | None = None
    accepted_by: str = ""
    cluster_id: str = ""
    curated: str = ""                # its cluster's label, where a researcher curated the
    #                                  cluster with it in it (`curated_groups`)
    time: str = ""                   # when the annotation was made or last changed
    lang: str = ""                   # its passage's language ("" when not known)

    @property
    def read(self) -> bool:
        """Whether the statements stage reads its language: a passage in another has no strength
        (its duties and rights are not known, not absent)."""
        return not unread(self.lang)

    @property
    def key(self) -> str:
        return source_key(self.doc_id, self.quote)


def source_key(doc_id: str, quote: str) -> str:
    """Identity of a source across regenerations: document + normalised quote."""
    return f"{doc_id}#{sha256_text(' '.join(quote.split()).lower())[:12]}"


def guess_strength(text: str) -> str:
    """Strength of a bare quote when no statement was extracted for it: the statements stage's
    own rules (without a parse), so a quote reads the same here as in `corpus-tool statements`
    (a "may" of possibility is no permission; a sentence without a deontic is "none")."""
    parts = analyse_unit(text or "")
    return parts.strength if parts.statement else "none"


_BATCH = 2000      # suggestions whose statements are read in one query


def _has_statements(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM statements LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _text_of(conn: sqlite3.Connection, doc_id: str) -> tuple[str, str]:
    """(text, sha256) of an ingested document; ("", "") for one that is not."""
    try:
        return document_text(conn, doc_id)
    except NotFoundError:
        return ("", "")


def _doc_statements(conn: sqlite3.Connection, doc_id: str, cache: dict[str, list]) -> list:
    """The statements of one document (read once; only the documents annotations fall in)."""
    if doc_id not in cache:
        try:
            cache[doc_id] = list_statements(conn, doc_id=doc_id)
        except sqlite3.Error:
            cache[doc_id] = []
    return cache[doc_id]


def _clusters(conn: sqlite3.Connection) -> dict[str, str]:
    """Statement id -> cluster id, for the members still clustered with their current text (a
    statement changed or gone since the clustering is not grouped by it)."""
    try:
        members = {m: c.id for c in load_clusters(conn) for m in c.members}
        current = {r[0] for r in conn.execute(
            "SELECT cp.item_id FROM cluster_points cp JOIN statements s ON s.id = cp.item_id "
            "AND s.text = cp.text")}
    except sqlite3.Error:
        return {}
    return {m: c for m, c in members.items() if m in current}


def collect_evidence(project: Project, conn: sqlite3.Connection, *, use_suggestions: bool = True,
                     backend: str | None = None, suggestions: list | None = None,
                     suggest: Callable[..., list] | None = None,
                     progress: Callable | None = None) -> tuple[list[Evidence], list[str]]:
    """(evidence, notes): every annotation that re-anchors in the current corpus, then the
    confident suggestions for statements nobody annotated (`suggestions`: precomputed ones,
    else the model passed as `suggest`, e.g. `suggest.suggest_areas`, is asked; drafting
    never picks a model itself)."""

    notes: list[str] = []
    aset = read_annotations(project)
    if aset.conflicts:          # drafting from one side of a merge would rewrite the framework
        raise InputError("unresolved git merge conflict in " + ", ".join(aset.conflicts)
                         + ": no draft is made from half of it", fix=CONFLICT_FIX)
    notes += [f"annotation skipped: {p}" for p in aset.problems]
    has_statements = _has_statements(conn)
    if not has_statements:
        notes.append("no statements extracted: quotes stand for themselves "
                     "(run `corpus-tool statements`)")
    clusters = _clusters(conn)
    curated = curated_groups(conn)
    texts: dict[str, tuple[str, str]] = {}
    runs: dict[str, list] = {}              # page runs by document
    doc_stmts: dict[str, list] = {}
    out: list[Evidence] = []
    # progress counts the annotations, unless the suggestions are computed here: then it is theirs
    own = progress if (suggestions is not None or not use_suggestions) else None
    for a in counted(aset.annotations, own):
        if a.doc_id not in texts:
            texts[a.doc_id] = _text_of(conn, a.doc_id)
        text, sha = texts[a.doc_id]
        if not text:
            near = difflib.get_close_matches(a.doc_id, sorted(document_versions(conn)), n=1,
                                             cutoff=0.8)
            notes.append(f"{a.where}: annotation {a.id}: document {a.doc_id!r} is not ingested"
                         + (f" (did you mean {near[0]!r}?)" if near else ""))
            continue
        r = reanchor(a.anchor, text, passage_of=partial(passage_at, conn, a.doc_id))
        if r.start is None or r.end is None or r.status == "orphaned":
            why = f": {r.reason}" if r.reason else ""
            notes.append(f"annotation {a.id}: its quote is no longer found in {a.doc_id}{why} "
                         "(orphaned; `corpus-tool annotations check`)")
            continue
        s, e = r.start, r.end
        st = statement_covering(_doc_statements(conn, a.doc_id, doc_stmts) if has_statements
                                else [], s, e, hint=a.anchor.statement_id)
        prow = passage_covering(conn, a.doc_id, s, e)
        lang = (prow["lang"] if prow else "") or ""
        out.append(Evidence(
            area=a.area, doc_id=a.doc_id, quote=a.anchor.exact, start=s, end=e, text_sha256=sha,
            prefix=text[max(0, s - _CONTEXT):s], suffix=text[e:e + _CONTEXT],
            passage_id=(prow["id"] if prow else "") or "",
            statement_id=st.id if st else "",
            locator=(prow["locator"] if prow else "") or (st.locator if st else ""),
            page=quote_page(runs.setdefault(a.doc_id, page_runs(conn, a.doc_id)), s,
                            prow["page"] if prow else None),     # where the words are
            text=st.text if st else a.anchor.exact,
            strength=st.strength if st else guess_strength(a.anchor.exact)
            if not unread(lang) else "", lang=lang,
            aim=st.aim if st else "", object=st.object if st else "",
            condition=st.condition if st else "",
            beneficiaries=tuple(st.beneficiaries) if st else (), actor=st.actor if st else "",
            kind="annotation", indicator=a.indicator or "", memo=a.memo or "", stance=a.stance,
            annotation_id=a.id, creator=a.creator, time=a.modified or a.created,
            model_id=(a.origin.model_id or "") if a.origin.type == "suggestion" else "",
            model_version=(a.origin.model_version or "") if a.origin.type == "suggestion" else "",
            score=a.origin.score if a.origin.type == "suggestion" else None,
            accepted_by=(a.origin.accepted_by or "") if a.origin.type == "suggestion" else "",
            cluster_id=clusters.get(st.id, "") if st else "",
            curated=curated.get(st.id, "") if st and st.id in clusters else ""))
    excluded = excluded_items(conn)
    _coded_yet_excluded(excluded, out, notes)
    if use_suggestions and has_statements:
        out += _suggested(project, conn, clusters, texts, excluded, backend=backend, notes=notes,
                          annotated={(ev.statement_id) for ev in out if ev.statement_id},
                          suggestions=suggestions, suggest=suggest, progress=progress)
    return out, notes


def _coded_yet_excluded(excluded: set[str], coded: list[Evidence], notes: list[str]) -> None:
    """Say which coded statements the cluster curation set aside as noise (`excluded`): a
    coding is the researcher's own decision about that statement, so it still feeds the drafts
    (trial 19 found such drafts unexplained)."""
    hit = sorted({e.statement_id for e in coded if e.statement_id in excluded})
    if hit:
        notes.append(f"{len(hit)} coded statement(s) are set aside as noise in the cluster "
                     f"curation and still feed the drafts, as codings: {', '.join(hit[:5])}"
                     + (", …" if len(hit) > 5 else "") + " (to leave them out, remove their "
                     "codings; to keep them, lift the exclusion with `corpus-tool cluster "
                     "forget`)")


def obtain_suggestions(project: Project, *, suggestions: list | None,
                       suggest: Callable[..., list] | None, backend: str | None,
                       notes: list[str], progress: Callable | None = None) -> list | None:
    """The area suggestions drafting uses: `suggestions` (saved ones) when given, else those of
    the model passed as `suggest`; None, with a note saying why, when there are none (a model
    that cannot load or run must not stop the drafts from the annotations)."""
    if suggestions is not None:
        return suggestions
    if suggest is None:
        notes.append("area suggestions not available: drafts rest on the annotations alone")
        return None
    kwargs = {"backend": backend} if backend else {}
    try:
        return suggest(project, progress=progress, **kwargs)
    except (CorpusToolError, sqlite3.Error, OSError, ValueError) as e:
        notes.append(f"area suggestions failed ({type(e).__name__}: {e}); "
                     "drafts rest on the annotations alone")
        return None


def _suggested(project: Project, conn: sqlite3.Connection,
               clusters: dict[str, str], texts: dict, excluded: set[str], *,
               backend: str | None,
               notes: list[str], annotated: set[str], suggestions: list | None = None,
               suggest: Callable[..., list] | None = None,
               progress: Callable | None = None) -> list[Evidence]:
    suggestions = obtain_suggestions(project, suggestions=suggestions, suggest=suggest,
                                     backend=backend, notes=notes, progress=progress)
    if suggestions is None:
        return []
    # `excluded`: set aside as noise by the cluster curation (alone or with its cluster): no
    # draft from it
    out: list[Evidence] = []
    current: dict[str, tuple[str, str]] = {}    # the text of the document being read
    runs: dict[str, list] = {}                  # and its page runs (where a statement's words are)
    for batch in _batches(sg for sg in suggestions if _confident(sg, annotated, excluded)):
        by_id = statements_by_id(conn, [sg.id for sg in batch])
        for sg in batch:
            st = by_id.get(sg.id)
            if st is None or st.strength == "none":
                continue
            if st.doc_id in texts:
                text, sha = texts[st.doc_id]
            else:
                if st.doc_id not in current:    # suggestions come in document order
                    current.clear()
                    current[st.doc_id] = _text_of(conn, st.doc_id)
                text, sha = current[st.doc_id]
            if not text:
                continue
            if st.doc_id not in runs:
                runs.clear()
                runs[st.doc_id] = page_runs(conn, st.doc_id)
            out.append(_suggested_evidence(sg, st, text, sha, clusters,
                                           quote_page(runs[st.doc_id], st.start, st.page)))
    return out


def _confident(sg, annotated: set[str], excluded: set[str]) -> bool:
    """A suggestion drafting may use: for a statement nobody annotated nor set aside, confident
    (score and margin), fitting the codebook ("none of these areas" does not)."""
    return (bool(sg.scores) and sg.id not in annotated and sg.id not in excluded
            and sg.score >= SUGGESTION_MIN_SCORE and sg.margin >= SUGGESTION_MIN_MARGIN
            and bool(sg.fits))


def _batches(items: Iterable, size: int = _BATCH) -> Iterator[list]:
    batch: list = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _suggested_evidence(sg, st, text: str, sha: str, clusters: dict[str, str],
                        page: int | None) -> Evidence:
    quote = text[st.start:st.end] or st.text
    return Evidence(
        area=sg.area, doc_id=st.doc_id, quote=quote, start=st.start, end=st.end,
        text_sha256=sha, prefix=text[max(0, st.start - _CONTEXT):st.start],
        suffix=text[st.end:st.end + _CONTEXT], passage_id=st.passage_id,
        statement_id=st.id, locator=st.locator, page=page, text=st.text,
        strength=st.strength, aim=st.aim, object=st.object, condition=st.condition,
        beneficiaries=tuple(st.beneficiaries), actor=st.actor, kind="suggestion",
        model_id=sg.model_id, model_version=sg.model_version, score=float(sg.score),
        cluster_id=clusters.get(st.id, ""))
