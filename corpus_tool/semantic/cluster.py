"""Cluster statements by meaning, label the clusters, keep them in the index.

The pipeline, one swappable step each (in the spirit of BERTopic):

1. items: statements (or passages) with their document metadata;
2. vectors: `embed.embed_texts` (cached by text hash), optionally pulled towards the codebook's
   areas (guided mode);
3. groups: scikit-learn agglomerative (cosine, average linkage, distance threshold), HDBSCAN or
   k-means, all seeded and deterministic: items are sorted by id first, so input order does not
   matter. Above `max_direct` items, a seeded k-means first groups items into micro-clusters and
   the chosen method clusters those, which keeps time and memory roughly linear; up to
   `max_direct` items, a cluster holding more than `max_share` of them (8 % by default) is
   split at tighter thresholds (`split.split_large`, agglomerative only); with
   `split_mixed`, up to `max_direct` items, a cluster whose statements' requirements fall into
   two or more groups is split into them (`split.split_by_requirement`; off by default: on the
   reference corpus it lowered the share of clusters with ≥ 3 instruments, the AMI and the
   held-out label judgments, see benchmarks/bench_cluster.py);
4. description: stable id from the core member ids, label phrases by class-based TF-IDF,
   representatives nearest the centroid, instruments, issuers, strength mix, earliest year.

Outliers (HDBSCAN noise, agglomerative groups below `min_cluster_size`) are listed, and can be
assigned to the nearest cluster centroid (`assign_outliers`); cluster ids stay those of the core."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence

import numpy as np

from corpus_tool.codebook import load_codebook
from corpus_tool.errors import InputError
from corpus_tool.formats import code_fp
from corpus_tool.models import Cluster
from corpus_tool.project import Project
from corpus_tool.semantic.backends import DEFAULT_BACKEND, Embedder, TfidfEmbedder, get_embedder
from corpus_tool.semantic.describe import ClusterResult, Point, describe, silhouette
from corpus_tool.semantic.curated import load_run, settle
from corpus_tool.semantic.embed import embed_texts
from corpus_tool.semantic.group import (CENTERED_BACKENDS, DEFAULT_MIN_CLUSTER_SIZE,
                                        DEFAULT_THRESHOLDS, FALLBACK_THRESHOLD, HDBSCAN_DIMS,
                                        MAX_DIRECT, METHODS, ProgressFn, normalise, group, guide)
from corpus_tool.semantic.items import (Item, ItemRows, by_id, id_order, item_ids,
                                        passage_items, statement_items, take)
from corpus_tool.semantic.requirement import ON, texts_on
from corpus_tool.semantic.split import MAX_SHARE, size_cap, split_by_requirement, split_large
from corpus_tool.semantic.stream import cluster_streamed
from corpus_tool.store import db as store

SCHEMA = """
CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    rank INTEGER NOT NULL,               -- 1 = largest
    label TEXT NOT NULL, terms TEXT NOT NULL, size INTEGER NOT NULL,
    members TEXT NOT NULL, representatives TEXT NOT NULL, doc_ids TEXT NOT NULL,
    issuers TEXT NOT NULL, strength_mix TEXT NOT NULL, earliest_year INTEGER,
    model_id TEXT NOT NULL, method TEXT NOT NULL, assigned TEXT NOT NULL, area TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_points (
    item_id TEXT PRIMARY KEY,            -- statement (or passage) id
    cluster_id TEXT NOT NULL,            -- '' for an unassigned outlier
    role TEXT NOT NULL,                  -- core / assigned / outlier
    similarity REAL NOT NULL,            -- cosine to the cluster centroid (to the nearest if outlier)
    x REAL NOT NULL, y REAL NOT NULL,    -- 2-D map (PCA of the embeddings)
    doc_id TEXT NOT NULL, locator TEXT NOT NULL, page INTEGER, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# the code a clustering is computed and labelled by (`_fingerprint`; the build's cluster stage
# adds the page it draws)
CLUSTERING_CODE = ("corpus_tool.semantic", "corpus_tool.naming")


def _area_vectors(project: Project, emb: Embedder | str) -> tuple[np.ndarray, list[str]]:
    """One vector per codebook area: the mean of its name, seed terms and example quotes."""
    areas = _load_areas(project)
    if not areas:
        return np.zeros((0, 0), dtype=np.float32), []
    vecs, ids = [], []
    for a in areas:
        texts = [a["name"], *a["seed_terms"], *a["examples"]] or [a["name"]]
        v = embed_texts(project, texts, backend=emb)
        vecs.append(v.mean(axis=0))
        ids.append(a["id"])
    return normalise(np.vstack(vecs)), ids


def _load_areas(project: Project) -> list[dict]:
    return [{"id": a.id, "name": a.name, "seed_terms": list(a.seed_terms),
             "examples": [e.quote for e in a.examples]} for a in load_codebook(project)]


def default_threshold(backend: str) -> float:
    return DEFAULT_THRESHOLDS.get(backend, FALLBACK_THRESHOLD)


def run_vectors(project: Project, items: Sequence[Item], emb: Embedder, *, center: bool,
                on: str = "sentence", progress: ProgressFn | None = None) -> np.ndarray:
    """The vectors a run clusters `items` (sorted by id) on: their sentences, or their
    requirements with `on="requirement"`, embedded (cached by text hash; tf-idf fitted on these
    texts), centred on their mean for the backends that need it."""
    texts = texts_on(items, on)
    if isinstance(emb, TfidfEmbedder):
        emb.fit(texts)
    x = embed_texts(project, texts, backend=emb, progress=progress)
    if center and len(x):
        x = normalise(x - x.mean(axis=0, keepdims=True))
    return x


def cluster_items(items: Sequence[Item], *, project: Project, backend: str = DEFAULT_BACKEND,
                  method: str = "agglomerative", threshold: float | None = None,
                  k: int | None = None, min_cluster_size: int | None = None,
                  guided: bool = False, assign_outliers: bool = False, random_state: int = 0,
                  max_direct: int = MAX_DIRECT, center: bool | None = None,
                  vectors: np.ndarray | None = None, on: str = "sentence",
                  max_share: float | None = MAX_SHARE, split_mixed: bool = False,
                  progress: ProgressFn | None = None) -> ClusterResult:
    """Cluster any items (no index writes). `vectors` skips embedding (rows in item order).
    `on="requirement"` embeds each statement's requirement (`requirement.requirement_text`)
    instead of its whole sentence; labels and representatives always read the sentences."""
    if on not in ON:
        raise InputError(f"unknown clustering text {on!r}", fix="use " + " or ".join(ON))
    if method not in METHODS:
        raise InputError(f"unknown clustering method {method!r}", fix="use " + ", ".join(METHODS))
    if threshold is not None and not 0 < threshold < 2:
        raise InputError(f"threshold {threshold} out of range",
                         fix="a cosine distance between 0 and 2, e.g. 0.6")
    if k is not None and k < 1:
        raise InputError(f"k must be at least 1, not {k}")
    if split_mixed and method == "kmeans":
        raise InputError("splitting clusters that mix requirements would change the k asked for",
                         fix="use --split-mixed with agglomerative or hdbscan")
    if max_share is not None and not 0 < max_share <= 1:
        raise InputError(f"max share {max_share} out of range",
                         fix="a share of all items between 0 and 1, e.g. 0.08 (1 splits none)")
    if max_share == 1:
        max_share = None
    if min_cluster_size is None:
        min_cluster_size = DEFAULT_MIN_CLUSTER_SIZE[method]
    if min_cluster_size < 1:
        raise InputError(f"min cluster size must be at least 1, not {min_cluster_size}")
    order = id_order(items)
    if order is not None:
        items = take(items, order)
    ids = item_ids(items)
    if any(a == b for a, b in zip(ids, ids[1:])):         # sorted: a repeat is a neighbour
        raise InputError("duplicate item ids", fix="each statement id must be unique")
    emb = get_embedder(backend)
    if center is None:
        center = backend in CENTERED_BACKENDS
    streamed = (vectors is None and not guided and method != "kmeans"
                and len(items) > max_direct and getattr(emb, "cacheable", True)
                and not isinstance(emb, TfidfEmbedder))
    if streamed:
        x = None
    elif vectors is None:
        x = run_vectors(project, items, emb, center=center, on=on, progress=progress)
    else:
        x = np.asarray(vectors, dtype=np.float32)
        x = normalise(x if order is None else x[order])
        if center and len(x):
            x = normalise(x - x.mean(axis=0, keepdims=True))
    thr = threshold if threshold is not None else default_threshold(backend)
    if method == "agglomerative":
        desc = f"agglomerative(cosine, average, threshold={thr:g})"
    elif method == "hdbscan":
        desc = f"hdbscan(pca{HDBSCAN_DIMS}, min_cluster_size={max(2, min_cluster_size)})"
    else:
        kk = k if k is not None else max(2, int(round(np.sqrt(len(items) / 2))))
        desc = f"kmeans(k={kk}, seed={random_state})"
    if center:
        desc += ", centred"
    if on != "sentence":
        desc += f", on {on}"
    area_vecs, area_ids = (np.zeros((0, 0), dtype=np.float32), [])
    xg = x
    if guided:
        area_vecs, area_ids = _area_vectors(project, emb)
        if not area_ids:
            raise InputError("guided mode needs areas with seed terms", path=project.codebook_path,
                             fix="add areas with seed_terms to annotations/codebook.yaml")
        xg, _ = guide(x, area_vecs)
        desc += ", guided"
    if streamed:                   # above max_direct: from the cache, chunk by chunk
        run = cluster_streamed(project, items, emb, method=method, threshold=thr, k=k,
                               min_cluster_size=min_cluster_size, random_state=random_state,
                               center=center, on=on, model_id=emb.model_id, desc=desc,
                               assign_outliers=assign_outliers, max_direct=max_direct,
                               progress=progress)
        labels, clusters, outliers, points = run.labels, run.clusters, run.outliers, run.points
        score = run.silhouette
    else:
        labels = group(xg, method=method, threshold=thr, k=k, min_cluster_size=min_cluster_size,
                       random_state=random_state, max_direct=max_direct)
        if max_share and method == "agglomerative" and len(items) <= max_direct:
            labels = split_large(xg, labels, threshold=thr, min_cluster_size=min_cluster_size,
                                 max_share=max_share, random_state=random_state)
            desc += f", split above {max_share:.0%}"
        if split_mixed and len(items) <= max_direct and len(labels) and labels.max() >= 0:
            xr = x if on == "requirement" or vectors is not None else run_vectors(
                project, items, emb, center=center, on="requirement")
            labels = split_by_requirement(xr, labels, threshold=thr,
                                          min_cluster_size=min_cluster_size)
            desc += ", split where requirements mix"
        clusters, outliers, points = describe(
            items, x, labels, model_id=emb.model_id, method=desc,
            assign_outliers=assign_outliers, area_vectors=area_vecs if guided else None,
            area_ids=area_ids)
        score = silhouette(x, labels, random_state=random_state)
    params = {"backend": backend, "method": method, "threshold": thr if method == "agglomerative"
              else None, "k": k, "min_cluster_size": min_cluster_size, "guided": guided,
              "assign_outliers": assign_outliers, "random_state": random_state,
              "centred": bool(center), "on": on, "max_share": max_share,
              "split_mixed": split_mixed}
    n_out = sum(1 for p in points if p.role == "outlier")
    quality = {"silhouette": score,
               "n_items": len(items), "n_clusters": len(clusters), "n_outliers": n_out,
               "outlier_share": round(n_out / len(items), 4) if items else 0.0}
    if max_share and items:     # what the split could not bring under the share, to be said
        cap = size_cap(len(items), max_share, min_cluster_size)
        quality["over_share"] = sorted((round(c.size / len(items), 4) for c in clusters
                                        if c.size > cap), reverse=True)
        quality["over_share_why"] = (
            "no finer split was found" if method == "agglomerative" and len(items) <= max_direct
            else f"the split runs with the agglomerative method on up to {max_direct} items")
    return ClusterResult(clusters=tuple(clusters), outliers=tuple(outliers), points=tuple(points),
                         model_id=emb.model_id, method=desc, params=params, quality=quality)


# the options of a clustering run (`run_clustering`'s) that a later run can take again
RUN_OPTIONS = ("backend", "method", "threshold", "k", "min_cluster_size", "guided",
               "assign_outliers", "random_state", "on", "max_share", "split_mixed")


def run_clustering(project: Project, *, backend: str = DEFAULT_BACKEND,
                   method: str = "agglomerative", threshold: float | None = None,
                   k: int | None = None, min_cluster_size: int | None = None,
                   guided: bool = False, assign_outliers: bool = False, random_state: int = 0,
                   unit: str = "statements", on: str = "sentence",
                   max_share: float | None = MAX_SHARE, split_mixed: bool = False,
                   force: bool = False,
                   progress: ProgressFn | None = None,
                   items: Sequence[Item] | None = None) -> ClusterResult:
    """Cluster the project's statements (or passages with `unit="passages"`) and write the
    clusters into the index, replacing the previous clustering, as the researcher's curation
    (`annotations/clusters.yaml`) makes them: curated clusters found again under their stable
    ids, what could not be carried over reported (`curated.load_carry_report`) and marked in
    the file. When the texts, options and code are those of the clustering already stored, that
    run is reused without recomputing (`force=True` recomputes). `on="requirement"` clusters on
    what the statements require (passages have no parts: they are clustered on their text).
    `max_share` splits clusters holding more than that share of the items
    (`split.split_large`), `split_mixed` clusters that mix requirements
    (`split.split_by_requirement`). `items` are the unit's items when the caller has just read
    them (`statement_items` / `passage_items` of the index), not read again."""
    if unit not in ("statements", "passages"):
        raise InputError(f"unknown unit {unit!r}", fix="use statements or passages")
    conn = store.connect(project.db_path)
    try:
        if items is None:
            items = statement_items(conn) if unit == "statements" else passage_items(conn)
        elif not isinstance(items, ItemRows):
            items = list(items)
        if not items:
            what = ("statements (run `corpus-tool statements`, or cluster passages with "
                    "--unit passages)" if unit == "statements" else
                    "passages (run `corpus-tool ingest`)")
            raise InputError(f"nothing to cluster: the index has no {what}",
                             path=project.db_path)
        options = {"backend": backend, "method": method, "threshold": threshold, "k": k,
                   "min_cluster_size": min_cluster_size, "guided": guided,
                   "assign_outliers": assign_outliers, "random_state": random_state,
                   "unit": unit, "on": on, "max_share": max_share,
                   "split_mixed": split_mixed}
        ordered = by_id(items)
        del items                # (its rows in another order are not kept beside `ordered`)
        fp = _fingerprint(project, ordered, options, guided)
        run = (None if force or load_meta(conn).get("fingerprint") != fp
               else load_run(conn, ordered))
        if run is None:
            run = cluster_items(ordered, project=project, backend=backend, method=method,
                                threshold=threshold, k=k, min_cluster_size=min_cluster_size,
                                guided=guided, assign_outliers=assign_outliers,
                                random_state=random_state, on=on, max_share=max_share,
                                split_mixed=split_mixed, progress=progress)
            run = ClusterResult(clusters=run.clusters, outliers=run.outliers, points=run.points,
                                model_id=run.model_id, method=run.method,
                                params={**run.params, "unit": unit}, quality=run.quality)
        center = bool(run.params.get("centred"))
        result, _report = settle(
            project, conn, run, ordered, fingerprint=fp, options=options,
            vectors=lambda: run_vectors(project, ordered, get_embedder(backend), center=center,
                                             on=on),
            save=save_clusters, stored=lambda: stored_view(conn))
    finally:
        conn.close()
    return result


def stored_view(conn) -> ClusterResult | None:
    """The clustering stored in the index, as the curation left it (None if never clustered)."""
    meta = load_meta(conn)
    if "model_id" not in meta:
        return None
    return ClusterResult(clusters=tuple(load_clusters(conn)), outliers=tuple(meta["outliers"]),
                         points=tuple(load_points(conn)), model_id=meta["model_id"],
                         method=meta["method"], params=meta["params"], quality=meta["quality"])


def _fingerprint(project: Project, items: Sequence[Item], options: dict, guided: bool) -> str:
    """What a clustering depends on: the items (sorted by id: ids, texts, metadata), the
    options, the embedding model id, the codebook (guided) and the code: every module of this
    package and of `corpus_tool.naming`, which labels the clusters (before, a hand-made list of
    ten modules left out the labels' own, so a changed label rule kept the old labels)."""
    h = hashlib.sha256()
    h.update(json.dumps(options, sort_keys=True).encode())
    emb = get_embedder(options["backend"])
    h.update(("" if isinstance(emb, TfidfEmbedder) else emb.model_id).encode())
    for it in items:
        h.update(json.dumps(it.key(), ensure_ascii=False).encode())
    if guided and project.codebook_path.is_file():
        h.update(project.codebook_path.read_bytes())
    h.update(code_fp(*CLUSTERING_CODE).encode())
    return h.hexdigest()


def _j(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def save_clusters(conn, result: ClusterResult) -> None:
    store.ensure_schema(conn, SCHEMA)
    with store.transaction(conn):
        conn.execute("DELETE FROM clusters")
        conn.execute("DELETE FROM cluster_points")
        conn.execute("DELETE FROM cluster_meta")
        conn.executemany(
            "INSERT INTO clusters VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c.id, rank, c.label, _j(list(c.terms)), c.size, _j(list(c.members)),
              _j(list(c.representatives)), _j(list(c.doc_ids)), _j(list(c.issuers)),
              _j([list(p) for p in c.strength_mix]), c.earliest_year, c.model_id, c.method,
              _j(list(c.assigned)), c.area) for rank, c in enumerate(result.clusters, 1)])
        conn.executemany(       # rows made as they are written, not listed first
            "INSERT INTO cluster_points VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((p.item_id, p.cluster_id, p.role, p.similarity, p.x, p.y, p.doc_id, p.locator,
              p.page, p.text) for p in result.points))
        conn.executemany("INSERT INTO cluster_meta VALUES (?,?)", [
            ("model_id", result.model_id), ("method", result.method),
            ("params", _j(result.params)), ("quality", _j(result.quality)),
            ("outliers", _j(list(result.outliers)))])


def load_clusters(conn) -> list[Cluster]:
    """The clusters of the last run, largest first (empty if never clustered)."""
    store.ensure_schema(conn, SCHEMA)
    out = []
    for r in conn.execute("SELECT * FROM clusters ORDER BY rank"):
        out.append(Cluster(
            id=r["id"], label=r["label"], terms=tuple(json.loads(r["terms"])), size=r["size"],
            members=tuple(json.loads(r["members"])),
            representatives=tuple(json.loads(r["representatives"])),
            doc_ids=tuple(json.loads(r["doc_ids"])), issuers=tuple(json.loads(r["issuers"])),
            strength_mix=tuple((s, int(n)) for s, n in json.loads(r["strength_mix"])),
            earliest_year=r["earliest_year"], model_id=r["model_id"], method=r["method"],
            assigned=tuple(json.loads(r["assigned"])), area=r["area"]))
    return out


def load_points(conn) -> list[Point]:
    return list(iter_points(conn))


def iter_points(conn, *, limit: int = -1) -> Iterator[Point]:
    """The points of the stored clustering in item-id order, read as they are used."""
    store.ensure_schema(conn, SCHEMA)
    for r in conn.execute("SELECT * FROM cluster_points ORDER BY item_id LIMIT ?", (limit,)):
        yield Point(item_id=r["item_id"], cluster_id=r["cluster_id"], role=r["role"],
                    similarity=r["similarity"], x=r["x"], y=r["y"], doc_id=r["doc_id"],
                    locator=r["locator"], page=r["page"], text=r["text"])


def last_options(conn) -> dict:
    """The options of the statements' clustering stored in the index ({} when there is none, or
    it clustered passages): what `corpus-tool build` clusters with unless told otherwise, so
    that a curation made on a `corpus-tool cluster` run with its own options carries over."""
    options = json.loads(load_meta(conn).get("options") or "{}")
    if options.get("unit", "statements") != "statements":
        return {}
    return {k: v for k, v in options.items() if k in RUN_OPTIONS}


def load_meta(conn) -> dict:
    store.ensure_schema(conn, SCHEMA)
    meta = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM cluster_meta")}
    for k in ("params", "quality", "outliers"):
        if k in meta:
            meta[k] = json.loads(meta[k])
    return meta
