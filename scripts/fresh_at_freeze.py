"""Each held-out half of the statements gold, measured again with the code it was fresh for.

Every half `heldout8` … `heldout123` of tests/data/statements_gold_unseen.jsonl was measured
fresh at a commit written without it (its README row names the commit and the F1 of record);
from `heldout46` on, the stage at that commit includes the statement detector.
This script checks each such commit out in a temporary git worktree, runs its own
`statements evaluate --mode trained --structure` on that half alone, and prints the F1 it gets
beside the recorded one, then the pooled fresh F1: what the rules got right on text they had not
seen. `heldout120`-`heldout123`, measured together at 22b9399 (round 55, the same detector; 4 Dec
2026, session 31): 0.816 over their 512 units (P 0.767, R 0.871). `heldout116`-`heldout119`, measured together at 0a9ece3 (round 55, the same detector; 4 Dec
2026, session 31): 0.796 over their 512 units (P 0.730, R 0.875). `heldout112`-`heldout115`, measured together at ca9484d (round 55, the same detector; 4 Dec
2026, session 31): 0.782 over their 512 units (P 0.739, R 0.831). `heldout108`-`heldout111`, measured together at 74a72c4 (round 55, the same detector; 4 Dec
2026, session 30): 0.851 over their 512 units (P 0.856, R 0.846). `heldout104`-`heldout107`, measured together at c4a4cb8 (round 54, the same detector; 4 Dec
2026, session 29): 0.851 over their 512 units (P 0.859, R 0.843). `heldout100`-`heldout103`, measured together at 629db42 (round 54, the detector trained to
`heldout91` taking from 0.7; 4 Dec 2026, session 29): 0.750 over their 512 units (P 0.746, R
0.754). `heldout96`-`heldout99`, measured together at f0b7696 (round 53, the detector retrained to
`heldout91`; 4 Dec 2026, session 28): 0.827 over their 512 units (P 0.805, R 0.850). `heldout92`-`heldout95`, measured together at cd4c63f (round 53, the same detector; 4 Dec
2026, session 28): 0.785 over their 512 units (P 0.744, R 0.831). `heldout88`-`heldout91`, measured together at 475d640 (round 52, the same detector; 4 Dec
2026, session 28): 0.698 over their 512 units (P 0.625, R 0.791). `heldout84`-`heldout87`, measured together at 222598a (round 51, the same detector; 4 Dec
2026, session 28): 0.830 over their 512 units (P 0.772, R 0.896). `heldout80`-`heldout83`, measured together at 63bc07e (round 50, the same detector; 4 Dec
2026, session 27): 0.819 over their 512 units (P 0.817, R 0.821). `heldout76`-`heldout79`, measured together at c35074a (round 49, the same detector; 3 Dec
2026, session 26): 0.832 over their 512 units (P 0.780, R 0.891). `heldout72`-`heldout75`, measured together at 28642d8 (the two-layer detector; 3 Dec 2026,
session 25): 0.836 over their 512 units (P 0.855, R 0.817). Over 64 halves to `heldout71` and 8,192 units: 0.829 (P 0.828, R 0.830; 3 Dec 2026,
session 24: `heldout62`-`heldout63` measured at their commit, 0.861 together,
`heldout64`-`heldout65` at theirs, 0.890, `heldout66`-`heldout67` at theirs, 0.919,
`heldout68`-`heldout69` at theirs, 0.854, and `heldout70`-`heldout71` at theirs, 0.861); over 54
halves
to `heldout61` and 6,912 units: 0.817 (P 0.815, R 0.820; 3 Dec 2026,
session 23: `heldout54`-`heldout55` measured at their commit, 0.815 together,
`heldout56`-`heldout57` at theirs, 0.877, `heldout58`-`heldout59` at theirs, 0.856, and
`heldout60`-`heldout61` at theirs, 0.770); over 46 halves
to `heldout53` and 5,888 units: 0.815 (P 0.805, R 0.825; 3 Dec 2026,
session 22: the 44 to `heldout51` as this script reproduced them, 0.808, and `heldout52`-`heldout53`
measured at their commit); over 42 halves to `heldout49` and 5,376 units: 0.803 (P 0.787, R 0.820; 3 Dec 2026,
session 21: `heldout46`-`heldout49` measured at their commits, rules with the detector); over
38 halves to `heldout45` and 4,864 units: 0.798 (P 0.778, R 0.819; 3 Dec 2026,
session 20: the 35 to `heldout42` as this script reproduced them, and `heldout43`-`heldout45`
measured at their commits); over 35 halves to `heldout42` and 4,480 units: 0.792 (P 0.775, R 0.809; 3 Dec 2026,
session 19: the 34 to `heldout41` as this script reproduced them, 0.785, and `heldout42` measured
at its commit); over 25 halves and 3,200 units: 0.786 (P 0.780, R 0.792; 2 Dec 2026, session 18); over
23 halves to `heldout30` (2,944 units) 0.783 (P 0.781, R 0.786); over `heldout8`–`heldout23` (2,048 units) 0.764, over
`heldout8`–`heldout18` (1,408 units) 0.753. Each figure of record reproduces exactly.

`--second` then scores the same fresh verdicts on the halves a second labeller labelled blind
(tests/data/statements_gold_second.jsonl: `heldout22`–`24` and `heldout26`–`30`, 1,024 units):
against the first labeller 0.797, against the second 0.812, on the units both label alike 0.822,
where the two labellers agree with each other at 0.947 (2 Dec 2026, session 17).

`--veto`, `--rescue` and `--stack` then ask whether a learned model of the unit's text could
have done better than the rules on those fresh units: leave one half out, train a logistic
regression on every other gold unit (reference gold and all other halves; for `--stack` only the
other fresh halves, whose rules' verdict is a feature) — TF-IDF word 1–2-grams, and separately
the shipped MiniLM embeddings — choose its threshold on the other halves' fresh predictions
(nested: each of them predicted by a model that saw neither it nor the left-out half), and apply
it to the left-out half. `--veto` drops a rules' statement the model scores low, `--rescue` adds
a unit the rules missed that it scores high, `--stack` lets the model decide with the rules'
verdict as one more feature. Pooled fresh F1 over `heldout8`–`heldout23` (2,048 units; 2 Dec
2026, session 16), from 0.764: veto 0.765 (TF-IDF) / 0.761 (MiniLM); rescue 0.764 / 0.763;
stack 0.767 / 0.757. None helps: the fresh false positives read like statements (an organ's own
procedure, a description of another provision) and the misses like non-statements (an item
whose deontic is in a chapeau, an option "States could …"); what decides is not in the words.

`--save FILE` writes the fresh verdicts (unit id -> statement or not) as JSON, for
scripts/train_statement_detector.py --split.

Usage: PYTHONPATH=. python scripts/fresh_at_freeze.py [--second] [--veto] [--rescue] [--stack]
       [--keep-worktrees] [--save FILE]
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sentence_transformers import SentenceTransformer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import csr_matrix, hstack

from corpus_tool.model_files import minilm_path
from corpus_tool.statements.evaluate import SECOND_LABELS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "statements_gold_unseen.jsonl"
REFERENCE_GOLD = ROOT / "tests" / "data" / "statements_gold.jsonl"
SECOND = ROOT / "tests" / "data" / SECOND_LABELS
# half -> (the commit it was measured at, fresh; its F1 of record with --structure), from the
# README's table (tests/data/statements_gold_unseen.README.md)
FREEZES = {
    "heldout8": ("1acdb71", 0.808), "heldout9": ("c99270b", 0.806),
    "heldout10": ("c1031ff", 0.761), "heldout11": ("c1031ff", 0.773),
    "heldout12": ("321dada", 0.324), "heldout13": ("59ccaa3", 0.704),
    "heldout14": ("59ccaa3", 0.529), "heldout15": ("67b43b0", 0.812),
    "heldout16": ("5c31f1d", 0.839), "heldout17": ("8060798", 0.850),
    "heldout18": ("b2b5bb8", 0.837), "heldout19": ("0961063", 0.763),
    "heldout20": ("0961063", 0.854), "heldout21": ("c7324ef", 0.833),
    "heldout22": ("c7324ef", 0.667), "heldout23": ("62a0d5c", 0.804),
    "heldout24": ("d323126", 0.825), "heldout25": ("ba60cb4", 0.897),
    "heldout26": ("4d5799c", 0.822), "heldout27": ("808c46a", 0.824),
    "heldout28": ("c5cba44", 0.852), "heldout29": ("3e5316d", 0.739),
    "heldout30": ("bd8c726", 0.800), "heldout31": ("9aecc03", 0.800),
    "heldout32": ("f12803d", 0.833), "heldout33": ("a81cb3a", 0.832),
    "heldout34": ("be7d038", 0.660), "heldout35": ("418b87d", 0.812),
    "heldout36": ("a25dae0", 0.740), "heldout37": ("a25dae0", 0.776),
    "heldout38": ("678e3ae", 0.758), "heldout39": ("ca86140", 0.818),
    "heldout40": ("e8f50ad", 0.833), "heldout41": ("e8f50ad", 0.808),
    "heldout42": ("f504055", 0.953), "heldout43": ("f504055", 0.883),
    "heldout44": ("27f9de5", 0.851), "heldout45": ("27f9de5", 0.852),
    # from here on the stage at the commit is the rules with the shipped statement detector
    "heldout46": ("b99fd71", 0.774), "heldout47": ("b99fd71", 0.911),
    "heldout48": ("1858449", 0.819), "heldout49": ("1858449", 0.907),
    "heldout50": ("8b41daf", 0.890), "heldout51": ("8b41daf", 0.900),
    "heldout52": ("34e5cde", 0.923), "heldout53": ("34e5cde", 0.970),
    "heldout54": ("a12a22a", 0.814), "heldout55": ("a12a22a", 0.815),
    "heldout56": ("936237c", 0.893), "heldout57": ("936237c", 0.860),
    "heldout58": ("26dc607", 0.835), "heldout59": ("26dc607", 0.897),
    "heldout60": ("6eaed12", 0.722), "heldout61": ("6eaed12", 0.839),
    "heldout62": ("7ca3677", 0.878), "heldout63": ("7ca3677", 0.838),
    "heldout64": ("45649fd", 0.854), "heldout65": ("45649fd", 0.937),
    "heldout66": ("16c2614", 0.923), "heldout67": ("16c2614", 0.911),
    "heldout68": ("9721829", 0.932), "heldout69": ("9721829", 0.756),
    "heldout70": ("5c40b67", 0.895), "heldout71": ("5c40b67", 0.804),
    "heldout72": ("28642d8", 0.877), "heldout73": ("28642d8", 0.817),
    "heldout74": ("28642d8", 0.836), "heldout75": ("28642d8", 0.769),
    "heldout76": ("c35074a", 0.828), "heldout77": ("c35074a", 0.765),
    "heldout78": ("c35074a", 0.916), "heldout79": ("c35074a", 0.765),
    "heldout80": ("63bc07e", 0.883), "heldout81": ("63bc07e", 0.735),
    "heldout82": ("63bc07e", 0.850), "heldout83": ("63bc07e", 0.805),
    "heldout84": ("222598a", 0.883), "heldout85": ("222598a", 0.654),
    "heldout86": ("222598a", 0.932), "heldout87": ("222598a", 0.822),
    "heldout88": ("475d640", 0.800), "heldout89": ("475d640", 0.522),
    "heldout90": ("475d640", 0.822), "heldout91": ("475d640", 0.537),
    "heldout92": ("cd4c63f", 0.885), "heldout93": ("cd4c63f", 0.676),
    "heldout94": ("cd4c63f", 0.824), "heldout95": ("cd4c63f", 0.703),
    "heldout96": ("f0b7696", 0.827), "heldout97": ("f0b7696", 0.860),
    "heldout98": ("f0b7696", 0.839), "heldout99": ("f0b7696", 0.793),
    "heldout100": ("629db42", 0.667), "heldout101": ("629db42", 0.788),
    "heldout102": ("629db42", 0.750), "heldout103": ("629db42", 0.781),
    "heldout104": ("c4a4cb8", 0.737), "heldout105": ("c4a4cb8", 0.806),
    "heldout106": ("c4a4cb8", 0.921), "heldout107": ("c4a4cb8", 0.887),
    "heldout108": ("74a72c4", 0.800), "heldout109": ("74a72c4", 0.817),
    "heldout110": ("74a72c4", 0.909), "heldout111": ("74a72c4", 0.860),
    "heldout112": ("ca9484d", 0.854), "heldout113": ("ca9484d", 0.759),
    "heldout114": ("ca9484d", 0.800), "heldout115": ("ca9484d", 0.709),
    "heldout116": ("0a9ece3", 0.778), "heldout117": ("0a9ece3", 0.698),
    "heldout118": ("0a9ece3", 0.914), "heldout119": ("0a9ece3", 0.712),
    "heldout120": ("22b9399", 0.816), "heldout121": ("22b9399", 0.743),
    "heldout122": ("22b9399", 0.843), "heldout123": ("22b9399", 0.884),
}
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
RESCUE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
STACK_THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def read_rows() -> list[dict]:
    rows = [dict(json.loads(line), half="reference") for line in REFERENCE_GOLD.open()]
    return rows + [json.loads(line) for line in GOLD.open()]


def fresh_predictions(rows: list[dict], work: Path) -> dict[str, bool]:
    """Unit id -> whether the frozen code called it a statement, for every unit of the halves."""
    pred: dict[str, bool] = {}
    for half, (commit, recorded) in FREEZES.items():
        tree = work / commit
        if not tree.exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree),
                            commit], check=True, capture_output=True)
        units = [r for r in rows if r["half"] == half]
        gold = work / f"{half}.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in units))
        out = subprocess.run(
            [str(Path(sys.executable).with_name("corpus-tool")), "statements", "evaluate", "--mode",
             "trained", "--gold", str(gold), "--json", "--errors", "3000", "--structure"],
            cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
            check=True, capture_output=True, text=True).stdout
        mode = json.loads(out)["sets"][0]["modes"]["trained"]
        wrong = {e["id"] for e in mode["errors"] if e["kind"] == "detection"}
        for r in units:
            pred[r["id"]] = (not r["statement"]) if r["id"] in wrong else bool(r["statement"])
        print(f"{half:10} at {commit}: F1 {mode['all']['f1']:.3f} (recorded {recorded:.3f})",
              flush=True)
    return pred


def _counts(rows, idx, says) -> np.ndarray:
    """tp, fp, fn over the units `idx` when `says(i)` tells whether unit i is called a statement."""
    tp = sum(1 for i in idx if says(i) and rows[i]["statement"])
    fp = sum(1 for i in idx if says(i) and not rows[i]["statement"])
    return np.array([tp, fp, sum(1 for i in idx if rows[i]["statement"]) - tp])


def _f1(c) -> float:
    tp, fp, fn = c
    return 2 * tp / max(2 * tp + fp + fn, 1)


# how a learned score p of unit i combines with the rules' fresh verdict r, at threshold t
COMBINE = {
    "veto": (lambda r, p, t: r and p >= t, THRESHOLDS),            # drop a rules' statement
    "rescue": (lambda r, p, t: r or p >= t, RESCUE_THRESHOLDS),     # add a unit the rules missed
    "stack": (lambda r, p, t: p >= t, STACK_THRESHOLDS),            # the rules' verdict a feature
}


def learned(rows: list[dict], pred: dict[str, bool], features: np.ndarray | list[str],
            name: str, how: str) -> None:
    """Leave-one-half-out fresh before/after of a text model combined with the rules' verdict."""
    y = np.array([bool(r["statement"]) for r in rows])
    half = np.array([r["half"] for r in rows])
    rule = np.array([pred.get(r["id"], False) for r in rows], dtype=float)
    combine, thresholds = COMBINE[how]

    def probs(train, test):
        if how == "stack":          # only units with a fresh verdict of the rules to learn from
            train = np.array([i for i in train if rows[i]["id"] in pred])
        if not isinstance(features, list):
            xtr, xte = features[train], features[test]
        else:
            vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            xtr = vec.fit_transform([features[i] for i in train])
            xte = vec.transform([features[i] for i in test])
        if how == "stack":
            xtr = hstack([xtr, rule[train, None] * 3]).tocsr()
            xte = hstack([xte, rule[test, None] * 3]).tocsr()
        model = LogisticRegression(max_iter=3000, class_weight="balanced").fit(xtr, y[train])
        return dict(zip(test, model.predict_proba(xte)[:, 1]))

    def says(p, t):
        return lambda i: combine(pred[rows[i]["id"]], p[i], t)

    before, after = np.zeros(3), np.zeros(3)
    for k in FREEZES:
        others = [j for j in FREEZES if j != k]
        inner: dict[int, float] = {}
        for j in others:
            inner.update(probs(np.where((half != k) & (half != j))[0], np.where(half == j)[0]))
        seen = list(inner)
        t = max(thresholds, key=lambda t: (_f1(_counts(rows, seen, says(inner, t))), -t))
        test = np.where(half == k)[0]
        p = probs(np.where(half != k)[0], test)
        b = _counts(rows, test, lambda i: pred[rows[i]["id"]])
        a = _counts(rows, test, says(p, t))
        before, after = before + b, after + a
        print(f"  {name} {how} {k:10} threshold {t}: F1 {_f1(b):.3f} -> {_f1(a):.3f}",
              flush=True)
    print(f"{name} {how}: pooled fresh F1 {_f1(before):.3f} (tp/fp/fn "
          f"{before.astype(int).tolist()}) -> {_f1(after):.3f} ({after.astype(int).tolist()})",
          flush=True)


def against_second(rows: list[dict], pred: dict[str, bool]) -> None:
    """The fresh verdicts on the halves a second labeller labelled blind (SECOND): F1 against
    the first labeller, against the second, and on the units both label alike, beside the two
    labellers' own F1 (the second against the first), per half and pooled."""
    second = {r["id"]: bool(r["statement"]) for r in map(json.loads, SECOND.open())}
    as_second = [dict(r, statement=second.get(r["id"], r["statement"])) for r in rows]
    fresh = lambda i: pred[rows[i]["id"]]  # noqa: E731
    halves = sorted({r["half"] for r in rows if r["id"] in second and r["half"] in FREEZES},
                    key=lambda h: int(h[7:]))
    print("half       L2~L1   X~L1   X~L2  X agreed (units)   X: the rules fresh, at the freeze")
    pooled = np.zeros((4, 3), dtype=int)
    for half in [*halves, "pooled"]:
        if half == "pooled":
            c, n = pooled, sum(1 for r in rows if r["id"] in second and r["half"] in halves)
        else:
            idx = [i for i, r in enumerate(rows) if r["half"] == half and r["id"] in second]
            agreed = [i for i in idx if bool(rows[i]["statement"]) == second[rows[i]["id"]]]
            c = np.array([_counts(rows, idx, lambda i: second[rows[i]["id"]]),
                          _counts(rows, idx, fresh), _counts(as_second, idx, fresh),
                          _counts(rows, agreed, fresh)])
            pooled += c
            n = len(idx)
        print(f"{half:10} {_f1(c[0]):.3f}  {_f1(c[1]):.3f}  {_f1(c[2]):.3f}  {_f1(c[3]):.3f}"
              f" ({n})", flush=True)


def main(argv: list[str]) -> None:
    rows = read_rows()
    work = Path(tempfile.mkdtemp(prefix="fresh-at-freeze-"))
    try:
        pred = fresh_predictions(rows, work)
        if "--save" in argv:
            Path(argv[argv.index("--save") + 1]).write_text(json.dumps(pred), encoding="utf-8")
        pooled = _counts(rows, [i for i, r in enumerate(rows) if r["half"] in FREEZES],
                         lambda i: pred[rows[i]["id"]])
        print(f"pooled fresh: F1 {_f1(pooled):.3f} (tp/fp/fn {pooled.tolist()})", flush=True)
        if "--second" in argv:
            against_second(rows, pred)
        hows = [h for h in COMBINE if f"--{h}" in argv]
        if hows:
            texts = [r["text"] for r in rows]
            model = SentenceTransformer(str(minilm_path()), device="cpu")
            emb = model.encode(texts, batch_size=64, normalize_embeddings=True,
                               show_progress_bar=False)
            for how in hows:
                learned(rows, pred, texts, "TF-IDF words", how)
                learned(rows, pred, csr_matrix(emb) if how == "stack" else emb, "MiniLM", how)
    finally:
        if "--keep-worktrees" not in argv:
            for commit in {c for c, _ in FREEZES.values()}:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(work / commit)], capture_output=True)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
