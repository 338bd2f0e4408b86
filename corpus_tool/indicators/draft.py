"""Indicator drafting: statements linked to areas → candidate indicators with their sources.

Per area, the evidence is gathered (human annotations first, confident area suggestions next),
grouped into candidate indicators (by the indicator an annotation names, else by topic, else by
cluster), and each group is phrased from its statements (title, question, a three-level scale
phrased from strength and scope, a rationale) with every source's full provenance and support
figures. Deterministic: the same inputs give the same file, byte for byte; ids come from content
(`<area>-<topic>`, the annotation's indicator id, or for a group no topic fits the words of its
title), never from order.

`draft_indicators` writes `indicators/drafts/framework.draft.yaml`; merging drafts into the
researcher's `indicators/framework.yaml` lives in `indicator_merge.py`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus_tool.framework.model import (Anchor, Area as FwArea, Framework, Generated, Indicator, Level, LinkedBy, Scale, Source, Suggestion as FwSuggestion, Support, save_framework)
from corpus_tool.formats import dumps_json, sha256_text
from corpus_tool.indicators.phrasing.text import (BINDING_STRENGTHS, StatementParts, Topic, beneficiary_phrase, codebook_about_migrant_education, concerned_groups, load_topics, mentions_status, phrase_generic, phrase_rationale, phrase_scale, phrase_title_question, topic_scores, who_phrase)
from corpus_tool.models import Area, Document
from corpus_tool.project import Project

DRAFT_FILE = "framework.draft.yaml"
FRAMEWORK_FILE = "framework.yaml"
DRAFTER_VERSION = "draft-v1"
TRACKED_FIELDS = ("title", "question", "scale", "rationale", "support")

# confident suggestions: best area score and margin over the second area
SUGGESTION_MIN_SCORE = 0.6
SUGGESTION_MIN_MARGIN = 0.15
MAX_SUGGESTED_PER_INDICATOR = 4
MIN_TOPIC_SCORE = 1.0
STRONG_TOPIC_SCORE = 4.0     # a suggestion outside the indicator's clusters needs this much


@dataclass(frozen=True, slots=True)
class Evidence:
    """One stretch of text linked to an area, with what the drafting needs to know about it."""
    area: str
    doc_id: str
    quote: str
    start: int | None = None
    end: int | None = None
    text_sha256: str = ""
    prefix: str = ""
    suffix: str = ""
    passage_id: str = ""
    statement_id: str = ""
    locator: str = ""
    page: int | None = None
    text: str = ""                   # the statement (or passage) text the quote comes from
    strength: str = ""
    aim: str = ""
    object: str = ""
    condition: str = ""
    beneficiaries: tuple[str, ...] = ()
    kind: str = "annotation"         # annotation / suggestion
    indicator: str = ""              # the indicator an annotation names (body.indicator)
    memo: str = ""
    annotation_id: str = ""
    creator: str = ""
    model_id: str = ""
    model_version: str = ""
    score: float | None = None
    accepted_by: str = ""
    cluster_id: str = ""

    @property
    def key(self) -> str:
        return source_key(self.doc_id, self.quote)


def source_key(doc_id: str, quote: str) -> str:
    """Identity of a source across regenerations: document + normalised quote."""
    return f"{doc_id}#{sha256_text(' '.join(quote.split()).lower())[:12]}"


def fingerprint(value) -> str:
    """Short content hash of a field value (plain data), for telling edits from drafts."""
    from corpus_tool.framework.model import _dump
    return sha256_text(dumps_json(_dump(value)))[:16]


def slug(text: str, max_words: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:max_words]) or "indicator"


# --- grouping --------------------------------------------------------------------------------------

@dataclass
class _Group:
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


def group_evidence(evidence: Sequence[Evidence], topics: Sequence[Topic]) -> list[_Group]:
    """Candidate indicators. Annotations naming an indicator are grouped under it (the
    researcher's id); each such group is given the topic its id and its statements speak of (one
    topic per group within an area). Annotations naming no indicator join the group that holds
    the same text or, failing that, the group of their best topic in their area (a new one if
    there is none), else their cluster. Confident suggestions join the group of their topic or
    cluster in their area; they never found an indicator on their own."""
    topic_by_id = {t.id: t for t in topics}
    groups: dict[tuple[str, str], _Group] = {}
    hint_votes: dict[str, Counter] = defaultdict(Counter)
    for e in evidence:
        if e.kind == "annotation" and e.indicator:
            hint_votes[e.indicator][e.area] += 1
    hinted = {h: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
              for h, v in hint_votes.items()}

    def group_for(area: str, key: str, topic: Topic | None) -> _Group:
        g = groups.get((area, key))
        if g is None:
            g = groups[(area, key)] = _Group(area=area, key=key, topic=topic)
        return g

    ordered = sorted(evidence, key=_order)
    # 1. annotations that name their indicator
    for e in ordered:
        if e.kind == "annotation" and e.indicator:
            area = hinted[e.indicator]
            group_for(area, _hint_id(e.indicator, area), None).items.append(replace(e, area=area))
    _assign_topics([g for g in groups.values()], topics, topic_by_id)
    by_key: dict[tuple[str, str], _Group] = {}
    by_topic: dict[tuple[str, str], _Group] = {}
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
    by_cluster: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for g in groups.values():
        for e in g.items:
            if e.cluster_id:
                by_cluster[(g.area, e.cluster_id)].append(g)
    annotated = {e.key for e in evidence if e.kind == "annotation"}
    candidates: dict[str, list[tuple[float, Evidence]]] = defaultdict(list)
    for e in evidence:
        if e.kind != "suggestion" or e.key in annotated or not _about_education(e):
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


_EDUCATION = re.compile(r"\b(educat\w*|school\w*|teach\w*|pupil\w*|student\w*|learn\w*|"
                        r"curricul\w*|instruction|literacy|scholarship\w*|"
                        r"vocational|classes|kindergarten|pre-school|university|"
                        r"universities)\b", re.I)


def _about_education(e: Evidence) -> bool:
    """Suggestions come from the whole corpus: keep those that speak of education at all."""
    return bool(_EDUCATION.search(e.text or e.quote))


def _overlapping(groups, e: Evidence) -> _Group | None:
    """The group already holding a text that overlaps `e` (same document; same area first)."""
    if e.start is None:
        return None
    for g in sorted(groups, key=lambda g: (g.area != e.area, g.key)):
        for x in g.items:
            if x.doc_id == e.doc_id and x.start is not None and x.start < e.end and e.start < x.end:
                return g
    return None


def _assign_topics(groups: list[_Group], topics: Sequence[Topic], topic_by_id: dict) -> None:
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


def _hint_id(hint: str, area: str) -> str:
    hint = hint.strip()
    return hint if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", hint) else slug(hint, 8)


def _order(e: Evidence) -> tuple:
    return (e.area, e.doc_id, e.start if e.start is not None else -1, e.quote, e.annotation_id)


# --- phrasing one indicator -----------------------------------------------------------------------

def build_indicator(g: _Group, docs: dict[str, Document], *,
                    migrant_education: bool = True) -> Indicator:
    """One candidate indicator from its group of evidence. `migrant_education`: the codebook is
    about the education of migrants (the default wording then speaks of migrant pupils)."""
    items = _dedupe(g.items)
    texts = [e.text or e.quote for e in items]
    groups = concerned_groups([", ".join(e.beneficiaries) for e in items], texts)
    compare = g.topic is not None and bool(re.search(r"as nationals|other pupils|same terms",
                                                     g.topic.question))
    if g.topic is not None:
        who = who_phrase(groups, len(items), compare=compare, migrant_education=migrant_education)
    else:   # no template: the people the statements themselves name
        who = beneficiary_phrase([e.beneficiaries for e in items], texts,
                                 migrant_education=migrant_education)
    if g.topic is not None and "{who}" not in g.topic.question + g.topic.title:
        who = "all pupils"          # a provision for every pupil (aims, curriculum…)
    n_status = sum(mentions_status([t]) for t in texts)
    slot = g.topic is not None and ("{status" in g.topic.title or "{status" in g.topic.question)
    status = n_status >= (1 if slot else max(1, len(texts) / 3))
    if g.topic is not None and "status" in g.topic.title:
        status = status and "{status" in g.topic.title
    if g.topic is not None:
        title, question = phrase_title_question(g.topic, who=who, status=status)
        provision = g.topic.provision
    else:
        title, question, provision = phrase_generic(
            statements=[StatementParts(text=e.text or e.quote, aim=e.aim, object=e.object,
                                       strength=e.strength) for e in items],
            who=who, status=status)
    binding = any(docs.get(e.doc_id) is not None and docs[e.doc_id].legal_force == "binding"
                  and e.strength in BINDING_STRENGTHS for e in items)
    conditional = sum(bool(re.search(r"practicable|appropriate|possible|request|sufficient",
                                     (e.condition or "") + " " + (e.text or e.quote), re.I))
                      for e in items) * 2 > len(items)
    levels = phrase_scale(provision=provision, who=who, binding=binding, status=status,
                          conditional=conditional)
    sources = [_source(e, docs.get(e.doc_id)) for e in items]
    sources.sort(key=lambda s: (s.legal_force != "binding", s.year or 9999, s.anchor.doc_id,
                                s.anchor.start if s.anchor.start is not None else -1))
    doc_rows = []
    by_doc: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        if s.locator and s.locator not in by_doc[s.anchor.doc_id]:
            by_doc[s.anchor.doc_id].append(s.locator)
    seen = set()
    for s in sources:
        if s.anchor.doc_id in seen:
            continue
        seen.add(s.anchor.doc_id)
        doc_rows.append({"title": s.document_title or s.anchor.doc_id, "year": s.year,
                         "doc_id": s.anchor.doc_id,
                         "legal_force": s.legal_force, "locators": by_doc[s.anchor.doc_id]})
    memos = sorted({e.memo.strip() for e in items if e.kind == "annotation" and e.memo.strip()})
    bstr = {e.strength for e in items if docs.get(e.doc_id) is not None
            and docs[e.doc_id].legal_force == "binding"}
    verb = ("require" if bstr & set(BINDING_STRENGTHS) else
            "recognise" if "recognition" in bstr else "provide for")
    rationale = phrase_rationale(
        provision=provision, docs=doc_rows, strengths=Counter(e.strength for e in items),
        binding_verb=verb,
        memos=memos, n_annotated=sum(e.kind == "annotation" for e in items),
        n_suggested=sum(e.kind == "suggestion" for e in items))
    years = [s.year for s in sources if s.year]
    support = Support(
        statements=len(items), instruments=len({s.anchor.doc_id for s in sources}),
        issuers=len({s.issuer for s in sources if s.issuer}),
        binding_sources=sum(s.legal_force == "binding" for s in sources),
        earliest_year=min(years) if years else None)
    ind = Indicator(id=g.key, title=title, question=question,
                    scale=Scale(levels=[Level(**lv) for lv in levels]), rationale=rationale,
                    sources=sources, status="draft", support=support)
    return ind.model_copy(update={"generated": generated_record(ind, draft=g.key)})


def generated_record(ind: Indicator, *, draft: str) -> Generated:
    return Generated(draft=draft,
                     fields={f: fingerprint(getattr(ind, f)) for f in TRACKED_FIELDS},
                     sources=sorted(source_key(s.anchor.doc_id, s.anchor.exact or s.quote)
                                    for s in ind.sources))


def _dedupe(items: Sequence[Evidence]) -> list[Evidence]:
    """One source per stretch of text: an annotation wins over a suggestion of the same (or an
    overlapping) text, one naming the indicator over one that does not, then the first by id."""
    kept: list[Evidence] = []
    for e in sorted(items, key=lambda e: (e.kind != "annotation", not e.indicator,
                                          e.annotation_id, _order(e))):
        if any(k.key == e.key or (k.doc_id == e.doc_id and k.start is not None
                                  and e.start is not None and k.start < e.end
                                  and e.start < k.end) for k in kept):
            continue
        kept.append(e)
    return sorted(kept, key=_order)


def _source(e: Evidence, doc: Document | None) -> Source:
    if e.kind == "annotation":
        linked = LinkedBy(annotation_id=e.annotation_id, by=e.creator,
                          suggestion=FwSuggestion(model_id=e.model_id,
                                                  model_version=e.model_version or None,
                                                  score=e.score, accepted_by=e.accepted_by)
                          if e.model_id else None)
    else:
        linked = LinkedBy(suggestion=FwSuggestion(model_id=e.model_id or "unknown",
                                                  model_version=e.model_version or None,
                                                  score=round(e.score, 4) if e.score is not None
                                                  else None),
                          by="corpus-tool areas suggest")
    return Source(
        anchor=Anchor(doc_id=e.doc_id, text_sha256=e.text_sha256, exact=e.quote, prefix=e.prefix,
                      suffix=e.suffix, start=e.start, end=e.end, passage_id=e.passage_id or None,
                      statement_id=e.statement_id or None),
        document_title=doc.title if doc else "", issuer=doc.issuer if doc else "",
        year=doc.year if doc else None, instrument_type=doc.type if doc else "",
        legal_force=doc.legal_force if doc else "", locator=e.locator, page=e.page,
        quote=" ".join(e.quote.split()), strength=e.strength, linked_by=linked)


# --- the whole draft ---------------------------------------------------------------------------------

def draft_framework(evidence: Sequence[Evidence], *, areas: Sequence[Area],
                    docs: dict[str, Document], topics: Sequence[Topic],
                    title: str = "Draft indicators") -> Framework:
    """The draft framework (pure function of its inputs): one area per codebook area, its
    candidate indicators sorted by id."""
    known = {a.id for a in areas}
    evidence = [e for e in evidence if e.area in known]
    groups = group_evidence(evidence, topics)
    migrant_education = codebook_about_migrant_education(
        [title] + [" ".join((a.name, a.definition, *a.include, *a.seed_terms)) for a in areas])
    by_area: dict[str, list[Indicator]] = defaultdict(list)
    taken = {g.key for g in groups}
    for g in groups:
        ind = build_indicator(g, docs, migrant_education=migrant_education)
        if (g.topic is None and g.key == f"{g.area}-other"
                and not any(e.indicator == g.key for e in g.items)):
            # no topic, no cluster, no name from a researcher: named after what it asks for
            words = [w for w in re.findall(r"[a-z0-9]+", ind.title.lower())
                     if w not in ("the", "a", "an", "of", "in", "to", "for", "or", "and", "by")]
            if words and words[0] == g.area:
                words = words[1:]
            new_id = f"{g.area}-{'-'.join(words[:6]) or 'provision'}"
            if new_id not in taken:
                taken.add(new_id)
                ind = ind.model_copy(update={"id": new_id})
                ind = ind.model_copy(update={"generated": generated_record(ind, draft=new_id)})
        by_area[g.area].append(ind)
    fw_areas = []
    for a in areas:
        inds = sorted(by_area.get(a.id, []), key=lambda i: i.id)
        _disambiguate_titles(inds)
        fw_areas.append(FwArea(id=a.id, title=a.name, description=a.definition, indicators=inds))
    return Framework(id="draft", title=title, version=DRAFTER_VERSION,
                     description="Machine draft from the annotations and confident area "
                     "suggestions (corpus-tool indicators draft). Promote indicators into "
                     "indicators/framework.yaml with `corpus-tool indicators promote`.",
                     areas=[a for a in fw_areas if a.indicators])


def _disambiguate_titles(inds: list[Indicator]) -> None:
    seen: dict[str, int] = Counter()
    for i in inds:
        seen[i.title] += 1
    for k, ind in enumerate(inds):
        if seen[ind.title] > 1:
            extra = ind.id.split("-", 1)[-1].replace("-", " ")
            title = f"{ind.title} ({extra})"
            inds[k] = ind.model_copy(update={"title": title})
            gen = inds[k].generated
            if gen is not None:
                fields = dict(gen.fields, title=fingerprint(title))
                inds[k] = inds[k].model_copy(update={"generated": gen.model_copy(
                    update={"fields": fields})})


def drafts_dir(project: Project) -> Path:
    return project.indicators_dir / "drafts"


def draft_path(project: Project) -> Path:
    return drafts_dir(project) / DRAFT_FILE


def framework_path(project: Project) -> Path:
    return project.indicators_dir / FRAMEWORK_FILE


def draft_indicators(project: Project, *, use_suggestions: bool = True, backend: str | None = None,
                     suggestions: list | None = None, progress=None) -> dict:
    """Gather the evidence, draft, write `indicators/drafts/framework.draft.yaml`. Returns a
    summary: per area the number of indicators, and the totals."""
    from corpus_tool.indicators.evidence import collect_evidence
    from corpus_tool.suggest.areas import load_codebook
    from corpus_tool.store.db import connect, list_documents

    areas = load_codebook(project)
    conn = connect(project.db_path)
    try:
        docs = {d.id: d for d in list_documents(conn)}
        evidence, notes = collect_evidence(project, conn, use_suggestions=use_suggestions,
                                           backend=backend, suggestions=suggestions,
                                           progress=progress)
    finally:
        conn.close()
    topics = load_topics(project.indicators_dir)
    fw = draft_framework(evidence, areas=areas, docs=docs, topics=topics,
                         title=f"Draft indicators: {_codebook_title(project)}")
    path = draft_path(project)
    save_framework(path, fw)
    return draft_summary(fw, path=path, notes=notes, n_evidence=len(evidence))


def _codebook_title(project: Project) -> str:
    from corpus_tool.formats import load_yaml
    try:
        return str((load_yaml(project.codebook_path) or {}).get("title") or "codebook areas")
    except Exception:
        return "codebook areas"


def draft_summary(fw: Framework, *, path: Path | None = None, notes: Sequence[str] = (),
                  n_evidence: int | None = None) -> dict:
    inds = fw.indicators()
    multi = [i for i in inds if (i.support and (i.support.instruments or 0) > 1)]
    return {
        "path": str(path) if path else None,
        "areas": {a.id: len(a.indicators) for a in fw.areas},
        "indicators": len(inds),
        "multi_instrument": len(multi),
        "sources": sum(len(i.sources) for i in inds),
        "evidence": n_evidence,
        "notes": list(notes),
    }


def list_indicators(project: Project, *, drafts: bool = False, path: Path | None = None
                    ) -> list[dict]:
    """One row per indicator of the framework (or of the drafts)."""
    from corpus_tool.errors import InputError
    from corpus_tool.framework.model import load_framework, walk
    p = Path(path) if path else (draft_path(project) if drafts else framework_path(project))
    if not p.exists():
        raise InputError("no such framework file", path=p,
                         fix="run `corpus-tool indicators draft` (and `indicators promote`)")
    fw = load_framework(p)
    rows = []
    for ref in walk(fw):
        if ref.kind not in ("indicator", "sub-indicator"):
            continue
        ind = ref.node
        area = fw.areas[ref.loc[1]].id if len(ref.loc) > 1 else ""
        rows.append({"id": ind.id, "area": area, "title": ind.title, "question": ind.question,
                     "status": ind.status, "sources": len(ind.sources),
                     "new_sources": sum(s.status == "new" for s in ind.sources),
                     "stale_sources": sum(s.status == "stale" for s in ind.sources),
                     "instruments": len({s.anchor.doc_id for s in ind.sources}),
                     "withdrawn": bool(ind.generated and ind.generated.withdrawn)})
    return rows
