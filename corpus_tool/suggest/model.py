"""The model that ranks a codebook's areas for a text: few-shot by default (`suggest.fewshot`:
a classifier over the embeddings of the codebook's own texts and of the human annotations, with
a relevance that says "none of these areas"), zero-shot (cosine similarity to each
area's prototypes) or supervised (a calibrated classifier on the annotations alone, pooled with
the zero-shot scores; needs `MIN_PER_AREA` annotations per area). Fitted once per run
(`build_area_model`) and sent to every scoring task (`suggest.areas`)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from corpus_tool.codebook import codebook_fingerprint, load_codebook
from corpus_tool.coding.files import load_annotations
from corpus_tool.errors import InputError
from corpus_tool.formats import dumps_json, sha256_text
from corpus_tool.models import CodebookArea
from corpus_tool.progress import Progress
from corpus_tool.project import Project
from corpus_tool.semantic.backends import get_embedder
from corpus_tool.semantic.embed import embed_texts
from corpus_tool.suggest import fewshot as F

MIN_PER_AREA = 5            # human annotations per area before the supervised model takes over
ZERO_SHOT_TEMPERATURE = 0.05
ZERO_SHOT_VERSION = "zs-v1"
METHODS = ("auto", "few-shot", "zero-shot", "supervised")
SUPERVISED_VERSION = "logreg-cal-zs-v1"


def embed(project: Project, texts: list[str], backend: str,
          progress: Progress | None = None) -> tuple[np.ndarray, str]:
    emb = get_embedder(backend)
    vecs = (embed_texts(project, texts, backend=emb, progress=progress) if texts
            else np.zeros((0, 1), np.float32))
    return np.asarray(vecs, dtype=np.float32), emb.model_id


def area_prototypes(area: CodebookArea) -> list[str]:
    """The texts that stand for an area zero-shot: name + definition, seed terms, examples."""
    out = [f"{area.name}. {area.definition}"]
    if area.seed_terms:
        out.append(f"{area.name}: " + "; ".join(area.seed_terms))
    if area.include:
        out.append("; ".join(area.include))
    out += [ex.quote for ex in area.examples]
    return out


def _softmax(x: np.ndarray, temperature: float) -> np.ndarray:
    z = x / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _centroid(pv: np.ndarray) -> np.ndarray:
    cen = pv.mean(axis=0)
    norm = np.linalg.norm(cen)
    return cen / norm if norm else cen


def zero_shot_scores(areas: Sequence[CodebookArea], vecs: np.ndarray, proto_vecs: list[np.ndarray]
                     ) -> np.ndarray:
    """(n_texts, n_areas) scores: softmax over areas of the mean of (similarity to the area's
    centroid, best similarity to any of its prototypes)."""
    sims = np.zeros((vecs.shape[0], len(areas)), dtype=np.float64)
    for j, pv in enumerate(proto_vecs):
        sims[:, j] = 0.5 * (vecs @ _centroid(pv)) + 0.5 * (vecs @ pv.T).max(axis=1)
    return _softmax(sims, ZERO_SHOT_TEMPERATURE)


def training_data(project: Project) -> list[tuple[str, str]]:
    """(text, area) pairs from the human annotations (manual or accepted), unique."""
    pairs = {(" ".join(a.anchor.exact.split()), a.area) for a in load_annotations(project)
             if a.motivation in ("classifying", "linking")}
    return sorted(pairs)


def classifier(n_min: int):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    base = LogisticRegression(max_iter=2000, class_weight="balanced", C=4.0, random_state=0)
    return CalibratedClassifierCV(base, method="sigmoid", cv=max(2, min(3, n_min)))


class AreaModel:
    """What scores texts: zero-shot prototypes or the supervised calibrated classifier."""

    def __init__(self, areas: Sequence[CodebookArea], method: str, model_id: str,
                 model_version: str):
        self.areas = list(areas)
        self.method = method
        self.model_id = model_id
        self.model_version = model_version
        self.classifier_ = None
        self.fewshot_: F.FewShotAreas | None = None
        self.proto_vecs_: list[np.ndarray] = []

    def scores(self, vecs: np.ndarray) -> np.ndarray:
        if self.method == "few-shot":
            return self.fewshot_.scores(vecs)
        zs = zero_shot_scores(self.areas, vecs, self.proto_vecs_)
        if self.method == "supervised":
            return combine(classifier_scores(self.classifier_, self.areas, vecs), zs)
        return zs

    def relevance(self, vecs: np.ndarray) -> np.ndarray:
        """How surely each text is about the codebook at all (whatever the method ranks the
        areas with; `FewShotAreas.relevance`)."""
        return self.fewshot_.relevance(vecs)

    def relevance_readings(self, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The relevance and its learnt reading alone (`FewShotAreas.readings`)."""
        return self.fewshot_.readings(vecs)

    @property
    def none_below(self) -> float:
        return self.fewshot_.none_below


def classifier_scores(clf, areas: Sequence[CodebookArea], vecs: np.ndarray) -> np.ndarray:
    """(n, n_areas) class probabilities in codebook order (0 for classes never trained on)."""
    proba = clf.predict_proba(vecs)
    ids = [a.id for a in areas]
    out = np.zeros((vecs.shape[0], len(ids)))
    for k, cls in enumerate(clf.classes_):
        out[:, ids.index(cls)] = proba[:, k]
    return out


def combine(supervised: np.ndarray, zero_shot: np.ndarray) -> np.ndarray:
    """Logarithmic opinion pool of the classifier's probabilities and the zero-shot scores:
    geometric mean, renormalised. Same ranking as the product, but not overconfident (on the
    reference coding its cross-validated log loss is lower than either model alone)."""
    p = np.sqrt((supervised + 1e-6) * (zero_shot + 1e-6))
    return p / p.sum(axis=1, keepdims=True)


def enough_annotations(areas: Sequence[CodebookArea], pairs: Sequence[tuple[str, str]]) -> bool:
    counts = Counter(a for _, a in pairs)
    return all(counts[a.id] >= MIN_PER_AREA for a in areas)


def build_area_model(project: Project, *, backend: str = "minilm", method: str = "auto",
                     extra_texts: Sequence[str] = (), progress: Progress | None = None
                     ) -> tuple[AreaModel, np.ndarray]:
    """Fit the suggestion model; also embeds `extra_texts` in the same call (returned) so that
    corpus-fitted backends (tfidf) share one space."""
    areas = load_codebook(project)
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}", fix="use " + ", ".join(METHODS))
    pairs = training_data(project)
    pairs = [(t, a) for t, a in pairs if a in {x.id for x in areas}]
    supervised = method == "supervised"
    if supervised and not enough_annotations(areas, pairs):
        raise InputError(f"the supervised model needs at least {MIN_PER_AREA} annotations per area",
                         fix="annotate more, or use --method few-shot")
    protos = [area_prototypes(a) for a in areas]
    flat = [t for p in protos for t in p]
    cb = F.codebook_texts(areas)
    background = F.background_sentences()
    bg = [b["text"] for b in background]
    train_texts = [t for t, _ in pairs]
    all_texts = flat + [t for t, _ in cb] + bg + train_texts + list(extra_texts)
    vecs, emb_id = embed(project, all_texts, backend, progress)
    proto_vecs, k = [], 0
    for p in protos:
        proto_vecs.append(vecs[k:k + len(p)])
        k += len(p)
    cb_vecs, bg_vecs = vecs[k:k + len(cb)], vecs[k + len(cb):k + len(cb) + len(bg)]
    k += len(cb) + len(bg)
    ann_vecs = vecs[k:k + len(train_texts)]
    fewshot = F.FewShotAreas().fit([a.id for a in areas], cb_vecs, [a for _, a in cb], ann_vecs,
                                   [a for _, a in pairs], bg_vecs, [b["doc"] for b in background])
    # Every method's relevance comes from the few-shot model, fitted on the codebook, the
    # annotations and the background: its version and those inputs name each model.
    version = sha256_text(emb_id + "\n" + codebook_fingerprint(areas) + "\n" +
                          dumps_json(pairs))[:12]
    if supervised:
        y = [a for _, a in pairs]
        model = AreaModel(areas, "supervised", f"areas-{SUPERVISED_VERSION}:{emb_id}",
                          f"{SUPERVISED_VERSION}+{F.VERSION}-{version}")
        model.classifier_ = classifier(min(Counter(y).values())).fit(ann_vecs, y)
    elif method == "zero-shot":
        model = AreaModel(areas, "zero-shot", f"areas-{ZERO_SHOT_VERSION}:{emb_id}",
                          f"{ZERO_SHOT_VERSION}+{F.VERSION}-{version}")
    else:
        model = AreaModel(areas, "few-shot", f"areas-{F.VERSION}:{emb_id}",
                          f"{F.VERSION}-{version}")
    k += len(train_texts)
    model.proto_vecs_ = proto_vecs
    model.fewshot_ = fewshot
    return model, vecs[k:]
