"""The few-shot area suggestions scored by k-fold cross-validation over the project's own
annotations: each fold's annotations are left out of the model that scores them.

The model of each fold is the one `suggest.fewshot` ships (codebook texts + the other folds'
annotations, relevance against the background sentences), so the figure says how the
suggestions do on annotations nobody showed it. Folds are stratified by area and grouped by
quote text (a quote coded twice never sits on both sides). The codebook itself stays in every
fold: it is not an annotation. An annotation whose quote is one of the codebook's example
quotes is seen through the codebook, so the accuracy without those is reported as well.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

import numpy as np

from corpus_tool.codebook import load_codebook
from corpus_tool.formats import sha256_text
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.suggest import fewshot as F
from corpus_tool.suggest.model import embed, training_data


@dataclass(frozen=True, slots=True)
class FewShotCV:
    """Cross-validated figures of the few-shot suggestions on the annotations."""
    annotations: int
    folds: int
    accuracy: float                     # top-1 area = the coder's area
    accuracy_with_none: float           # and judged relevant (above none_below)
    accuracy_without_codebook_examples: float | None
    accuracy_any_coder: float           # top-1 among the areas any coder gave the quote
    macro_f1: float
    none_rate: float                    # share of annotations judged "none of these areas"
    none_below: float
    grouped_by: str = "quote text"

    def to_dict(self) -> dict:
        return asdict(self)


def fewshot_cross_validated(project: Project, *, backend: str = "minilm", folds: int = 5,
                            random_state: int = 0, progress: Progress | None = None
                            ) -> FewShotCV | None:
    """`folds`-fold cross-validation of the few-shot model on the annotations; None when some
    area has fewer than two annotations (no fold could hold it out)."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedGroupKFold
    areas = load_codebook(project)
    ids = [a.id for a in areas]
    pairs = [(t, a) for t, a in training_data(project) if a in ids]
    counts = Counter(a for _, a in pairs)
    n_splits = min(folds, min(counts.values())) if counts else 0
    if n_splits < 2:
        return None
    cb = F.codebook_texts(areas)
    background = F.background_sentences()
    bg = [b["text"] for b in background]
    texts = [t for t, _ in pairs]
    vecs, _ = embed(project, [t for t, _ in cb] + bg + texts, backend, progress)
    cb_vecs, bg_vecs = vecs[:len(cb)], vecs[len(cb):len(cb) + len(bg)]
    ann_vecs = vecs[len(cb) + len(bg):]
    y = np.array([a for _, a in pairs])
    groups = np.array([sha256_text(t) for t in texts])
    pred = np.empty(len(y), dtype=object)
    fits = np.zeros(len(y), dtype=bool)
    none_below = F.NONE_BELOW
    cv = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    for tr, te in cv.split(ann_vecs, y, groups):
        model = F.FewShotAreas(random_state=random_state).fit(
            ids, cb_vecs, [a for _, a in cb], ann_vecs[tr], y[tr].tolist(), bg_vecs,
            [b["doc"] for b in background])
        pred[te] = np.array(ids)[model.scores(ann_vecs[te]).argmax(axis=1)]
        fits[te] = model.relevance(ann_vecs[te]) >= model.none_below
        none_below = model.none_below
    right = pred == y
    examples = {" ".join(e.quote.split()) for a in areas for e in a.examples}
    unseen = np.array([t not in examples for t in texts])
    gold: dict[str, set[str]] = {}
    for t, a in pairs:
        gold.setdefault(t, set()).add(a)
    r4 = lambda x: round(float(x), 4)  # noqa: E731
    return FewShotCV(
        annotations=len(pairs), folds=n_splits, accuracy=r4(right.mean()),
        accuracy_with_none=r4((right & fits).mean()),
        accuracy_without_codebook_examples=r4(right[unseen].mean()) if unseen.any() else None,
        accuracy_any_coder=r4(np.mean([p in gold[t] for t, p in zip(texts, pred)])),
        macro_f1=r4(f1_score(y, pred.astype(str), average="macro")),
        none_rate=r4(1 - fits.mean()), none_below=none_below)
