"""Inter-coder agreement on area coding and on indicator links: Cohen's kappa (each pair of
coders) and Krippendorff's alpha (nominal; any number of coders; missing values), per area (per
indicator) and overall, plus the disagreements.

Units: annotations of the same document whose spans overlap by at least half of the shorter one
are one unit (so coders need not select exactly the same characters), chained. Alpha's units are
formed over the codings of every coder compared; a pair's kappa and percent agreement are
computed on units formed over that pair's codings only, so the same two coders get the same
kappa whoever else is in the project (trial 16: a third coder's paragraph joined two sentences
the pair coded apart into one unit, and their kappa fell from 1.0 to 0.5). A coder's value for
a unit is the set of areas they gave it; a coder who did not annotate a unit has a missing value
there (alpha skips it; kappa uses the units both coders annotated). Overall agreement compares
the area sets as nominal values; per area, each coder's value is "coded to this area or not".
Indicator links are compared the same way on the same units: a coder's value is the set of
indicator ids they linked the unit to, missing when they linked it to none (a coder who codes
areas only is not counted as disagreeing on indicators).
"""
from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import combinations
from typing import Any, TypedDict

from corpus_tool.codebook import area_ids
from corpus_tool.coding.files import read_annotations
from corpus_tool.errors import CorpusToolError, InputError
from corpus_tool.models import Annotation
from corpus_tool.project import Project

Value = Hashable


def cohen_kappa(pairs: Sequence[tuple[Value, Value]]) -> float | None:
    """Cohen's (1960) kappa for two coders' nominal values on the same units.
    None when undefined (no units, or both coders used one and the same category throughout)."""
    n = len(pairs)
    if n == 0:
        return None
    po = sum(1 for a, b in pairs if a == b) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if math.isclose(pe, 1.0):
        return None
    return (po - pe) / (1 - pe)


def krippendorff_alpha_nominal(data: Sequence[Sequence[Value | None]]) -> float | None:
    """Krippendorff's alpha for nominal data. `data[coder][unit]` is a value or None (missing).
    Units with fewer than two values are not pairable and are skipped (Krippendorff 2011).
    None when undefined (fewer than two pairable values, or no variation at all)."""
    if not data:
        return None
    n_units = max(len(row) for row in data)
    coincidence: dict[tuple[Value, Value], float] = defaultdict(float)
    for u in range(n_units):
        vals = [row[u] for row in data if u < len(row) and row[u] is not None]
        m = len(vals)
        if m < 2:
            continue
        for i, c in enumerate(vals):
            for j, k in enumerate(vals):
                if i != j:
                    coincidence[(c, k)] += 1.0 / (m - 1)
    n_c: dict[Value, float] = defaultdict(float)
    for (c, _k), w in coincidence.items():
        n_c[c] += w
    n = sum(n_c.values())
    if n < 2:
        return None
    d_o = sum(w for (c, k), w in coincidence.items() if c != k)
    d_e = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if d_e == 0:
        return None
    return 1.0 - (n - 1) * d_o / d_e


# --- units from annotations -------------------------------------------------------------------

def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov > 0 and ov >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def same_unit(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of one document are one unit of coding (overlap ≥ half the shorter)."""
    return _overlap(a, b)


def build_units(annotations: Sequence[Annotation]) -> list[dict]:
    """Group annotations into units: same document, spans overlapping by ≥ half the shorter.
    Annotations without a position are grouped by identical quote."""
    units: list[dict] = []
    by_doc: dict[str, list[Annotation]] = defaultdict(list)
    for a in annotations:
        by_doc[a.doc_id].append(a)
    for doc in sorted(by_doc):
        anns = by_doc[doc]
        n = len(anns)
        parent = list(range(n))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in combinations(range(n), 2):
            ai, aj = anns[i].anchor, anns[j].anchor
            if ai.start is not None and aj.start is not None:
                same = _overlap((ai.start, ai.end), (aj.start, aj.end))
            else:
                same = " ".join(ai.exact.split()) == " ".join(aj.exact.split())
            if same:
                parent[find(i)] = find(j)
        groups: dict[int, list[Annotation]] = defaultdict(list)
        for i in range(n):
            groups[find(i)].append(anns[i])
        for members in groups.values():
            starts = [a.anchor.start for a in members if a.anchor.start is not None]
            ends = [a.anchor.end for a in members if a.anchor.end is not None]
            uid = f"{doc}:{min(starts)}-{max(ends)}" if starts else f"{doc}:{members[0].id}"
            values: dict[str, set[str]] = defaultdict(set)
            links: dict[str, set[str]] = defaultdict(set)
            for a in members:
                values[a.creator].add(a.area)
                if a.indicator:
                    links[a.creator].add(a.indicator)
            first = min(members, key=lambda a: (a.anchor.start or 0, a.id))
            units.append({"unit": uid, "doc_id": doc, "start": min(starts) if starts else None,
                          "passage": first.anchor.passage_id, "quote": first.anchor.exact,
                          "values": {c: sorted(v) for c, v in values.items()},
                          "indicators": {c: sorted(v) for c, v in links.items()},
                          "annotations": sorted(a.id for a in members)})
    units.sort(key=lambda u: (u["doc_id"], u["start"] or 0, u["unit"]))
    return units


def _label(v) -> str:
    return {True: "yes", False: "no"}.get(v, v) if isinstance(v, bool) else str(v)


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


class IndicatorAgreement(TypedDict):
    """Agreement on the indicator links of the same units: overall, per indicator id, and the
    units whose coders linked different indicators."""
    overall: dict[str, Any]
    per_indicator: dict[str, dict[str, Any]]
    disagreements: list[dict[str, Any]]


class AgreementReport(TypedDict):
    """`annotations agreement`: alpha and kappa overall and per area, the disagreements, and
    the same for the indicator links."""
    coders: list[str]
    annotations: dict[str, int]
    units: int
    units_coded_by_two_or_more: int
    overall: dict[str, Any]
    per_area: dict[str, dict[str, Any]]
    disagreements: list[dict[str, Any]]
    indicators: IndicatorAgreement
    not_coded: list[dict[str, Any]]
    method: str


def _said(v: Value) -> str:
    """A value in words: per area (indicator) a unit is coded to it or not."""
    return {True: "coded to it", False: "not coded to it"}.get(v, str(v)) \
        if isinstance(v, bool) else str(v)


def _why_kappa(pairs: list[tuple[Value, Value]]) -> str | None:
    """Why kappa is undefined for these pairs (cohen_kappa None), else None: a blank cell
    read as a missing figure (trial 16)."""
    if not pairs:
        return "no unit both coders coded"
    if cohen_kappa(pairs) is None:
        return (f"both coders gave every unit the same value ({_said(pairs[0][0])}): "
                "chance agreement is total")
    return None


def _why_alpha(matrix: list[list[Value | None]]) -> str | None:
    """Why alpha is undefined for `matrix` (krippendorff_alpha_nominal None), else None."""
    if krippendorff_alpha_nominal(matrix) is not None:
        return None
    units = [[v for v in col if v is not None] for col in zip(*matrix)]
    values = {v for vals in units if len(vals) >= 2 for v in vals}
    if not values:
        return "no unit coded by two or more coders"
    return (f"every coder gave every compared unit the same value ({_said(next(iter(values)))})"
            ": no variation, so chance agreement is total")


def not_coded(annotations: Sequence[Annotation], coders: Sequence[str]) -> list[dict]:
    """Per document some of `coders` coded: the coders who coded nothing there. Their units
    there are missing values, compared between the others only; said, so that a skipped
    document is not read as agreement (trial 16: coder-c left a whole document uncoded and the
    output said '29 of 29 units coded by two or more')."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for a in annotations:
        by_doc[a.doc_id].add(a.creator)
    return [{"doc_id": doc, "coders": [c for c in coders if c not in who],
             "coded_by": [c for c in coders if c in who]}
            for doc, who in sorted(by_doc.items()) if any(c not in who for c in coders)]


def _pair(units: list[dict], ca: str, cb: str, value_of) -> dict:
    """Agreement, kappa and the confusion of two coders on the `units` both coded."""
    pairs = [(x, y) for u in units
             if (x := value_of(u, ca)) is not None and (y := value_of(u, cb)) is not None]
    agree = sum(1 for a, b in pairs if a == b)
    confusion = Counter(pairs)
    return {"coders": [ca, cb], "units": len(pairs),
            "percent_agreement": _r(agree / len(pairs)) if pairs else None,
            "kappa": _r(cohen_kappa(pairs)), "kappa_undefined": _why_kappa(pairs),
            "confusion": [{ca: _label(x), cb: _label(y), "units": n}
                          for (x, y), n in sorted(confusion.items(),
                                                  key=lambda kv: (-kv[1], str(kv[0])))]}


def _stats(shared: list[dict], coders: list[str], value_of,
           pair_units: dict[tuple[str, str], list[dict]]) -> dict:
    """Alpha over all coders on `shared` and, per pair of coders, agreement, kappa and the
    confusion on that pair's own units (`pair_units`), of `value_of(unit, coder)` (None: the
    coder did not code the unit)."""
    matrix = [[value_of(u, c) for u in shared] for c in coders]
    pairwise = [_pair(pair_units[pair], *pair, value_of) for pair in combinations(coders, 2)]
    out = {"alpha": _r(krippendorff_alpha_nominal(matrix)),
           "alpha_undefined": _why_alpha(matrix), "units": len(shared), "pairwise": pairwise}
    if len(coders) == 2:
        out["kappa"] = pairwise[0]["kappa"]
        out["percent_agreement"] = pairwise[0]["percent_agreement"]
    return out


def _level(units: list[dict], coders: list[str], field: str, categories: Sequence[str],
           pair_units: dict[tuple[str, str], list[dict]]
           ) -> tuple[dict, dict[str, dict], list[dict]]:
    """Overall (sets as nominal values), per category (coded to it or not) and the
    disagreements, for the coders' values in `field` of each unit ("values" or "indicators")."""
    shared = [u for u in units if sum(1 for c in coders if c in u[field]) >= 2]

    def nominal(u: dict, c: str) -> str | None:
        v = u[field].get(c)
        return "+".join(v) if v else None

    def binary(u: dict, c: str, cat: str) -> bool | None:
        v = u[field].get(c)
        return None if v is None else cat in v

    overall = _stats(shared, coders, nominal, pair_units)
    per = {cat: _stats(shared, coders, lambda u, c, cat=cat: binary(u, c, cat), pair_units)
           for cat in categories}
    disagreements = []
    for u in shared:
        vals = {c: u[field][c] for c in coders if c in u[field]}
        if len({tuple(v) for v in vals.values()}) > 1:
            disagreements.append({k: u[k] for k in ("unit", "doc_id", "passage", "quote",
                                                    "annotations")} | {"values": vals})
    return overall, per, disagreements


METHOD = ("unit: codings of a document whose spans overlap by at least half of the shorter, "
          "chained; alpha (Krippendorff, nominal, missing values): on units formed over all "
          "the coders compared; kappa (Cohen) and percent agreement of a pair: on units formed "
          "over that pair's codings only, those both coders annotated (linked), so a third "
          "coder's spans never change a pair's figure; overall: area sets (indicator id sets; "
          "no link is a missing value) as nominal values; per area (indicator): coded or not")


def agreement_from_annotations(annotations: Sequence[Annotation], *,
                               coders: Sequence[str] | None = None,
                               areas: Sequence[str] | None = None) -> dict:
    """The agreement report for `annotations` (see module doc and METHOD)."""
    all_coders = sorted({a.creator for a in annotations})
    coders = list(coders) if coders else all_coders
    anns = [a for a in annotations if a.creator in coders]
    units = build_units(anns)
    # a pair's units from its own codings: chained through a third coder's paragraph, two
    # sentences the pair never both coded became one unit they "disagreed" on (trial 16)
    pair_units = {(ca, cb): build_units([a for a in anns if a.creator in (ca, cb)])
                  for ca, cb in combinations(coders, 2)}
    areas = list(areas) if areas else sorted({a.area for a in anns})
    overall, per_area, disagreements = _level(units, coders, "values", areas, pair_units)
    linked = sorted({a.indicator for a in anns if a.indicator})
    ind_overall, per_indicator, ind_disagreements = _level(units, coders, "indicators", linked,
                                                           pair_units)
    return {"coders": coders,
            "annotations": {c: sum(1 for a in anns if a.creator == c) for c in coders},
            "units": len(units), "units_coded_by_two_or_more": overall["units"],
            "overall": overall, "per_area": per_area,
            "disagreements": disagreements,
            "indicators": {"overall": ind_overall, "per_indicator": per_indicator,
                           "disagreements": ind_disagreements},
            "not_coded": not_coded(anns, coders), "method": METHOD}


def agreement(project: Project, *, coders: Sequence[str] | None = None,
              exclude: Sequence[str] = ()) -> AgreementReport:
    """Agreement among the coders of the project's annotations (default: all coders); a coder
    with no annotation is refused (a typo would read as "no overlap"). `exclude`: coders left
    out, such as the consensus coder of an adjudication, who is no independent coder.

    Refused too while any line of an annotation file cannot be read (malformed, a duplicate id,
    a git merge conflict): a figure computed on the codings left would be published as the
    coders' agreement (trial 16: one bad line moved kappa from 0.72 to 0.71, and a coder whose
    file was in conflict dropped out of alpha, both with exit 0 and no word)."""
    read = read_annotations(project)     # the reader `annotations list` and drafting use
    if read.problems:
        raise InputError("agreement is not computed on part of the codings: "
                         + "; ".join(read.problems),
                         fix="no figure until every line is read; `corpus-tool annotations "
                             "list` lists the same problems")
    anns = read.annotations
    have = sorted({a.creator for a in anns})
    if unknown := [c for c in [*(coders or []), *exclude] if c not in have]:
        near = {c: difflib.get_close_matches(c, have, n=1) for c in unknown}
        raise InputError(f"no annotation by {', '.join(repr(c) for c in unknown)}"
                         + "".join(f" (did you mean {n[0]!r}?)" for n in near.values() if n),
                         fix=f"coders: {', '.join(have) or 'none yet'}")
    try:
        areas = area_ids(project)
    except CorpusToolError:                  # no codebook, or a malformed one: areas as coded
        areas = None
    known = {a.area for a in anns}
    areas_used = [a for a in (areas or []) if a in known] + sorted(known - set(areas or []))
    compared = [c for c in coders or have if c not in exclude]
    return agreement_from_annotations(anns, coders=compared, areas=areas_used)
