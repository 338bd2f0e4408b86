"""The Clusters view: the clusters of the last run with their curation (GET /clusters), and its
writes: rename, merge, split (listed statements, or a proposal previewed
first), pin, exclude, forget, and the curation history, through `corpus_tool.semantic.curate`:
the same functions `corpus-tool cluster rename|…` calls, so `annotations/clusters.yaml` changes
exactly as it would from the command line (same lock, same canonical file, same history event).
The app's write guards (session token, same origin, body limit) stand in front of every POST."""
from __future__ import annotations

from contextlib import closing

from corpus_tool.coding.files import default_coder
from corpus_tool.errors import InputError
from corpus_tool.report.cluster_map import MapSample, tally
from corpus_tool.semantic import curate
from corpus_tool.statements.query import document_of, passage_of
from corpus_tool.web.args import feature, int_arg, text_arg
from corpus_tool.web.workbench import Request, Workbench, router

MAX_IDS = 500
MAX_MEMBERS = 200            # members listed per cluster card (to pin, exclude or split off)


def _coder(req: Request) -> str:
    coder = text_arg(req, "coder", max_len=80)
    return coder.strip() if coder else default_coder()


def _ids(req: Request, name: str, *, least: int = 1) -> list[str]:
    value = (req.body or {}).get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"`{name}` must be a list of ids")
    if not least <= len(value) <= MAX_IDS:
        raise InputError(f"`{name}` needs {least} to {MAX_IDS} ids, not {len(value)}")
    return [text_arg({name: v}, name, max_len=300) or "" for v in value]


def _optional(req: Request, name: str, max_len: int) -> str | None:
    """A text field that may be cleared: absent → None (unchanged), '' → ''."""
    if name not in (req.body or {}):
        return None
    return text_arg(req, name, max_len=max_len) or ""


@router.add("GET", "/clusters")
def clusters(wb: Workbench, req: Request) -> dict:
    """The clusters with their curation, and the points the map draws: every point of a
    cluster of up to `cluster_map.MAP_SAMPLE`, a seeded sample of as many of a larger one (the
    report's map draws the same), so the page stays the same size however many statements
    there are; of the rest only the representatives' and listed members' texts are sent."""
    mod = feature("cluster")
    with closing(wb.connect()) as conn:
        found = mod.load_clusters(conn)
        meta = mod.load_meta(conn)
        titles = dict(conn.execute("SELECT id, title FROM documents"))
        t = tally(mod.iter_points(conn))
        sample = MapSample(t)
        wanted = {i for c in found for i in (*c.representatives[:4], *c.members[:MAX_MEMBERS])}
        drawn, by_id = [], {}
        for p in mod.iter_points(conn):
            if sample.keeps(p):
                drawn.append(p)
            if p.item_id in wanted:
                by_id[p.item_id] = p
    if not found:
        return {"clusters": [], "points": [], "note": "no clusters yet: run `corpus-tool cluster`",
                "report": _report(wb, "clusters.html")}

    def quote(item_id: str) -> dict:
        p = by_id.get(item_id)
        return {"id": item_id, "passage_id": passage_of(item_id),
                "doc_id": p.doc_id if p else document_of(item_id),
                "title": titles.get(p.doc_id) if p else None,
                "locator": p.locator if p else "", "page": p.page if p else None,
                "text": p.text if p else item_id}

    notes = curate.cluster_notes(wb.project)
    out = []
    for c in found:
        d = c.to_dict()
        d["representatives"] = [quote(i) for i in c.representatives[:4]]
        d["members"] = [{"id": i, "text": by_id[i].text[:300] if i in by_id else i}
                        for i in c.members[:MAX_MEMBERS]]
        d["description"] = notes.get(c.id, {}).get("description", "")
        d["curated"] = notes.get(c.id, {}).get("curated", False)
        out.append(d)
    pts = [{"id": p.item_id, "cluster": p.cluster_id, "role": p.role, "x": p.x, "y": p.y,
            "doc_id": p.doc_id, "passage_id": passage_of(p.item_id), "locator": p.locator,
            "page": p.page, "text": p.text[:400], "title": titles.get(p.doc_id, p.doc_id)}
           for p in drawn]
    outliers = meta.get("outliers") if isinstance(meta, dict) else None
    return {"clusters": out, "points": pts, "n_points": t.n_items, "model_id": found[0].model_id,
            "method": found[0].method, "outliers": len(outliers) if isinstance(outliers, list) else 0,
            "report": _report(wb, "clusters.html"),
            "curation": curate.curation_report(wb.project).to_dict()}


def _report(wb: Workbench, name: str) -> str | None:
    return name if (wb.project.report_dir / name).is_file() else None


@router.add("GET", "/clusters/{cluster_id}/members")
def members(wb: Workbench, req: Request) -> dict:
    """Every member of one cluster (the card lists the first MAX_MEMBERS: trial 19 could not
    curate the last 32 of 232), each with its text."""
    mod = feature("cluster")
    cid = req.params["cluster_id"]
    with closing(wb.connect()) as conn:
        found = next((c for c in mod.load_clusters(conn) if c.id == cid), None)
        if found is None:
            raise InputError(f"no cluster {cid!r} (reload the page)")
        wanted = set(found.members)
        text = {p.item_id: p.text[:300] for p in mod.iter_points(conn) if p.item_id in wanted}
    return {"members": [{"id": i, "text": text.get(i, i)} for i in found.members]}


@router.add("POST", "/clusters/{cluster_id}/rename")
def rename(wb: Workbench, req: Request) -> dict:
    """`corpus-tool cluster rename ID --label … --description …`."""
    return curate.rename_cluster(wb.project, req.params["cluster_id"],
                                 label=_optional(req, "label", curate.MAX_LABEL),
                                 description=_optional(req, "description",
                                                       curate.MAX_DESCRIPTION),
                                 coder=_coder(req)).to_dict()


@router.add("POST", "/clusters/merge")
def merge(wb: Workbench, req: Request) -> dict:
    """`corpus-tool cluster merge A B …`: the first id stays."""
    return curate.merge_clusters(wb.project, _ids(req, "clusters", least=2),
                                 label=text_arg(req, "label", max_len=curate.MAX_LABEL),
                                 coder=_coder(req)).to_dict()


@router.add("GET", "/clusters/{cluster_id}/split")
def propose(wb: Workbench, req: Request) -> dict:
    """`corpus-tool cluster split ID --propose --parts N`: a preview, nothing is written."""
    parts = int_arg(req, "parts", default=2, lo=2, hi=8)
    return curate.propose_split(wb.project, req.params["cluster_id"], parts=parts).to_dict()


@router.add("POST", "/clusters/{cluster_id}/split")
def split(wb: Workbench, req: Request) -> dict:
    """Split off the listed `statements`, or (`accept`: true) the proposal with `parts` parts
    the page previewed (recomputed: the same seeded sub-clustering)."""
    cid = req.params["cluster_id"]
    label = text_arg(req, "label", max_len=curate.MAX_LABEL)
    if (req.body or {}).get("accept") is True:
        parts = int_arg(req, "parts", default=2, lo=2, hi=8)
        proposal = curate.propose_split(wb.project, cid, parts=parts)
        return curate.split_cluster(wb.project, cid, accept=proposal, label=label,
                                    coder=_coder(req)).to_dict()
    return curate.split_cluster(wb.project, cid, statements=_ids(req, "statements"),
                                label=label, coder=_coder(req)).to_dict()


@router.add("POST", "/clusters/pin")
def pin(wb: Workbench, req: Request) -> dict:
    return curate.pin_statement(wb.project, text_arg(req, "statement", required=True,
                                                     max_len=300),
                                text_arg(req, "cluster", required=True, max_len=100),
                                coder=_coder(req)).to_dict()


@router.add("POST", "/clusters/exclude")
def exclude(wb: Workbench, req: Request) -> dict:
    """Exclude one `cluster` or one `statement` as noise."""
    return curate.exclude(wb.project, cluster=text_arg(req, "cluster", max_len=100),
                          statement=text_arg(req, "statement", max_len=300),
                          coder=_coder(req)).to_dict()


@router.add("POST", "/clusters/forget")
def forget(wb: Workbench, req: Request) -> dict:
    return curate.forget(wb.project, text_arg(req, "target", required=True, max_len=300),
                         coder=_coder(req)).to_dict()


@router.add("GET", "/clusters/history")
def history(wb: Workbench, req: Request) -> dict:
    return {"history": [e.to_dict() for e in curate.history(wb.project)],
            "curation": curate.curation_report(wb.project).to_dict()}
