"""Grouping an area's evidence into candidate indicators by meaning.

Input: evidence records (annotations and confident suggestions; anything with the attributes
of `indicators.Evidence`) and an `embed(texts) -> unit vectors` function. Per area:

1. Annotations that name an indicator (the coder's id) found one group per id: the coder's
   decision is kept, never merged away (near-duplicates are reported by `indicators validate`).
   So does each indicator the codebook describes (`defined`), if anything joins it.
2. Annotations without an id join the group holding the same words, else the group nearest in
   meaning (cosine ≥ `attach_min` to its statements' centroid, or ≥ `define_min` to the
   codebook's description of it), else they are grouped among themselves by average-linkage
   clustering at `loose_min` on what they mean and the words they use (`words.loose_vectors`),
   passages of one article kept apart by `structure.SIBLING_PENALTY`.
3. Confident, relevant suggestions of the area (`relevant_only`) join the nearest group when
   they come as near to it as the coders' own passages do (`joining.join_bars`: the lower
   quartile of the group's annotations' leave-one-out cosines to the rest of it, or for a small
   group the median of all groups' such cosines; never below `attach_min`), at most
   `max_suggested` per group: those the framework already holds for the indicator first
   (`incumbents`: a document added to the corpus took their places, trials 34 and 36), then
   unseen documents, an exception only to a group of
   exceptions (`exceptions`), only to a group with which they share an uncommon term
   (`suggested.shares_term`); they found no group in this step. Where the codebook describes
   the indicators, the nearest group is the one nearest the statement by its statements and
   its description together (`joining.join_rank`), and a statement nearest the description of
   an indicator nobody coded joins no other group.
4. What the corpus provides and nobody has coded yet: the confident, relevant suggestions of
   an area that joined no group are grouped among themselves (average linkage at `group_min`
   on their statements); a group that different statements of three documents
   (`COVER_MIN_DOCUMENTS`) say becomes a candidate indicator of its own, with its
   `max_suggested` most central statements as sources (`uncovered_groups`; `cover=False`
   leaves it out).

Annotations are compared (steps 1-2) by the words the coder marked (`coded_text`), with the
coder's id and memo when used (`hint_text`); suggestions (step 3) with the groups' statements:
wording, object, aim and condition, the coder's id and memo (`meaning_text`). Step 2's words,
TF-IDF and structure settings were fitted on the development halves of
`benchmarks/drafting_split.py`. The result does not depend on the order of the input.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from corpus_tool.indicators.phrasing.exceptions import may_join
from corpus_tool.indicators.phrasing.joining import (DEFINE_WEIGHT, JOIN_QUANTILE, join_bars,
                                                     join_rank, unit)
from corpus_tool.indicators.phrasing.suggested import common_stems, shares_term
from corpus_tool.indicators.phrasing.structure import SIBLING_PENALTY, sibling_labels
from corpus_tool.indicators.phrasing.words import WORDS_WEIGHT, loose_vectors, words_of
from corpus_tool.semantic.group import group

ATTACH_MIN = 0.5
GROUP_MIN = 0.55       # suggestions nobody coded grouped together (by meaning alone)
LOOSE_MIN = 0.235      # loose annotations grouped by meaning and words (fitted on the dev halves)
DEFINE_MIN = 0.3       # a statement and an indicator's description say the same thing
MAX_SUGGESTED = 4
COVER_MIN_DOCUMENTS = 3   # a provision nobody coded yet: said by this many instruments

Embed = Callable[[list[str]], np.ndarray]


@dataclass
class MeaningGroup:
    """One candidate indicator: its area, the coder's id (empty when nobody named it) and its
    evidence, annotations first."""
    area: str
    hint: str = ""
    items: list = field(default_factory=list)


def id_words(hint: str, area: str) -> str:
    """'lab-acc-employer-tie' → 'employer tie': the words of an id that say something (leading
    short prefixes and the area's own words or their abbreviations dropped: 'per-elig-…' in
    area 'eligibility')."""
    words = [w for w in re.split(r"[^a-z0-9]+", hint.lower()) if w]
    prefix = {area, *area.split("-")}
    while words and len(words) > 1 and (len(words[0]) <= 3 or any(
            p.startswith(words[0]) for p in prefix)):
        words.pop(0)
    return " ".join(words)


def hint_text(e) -> str:
    """What a coder said an annotation is about: the words of its indicator id and its memo."""
    parts = [id_words(e.indicator, e.area) if e.indicator else "", e.memo]
    return ". ".join(" ".join(p.split()) for p in parts if p and p.strip())


def meaning_text(e, *, with_hint: bool = True) -> str:
    """What an item is about besides its wording: its statement's aim, object and condition, and
    the coder's indicator id and memo (`with_hint`)."""
    parts = [" ".join(x for x in (e.aim, e.object, e.condition) if x)]
    if with_hint:
        parts.append(hint_text(e))
    return ". ".join(" ".join(p.split()) for p in parts if p and p.strip())


def coded_text(e) -> str:
    """The words an annotation is grouped with other annotations by: what the coder marked (its
    quote); a suggestion's, its statement."""
    words = (e.quote or e.text) if e.kind == "annotation" else (e.text or e.quote)
    return " ".join(words.split())


def _joined(base: list[str], extra: list[str], embed: Embed) -> list[np.ndarray]:
    """Unit vectors of `base`, each joined with that of its `extra` text where there is one."""
    if not base:
        return []
    out = list(unit(np.asarray(embed(base), dtype=np.float64)))
    todo = [(k, t) for k, t in enumerate(extra) if t]
    if todo:
        ev = unit(np.asarray(embed([t for _, t in todo]), dtype=np.float64))
        for (k, _), v in zip(todo, ev):
            out[k] = unit(out[k] + v)
    return out


def _statement_vectors(items: Sequence, embed: Embed, *, with_hint: bool) -> list[np.ndarray]:
    """One unit vector per item as a statement, what suggestions (statements) are matched
    against: its statement's wording, plus (for annotations) what `meaning_text` says of it.
    Statement texts are the ones the clustering stage embedded, so they come from the cache."""
    return _joined([e.text or e.quote for e in items],
                   [meaning_text(e, with_hint=with_hint) if e.kind == "annotation" else ""
                    for e in items], embed)


def _coded_vectors(items: Sequence, embed: Embed, *, with_hint: bool) -> list[np.ndarray]:
    """One unit vector per annotation as coded, what annotations are grouped by: its
    `coded_text`, joined (`with_hint`) with the coder's `hint_text`."""
    return _joined([coded_text(e) for e in items],
                   [hint_text(e) if with_hint else "" for e in items], embed)


def _order(e) -> tuple:
    return (e.area, e.doc_id, e.start if e.start is not None else -1, e.quote, e.annotation_id)


def _agglomerate(vecs: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage labels at a cosine threshold (clusters merge while the mean cosine of
    their items reaches it), numbered by first appearance; deterministic. The clustering
    stage's own agglomerative grouping (`semantic.group`), so thousands of statements take
    seconds; an item with no direction (an empty text) stays alone."""
    n = len(vecs)
    if n <= 1:
        return [0] * n
    raw = group(np.asarray(vecs, dtype=np.float64), method="agglomerative",
                threshold=1.0 - threshold, min_cluster_size=1)
    labels, alone = [], int(raw.max()) + 1
    for r in raw:
        labels.append(int(r) if r >= 0 else alone)
        alone += r < 0
    first: dict[int, int] = {}
    for lab in labels:
        first.setdefault(lab, len(first))
    return [first[lab] for lab in labels]


def _overlaps(x, e) -> bool:
    return (x.doc_id == e.doc_id and x.start is not None and e.start is not None
            and x.start < e.end and e.start < x.end)


def group_by_meaning(evidence: Sequence, embed: Embed, *, attach_min: float = ATTACH_MIN,
                     max_suggested: int = MAX_SUGGESTED, use_hints: bool = True,
                     defined: Sequence[tuple[str, str, str]] = (),
                     define_min: float = DEFINE_MIN,
                     group_min: float = GROUP_MIN, cover: bool = True,
                     join_quantile: float | None = JOIN_QUANTILE, loose_min: float = LOOSE_MIN,
                     words_weight: float | None = WORDS_WEIGHT,
                     sibling_penalty: float = SIBLING_PENALTY,
                     shared_terms: bool = True,
                     define_weight: float | None = DEFINE_WEIGHT,
                     incumbents: Mapping[str, frozenset[str]] | None = None
                     ) -> list[MeaningGroup]:
    """Candidate indicators of every area (see the module doc). `use_hints=False` ignores the
    coders' indicator ids and memos (grouping by the statements' meaning alone). `defined`:
    the indicators the codebook describes, as (area, id, name and definition); each founds a
    group that annotations naming no indicator join when they are nearer to it than to any
    other group of their area (cosine ≥ `define_min` to the description, or `attach_min` to
    the group's statements); one nothing joins is left out. `join_quantile=None`: suggestions
    join the nearest group at `attach_min` alone (the rule before `join_bars`);
    `define_weight=None`: by their statements alone, the descriptions aside (the rule before
    `join_rank`).
    `words_weight=None`: loose annotations grouped by meaning alone at `group_min`; else by
    meaning and words, passages of one article `sibling_penalty` apart (`structure`).
    `incumbents`: the statement ids each indicator (by id) holds as suggestions in the
    framework, which keep their places before other suggestions that join it."""
    ordered = sorted(evidence, key=_order)
    annotations = [e for e in ordered if e.kind == "annotation"]
    if not use_hints:
        annotations = [replace(e, indicator="", memo="") for e in annotations]
    suggestions = [e for e in ordered if e.kind != "annotation"]
    # annotations are grouped by what coders marked; suggestions (whole statements) are
    # matched against the groups' statements
    vec_of = {id(e): v for e, v in zip(annotations, _coded_vectors(annotations, embed,
                                                                   with_hint=use_hints))}
    stmt_of = {id(e): v for e, v in zip(annotations + suggestions, _statement_vectors(
        annotations + suggestions, embed, with_hint=use_hints))}
    described: dict[tuple[str, str], np.ndarray] = {}
    if defined:
        dv = unit(np.asarray(embed([t for _, _, t in defined]), dtype=np.float64))
        described = {(a, i): v for (a, i, _), v in zip(defined, dv)}

    # the area of an id: where most of its annotations are
    votes: dict[str, Counter] = defaultdict(Counter)
    for e in annotations:
        if e.indicator:
            votes[e.indicator][e.area] += 1
    home = {h: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for h, v in votes.items()}
    groups: dict[tuple[str, str], MeaningGroup] = {}
    moved: list[tuple] = []     # (coding, its copy placed in its indicator's home area)
    for e in annotations:
        if e.indicator:
            area = home[e.indicator]
            g = groups.setdefault((area, e.indicator), MeaningGroup(area=area, hint=e.indicator))
            placed = e if e.area == area else replace(e, area=area)
            if placed is not e:         # a new object: its vectors are the coding's
                moved.append((e, placed))
                vec_of[id(placed)], stmt_of[id(placed)] = vec_of[id(e)], stmt_of[id(e)]
            g.items.append(placed)
    for area, iid in sorted(described):
        if not any(g.hint == iid for g in groups.values()):
            groups[(area, iid)] = MeaningGroup(area=area, hint=iid)
    named = sorted(groups.values(), key=lambda g: (g.area, g.hint))

    def centroid(g: MeaningGroup, of: dict | None = None) -> np.ndarray:
        if not g.items:
            return described[(g.area, g.hint)]
        return unit(np.mean([(of or vec_of)[id(x)] for x in g.items], axis=0))

    def nearness(g: MeaningGroup, v: np.ndarray) -> float:
        """How near an item is to a group, on the scale of `attach_min`: to its statements, or
        to its description (rescaled from `define_min`), whichever is nearer."""
        s = float(centroid(g) @ v) if g.items else -1.0
        d = described.get((g.area, g.hint))
        if d is not None:
            s = max(s, float(d @ v) - define_min + attach_min)
        return s

    loose: dict[str, list] = defaultdict(list)
    for e in annotations:
        if e.indicator:
            continue
        same = [g for g in named if any(x.key == e.key or _overlaps(x, e) for x in g.items)]
        same.sort(key=lambda g: (g.area != e.area, g.hint))
        if same:
            same[0].items.append(e)
            continue
        cands = [(nearness(g, vec_of[id(e)]), g.hint, g) for g in named
                 if g.area == e.area]
        cands.sort(key=lambda c: (-c[0], c[1]))
        if cands and cands[0][0] >= attach_min:
            cands[0][2].items.append(e)
        else:
            loose[e.area].append(e)
    unnamed: list[MeaningGroup] = []
    word_model = words_of([coded_text(e) for e in annotations]) if loose else None
    for area in sorted(loose):
        items = loose[area]
        vecs = [vec_of[id(e)] for e in items]
        labels = _agglomerate(np.stack(vecs), group_min) if words_weight is None else \
            sibling_labels(loose_vectors(vecs, [coded_text(e) for e in items], word_model,
                                         words_weight=words_weight), [e.doc_id for e in items],
                           [e.locator for e in items], threshold=loose_min,
                           penalty=sibling_penalty)
        for k in sorted(set(labels)):
            unnamed.append(MeaningGroup(area=area, items=[e for e, lab in zip(items, labels)
                                                          if lab == k]))
    everything = [g for g in named if g.items] + unnamed
    attached: set[int] = set()
    if suggestions and everything:
        cents = [centroid(g, stmt_of) for g in everything]
        bars = [attach_min] * len(everything)
        if join_quantile is not None:     # an annotation read as a suggestion: its statement
            probe_of = {id(e): v for e, v in zip(annotations, _joined(
                [e.text or e.quote for e in annotations], [], embed))}
            probe_of |= {id(placed): probe_of[id(e)] for e, placed in moved}
            bars = join_bars(everything, stmt_of, probe_of, quantile=join_quantile,
                             floor=attach_min)
        picked: dict[int, list[tuple[float, object]]] = defaultdict(list)
        taken = {x.key for g in everything for x in g.items}
        common = common_stems(x.text or x.quote for x in ordered) if shared_terms else None
        # the indicators the codebook describes and nobody coded: a suggestion nearest one of
        # them is about that indicator, and joins no other
        blank = [g for g in named if not g.items] if define_weight is not None else []
        said = {(a, i): t for a, i, t in defined} if define_weight is not None else {}

        def meant(g: MeaningGroup, v: np.ndarray) -> float | None:
            d = described.get((g.area, g.hint))
            return None if d is None else float(d @ v) - define_min + attach_min
        for e in (x for x in suggestions if x.key not in taken):
            v = stmt_of[id(e)]
            best = min([(-join_rank(float(c @ v), meant(g, v), define_weight), k)
                        for k, (g, c) in enumerate(zip(everything, cents))
                        if g.area == e.area and may_join(g.items, e)
                        and (common is None or shares_term(g.items, e, common,
                                                           said.get((g.area, g.hint), "")))]
                       + [(-join_rank(None, meant(g, v), define_weight), -1)
                          for g in blank if g.area == e.area], default=None)
            if best is None or best[1] < 0:
                continue
            near = float(cents[best[1]] @ v)
            if near >= bars[best[1]]:
                picked[best[1]].append((near, e))
        for k, cands in picked.items():
            g = everything[k]
            have_docs = {x.doc_id for x in g.items}
            held = (incumbents or {}).get(g.hint, frozenset())
            added: list = []
            for s, e in sorted(cands, key=lambda c: (c[1].statement_id not in held,
                                                     c[1].doc_id in have_docs, -round(c[0], 6),
                                                     _order(c[1]))):
                if len(added) >= max_suggested:
                    break
                if any(x.key == e.key or _overlaps(x, e) for x in g.items + added):
                    continue
                added.append(e)
                have_docs.add(e.doc_id)
            g.items.extend(sorted(added, key=_order))
            attached.update(id(x) for _, x in cands)
    if cover:
        grouped: dict[str, list] = defaultdict(list)      # what the groups hold, by document
        for x in (x for g in everything for x in g.items):
            grouped[x.doc_id].append(x)
        left = [e for e in suggestions if id(e) not in attached
                and not any(x.key == e.key or _overlaps(x, e) for x in grouped[e.doc_id])]
        everything += uncovered_groups(left, [stmt_of[id(e)] for e in left], group_min=group_min,
                                       max_sources=max_suggested)
    return sorted(everything, key=lambda g: (g.area, g.hint == "", g.hint,
                                             _order(g.items[0]) if g.items else ()))


def uncovered_groups(suggestions: Sequence, vecs: Sequence[np.ndarray], *, group_min: float,
                     max_sources: int = MAX_SUGGESTED, min_documents: int = COVER_MIN_DOCUMENTS
                     ) -> list[MeaningGroup]:
    """Candidate indicators of what the corpus provides and nobody has coded yet: per area, the
    confident suggestions that joined no group, grouped among themselves (average linkage at
    `group_min` on their statement vectors); a group stands when different statements of at
    least `min_documents` documents say it (the same article repeated in a revised treaty counts
    once). Each keeps its `max_sources` statements nearest its centre, one per document first."""
    by_area: dict[str, list[int]] = defaultdict(list)
    for k, e in enumerate(suggestions):
        by_area[e.area].append(k)
    out: list[MeaningGroup] = []
    for area in sorted(by_area):
        ix = by_area[area]
        labels = _agglomerate(np.stack([vecs[k] for k in ix]), group_min)
        for lab in sorted(set(labels)):
            members = [k for k, lb in zip(ix, labels) if lb == lab]
            texts: dict[str, set[str]] = defaultdict(set)
            for k in members:
                e = suggestions[k]
                texts[" ".join((e.text or e.quote).lower().split())].add(e.doc_id)
            docs = {min(d) for d in texts.values()}
            if len(texts) < 2 or len(docs) < min_documents:
                continue
            centre = unit(np.mean([vecs[k] for k in members], axis=0))
            ranked = sorted(members, key=lambda k: (-round(float(vecs[k] @ centre), 6),
                                                    _order(suggestions[k])))
            kept: list = []
            seen_docs: set[str] = set()
            for first_pass in (True, False):
                for k in ranked:
                    e = suggestions[k]
                    if len(kept) >= max_sources or (first_pass and e.doc_id in seen_docs):
                        continue
                    if any(_overlaps(x, e) or x.key == e.key for x in kept):
                        continue
                    kept.append(e)
                    seen_docs.add(e.doc_id)
            out.append(MeaningGroup(area=area, items=sorted(kept, key=_order)))
    return out
