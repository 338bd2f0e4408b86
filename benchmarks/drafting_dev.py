"""The ids-hidden B-cubed of the development halves only, for tuning the grouping (issue 15).

`python -m benchmarks.drafting_dev [name=value ...]` groups each tuned project's evidence as the
no-topics draft does with the coders' ids and memos hidden and no codebook definitions
(`phrasing.group_by_meaning`, the rows "meaning alone" of `python -m benchmarks drafting`), and
prints B-cubed over the coder's coded sources of the development half (`drafting_split`) only:
the held-out halves and the anti-discrimination example are never read, so a grid may be run
on it as often as needed. Each `name=value` is passed to `group_by_meaning` (a number, or
`None`): `python -m benchmarks.drafting_dev sibling_penalty=0 loose_min=0.24`. It needs the
projects built (`corpus-tool build`); nothing is drafted or written, so a setting takes
seconds.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from benchmarks.bench_drafting import CODERS, ROOT, _inputs, bcubed
from benchmarks.drafting_split import coded_counts, split_with_new

PROJECTS = {"reference": (ROOT, "coder-a"),
            "labour-market": (ROOT / "examples" / "labour-market", CODERS["labour-market"])}


def dev_gold(root: Path, coder: str, project: str) -> dict[str, str]:
    """Annotation id → indicator id of the coder's coded sources in the development half."""
    from corpus_tool.coding.annotations import read_annotations
    from corpus_tool.project import open_project
    anns = read_annotations(open_project(root)).annotations
    dev = set(split_with_new(coded_counts(anns, coder), project)[0])
    return {a.id: a.indicator for a in anns
            if a.creator == coder and a.indicator and a.doc_id in dev}


def load(project: str):
    """(evidence, memoised embed, development gold) of a tuned project, as the draft sees them."""
    root, coder = PROJECTS[project]
    _, areas, _, _, ev, embed = _inputs(root)
    known = {a.id for a in areas}
    memo: dict[str, np.ndarray] = {}

    def embed_memo(texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in memo]
        if todo:
            memo.update(zip(todo, np.asarray(embed(todo), dtype=np.float64)))
        return np.stack([memo[t] for t in texts]) if texts else np.zeros((0, 384))
    return [e for e in ev if e.area in known], embed_memo, dev_gold(root, coder, project)


def dev_figure(loaded, **kw) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of the development half, ids hidden, with `kw` passed to
    `group_by_meaning`."""
    from corpus_tool.indicators.draft import dedupe
    from corpus_tool.indicators.phrasing import group_by_meaning
    evidence, embed, gold = loaded
    pred = {}
    for k, g in enumerate(group_by_meaning(evidence, embed, use_hints=False, defined=[], **kw)):
        pred.update((e.annotation_id, k) for e in dedupe(g.items) if e.annotation_id in gold)
    return bcubed(pred, gold)


def parse(args: list[str]) -> dict[str, float | None]:
    """`name=value` arguments as keyword arguments: 'sibling_penalty=0' →
    {'sibling_penalty': 0.0}."""
    out: dict[str, float | None] = {}
    for arg in args:
        name, sep, value = arg.partition("=")
        if not sep or not name.isidentifier():
            raise SystemExit(f"benchmarks.drafting_dev: '{arg}' is not name=value "
                             "(e.g. sibling_penalty=0.2)")
        try:
            out[name] = None if value == "None" else float(value)
        except ValueError:
            raise SystemExit(f"benchmarks.drafting_dev: '{arg}': the value must be a number or "
                             "None") from None
    return out


if __name__ == "__main__":
    kw = parse(sys.argv[1:])
    for name in PROJECTS:
        p, r, f = dev_figure(load(name), **kw)
        print(f"{name} development half, ids hidden: P {p:.4f} R {r:.4f} F1 {f:.4f}")
