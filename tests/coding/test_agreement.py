"""Agreement statistics against published worked examples, then on annotations."""
from __future__ import annotations

import math

import pytest

from corpus_tool.coding.agreement import (agreement, agreement_from_annotations, build_units,
                                          cohen_kappa, krippendorff_alpha_nominal)
from corpus_tool.models import Anchor, Annotation
from corpus_tool.project import Project

from tests.conftest import REPO

N = None


def test_krippendorff_2011_four_coders_missing_values_nominal():
    # Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
    # 12 units, values 1-5, missing data. Published nominal alpha = 0.743.
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
            [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]
    assert round(krippendorff_alpha_nominal(data), 3) == 0.743


def test_krippendorff_2011_two_coders_binary():
    # Same paper, section A: two observers, ten units, binary data. Published alpha = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert round(krippendorff_alpha_nominal([a, b]), 3) == 0.095


def test_cohen_kappa_textbook_example():
    # The worked example in Wikipedia's "Cohen's kappa" (50 grant proposals, two readers):
    # 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → p_o = 0.7, p_e = 0.5, kappa = 0.4.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_cohen_kappa_fleiss_cohen_everitt_example():
    # Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions (3rd ed.), table 18.1:
    # two raters, three diagnostic categories, proportions of 100 subjects; kappa = 0.676.
    cells = {("psych", "psych"): 75, ("psych", "neuro"): 1, ("psych", "organic"): 4,
             ("neuro", "psych"): 5, ("neuro", "neuro"): 4, ("neuro", "organic"): 1,
             ("organic", "psych"): 0, ("organic", "neuro"): 0, ("organic", "organic"): 10}
    pairs = [k for k, n in cells.items() for _ in range(n)]
    assert round(cohen_kappa(pairs), 3) == 0.676


def test_degenerate_cases_are_undefined_not_errors():
    assert cohen_kappa([]) is None
    assert cohen_kappa([("a", "a"), ("a", "a")]) is None
    assert krippendorff_alpha_nominal([]) is None
    assert krippendorff_alpha_nominal([[1, N], [N, 2]]) is None      # nothing pairable
    assert krippendorff_alpha_nominal([[1, 1], [1, 1]]) is None      # no variation
    assert krippendorff_alpha_nominal([[1, 2], [1, 2]]) == 1.0


def _ann(coder: str, start: int, end: int, area: str, doc: str = "d",
         indicator: str | None = None) -> Annotation:
    anchor = Anchor(doc_id=doc, text_sha256="", exact=f"q{start}", prefix="", suffix="",
                    start=start, end=end)
    return Annotation(id=f"{doc}:{coder}:{start}{area}", anchor=anchor, area=area, creator=coder,
                      created="", modified="", indicator=indicator)


def test_units_group_overlapping_spans_of_different_coders():
    anns = [_ann("a", 0, 100, "access"), _ann("b", 10, 90, "access"),     # one unit
            _ann("a", 200, 300, "outcomes"), _ann("b", 280, 400, "access"),  # overlap < half
            _ann("a", 0, 100, "access", doc="e")]                          # other document
    units = build_units(anns)
    assert len(units) == 4
    first = units[0]
    assert first["values"] == {"a": ["access"], "b": ["access"]}


def test_report_per_area_and_disagreements():
    anns = [_ann("a", 0, 10, "access"), _ann("b", 0, 10, "access"),
            _ann("a", 20, 30, "outcomes"), _ann("b", 20, 30, "access"),
            _ann("a", 40, 50, "diversity"), _ann("b", 40, 50, "diversity"),
            _ann("a", 60, 70, "intercultural"), _ann("b", 60, 70, "intercultural"),
            _ann("a", 80, 90, "access")]                          # only one coder: not compared
    rep = agreement_from_annotations(anns)
    assert rep["units_coded_by_two_or_more"] == 4
    assert rep["overall"]["percent_agreement"] == 0.75
    pairs = [("access", "access"), ("outcomes", "access"), ("diversity", "diversity"),
             ("intercultural", "intercultural")]
    assert rep["overall"]["kappa"] == round(cohen_kappa(pairs), 4)
    assert rep["per_area"]["diversity"]["kappa"] == 1.0
    assert [d["values"] for d in rep["disagreements"]] == [{"a": ["outcomes"], "b": ["access"]}]
    confusion = rep["overall"]["pairwise"][0]["confusion"]
    assert {"a": "outcomes", "b": "access", "units": 1} in confusion
    assert sum(c["units"] for c in confusion) == 4
    assert rep["per_area"]["access"]["pairwise"][0]["confusion"][0] == \
        {"a": "no", "b": "no", "units": 2}


def test_reference_coding_has_real_second_coder_overlap():
    rep = agreement(Project(REPO))
    assert rep["coders"] == ["coder-a", "coder-b"]
    assert rep["annotations"]["coder-b"] == 30
    assert rep["units_coded_by_two_or_more"] == 30
    assert 0 < len(rep["disagreements"]) < 30
    o = rep["overall"]
    assert o["percent_agreement"] == round(1 - len(rep["disagreements"]) / 30, 4)
    assert -1 <= o["kappa"] <= 1 and -1 <= o["alpha"] <= 1
    assert not math.isclose(o["kappa"], 1.0)
    assert set(rep["per_area"]) == {"access", "outcomes", "diversity", "intercultural"}


def test_indicator_links_are_compared_on_the_units_both_coders_linked():
    anns = [_ann("a", 0, 10, "access", indicator="acc-fees"),
            _ann("b", 0, 10, "access", indicator="acc-fees"),
            _ann("a", 20, 30, "access", indicator="acc-fees"),
            _ann("b", 20, 30, "access", indicator="acc-registration"),     # linked differently
            _ann("a", 40, 50, "outcomes", indicator="out-support"),
            _ann("b", 40, 50, "outcomes", indicator="out-support"),
            _ann("a", 60, 70, "access", indicator="acc-registration"),
            _ann("b", 60, 70, "access")]                 # b coded the area only: not compared
    rep = agreement_from_annotations(anns)
    ind = rep["indicators"]
    assert rep["units_coded_by_two_or_more"] == 4 and ind["overall"]["units"] == 3
    assert ind["overall"]["percent_agreement"] == round(2 / 3, 4)
    pairs = [("acc-fees", "acc-fees"), ("acc-fees", "acc-registration"),
             ("out-support", "out-support")]
    assert ind["overall"]["kappa"] == round(cohen_kappa(pairs), 4)
    assert set(ind["per_indicator"]) == {"acc-fees", "acc-registration", "out-support"}
    assert ind["per_indicator"]["out-support"]["percent_agreement"] == 1.0
    assert [d["values"] for d in ind["disagreements"]] == \
        [{"a": ["acc-fees"], "b": ["acc-registration"]}]
    assert rep["overall"]["percent_agreement"] == 1.0    # the areas agree throughout


def test_labour_example_coders_agreement_on_indicator_links():
    rep = agreement(Project(REPO / "examples" / "labour-market"))
    ind = rep["indicators"]
    assert rep["coders"] == ["coder-l", "coder-m"]
    n = ind["overall"]["units"]
    assert 0 < n <= rep["units_coded_by_two_or_more"]
    assert ind["overall"]["percent_agreement"] == round(1 - len(ind["disagreements"]) / n, 4)
    assert all(len(d["values"]) == 2 and len({tuple(v) for v in d["values"].values()}) == 2
               for d in ind["disagreements"])


def test_a_coder_who_links_no_indicators_is_not_counted_as_disagreeing():
    rep = agreement(Project(REPO))                       # coder-b codes areas only
    assert rep["indicators"]["overall"]["units"] == 0 and rep["indicators"]["disagreements"] == []
