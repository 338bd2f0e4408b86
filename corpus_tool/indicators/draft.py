"""Indicator drafting: statements linked to areas → candidate indicators with their sources.

Per area, the evidence is gathered (human annotations first, confident area suggestions next),
grouped into candidate indicators (by the indicator an annotation names, else by topic, else by
cluster), and each group is phrased from its statements (title, question, a three-level scale
phrased from strength and scope, a rationale) with every source's full provenance and support
figures. Deterministic: the same inputs give the same file, byte for byte; ids come from content
(`<area>-<topic>`, the annotation's indicator id, or for a group no topic fits the words of its
title), never from order.

`draft_indicators` writes `indicators/drafts/framework.draft.yaml`; merging drafts into the
researcher's `indicators/framework.yaml` lives in `merge.py`, listing the indicators in
`listing.py`.

Over 400 lines for now: the seam is one indicator from a group (`build_indicator` … `_source`),
to move to its own module once the work in progress on drafted titles has landed."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypedDict

import numpy as np

from corpus_tool.codebook import load_codebook
from corpus_tool.corpus.manifest import NATIONAL_TYPES
from corpus_tool.errors import CorpusToolError
from corpus_tool.formats import dumps_json, load_yaml, sha256_text
from corpus_tool.framework.io import framework_to_data, load_framework, save_framework
from corpus_tool.framework.model import (Anchor, Area as FwArea, Framework, Generated, Indicator,
                                         Level, LinkedBy, Scale, Source,
                                         SuggestionLink)
from corpus_tool.indicators.contested import mark_contested
from corpus_tool.indicators.drafted_from import draft_inputs, record_draft_inputs
from corpus_tool.indicators.evidence import (Evidence, collect_evidence, obtain_suggestions,
                                             source_key)
from corpus_tool.indicators.contrary import beside, split_stance, unplaced_against
from corpus_tool.indicators.grouping import Group, hint_id, evidence_order, group_evidence, slug
from corpus_tool.indicators.phrasing.groups import (beneficiary_phrase, concerned_groups,
                                                    mentions_status, status_said_of, who_phrase)
from corpus_tool.indicators.phrasing.meaning import group_by_meaning, id_words
from corpus_tool.indicators.phrasing.suggested import held_suggestions, relevant_only
from corpus_tool.indicators.phrasing.naming import key_phrases, phrase_levels, who_of
from corpus_tool.indicators.phrasing.standards import standards
from corpus_tool.indicators.phrasing.templates import phrase_scale, phrase_title_question
from corpus_tool.indicators.phrasing.topics import (BINDING_STRENGTHS, People, Topic,
                                                    load_people, load_suggestion_words,
                                                    load_topics)
from corpus_tool.indicators.rationale import rationale_support
from corpus_tool.models import CodebookArea, Document
from corpus_tool.naming import (StatementParts, against, as_act, asks_policy, country_words,
                                frame_question, name_composed, names_a_harm, names_prohibited,
                                phrase_generic, with_article, without_no)
from corpus_tool.project import Project
from corpus_tool.semantic import HashEmbedder, embed_texts
from corpus_tool.store.db import connect, list_documents

DRAFT_FILE = "framework.draft.yaml"


FRAMEWORK_FILE = "framework.yaml"


DRAFTER_VERSION = "draft-v1"


TRACKED_FIELDS = ("title", "question", "scale", "rationale", "support")


# A suggestion's score is written to the committed drafts and framework to three places: the
# embeddings' float arithmetic differs in the fourth place between machines (another CPU's
# kernels), and a fourth place would make `make run` rewrite a researcher's framework for noise.
SCORE_PLACES = 3


def fingerprint(value) -> str:
    """Short content hash of a field value (plain data), for telling edits from drafts."""
    return sha256_text(dumps_json(framework_to_data(value)))[:16]


def edited_fields(ind: Indicator) -> list[str]:
    """The fields of a drafted indicator a researcher has edited (no longer their fingerprint);
    none for an indicator written by hand (no `generated`)."""
    g = ind.generated
    if g is None:
        return []
    return [f for f in TRACKED_FIELDS if f in g.fields
            and fingerprint(getattr(ind, f)) != g.fields[f]]


def build_indicator(g: Group, docs: dict[str, Document], *, people: People = People(),
                    domain: re.Pattern | None = None, contrary: Sequence[Evidence] = ()
                    ) -> Indicator:
    """One candidate indicator from its group of evidence, worded with the topic's template when
    it has one. `people`: how the overlay names the people concerned; `domain`: the overlay's
    words of its domain (a group without a topic speaks of `people.everyone` when its statements
    use them); `contrary`: the evidence against it, listed among its sources only."""
    items = dedupe(g.items)
    texts = [e.text or e.quote for e in items]
    groups = concerned_groups([", ".join(e.beneficiaries) for e in items], texts)
    compare = g.topic is not None and bool(re.search(r"as nationals|same terms|as other\b",
                                                     g.topic.question))
    if g.topic is not None:
        who = who_phrase(groups, len(items), compare=compare, people=people)
    else:   # no template: the people the statements themselves name
        who = beneficiary_phrase([e.beneficiaries for e in items], texts, people=people,
                                 domain=domain)
    if g.topic is not None and "{who}" not in g.topic.question + g.topic.title:
        who = people.all          # a provision for every person (aims, curriculum…)
    n_status = sum(mentions_status([t]) for t in texts)
    slot = g.topic is not None and ("{status" in g.topic.title or "{status" in g.topic.question)
    status = n_status >= (1 if slot else max(1, len(texts) / 3))
    if g.topic is not None and "status" in g.topic.title:
        status = status and "{status" in g.topic.title
    if g.topic is not None:
        title, question = phrase_title_question(g.topic, who=who, status=status, people=people)
        provision = g.topic.provision
    else:
        title, question, provision = phrase_generic(
            statements=[StatementParts(text=e.text or e.quote, aim=e.aim, object=e.object,
                                       strength=e.strength) for e in items],
            who=who, status=status)
    binding, conditional = _binding(items, docs), _conditional(items)
    levels = phrase_scale(provision=provision, who=who, binding=binding, status=status,
                          conditional=conditional, people=people)
    return _assemble(g.key, beside(items, contrary), docs, title=title, question=question,
                     levels=levels)


def _binding(items: Sequence[Evidence], docs: dict[str, Document]) -> bool:
    return any(instrument_of(docs.get(e.doc_id), e.locator)["legal_force"] == "binding"
               and e.strength in BINDING_STRENGTHS for e in items)


def _standard_setting(items: Sequence[Evidence], docs: dict[str, Document]
                      ) -> tuple[list[str], list[str]]:
    """The texts whose standards a level states: those of the international instruments when
    the group has any, not a State's own law, whose limit is that country's choice (the
    60-day cap of a Sri Lankan summary-eviction law was the full level of adequate notice of
    eviction, a researcher's trial 32, P2); a group of national laws alone, their own. And the
    national laws beside international instruments, which second a standard those set (C189's
    and the Philippine Act's wages "at least once a month": trial 37, P3)."""
    texts = [e.text or e.quote for e in items]
    national = [docs.get(e.doc_id) is not None and docs[e.doc_id].type in NATIONAL_TYPES
                for e in items]
    if all(national):
        return texts, []
    return ([t for t, n in zip(texts, national) if not n],
            [t for t, n in zip(texts, national) if n])


def _conditional(items: Sequence[Evidence]) -> bool:
    """Do most sources make what they ask conditional ("as far as practicable", "where
    appropriate", "on request")? Any "request" was one: a right of access, asked for by a
    request, read as granted "only … on request" (a researcher's trial 28)."""
    return sum(bool(re.search(r"practicable|appropriate|possible|sufficient|(?:on|upon|at) (?:the "
                              r"|their |its )?request\b|(?:if|where|when) (?:so )?requested",
                              (e.condition or "") + " " + (e.text or e.quote), re.I))
               for e in items) * 2 > len(items)


def _assemble(key: str, items: Sequence[Evidence], docs: dict[str, Document], *, title: str,
              question: str, levels: list[dict]) -> Indicator:
    """The indicator record: its wording, its sources with full provenance, the rationale and the
    support figures."""
    sources = [_source(e, docs.get(e.doc_id)) for e in items]
    sources.sort(key=lambda s: (s.stance == "against", s.legal_force != "binding",
                                s.year or 9999, s.anchor.doc_id,
                                s.anchor.start if s.anchor.start is not None else -1))
    # the languages of the passages the statements stage does not read, by where they are
    unread = {(e.doc_id, e.start, e.end): e.lang for e in items if not e.read}
    rationale, support = rationale_support(
        sources, lambda a: unread.get((a.doc_id, a.start, a.end), ""))
    ind = Indicator(id=key, title=title, question=question,
                    scale=Scale(levels=[Level(**lv) for lv in levels]), rationale=rationale,
                    sources=sources, status="draft", support=support)
    return ind.model_copy(update={"generated": generated_record(ind, draft=key)})


def generated_record(ind: Indicator, *, draft: str) -> Generated:
    return Generated(draft=draft,
                     fields={f: fingerprint(getattr(ind, f)) for f in TRACKED_FIELDS},
                     sources=sorted(source_key(s.anchor.doc_id, s.anchor.exact or s.quote)
                                    for s in ind.sources))


def dedupe(items: Sequence[Evidence]) -> list[Evidence]:
    """One source per stretch of text: an annotation wins over a suggestion of the same (or an
    overlapping) text, one naming the indicator over one that does not, then the fullest quote
    (a second coder's shorter quote of a sentence never displaces the first's whole one), the
    earliest, then the first by id."""
    kept: list[Evidence] = []
    for e in sorted(items, key=lambda e: (e.kind != "annotation", not e.indicator,
                                          -len(" ".join(e.quote.split())), e.time,
                                          e.annotation_id, evidence_order(e))):
        if any(k.key == e.key or (k.doc_id == e.doc_id and k.start is not None
                                  and e.start is not None and k.start < e.end
                                  and e.start < k.end) for k in kept):
            continue
        kept.append(e)
    return sorted(kept, key=evidence_order)


def _source(e: Evidence, doc: Document | None) -> Source:
    if e.kind == "annotation":
        linked = LinkedBy(annotation_id=e.annotation_id, by=e.creator,
                          suggestion=SuggestionLink(model_id=e.model_id,
                                                  model_version=e.model_version or None,
                                                  score=e.score, accepted_by=e.accepted_by)
                          if e.model_id else None)
    else:
        score = round(e.score, SCORE_PLACES) if e.score is not None else None
        linked = LinkedBy(suggestion=SuggestionLink(model_id=e.model_id or "unknown",
                                                  model_version=e.model_version or None,
                                                  score=score),
                          by="corpus-tool areas suggest")
    return Source(
        anchor=Anchor(doc_id=e.doc_id, text_sha256=e.text_sha256, exact=e.quote, prefix=e.prefix,
                      suffix=e.suffix, start=e.start, end=e.end, passage_id=e.passage_id or None,
                      statement_id=e.statement_id or None),
        document_title=doc.title if doc else "", issuer=doc.issuer if doc else "",
        year=doc.year if doc else None, **instrument_of(doc, e.locator),
        locator=e.locator, page=e.page,
        quote=" ".join(e.quote.split()), strength=e.strength, stance=e.stance, linked_by=linked)


def instrument_of(doc: Document | None, locator: str) -> dict[str, str]:
    """The type and legal force of the instrument a place in a document belongs to: the
    document's, but a Recommendation printed after its Convention in one file (the ILO's
    practice; `Recommendation, para. 3`) is a recommendation, not binding. Recommendation No.
    159's paragraphs, printed after Convention No. 151, were cited as a binding convention and
    counted among the indicator's binding sources (a researcher's trial 45, P2)."""
    if doc is None:
        return {"instrument_type": "", "legal_force": ""}
    if locator.startswith("Recommendation, ") and doc.type == "convention":
        return {"instrument_type": "recommendation", "legal_force": "non-binding"}
    return {"instrument_type": doc.type, "legal_force": doc.legal_force}


def draft_framework(evidence: Sequence[Evidence], *, areas: Sequence[CodebookArea],
                    docs: dict[str, Document], topics: Sequence[Topic],
                    title: str = "Draft indicators",
                    embed: Callable[[list[str]], np.ndarray] | None = None,
                    mention: re.Pattern | None = None, people: People = People(),
                    incumbents: dict[str, frozenset[str]] | None = None) -> Framework:
    """The draft framework (pure function of its inputs): one area per codebook area, its
    candidate indicators sorted by id. With topic templates (the project's overlay) evidence is
    grouped and worded by topic; without, from the corpus alone (`phrasing`: grouped by meaning
    with `embed`, named from the statements). `mention` and `people`: the overlay's domain words
    and its names for the people concerned (`phrasing.topics`); `incumbents`: the suggestions
    the framework's indicators hold (`suggested.held_suggestions`), kept before newcomers."""
    known = {a.id for a in areas}
    evidence = [e for e in evidence if e.area in known]
    support, contrary = split_stance(evidence)     # evidence against words nothing
    if not topics:
        grouped, named = curated_hints(support)
        by_area = draft_from_corpus(grouped, docs=docs, embed=embed or _hash_embed, areas=areas,
                                    names=named, contrary=contrary, incumbents=incumbents)
        return framework_of(areas, by_area, title, evidence)
    # with a topics overlay, its topics group what names no indicator, then the (curated)
    # clusters: `group_evidence`
    groups = group_evidence(support, topics, mention)
    by_area: dict[str, list[Indicator]] = defaultdict(list)
    placed: dict[str, str] = {}          # annotation id -> the indicator it was drafted into
    taken = {g.key for g in groups}
    for g in groups:
        ind = build_indicator(g, docs, people=people, domain=mention,
                              contrary=contrary.get(g.key, ()))
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
        placed.update((e.annotation_id, ind.id) for e in g.items if e.kind == "annotation")
    return framework_of(areas, by_area, title, evidence, placed)


def curated_hints(evidence: Sequence[Evidence]) -> tuple[list[Evidence], dict[str, str]]:
    """The evidence as drafting from the corpus groups it: a coding that names no indicator,
    of a statement in a cluster the researcher merged, split or renamed, is grouped under that
    cluster (its label as the hint: one candidate indicator, named by the researcher), as if
    its coder had named it. The coders' own indicator ids win. Returns (evidence, {hint:
    label})."""
    named: dict[str, str] = {}
    out = []
    for e in evidence:
        if e.kind == "annotation" and not e.indicator and e.curated:
            hint = slug(e.curated, 6)
            named[hint] = e.curated
            e = replace(e, indicator=hint)
        out.append(e)
    return out, named


def framework_of(areas: Sequence[CodebookArea], by_area: dict[str, list[Indicator]], title: str,
                 evidence: Sequence[Evidence] = (), placed: dict[str, str] | None = None
                 ) -> Framework:
    """The draft framework of some drafted indicators: one area per codebook area (in codebook
    order, empty ones left out), indicators sorted by id, duplicate titles told apart, and the
    sources whose text coders disagree on marked `contested` (`evidence`: the annotations)."""
    if placed is None:                 # annotation id -> the indicator it was drafted into
        placed = _placed_by_sources(by_area, evidence)
    fw_areas = []
    for a in areas:
        inds = sorted(by_area.get(a.id, []), key=lambda i: i.id)
        _disambiguate_titles(inds)
        fw_areas.append(FwArea(id=a.id, title=a.name, description=a.definition, indicators=inds))
    fw = Framework(id="draft", title=title, version=DRAFTER_VERSION,
                   description="Machine draft from the annotations and confident area "
                   "suggestions (corpus-tool indicators draft). Promote indicators into "
                   "indicators/framework.yaml with `corpus-tool indicators promote`.",
                   areas=[a for a in fw_areas if a.indicators])
    return mark_contested(fw, evidence, placed)


def _placed_by_sources(by_area: dict[str, list[Indicator]], evidence: Sequence[Evidence]
                       ) -> dict[str, str]:
    """The indicator each annotation went into, read off the drafted sources: the source it is
    linked by, else (an annotation of the same text by another coder, merged into one source)
    the source in the same document and area whose span overlaps its own."""
    placed: dict[str, str] = {}
    spans = []
    for inds in by_area.values():
        for ind in inds:
            for src in ind.sources:
                if src.linked_by and src.linked_by.annotation_id:
                    placed[src.linked_by.annotation_id] = ind.id
                a = src.anchor
                if a.start is not None and a.end is not None:
                    spans.append((a.doc_id, a.start, a.end, ind.id))
    for e in evidence:
        if e.kind != "annotation" or e.annotation_id in placed or e.start is None or e.end is None:
            continue
        for doc_id, start, end, ind_id in spans:
            if doc_id == e.doc_id and start < e.end and e.start < end:
                placed[e.annotation_id] = ind_id
                break
    return placed


def _hash_embed(texts: list[str]) -> np.ndarray:
    return HashEmbedder().encode(texts)


def descriptions(areas: Sequence[CodebookArea]) -> list[tuple[str, str, str]]:
    """(area, indicator id, its name and definition) of each indicator the codebook describes,
    as `group_by_meaning` takes them."""
    return [(a.id, i.id, ". ".join(x for x in (i.name, i.definition) if x))
            for a in areas for i in a.indicators]


def draft_from_corpus(evidence: Sequence[Evidence], *, docs: dict[str, Document],
                      embed: Callable[[list[str]], np.ndarray], use_hints: bool = True,
                      areas: Sequence[CodebookArea] = (), use_definitions: bool = True,
                      cover: bool = True, names: dict[str, str] | None = None,
                      contrary: dict[str, list[Evidence]] | None = None,
                      incumbents: dict[str, frozenset[str]] | None = None
                      ) -> dict[str, list[Indicator]]:
    """Indicators per area from the corpus and the codebook: evidence grouped by meaning (and by
    the indicators the codebook's `areas` describe, unless `use_definitions` is False), each
    group named from its statements (key phrases against the other groups of its area, the
    people they name, the strength and scope of its sources) or by the codebook's name for it.
    A coder's (or the codebook's) indicator id is kept as the id; a group nobody named gets an
    id from its title. With `cover`, what the corpus provides and nobody coded (confident
    suggestions that join no group, said by three documents) founds candidate indicators too.
    `names`: a name for a hint (a curated cluster's label, `curated_hints`); `contrary`: the
    evidence against an indicator, by its id (`contrary.split_stance`), among its sources only."""
    described = [i for a in areas for i in a.indicators] if use_definitions else []
    defined = descriptions(areas) if use_definitions else []
    given = {i.id: i.name for i in described if i.name} | (names or {})
    describing = {i.id: f"{i.name}. {i.definition or ''}" for i in described if i.name}
    by_area: dict[str, list] = defaultdict(list)
    for g in group_by_meaning(evidence, embed, use_hints=use_hints, defined=defined,
                              cover=cover, incumbents=incumbents):
        by_area[g.area].append(g)
    out: dict[str, list[Indicator]] = defaultdict(list)
    for area in sorted(by_area):
        gs = by_area[area]
        items_of = [dedupe(g.items) for g in gs]
        keys = _area_key_phrases(items_of)
        taken = {g.hint for g in gs if g.hint}
        titles: set[str] = set()      # the area's titles so far (the coders' groups come first)
        for g, items, kp in zip(gs, items_of, keys):
            texts = [e.text or e.quote for e in items]
            # the people it is for are those of what a coder coded, when a coder coded any
            # (two suggestions nobody reviewed made `ctc-lawyer` ask for "parents" access to
            # legal assistance, of every detainee's access to a lawyer: trial 47, P2)
            coded = [e for e in items if e.kind == "annotation"] or items
            coded_people = [e.beneficiaries for e in coded], [e.text or e.quote for e in coded]
            who = who_of(*coded_people)
            status = sum(mentions_status([t]) for t in texts) >= max(1, len(texts) / 3)
            named = partial(name_composed, [StatementParts(text=t, aim=e.aim, object=e.object,
                                                           actor=e.actor, strength=e.strength)
                                            for t, e in zip(texts, items)],
                            keys=kp, who=who,
                            hint_words=id_words(g.hint, area).split() if use_hints else (),
                            annotated=[e.kind == "annotation" for e in items], taken=titles)
            nm = named(status=False)
            status = status and status_said_of(nm.title, texts)   # of what the title names
            if status:
                nm = named(status=True)
            if g.hint in given:          # the codebook's own name for the indicator
                name = given[g.hint]
                # in a sentence, its parts joined ("Residence status not tied to the employer;
                # regularisation" was asked "… the employer; regularisation?": trial 37, P8)
                said = re.sub(r"\s*;\s*", " and ", name[:1].lower() + name[1:])
                nm = replace(nm, title=name, provision=said,
                             question=f"Does the law provide for {with_article(said)}?")
            elif (title := against(nm.title, texts)) != nm.title:   # a harm its texts act on
                provision = title[:1].lower() + title[1:]
                nm = replace(nm, title=title, provision=provision,
                             question=f"Does the law provide for the {provision}?")
            # a title naming the wrong that must not be ("No penalisation or harassment for
            # exercising procedural rights", a codebook's name) asks to prohibit the wrong, not
            # "no penalisation" (trial 27, P2), and so does any "No …" ("No prior censorship or
            # ban of publications": "Neither law nor policy provides for no prior censorship"
            # was the level of a country that censors nothing, trial 30, P2)
            # (and a title naming the act its prohibitions forbid, "Administrative dissolution":
            # trial 45)
            wrong = without_no(nm.title)
            forbidden = names_prohibited(wrong, texts, [e.strength for e in items])
            if wrong != nm.title or names_a_harm(wrong) or forbidden:   # not "… provide for
                harm = wrong[:1].lower() + wrong[1:]                      # the denial …?"
                harm = with_article(harm) if names_a_harm(wrong) else \
                    as_act(harm, texts) if forbidden else harm
                nm = replace(nm, provision=f"prohibition of {harm}",
                             question=f"Does the law prohibit {harm}?")
            nm = replace(nm, title=country_words(nm.title),
                         provision=country_words(nm.provision),
                         question=frame_question(nm.question, nm.title, nm.provision, nm.who))
            titles.add(nm.title.lower())
            if g.hint:
                key = hint_id(g.hint, area)
            else:
                base = f"{area}-{slug(nm.title, 6)}"
                key, n = base, 2
                while key in taken:
                    key, n = f"{base}-{n}", n + 1
                taken.add(key)
            covered = who_of(*coded_people, most=True)
            if g.hint in given and not _names_people(describing.get(g.hint, given[g.hint]),
                                                     covered):
                # the codebook names the indicator and not these people: its levels do not
                # narrow it to whom its sources happen to speak of ("covering all women
                # concerned" of land tenure, drawn from CEDAW GR 34: trial 39, P3)
                covered = ""
            levels = phrase_levels(provision=nm.provision, binding=_binding(items, docs),
                                   who=covered,
                                   status=status, conditional=_conditional(items),
                                   policy=asks_policy(nm.question),
                                   standards=standards(*_standard_setting(items, docs)))
            out[area].append(_assemble(key, beside(items, (contrary or {}).get(key, ())), docs,
                                       title=nm.title, question=nm.question, levels=levels))
    return out


def _names_people(text: str, who: str) -> bool:
    """Does `text` (a codebook's name and definition of an indicator) name the people `who`
    (or say nothing to narrow: no `who`)? By a word of theirs: "rural women" names women."""
    words = [w for w in re.findall(r"[a-z]{4,}", who.lower()) if w not in ("their", "with")]
    return not words or any(re.search(rf"(?i)\b{w[:5]}", text) for w in words)


def _area_key_phrases(items_of: Sequence[Sequence[Evidence]]) -> list[list[str]]:
    """The key phrases of each group of an area against the others: a group with annotations
    against the other such groups only (a candidate found in what nobody coded does not change
    how the coded groups read), a group of suggestions alone against all of them."""
    texts = [[e.text or e.quote for e in items] for items in items_of]
    coded = [k for k, items in enumerate(items_of) if any(e.kind == "annotation" for e in items)]
    keys = key_phrases(texts)
    if coded and len(coded) < len(items_of):
        for k, kp in zip(coded, key_phrases([texts[k] for k in coded])):
            keys[k] = kp
    return keys


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


class DraftSummary(TypedDict, total=False):
    """`indicators draft`: where the drafts went, indicators per area, the totals and notes;
    the CLI adds the documents whose statements were brought up to date and, with --merge,
    the merge's summary."""
    path: str | None
    areas: dict[str, int]
    indicators: int
    multi_instrument: int
    sources: int
    evidence: int | None
    notes: list[str]
    statements_updated: list[str]
    merge: dict[str, Any]


def draft_indicators(project: Project, *, use_suggestions: bool = True, backend: str | None = None,
                     suggestions: list | None = None, suggest=None, progress=None) -> DraftSummary:
    """Gather the evidence, draft, write `indicators/drafts/framework.draft.yaml`. Returns a
    summary: per area the number of indicators, and the totals. `suggestions` (saved ones) or
    `suggest` (the suggestion model, called when needed) supply the area suggestions."""
    inputs = draft_inputs(project)
    areas = load_codebook(project)
    notes: list[str] = []
    if use_suggestions:         # saved or computed here: the same suggestions, filtered alike
        suggestions = obtain_suggestions(project, suggestions=suggestions, suggest=suggest,
                                         backend=backend, notes=notes, progress=progress)
    conn = connect(project.db_path)
    try:
        docs = {d.id: d for d in list_documents(conn)}
        evidence, more = collect_evidence(
            project, conn, use_suggestions=use_suggestions and suggestions is not None,
            suggestions=suggestions, progress=progress)
    finally:
        conn.close()
    notes += more
    topics = load_topics(project.indicators_dir)
    mention = load_suggestion_words(project.indicators_dir)
    people = load_people(project.indicators_dir)
    if not topics and suggestions:
        evidence = relevant_only(evidence, suggestions)
    fw = draft_framework(evidence, areas=areas, docs=docs, topics=topics,
                         title=f"Draft indicators: {codebook_title(project)}",
                         embed=project_embedder(project, backend or "minilm"), mention=mention,
                         people=people, incumbents=held_suggestions(_framework_or_none(project)))
    notes += unplaced_against(fw, split_stance(evidence)[1])
    path = draft_path(project)
    save_framework(path, fw)
    record_draft_inputs(project, inputs)
    return draft_summary(fw, path=path, notes=notes, n_evidence=len(evidence))


def _framework_or_none(project: Project) -> Framework | None:
    """The project's framework, None when there is none or it cannot be read (its refresh says
    why)."""
    path = framework_path(project)
    try:
        return load_framework(path) if path.is_file() else None
    except CorpusToolError:
        return None


def project_embedder(project: Project, backend: str) -> Callable[[list[str]], np.ndarray]:
    """Embeddings through the project's cache (an unchanged text is never embedded twice)."""
    def embed(texts: list[str]) -> np.ndarray:
        return embed_texts(project, texts, backend=backend)
    return embed


def codebook_title(project: Project) -> str:
    try:
        return str((load_yaml(project.codebook_path) or {}).get("title") or "codebook areas")
    except (CorpusToolError, OSError, AttributeError):   # missing, malformed or not a mapping
        return "codebook areas"


def draft_summary(fw: Framework, *, path: Path | None = None, notes: Sequence[str] = (),
                  n_evidence: int | None = None) -> DraftSummary:
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
