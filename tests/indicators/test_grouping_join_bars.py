"""A suggestion joins a coded group only as closely as the coders' own passages do (issue 15).

Texts: the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md):
the European Social Charter (1961) Part I, 12; CESCR General Comment 19, para. 16; CMW General
Comment 2, para. 69; ILO C097 Annex I, Art. 7(2); CoE Convention on the Legal Status of Migrant
Workers (ETS 93), Art. 7(1). The vectors are set by hand (a fake embedder), so that the cosines
the rule reads are known."""
from __future__ import annotations

import numpy as np
import pytest

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import MeaningGroup, group_by_meaning
from corpus_tool.indicators.phrasing.meaning import join_bars

ESC = ("coe-esc-1961", "All workers and their dependents have the right to social security.")
GC19 = ("cescr-gc19-2007", "The social security system should also cover other workers, including "
        "part-time workers, casual workers, seasonal workers, and the self-employed, and those "
        "working in atypical forms of work in the informal economy.")
GC2 = ("cmw-gc2-2013", "Furthermore, the Committee considers that a migrant worker's entitlement "
       "to social security benefits should not be affected by a change in workplace.")
C097 = ("ilo-c097-1949", "Where the members maintain a system of supervision over contracts of "
        "employment, such agreements shall indicate the methods by which the contractual "
        "obligations of the employers shall be enforced.")
ETS93 = ("coe-migrant-workers-1977", "The arrangements for payment shall be determined under "
         "bilateral agreements, which may also extend these measures to families and to workers "
         "recruited individually.")

VECTORS = {ESC[1]: [1.0, 0.3, 0.0, 0.0], GC19[1]: [1.0, -0.1, 0.0, 0.0],
           GC2[1]: [1.0, 0.0, 0.35, 0.0],
           C097[1]: [0.6, 0.0, 0.0, 0.8],      # cosine 0.6 to the group: over 0.5, but far
           ETS93[1]: [1.0, 0.05, 0.05, 0.0]}   # as near as the group's own passages


def _embed(texts):
    """Hand-set vectors for the texts above; any other text (an id's words) adds nothing."""
    return np.asarray([VECTORS.get(t, [0.0] * 4) for t in texts], dtype=np.float64)


def _coded(case, k: int, indicator: str = "lab-wr-social-security") -> Evidence:
    doc, text = case
    return Evidence(area="workers-rights", doc_id=doc, quote=text, text=text, start=0,
                    end=len(text), strength="obligation", indicator=indicator,
                    creator="coder-l", annotation_id=f"{doc}:coder-l:{k}",
                    statement_id=f"{doc}:s{k}")


def _suggested(case) -> Evidence:
    doc, text = case
    return Evidence(area="workers-rights", doc_id=doc, quote=text, text=text, start=0,
                    end=len(text), strength="obligation", kind="suggestion", score=0.9,
                    statement_id=f"{doc}:s9", model_id="test")


def _joined(groups) -> dict[str, set[str]]:
    return {g.hint: {e.doc_id for e in g.items if e.kind == "suggestion"} for g in groups}


def test_a_suggestion_joins_only_as_closely_as_the_coders_passages_do():
    ev = [_coded(ESC, 0), _coded(GC19, 1), _coded(GC2, 2), _suggested(C097), _suggested(ETS93)]
    groups = group_by_meaning(ev, _embed, cover=False)
    assert _joined(groups) == {"lab-wr-social-security": {ETS93[0]}}
    # at a fixed bar of 0.5 (the rule before) the far statement joined too
    before = group_by_meaning(ev, _embed, cover=False, join_quantile=None)
    assert _joined(before) == {"lab-wr-social-security": {ETS93[0], C097[0]}}


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.linalg.norm(v)


def test_the_bar_is_the_quantile_of_the_group_s_own_leave_one_out_cosines():
    coded = [_coded(ESC, 0), _coded(GC19, 1), _coded(GC2, 2)]
    vec = {id(e): _unit(VECTORS[e.text]) for e in coded}
    own = [float(vec[id(e)] @ _unit(np.mean([vec[id(x)] for x in coded if x is not e], axis=0)))
           for e in coded]
    [bar] = join_bars([MeaningGroup(area="workers-rights", hint="x", items=coded)], vec, vec,
                      quantile=0.25, floor=0.0)
    assert bar == pytest.approx(float(np.quantile(own, 0.25)))
    assert 0.9 < bar < 1.0
    # never below the floor
    [low] = join_bars([MeaningGroup(area="workers-rights", hint="x", items=coded)], vec, vec,
                      quantile=0.25, floor=0.99)
    assert low == 0.99


def test_a_group_of_one_statement_takes_the_bar_of_all_the_groups():
    tight = [_coded(ESC, 0), _coded(GC19, 1), _coded(GC2, 2)]
    # two passages of one statement are not compared with each other
    one = [_coded(C097, 3, "lab-wr-written-contract"),
           _coded(C097, 3, "lab-wr-written-contract")]
    vec = {id(e): _unit(VECTORS[e.text]) for e in tight + one}
    groups = [MeaningGroup(area="workers-rights", hint="a", items=tight),
              MeaningGroup(area="workers-rights", hint="b", items=one)]
    own = [float(vec[id(e)] @ _unit(np.mean([vec[id(x)] for x in tight if x is not e], axis=0)))
           for e in tight]
    bars = join_bars(groups, vec, vec, quantile=0.25, pooled_quantile=0.5, min_own=3, floor=0.0)
    assert bars[0] == pytest.approx(float(np.quantile(own, 0.25)))
    # the only cosines there are, the tight group's: their median
    assert bars[1] == pytest.approx(float(np.quantile(own, 0.5))) and bars[1] > bars[0]
    # a group of fewer than `min_own` statements is measured on all the groups' cosines
    smaller = join_bars(groups, vec, vec, quantile=0.25, pooled_quantile=0.5, min_own=4,
                        floor=0.0)
    assert smaller[0] == pytest.approx(bars[1])
    # with no group of two statements, the floor
    assert join_bars(groups[1:], vec, vec, quantile=0.25, floor=0.5) == [0.5]


def test_an_indicator_coded_in_two_areas_groups_with_suggestions_without_failing():
    # a researcher's trial (session 42): a build failed with "KeyError: 140050715020816" after a
    # coding of an indicator was moved to another area than its other codings: the coding
    # placed in the indicator's home area was a new object the vectors were not kept for
    moved = Evidence(area="access", doc_id=GC2[0], quote=GC2[1], text=GC2[1], start=0,
                     end=len(GC2[1]), strength="obligation", indicator="lab-wr-social-security",
                     creator="coder-m", annotation_id=f"{GC2[0]}:coder-m:3",
                     statement_id=f"{GC2[0]}:s3")
    groups = group_by_meaning([_coded(ESC, 1), _coded(GC19, 2), moved, _suggested(ETS93)],
                              _embed)
    (g,) = [g for g in groups if g.hint == "lab-wr-social-security"]
    assert g.area == "workers-rights" and len([e for e in g.items if e.kind == "annotation"]) == 3
