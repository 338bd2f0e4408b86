"""The Clusters view's writes: rename, merge, split (listed statements, or a proposal previewed
first), pin, exclude, forget, and the curation history, through `corpus_tool.semantic.curate`:
the same functions `corpus-tool cluster rename|…` calls, so `annotations/clusters.yaml` changes
exactly as it would from the command line (same lock, same canonical file, same history event).
The app's write guards (session token, same origin, body limit) stand in front of every POST."""
from __future__ import annotations

from corpus_tool.coding.files import default_coder
from corpus_tool.errors import InputError
from corpus_tool.semantic import curate
from corpus_tool.web.args import int_arg, text_arg
from corpus_tool.web.workbench import Request, Workbench, router

MAX_IDS = 500


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
