"""Area suggestions before any coding, on fifteen codebooks: does "none of these areas" hide the
passages a coder then codes, and does it still catch text of other domains?

For each codebook (the reference project's, the ten examples', and four researchers' trials:
`benchmarks/data/areas_before_coding/`), the few-shot model is fitted on the codebook alone, as
on a new project before its first coding, and reads:
- the passages the project's coders coded to an area (what a researcher found relevant): the
  share judged "none", and the share whose top area is the coder's;
- the off-topic negatives of `tests/data/areas_eval.jsonl` (maritime, tax, trade, tribal law,
  health; the health example leaves out CESCR General Comment 14, its own subject): the share
  judged "none".
Each figure is given for the relevance as shipped (the higher of the learned and the closeness
readings, `suggest.fewshot`) and for the learned reading alone (the relevance before session
49), side by side in one run. The closeness reading's constants were chosen on the development
codebooks (`DEV`); the other eight are held out.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "areas_before_coding"
DEV = frozenset({"trial22-violence-against-women", "trial24-disability", "anti-discrimination",
                 "citizenship", "detention-expulsion", "family-reunification", "health"})


def _codebooks() -> dict[str, tuple[Path, list[tuple[str, str]]]]:
    """name → (codebook file, the coders' (text, area) pairs)."""
    from corpus_tool.project import Project
    from corpus_tool.suggest.model import training_data
    out = {"reference": (ROOT / "annotations" / "codebook.yaml",
                         training_data(Project(ROOT)))}
    for ex in sorted((ROOT / "examples").iterdir()):
        if (ex / "annotations" / "codebook.yaml").is_file():
            out[ex.name] = (ex / "annotations" / "codebook.yaml", training_data(Project(ex)))
    rows = [json.loads(line) for line in
            (DATA / "codings.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in sorted({r["project"] for r in rows}):
        out[name] = (DATA / f"{name}.yaml",
                     [(r["text"], r["area"]) for r in rows if r["project"] == name])
    return out


def _negatives() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "areas_eval.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], r["source"]) for r in rows if r["kind"] == "negative"]


def _readings(project, codebook: Path, pairs, negatives) -> dict:
    from corpus_tool.codebook import load_codebook
    from corpus_tool.suggest import fewshot as F
    from corpus_tool.suggest.model import embed
    shutil.copy(codebook, project.codebook_path)
    areas = load_codebook(project)
    ids = [a.id for a in areas]
    pairs = [(t, a) for t, a in pairs if a in ids]
    cb, bg = F.codebook_texts(areas), F.background_sentences()
    texts = [t for t, _ in cb] + [b["text"] for b in bg] + [t for t, _ in pairs] + negatives
    vecs, _ = embed(project, texts, "minilm")
    i, j, k = len(cb), len(cb) + len(bg), len(cb) + len(bg) + len(pairs)
    model = F.FewShotAreas().fit(ids, vecs[:i], [a for _, a in cb], vecs[:0], [], vecs[i:j],
                                 [b["doc"] for b in bg])
    coded, off = vecs[j:k], vecs[k:]
    learned = lambda v: model.readings(v)[1]  # noqa: E731
    top = np.array(ids)[model.scores(coded).argmax(axis=1)]
    return {"coded": len(pairs), "negatives": len(negatives),
            "top1": float((top == np.array([a for _, a in pairs])).mean()),
            "coded_none": float((model.relevance(coded) < model.none_below).mean()),
            "coded_none_learned": float((learned(coded) < model.none_below).mean()),
            "negatives_none": float((model.relevance(off) < model.none_below).mean()),
            "negatives_none_learned": float((learned(off) < model.none_below).mean())}


def _pooled(rows: dict[str, dict]) -> dict:
    def share(key: str, n: str) -> float:
        return round(sum(r[key] * r[n] for r in rows.values()) / sum(r[n] for r in rows.values()),
                     3)
    return {"codebooks": len(rows), "coded": sum(r["coded"] for r in rows.values()),
            "top1": share("top1", "coded"), "coded_none": share("coded_none", "coded"),
            "coded_none_learned": share("coded_none_learned", "coded"),
            "negatives_none": share("negatives_none", "negatives"),
            "negatives_none_learned": share("negatives_none_learned", "negatives")}


def run() -> dict:
    from corpus_tool.project import init_project
    negatives = _negatives()
    rows: dict[str, dict] = {}
    tmp = Path(tempfile.mkdtemp(prefix="areas-before-coding-"))
    try:
        project = init_project(tmp / "p")
        for name, (codebook, pairs) in _codebooks().items():
            negs = [t for t, src in negatives if not (name == "health" and "Health" in src)]
            rows[name] = _readings(project, codebook, pairs, negs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'codebook':32s} {'half':8s} coded  top-1  none (learned alone)  negatives none "
          "(learned alone)")
    for name, r in rows.items():
        print(f"{name:32s} {'dev' if name in DEV else 'held-out':8s} {r['coded']:5d}  "
              f"{r['top1']:.2f}   {r['coded_none']:.2f} ({r['coded_none_learned']:.2f})          "
              f"{r['negatives_none']:.2f} ({r['negatives_none_learned']:.2f})")
    out = {"dev": _pooled({n: r for n, r in rows.items() if n in DEV}),
           "heldout": _pooled({n: r for n, r in rows.items() if n not in DEV})}
    for half, p in out.items():
        print(f"before coding, {half} ({p['codebooks']} codebooks, {p['coded']} coded passages): "
              f"coded passages judged none {p['coded_none']} (learned reading alone "
              f"{p['coded_none_learned']}); off-topic negatives judged none "
              f"{p['negatives_none']} ({p['negatives_none_learned']}); top-1 {p['top1']}")
    return out


if __name__ == "__main__":
    run()
