"""Embeddings and clustering on the reference corpus's statements (one run, same statements).

Prints side by side (medians of BENCH_REPEAT runs; MiniLM runs BENCH_MINILM_REPEAT times):
- cold embedding time per backend (minilm, static, tfidf, hash) and `minilm ÷ static`
  (target ≥ 50×);
- our minilm stage (`embed_texts`, cache writes included) ÷ raw `SentenceTransformer.encode` on
  the same texts (target ≤ 1.3×);
- warm rebuild with nothing changed (embed from cache + cluster) ÷ cold (target ≤ 5 %);
- clustering time ÷ minilm embedding time (target < 0.1);
- scale: the statements replicated ×10 as perturbed copies (new texts, so nothing is cached):
  time ratio ×10/×1 and tracemalloc peak memory of embedding (static) and clustering;
- quality per backend: cosine silhouette of the statement clusters, and adjusted mutual
  information between clusters of the General Comment paragraphs (tests/data/general_comments)
  and their third-party concerned-group labels (paragraphs with exactly one label).

Models come from the local cache (unpacked/distilled once; that one-off cost is reported
separately as `model_load_s`). Run: `python -m benchmarks embed_cluster`.
"""
from __future__ import annotations

import gc
import json
import os
import random
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GC_DIR = ROOT / "tests" / "data" / "general_comments"
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
MINILM_REPEAT = int(os.environ.get("BENCH_MINILM_REPEAT", "3"))
SCALE = int(os.environ.get("BENCH_SCALE", "10"))
MINILM_CHUNKS = 8                                     # ours/raw alternate chunk by chunk
LIMIT = int(os.environ.get("BENCH_LIMIT", "0"))        # > 0: only the first N items (quick check)
BACKENDS = ("minilm", "static", "tfidf", "hash")


def _median(xs):
    return statistics.median(xs) if xs else float("nan")


def _timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def _project(tmp: Path):
    """A copy of the reference project (corpus + annotations), ingested, with statements."""
    from corpus_tool.store import db as store
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import Project
    root = tmp / "ref"
    root.mkdir()
    for d in ("corpus", "annotations"):
        shutil.copytree(ROOT / d, root / d)
    project = Project(root)
    ingest(project)
    conn = store.connect(project.db_path)
    try:
        from corpus_tool.statements.stage import update_statements
        update_statements(conn)
        from corpus_tool.semantic.items import statement_items
        items = statement_items(conn)
        unit = "statements"
    except ImportError:
        items = []
    if not items:
        from corpus_tool.semantic.items import passage_items
        items, unit = passage_items(conn), "passages"
    conn.close()
    return project, items, unit


def _fresh_cache(project) -> None:
    from corpus_tool.semantic.vector_cache import cache_path
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(cache_path(project)) + suffix)
        if p.exists():
            p.unlink()


def _perturb(items, copies: int, seed: int = 0):
    """`copies` perturbed copies of every item: one word dropped and two neighbours swapped, so
    every text is new (no cache hit) but means nearly the same."""
    from corpus_tool.semantic.items import Item
    rng = random.Random(seed)
    out = []
    for j in range(copies):
        for it in items:
            words = it.text.split()
            if len(words) > 3:
                del words[rng.randrange(len(words))]
                k = rng.randrange(len(words) - 1)
                words[k], words[k + 1] = words[k + 1], words[k]
            text = " ".join(words) + ("" if j == 0 else f" [{j}]")
            out.append(Item(id=f"{it.id}~{j}", text=text, doc_id=it.doc_id, issuer=it.issuer,
                            year=it.year, strength=it.strength, locator=it.locator,
                            page=it.page))
    return out


def _gc_items():
    from corpus_tool.semantic.items import Item
    items, labels = [], {}
    for f in sorted(GC_DIR.glob("*.json")):
        for rec in json.loads(f.read_text(encoding="utf-8")):
            if len(rec["Labels"]) != 1:
                continue
            iid = f"{f.stem}:para-{str(rec['ID']).strip().rstrip('.')}"
            if iid in labels:
                continue
            items.append(Item(id=iid, text=rec["Text"], doc_id=f.stem))
            labels[iid] = rec["Labels"][0]
    return items, labels


def run() -> dict:
    import numpy as np
    from sklearn.metrics import adjusted_mutual_info_score

    from corpus_tool.semantic.cluster import cluster_items, run_clustering
    from corpus_tool.semantic.backends import get_embedder
    from corpus_tool.semantic.embed import embed_texts
    from corpus_tool.model_files import minilm_path, static_path

    tmp = Path(tempfile.mkdtemp(prefix="bench-embed-"))
    res: dict = {}
    try:
        t_setup, (project, items, unit) = _timed(lambda: _project(tmp))
        if LIMIT:                                        # quick check on a subset
            items = items[:LIMIT]
            from corpus_tool.store import db as store
            conn = store.connect(project.db_path)
            conn.execute("CREATE TEMP TABLE keep (id TEXT PRIMARY KEY)")
            conn.executemany("INSERT INTO keep VALUES (?)", [(it.id,) for it in items])
            table = "statements" if unit == "statements" else "passages"
            conn.execute(f"DELETE FROM {table} WHERE id NOT IN (SELECT id FROM keep)")
            conn.close()
        texts = [it.text for it in items]
        res["unit"] = unit
        res["n_items"] = len(items)
        res["n_unique_texts"] = len(set(texts))
        print(f"{len(items)} {unit} ({len(set(texts))} distinct texts) from the reference corpus "
              f"(set-up {t_setup:.0f} s)")

        # one-off model preparation (unpack / distil) and load, outside the timed stages
        t_load, _ = _timed(lambda: (minilm_path(), static_path(),
                                    get_embedder("minilm").encode(["warm up"]),
                                    get_embedder("static").encode(["warm up"])))
        res["model_load_s"] = round(t_load, 2)

        # --- cold embedding per backend, and raw sentence-transformers ---------------------
        cold: dict[str, float] = {}
        st = get_embedder("minilm").model
        # Ours and raw alternate chunk by chunk, so both see the same load on a shared machine
        # (whole-run alternation still gave 3× swings here); wall and CPU time are both kept.
        ours_m, raw, ours_cpu, raw_cpu = [], [], [], []
        step = max(1, -(-len(texts) // MINILM_CHUNKS))
        for _ in range(MINILM_REPEAT):
            _fresh_cache(project)
            tw = [0.0, 0.0]
            tc = [0.0, 0.0]
            for i in range(0, len(texts), step):
                chunk = texts[i:i + step]
                c0, w0 = time.process_time(), time.perf_counter()
                embed_texts(project, chunk, backend="minilm")
                c1, w1 = time.process_time(), time.perf_counter()
                st.encode(chunk, batch_size=64, convert_to_numpy=True, normalize_embeddings=True,
                          show_progress_bar=False)
                c2, w2 = time.process_time(), time.perf_counter()
                tw[0] += w1 - w0
                tw[1] += w2 - w1
                tc[0] += c1 - c0
                tc[1] += c2 - c1
            ours_m.append(tw[0])
            raw.append(tw[1])
            ours_cpu.append(tc[0])
            raw_cpu.append(tc[1])
        cold["minilm"] = _median(ours_m)
        raw_s = _median(raw)
        res["ours_over_raw_minilm_cpu"] = round(_median(ours_cpu) / _median(raw_cpu), 3)
        res["ours_over_raw_minilm_per_run"] = [round(a / b, 3) for a, b in zip(ours_m, raw)]
        print(f"  cold minilm: {cold['minilm']:.2f} s, raw SentenceTransformer.encode: "
              f"{raw_s:.2f} s (medians of {MINILM_REPEAT}; runs {[round(t, 1) for t in ours_m]} "
              f"vs {[round(t, 1) for t in raw]})", flush=True)
        for b in BACKENDS[1:]:
            runs = []
            for _ in range(REPEAT):
                _fresh_cache(project)
                emb = get_embedder(b)
                t, _ = _timed(lambda: embed_texts(project, texts, backend=emb))
                runs.append(t)
            cold[b] = _median(runs)
            print(f"  cold {b}: {cold[b]:.2f} s (median of {len(runs)})", flush=True)
        res["cold_embed_s"] = {b: round(v, 3) for b, v in cold.items()}
        res["raw_sentence_transformers_s"] = round(raw_s, 3)
        res["minilm_over_static"] = round(cold["minilm"] / cold["static"], 1)
        res["ours_over_raw_minilm"] = round(cold["minilm"] / raw_s, 3)

        # --- warm rebuild and clustering share (the real stage: run_clustering on the index) ---
        unit_arg = "statements" if unit == "statements" else "passages"
        _fresh_cache(project)
        vec: dict[str, np.ndarray] = {}
        t_cold_stage, r_cold = _timed(lambda: run_clustering(project, backend="minilm",
                                                             unit=unit_arg, force=True))
        warm, warm_recluster = [], []
        for _ in range(REPEAT):
            t, r_warm = _timed(lambda: run_clustering(project, backend="minilm", unit=unit_arg))
            warm.append(t)
        for _ in range(REPEAT):
            t, r_again = _timed(lambda: run_clustering(project, backend="minilm", unit=unit_arg,
                                                       force=True))
            warm_recluster.append(t)
        warm_embed = []
        for _ in range(REPEAT):
            t, vec["minilm"] = _timed(lambda: embed_texts(project, texts, backend="minilm"))
            warm_embed.append(t)
        same = (json.dumps(r_cold.to_dict(points=True)) == json.dumps(r_warm.to_dict(points=True))
                == json.dumps(r_again.to_dict(points=True)))
        clus = []
        for _ in range(REPEAT):
            t, _ = _timed(lambda: cluster_items(items, project=project, backend="minilm",
                                                vectors=vec["minilm"]))
            clus.append(t)
        res["cold_stage_s"] = round(t_cold_stage, 3)
        res["warm_stage_s"] = round(_median(warm), 3)
        res["warm_over_cold"] = round(_median(warm) / t_cold_stage, 4)
        res["warm_recluster_s"] = round(_median(warm_recluster), 3)
        res["warm_recluster_over_cold"] = round(_median(warm_recluster) / t_cold_stage, 4)
        res["warm_embed_only_s"] = round(_median(warm_embed), 3)
        res["warm_result_identical"] = same
        res["cluster_s"] = round(_median(clus), 3)
        res["cluster_over_minilm_embed"] = round(_median(clus) / cold["minilm"], 4)
        print(f"  warm/cold stage and clustering done ({res['warm_stage_s']:.2f} s warm)",
              flush=True)

        # --- quality per backend --------------------------------------------------------------
        gc_items, gc_labels = _gc_items()
        quality: dict[str, dict] = {}
        for b in BACKENDS:
            v = vec.get(b)
            if v is None:
                emb = get_embedder(b)
                if b == "tfidf":
                    emb.fit(texts)
                v = embed_texts(project, texts, backend=emb)
            r = cluster_items(items, project=project, backend=b, vectors=v)
            g = cluster_items(gc_items, project=project, backend=b)
            cl = {p.item_id: p.cluster_id or p.item_id for p in g.points}
            ids = [it.id for it in gc_items]
            ami = adjusted_mutual_info_score([gc_labels[i] for i in ids], [cl[i] for i in ids])
            k = len(set(gc_labels.values()))
            gk = cluster_items(gc_items, project=project, backend=b, method="kmeans", k=k)
            clk = {p.item_id: p.cluster_id for p in gk.points}
            ami_k = adjusted_mutual_info_score([gc_labels[i] for i in ids], [clk[i] for i in ids])
            quality[b] = {"statements_silhouette": r.quality["silhouette"],
                          "statements_clusters": len(r.clusters),
                          "statements_outliers": r.quality["n_outliers"],
                          "gc_ami": round(float(ami), 3), "gc_clusters": len(g.clusters),
                          "gc_silhouette": g.quality["silhouette"],
                          f"gc_ami_kmeans_k{k}": round(float(ami_k), 3)}
        res["quality"] = quality
        print("  quality done", flush=True)
        res["gc_paragraphs_single_label"] = len(gc_items)

        # --- scale ×SCALE (perturbed copies), static embeddings --------------------------------
        big = _perturb(items, SCALE, seed=1)
        small = _perturb(items, 1, seed=2)
        scale: dict[str, dict] = {}
        for name, its in (("x1", small), (f"x{SCALE}", big)):
            ts = [it.text for it in its]
            gc.collect()
            tracemalloc.start()
            t_e, v = _timed(lambda: embed_texts(project, ts, backend="static"))
            _, peak_e = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            gc.collect()
            tracemalloc.start()
            t_c, r = _timed(lambda: cluster_items(its, project=project, backend="static",
                                                  vectors=v))
            _, peak_c = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            scale[name] = {"items": len(its), "embed_s": round(t_e, 2), "cluster_s": round(t_c, 2),
                           "embed_peak_mb": round(peak_e / 2**20, 1),
                           "cluster_peak_mb": round(peak_c / 2**20, 1),
                           "clusters": len(r.clusters)}
        a, b_ = scale["x1"], scale[f"x{SCALE}"]
        res["scale"] = scale
        res["scale_embed_ratio"] = round(b_["embed_s"] / a["embed_s"], 2)
        res["scale_cluster_ratio"] = round(b_["cluster_s"] / a["cluster_s"], 2)
        import resource
        res["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    _print(res)
    return res


def _print(r: dict) -> None:
    c = r["cold_embed_s"]
    print(f"cold embedding of {r['n_items']} {r['unit']} (s): " +
          ", ".join(f"{b} {c[b]:.2f}" for b in c) +
          f"; raw SentenceTransformer.encode {r['raw_sentence_transformers_s']:.2f}")
    print(f"  minilm ÷ static = {r['minilm_over_static']}× (target ≥ 50×)")
    print(f"  our minilm stage ÷ raw encode = {r['ours_over_raw_minilm']}× wall, "
          f"{r['ours_over_raw_minilm_cpu']}× CPU (target ≤ 1.3×; per run "
          f"{r['ours_over_raw_minilm_per_run']})")
    print(f"warm rebuild, nothing changed {r['warm_stage_s']:.2f} s vs cold "
          f"{r['cold_stage_s']:.2f} s = {100 * r['warm_over_cold']:.1f} % (target ≤ 5 %); "
          f"forced re-cluster from cached embeddings {r['warm_recluster_s']:.2f} s "
          f"({100 * r['warm_recluster_over_cold']:.1f} %); cache read alone "
          f"{r['warm_embed_only_s']:.2f} s; identical result: {r['warm_result_identical']}")
    print(f"clustering {r['cluster_s']:.2f} s = {r['cluster_over_minilm_embed']:.3f} of minilm "
          "embedding (target < 0.1)")
    for name, s in r["scale"].items():
        print(f"scale {name}: {s['items']} items, embed (static) {s['embed_s']} s / peak "
              f"{s['embed_peak_mb']} MB, cluster {s['cluster_s']} s / peak {s['cluster_peak_mb']}"
              f" MB, {s['clusters']} clusters")
    print(f"  time ratio ×{SCALE}/×1: embed {r['scale_embed_ratio']}, cluster "
          f"{r['scale_cluster_ratio']} (linear = {SCALE}); process max RSS {r['max_rss_mb']} MB")
    print(f"quality ({r['gc_paragraphs_single_label']} single-label GC paragraphs for AMI):")
    for b, q in r["quality"].items():
        extra = {k: v for k, v in q.items() if k.startswith("gc_ami_kmeans")}
        print(f"  {b:7s} statements: silhouette {q['statements_silhouette']}, "
              f"{q['statements_clusters']} clusters, {q['statements_outliers']} outliers | GC: "
              f"AMI {q['gc_ami']} ({q['gc_clusters']} clusters), silhouette {q['gc_silhouette']}"
              + "".join(f", {k.replace('gc_ami_', 'AMI ')} {v}" for k, v in extra.items()))


if __name__ == "__main__":
    run()
