"""Annotations, the codebook and the suggestion queue, through `corpus_tool.coding` and
`corpus_tool.suggest.areas` — the same functions `corpus-tool annotations …` calls, so the files change
exactly as they would from the command line (same ids, same lock, same canonical lines)."""
from __future__ import annotations

from contextlib import closing
from typing import Any

from corpus_tool.codebook import load_codebook
from corpus_tool.coding.anchoring import find_quote, reanchor
from corpus_tool.coding.files import default_coder
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.statements.query import document_of, is_statement_id, passage_of
from corpus_tool.store.db import document_text, get_passage
from corpus_tool.web.args import feature, int_arg, need, text_arg
from corpus_tool.web.workbench import Request, Workbench, router

# --- codebook ---------------------------------------------------------------------------------

@router.add("GET", "/codebook")
def codebook(wb: Workbench, req: Request) -> dict:
    return {"areas": [{"id": a.id, "name": a.name, "definition": a.definition}
                      for a in load_codebook(wb.project)]}


# --- annotations ------------------------------------------------------------------------------

def annotation_dict(a, *, text: str | None = None, sha: str | None = None) -> dict:
    """The page's view of an annotation; with the document's current text, positions that went
    stale after a re-ingest are re-found for display (the file is not touched)."""
    anc = a.anchor
    start, end, status = anc.start, anc.end, "exact"
    if text is not None and (anc.text_sha256 != sha or start is None
                             or text[start:end] != anc.exact):
        res = reanchor(anc, text)
        status = res.status
        start, end = (res.start, res.end) if res.found or res.status == "ambiguous" else (None, None)
    o = a.origin
    return {"id": a.id, "doc_id": anc.doc_id, "quote": anc.exact, "start": start, "end": end,
            "anchor_status": status, "orphaned": status == "orphaned",
            "passage_id": anc.passage_id, "statement_id": anc.statement_id,
            "area": a.area, "indicator": a.indicator, "memo": a.memo, "stance": a.stance,
            "creator": a.creator,
            "created": a.created, "modified": a.modified, "motivation": a.motivation,
            "origin": o.type, "model_id": o.model_id, "model_version": o.model_version,
            "score": o.score, "accepted_by": o.accepted_by, "file": a.file}


def load_annotation_dicts(wb: Workbench, doc_id: str | None = None) -> list[dict]:
    """The annotations (of one document), each with its passage's locator and page: a list
    of them showed the passage's slug, "art-7-9-c" for "Art. 7(9)(c)" (trial 25)."""
    mod = feature("annotations")
    anns = mod.load_annotations(wb.project, doc_id=doc_id)
    with closing(wb.connect()) as conn:
        text, sha = document_text(conn, doc_id) if doc_id is not None else (None, None)
        where = _locators(conn, sorted({a.anchor.passage_id for a in anns
                                        if a.anchor.passage_id}))
    out = [annotation_dict(a, text=text, sha=sha) for a in anns]
    for d in out:
        d["locator"], d["page"] = where.get(d["passage_id"] or "", ("", None))
    return out


def _locators(conn, passage_ids: list[str]) -> dict[str, tuple[str, int | None]]:
    """Passage id -> (locator, page) for those of `passage_ids` in the index."""
    out: dict[str, tuple[str, int | None]] = {}
    for i in range(0, len(passage_ids), 500):
        chunk = passage_ids[i:i + 500]
        rows = conn.execute("SELECT id, locator, page FROM passages WHERE id IN "
                            f"({', '.join('?' * len(chunk))})", chunk).fetchall()
        out.update((r[0], (r[1] or "", r[2])) for r in rows)
    return out


@router.add("GET", "/annotations")
def list_annotations(wb: Workbench, req: Request) -> dict:
    doc_id = text_arg(req, "doc", max_len=200)
    mod = feature("annotations")
    problems = mod.read_annotations(wb.project).problems
    return {"annotations": load_annotation_dicts(wb, doc_id), "problems": problems}


def _coder(req: Request) -> str | None:
    coder = text_arg(req, "coder", max_len=80)
    return coder.strip() if coder else None


def _occurrence(wb: Workbench, doc_id: str, quote: str, start: int | None) -> int | None:
    """Which occurrence of `quote` in the document the person selected (nearest to `start`):
    the `--occurrence` the CLI would need for a quote that occurs more than once."""
    if start is None:
        return None
    with closing(wb.connect()) as conn:
        text, _ = document_text(conn, doc_id)
    spans = find_quote(text, quote)
    if len(spans) <= 1:
        return None
    best = min(range(len(spans)), key=lambda i: abs(spans[i][0] - start))
    return best + 1


@router.add("POST", "/annotations")
def add(wb: Workbench, req: Request) -> dict:
    """Same as `corpus-tool annotations add --doc DOC --quote … --area … [--indicator] [--memo]
    [--stance] [--coder]` (or `--statement ID`)."""
    mod = feature("annotations")
    area = text_arg(req, "area", max_len=100)
    if not area:
        raise InputError("choose an area for this annotation")
    statement = text_arg(req, "statement", max_len=300)
    doc_id = text_arg(req, "doc", max_len=200)
    quote = text_arg(req, "quote", max_len=20000)
    start = int_arg(req, "start", lo=0)
    kwargs: dict[str, Any] = {"area": area, "indicator": text_arg(req, "indicator", max_len=200),
                              "memo": text_arg(req, "memo", max_len=20000) or "",
                              "stance": text_arg(req, "stance", max_len=20) or "for",
                              "coder": _coder(req)}
    if statement:
        kwargs["statement_id"] = statement
    else:
        if not doc_id or not quote or not quote.strip():
            raise InputError("select some words in the text (or click a statement) first")
        kwargs.update(doc_id=doc_id, quote=quote.strip(),
                      occurrence=_occurrence(wb, doc_id, quote.strip(), start))
    notice = mod.indicator_notice(wb.project, kwargs["indicator"])
    ann = mod.add_annotation(wb.project, **kwargs)
    return {"annotation": _fresh(wb, ann), "notice": notice}


def _fresh(wb: Workbench, ann) -> dict:
    with closing(wb.connect()) as conn:
        text, sha = document_text(conn, ann.anchor.doc_id)
        where = _locators(conn, [ann.anchor.passage_id] if ann.anchor.passage_id else [])
    d = annotation_dict(ann, text=text, sha=sha)
    d["locator"], d["page"] = where.get(d["passage_id"] or "", ("", None))
    return d


def _acting(req: Request) -> str:
    """Who acts in the workbench: only an annotation's coder changes or removes it there
    (`check_own` in the library, as `annotations edit`/`remove` without --others)."""
    return _coder(req) or feature("annotations").default_coder()


@router.add("PUT", "/annotations/{ann_id}")
def update(wb: Workbench, req: Request) -> dict:
    """Change area, indicator, memo or stance (as `annotations` edits do; id and anchor stay);
    only the annotation's own coder may."""
    mod = feature("annotations")
    area = text_arg(req, "area", max_len=100)
    indicator = req.body.get("indicator")
    if indicator is not None:
        indicator = text_arg(req, "indicator", max_len=200) or ""
    memo = req.body.get("memo")
    if memo is not None:
        memo = text_arg(req, "memo", max_len=20000) or ""
    notice = mod.indicator_notice(wb.project, indicator)
    ann = mod.update_annotation(wb.project, req.params["ann_id"], area=area, indicator=indicator,
                                memo=memo, stance=text_arg(req, "stance", max_len=20),
                                coder=_acting(req))
    return {"annotation": _fresh(wb, ann), "notice": notice}


@router.add("DELETE", "/annotations/{ann_id}")
def remove(wb: Workbench, req: Request) -> dict:
    mod = feature("annotations")
    gone = mod.remove_annotations(wb.project, [req.params["ann_id"]], coder=_acting(req))
    return {"removed": [a.id for a in gone]}


@router.add("GET", "/agreement")
def agreement(wb: Workbench, req: Request) -> dict:
    """`corpus-tool annotations agreement`: kappa / alpha per area and overall, and the
    disagreements to adjudicate (coders: comma-separated, default all)."""
    mod = feature("agreement")
    coders = [c.strip() for c in (text_arg(req, "coders", max_len=2000) or "").split(",")
              if c.strip()]
    res = mod.agreement(wb.project, coders=coders or None)
    # each disagreement with its passage's locator, as the Annotations list gives them
    lists = [res.get("disagreements") or [], (res.get("indicators") or {}).get("disagreements")
             or []]
    with closing(wb.connect()) as conn:
        where = _locators(conn, sorted({d["passage"] for ds in lists for d in ds
                                        if d.get("passage")}))
    for ds in lists:
        for d in ds:
            d["locator"] = where.get(d.get("passage") or "", ("", None))[0]
    return res


# --- the suggestion queue ---------------------------------------------------------------------

def _backend(wb: Workbench) -> dict:
    return {"backend": wb.backend} if wb.backend else {}


@router.add("GET", "/queue")
def queue(wb: Workbench, req: Request) -> dict:
    """`corpus-tool annotations queue`: statements not yet annotated, least certain suggestion
    first; areas a person rejected for a statement are left out (its next area is offered)."""
    limit = int_arg(req, "limit", default=40, lo=1, hi=500)
    fn = need(feature("review"), "annotation_queue", "corpus-tool annotations queue")
    items = fn(wb.project, limit=limit, **_backend(wb))
    with closing(wb.connect()) as conn:
        titles = dict(conn.execute("SELECT id, title FROM documents"))
        for d in items:
            pid = passage_of(d["id"])
            try:
                p = get_passage(conn, pid)
                d.update(doc_id=p.doc_id, passage_id=p.id, locator=p.locator, page=p.page,
                         title=titles.get(p.doc_id, p.doc_id))
            except NotFoundError:
                d.update(doc_id=document_of(pid), passage_id=pid, locator="", page=None,
                         title=document_of(pid))
    note = None
    if items and not is_statement_id(items[0]["id"]):
        note = "no statements extracted yet: suggestions are for whole passages " \
               "(run `corpus-tool statements` for sentence-level suggestions)"
    n_rejected = len(feature("rejections").load_rejections(wb.project))
    if n_rejected:
        note = (note + "; " if note else "") + f"{n_rejected} rejected suggestion(s) are left " \
            "out (kept in annotations/, motivation `assessing`)"
    return {"items": items, "model_id": items[0]["model_id"] if items else None, "note": note}


@router.add("POST", "/queue/accept")
def accept(wb: Workbench, req: Request) -> dict:
    """Accept (or correct, when `area` differs from the suggestion) one suggestion, as
    `corpus-tool annotations accept`: the annotation keeps the model id, version and score and
    who accepted it. The page sends the `suggestion` it showed; that is what is recorded (the
    model retrains after each decision, and the coder decided on what they saw)."""
    mod = feature("review")
    fn = need(mod, "accept_suggestions", "corpus-tool annotations accept")
    statement = text_arg(req, "statement", required=True, max_len=300)
    area = text_arg(req, "area", max_len=100)
    shown = (req.body or {}).get("suggestion")
    coder = _coder(req)
    if not coder:
        coder = default_coder()
    res = fn(wb.project, statement_ids=[statement], coder=coder, area=area, **_backend(wb),
             shown=None if shown is None else mod.ShownSuggestion.from_dict(wb.project, shown))
    if not res.get("accepted"):
        raise InputError(f"nothing was accepted for {statement} ({res.get('skipped')})")
    mod = feature("annotations")
    return {"annotation": _fresh(wb, mod.get_annotation(wb.project, res["accepted"][0]))}


@router.add("POST", "/queue/reject")
def reject(wb: Workbench, req: Request) -> dict:
    """Reject a suggestion, as `corpus-tool annotations reject --statement ID [--area AREA]`:
    recorded in the coder's annotations file (motivation `assessing`, with the model id, version
    and score); the queue then skips that (statement, area) pair."""
    mod = feature("review")
    statement = text_arg(req, "statement", required=True, max_len=300)
    area = text_arg(req, "area", max_len=100)
    res = mod.reject_suggestion(wb.project, statement_id=statement, area=area or None,
                                coder=_coder(req), **_backend(wb))
    body = next(b for b in res["rejection"]["body"] if b["purpose"] == "assessing")
    return {"rejected": statement, "area": body["area"], "already": res["already"],
            "rejection": res["rejection"], "file": res["file"]}
