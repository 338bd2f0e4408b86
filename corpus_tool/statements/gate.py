"""A learned gate over the rules' verdict: is this unit a statement?

The rules (`statements.parts.analyse_unit`) decide from cues, filters and the parse; each round
of issue 14 tuned them on the gold halves it had seen, and they transferred to fresh text only in
part. The gate reads the same unit as numbers — the rules' own verdict and strength, why a unit
was filtered, the cues found before and after the modality checks, the parse around the main cue
(its governor's dependency and tag, the subject's kind, passive, negation, subordination), hedges,
list context and the text's shape — and a small logistic regression trained on the labelled
units of the seen gold halves (`scripts/train_statement_gate.py`, which also chose it by
cross-validation grouped by document) gives the probability that the unit is a statement.

`decide` then keeps the rules' statement, drops it (a veto) or takes a unit the rules dropped
after the parse — a cue the modality checks read as epistemic, a recital opener — when the
unit analysed without those checks is a statement (a rescue). Units the text filters drop before
the parse (definitions, final clauses…) are never parsed, so the gate never sees them. The
model is a small JSON file shipped in the package (`gate.json`: feature names, weights, the
training data's description and the CV figures); nothing is trained or downloaded at run time.
It applies only with a parse (the trained spaCy pipeline): the rules-only fallback is unchanged.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus_tool.statements import cues as C, modality as M, mood as MO, quotes as Q, rules as R
from corpus_tool.statements.rules import Parts

MODEL_PATH = Path(__file__).with_name("gate.json")

_STRENGTHS = ("obligation", "prohibition", "recommendation", "permission", "recognition")
_REASONS = ("preamble", "definition", "construction", "narrative", "procedural", "quotation")
_CUE_WORDS = ("shall", "must", "should", "may", "will", "can", "undertake", "recommend", "right",
              "entitled")
_GOV_DEPS = ("ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "amod")
_GOV_TAGS = ("VB", "VBN", "VBG", "VBZ", "VBP", "VBD")
_MARKER = re.compile(r"^\W*(?:\(?[a-z]{1,2}\)|\([ivx]+\)|[a-z]\.\s|[-•–—]\s)")
_IMPERSONAL = re.compile(r"^\W*(?:It|it)\s+(?:is|must|should|shall|will|may)\b")


def _cue_word(deontic: str) -> str:
    d = deontic.lower()
    for w in _CUE_WORDS:
        if w in d:
            return w
    return "other"


def _subject_kind(verb) -> str:
    subj = M.grammatical_subject(verb) if verb is not None else None
    if subj is None:
        return "none"
    if subj.lower_ in C.PRONOUNS or subj.lower_ in ("which", "who", "that", "this"):
        return "pronoun"
    if subj.dep_ == "nsubjpass":
        return "passive"
    return "agent" if M.is_agent(subj) else "thing"


def feature_names() -> list[str]:
    return ([f"rules_{s}" for s in _STRENGTHS] + ["rules_item_kept"]
            + [f"filtered_{r}" for r in _REASONS]
            + [f"raw_{s}" for s in _STRENGTHS] + [f"cue_{w}" for w in (*_CUE_WORDS, "other")]
            + ["n_raw_cues", "n_context_cues", "cues_dropped_in_context"]
            + ["chapeau", "chapeau_statement", "item", "item_marker", "infinitive_start",
               "subjunctive"]
            + [f"gov_dep_{d}" for d in (*_GOV_DEPS, "other")]
            + [f"gov_tag_{t}" for t in (*_GOV_TAGS, "other")]
            + [f"subject_{k}" for k in ("none", "pronoun", "passive", "agent", "thing")]
            + ["negated", "subordinate", "in_quotes", "hedged", "impersonal", "has_parse"]
            + ["log_words", "ends_colon", "ends_semicolon", "starts_lower", "mentions_article",
               "mentions_court", "mentions_committee", "first_verb"])


def unit_features(norm: str, doc, parts: Parts, chapeau: Parts | None, item: bool) -> list[float]:
    """The unit as the gate reads it (in the order of `feature_names`)."""
    f: dict[str, float] = {}
    stated = parts.statement and parts.strength != "none"
    for s in _STRENGTHS:
        f[f"rules_{s}"] = float(stated and parts.strength == s)
    f["rules_item_kept"] = float(parts.statement and parts.strength == "none")
    for r in _REASONS:
        f[f"filtered_{r}"] = float(parts.reason == r)
    raw = C.find_cues(norm)
    ctx = M.contextual_cues(raw, doc, norm) if raw else []
    for s in _STRENGTHS:
        f[f"raw_{s}"] = float(any(c.strength == s for c in raw))
    word = _cue_word(raw[0].deontic) if raw else ""
    for w in (*_CUE_WORDS, "other"):
        f[f"cue_{w}"] = float(word == w)
    f["n_raw_cues"] = min(len(raw), 3) / 3
    f["n_context_cues"] = min(len(ctx), 3) / 3
    f["cues_dropped_in_context"] = float(len(ctx) < len(raw))
    f["chapeau"] = float(chapeau is not None)
    f["chapeau_statement"] = float(chapeau is not None and chapeau.statement
                                   and chapeau.strength != "none")
    f["item"] = float(item)
    f["item_marker"] = float(bool(_MARKER.match(norm)))
    f["infinitive_start"] = float(R.infinitive_start(norm))
    f["subjunctive"] = float(doc is not None and MO.subjunctive_subject(doc) is not None)
    verb = None
    tok = None
    if doc is not None:
        main = (ctx or raw or [None])[0]
        tok = M.token_at(doc, main.anchor) if main is not None else None
        if tok is None:
            tok = next((t for t in doc if t.dep_ == "ROOT"), None)
        if tok is not None:
            verb = tok.head if (tok.dep_ in ("aux", "auxpass") or tok.tag_ == "MD") else tok
    dep = verb.dep_ if verb is not None else ""
    for d in (*_GOV_DEPS, "other"):
        f[f"gov_dep_{d}"] = float(verb is not None and (dep == d or (
            d == "other" and dep not in _GOV_DEPS)))
    tag = verb.tag_ if verb is not None else ""
    for t in (*_GOV_TAGS, "other"):
        f[f"gov_tag_{t}"] = float(verb is not None and (tag == t or (
            t == "other" and tag not in _GOV_TAGS)))
    kind = _subject_kind(verb) if verb is not None else ""
    for k in ("none", "pronoun", "passive", "agent", "thing"):
        f[f"subject_{k}"] = float(kind == k)
    f["negated"] = float(verb is not None and any(c.dep_ == "neg" for c in verb.children))
    f["subordinate"] = float(verb is not None and M.subordinate(verb))
    f["in_quotes"] = float(bool(raw) and Q.in_quotes(norm, raw[0].start))
    f["hedged"] = float(bool(M.HEDGES.search(norm)))
    f["impersonal"] = float(bool(_IMPERSONAL.match(norm)))
    f["has_parse"] = float(doc is not None)
    words = norm.split()
    f["log_words"] = math.log1p(len(words)) / 5
    f["ends_colon"] = float(norm.rstrip().endswith(":"))
    f["ends_semicolon"] = float(norm.rstrip().endswith(";"))
    f["starts_lower"] = float(norm.lstrip(" (").lstrip()[:1].islower())
    f["mentions_article"] = float(bool(re.search(r"\b[Aa]rticles?\s+\d", norm)))
    f["mentions_court"] = float(bool(re.search(r"\bCourt\b", norm)))
    f["mentions_committee"] = float(bool(re.search(r"\bCommittee\b", norm)))
    f["first_verb"] = float(R.imperative(norm))
    return [f[n] for n in feature_names()]


@dataclass(frozen=True)
class Gate:
    """A logistic regression over `feature_names()` (weights by name, so a file written for
    other features fails loudly) with the probability the gate decides at."""
    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float = 0.5
    rescue: bool = True         # may it take a unit the rules dropped, or only veto?

    def probability(self, x: list[float]) -> float:
        z = self.intercept + sum(w * v for w, v in zip(self.coef, x))
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def load_gate(path: Path = MODEL_PATH) -> Gate | None:
    """The shipped gate, or None when the file holds no model (training kept the rules)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    model = data.get("model")
    if not model:
        return None
    names = tuple(model["features"])
    if list(names) != feature_names():
        raise ValueError(f"{path}: the gate was trained on other features; rerun "
                         "scripts/train_statement_gate.py")
    return Gate(names, tuple(model["coef"]), float(model["intercept"]),
                float(model.get("threshold", 0.5)), bool(model.get("rescue", True)))


def decide(gate: Gate, parts: Parts, x: list[float], rescue: Callable[[], Parts]) -> Parts:
    """The gate's verdict on the rules' `parts`: keep them, veto a statement (`reason`
    "gate"), or rescue a unit the rules dropped when it has a cue (`rescue()` gives its parts
    analysed without the filters)."""
    stated = parts.statement and parts.strength != "none"
    p = gate.probability(x)
    if stated and p < gate.threshold:
        return Parts(False, reason="gate")
    if not stated and gate.rescue and p >= gate.threshold:
        cand = rescue()
        if cand.statement and cand.strength != "none":
            return cand
    return parts
