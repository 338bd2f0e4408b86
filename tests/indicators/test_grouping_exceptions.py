"""A suggestion stating an exception to a right does not ground the right (a researcher's trial
27, P1): Aarhus Art. 4(3) ("A request for environmental information may be refused if: …") was
drafted as a ground of "Right to request environmental information without stating an
interest". It joins a group of exceptions, and only that. Texts: the Aarhus Convention (1998),
Arts. 4(1)(a) and 4(3), 4(4); the vectors are set by hand (a fake embedder), so the
cosines are known: the refusal is nearest to the right."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.exceptions import limits

RIGHT = ("aarhus-1998", "Each Party shall ensure that public authorities, in response to a request "
         "for environmental information, make such information available to the public, without "
         "an interest having to be stated.", "obligation", "ensure")
RIGHT2 = ("foia-2000", "Any person making a request for information to a public authority is "
          "entitled to be informed in writing whether it holds information of the description "
          "specified in the request.", "recognition", "entitled")
REFUSAL = ("aarhus-1998", "A request for environmental information may be refused if the public "
           "authority to which the request is addressed does not hold the environmental "
           "information requested.", "permission", "refused")
EXCEPTION = ("aarhus-1998", "A request for environmental information may be refused if the "
             "disclosure would adversely affect the confidentiality of commercial and industrial "
             "information.", "permission", "refused")

VECTORS = {RIGHT[1]: [1.0, 0.1, 0.0], RIGHT2[1]: [1.0, -0.1, 0.0],
           REFUSAL[1]: [1.0, 0.0, 0.15],         # as near to the right as its own passages
           EXCEPTION[1]: [0.2, 0.0, 1.0]}


def _embed(texts):
    return np.asarray([VECTORS.get(t, [0.0] * 3) for t in texts], dtype=np.float64)


def _ev(case, k, *, indicator="", kind="annotation") -> Evidence:
    doc, text, strength, aim = case
    return Evidence(area="information", doc_id=doc, quote=text, text=text, start=1000 * k,
                    end=1000 * k + len(text), strength=strength, aim=aim, indicator=indicator, kind=kind,
                    creator="r27" if kind == "annotation" else "",
                    annotation_id=f"{doc}:r27:{k}" if kind == "annotation" else "",
                    score=0.9 if kind == "suggestion" else None,
                    model_id="test" if kind == "suggestion" else "", statement_id=f"{doc}:s{k}")


def _joined(groups):
    return {g.hint: [e.text[:40] for e in g.items if e.kind == "suggestion"] for g in groups}


def test_an_exception_is_no_suggested_ground_of_the_right_it_limits():
    assert limits(_ev(REFUSAL, 3)) and not limits(_ev(RIGHT, 1))
    coded = [_ev(RIGHT, 1, indicator="inf-right-to-request"),
             _ev(RIGHT2, 2, indicator="inf-right-to-request")]
    groups = group_by_meaning(coded + [_ev(REFUSAL, 3, kind="suggestion")], _embed, cover=False)
    assert _joined(groups) == {"inf-right-to-request": []}


def _refusal_beside(exceptions_coded) -> dict:
    """Where the suggested refusal goes beside the right's two codings and one coding of the
    exceptions indicator (`exceptions_coded`)."""
    coded = [_ev(RIGHT, 1, indicator="inf-right-to-request"),
             _ev(RIGHT2, 2, indicator="inf-right-to-request"), exceptions_coded]
    return _joined(group_by_meaning(coded + [_ev(REFUSAL, 3, kind="suggestion")], _embed,
                                    cover=False, join_quantile=None, attach_min=0.1))


def test_an_exception_joins_a_group_of_exceptions():
    assert _refusal_beside(_ev(EXCEPTION, 4, indicator="inf-exceptions-narrow")) == {
        "inf-right-to-request": [], "inf-exceptions-narrow": [REFUSAL[1][:40]]}


def test_an_exception_joins_a_group_that_names_exceptions():
    # trial 27: the researcher's exceptions indicator holds "The aforementioned grounds for
    # refusal shall be interpreted in a restrictive way" (Aarhus Art. 4(4), last sentence),
    # whose act is no refusal: the grounds for refusing may still join it
    narrow = ("aarhus-1998", "The aforementioned grounds for refusal shall be interpreted in a "
              "restrictive way, taking into account the public interest served by disclosure.",
              "obligation", "interpreted")
    VECTORS[narrow[1]] = [0.2, 0.0, 1.0]
    assert _refusal_beside(_ev(narrow, 5, indicator="inf-exceptions-narrow")) == {
        "inf-right-to-request": [], "inf-exceptions-narrow": [REFUSAL[1][:40]]}
