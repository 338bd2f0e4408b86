"""A suggestion stating an exception to a right does not ground the right (a researcher's trial
27, P1): Aarhus Art. 4(3) ("A request for environmental information may be refused if: …") was
drafted as a ground of "Right to request environmental information without stating an
interest". It joins a group of exceptions, and only that. Texts: the Aarhus Convention (1998),
Arts. 4(1)(a) and 4(3), 4(4); the vectors are set by hand (a fake embedder), so the
cosines are known: the refusal is nearest to the right."""
from __future__ import annotations

from pathlib import Path

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


def test_a_clause_that_takes_a_remedy_away_is_an_exception():
    # a researcher's trial 32 (P3): Sri Lanka's NHDA (Amendment) Act 1999, s. 69E(9), (5) and
    # (11), were suggested grounds of "Eviction only by court order with legal remedies"
    def ev(text, aim):
        return _ev(("lk-nhda-1999", text, "prohibition", aim), 7, kind="suggestion")
    assert limits(ev("(9) No appeal shall lie against any order of ejectment made by a "
                     "Magistrate under subsection (2) or subsection (7).", "lie"))
    assert limits(ev("(5) At such inquiry the person on whom summons under subsection (1) has "
                     "been served shall not be entitled to contest any of the matters stated in "
                     "the application under section 69D", "contest"))
    assert limits(ev("(11) Notwithstanding anything in any other law, the issue or re-issue of a "
                     "writ of possession under subsection (10) shall not be stayed in any "
                     "manner by reason of any steps taken in any Court", "stay"))
    # a right of appeal is no exception
    assert not limits(ev("Any person aggrieved by the order may appeal to the High Court within "
                         "thirty days.", "appeal"))
    assert not limits(ev("No person shall be evicted without an order of a competent court.",
                         "evict"))


IPRA = Path(__file__).resolve().parent.parent / "data" / "markdown" / "ph-ipra-1997-excerpt.md"


def test_a_saving_clause_for_others_rights_is_no_suggested_ground_of_the_right_it_limits():
    """Trial 44 (P2): the Philippines' Indigenous Peoples' Rights Act's s. 56 ("Property rights
    within the ancestral domains already existing and/or vested upon effectivity of this Act,
    shall be recognized and respected") and s. 78's proviso ("Provided, That prior land rights
    and titles recognized … shall remain valid") keep third parties' titles against the
    peoples' claims; they were suggested, "ok", as sources of recognising indigenous ownership.
    They limit it; the rights they keep nothing from are no such clause."""
    s56 = next(line for line in IPRA.read_text(encoding="utf-8").splitlines()
               if line.startswith("SECTION 56."))
    s56 = s56.split("— ", 1)[1]
    s78 = ("Provided, That prior land rights and titles recognized and/or acquired through any "
           "judicial, administrative or other processes before the effectivity of this Act "
           "shall remain valid:")
    ownership = ("ipra-1997", "The rights of ownership and possession of ICCs/IPs to their "
                 "ancestral domains shall be recognized and protected.", "obligation", "recognize")
    for text in (s56, s78):
        assert limits(_ev(("ipra-1997", text, "obligation", "recognize"), 5))
    assert not limits(_ev(ownership, 6))
    assert not limits(_ev(RIGHT, 1)) and not limits(_ev(RIGHT2, 2))
