"""Evaluation of statement extraction against a hand-labelled gold set (JSONL: id, text,
context, statement, strength, actor, beneficiaries; see tests/data/statements_gold.README.md)."""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypedDict

from corpus_tool.coding.agreement import cohen_kappa
from corpus_tool.errors import InputError
from corpus_tool.formats import read_jsonl
from corpus_tool.models import STRENGTHS
from corpus_tool.statements import rules as R, units as U
from corpus_tool.statements.rules import Parts
from corpus_tool.statements.genre import genre_of
from corpus_tool.statements.stage import NO_DETECTOR, extract, load_pipeline

# The paths `evaluate` can score: the trained spaCy pipeline with the rules and the shipped
# statement detector (what the stage runs), the same parse with the rules alone (no detector),
# and the rules-only fallback on spacy.blank.
# `trained-ungated` (`stage.NO_DETECTOR`): the trained parse and the rules, without the detector
MODES = ("trained", NO_DETECTOR, "rules")
_PIPELINE_OF = {"trained": "trained", NO_DETECTOR: "trained", "rules": "rules"}

_DETS = re.compile(r"^(?:the|a|an|all|each|every|any|this|these|such)\s+")


def _norm_actor(a: str) -> str:
    """Lower case, without the determiners of the name or of its conjuncts ("the Secretary of
    State and the Secretary of the Treasury" ~ "Secretary of State and Secretary of the
    Treasury"), its conjuncts joined alike however they are listed ("United States; Saudi
    Arabia", as a manifest lists a joint text's issuers, ~ "the United States and Saudi Arabia";
    "United States, Egypt, Qatar and Türkiye" ~ "United States; Egypt; Qatar; Türkiye")."""
    a = R.clean_actor(U.normalise(a)).lower()
    a = re.sub(r"\s*(?:;|,)\s*(?:and\s+)?", " and ", a)
    a = re.sub(r"(?<=\w)[-\u2010\u2011](?=\w)", "", a)     # "Governor-General" ~ "GovernorGeneral"
    a = re.sub(r"(\band|\bor|,)\s+(?:the|an?)\s+", r"\1 ", a)
    while True:
        b = _DETS.sub("", a)
        if b == a:
            return a
        a = b


def actor_matches(gold: str, pred: str) -> bool:
    """Equal after normalisation, one a word-prefix of the other ("States Parties" ~
    "States Parties that recognize…"), or one the other's acronym ("MoJ" ~ "Ministry of
    Justice", "OMB" ~ "Office of Management and Budget": a text's own short name for the
    issuer the manifest names in full)."""
    g, p = _norm_actor(gold), _norm_actor(pred)
    if g == p:
        return True
    if not g or not p:
        return False
    if _acronym(gold, p) or _acronym(pred, g):
        return True
    gw, pw = g.split(), p.split()
    n = min(len(gw), len(pw))
    return gw[:n] == pw[:n]


_FUNCTION_WORDS = {"of", "for", "and", "the", "on", "in"}


def _acronym(short: str, long: str) -> bool:
    """Is `short` (as written: one word with two capitals or more, "DFID", "MoJ") the initials
    of `long` (normalised), all its words or its words but the function words?"""
    short = short.strip()
    if " " in short or sum(c.isupper() for c in short) < 2 or not short.isalpha():
        return False
    words = long.split()
    return len(words) >= 2 and short.lower() in (
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in _FUNCTION_WORDS))


def read_gold(path: Path) -> list[dict]:
    """A gold set: one labelled unit a line (id, text, statement, + strength, actor,
    beneficiaries for statements)."""
    recs = _read_labels(path, ("id", "text", "statement"))
    if not recs:
        raise InputError("gold set is empty", path=path, fix="one JSON object per line")
    return recs


def read_gold_labels(path: Path) -> list[dict]:
    """A second labeller's labels of gold units: the gold schema without the text."""
    return _read_labels(path, ("id", "statement"))


def _read_labels(path: Path, required: tuple[str, ...]) -> list[dict]:
    recs = []
    for line, rec in read_jsonl(Path(path)):
        if isinstance(rec, InputError):
            raise rec
        missing = [k for k in required if k not in rec]
        if missing:
            raise InputError(f"gold record lacks {', '.join(missing)}", path=path, line=line,
                             fix=f"each line needs {', '.join(required)} (+ strength, actor, "
                                 "beneficiaries for statements)")
        if rec.get("strength", "none") not in STRENGTHS:
            raise InputError(f"unknown strength {rec['strength']!r}", path=path, line=line,
                             fix="use one of " + ", ".join(STRENGTHS))
        recs.append(rec)
    return recs


DEFAULT_GOLD = ("statements_gold.jsonl", "statements_gold_unseen.jsonl")


def default_gold_paths(root: Path) -> list[Path]:
    """The shipped gold sets of a project checkout (`tests/data/`), those that exist."""
    return [root / "tests" / "data" / n for n in DEFAULT_GOLD
            if (root / "tests" / "data" / n).is_file()]


# What each half of a gold set is, shown beside its figures (see the unseen gold's README):
# `dev` is tuned on; the held-out halves `heldout`, `heldout2`, `heldout3`, … were each drawn,
# labelled and committed before the extractor ran on them. Only the latest one is fresh (never
# tuned on): once a held-out half's figure has been reported and its failures read, the next
# one is drawn and the older ones are "seen" (tunable like `dev`).
_HELDOUT = re.compile(r"^heldout(\d*)$")
_FIXED_LABELS = {"dev": "dev (tuned on)", "test": "test (even ids)", "all": "all"}


def _heldout_rank(split: str) -> int | None:
    m = _HELDOUT.match(split)
    return (int(m.group(1)) if m.group(1) else 1) if m else None


# Held-out halves tuned on after their one measurement although no later half exists yet (the
# unseen gold's README gives the figure of record, measured before): never shown as fresh.
TUNED_AFTER_MEASUREMENT = frozenset({"heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                                     "heldout9", "heldout10", "heldout11", "heldout12",
                                     "heldout13", "heldout14", "heldout15", "heldout16",
                                     "heldout17", "heldout18", "heldout19",
                                     "heldout20", "heldout21", "heldout22", "heldout24",
                                     "heldout25", "heldout26",
                                     "heldout27", "heldout28", "heldout29", "heldout30",
                                     "heldout31", "heldout32", "heldout33",
                                     "heldout34", "heldout35", "heldout36", "heldout37",
                                     "heldout38", "heldout80", "heldout81", "heldout82",
                                     "heldout83", "heldout84", "heldout85", "heldout86",
                                     "heldout87", "heldout88", "heldout89", "heldout90",
                                     "heldout91", "heldout92", "heldout93", "heldout94",
                                     "heldout95", "heldout100", "heldout101", "heldout102",
                                     "heldout103", "heldout104", "heldout105", "heldout106",
                                     "heldout107", "heldout108", "heldout109", "heldout110",
                                     "heldout111", "heldout128", "heldout129",
                                     "heldout133", "heldout134", "heldout135", "heldout136",
                                     "heldout137", "heldout138", "heldout139", "heldout140"})


# Held-out halves drawn in parallel (one session, before either was measured): each is as
# fresh as the latest of them. Pairs from `heldout36` to `heldout71`, fours from `heldout72` to
# `heldout127`, then one at a time until the pairs `heldout131`-`heldout132`,
# `heldout133`-`heldout134`, `heldout135`-`heldout136`, `heldout137`-`heldout138` and
# `heldout139`-`heldout140`.
DRAWN_TOGETHER = tuple(frozenset(f"heldout{n}" for n in range(a, a + k))
                       for first, last, k in ((36, 72, 2), (72, 128, 4), (131, 141, 2))
                       for a in range(first, last, k))


def split_label(split: str, splits: list[str] | None = None) -> str:
    """ "heldout2 (seen)", "heldout3 (fresh)": among the held-out halves of `splits` (default:
    just this one) the latest is fresh (with the halves drawn beside it, `DRAWN_TOGETHER`), the
    others seen — and one tuned on after its measurement (`TUNED_AFTER_MEASUREMENT`) is seen even
    when it is the latest."""
    if split in _FIXED_LABELS:
        return _FIXED_LABELS[split]
    rank = _heldout_rank(split)
    if rank is None:
        return split
    ranks = [r for r in map(_heldout_rank, splits or [split]) if r is not None]
    peers = next((g for g in DRAWN_TOGETHER if split in g), frozenset({split}))
    fresh = max(map(_heldout_rank, peers)) >= max(ranks, default=rank) and \
        split not in TUNED_AFTER_MEASUREMENT
    return f"{split} ({'fresh' if fresh else 'seen'})"


def _splits(gold: list[dict]) -> list[tuple[str, list[int]]]:
    """`all`, then the halves: the records' own `half` field when the set has one (dev |
    heldout | heldout2 | heldout3 …, each assigned before it was tuned on; held-out halves in
    the order they were drawn), else odd ids (dev) / even ids (test)."""
    out = [("all", list(range(len(gold))))]
    if all("half" in g for g in gold):
        for h in sorted({g["half"] for g in gold}, key=lambda h: (_heldout_rank(h) or 0, h)):
            out.append((h, [k for k, g in enumerate(gold) if g["half"] == h]))
        return out
    num = [int(re.sub(r"\D", "", g["id"]) or 0) for g in gold]
    out.append(("dev", [k for k, n in enumerate(num) if n % 2 == 1]))
    out.append(("test", [k for k, n in enumerate(num) if n % 2 == 0]))
    return out


class GoldSetEvaluation(TypedDict):
    """The scores on one gold set: per pipeline mode, `available` and, per split, precision,
    recall, F1 and the accuracies (or the error that made the mode unavailable)."""
    gold: str
    n: int
    locators: bool          # scored with the gold locators too
    structure: bool         # scored with what the product knows of each unit (its structure)
    n_statements: int
    splits: list[str]
    split_labels: dict[str, str]
    modes: dict[str, dict[str, Any]]


class StatementsEvaluation(TypedDict):
    """`statements evaluate`: each gold set on its own."""
    sets: list[GoldSetEvaluation]


def given(g: dict, *, locators: bool = False, structure: bool = False) -> dict[str, str]:
    """What the extractor is given of a gold unit beside its text and chapeau: with `locators`
    its gold `locator`; with `structure`, what the product knows of it from its document where
    the unit records it (the unseen gold's `doc_type`, `legal_force`, `preamble`, `issuer`): the
    genre the manifest gives the document (`genre.genre_of`), a preamble's or recital's place, as
    a reader's locator marks it, and the manifest's issuer (the actor of a pledging text's own
    commitments)."""
    locator = g.get("locator", "") if locators else ""
    genre = ""
    if structure and "doc_type" in g:
        genre = genre_of(g["doc_type"], g["legal_force"])
        if g["preamble"] and not locator:
            locator = "Preamble"
    issuer = {"issuer": g["issuer"]} if structure and g.get("issuer") else {}
    return {"locator": locator, "genre": genre, **issuer}


def evaluate(gold_path: Path, *, modes: tuple[str, ...] = MODES,
             errors: int = 0, pipelines: dict | None = None,
             locators: bool = False, structure: bool = False) -> GoldSetEvaluation:
    """Precision/recall/F1 of statement detection, strength and actor accuracy (over detected
    gold statements) and beneficiary set accuracy, per pipeline mode, overall and per half of
    the gold set (see `_splits`). `errors` > 0 lists that many misses. `pipelines` reuses
    loaded pipelines across gold sets. Each unit is scored from its text and chapeau; with
    `locators` also from its gold `locator`, as the stage sees a passage ("Recital 12" is
    preamble) — only where the gold's locators are a reader's (the reference gold's are an
    approximate reading of ours); with `structure` also from what the product knows of the
    unit's document where the gold records it (`given`)."""
    gold = read_gold(gold_path)
    splits = _splits(gold)
    out: GoldSetEvaluation = {"gold": str(gold_path), "n": len(gold), "locators": locators,
                 "structure": structure,
                 "n_statements": sum(bool(g["statement"]) for g in gold),
                 "splits": [name for name, _ in splits],
                 "split_labels": {name: split_label(name, [n for n, _ in splits])
                                  for name, _ in splits}, "modes": {}}
    pipelines = {} if pipelines is None else pipelines
    for mode in modes:
        if mode not in MODES:
            raise InputError(f"unknown mode {mode!r}", fix="use one of " + ", ".join(MODES))
        kind = _PIPELINE_OF[mode]
        try:
            pipe = pipelines.get(kind) or load_pipeline(kind)
        except InputError as e:
            out["modes"][mode] = {"available": False, "error": str(e)}
            continue
        pipelines[kind] = pipe
        detector = {} if mode != NO_DETECTOR else {"detector": None}
        preds = [_first_statement(g, pipe, locators=locators, structure=structure,
                                  detector=detector) for g in gold]
        res = {"available": True, "pipeline": pipe.name + (
            " + rules alone (no detector)" if mode == NO_DETECTOR else
            " + rules + statement detector" if mode == "trained" else "")}
        for split, idx in splits:
            res[split] = _scores([gold[k] for k in idx], [preds[k] for k in idx])
        if errors:
            res["errors"] = _errors(gold, preds, errors)
        out["modes"][mode] = res
    return out


def _first_statement(g: dict, pipe, *, locators: bool = False, structure: bool = False,
                     detector: dict | None = None) -> Parts | None:
    """The parts of the first statement the extractor finds in a gold unit (None: none), given
    what `given` passes of it; `detector` overrides the shipped statement detector
    ({"detector": None}: the rules alone)."""
    drafts = extract(g["text"], context=g.get("context", ""), pipeline=pipe,
                     **given(g, locators=locators, structure=structure), **(detector or {}))
    return next((d.parts for d in drafts if d.parts.strength != "none"), None)


def evaluate_sets(gold_paths: list[Path], *, modes: tuple[str, ...] = MODES,
                  errors: int = 0, locators: bool = False,
                  structure: bool = False) -> StatementsEvaluation:
    """`evaluate` on several gold sets, each reported on its own (the reference gold and the
    unseen gold's halves are never pooled)."""
    pipelines: dict = {}
    return {"sets": [evaluate(p, modes=modes, errors=errors, pipelines=pipelines,
                              locators=locators, structure=structure) for p in gold_paths]}


def _scores(gold: list[dict], preds: list[Parts | None]) -> dict:
    tp = sum(1 for g, p in zip(gold, preds) if g["statement"] and p)
    fp = sum(1 for g, p in zip(gold, preds) if not g["statement"] and p)
    fn = sum(1 for g, p in zip(gold, preds) if g["statement"] and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    both = [(g, p) for g, p in zip(gold, preds) if g["statement"] and p]
    st = sum(g["strength"] == p.strength for g, p in both)
    ac = sum(actor_matches(g.get("actor", ""), p.actor) for g, p in both)
    be = sum(sorted(g.get("beneficiaries", [])) == sorted(p.beneficiaries) for g, p in both)
    confusion: dict[str, dict[str, int]] = {}
    for g, p in both:
        row = confusion.setdefault(g["strength"], {})
        row[p.strength] = row.get(p.strength, 0) + 1
    r3 = lambda x: round(x, 3)  # noqa: E731
    return {"n": len(gold), "tp": tp, "fp": fp, "fn": fn, "precision": r3(prec),
            "recall": r3(rec), "f1": r3(f1),
            "strength_accuracy": r3(st / len(both)) if both else 0.0,
            "actor_accuracy": r3(ac / len(both)) if both else 0.0,
            "beneficiaries_exact": r3(be / len(both)) if both else 0.0,
            "strength_confusion": {k: dict(sorted(v.items())) for k, v in sorted(confusion.items())}}


def _errors(gold: list[dict], preds: list[Parts | None], limit: int) -> list[dict]:
    errs = []
    for g, p in zip(gold, preds):
        kind = None
        if bool(g["statement"]) != bool(p):
            kind = "detection"
        elif p and g["strength"] != p.strength:
            kind = "strength"
        elif p and not actor_matches(g.get("actor", ""), p.actor):
            kind = "actor"
        if kind:
            errs.append({"id": g["id"], "half": g.get("half", ""), "kind": kind,
                         "text": g["text"][:160],
                         "gold": {"statement": g["statement"], "strength": g.get("strength"),
                                  "actor": g.get("actor")},
                         "pred": None if p is None else {"strength": p.strength,
                                                         "actor": p.actor,
                                                         "deontic": p.deontic}})
    return errs[:limit]


SECOND_LABELS = "statements_gold_second.jsonl"


def _as_parts(rec: dict) -> SimpleNamespace | None:
    """A labeller's record read as an extractor's answer (None: not a statement)."""
    if not rec["statement"]:
        return None
    return SimpleNamespace(strength=rec["strength"], actor=rec.get("actor", ""),
                           beneficiaries=rec.get("beneficiaries", []))


def labeller_agreement(gold_path: Path, second_path: Path, *, pipelines: dict | None = None,
                       structure: bool = True) -> dict:
    """How far two labellers agree, and where the extractor stands between them, on the units a
    second labeller labelled without seeing the first one's labels (`second_path`: id, half,
    statement, strength, actor, beneficiaries). Per half and pooled: the second labeller scored
    against the first (detection P/R/F1, Cohen's kappa, strength and actor agreement on the
    statements both call statements), and the trained extractor (with `structure`, as the figure
    of record) scored against the first, against the second, and on the units both call alike.
    The first labeller's F1 against the second is the ceiling a detection figure can be read
    against."""
    first = {g["id"]: g for g in read_gold(gold_path)}
    second = read_gold_labels(second_path)
    unknown = [r["id"] for r in second if r["id"] not in first]
    if unknown:
        raise InputError(f"second labels for units not in {gold_path.name}: {unknown[:5]}",
                         path=second_path, fix="label units of the first gold set only")
    pipelines = {} if pipelines is None else pipelines
    pipe = pipelines.get("trained") or load_pipeline("trained")
    pipelines["trained"] = pipe
    rows = [(first[r["id"]], r, _first_statement(first[r["id"]], pipe, structure=structure))
            for r in second]
    halves = sorted({g.get("half", "all") for g, _, _ in rows},
                    key=lambda h: (_heldout_rank(h) or 0, h))
    out = {}
    for half in [*halves, "pooled"]:
        sel = [t for t in rows if half == "pooled" or t[0].get("half", "all") == half]
        g1, g2, xs = [t[0] for t in sel], [t[1] for t in sel], [t[2] for t in sel]
        agreed = [k for k in range(len(sel))
                  if bool(g1[k]["statement"]) == bool(g2[k]["statement"])]
        kappa = cohen_kappa([(bool(a["statement"]), bool(b["statement"])) for a, b in zip(g1, g2)])
        out[half] = {"n": len(sel), "first_statements": sum(bool(g["statement"]) for g in g1),
                     "second_statements": sum(bool(g["statement"]) for g in g2),
                     "second_vs_first": _scores(g1, [_as_parts(r) for r in g2]),
                     "kappa": None if kappa is None else round(kappa, 3),
                     "extractor_vs_first": _scores(g1, xs),
                     "extractor_vs_second": _scores(g2, xs),
                     "agreed_units": len(agreed),
                     "extractor_on_agreed": _scores([g1[k] for k in agreed],
                                                    [xs[k] for k in agreed])}
    return out
