"""Annotations: human links from a stretch of a document to an area (and an indicator).

Stored one W3C Web Annotation-compatible JSON object per line in `annotations/<coder>.jsonl`,
keys sorted, records sorted by id, written atomically under a lock so two processes adding at
the same time lose nothing. The quote (TextQuoteSelector: exact, prefix, suffix) is authoritative;
the position (TextPositionSelector), passage and statement ids are hints, refreshed by
`check_annotations` when the document text changed. Orphans are reported, never deleted.

    {"body": [{"purpose": "classifying", "type": "TextualBody", "value": "access"},
              {"purpose": "linking", "type": "TextualBody", "value": "a1-free-primary"},
              {"purpose": "commenting", "type": "TextualBody", "value": "memo…"}],
     "created": "2026-11-25T18:00:00Z", "creator": "coder-a", "id": "un-crc-1989:coder-a:…",
     "modified": "…", "motivation": "classifying", "origin": {"type": "manual"},
     "target": {"passage": "un-crc-1989:art-28-1-a", "selector": [
         {"exact": "…", "prefix": "…", "suffix": "…", "type": "TextQuoteSelector"},
         {"end": 27499, "start": 27441, "type": "TextPositionSelector"}],
       "source": "un-crc-1989", "statement": null, "text_sha256": "…"},
     "type": "Annotation"}"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from contextlib import closing
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TypedDict

from corpus_tool.codebook import area_ids, load_codebook
from corpus_tool.coding.files import (rel_path, annotations_lock, default_coder, read_annotations,
                                      save_annotations, write_files)
from corpus_tool.coding.anchoring import find_quote
from corpus_tool.coding.lookup import connect_index, locate
from corpus_tool.coding.records import MOTIVATIONS, annotation_id, now_iso
from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import load_yaml, yaml_lines_of
from corpus_tool.framework.io import indicator_ids
from corpus_tool.models import STANCES, Anchor, Annotation, Origin
from corpus_tool.names import check_id, check_name
from corpus_tool.project import Project
from corpus_tool.store.db import document_text, document_versions, passage_covering

__all__ = ["new_annotation", "add_annotation", "update_annotation", "remove_annotations",
           "check_own"]


def _check_area(project: Project, area: str) -> None:
    ids = area_ids(project)
    if area not in ids:
        close = difflib.get_close_matches(area, ids, n=1, cutoff=0.75)
        raise InputError(f"unknown area {area!r}" + (f" (did you mean {close[0]!r}?)" if close
                                                     else ""),
                         fix=f"use one of: {', '.join(ids)} (or add it to the codebook, "
                             f"{rel_path(project, project.codebook_path)})")


def unknown_areas(project: Project, annotations) -> list[str]:
    """One problem per annotation whose area the codebook does not have (a line edited by hand,
    an area renamed in the codebook): such an annotation is counted by `agreement` as an area
    of its own and feeds no area's draft."""
    ids = area_ids(project)
    return [f"{a.where}: annotation {a.id} has the area {a.area!r}, which is not "
            f"in the codebook (`corpus-tool annotations edit {a.id} --area …` with one of: "
            f"{', '.join(ids)}; an area renamed in the codebook: `corpus-tool annotations "
            f"recode --area {a.area} --to …` moves all its codings; or add the area to the "
            "codebook)"
            for a in annotations if a.area not in ids]


def example_problems(project: Project) -> list[str]:
    """One problem per codebook example that cites a document the corpus does not hold (a slip
    of an id it holds is named; the packaged codebook's reference documents, which a new project
    holds only in part, are left alone), words a document it holds does not say, or a locator
    that is not where the tool finds those words: the examples train the area suggestions and
    are published with the codebook as its method (trial 23: a misquote and a mistyped document
    id passed `build --strict` in silence; trial 28: an unknown document too). Nothing when the
    corpus is not ingested yet."""
    if not project.db_path.exists():
        return []
    where = project.root / "annotations" / "codebook.yaml"
    out: list[str] = []
    areas = load_codebook(project)
    # each example's line, as the YAML errors give theirs (trial 35, P11)
    lines = iter(yaml_lines_of(where, [["areas", i, "examples", k] for i, a in enumerate(areas)
                                       for k in range(len(a.examples))]))
    with closing(connect_index(project)) as conn:
        known = list(document_versions(conn))
        for area in areas:
            for k, ex in enumerate(area.examples, 1):
                line = next(lines)
                said = f"{where.name}{f', line {line}' if line else ''}: example {k} of area " \
                       f"{area.id!r}"
                if ex.doc not in known:
                    if close := difflib.get_close_matches(ex.doc, known, n=1, cutoff=0.85):
                        out.append(f"{said} cites the document {ex.doc!r}, which the corpus "
                                   f"does not hold (did you mean {close[0]!r}?)")
                    elif ex.doc not in _default_example_docs():
                        out.append(f"{said} cites the document {ex.doc!r}, which the corpus "
                                   "does not hold (add it, or cite one `corpus-tool docs` "
                                   "lists)")
                elif not (spans := find_quote(document_text(conn, ex.doc)[0], ex.quote)):
                    out.append(f"{said} quotes words {ex.doc} does not say: "
                               f"{' '.join(ex.quote.split())[:80]!r} (copy them from the "
                               f"document: `corpus-tool search \"…\" --doc {ex.doc}`)")
                elif ex.locator and (at := _locator_at(conn, ex.doc, spans[0])) and \
                        not _same_place(ex.locator, at):
                    out.append(f"{said} cites {ex.doc} {ex.locator}, where the tool finds its "
                               f"words at {at} (correct the locator, or the quote)")
    return out


@cache
def _default_example_docs() -> frozenset[str]:
    """The documents the packaged codebook's examples cite (the reference corpus's): a project
    started on that codebook holds them only in part, and is not told of each. Any other
    document an example cites and the corpus does not hold is said (a researcher's trial 28: an
    example citing 'no-such-doc-2099' passed every build in silence)."""
    with resources.as_file(resources.files("corpus_tool") / "data" / "codebook.yaml") as path:
        data = load_yaml(path)
    return frozenset(x.get("doc", "") for a in data.get("areas", [])
                     for x in a.get("examples", []) or [])


def _locator_at(conn, doc_id: str, span: tuple[int, int]) -> str:
    row = passage_covering(conn, doc_id, *span)
    return row["locator"] if row else ""


def _same_place(cited: str, found: str) -> bool:
    """Does an example's locator name the place its words are found, one that holds it ("Art. 8"
    for words of Art. 8(c); "Article 8" for "Art. 8"), or one within it (para. 26(f), where the
    tool reads para. 26 whole), with or without the part of the file ("Optional Protocol, ")?"""
    def norm(loc: str) -> str:
        loc = re.sub(r"(?i)^article", "Art.", loc.strip().rsplit(", ", 1)[-1])
        return re.sub(r"\s+", "", loc).lower()

    def holds(a: str, b: str) -> bool:
        return b.startswith(a) and not b[len(a):len(a) + 1].isdigit()
    c, f = norm(cited), norm(found)
    return holds(c, f) or holds(f, c)


def listed_indicators(project: Project) -> dict[str, str]:
    """Indicator id -> its area, where the codebook lists its areas' indicators (else empty:
    indicators are then the ids coders give)."""
    return {i.id: a.id for a in load_codebook(project) for i in a.indicators}


def off_codebook(listed: dict[str, str], area: str, indicator: str | None) -> str | None:
    """Why `indicator` does not fit `area` in a codebook that lists indicators (None: it fits,
    or nothing is listed): not in the codebook (a typo, or an id renamed, merged or split
    there), or listed under another area (a coding moved to another area without it)."""
    if not listed or not indicator or listed.get(indicator) == area:
        return None
    own = sorted(k for k, v in listed.items() if v == area)
    if indicator in listed:
        why = f"the codebook lists {indicator!r} under the area {listed[indicator]!r}"
    else:
        close = difflib.get_close_matches(indicator, sorted(listed), n=1, cutoff=0.8)
        why = f"{indicator!r} is not in the codebook" + (f" (did you mean {close[0]!r}?)"
                                                         if close else "")
    return (f"{why}; the indicators of {area!r} are: {', '.join(own) or 'none listed'} (or add "
            f"it to the codebook)")


def indicator_problems(project: Project, annotations) -> list[str]:
    """One problem per annotation whose indicator looks wrong. Where the codebook lists its
    areas' indicators, the codings are held to it (`_off_codebook`); where it lists none, the
    ids are the coders' own and are compared among the codings (`_across_areas`, `_slips`)."""
    listed = listed_indicators(project)
    if listed:
        return _off_codebook(listed, annotations)
    return _across_areas(annotations) + _slips(
        annotations, indicator_ids(project.indicators_dir / "framework.yaml"))



def _off_codebook(listed: dict[str, str], annotations) -> list[str]:
    """Each annotation whose indicator does not fit its area in the codebook: a code renamed,
    merged or split in the codebook left its codings on the old id, which drafted an
    indicator of its own without a word (a researcher's trial, session 45)."""
    return [f"{a.where}: annotation {a.id}: {why} "
            f"(`corpus-tool annotations edit {a.id} --indicator …`; a code renamed or merged "
            f"in the codebook: `corpus-tool annotations recode --indicator {a.indicator} --to "
            "…` moves all its codings)"
            for a in annotations if (why := off_codebook(listed, a.area, a.indicator))]


def _across_areas(annotations) -> list[str]:
    """Each coding whose indicator the other codings of that indicator give another area. An
    area edited without its indicator left the coding's indicator in the other area, and the
    framework filed it there without a word (a researcher's trial, session 45)."""
    areas: dict[str, Counter] = {}
    for a in annotations:
        if a.indicator:
            areas.setdefault(a.indicator, Counter())[a.area] += 1
    # the area the drafts file the indicator under: most codings', the first id on a tie
    # (`indicators.grouping`)
    filed = {i: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for i, c in areas.items()}
    out = []
    for a in annotations:
        seen = areas.get(a.indicator or "", Counter())
        if len(seen) > 1 and a.area != (other := filed[a.indicator]):
            out.append(f"{a.where}: annotation {a.id} is coded to the area {a.area!r}, but "
                       f"{seen[other]} other coding(s) of the indicator {a.indicator!r} to "
                       f"{other!r}, where the drafts put it (`corpus-tool annotations edit "
                       f"{a.id} --indicator …`, or `--area {other}`)")
    return out


def _slips(annotations, framework: list[str] = ()) -> list[str]:
    """Each annotation whose indicator id no other annotation has, and which is one slip from
    an id several annotations use: an id edited by hand in a file (a researcher's trial,
    session 43: 'acc-dismisal-pregnancy' founded a new draft indicator and left the real one's
    source stale, without a word). Of two ids used once each, neither is known to be the
    slip. Or near an id of the `framework` no annotation uses any more, the one it was typed
    for ('org-no-admin-dissolution' for 'org-no-administrative-dissolution', whose indicator
    was withdrawn: a researcher's trial 45, P10)."""
    uses = Counter(a.indicator for a in annotations if a.indicator)
    common = sorted(k for k, n in uses.items() if n > 1)
    left = [i for i in framework if i not in uses]
    out = []
    for a in annotations:
        if not a.indicator or uses[a.indicator] > 1 or a.indicator in framework:
            continue
        close = difflib.get_close_matches(a.indicator, common, n=1, cutoff=0.9) or \
            difflib.get_close_matches(a.indicator, left, n=1, cutoff=0.8)
        if close:
            out.append(f"{a.where}: annotation {a.id} has the indicator id "
                       f"{a.indicator!r}, which no other annotation and not the codebook has: "
                       f"did you mean {close[0]!r}? A new id makes a new indicator "
                       f"(`corpus-tool annotations edit {a.id} --indicator {close[0]}`)")
    return out


def _check_indicator(project: Project, area: str, indicator: str | None) -> None:
    listed = listed_indicators(project)
    if why := off_codebook(listed, area, indicator):
        # an id the codebook does not list is unknown, not a misfit (trial 29: "indicator
        # 'inc-survivors-benefit' does not fit area 'income'" for an id that exists nowhere)
        what = f"indicator {indicator!r} does not fit area {area!r}" if indicator in listed \
            else f"unknown indicator {indicator!r}"
        # the slip is the command's, not the codebook's: no path (trial 41, P14 was told
        # "annotations/codebook.yaml: indicator … does not fit area …" of its --indicator)
        raise InputError(f"{what}: {why}")


def _known_indicators(project: Project) -> set[str]:
    """The indicator ids of the annotations and of the codebook."""
    known = {a.indicator for a in read_annotations(project).annotations if a.indicator}
    return known | {i.id for a in load_codebook(project) for i in a.indicators}


def likely_typo(project: Project, indicator: str | None,
                known: set[str] | None = None) -> str | None:
    """The indicator id a new one was probably meant to be: when no annotation and no indicator
    of the codebook has `indicator` yet, the known id it is one slip from (difflib ratio
    >= 0.9: 'out-host-languag-support' for 'out-host-language-support'), else None. A new id
    founds a new draft indicator, so a slip would split an indicator in two without a word."""
    if not indicator:
        return None
    known = _known_indicators(project) if known is None else known
    if indicator in known:
        return None
    close = difflib.get_close_matches(indicator, sorted(known), n=1, cutoff=0.9)
    return close[0] if close else None


def indicator_notice(project: Project, indicator: str | None) -> str | None:
    """What to tell a coder about to use `indicator`: nothing for a known id; for a new one,
    that it founds a new indicator, and the known id it is one slip from, if any."""
    known = _known_indicators(project)
    if not indicator or indicator in known:
        return None
    typo = likely_typo(project, indicator, known)
    return (f"{indicator!r} is a new indicator id: it makes a new indicator"
            + (f" (did you mean {typo!r}?)" if typo else ""))


def check_stance(stance: str, indicator: str | None) -> None:
    """A stance is `for` or `against`; evidence against names the indicator it counts against
    (against no indicator, it would count against nothing, or for whatever it was drafted into)."""
    if stance not in STANCES:
        raise InputError(f"unknown stance {stance!r}: a coded text is evidence `for` its "
                         "indicator or `against` it", fix="use --stance for or --stance against")
    if stance == "against" and not indicator:
        raise InputError("evidence against an indicator names that indicator",
                         fix="give its id with --indicator ID")


def new_annotation(anchor: Anchor, *, area: str, creator: str, indicator: str | None = None,
                   memo: str = "", motivation: str | None = None, origin: Origin | None = None,
                   created: str | None = None, annotation_id_: str | None = None,
                   stance: str = "for") -> Annotation:
    if motivation is None:
        motivation = "classifying"
    if motivation not in MOTIVATIONS:
        raise InputError(f"unknown motivation {motivation!r}", fix=f"use {', '.join(MOTIVATIONS)}")
    check_name(creator, what="coder name")
    if indicator:
        check_id(indicator, what="indicator id")
    check_stance(stance, indicator)
    ts = created or now_iso()
    aid = annotation_id_ or annotation_id(creator, anchor.doc_id, anchor.start, anchor.end,
                                          anchor.exact, area)
    return Annotation(id=aid, anchor=anchor, area=area, creator=creator, created=ts, modified=ts,
                      indicator=indicator or None, memo=memo or "", motivation=motivation,
                      origin=origin or Origin(), stance=stance)


def add_annotation(project: Project, *, area: str, doc_id: str | None = None,
                   quote: str | None = None, statement_id: str | None = None,
                   passage_id: str | None = None, indicator: str | None = None, memo: str = "",
                   coder: str | None = None, motivation: str | None = None,
                   origin: Origin | None = None, occurrence: int | None = None,
                   created: str | None = None, stance: str = "for") -> Annotation:
    """Code a stretch of text to an area. Point at it by doc + quote (a quote inside a passage or
    statement with `passage_id`/`statement_id`), or by a whole statement or passage."""
    _check_area(project, area)
    _check_indicator(project, area, indicator)
    check_stance(stance, indicator)
    conn = connect_index(project)
    try:
        anchor = locate(conn, doc_id=doc_id, quote=quote, statement_id=statement_id,
                        passage_id=passage_id, occurrence=occurrence)
    finally:
        conn.close()
    ann = new_annotation(anchor, area=area, creator=coder or default_coder(), indicator=indicator,
                         memo=memo, motivation=motivation, origin=origin, created=created,
                         stance=stance)
    return save_annotations(project, [ann])[0]


def check_own(annotation: Annotation, coder: str | None) -> None:
    """Refuse when `coder` (who acts; None: the caller chose to change anyone's) is not the
    annotation's coder. Another coder's coding is theirs: changed, it still carries their name
    and counts as theirs in agreement (trial 16: an adjudicator's edit of coder-b's coding
    raised alpha from 0.62 to 1.0, and nothing recorded the old values)."""
    if coder is not None and annotation.creator != coder:
        raise InputError(f"{annotation.id} is {annotation.creator}'s coding, and you code as "
                         f"{coder}: only its coder changes it",
                         fix="to adjudicate, code the passage as the consensus coder "
                             "(`--coder consensus`) and leave it out of agreement with "
                             "`annotations agreement --exclude-coder consensus`; `--others` "
                             f"changes it anyway, under {annotation.creator}'s name (e.g. after "
                             "a codebook change)")


def update_annotation(project: Project, annotation_id: str, *, area: str | None = None,
                      indicator: str | None = None, memo: str | None = None,
                      coder: str | None = None, stance: str | None = None) -> Annotation:
    """Change the area, indicator, memo or stance of an annotation (id and anchor stay); with
    `coder` (who acts), only that coder's own annotation (see check_own)."""
    if area:
        _check_area(project, area)
    if indicator:
        check_id(indicator, what="indicator id")
    with annotations_lock(project):
        cur = read_annotations(project)
        old = next((a for a in cur.annotations if a.id == annotation_id), None)
        if old is None:
            raise NotFoundError(f"no annotation {annotation_id!r}")
        check_own(old, coder)
        new = replace(old, area=area or old.area,
                      indicator=old.indicator if indicator is None else (indicator or None),
                      memo=old.memo if memo is None else memo,
                      stance=stance or old.stance, modified=now_iso())
        check_stance(new.stance, new.indicator)
        if area or indicator:               # an area changed without its indicator, too
            _check_indicator(project, new.area, new.indicator)
        anns = [new if a.id == annotation_id else a for a in cur.annotations if a.file == old.file]
        write_files(project, cur, {old.file: anns})
    return new


class RemovedAnnotations(TypedDict):
    """`annotations remove`: the ids removed."""
    removed: list[str]


def remove_annotations(project: Project, ids: list[str], *,
                       coder: str | None = None) -> list[Annotation]:
    """Remove annotations by id (all or nothing: an unknown id, or with `coder` (who acts)
    another coder's annotation, removes none)."""
    with annotations_lock(project):
        cur = read_annotations(project)
        by_id = {a.id: a for a in cur.annotations}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise NotFoundError(f"no annotation {missing[0]!r} (nothing was removed)")
        gone = [by_id[i] for i in ids]
        for a in gone:
            check_own(a, coder)
        files = {a.file for a in gone}
        drop = set(ids)
        changed = {f: [a for a in cur.annotations if a.file == f and a.id not in drop]
                   for f in files}
        write_files(project, cur, changed)
    return gone
