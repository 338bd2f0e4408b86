"""Grouping evidence into candidate indicators: by topic first (statements about the same
provision), by overlapping quotes next, each group ordered so annotations lead."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing.topics import Topic, topic_scores


def slug(text: str, max_words: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:max_words]) or "indicator"


MAX_SUGGESTED_PER_INDICATOR = 4


MIN_TOPIC_SCORE = 1.0


STRONG_TOPIC_SCORE = 4.0     # a suggestion outside the indicator's clusters needs this much


@dataclass
class Group:
    area: str
    key: str                       # indicator id
    topic: Topic | None = None
    items: list[Evidence] = field(default_factory=list)


def _focus(e: Evidence) -> str:
    return f"{e.object} {e.aim}"


def _best_topic(topics: Sequence[Topic], e: Evidence) -> tuple[float, Topic | None]:
    scored = topic_scores(topics, text=e.text or e.quote, focus=_focus(e), area=e.area)
    if not scored or scored[0][0] < MIN_TOPIC_SCORE:
        return 0.0, None
    return scored[0]


def group_evidence(evidence: Sequence[Evidence], topics: Sequence[Topic],
                   mention: re.Pattern | None = None) -> list[Group]:
    """Candidate indicators. Annotations naming an indicator are grouped under it (the
    researcher's id); each such group is given the topic its id and its statements speak of (one
    topic per group within an area). Annotations naming no indicator join the group that holds
    the same text or, failing that, the group of their best topic in their area (a new one if
    there is none), else their cluster. Confident suggestions join the group of their topic or
    cluster in their area (and, given `mention`, use one of its words); they never found an
    indicator on their own."""
    topic_by_id = {t.id: t for t in topics}
    groups: dict[tuple[str, str], Group] = {}
    hint_votes: dict[str, Counter] = defaultdict(Counter)
    for e in evidence:
        if e.kind == "annotation" and e.indicator:
            hint_votes[e.indicator][e.area] += 1
    hinted = {h: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
              for h, v in hint_votes.items()}

    def group_for(area: str, key: str, topic: Topic | None) -> Group:
        g = groups.get((area, key))
        if g is None:
            g = groups[(area, key)] = Group(area=area, key=key, topic=topic)
        return g

    ordered = sorted(evidence, key=evidence_order)
    # 1. annotations that name their indicator
    for e in ordered:
        if e.kind == "annotation" and e.indicator:
            area = hinted[e.indicator]
            group_for(area, hint_id(e.indicator, area), None).items.append(replace(e, area=area))
    _assign_topics([g for g in groups.values()], topics, topic_by_id)
    by_key: dict[tuple[str, str], Group] = {}
    by_topic: dict[tuple[str, str], Group] = {}
    for g in sorted(groups.values(), key=lambda g: g.key):
        for e in g.items:
            by_key.setdefault((g.area, e.key), g)
        if g.topic is not None:
            by_topic.setdefault((g.area, g.topic.id), g)
    # 2. annotations without an indicator
    for e in ordered:
        if e.kind != "annotation" or e.indicator:
            continue
        # the same words already stand under an indicator a researcher named (another coder
        # may have put them in another area: that disagreement is for `annotations agreement`,
        # it does not found a second indicator)
        g = by_key.get((e.area, e.key)) or _overlapping(groups.values(), e)
        if g is None:
            _, t = _best_topic(topics, e)
            if t is not None:
                g = by_topic.get((e.area, t.id))
                if g is None:
                    g = by_topic[(e.area, t.id)] = group_for(e.area, f"{e.area}-{t.id}", t)
            elif e.cluster_id:
                g = group_for(e.area, f"{e.area}-cluster-{slug(e.cluster_id, 4)}", None)
            else:
                g = group_for(e.area, f"{e.area}-other", None)
        g.items.append(e)

    # 3. confident suggestions join existing groups of their topic (or sharing a cluster)
    by_cluster: dict[tuple[str, str], list[Group]] = defaultdict(list)
    for g in groups.values():
        for e in g.items:
            if e.cluster_id:
                by_cluster[(g.area, e.cluster_id)].append(g)
    annotated = {e.key for e in evidence if e.kind == "annotation"}
    candidates: dict[str, list[tuple[float, Evidence]]] = defaultdict(list)
    for e in evidence:
        if e.kind != "suggestion" or e.key in annotated or not _mentions(e, mention):
            continue
        s, t = _best_topic(topics, e)
        if t is None:
            continue
        target = by_topic.get((e.area, t.id))
        if target is None:
            continue
        # a suggestion joins when it sits in the same cluster as a coded statement of the
        # indicator, or when its wording matches the indicator's topic strongly
        same_cluster = bool(e.cluster_id) and target in by_cluster.get((e.area, e.cluster_id), [])
        if same_cluster or s >= STRONG_TOPIC_SCORE:
            candidates[target.key].append((s + (e.score or 0) + (2.0 if same_cluster else 0), e))
    for g in groups.values():
        have_docs = {e.doc_id for e in g.items}
        picked: list[Evidence] = []
        ranked = sorted(candidates.get(g.key, []),
                        key=lambda x: (x[1].doc_id in have_docs, -x[0], x[1].doc_id,
                                       x[1].start or 0))
        for _, e in ranked:
            if len(picked) >= MAX_SUGGESTED_PER_INDICATOR:
                break
            if e.key in {p.key for p in picked}:
                continue
            picked.append(e)
            have_docs.add(e.doc_id)
        g.items.extend(picked)
    return sorted(groups.values(), key=lambda g: (g.area, g.key))


def _mentions(e: Evidence, mention: re.Pattern | None) -> bool:
    """Suggestions come from the whole corpus: with the overlay's `suggestion_words`, keep those
    whose statement uses one of them."""
    return mention is None or bool(mention.search(e.text or e.quote))


def _overlapping(groups, e: Evidence) -> Group | None:
    """The group already holding a text that overlaps `e` (same document; same area first)."""
    if e.start is None:
        return None
    for g in sorted(groups, key=lambda g: (g.area != e.area, g.key)):
        for x in g.items:
            if x.doc_id == e.doc_id and x.start is not None and x.start < e.end and e.start < x.end:
                return g
    return None


def _assign_topics(groups: list[Group], topics: Sequence[Topic], topic_by_id: dict) -> None:
    """Give each group (named by a researcher) the topic its name and its statements speak of:
    the words of the name count three times as much as those of one statement. Within an area
    each topic goes to one group at most (best scores first)."""
    pairs = []
    for g in groups:
        votes: Counter = Counter()
        name = g.key.replace("-", " ").replace("_", " ")
        if name.split()[0] in ("acc", "out", "div", "ic"):
            name = " ".join(name.split()[1:])
        direct = topic_by_id.get(g.key) or topic_by_id.get(g.key.removeprefix(g.area + "-"))
        if direct is not None:
            votes[direct.id] += 100.0
        for sc, t in topic_scores(topics, text=name, focus=name, area=g.area):
            votes[t.id] += 3.0 * sc
        for e in g.items:
            for sc, t in topic_scores(topics, text=e.text or e.quote, focus=_focus(e),
                                      area=g.area)[:3]:
                votes[t.id] += sc / max(1, len(g.items)) * 2
        for tid, v in votes.items():
            pairs.append((v, g.key, tid, g))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    taken: set[tuple[str, str]] = set()
    done: set[str] = set()
    for v, key, tid, g in pairs:
        if key in done or (g.area, tid) in taken:
            continue
        g.topic = topic_by_id[tid]
        taken.add((g.area, tid))
        done.add(key)


def hint_id(hint: str, area: str) -> str:
    hint = hint.strip()
    return hint if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", hint) else slug(hint, 8)


def evidence_order(e: Evidence) -> tuple:
    return (e.area, e.doc_id, e.start if e.start is not None else -1, e.quote, e.annotation_id)
