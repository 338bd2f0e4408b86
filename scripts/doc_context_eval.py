"""A held-out half scored as a build reads it: its whole documents, not its units alone.

`statements evaluate` scores each gold unit alone, with what the gold records of its document
(genre, preamble). A build reads whole documents: the chapeau before an item, the bodies a
document sets up for itself (`structure.defined_bodies`), the passages around a unit. This script
reads a half's eight documents with the half's own sampler (`scripts/sample_unseen_goldNN.py`,
whose `DOCSNN` gives each document's reader, manifest type and legal force), runs the statements
stage on every passage (`stage.analyse_documents`, as `corpus-tool build` does), and scores each
gold unit by the statements that overlap it in its passage: a statement if any does, with the
strength and actor of the first.

Run it with the code of the commit a half was fresh for to compare with its figure of record (3
Dec 2026, session 19; unit alone → documents): `heldout36` at a25dae0 0.740 → 0.755, `heldout37`
at a25dae0 0.776 → 0.788, `heldout38` at 678e3ae 0.758 → 0.772; and with the code of 2e59e5c
(after round 38), `heldout40` 0.833 → 0.824 and `heldout41` 0.808 → 0.800, both still fresh;
`heldout42` at f504055 0.953 → 0.938. Reading whole documents moves a half by −0.02 to +0.02:
the gap to the 0.90 target is not an artefact of scoring units alone.

Usage: PYTHONPATH=<a tree of corpus-tool at some commit> python scripts/doc_context_eval.py HALF SRC
(HALF: 36 for `heldout36`; SRC: the folder of the half's source files, fetched from the
repositories its README section names, as its sampler takes them). Run from the repository root.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "statements_gold_unseen.jsonl"


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__.rsplit("Usage: ", 1)[1])
    half, src = sys.argv[1], sys.argv[2]
    sys.argv = [sys.argv[0], src]       # the sampler takes its source folder as its argument
    sys.path.insert(0, str(ROOT / "scripts"))
    docs_of = getattr(importlib.import_module(f"sample_unseen_gold{half}"), f"DOCS{half}")
    from corpus_tool.statements import stage as S, units as U
    from corpus_tool.statements.evaluate import _scores
    from corpus_tool.statements.genre import genre_of

    gold = [g for g in map(json.loads, GOLD.open(encoding="utf-8"))
            if g["half"] == f"heldout{half}"]
    docs, genres = [], {}
    for doc_id, (read, doc_type, force, _issuer) in docs_of.items():
        passages = [SimpleNamespace(id=f"{doc_id}:p{i}", text=t, locator=loc, heading="")
                    for i, (loc, t) in enumerate(read())]
        docs.append((doc_id, passages, set(range(len(passages)))))
        genres[doc_id] = genre_of(doc_type, force)
    _, results = S.analyse_documents(docs, pipeline="trained", genres=genres)
    by_doc = {d: (passages, drafts) for (d, passages, _), (_, drafts) in zip(docs, results)}

    found_gold, preds = [], []
    for g in gold:
        passages, drafts = by_doc[g["doc_id"]]
        norm = U.normalise(g["text"])
        body = norm[U.split_units(g["text"])[0].body:].strip()     # without its item marker
        where = next(((i, j) for i, p in enumerate(passages)
                      if (j := U.normalise(p.text).find(body[:50])) >= 0), None)
        if where is None:
            continue
        i, start = where
        found = [d for d in drafts.get(i, []) if d.parts.strength != "none"
                 and d.start < start + len(body) and d.end > start]
        found_gold.append(g)
        preds.append(found[0].parts if found else None)
    s = _scores(found_gold, preds)     # scored as `statements evaluate` scores units alone
    print(f"heldout{half}, read in its documents: {s['n']} units ({len(gold) - s['n']} not "
          f"found) tp {s['tp']} fp {s['fp']} fn {s['fn']}: P {s['precision']:.3f} "
          f"R {s['recall']:.3f} F1 {s['f1']:.3f}; strength {s['strength_accuracy']:.3f}, "
          f"actor {s['actor_accuracy']:.3f}")


if __name__ == "__main__":
    main()
